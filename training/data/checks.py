"""Checks that refuse unusable 2D point sets up front, with a message naming the data problem.

Every density family, the flow and diffusion trainers and the CSV source call
:func:`check_points`; the CLI and the app can call it too, before any fitting starts::

    from training.data.checks import DataError, check_points
    x = check_points(points, "your points")          # raises DataError, or returns (N, 2) float64

Refused: a wrong shape, fewer than ``min_points`` points, NaN or infinity, coordinates beyond
±1e100 (their squares overflow), all points identical, a spread so small next to the offset
that the numbers are rounded to a few values (float64, or float32 for the torch models),
a spread below 1e-100, and — with ``need_2d`` (the flow) — points on one line.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: coordinates beyond ± this overflow when squared (variances, distances)
MAX_ABS = 1e100
#: a spread below this (absolute) is refused: rescale the data
MIN_SPREAD = 1e-100
#: the spread must span at least this many representable steps at the data's magnitude
MIN_STEPS = 64
#: singular-value ratio below which the centred, standardised points count as one line
LINE_TOL = 1e-6


class DataError(ValueError):
    """A data file or point set that cannot be used; the message says why, for the user."""


def _num(v: float) -> str:
    return f"{v:.6g}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def check_points(x: Any, what: str = "the data", *, min_points: int = 2,
                 need_2d: bool = False, precision: str = "float64") -> np.ndarray:
    """Validate 2D points; return them as a float64 array (N, 2) or raise :class:`DataError`.

    ``what`` starts the message ("a.csv: all 50 points are identical …"); ``precision`` is the float type
    the model computes in ("float32" for the flow and the diffusion denoiser); ``need_2d``
    refuses points on one line (a flow cannot fit a density of zero width).
    """
    try:
        a = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError):
        raise DataError(f"{what}: the coordinates are not numbers.") from None
    if a.ndim != 2 or a.shape[1] != 2:
        raise DataError(f"{what}: shape {a.shape}; expected (N, 2), one x, y pair per row.")
    n = len(a)
    if n < min_points:
        raise DataError(f"{what}: {_plural(n, 'point')}; at least {min_points} are needed.")
    finite = np.isfinite(a).all(1)
    if not finite.all():
        bad = np.flatnonzero(~finite)
        raise DataError(f"{what}: {_plural(len(bad), 'point')} of {n:,} hold NaN or infinity "
                        f"(the first is row {int(bad[0]) + 1}).")
    big = float(np.abs(a).max()) if n else 0.0
    if big > MAX_ABS:
        raise DataError(f"{what}: coordinates reach {big:.3g}; beyond ±{MAX_ABS:.0e} they overflow "
                        "when squared — rescale the data (divide by a power of ten).")
    if precision == "float32" and big > 1e30:
        raise DataError(f"{what}: coordinates reach {big:.3g}; this model computes in float32 — rescale the "
                        "data to within ±1e30 (divide by a power of ten).")
    if n and (a == a[0]).all():
        raise DataError(f"{what}: all {n:,} points are identical ({_num(a[0, 0])}, {_num(a[0, 1])}); "
                        "a density needs points that spread out.")
    centre = a.mean(0)
    spread = float(a.std(0).max())
    ftype = np.float32 if precision == "float32" else np.float64
    step = float(np.spacing(ftype(big)))  # the gap between neighbouring numbers there
    if spread < MIN_STEPS * step:
        off = float(np.abs(centre).max())
        kind = "a float32 model" if precision == "float32" else "float64"
        raise DataError(
            f"{what}: the points are offset by about {off:.3g} but spread only {spread:.3g}: in {kind} "
            f"numbers that large are about {step:.3g} apart, so the coordinates are rounded to "
            f"a few values — subtract the offset first (e.g. {_num(float(centre[0]))}, "
            f"{_num(float(centre[1]))}).")
    if spread < MIN_SPREAD:
        raise DataError(f"{what}: the points spread over only {spread:.3g}; below {MIN_SPREAD:.0e} the "
                        "numbers are too small to compute with — rescale the data.")
    if need_2d:
        line = describe_line(a)
        if line is not None:
            raise DataError(f"{what}: the {n:,} points lie on {line}; this model needs points that spread in "
                            "two directions (add some that are off the line).")
    return a


def describe_line(a: np.ndarray, tol: float = LINE_TOL) -> str | None:
    """``"a vertical line (x = 0.5)"`` etc. when the (N, 2) points are collinear, else None."""
    a = np.asarray(a, dtype=np.float64)
    std = a.std(0)
    centre = a.mean(0)
    if std[0] == 0 or std[1] == 0:
        if std[0] == 0 and std[1] == 0:
            return "a single point"
        if std[0] == 0:
            return f"a vertical line (x = {_num(a[0, 0])})"
        return f"a horizontal line (y = {_num(a[0, 1])})"
    z = (a - centre) / std
    sv = np.linalg.svd(z, compute_uv=False)
    if sv[1] > tol * sv[0]:
        return None
    cov = np.cov(a.T, bias=True)
    slope = cov[0, 1] / cov[0, 0]
    return f"a line (y ≈ {_num(slope)}·x + {_num(centre[1] - slope * centre[0])})"


def safe_scale(scale: Any, fallback: float = 1.0):
    """Per-axis scales with zeros / NaN replaced by the largest finite positive one (or
    ``fallback``): standardising by it never divides by zero. Works on numpy arrays and
    torch tensors (returns the same kind)."""
    try:
        import torch

        if isinstance(scale, torch.Tensor):
            ok = torch.isfinite(scale) & (scale > 0)
            if bool(ok.all()):
                return scale
            good = scale[ok]
            fill = float(good.max()) if good.numel() else float(fallback)
            return torch.where(ok, scale, torch.full_like(scale, fill))
    except ImportError:  # pragma: no cover - torch is a dependency of the trainers only
        pass
    s = np.asarray(scale, dtype=np.float64)
    ok = np.isfinite(s) & (s > 0)
    if ok.all():
        return scale
    fill = float(s[ok].max()) if ok.any() else float(fallback)
    return np.where(ok, s, fill)


def spread_floor(std: np.ndarray, rel: float = 1e-3) -> np.ndarray:
    """Per-axis spreads with a floor of ``rel`` × the largest one: a line of points gets a
    thin but positive width across it (for bandwidths), ordinary data is unchanged."""
    std = np.asarray(std, dtype=np.float64)
    top = float(std.max()) if std.size else 0.0
    if not np.isfinite(top) or top <= 0:
        top = 1.0
    return np.maximum(std, rel * top)


__all__ = ["DataError", "check_points", "describe_line", "safe_scale", "spread_floor"]
