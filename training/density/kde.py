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
from scipy.ndimage import gaussian_filter
from scipy.special import logsumexp

from training.artifacts import register
from training.density.base import DensityModel, as_points

CV_FACTORS = tuple(float(f) for f in np.geomspace(0.1, 1.5, 15))


def _exact_log_kde(x: np.ndarray, pts: np.ndarray, h: np.ndarray, chunk: int = 2048) -> np.ndarray:
    """log (1/n) Σ_i Π_j N(x_j; pts_ij, h_j²) for x [N, d], pts [n, d], h [d]."""
    n, d = pts.shape
    const = -math.log(n) - d * 0.5 * math.log(2 * math.pi) - float(np.log(h).sum())
    ps = pts / h
    p2 = (ps**2).sum(1)
    out = np.empty(len(x))
    for i in range(0, len(x), chunk):
        xs = x[i : i + chunk] / h
        d2 = (xs**2).sum(1)[:, None] + p2[None] - 2 * xs @ ps.T
        out[i : i + chunk] = logsumexp(-0.5 * np.maximum(d2, 0), axis=1) + const
    return out


def scott_bandwidth(x: np.ndarray, factor: float = 1.0) -> np.ndarray:
    n, d = x.shape
    std = x.std(0)
    std = np.where(std > 0, std, 1.0)
    return factor * std * n ** (-1.0 / (d + 4))


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
        self.points = x.copy()
        if self.bandwidth == "cv":
            if x_val is None:
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
        filter, then the lattice values at the requested centres.
        """
        cell = np.array([(x1 - x0) / res, (y1 - y0) / res])
        k = np.maximum(1, np.ceil(cell / (self.h / 3))).astype(int)
        k = np.where(k % 2 == 0, k + 1, k)
        k = np.minimum(k, np.maximum(1, 4096 // res) | 1)
        fine = cell / k
        margin = np.ceil(4 * self.h / fine).astype(int)  # lattice cells beyond the view
        shape = (res * k + 2 * margin).astype(int)  # (nx, ny)
        origin = np.array([x0, y0]) - margin * fine + fine / 2  # centre of lattice cell 0
        u = (self.points - origin) / fine  # fractional lattice coordinates
        i0 = np.floor(u).astype(int)
        frac = u - i0
        grid = np.zeros((shape[1], shape[0]))  # rows y, columns x
        for dx in (0, 1):
            for dy in (0, 1):
                w = (frac[:, 0] if dx else 1 - frac[:, 0]) * (frac[:, 1] if dy else 1 - frac[:, 1])
                ix, iy = i0[:, 0] + dx, i0[:, 1] + dy
                ok = (ix >= 0) & (ix < shape[0]) & (iy >= 0) & (iy < shape[1])
                np.add.at(grid, (iy[ok], ix[ok]), w[ok])
        dens = gaussian_filter(grid, sigma=(self.h[1] / fine[1], self.h[0] / fine[0]),
                               mode="constant", truncate=5.0)
        dens /= len(self.points) * fine[0] * fine[1]
        rows = margin[1] + k[1] // 2 + k[1] * np.arange(res)
        cols = margin[0] + k[0] // 2 + k[0] * np.arange(res)
        out = dens[np.ix_(rows, cols)]
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
        self.points = x.copy()
        std = x.std(0)
        std = np.where(std > 0, std, 1.0)
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
        cell = (hi - lo) / res
        k = max(1, int(np.ceil(cell / (h / 3))))
        k += (k + 1) % 2  # odd, so every requested centre is a lattice centre
        fine = cell / k
        margin = int(np.ceil(5 * h / fine))
        n = res * k + 2 * margin
        u = (self.points[:, j] - (lo - margin * fine + fine / 2)) / fine
        i0 = np.floor(u).astype(int)
        frac = u - i0
        lattice = np.zeros(n)
        for di, w in ((0, 1 - frac), (1, frac)):
            idx = i0 + di
            ok = (idx >= 0) & (idx < n)
            np.add.at(lattice, idx[ok], w[ok])
        dens = gaussian_filter1d(lattice, h / fine, mode="constant", truncate=5.0)
        dens /= len(self.points) * fine
        with np.errstate(divide="ignore"):
            return np.log(np.maximum(dens[margin + k // 2 + k * np.arange(res)], 0))

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

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"points": self.points.astype(np.float64), "h": self.h.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        if np.any(tensors["h"] <= 0):
            raise ValueError("bandwidths must be positive")
        self.points, self.h = tensors["points"].copy(), tensors["h"].copy()
        self.fitted = True
