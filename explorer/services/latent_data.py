"""The Latent view's test set: the images to encode and their codes for the map.

:func:`prepare_test_set` rebuilds a latent model's test set from its card's ``data`` field
and encodes it. It reads files and renders images, so it runs in a worker
(:class:`explorer.services.worker.LatestWorker`), never on the GUI thread, and it is
bounded whatever the card says:

* ``shapes``: only the test sample is rendered (``image_splits`` makes it as an independent
  sample with seed + 1, so the 20,000 training shapes are not needed), at most as many as
  for the shipped size (:data:`SHAPES_N_MAX` training shapes); a larger ``n_train`` is
  capped and the note says so.
* ``data.path`` (the user's images): read by :mod:`training.data.user_images` with its own
  caps (images, bytes, pixels); a folder with more than :data:`MAX_FOLDER_ENTRIES` entries
  is refused before it is listed in full.

Every failure is an exception with a one-line message for the view (no traceback).
:class:`TestSetCache` keeps the results per model path.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: the shipped shapes models were trained on this many shapes (the test set is a fifth)
SHAPES_N_MAX = 20_000
#: images kept for the map and the browser (a seeded mix of classes)
MAX_TEST_IMAGES = 2000
#: a data folder with more entries than this is not an image data set
MAX_FOLDER_ENTRIES = 200_000


#: why a decoder without an encoder (a GAN) has no encode panel and no test-set map
NO_ENCODER = QT_TRANSLATE_NOOP("latent_data", "a GAN has no encoder: it cannot place an image in z")


class TestSetError(Exception):
    """The test set cannot be prepared; the message says why, in words."""

    __test__ = False  # not a pytest class


@dataclass(frozen=True)
class TestSet:
    """Test images (N, H, W), labels (N,), class names, codes (N, d) and a note."""

    __test__ = False  # not a pytest class

    x: np.ndarray
    y: np.ndarray
    classes: tuple[str, ...]
    z: np.ndarray
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"x": self.x, "y": self.y, "classes": list(self.classes), "z": self.z,
                "note": self.note}


def _int(value: Any, default: int) -> int:
    try:
        v = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return v


def _shapes_test(data: dict, image_shape: tuple[int, ...],
                 seed: int) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], str]:
    from training.data.shapes import SHAPE_NAMES, make_shapes

    if image_shape[0] != image_shape[1]:
        raise TestSetError(QCoreApplication.translate("latent_data", "shapes are square; this model takes {image_shape} images").format(image_shape=image_shape))
    note = ""
    n = _int(data.get("n_train", SHAPES_N_MAX), SHAPES_N_MAX)
    if n > SHAPES_N_MAX:
        note = (QCoreApplication.translate("latent_data", "the card's n_train = {n:,} is more than the shipped {shapes_n_max:,}; the "
                "test set was made as for {shapes_n_max:,} training shapes").format(n=n, shapes_n_max=SHAPES_N_MAX))
        n = SHAPES_N_MAX
    elif n < 1:
        note = QCoreApplication.translate("latent_data", "the card's n_train = {n} is not a size; the shipped {shapes_n_max:,} was used").format(n=n, shapes_n_max=SHAPES_N_MAX)
        n = SHAPES_N_MAX
    # exactly the test sample of training.data.images.image_splits("shapes", seed, n=n)
    te = make_shapes(max(n // 5, 100), seed=seed + 1, size=int(image_shape[0]))
    return te.images, te.factors["shape"].astype(np.int64), tuple(SHAPE_NAMES), note


def _check_folder(path: Path) -> None:
    """Refuse a folder too big to be a data set, without listing all of it."""
    seen = 0
    stack = [path]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                for entry in it:
                    seen += 1
                    if seen > MAX_FOLDER_ENTRIES:
                        raise TestSetError(
                            QCoreApplication.translate("latent_data", "{path} holds more than {max_folder_entries:,} files and folders; "
                            "it does not look like an image data set").format(path=path, max_folder_entries=MAX_FOLDER_ENTRIES))
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                    except OSError:
                        continue
        except OSError:
            continue


def prepare_test_set(model: Any, card: dict) -> TestSet:
    """The test set of the model's data set, encoded (call it in a worker)."""
    from training.capabilities import can_encode
    from training.data.images import image_splits

    if not can_encode(model):
        raise TestSetError(QCoreApplication.translate("latent_data", NO_ENCODER))

    data = card.get("data")
    if not isinstance(data, dict):
        raise TestSetError(QCoreApplication.translate("latent_data", "the card does not say what data the model was trained on"))
    image_shape = tuple(int(s) for s in model.image_shape)
    name = str(data.get("name", ""))
    note = ""
    seed = _int(data.get("split_seed", data.get("train_seed", 0)), 0)
    try:
        if data.get("path"):  # your own images, if they are still there
            path = Path(str(data["path"]))
            if not path.exists():
                raise TestSetError(QCoreApplication.translate("latent_data", "the model's images ({path}) are no longer there").format(path=path))
            if path.is_dir():
                _check_folder(path)
            sp = image_splits(str(path), seed=seed, size=image_shape)
            x, y, classes = sp.x_test, sp.y_test, tuple(sp.class_names)
        elif name == "shapes":
            x, y, classes, note = _shapes_test(data, image_shape, seed)
        else:
            sp = image_splits(name, seed=seed)
            x, y, classes = sp.x_test, sp.y_test, tuple(sp.class_names)
    except TestSetError:
        raise
    except KeyError:
        raise TestSetError(QCoreApplication.translate("latent_data", "'{name}' is not a data set this app can make").format(name=name)) from None
    except (ValueError, OSError, MemoryError) as e:  # ImageDataError is a ValueError
        raise TestSetError(str(e).strip() or type(e).__name__) from None
    if tuple(x.shape[1:]) != image_shape:
        raise TestSetError(QCoreApplication.translate("latent_data", "the data set's images are {shape}, the model takes "
                           "{image_shape}").format(shape=tuple(x.shape[1:]), image_shape=image_shape))
    order = np.random.default_rng(0).permutation(len(x))[:MAX_TEST_IMAGES]  # mixed classes
    x, y = np.ascontiguousarray(x[order]), np.asarray(y)[order]
    z = np.asarray(model.encode(x), np.float32) if len(x) else \
        np.zeros((0, int(model.latent_dim)), np.float32)
    return TestSet(x, y, classes, z, note)


def cache_key(path: str | Path) -> tuple[str, int]:
    """A model folder's identity: its resolved path and its card's modification time."""
    p = Path(path).resolve()
    try:
        mtime = (p / "card.json").stat().st_mtime_ns
    except OSError:
        mtime = 0
    return str(p), mtime


class TestSetCache:
    """The last few prepared test sets (or their failures), by :func:`cache_key`."""

    __test__ = False  # not a pytest class

    def __init__(self, size: int = 6) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, int], TestSet | TestSetError] = OrderedDict()

    def get(self, key: tuple[str, int]) -> TestSet | TestSetError | None:
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def put(self, key: tuple[str, int], item: TestSet | TestSetError) -> None:
        self._items[key] = item
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


_SHIPPED: dict[str, tuple[int, list]] = {}


def shipped_latent_models() -> list[tuple[Path, dict]]:
    """The latent models in ``trained/`` with their cards (re-read only when the folder
    changes: reading every card takes tens of milliseconds)."""
    from training.artifacts import default_trained_dir, discover

    root = default_trained_dir()
    try:
        mtime = root.stat().st_mtime_ns
    except OSError:
        return []
    hit = _SHIPPED.get(str(root))
    if hit is None or hit[0] != mtime:
        hit = (mtime, [(p, c) for p, c in discover(root) if c.get("kind") == "latent"])
        _SHIPPED[str(root)] = hit
    return list(hit[1])


def code_histogram(codes: np.ndarray, lo: float, hi: float, bins: int = 41) -> np.ndarray:
    """Counts of ``codes`` (n,) over ``bins`` equal bins on [lo, hi] (clipped into it)."""
    c = np.asarray(codes, np.float64)
    c = np.clip(c[np.isfinite(c)], lo, hi)
    return np.histogram(c, np.linspace(lo, hi, bins + 1))[0]
