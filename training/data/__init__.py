"""Data sources behind one registry.

``get_dataset(name, n, seed)`` returns a float array ``(n, 2)`` for the 2D sets; an unknown
name raises ``KeyError`` listing the known ones. ``get_source(name)`` gives the source
object itself (labels, true density, entropy where known).
"""

from __future__ import annotations

import numpy as np

from training.data.toy import TOY_SOURCES, ToySource


def dataset_names() -> list[str]:
    """Names accepted by :func:`get_dataset`."""
    return list(TOY_SOURCES)


def get_source(name: str) -> ToySource:
    """The source object registered under ``name``."""
    try:
        return TOY_SOURCES[name]
    except KeyError:
        raise KeyError(
            f"unknown data set '{name}'; known data sets: {', '.join(dataset_names())}"
        ) from None


def get_dataset(name: str, n: int = 5000, seed: int = 0) -> np.ndarray:
    """``n`` points of the data set ``name`` as a float64 array (n, 2), reproducible by seed."""
    return get_source(name).sample(n, seed)[0]


__all__ = ["ToySource", "dataset_names", "get_dataset", "get_source"]
