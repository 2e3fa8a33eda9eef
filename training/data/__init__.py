"""Data sources behind one registry.

``get_dataset(name, n, seed)`` returns a float array ``(n, 2)`` for the 2D sets; an unknown
name raises ``KeyError`` listing the known ones. ``get_source(name, **params)`` gives the
source object itself (labels, true density and entropy where known), and
:func:`make_splits` the seeded train / validation / test split every trainer uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from training.data.cities import CitySource
from training.data.toy import TOY_SOURCES, ToySource

WORLD_CITIES = "world-cities"


def dataset_names() -> list[str]:
    """Names accepted by :func:`get_dataset`."""
    return [*TOY_SOURCES, WORLD_CITIES]


def get_source(name: str, **params: Any) -> ToySource | CitySource:
    """The source object registered under ``name`` (``world-cities`` takes ``min_population``)."""
    if name == WORLD_CITIES:
        return CitySource(int(params.get("min_population", 1_000_000)))
    if name.lower().endswith(".csv"):
        from training.data.user import CsvSource

        return CsvSource(name)  # type: ignore[return-value]
    try:
        return TOY_SOURCES[name]
    except KeyError:
        raise KeyError(
            f"unknown data set '{name}'; known data sets: {', '.join(dataset_names())}, "
            "or the path of a CSV file of 2D points"
        ) from None


def get_dataset(name: str, n: int | None = 5000, seed: int = 0, **params: Any) -> np.ndarray:
    """Points of the data set ``name`` as a float64 array (n, 2), reproducible by seed.

    For the world cities ``n=None`` (or more than there are) gives every city.
    """
    return get_source(name, **params).sample(n, seed)[0]


@dataclass(frozen=True)
class Splits:
    """Train / validation / test points and labels of one data set."""

    train: np.ndarray
    val: np.ndarray
    test: np.ndarray
    y_train: np.ndarray
    y_val: np.ndarray
    y_test: np.ndarray
    description: dict[str, Any]


def make_splits(name: str, seed: int = 0, n_train: int = 5000, n_val: int = 5000,
                n_test: int = 20000, **params: Any) -> Splits:
    """Seeded splits. Generators draw three independent samples (seeds s, s+1, s+2);
    a fixed set (the world cities) is permuted by ``seed`` and cut 70 / 15 / 15 %."""
    src = get_source(name, **params)
    if getattr(src, "fixed", False):
        x, y = src.points()
        perm = np.random.default_rng(seed).permutation(len(x))
        a, b = int(0.7 * len(x)), int(0.85 * len(x))
        tr, va, te = perm[:a], perm[a:b], perm[b:]
        desc = {"name": name, **src.params(), "split": "70/15/15 % permutation",
                "split_seed": seed, "n_train": len(tr), "n_val": len(va), "n_test": len(te)}
        return Splits(x[tr], x[va], x[te], y[tr], y[va], y[te], desc)
    (xtr, ytr), (xva, yva), (xte, yte) = (src.sample(n, s) for n, s in
                                         ((n_train, seed), (n_val, seed + 2), (n_test, seed + 1)))
    desc = {"name": name, "n_train": n_train, "n_val": n_val, "n_test": n_test,
            "train_seed": seed, "val_seed": seed + 2, "test_seed": seed + 1}
    return Splits(xtr, xva, xte, ytr, yva, yte, desc)


__all__ = ["CitySource", "Splits", "ToySource", "WORLD_CITIES", "dataset_names", "get_dataset",
           "get_source", "make_splits"]
