"""Your own images: a folder of PNG/JPEG files, an ``.npz`` with an image array, or MNIST
IDX files — converted to grayscale float32 in [0, 1] at a chosen size.

Bad files in a folder are skipped with a reason (the report says how many and why); a
source with no usable image, or that cannot be read at all, raises :class:`ImageDataError`
with a message for the person who picked it.

Images whose border is mostly bright are inverted, so that every source matches MNIST's
convention of a light figure on a dark background (the report says how many were).
"""

from __future__ import annotations

import gzip
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
MAX_IMAGES = 100_000
MAX_FILE_BYTES = 50 * 1024**2


class ImageDataError(ValueError):
    """An image source that cannot be used; the message says why."""


@dataclass
class ImageReport:
    loaded: int = 0
    inverted: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

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


def load_image(path: str | Path, shape: tuple[int, int]) -> np.ndarray:
    """One image file → (H, W) float32 in [0, 1] (see the module docstring)."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise ImageDataError(f"{path} is not a file.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImageDataError(f"{path.name} is larger than {MAX_FILE_BYTES // 1024**2} MB.")
    try:
        with Image.open(path) as im:
            gray = np.asarray(im.convert("L"))
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise ImageDataError(f"{path.name} is not an image Pillow can read ({e}).") from None
    if gray.size == 0:
        raise ImageDataError(f"{path.name} has no pixels.")
    return _prepare(gray, shape)[0]


def load_images(path: str | Path, shape: tuple[int, int] = (28, 28),
                limit: int = MAX_IMAGES) -> tuple[np.ndarray, np.ndarray | None, ImageReport]:
    """A folder, an ``.npz`` or an IDX file → (images (N, H, W), labels or None, report)."""
    path = Path(path)
    if not path.exists():
        raise ImageDataError(f"{path} does not exist.")
    if path.is_dir():
        return _folder(path, shape, limit)
    name = path.name.lower()
    if name.endswith(".npz"):
        return _npz(path, shape, limit)
    if "idx" in name or name.endswith("-ubyte") or name.endswith("-ubyte.gz"):
        return _idx(path, shape, limit)
    raise ImageDataError(
        f"{path.name}: choose a folder of images, an .npz file with an image array, or an "
        "MNIST-format IDX file (…-images-idx3-ubyte[.gz]).")


def _finish(images: list[np.ndarray], labels, report: ImageReport, what: str):
    if not images:
        detail = f" ({report.summary()})" if report.skipped else ""
        raise ImageDataError(f"{what} holds no usable image{detail}.")
    report.loaded = len(images)
    return np.stack(images), labels, report


def _folder(path: Path, shape, limit):
    report = ImageReport()
    images = []
    files = sorted(p for p in path.rglob("*") if p.is_file())
    labels: list[str] = []
    for f in files:
        if len(images) >= limit:
            report.skipped.append((f.name, f"over the limit of {limit} images"))
            continue
        if f.suffix.lower() not in IMAGE_SUFFIXES:
            if not f.name.startswith("."):
                report.skipped.append((f.name, "not an image file type"))
            continue
        try:
            img = load_image(f, shape)
        except ImageDataError as e:
            report.skipped.append((f.name, str(e).split(" (")[0].replace(f.name, "").strip()
                                   or "unreadable"))
            continue
        images.append(img)
        labels.append(f.parent.name if f.parent != path else "")
    lab = None
    if labels and all(labels) and len(set(labels)) > 1:  # sub-folders as classes
        names = sorted(set(labels))
        lab = np.array([names.index(n) for n in labels])
    return _finish(images, lab, report, f"the folder {path}")


def _npz(path: Path, shape, limit):
    report = ImageReport()
    try:
        data = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as e:
        raise ImageDataError(f"{path.name} is not a readable .npz file ({e}).") from None
    with data:
        keys = list(data.keys())
        key = next((k for k in ("x", "images", "X", "x_train", "arr_0") if k in keys), None)
        if key is None:
            key = next((k for k in keys if data[k].ndim in (3, 4)), None)
        if key is None:
            raise ImageDataError(f"{path.name} has no image array (arrays: {', '.join(keys) or 'none'}).")
        arr = data[key]
        lab = next((data[k] for k in ("y", "labels", "y_train") if k in keys), None)
    if arr.ndim == 4 and arr.shape[-1] in (1, 3, 4):
        arr = arr[..., :3].mean(-1)
    if arr.ndim == 2 and int(np.sqrt(arr.shape[1])) ** 2 == arr.shape[1]:
        side = int(np.sqrt(arr.shape[1]))
        arr = arr.reshape(len(arr), side, side)
    if arr.ndim != 3:
        raise ImageDataError(f"{path.name}: array '{key}' has shape {arr.shape}; "
                             "expected (N, H, W), (N, H, W, C) or (N, H·W) with square images.")
    if arr.dtype.kind not in "uif":
        raise ImageDataError(f"{path.name}: array '{key}' is not numeric ({arr.dtype}).")
    images = []
    for i, a in enumerate(arr[:limit]):
        try:
            img, inv = _prepare(a, shape)
        except ValueError as e:
            report.skipped.append((f"{key}[{i}]", str(e)))
            continue
        report.inverted += inv
        images.append(img)
    if lab is not None and (lab.ndim != 1 or len(lab) != len(arr) or report.skipped):
        lab = None
    return _finish(images, None if lab is None else np.asarray(lab)[:limit].astype(np.int64),
                   report, path.name)


def _idx(path: Path, shape, limit):
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
            n = min(dims[0], limit)
            raw = fh.read(n * dims[1] * dims[2])
    except (OSError, EOFError, struct.error) as e:
        raise ImageDataError(f"{path.name} could not be read ({e}).") from None
    if len(raw) < n * dims[1] * dims[2]:
        n = len(raw) // (dims[1] * dims[2])
        report.skipped.append(("end of file", "file truncated"))
    arr = np.frombuffer(raw[: n * dims[1] * dims[2]], np.uint8).reshape(n, dims[1], dims[2])
    images = []
    for a in arr:
        img, inv = _prepare(a, shape)
        report.inverted += inv
        images.append(img)
    return _finish(images, None, report, path.name)
