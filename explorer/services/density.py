"""Off-GUI-thread computations of the density view (pure numpy; no widgets)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Bounds:
    """An axis-aligned view rectangle in data units."""

    x0: float
    x1: float
    y0: float
    y1: float

    @classmethod
    def around(cls, points: np.ndarray, pad: float = 0.15) -> "Bounds":
        """The bounding box of ``points`` grown by ``pad`` of its size on every side."""
        points = points[np.isfinite(points).all(1)]
        if len(points) == 0:
            return cls(-1.0, 1.0, -1.0, 1.0)
        lo, hi = points.min(0), points.max(0)
        span = np.maximum(hi - lo, 1e-3)
        lo, hi = lo - pad * span, hi + pad * span
        return cls(float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))


@dataclass(frozen=True)
class GridResult:
    """log p evaluated at the centres of a ``res × res`` grid over ``bounds``.

    ``logp[i, j]`` is the value at row ``i`` (y) and column ``j`` (x), row-major as
    pyqtgraph's ``imageAxisOrder='row-major'`` expects.
    """

    logp: np.ndarray
    bounds: Bounds


def grid_points(bounds: Bounds, res: int) -> np.ndarray:
    """Cell centres of a ``res × res`` grid, shape ``(res*res, 2)``, rows along y."""
    xs = np.linspace(bounds.x0, bounds.x1, res, endpoint=False) + (bounds.x1 - bounds.x0) / (2 * res)
    ys = np.linspace(bounds.y0, bounds.y1, res, endpoint=False) + (bounds.y1 - bounds.y0) / (2 * res)
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], 1)


def evaluate_grid(model: Any, bounds: Bounds, res: int = 256) -> GridResult:
    """``model.log_prob`` on the grid, as float32 (``-inf`` kept where p = 0)."""
    pts = grid_points(bounds, res)
    logp = np.asarray(model.log_prob(pts), dtype=np.float64).reshape(res, res)
    logp = np.where(np.isnan(logp), -np.inf, logp)
    return GridResult(np.ascontiguousarray(logp, dtype=np.float32), bounds)


def display_levels(logp: np.ndarray, span: float = 10.0) -> tuple[float, float]:
    """Colour levels for a log-density image: from ``max − span`` nats up to the max."""
    finite = logp[np.isfinite(logp)]
    if finite.size == 0:
        return (-1.0, 0.0)
    top = float(finite.max())
    return (top - span, top)


def evaluate_grid_fast(model: Any, bounds: Bounds, res: int) -> GridResult:
    """Like :func:`evaluate_grid` but uses a family's own grid method when it has one
    (binned KDE, separable factorised model)."""
    fast = getattr(model, "log_prob_grid", None)
    if fast is None:
        return evaluate_grid(model, bounds, res)
    logp = np.asarray(fast(bounds.x0, bounds.x1, bounds.y0, bounds.y1, res), dtype=np.float64)
    logp = np.where(np.isnan(logp), -np.inf, logp)
    return GridResult(np.ascontiguousarray(logp, dtype=np.float32), bounds)
