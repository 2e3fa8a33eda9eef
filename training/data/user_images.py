"""Your own images: a folder of PNG/JPEG files, an ``.npz`` with an image array, or MNIST
IDX files — converted to grayscale float32 in [0, 1] at a chosen size.

Bad files in a folder are skipped with a reason (the report says how many and why); a
source with no usable image, or that cannot be read at all, raises :class:`ImageDataError`
with a message for the person who picked it.

Images whose border is mostly bright are inverted, so that every source matches MNIST's
convention of a light figure on a dark background (the report says how many were).

Every source is read within fixed bounds, whatever its files declare: an image file over
``MAX_FILE_BYTES`` or ``MAX_PIXELS`` is refused before it is decoded (JPEGs are decoded at
a reduced scale first), at most ``MAX_IMAGES`` images are used (a seeded random sample of a
folder, the first ones of an array; the report's notes say so), at most ``MAX_ARRAY_BYTES``
are read or decompressed from an ``.npz`` or IDX file, and the result stays within
``MAX_OUTPUT_PIXELS``. Sub-folder names become the class names (``report.class_names``).
16-bit and float images keep their full range (scaled to [0, 1] per image).
"""

from __future__ import annotations

import gzip
import math
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
#: images used from one source at most (a folder is subsampled at random, seeded)
MAX_IMAGES = 20_000
MAX_FILE_BYTES = 50 * 1024**2
#: pixels of one image, checked from its header before decoding
MAX_PIXELS = 25_000_000
#: bytes read (decompressed) from an .npz array or an IDX file at most
MAX_ARRAY_BYTES = 128 * 1024**2
#: pixels of the returned (N, H, W) float32 stack at most (256 MB)
MAX_OUTPUT_PIXELS = 64 * 1024**2
#: more distinct labels than this in an .npz and they are not read as classes
MAX_CLASSES = 1000
_NPY_MAGIC = b"\x93NUMPY"
_HIGH_DEPTH_MODES = ("I;16", "I;16L", "I;16B", "I;16N", "I", "F")


class ImageDataError(ValueError):
    """An image source that cannot be used; the message says why."""


@dataclass
class ImageReport:
    loaded: int = 0
    inverted: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: what was subsampled or cut, in words
    notes: list[str] = field(default_factory=list)
    #: names of the label values 0, 1, … (sub-folder names, or the .npz label values)
    class_names: tuple[str, ...] = ()

    def summary(self) -> str:
        s = f"{self.loaded} images loaded"
        if self.inverted:
            s += f", {self.inverted} inverted to a dark background"
        if self.skipped:
            reasons: dict[str, int] = {}
            for _, r in self.skipped:
                reasons[r] = reasons.get(r, 0) + 1
            s += f"; {len(self.skipped)} skipped (" + "; ".join(
                f"{n}× {r}" for r, n in reasons.items()) + ")"
        if self.notes:
            s += "; " + "; ".join(self.notes)
        return s


def _prepare(arr: np.ndarray, shape: tuple[int, int]) -> tuple[np.ndarray, bool]:
    """Grayscale array (any range) → (H, W) float32 in [0, 1], dark background."""
    from PIL import Image

    a = np.asarray(arr, dtype=np.float64)
    if not np.isfinite(a).all():
        raise ValueError("holds NaN or infinite values")
    lo, hi = a.min(), a.max()
    a = (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)
    if a.shape != tuple(shape):
        img = Image.fromarray((a * 255).astype(np.uint8)).resize(shape[::-1], Image.LANCZOS)
        a = np.asarray(img, np.float64) / 255.0
    border = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    invert = bool(border.mean() > 0.5)
    if invert:
        a = 1.0 - a
    return a.astype(np.float32), invert


def _check_shape(shape) -> tuple[int, int]:
    try:
        h, w = (int(v) for v in shape)
    except (TypeError, ValueError):
        raise ImageDataError(f"the image size must be two numbers (height, width), got {shape!r}.") from None
    if not (1 <= h <= 4096 and 1 <= w <= 4096):
        raise ImageDataError(f"the image size {h}×{w} is out of range (1 … 4096 pixels a side).")
    return h, w


def _one_line(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return (text[0][:200] if text else type(e).__name__)


def load_image(path: str | Path, shape: tuple[int, int]) -> np.ndarray:
    """One image file → (H, W) float32 in [0, 1] (see the module docstring)."""
    return _load_image(Path(path), _check_shape(shape))[0]


def _load_image(path: Path, shape: tuple[int, int]) -> tuple[np.ndarray, bool]:
    from PIL import Image

    if not path.is_file():
        raise ImageDataError(f"{path} is not a file.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImageDataError(f"{path.name} is larger than {MAX_FILE_BYTES // 1024**2} MB.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
    except Image.DecompressionBombError as e:
        raise ImageDataError(f"{path.name} is too large to decode ({_one_line(e)}).") from None
    except Exception as e:  # Pillow raises many kinds of errors on malformed files
        raise ImageDataError(f"{path.name} is not an image Pillow can read ({_one_line(e)}).") from None
    with im:
        try:
            if im.format == "JPEG":  # decode at 1/2 … 1/8 scale when that is still big enough
                im.draft("L", (2 * shape[1], 2 * shape[0]))
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise ImageDataError(
                    f"{path.name} is {w}×{h} pixels ({w * h / 1e6:.0f} megapixels); the limit "
                    f"is {MAX_PIXELS / 1e6:.0f} megapixels — downscale it first.")
            if w * h == 0:
                raise ImageDataError(f"{path.name} has no pixels.")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if im.mode in _HIGH_DEPTH_MODES:  # 16-bit / 32-bit / float: keep the range
                    im = im.convert("F") if im.mode != "F" else im
                else:
                    im = im.convert("L")
                # far larger than needed: shrink by an integer factor first (cheap, and
                # the arrays below stay small)
                f = min(w // (2 * shape[1]), h // (2 * shape[0]))
                if f >= 2:
                    im = im.reduce(f)
                gray = np.asarray(im)
        except ImageDataError:
            raise
        except Exception as e:
            raise ImageDataError(f"{path.name} is not an image Pillow can read "
                                 f"({_one_line(e)}).") from None
    if gray.size == 0:
        raise ImageDataError(f"{path.name} has no pixels.")
    try:
        return _prepare(gray, shape)
    except ValueError as e:
        raise ImageDataError(f"{path.name} {e}.") from None


def load_images(path: str | Path, shape: tuple[int, int] = (28, 28), limit: int = MAX_IMAGES,
                seed: int = 0) -> tuple[np.ndarray, np.ndarray | None, ImageReport]:
    """A folder, an ``.npz`` or an IDX file → (images (N, H, W), labels or None, report).

    ``report.class_names[label]`` names each label; ``report.notes`` says what was
    subsampled. Raises :class:`ImageDataError` with a one-line reason."""
    path = Path(path)
    shape = _check_shape(shape)
    if not path.exists():
        raise ImageDataError(f"{path} does not exist.")
    # count cap: the limit, and the output budget at this image size
    cap = max(1, min(int(limit), MAX_OUTPUT_PIXELS // (shape[0] * shape[1])))
    if path.is_dir():
        return _folder(path, shape, cap, seed)
    name = path.name.lower()
    if name.endswith(".npz"):
        return _npz(path, shape, cap)
    if "idx" in name or name.endswith("-ubyte") or name.endswith("-ubyte.gz"):
        return _idx(path, shape, cap)
    raise ImageDataError(
        f"{path.name}: choose a folder of images, an .npz file with an image array, or an "
        "MNIST-format IDX file (…-images-idx3-ubyte[.gz]).")


class _Stack:
    """The (N, H, W) float32 result, filled image by image (no list-then-stack copy)."""

    def __init__(self, n: int, shape: tuple[int, int]) -> None:
        self.out = np.empty((max(int(n), 0), *shape), np.float32)
        self.k = 0

    def __len__(self) -> int:
        return self.k

    def append(self, img: np.ndarray) -> None:
        self.out[self.k] = img
        self.k += 1

    def array(self) -> np.ndarray:
        a = self.out[: self.k]
        return a.copy() if self.k < len(self.out) // 2 else a


def _finish(images: _Stack, labels, report: ImageReport, what: str):
    if not len(images):
        detail = f" ({report.summary()})" if report.skipped else ""
        raise ImageDataError(f"{what} holds no usable image{detail}.")
    report.loaded = len(images)
    return images.array(), labels, report


def _folder(path: Path, shape, cap: int, seed: int):
    report = ImageReport()
    try:
        files = sorted(p for p in path.rglob("*") if p.is_file())
    except OSError as e:
        raise ImageDataError(f"the folder {path} could not be listed ({e.strerror or e}).") from None
    candidates = []
    for f in files:
        if f.suffix.lower() in IMAGE_SUFFIXES:
            candidates.append(f)
        elif not f.name.startswith("."):
            report.skipped.append((f.name, "not an image file type"))
    order: list[int] = list(range(len(candidates)))
    if len(candidates) > cap:  # a seeded random sample, read in file order (unreadable
        # files are replaced by the next ones of the same random order)
        perm = np.random.default_rng(seed).permutation(len(candidates))
        order = sorted(int(i) for i in perm[:cap]) + [int(i) for i in perm[cap:]]
    images = _Stack(min(cap, len(candidates)), shape)
    labels: list[str] = []
    for i in order:
        if len(images) >= cap:
            break
        f = candidates[i]
        try:
            img, inv = _load_image(f, shape)
        except ImageDataError as e:
            report.skipped.append((f.name, str(e).split(" (")[0].replace(f.name, "").strip()
                                   or "unreadable"))
            continue
        report.inverted += inv
        images.append(img)
        labels.append(f.parent.name if f.parent != path else "")
    if len(candidates) > cap:
        report.notes.append(f"the folder holds {len(candidates):,} image files; a random sample "
                            f"of {len(images):,} was used (seed {seed})")
    lab = None
    if labels and all(labels) and len(set(labels)) > 1:  # sub-folders as classes
        names = sorted(set(labels))
        index = {n: i for i, n in enumerate(names)}
        lab = np.array([index[n] for n in labels], dtype=np.int64)
        report.class_names = tuple(names)
    return _finish(images, lab, report, f"the folder {path}")


# -- arrays: .npz and IDX, read within bounds ---------------------------------------------------
def _read_exact(fh, n: int) -> np.ndarray:
    """Up to n bytes (fewer at the end of the file) as a uint8 array, read in bounded chunks
    straight into it (a compressed stream is decompressed no further than that)."""
    buf = np.empty(int(n), np.uint8)
    view, got = memoryview(buf), 0
    while got < n:
        k = fh.readinto(view[got : got + min(n - got, 16 * 1024**2)])
        if not k:
            break
        got += k
    return buf[:got]


def _npy_header(fp) -> tuple[tuple[int, ...], bool, np.dtype]:
    from numpy.lib import format as npf

    version = npf.read_magic(fp)
    if version == (1, 0):
        return npf.read_array_header_1_0(fp)
    if version == (2, 0):
        return npf.read_array_header_2_0(fp)
    return npf._read_array_header(fp, version)  # (3, 0): utf-8 field names


def _image_layout(name: str, key: str, shp: tuple[int, ...]) -> tuple[int, int, int]:
    """(number of images, height, width) of an image array, or ImageDataError."""
    if len(shp) == 4 and shp[-1] in (1, 3, 4):
        return shp[0], shp[1], shp[2]
    if len(shp) == 2 and shp[1] > 0 and math.isqrt(shp[1]) ** 2 == shp[1]:
        return shp[0], math.isqrt(shp[1]), math.isqrt(shp[1])
    if len(shp) == 3:
        return shp
    raise ImageDataError(f"{name}: array '{key}' has shape {shp}; "
                         "expected (N, H, W), (N, H, W, C) or (N, H·W) with square images.")


def _dense_labels(lab: np.ndarray, report: ImageReport, name: str) -> np.ndarray | None:
    """Label values → 0 … K−1 with their names in ``report.class_names`` (or None)."""
    if lab.dtype.kind not in "uifb" or (lab.dtype.kind == "f" and not np.isfinite(lab).all()):
        report.notes.append(f"{name}: the labels are not numbers; read without labels")
        return None
    values, dense = np.unique(lab, return_inverse=True)
    if len(values) > MAX_CLASSES:
        report.notes.append(f"{name}: {len(values):,} distinct labels (more than "
                            f"{MAX_CLASSES:,} classes); read without labels")
        return None
    report.class_names = tuple(str(v.item()) for v in values)
    return dense.astype(np.int64)


def _npz(path: Path, shape, cap: int):
    report = ImageReport()
    name = path.name
    try:
        if not zipfile.is_zipfile(path):
            with open(path, "rb") as fh:
                head = fh.read(len(_NPY_MAGIC))
            if head != _NPY_MAGIC:
                raise ImageDataError(f"{name} is not an .npz file (it is not a zip archive); "
                                     "save your images with numpy.savez(…, images=array).")
            return _npz_arrays(path, name, shape, cap, report, None)
        with zipfile.ZipFile(path) as zf:
            return _npz_arrays(path, name, shape, cap, report, zf)
    except ImageDataError:
        raise
    except (OSError, EOFError, ValueError, zipfile.BadZipFile, zlib.error, NotImplementedError,
            RuntimeError, KeyError, struct.error) as e:
        raise ImageDataError(f"{name} is not a readable .npz file ({_one_line(e)}).") from None


def _npz_arrays(path: Path, name: str, shape, cap: int, report: ImageReport, zf):
    if zf is None:  # a plain .npy saved under an .npz name: one array
        members = {"arr_0": None}

        def open_member(_):
            return open(path, "rb")
    else:
        members = {i.filename[:-4]: i for i in zf.infolist() if i.filename.endswith(".npy")}

        def open_member(info):
            return zf.open(info)
    headers = {}
    for k, info in members.items():
        with open_member(info) as fp:
            try:
                headers[k] = _npy_header(fp)
            except ValueError:
                continue  # not an array numpy can describe: ignored
    keys = list(headers)
    key = next((k for k in ("x", "images", "X", "x_train", "arr_0") if k in keys), None)
    if key is None:
        key = next((k for k in keys if len(headers[k][0]) in (3, 4)), None)
    if key is None:
        raise ImageDataError(f"{name} has no image array (arrays: {', '.join(keys) or 'none'}).")
    shp, fortran, dtype = headers[key]
    shp = tuple(int(s) for s in shp)
    n_total, h, w = _image_layout(name, key, shp)
    if dtype.hasobject or dtype.kind not in "uif" or dtype.fields is not None:
        raise ImageDataError(f"{name}: array '{key}' is not numeric ({dtype}).")
    if h * w > MAX_PIXELS:
        raise ImageDataError(f"{name}: array '{key}' holds images of {h}×{w} pixels; the limit "
                             f"is {MAX_PIXELS / 1e6:.0f} megapixels an image.")
    per = int(np.prod(shp[1:], dtype=np.int64)) * dtype.itemsize
    if n_total == 0 or per == 0:
        raise ImageDataError(f"{name}: array '{key}' holds no image (shape {shp}).")
    n = min(n_total, cap, MAX_ARRAY_BYTES // per)
    if fortran and len(shp) > 1:
        if n_total * per > MAX_ARRAY_BYTES:
            raise ImageDataError(f"{name}: array '{key}' is stored in Fortran order and is "
                                 f"{n_total * per / 1024**2:,.0f} MiB; the limit is "
                                 f"{MAX_ARRAY_BYTES // 1024**2} MiB (save it C-contiguous).")
        n_read = n_total
    else:
        n_read = n
    if n == 0:
        raise ImageDataError(f"{name}: one image of array '{key}' takes {per / 1024**2:,.0f} MiB; "
                             f"the limit is {MAX_ARRAY_BYTES // 1024**2} MiB.")
    with open_member(members[key]) as fp:
        _npy_header(fp)
        raw = _read_exact(fp, n_read * per)
    if len(raw) < n_read * per:
        if fortran and len(shp) > 1:
            raise ImageDataError(f"{name}: array '{key}' is truncated.")
        n = n_read = len(raw) // per
        report.skipped.append(("end of array", "file truncated"))
    if fortran and len(shp) > 1:
        arr = raw.view(dtype).reshape(shp, order="F")[:n]
    else:
        arr = raw[: n * per].view(dtype).reshape(n, *shp[1:])
    if n < n_total:
        report.notes.append(f"array '{key}' holds {n_total:,} images; the first {n:,} were used")
    images = _Stack(n, shape)
    for i in range(len(arr)):
        a = arr[i]
        if a.ndim == 3:
            a = a[..., :3].mean(-1)
        elif a.ndim == 1:
            a = a.reshape(h, w)
        try:
            img, inv = _prepare(a, shape)
        except ValueError as e:
            report.skipped.append((f"{key}[{i}]", str(e)))
            continue
        report.inverted += inv
        images.append(img)
    lab = None
    lab_key = next((k for k in ("y", "labels", "y_train") if k in keys), None)
    if lab_key is not None and not report.skipped:
        lshp, lfortran, ldtype = headers[lab_key]
        if len(lshp) == 1 and int(lshp[0]) == n_total and not ldtype.hasobject \
                and ldtype.fields is None:
            with open_member(members[lab_key]) as fp:
                _npy_header(fp)
                lraw = _read_exact(fp, len(images) * ldtype.itemsize)
            if len(lraw) == len(images) * ldtype.itemsize:
                lab = _dense_labels(lraw.view(ldtype), report, name)
    return _finish(images, lab, report, name)


def _idx(path: Path, shape, cap: int):
    report = ImageReport()
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(4)
            if len(head) < 4 or head[:2] != b"\x00\x00" or head[2] != 0x08:
                raise ImageDataError(f"{path.name} is not an IDX file of unsigned bytes "
                                     "(bad magic number).")
            ndim = head[3]
            if ndim != 3:
                raise ImageDataError(f"{path.name} holds {ndim}-D data; an IDX image file is 3-D "
                                     "(use the …-images-idx3-ubyte file, not the labels).")
            dims = struct.unpack(">III", fh.read(12))
            n_total, h, w = dims
            if h * w > MAX_PIXELS:
                raise ImageDataError(f"{path.name} declares images of {h:,}×{w:,} pixels; the "
                                     f"limit is {MAX_PIXELS / 1e6:.0f} megapixels an image.")
            if n_total * h * w == 0:
                raise ImageDataError(f"{path.name} declares {n_total}×{h}×{w} pixels: no image.")
            per = h * w
            n = min(n_total, cap, MAX_ARRAY_BYTES // per)
            raw = _read_exact(fh, n * per)  # decompresses no more than this
    except ImageDataError:
        raise
    except (OSError, EOFError, struct.error, zlib.error) as e:
        raise ImageDataError(f"{path.name} could not be read ({_one_line(e)}).") from None
    if len(raw) < n * per:
        n = len(raw) // per
        report.skipped.append(("end of file", "file truncated"))
    elif n < n_total:
        report.notes.append(f"the file declares {n_total:,} images; the first {n:,} were used")
    arr = raw[: n * per].reshape(n, h, w)
    images = _Stack(n, shape)
    for a in arr:
        img, inv = _prepare(a, shape)
        report.inverted += inv
        images.append(img)
    return _finish(images, None, report, path.name)
