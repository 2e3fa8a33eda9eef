"""Scores of a fitted p_model and of its samples.

- NLL in nats per point; KL(p_data ‖ p_model) = NLL − H(p_data) where H is known.
- Sample diagnostics (the course notes' A / B / C): each sample is **off-support** (A: in
  the sea for the world map; where p_data is below the density of 99 % of real data for a
  toy set), **memorised** (B: closer to a training point than the 1st percentile of the
  training points' own nearest-neighbour distances) or **plausible** (C).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

OFF_SUPPORT, MEMORISED, PLAUSIBLE = 0, 1, 2
CATEGORY_NAMES = ("off-support", "memorised", "plausible")


@dataclass(frozen=True)
class SampleDiagnostics:
    category: np.ndarray  # [n] int: OFF_SUPPORT / MEMORISED / PLAUSIBLE
    memorise_radius: float
    support_rule: str

    @property
    def fractions(self) -> dict[str, float]:
        n = max(len(self.category), 1)
        return {name: float((self.category == i).sum() / n) for i, name in enumerate(CATEGORY_NAMES)}


def memorise_radius(train: np.ndarray, percentile: float = 1.0) -> float:
    """The ``percentile``-th percentile of training points' nearest-neighbour distances."""
    from scipy.spatial import cKDTree

    tree = cKDTree(train)
    d, _ = tree.query(train, k=2)
    return float(np.percentile(d[:, 1], percentile))


def support_threshold(log_p: Callable[[np.ndarray], np.ndarray], data: np.ndarray,
                      percentile: float = 1.0) -> float:
    """log-density below which a point counts as off the support: the ``percentile``-th
    percentile of log p over real data points."""
    return float(np.percentile(log_p(data), percentile))


def diagnose_samples(samples: np.ndarray, train: np.ndarray,
                     on_support: Callable[[np.ndarray], np.ndarray], support_rule: str,
                     radius: float | None = None) -> SampleDiagnostics:
    """Classify each sample as off-support, memorised or plausible (in that priority)."""
    radius = memorise_radius(train) if radius is None else radius
    from scipy.spatial import cKDTree

    d, _ = cKDTree(train).query(samples, k=1)
    cat = np.full(len(samples), PLAUSIBLE)
    cat[d < radius] = MEMORISED
    cat[~on_support(samples)] = OFF_SUPPORT
    return SampleDiagnostics(cat, radius, support_rule)


def nll(log_prob: np.ndarray) -> float:
    """Mean negative log-likelihood (nats); +inf when any point has zero density."""
    return float(-np.mean(log_prob))


def energy_distance(a: np.ndarray, b: np.ndarray, max_n: int = 4000, seed: int = 0) -> float:
    """Energy distance 2E‖X−Y‖ − E‖X−X'‖ − E‖Y−Y'‖ (V-statistic) between samples."""
    rng = np.random.default_rng(seed)
    a = a[rng.permutation(len(a))[:max_n]]
    b = b[rng.permutation(len(b))[:max_n]]

    def mean_dist(u: np.ndarray, v: np.ndarray) -> float:
        total = 0.0
        for i in range(0, len(u), 500):
            total += np.sqrt(((u[i:i + 500, None, :] - v[None]) ** 2).sum(-1)).sum()
        return total / (len(u) * len(v))

    return float(2 * mean_dist(a, b) - mean_dist(a, a) - mean_dist(b, b))
