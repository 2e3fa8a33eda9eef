"""The eight classic 2D toy sets, with the definitions of the FFJORD paper's experiments.

Every generator takes an explicit ``numpy.random.Generator`` so that ``(n, seed)`` fixes the
sample. Each returns ``(x[n, 2] float64, labels[n] int)``: the label is the mixture
component / class / arm a point was drawn from (useful for the generative → discriminative
lesson). Where the density is known in closed form (8gaussians, checkerboard) the source
also gives ``true_log_prob``; the entropy H is then known (checkerboard: ln 32 nats) or
estimated by Monte Carlo, and KL(p_data ‖ p_model) = NLL − H.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

Generator = Callable[[int, np.random.Generator], tuple[np.ndarray, np.ndarray]]



def logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    """log Σ exp(a) along ``axis``, stable (numpy only: importing scipy.special costs the
    app's start 0.2 s)."""
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore"):
        return np.log(np.sum(np.exp(a - m), axis=axis)) + np.squeeze(m, axis=axis)

def _swissroll(n, rng):
    # sklearn's make_swiss_roll(noise=1.0), columns (x, z), scaled by 1/5.
    t = 1.5 * np.pi * (1 + 2 * rng.random(n))
    x = t * np.cos(t)
    z = t * np.sin(t)
    pts = np.stack([x, z], 1) + rng.normal(size=(n, 2))
    labels = np.minimum(((t - 1.5 * np.pi) / (3 * np.pi) * 3).astype(int), 2)
    return pts / 5.0, labels


def _circles(n, rng):
    # sklearn's make_circles(factor=0.5, noise=0.08), scaled by 3.
    n_out = n // 2
    n_in = n - n_out
    a_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    a_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    pts = np.concatenate(
        [np.stack([np.cos(a_out), np.sin(a_out)], 1), 0.5 * np.stack([np.cos(a_in), np.sin(a_in)], 1)]
    )
    labels = np.concatenate([np.zeros(n_out, int), np.ones(n_in, int)])
    pts = pts + rng.normal(scale=0.08, size=pts.shape)
    perm = rng.permutation(n)
    return 3.0 * pts[perm], labels[perm]


def _rings(n, rng):
    # Four concentric rings of radius 3, 2.25, 1.5, 0.75 with Gaussian noise 0.08.
    sizes = [n // 4] * 3
    sizes.insert(0, n - sum(sizes))
    parts, labels = [], []
    for k, (m, r) in enumerate(zip(sizes, (1.0, 0.75, 0.5, 0.25))):
        a = np.linspace(0, 2 * np.pi, m, endpoint=False)
        parts.append(3.0 * r * np.stack([np.cos(a), np.sin(a)], 1))
        labels.append(np.full(m, k))
    pts = np.concatenate(parts)
    labels = np.concatenate(labels)
    perm = rng.permutation(n)
    pts = pts[perm] + rng.normal(scale=0.08, size=pts.shape)
    return pts, labels[perm]


def _moons(n, rng):
    # sklearn's make_moons(noise=0.1), then x * 2 + (-1, -0.2).
    n_out = n // 2
    n_in = n - n_out
    a_out = np.linspace(0, np.pi, n_out)
    a_in = np.linspace(0, np.pi, n_in)
    pts = np.concatenate(
        [
            np.stack([np.cos(a_out), np.sin(a_out)], 1),
            np.stack([1 - np.cos(a_in), 1 - np.sin(a_in) - 0.5], 1),
        ]
    )
    labels = np.concatenate([np.zeros(n_out, int), np.ones(n_in, int)])
    pts = pts + rng.normal(scale=0.1, size=pts.shape)
    perm = rng.permutation(n)
    return pts[perm] * 2 + np.array([-1.0, -0.2]), labels[perm]


_S2 = 1.0 / math.sqrt(2)
_8G_CENTERS = (
    4.0
    * np.array(
        [(1, 0), (-1, 0), (0, 1), (0, -1), (_S2, _S2), (_S2, -_S2), (-_S2, _S2), (-_S2, -_S2)]
    )
    / 1.414
)
_8G_STD = 0.5 / 1.414


def _8gaussians(n, rng):
    idx = rng.integers(0, 8, size=n)
    pts = _8G_CENTERS[idx] + _8G_STD * rng.normal(size=(n, 2))
    return pts, idx


def _8gaussians_log_prob(x):
    d2 = ((x[:, None, :] - _8G_CENTERS[None]) ** 2).sum(-1)
    log_comp = -0.5 * d2 / _8G_STD**2 - math.log(2 * math.pi * _8G_STD**2)
    return logsumexp(log_comp, axis=1) - math.log(8)


#: grid25: the 5 × 5 grid of Gaussians of the mode-collapse papers (unrolled GAN, VEEGAN,
#: PacGAN use centres {−4, −2, 0, 2, 4}², σ = 0.05); here scaled by 0.75 to this project's
#: toy range: centres {−3, −1.5, 0, 1.5, 3}², σ = 0.1 (15 σ between neighbours).
_G25_CENTERS = 0.75 * np.array([(a, b) for a in (-4, -2, 0, 2, 4) for b in (-4, -2, 0, 2, 4)],
                               dtype=np.float64)
_G25_STD = 0.1


def _grid25(n, rng):
    idx = rng.integers(0, 25, size=n)
    return _G25_CENTERS[idx] + _G25_STD * rng.normal(size=(n, 2)), idx


def _grid25_log_prob(x):
    """Exact: log (1/25) Σ_k N(x; c_k, σ² I)."""
    d2 = ((x[:, None, :] - _G25_CENTERS[None]) ** 2).sum(-1)
    log_comp = -0.5 * d2 / _G25_STD**2 - math.log(2 * math.pi * _G25_STD**2)
    return logsumexp(log_comp, axis=1) - math.log(25)


def _pinwheel(n, rng):
    radial_std, tangential_std, num_classes, rate = 0.3, 0.1, 5, 0.25
    rads = np.linspace(0, 2 * np.pi, num_classes, endpoint=False)
    labels = rng.integers(0, num_classes, size=n)
    feats = rng.normal(size=(n, 2)) * np.array([radial_std, tangential_std])
    feats[:, 0] += 1.0
    angles = rads[labels] + rate * np.exp(feats[:, 0])
    c, s = np.cos(angles), np.sin(angles)
    rot = np.stack([np.stack([c, -s], -1), np.stack([s, c], -1)], -2)  # (n, 2, 2)
    return 2 * np.einsum("ti,tij->tj", feats, rot), labels


def _2spirals(n, rng):
    half = n // 2
    m = n - half
    t = np.sqrt(rng.random((m, 1))) * 540 * (2 * np.pi) / 360
    d1x = -np.cos(t) * t + rng.random((m, 1)) * 0.5
    d1y = np.sin(t) * t + rng.random((m, 1)) * 0.5
    arm = np.hstack([d1x, d1y])
    pts = np.vstack([arm, -arm[:half]]) / 3
    pts = pts + rng.normal(size=pts.shape) * 0.1
    labels = np.concatenate([np.zeros(m, int), np.ones(half, int)])
    return pts, labels


def _checkerboard(n, rng):
    x1 = rng.random(n) * 4 - 2
    x2_ = rng.random(n) - rng.integers(0, 2, n) * 2
    x2 = x2_ + (np.floor(x1) % 2)
    pts = np.stack([x1, x2], 1) * 2
    labels = (np.floor(x1) + 2).astype(int)  # the column of squares, 0..3
    return pts, labels


def _checkerboard_log_prob(x):
    u = x / 2.0
    inside = (np.abs(u[:, 0]) <= 2) & (np.abs(u[:, 1]) <= 2)
    black = (np.floor(u[:, 0]) + np.floor(u[:, 1])) % 2 == 0
    # uniform on 8 unit squares scaled by 2: area 8 * 4 = 32
    return np.where(inside & black, -math.log(32.0), -np.inf)


# ---------------------------------------------------------------------------------------
# True densities by numerical quadrature. Each of these sets is a curve (or a mixture of
# curves) convolved with isotropic Gaussian noise, so p(x) = E_t[N(x; c(t), σ² I)] over the
# curve parameter t; we integrate over t on a fine grid (spacing ≪ σ) with logsumexp.


def _curve_log_prob(x, centres, log_w, sigma, chunk=4096):
    """log Σ_i w_i N(x; centres_i, σ² I) for x [N, 2], centres [M, 2], log_w [M]."""
    out = np.empty(len(x))
    const = -math.log(2 * math.pi * sigma**2)
    c2 = (centres**2).sum(1)
    for i in range(0, len(x), chunk):
        xc = x[i : i + chunk]
        # ‖x − c‖² = ‖x‖² + ‖c‖² − 2 x·c, as one matrix product
        d2 = (xc**2).sum(1)[:, None] + c2[None] - 2.0 * xc @ centres.T
        out[i : i + chunk] = logsumexp(log_w[None] - 0.5 * np.maximum(d2, 0) / sigma**2, axis=1) + const
    return out


def _arc(t, radius, centre=(0.0, 0.0)):
    return np.stack([centre[0] + radius * np.cos(t), centre[1] + radius * np.sin(t)], 1)


def _ring_log_prob(x, radii, sigma):
    """Uniform angle on circles of the given radii (equal weights) plus N(0, σ² I) noise:
    p(x) = mean_r exp(−(ρ² + r²)/2σ²) I₀(ρ r / σ²) / (2π σ²), with ρ = ‖x‖ — exact."""
    from scipy.special import i0e

    rho = np.hypot(x[:, 0], x[:, 1])[:, None]
    r = np.asarray(radii, dtype=np.float64)[None]
    z = rho * r / sigma**2
    # log I₀(z) = log i0e(z) + z, so the exponent becomes −(ρ − r)² / 2σ²
    terms = np.log(i0e(z)) - (rho - r) ** 2 / (2 * sigma**2)
    return logsumexp(terms, axis=1) - math.log(len(radii)) - math.log(2 * math.pi * sigma**2)


def _nodes(lo, hi, q):
    """Midpoint-rule nodes on [lo, hi]; q is chosen so that the spacing along the curve is
    below σ/8, where the rule's error for a Gaussian kernel is negligible."""
    return lo + (hi - lo) * (np.arange(q) + 0.5) / q


def _moons_log_prob(x):
    a = _nodes(0, np.pi, 400)
    outer = 2 * np.stack([np.cos(a), np.sin(a)], 1) + np.array([-1.0, -0.2])
    inner = 2 * np.stack([1 - np.cos(a), 1 - np.sin(a) - 0.5], 1) + np.array([-1.0, -0.2])
    centres = np.concatenate([outer, inner])
    return _curve_log_prob(x, centres, np.full(len(centres), -math.log(len(centres))), 0.2)


def _circles_log_prob(x):
    return _ring_log_prob(x, (3.0, 1.5), 0.24)


def _rings_log_prob(x):
    return _ring_log_prob(x, (3.0, 2.25, 1.5, 0.75), 0.08)


def _swissroll_log_prob(x):
    q = 1000
    t = _nodes(1.5 * np.pi, 4.5 * np.pi, q)
    centres = np.stack([t * np.cos(t), t * np.sin(t)], 1) / 5.0
    return _curve_log_prob(x, centres, np.full(q, -math.log(q)), 0.2)


def _2spirals_log_prob(x):
    # t = 3π √u: density 2t / (3π)² on [0, 3π]. Each arm point is (m(t) + U) / 3 + N(0, 0.1²)
    # with U uniform on [0, 0.5]²: per axis, uniform [0, 1/6] convolved with N(0, 0.1²).
    from scipy.special import ndtr

    q = 1500
    t = _nodes(0, 3 * np.pi, q)
    log_w = np.log(2 * t / (3 * np.pi) ** 2 * (3 * np.pi / q))
    m = np.stack([-np.cos(t) * t, np.sin(t) * t], 1) / 3
    sig, width = 0.1, 0.5 / 3
    out = np.empty(len(x))
    for i in range(0, len(x), 512):
        xc = x[i : i + 512]
        parts = []
        for sign in (1.0, -1.0):
            # mirrored arm: −(m + U) = −m − U, so U's box is [−1/6, 0]
            d = sign * xc[:, None, :] - m[None]  # [n, q, 2] offset from the arm's corner
            per_axis = ndtr(d / sig) - ndtr((d - width) / sig)
            log_axis = np.log(np.maximum(per_axis, 1e-300)) - math.log(width)
            parts.append(logsumexp(log_w[None] + log_axis.sum(-1), axis=1))
        out[i : i + 512] = np.logaddexp(parts[0], parts[1]) - math.log(2)
    return out


@dataclass(frozen=True)
class ToySource:
    """A 2D data source: a seeded generator, optionally with its true density."""

    name: str
    generate: Generator
    description: str
    true_log_prob: Callable[[np.ndarray], np.ndarray] | None = None
    exact_entropy: float | None = None
    label_names: tuple[str, ...] = field(default=())
    #: mode-structured sets (8gaussians, grid25): the mixture's centres ((x, y), …) and
    #: its components' standard deviation σ (the sample metrics' modes / 3σ rule)
    mode_centres: tuple[tuple[float, float], ...] = field(default=())
    mode_std: float | None = None

    @property
    def modes(self) -> np.ndarray | None:
        """The mode centres [K, 2], or None for a set without isolated modes."""
        return np.array(self.mode_centres, dtype=np.float64) if self.mode_centres else None

    def sample(self, n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """``n`` points and their labels, reproducible by ``seed``."""
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        x, y = self.generate(int(n), np.random.default_rng(seed))
        return np.ascontiguousarray(x, dtype=np.float64), np.asarray(y, dtype=np.int64)

    def entropy(self) -> float | None:
        """H(p_data) in nats: exact where known, else the Monte Carlo value −E[log p]
        precomputed by :func:`mc_entropy` (200,000 samples, standard error ≈ 0.003 nats);
        ``None`` when the density is unknown (pinwheel)."""
        if self.exact_entropy is not None:
            return self.exact_entropy
        return MC_ENTROPY.get(self.name)

    def mc_entropy(self, n: int = 200_000, seed: int = 12345) -> float:
        """Monte Carlo estimate −mean log p(x) over ``n`` fresh samples (slow for 2spirals)."""
        if self.true_log_prob is None:
            raise ValueError(f"{self.name} has no known density")
        x, _ = self.sample(n, seed)
        return float(-np.mean(self.true_log_prob(x)))


#: H in nats from ``ToySource.mc_entropy()`` (n = 200,000, seed 12345), computed once with
#: ``python -m training.data.toy``; tests re-check the cheap ones.
MC_ENTROPY = {
    "8gaussians": 2.8291,
    # grid25's exact H (its exact_entropy) is ln 25 + ln(2πe σ²) = 1.4516: the modes are
    # 15 σ apart and overlap by less than 1e-12; this Monte Carlo value agrees within 1 s.e.
    "grid25": 1.4487,
    "moons": 2.3912,
    "circles": 3.2675,
    "rings": 2.6217,
    "2spirals": 2.6445,
    "swissroll": 2.6687,
}


TOY_SOURCES: dict[str, ToySource] = {
    s.name: s
    for s in [
        ToySource(
            "8gaussians", _8gaussians, "eight Gaussians on a circle of radius 2.83, std 0.35",
            _8gaussians_log_prob, label_names=tuple(f"component {i}" for i in range(8)),
            mode_centres=tuple(map(tuple, _8G_CENTERS.tolist())), mode_std=_8G_STD,
        ),
        ToySource(
            "grid25", _grid25, "a 5×5 grid of Gaussians, centres −3 … 3 every 1.5, std 0.1",
            _grid25_log_prob, exact_entropy=math.log(25) + math.log(2 * math.pi * math.e * _G25_STD**2),
            label_names=tuple(f"component {i}" for i in range(25)),
            mode_centres=tuple(map(tuple, _G25_CENTERS.tolist())), mode_std=_G25_STD,
        ),
        ToySource(
            "checkerboard", _checkerboard, "uniform on the black squares of a 4×4 board of side 8",
            _checkerboard_log_prob, exact_entropy=math.log(32.0),
            label_names=tuple(f"column {i}" for i in range(4)),
        ),
        ToySource("moons", _moons, "two interleaved half circles, noise 0.2",
                  _moons_log_prob, label_names=("upper moon", "lower moon")),
        ToySource("circles", _circles, "two concentric circles, radii 3 and 1.5",
                  _circles_log_prob, label_names=("outer", "inner")),
        ToySource("rings", _rings, "four concentric rings, radii 3, 2.25, 1.5, 0.75",
                  _rings_log_prob, label_names=("ring 1", "ring 2", "ring 3", "ring 4")),
        ToySource("2spirals", _2spirals, "two interleaved spirals",
                  _2spirals_log_prob, label_names=("spiral A", "spiral B")),
        ToySource("swissroll", _swissroll, "a 2D swiss roll (x, z of sklearn's), noise 0.2",
                  _swissroll_log_prob, label_names=("inner turn", "middle turn", "outer turn")),
        ToySource("pinwheel", _pinwheel, "five curved blades",
                  label_names=tuple(f"blade {i}" for i in range(5))),
    ]
}


def _print_entropies() -> None:
    for _name, _src in TOY_SOURCES.items():
        if _src.true_log_prob is not None and _src.exact_entropy is None:
            print(f"{_name}: H = {_src.mc_entropy():.4f} nats")


if __name__ == "__main__":
    _print_entropies()
