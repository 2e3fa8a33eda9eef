"""Kernel density estimates: the 2D KDE and the factorised (naive) product of 1D KDEs.

2D KDE with a Gaussian kernel and diagonal bandwidth H = diag(h₁², h₂²):

    p(x) = (1/n) Σ_i N(x; x_i, H),      h_j = f · σ_j · n^(−1/6)

where f = 1 is Scott's rule and ``bandwidth="cv"`` picks f on a log grid by held-out
likelihood. ``log_prob`` is exact (log-sum-exp over all training points); ``log_prob_grid``
evaluates a whole regular grid by linear binning onto a fine lattice and a Gaussian filter
(Silverman, 1982; Wand, 1994): O(grid) instead of O(grid × n).

The factorised model p(x) = p₁(x₁) p₂(x₂) multiplies 1D KDEs of each coordinate: it keeps
the marginals and throws away every dependence between the coordinates — the naive-Bayes
assumption made visible.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from training.artifacts import register
from training.data.checks import check_points, spread_floor
from training.density.base import DensityModel, as_points
from training.density.family import Family, Hyper

CV_FACTORS = tuple(float(f) for f in np.geomspace(0.1, 1.5, 15))
#: binned grids: lattice cells per axis inside the view and in each margin, at most (the
#: 2D lattice stays under (1536 + 2·256)² ≈ 4.2 million cells whatever the bandwidth or view)
MAX_VIEW_CELLS = 1536
MAX_MARGIN = 256
MAX_RES = 2048
#: the exact KDE works on chunks of at most this many (query, point) pairs (32 MB each)
PAIR_BUDGET = 1 << 22


def _exact_log_kde(x: np.ndarray, pts: np.ndarray, h: np.ndarray, chunk: int = 2048) -> np.ndarray:
    """log (1/n) Σ_i Π_j N(x_j; pts_ij, h_j²) for x [N, d], pts [n, d], h [d].

    Both sides are centred on the points' mean first (no cancellation for data far from
    the origin), and chunks stay within ``PAIR_BUDGET`` pairs whatever n is."""
    n, d = pts.shape
    const = -math.log(n) - d * 0.5 * math.log(2 * math.pi) - float(np.log(h).sum())
    ref = pts.mean(0)
    ps = (pts - ref) / h
    p2 = (ps**2).sum(1)
    out = np.empty(len(x))
    chunk = max(1, min(int(chunk), PAIR_BUDGET // max(n, 1)))
    for i in range(0, len(x), chunk):
        xs = (x[i : i + chunk] - ref) / h
        # squared distances, then a log-sum-exp done in place (2.5x faster than scipy's
        # logsumexp here, equal to 1e-13): the nearest point's term is factored out
        d2 = xs @ ps.T
        d2 *= -2
        d2 += (xs**2).sum(1)[:, None]
        d2 += p2[None]
        np.maximum(d2, 0, out=d2)
        m = d2.min(1)
        d2 -= m[:, None]
        d2 *= -0.5
        np.exp(d2, out=d2)
        out[i : i + chunk] = np.log(d2.sum(1)) - 0.5 * m + const
    return out


def scott_bandwidth(x: np.ndarray, factor: float = 1.0) -> np.ndarray:
    """Scott's rule per axis; an axis without spread (points on a line) gets 1/1000 of the
    other axis' spread, so the KDE is a thin ridge instead of a division by zero."""
    n, d = x.shape
    std = spread_floor(x.std(0))
    return factor * std * n ** (-1.0 / (d + 4))


class _Axis:
    """How one axis of a view maps onto the binning lattice (see :func:`_axis_plan`)."""

    def __init__(self, origin: float, fine: float, n: int, idx=None, i0=None, w=None) -> None:
        self.origin, self.fine, self.n = origin, fine, n
        self.idx, self.i0, self.w = idx, i0, w  # aligned lattice cells, or interpolation

    def coords(self, v: np.ndarray) -> np.ndarray:
        """Fractional lattice coordinates of the values v (clipped: no integer overflow)."""
        return np.clip((v - self.origin) / self.fine, -2.0, self.n + 1.0)

    def take(self, a: np.ndarray, axis: int) -> np.ndarray:
        """The lattice values ``a`` at the requested centres along ``axis``."""
        if self.idx is not None:
            return np.take(a, self.idx, axis=axis)
        shape = [1] * a.ndim
        shape[axis] = -1
        w = self.w.reshape(shape)
        return np.take(a, self.i0, axis=axis) * (1 - w) + np.take(a, self.i0 + 1, axis=axis) * w


def _axis_plan(a: float, b: float, res: int, h: float, margin_h: float) -> _Axis:
    """The lattice for one axis of the view [a, b] cut into ``res`` cells, kernel width h.

    Normally a lattice k times finer than the view's cells (k odd, cell ≤ h/3), aligned so
    that every requested centre is a lattice centre, extending ``margin_h``·h beyond the
    view. Kernels narrower than a lattice cell give pixel averages (k = 1). A view narrower
    than the kernels (or of zero width) gets a lattice of spacing h/3 around it, read by
    linear interpolation. Either way the lattice has at most MAX_VIEW_CELLS + 2·MAX_MARGIN
    cells.
    """
    a, b, h = float(a), float(b), float(h)
    if not (math.isfinite(a) and math.isfinite(b)):
        raise ValueError(f"the view bounds must be finite numbers, got {a} … {b}")
    res = int(res)
    if not 1 <= res <= MAX_RES:
        raise ValueError(f"the grid resolution must be 1 … {MAX_RES}, got {res}")
    if b < a:  # a reversed view: the plan of the sorted one, read backwards
        p = _axis_plan(b, a, res, h, margin_h)
        if p.idx is not None:
            p.idx = p.idx[::-1].copy()
        else:
            p.i0, p.w = p.i0[::-1].copy(), p.w[::-1].copy()
        return p
    cell = (b - a) / res
    if cell > 0:
        kmax = max(1, MAX_VIEW_CELLS // res)
        kmax -= (kmax + 1) % 2  # the largest odd number within the budget
        ratio = cell / (h / 3)
        k = kmax if ratio > kmax else max(1, int(math.ceil(ratio)))
        k += (k + 1) % 2
        k = min(k, kmax)
        fine = cell / k
        if h < fine:  # kernels narrower than a lattice cell: average over the view's cells
            k, fine = 1, cell
        margin_f = margin_h * h / fine
        if margin_f <= MAX_MARGIN:
            margin = int(math.ceil(margin_f))
            return _Axis(a - margin * fine + fine / 2, fine, res * k + 2 * margin,
                         idx=margin + k // 2 + k * np.arange(res))
    # here cell == 0 or cell < margin_h·h / MAX_MARGIN: the view spans < res/20 lattice cells
    fine = h / 3
    margin = int(math.ceil(3 * margin_h)) + 1
    n = int(math.ceil((b - a) / fine)) + 2 * margin + 1
    origin = a - margin * fine
    u = (a + (np.arange(res) + 0.5) * cell - origin) / fine
    i0 = np.clip(np.floor(u).astype(int), 0, n - 2)
    return _Axis(origin, fine, n, i0=i0, w=np.clip(u - i0, 0.0, 1.0))


def _linear_weights(u: np.ndarray, n: int):
    """Linear binning of fractional lattice coordinates: [(index, weight, inside)] × 2."""
    i0 = np.floor(u).astype(int)
    frac = u - i0
    out = []
    for di, w in ((0, 1 - frac), (1, frac)):
        idx = i0 + di
        out.append((idx, w, (idx >= 0) & (idx < n)))
    return out


def _readout_matrix(ax: _Axis, sigma: float) -> np.ndarray:
    """[res, n]: a lattice axis → the view's centres, Gaussian-filtered on the way.

    Row r holds the normalised Gaussian of width ``sigma`` lattice cells, truncated at 5 σ
    (scipy.ndimage's ``gaussian_filter`` weights, zero beyond the lattice), centred at the
    lattice cell read for centre r; a read by interpolation mixes two such rows.
    """
    radius = int(5.0 * sigma + 0.5)
    offsets = np.arange(-radius, radius + 1)
    kern = np.exp(-0.5 * (offsets / sigma) ** 2) if sigma > 0 else (offsets == 0).astype(float)
    kern /= kern.sum()
    cols = np.arange(ax.n)

    def rows(centres: np.ndarray) -> np.ndarray:
        d = cols[None, :] - centres[:, None]
        m = np.zeros(d.shape)
        inside = np.abs(d) <= radius
        m[inside] = kern[d[inside] + radius]
        return m

    if ax.idx is not None:
        return rows(ax.idx)
    w = ax.w[:, None]
    return rows(ax.i0) * (1 - w) + rows(ax.i0 + 1) * w


@register
class KDEDensity(DensityModel):
    family = "KDE (Gaussian kernel)"

    def __init__(self, n_points: int = 0, bandwidth: str | float = "scott") -> None:
        super().__init__()
        if not (bandwidth in ("scott", "cv") or (isinstance(bandwidth, (int, float)) and bandwidth > 0)):
            raise ValueError("bandwidth is 'scott', 'cv' or a positive factor")
        self.bandwidth = bandwidth
        self.points = np.zeros((int(n_points), 2))
        self.h = np.ones(2)

    def fit(self, x: np.ndarray, x_val: np.ndarray | None = None, **_: Any) -> "KDEDensity":
        x = as_points(x)
        if len(x) < 2:
            raise ValueError("a KDE needs at least 2 points")
        x = check_points(x, "the training points")
        self.points = x.copy()
        if self.bandwidth == "cv":
            if x_val is None or len(x_val) == 0:
                raise ValueError("bandwidth='cv' needs held-out points (x_val)")
            scores = [-_exact_log_kde(as_points(x_val), x, scott_bandwidth(x, f)).mean()
                      for f in CV_FACTORS]
            self.factor = CV_FACTORS[int(np.argmin(scores))]
        else:
            self.factor = 1.0 if self.bandwidth == "scott" else float(self.bandwidth)
        self.h = scott_bandwidth(x, self.factor)
        self.fitted = True
        return self

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        return _exact_log_kde(as_points(x), self.points, self.h)

    def log_prob_grid(self, x0: float, x1: float, y0: float, y1: float, res: int) -> np.ndarray:
        """log p at the centres of a res × res grid over [x0, x1] × [y0, y1], rows along y.

        Linear binning onto a lattice ``k`` times finer (k odd, cell ≤ h/3), a Gaussian
        filter, then the lattice values at the requested centres (see :func:`_axis_plan`:
        the lattice is capped in cells whatever the bandwidth, and a view narrower than the
        kernels, even of zero width, is read by interpolation).
        """
        px = _axis_plan(x0, x1, res, self.h[0], 4.0)
        py = _axis_plan(y0, y1, res, self.h[1], 4.0)
        grid = np.zeros(py.n * px.n)  # rows y, columns x, flattened
        wx = _linear_weights(px.coords(self.points[:, 0]), px.n)
        wy = _linear_weights(py.coords(self.points[:, 1]), py.n)
        for ix, vx, okx in wx:
            for iy, vy, oky in wy:
                ok = okx & oky
                grid += np.bincount(iy[ok] * px.n + ix[ok], (vx * vy)[ok], minlength=grid.size)
        grid = grid.reshape(py.n, px.n)
        sy, sx = self.h[1] / py.fine, self.h[0] / px.fine
        res_y = len(py.idx) if py.idx is not None else len(py.i0)
        res_x = len(px.idx) if px.idx is not None else len(px.i0)
        # the separable Gaussian filter then the read-out at the view's centres, either as
        # two matrix products (filter rows only where read: fast for the usual views) or
        # as scipy's filter over the whole lattice (cheaper for very fine lattices)
        taps = 2 * (int(5.0 * sy + 0.5) + int(5.0 * sx + 0.5)) + 2
        if res_y * py.n * (px.n + res_x) <= 4 * py.n * px.n * taps:
            out = _readout_matrix(py, sy) @ grid @ _readout_matrix(px, sx).T
        else:
            from scipy.ndimage import gaussian_filter

            dens = gaussian_filter(grid, sigma=(sy, sx), mode="constant", truncate=5.0)
            out = px.take(py.take(dens, 0), 1)
        out /= len(self.points) * px.fine * py.fine
        with np.errstate(divide="ignore"):
            return np.log(np.maximum(out, 0))

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, len(self.points), int(n))
        return self.points[idx] + rng.normal(size=(int(n), 2)) * self.h

    @property
    def n_params(self) -> int:
        # non-parametric: it keeps every training point, plus the two bandwidths
        return self.points.size + 2

    def config(self) -> dict[str, Any]:
        return {"n_points": len(self.points), "bandwidth": self.bandwidth}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        return {"points": (int(config["n_points"]), 2), "h": (2,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"points": self.points.astype(np.float64), "h": self.h.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        if np.any(tensors["h"] <= 0):
            raise ValueError("bandwidths must be positive")
        self.points, self.h = tensors["points"].copy(), tensors["h"].copy()
        self.fitted = True


@register
class FactorizedDensity(DensityModel):
    """p(x₁, x₂) = p₁(x₁) p₂(x₂), each a 1D Gaussian KDE (Scott's rule per coordinate)."""

    family = "Factorised (product of 1D KDEs)"

    def __init__(self, n_points: int = 0) -> None:
        super().__init__()
        self.points = np.zeros((int(n_points), 2))
        self.h = np.ones(2)

    def fit(self, x: np.ndarray, **_: Any) -> "FactorizedDensity":
        x = as_points(x)
        if len(x) < 2:
            raise ValueError("a factorised model needs at least 2 points")
        x = check_points(x, "the training points")
        self.points = x.copy()
        std = spread_floor(x.std(0))  # an axis without spread: 1/1000 of the other's
        self.h = std * len(x) ** (-1 / 5)  # Scott's rule in 1D
        self.fitted = True
        return self

    def _log_marginal(self, j: int, v: np.ndarray) -> np.ndarray:
        return _exact_log_kde(v[:, None], self.points[:, j : j + 1], self.h[j : j + 1])

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        x = as_points(x)
        return self._log_marginal(0, x[:, 0]) + self._log_marginal(1, x[:, 1])

    def log_prob_grid(self, x0: float, x1: float, y0: float, y1: float, res: int) -> np.ndarray:
        """A product of two 1D curves: res evaluations per axis instead of res², each a
        binned 1D KDE (linear binning + Gaussian filter, as the 2D KDE's grid)."""
        return self._binned_marginal(1, y0, y1, res)[:, None] + self._binned_marginal(0, x0, x1, res)[None, :]

    def _binned_marginal(self, j: int, lo: float, hi: float, res: int) -> np.ndarray:
        from scipy.ndimage import gaussian_filter1d

        h = self.h[j]
        ax = _axis_plan(lo, hi, res, h, 5.0)
        lattice = np.zeros(ax.n)
        for idx, w, ok in _linear_weights(ax.coords(self.points[:, j]), ax.n):
            np.add.at(lattice, idx[ok], w[ok])
        dens = gaussian_filter1d(lattice, h / ax.fine, mode="constant", truncate=5.0)
        dens /= len(self.points) * ax.fine
        with np.errstate(divide="ignore"):
            return np.log(np.maximum(ax.take(dens, 0), 0))

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        n = int(n)
        # independent draws per coordinate: this is exactly what breaks the dependence
        i1, i2 = rng.integers(0, len(self.points), n), rng.integers(0, len(self.points), n)
        base = np.stack([self.points[i1, 0], self.points[i2, 1]], 1)
        return base + rng.normal(size=(n, 2)) * self.h

    @property
    def n_params(self) -> int:
        return self.points.size + 2

    def config(self) -> dict[str, Any]:
        return {"n_points": len(self.points)}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        return {"points": (int(config["n_points"]), 2), "h": (2,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"points": self.points.astype(np.float64), "h": self.h.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        if np.any(tensors["h"] <= 0):
            raise ValueError("bandwidths must be positive")
        self.points, self.h = tensors["points"].copy(), tensors["h"].copy()
        self.fitted = True


def bandwidth_text(value: str) -> str:
    """``--bandwidth``: scott, cv or a positive factor (kept as text, as typed)."""
    if value in ("scott", "cv"):
        return value
    try:
        ok = float(value) > 0 and math.isfinite(float(value))
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"'{value}' is not scott, cv or a number > 0")
    return value


def _kde(h: dict[str, Any], seed: int) -> KDEDensity:
    bw = h["bandwidth"]
    return KDEDensity(bandwidth=bw if bw in ("scott", "cv") else float(bw))


def _kde_label(h: dict[str, Any]) -> str:
    bw = h["bandwidth"]
    return f"KDE ({'held-out bandwidth' if bw == 'cv' else bw})"


FACTORIZED_FAMILY = Family(
    key="factorized", model=FactorizedDensity, label="Factorised (product of marginals)",
    short="Factorised", describe=lambda h: "Factorised",
    note="1D KDEs of each coordinate, multiplied.", ladder=lambda n: {},
)

KDE_FAMILY = Family(
    key="kde", model=KDEDensity, label="KDE", short="KDE", describe=_kde_label,
    note="A Gaussian kernel on every training point.",
    hypers=(Hyper("bandwidth", str, "scott", "kernel width: scott (Scott's rule), cv (the "
                  "factor of Scott's rule with the best validation likelihood) or a positive "
                  "factor times Scott's rule", label="bandwidth",
                  choices=(("scott", "Scott's rule of thumb"), ("cv", "best held-out likelihood")),
                  parse=bandwidth_text),),
    build_model=_kde, fit_info=lambda m: {"bandwidth_factor": m.factor},
    ladder=lambda n: {"bandwidth": "cv"}, class_map=lambda n: {}, reference=True,
)
