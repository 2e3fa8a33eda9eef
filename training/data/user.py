"""User-supplied 2D points: CSV import and export, validated, with clear errors.

A CSV holds two numeric columns (x, y), optionally a header row and a third label column.
Separators ``,`` ``;`` tab and whitespace are recognised. Rows with non-numeric cells or
NaN/inf are refused with the line number (never silently dropped); files over
``MAX_POINTS`` rows are subsampled, and the caller is told so.

The file is streamed in blocks of about 1 MiB (memory stays bounded whatever its size): the
rows kept are a uniform random sample (reservoir sampling, seeded), lines longer than
``MAX_LINE_CHARS`` are refused, and a third column with more than ``MAX_LABELS`` distinct
values is read as no labels at all (with a note). Every problem is a :class:`DataError`
with a one-line message.
"""

from __future__ import annotations

import csv
import math
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from training.data.checks import DataError, check_points

MAX_POINTS = 200_000
MAX_FILE_BYTES = 1024**3
#: longest line accepted (characters); a row is "x, y, label"
MAX_LINE_CHARS = 10_000
#: more distinct labels than this and the third column is not read as classes
MAX_LABELS = 1000
_BLOCK_BYTES = 1 << 20


@dataclass
class PointSet:
    """Points [N, 2] with optional integer labels and their names."""

    x: np.ndarray
    labels: np.ndarray | None = None
    label_names: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)


def _sniff(sample: str) -> str:
    for sep in (",", ";", "\t"):
        if sep in sample:
            return sep
    return " "


def _split(line: str, sep: str) -> list[str]:
    if sep == " ":
        return line.split()
    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=sep, skipinitialspace=True))]
    except (csv.Error, StopIteration):
        return [c.strip() for c in line.split(sep)]


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def _label_key(s: str) -> tuple:
    """Numeric labels in numeric order first, then the others alphabetically."""
    if s.isdecimal() and len(s) <= 30:
        return (0, int(s), s)
    return (1, 0, s)


def _too_long(where: str, line: int) -> DataError:
    return DataError(f"{where}: line {line:,} is longer than {MAX_LINE_CHARS:,} characters; a row "
                     "holds x, y and an optional label (is this a CSV of points?).")


def _is_content(ln: str) -> bool:
    s = ln.strip()
    return bool(s) and s[0] != "#"


class _Block:
    """Lines ``base + 1 … base + n`` of the input: either decoded (``lines``) or, for a
    clean block of a file (no blank, comment or lone-CR line), the raw bytes and line
    offsets, decoded one line at a time only for the rows the sample keeps."""

    def __init__(self, base: int, lines: list[str] | None = None, raw: bytes = b"",
                 starts: np.ndarray | None = None, lengths: np.ndarray | None = None) -> None:
        self.base, self.lines = base, lines
        self.raw, self.starts, self.lengths = raw, starts, lengths
        self.n = len(lines) if lines is not None else len(starts)

    def get(self, i: int) -> str:
        if self.lines is not None:
            return self.lines[i]
        s = int(self.starts[i])
        return self.raw[s : s + int(self.lengths[i])].decode("utf-8")

    def decoded(self) -> list[str]:
        if self.lines is None:
            self.lines = [self.get(i) for i in range(self.n)]
        return self.lines

    def content(self, hdr: int) -> list[int] | None:
        """Indices of the data lines (None: every line), leaving out line ``hdr``."""
        if self.lines is None:
            return None if not (0 <= hdr < self.n) else [i for i in range(self.n) if i != hdr]
        return [i for i, ln in enumerate(self.lines) if i != hdr and _is_content(ln)]


def _text_block(base: int, text: str, where: str) -> _Block:
    lines = text.splitlines()
    if lines and max(map(len, lines)) > MAX_LINE_CHARS:
        i = next(i for i, ln in enumerate(lines) if len(ln) > MAX_LINE_CHARS)
        raise _too_long(where, base + i + 1)
    return _Block(base, lines)


def _file_blocks(fh, where: str) -> Iterator[_Block]:
    """The file in blocks of about 1 MiB cut at line ends; checks UTF-8 and the length of
    every line."""
    lineno, rest, first, after_cr = 0, b"", True, False
    max_bytes = 4 * MAX_LINE_CHARS + 4
    while True:
        chunk = fh.read(_BLOCK_BYTES)
        eof = not chunk
        if after_cr and not rest and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the \n of a \r\n pair split between two blocks
        buf = rest + chunk
        if eof:
            cut = len(buf)
        else:
            cut = max(buf.rfind(b"\n"), buf.rfind(b"\r")) + 1
            if cut == 0:
                if len(buf) > max_bytes:
                    raise _too_long(where, lineno + 1)
                rest = buf
                continue
        piece, rest = buf[:cut], buf[cut:]
        if len(rest) > max_bytes:
            raise _too_long(where, lineno + piece.count(b"\n") + 1)
        after_cr = piece.endswith(b"\r")
        if first:
            piece = piece.removeprefix(b"\xef\xbb\xbf")
            first = False
        if not piece.isascii():
            try:
                piece.decode("utf-8")
            except UnicodeDecodeError as e:
                line = lineno + piece[: e.start].count(b"\n") + 1
                raise DataError(f"{where} is not a UTF-8 text file (line {line:,}).") from None
        block = _fast_block(lineno, piece, where) if b"#" not in piece else None
        if block is None:
            block = _text_block(lineno, piece.decode("utf-8"), where)
        if block.n:
            yield block
        lineno += block.n
        if eof:
            return


def _fast_block(base: int, piece: bytes, where: str) -> _Block | None:
    """Line offsets of a block found with numpy, or None where the block needs the careful
    path (blank lines, lone carriage returns)."""
    cr = piece.count(b"\r")
    if cr and cr != piece.count(b"\r\n"):
        return None
    a = np.frombuffer(piece, np.uint8)
    ends = np.flatnonzero(a == 10)
    if not piece.endswith(b"\n"):
        ends = np.append(ends, len(piece))
    starts = np.empty_like(ends)
    starts[:1] = 0
    starts[1:] = ends[:-1] + 1
    lengths = ends - starts
    if cr:  # \r\n line ends: the \r is not part of the line
        lengths -= (a[np.maximum(ends - 1, 0)] == 13) & (lengths > 0)
    if not len(lengths) or (lengths == 0).any():
        return None
    if lengths.max() > MAX_LINE_CHARS:
        raise _too_long(where, base + int(np.argmax(lengths > MAX_LINE_CHARS)) + 1)
    return _Block(base, None, piece, starts, lengths)


class _Reservoir:
    """A uniform sample of ``k`` items from a stream of unknown length (Li's Algorithm L:
    random numbers only for the items kept, so skipping costs nothing per item)."""

    def __init__(self, k: int, seed: int) -> None:
        self.k, self.rng = max(int(k), 1), random.Random(seed)
        self.items: list[tuple[int, str]] = []
        self.seen = 0
        self.next = -1  # stream index of the next item to take once the reservoir is full
        self.w = 1.0

    def _u(self) -> float:
        return self.rng.random() or 5e-324

    def _advance(self) -> None:
        self.w *= math.exp(math.log(self._u()) / self.k)
        gap = math.log(self._u()) / math.log1p(-min(self.w, 1 - 1e-16))
        self.next += int(math.floor(gap)) + 1

    def add_block(self, block: _Block, idx: list[int] | None) -> None:
        """Offer the data lines ``idx`` of a block (all its lines when None)."""
        m = block.n if idx is None else len(idx)
        base = block.base
        if len(self.items) < self.k:  # still filling
            take = min(self.k - len(self.items), m)
            pos = range(take) if idx is None else idx[:take]
            self.items.extend((base + i + 1, block.get(i)) for i in pos)
            if len(self.items) == self.k:
                self.next = self.seen + take - 1
                self._advance()
        while len(self.items) == self.k and self.next < self.seen + m:
            jj = self.next - self.seen
            i = jj if idx is None else idx[jj]
            self.items[self.rng.randrange(self.k)] = (base + i + 1, block.get(i))
            self._advance()
        self.seen += m


def _parse_blocks(blocks: Iterable[_Block], where: str, max_points: int, seed: int) -> PointSet:
    blocks = iter(blocks)
    pending, heads = [], []
    for blk in blocks:
        pending.append(blk)
        for i, ln in enumerate(blk.decoded()):
            if _is_content(ln):
                heads.append((blk.base + i + 1, ln))
                if len(heads) == 2:
                    break
        if len(heads) == 2:
            break
    if not heads:
        raise DataError(f"{where} is empty.")
    sep = _sniff(heads[-1][1])
    first = _split(heads[0][1], sep)
    header_line = 0 if (len(first) >= 2 and _is_number(first[0]) and _is_number(first[1])) \
        else heads[0][0]
    res = _Reservoir(max_points, seed)
    for blk in _chain(pending, blocks):
        res.add_block(blk, blk.content(header_line - blk.base - 1))
    # a whitespace-only line can reach the sample through a clean block: not a row
    rows = sorted(r for r in res.items if _is_content(r[1]))
    if not rows:
        raise DataError(f"{where} has a header but no data rows.")
    notes = []
    if res.seen > len(res.items):
        notes.append(f"{where} has {res.seen:,} rows; using a random subsample of "
                     f"{len(rows):,} (seed {seed}); rows outside it were not checked.")
    body = [_split(ln, sep) for _, ln in rows]
    ncols = len(body[0])
    if ncols not in (2, 3):
        raise DataError(
            f"{where}: line {rows[0][0]:,} has {ncols} columns; expected 2 (x, y) or 3 (x, y, label)."
        )
    xs = np.empty((len(body), 2))
    labels: list[str] = []
    for i, r in enumerate(body):
        line = rows[i][0]
        if len(r) != ncols:
            raise DataError(f"{where}: line {line:,} has {len(r)} columns, the first data row has {ncols}.")
        try:
            xs[i, 0], xs[i, 1] = float(r[0]), float(r[1])
        except ValueError:
            raise DataError(f"{where}: line {line:,} has a non-numeric value "
                            f"({r[0][:40]!r}, {r[1][:40]!r}).") from None
        if not (np.isfinite(xs[i]).all()):
            raise DataError(f"{where}: line {line:,} holds NaN or infinity; remove or fix that row.")
        if ncols == 3:
            labels.append(r[2])
    if len(xs) < 2:
        raise DataError(f"{where} has {len(xs)} point; at least 2 are needed to fit a model.")
    lab = None
    names: tuple[str, ...] = ()
    if labels:
        distinct = dict.fromkeys(labels)
        if len(distinct) > MAX_LABELS:
            notes.append(f"{where}: the third column has {len(distinct):,} distinct values, more "
                         f"than {MAX_LABELS:,} classes; the points are read without labels.")
        else:
            names = tuple(sorted(distinct, key=_label_key))
            index = {s: i for i, s in enumerate(names)}
            lab = np.fromiter((index[s] for s in labels), np.int64, len(labels))
    return PointSet(xs, lab, names, notes)


def _chain(pending: list, blocks):
    while pending:  # handed over one by one: a block is not kept once it is sampled
        yield pending.pop(0)
    yield from blocks


def read_points_csv(path: str | os.PathLike, max_points: int = MAX_POINTS, seed: int = 0) -> PointSet:
    """Read a CSV of 2D points (see the module docstring); raise :class:`DataError`.

    The file is streamed: memory stays bounded (tens of MB) whatever its size."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path} is not a file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DataError(f"{path} is {size / 1024**2:.0f} MiB; the limit is {MAX_FILE_BYTES // 1024**2} MiB.")
    try:
        with open(path, "rb") as fh:
            return _parse_blocks(_file_blocks(fh, str(path)), str(path), max_points, seed)
    except OSError as e:
        raise DataError(f"{path} could not be read ({e.strerror or e}).") from None


def parse_points_csv(text: str, where: str = "the file", max_points: int = MAX_POINTS,
                     seed: int = 0) -> PointSet:
    """Points from the text of a CSV (see the module docstring); raise :class:`DataError`."""
    return _parse_blocks([_text_block(0, text, where)], where, max_points, seed)


def write_points_csv(path: str | os.PathLike, x: np.ndarray, labels: np.ndarray | None = None,
                     label_names: tuple[str, ...] = (), header: tuple[str, str] = ("x", "y")) -> None:
    """Write points (and labels, by name when known) as CSV with a header, atomically."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([*header, "label"] if labels is not None else list(header))
        for i, p in enumerate(np.asarray(x)):
            row = [repr(float(p[0])), repr(float(p[1]))]
            if labels is not None:
                lab = int(labels[i])
                row.append(label_names[lab] if lab < len(label_names) else str(lab))
            w.writerow(row)
    os.replace(tmp, path)


class CsvSource:
    """A CSV of 2D points used as a fixed data set (like the world cities): the trainers
    split it 70 / 15 / 15 % by seed. ``name`` is the path as given."""

    fixed = True

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.name = str(path)
        self._set = read_points_csv(self.path)
        if len(self._set.x) < 20:
            raise DataError(f"{self.path.name} has {len(self._set.x)} points; training needs "
                            "at least 20 (70 % train, 15 % validation, 15 % test).")
        check_points(self._set.x, self.path.name)

    @property
    def description(self) -> str:
        return f"your points from {self.path.name} ({len(self._set.x)} points)"

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        lab = self._set.labels
        return self._set.x, (lab if lab is not None else np.zeros(len(self._set.x), np.int64))

    def sample(self, n: int | None = None, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.points()
        if n is None or n >= len(x):
            return x, y
        idx = np.random.default_rng(seed).choice(len(x), n, replace=False)
        return x[idx], y[idx]

    def entropy(self) -> None:
        return None

    def params(self) -> dict:
        return {"path": str(self.path.resolve())}
