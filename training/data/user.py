"""User-supplied 2D points: CSV import and export, validated, with clear errors.

A CSV holds two numeric columns (x, y), optionally a header row and a third label column.
Separators ``,`` ``;`` tab and whitespace are recognised. Rows with non-numeric cells or
NaN/inf are refused with the line number (never silently dropped); files over
``MAX_POINTS`` rows are subsampled, and the caller is told so.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAX_POINTS = 200_000
MAX_FILE_BYTES = 1024**3


class DataError(ValueError):
    """A data file that cannot be used; the message says why, for the user."""


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
    return [c.strip() for c in next(csv.reader([line], delimiter=sep, skipinitialspace=True))]


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def read_points_csv(path: str | os.PathLike, max_points: int = MAX_POINTS, seed: int = 0) -> PointSet:
    """Read a CSV of 2D points (see the module docstring); raise :class:`DataError`."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path} is not a file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DataError(f"{path} is {size / 1024**2:.0f} MiB; the limit is {MAX_FILE_BYTES // 1024**2} MiB.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{path} is not a UTF-8 text file.") from None
    return parse_points_csv(text, str(path), max_points, seed)


def parse_points_csv(text: str, where: str = "the file", max_points: int = MAX_POINTS,
                     seed: int = 0) -> PointSet:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise DataError(f"{where} is empty.")
    sep = _sniff(lines[0] if len(lines) == 1 else lines[min(1, len(lines) - 1)])
    first = _split(lines[0], sep)
    start = 0 if (len(first) >= 2 and _is_number(first[0]) and _is_number(first[1])) else 1
    data_lines = lines[start:]
    if not data_lines:
        raise DataError(f"{where} has a header but no data rows.")
    notes = []
    line_numbers = np.arange(len(data_lines)) + start + 1
    if len(data_lines) > max_points:
        # subsample rows before parsing them: a 10-million-row file costs seconds, not minutes
        idx = np.sort(np.random.default_rng(seed).choice(len(data_lines), max_points, replace=False))
        notes.append(f"{where} has {len(data_lines):,} rows; using a random subsample of "
                     f"{max_points:,} (seed {seed}); rows outside it were not checked.")
        data_lines = [data_lines[i] for i in idx]
        line_numbers = line_numbers[idx]
    body = [_split(ln, sep) for ln in data_lines]
    ncols = len(body[0])
    if ncols not in (2, 3):
        raise DataError(
            f"{where}: line {int(line_numbers[0])} has {ncols} columns; expected 2 (x, y) or 3 (x, y, label)."
        )
    xs = np.empty((len(body), 2))
    labels: list[str] = []
    for i, r in enumerate(body):
        line = int(line_numbers[i])
        if len(r) != ncols:
            raise DataError(f"{where}: line {line} has {len(r)} columns, the first data row has {ncols}.")
        try:
            xs[i, 0], xs[i, 1] = float(r[0]), float(r[1])
        except ValueError:
            raise DataError(f"{where}: line {line} has a non-numeric value ({r[0]!r}, {r[1]!r}).") from None
        if not (np.isfinite(xs[i]).all()):
            raise DataError(f"{where}: line {line} holds NaN or infinity; remove or fix that row.")
        if ncols == 3:
            labels.append(r[2])
    if len(xs) < 2:
        raise DataError(f"{where} has {len(xs)} point; at least 2 are needed to fit a model.")
    lab = None
    names: tuple[str, ...] = ()
    if labels:
        names = tuple(sorted(set(labels), key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0, s)))
        lab = np.array([names.index(s) for s in labels])
    return PointSet(xs, lab, names, notes)


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
