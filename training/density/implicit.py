"""A 2D model that can sample but has no tractable density, shown as a density anyway.

A GAN draws samples but gives no ``log_prob`` on points. To put such a model on the same
canvas as the explicit families, :class:`SampleDensity` draws ``n_samples`` points once and
shows a kernel density estimate *of its samples*. A 2D DDPM has a likelihood, by the
probability-flow ODE, but at ~7 ms per point: :class:`ODEDensity` scores it with the ODE
and keeps the samples' estimate for the heat map.
The estimate is a picture of where the samples fall, not the model's likelihood: it is
flagged ``tractable = False``, and the scoreboard leaves the likelihood columns empty
(sample-based figures — off-support, memorised, plausible — are filled as for any model).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training.density.kde import KDEDensity


class SampleDensity:
    """Wrap ``model`` (anything with ``sample(n, seed=…) -> [n, 2]``).

    Parameters
    ----------
    model : the sampler (e.g. a 2D :class:`~training.diffusion.DiffusionModel`).
    n_samples : how many samples the density estimate is built from.
    seed : the seed of those samples.
    """

    tractable = False
    #: the scoreboard's likelihood cells (a DDPM has a density, but not a tractable one)
    likelihood_short = "n/a: intractable"
    likelihood_note = ("no tractable likelihood: the heatmap is a kernel density estimate "
                       "of the model's samples, not its log-likelihood")

    def __init__(self, model: Any, n_samples: int = 4000, seed: int = 0) -> None:
        self.model = model
        # a model that says why it has no likelihood (a GAN: implicit) keeps its own words
        for attr in ("likelihood_short", "likelihood_note"):
            if isinstance(getattr(model, attr, None), str):
                setattr(self, attr, getattr(model, attr))
        pool = np.asarray(model.sample(int(n_samples), seed=int(seed)), dtype=np.float64)
        if pool.ndim != 2 or pool.shape[1] != 2:
            raise ValueError(f"the model's samples have shape {pool.shape}, not (n, 2)")
        finite = np.isfinite(pool).all(1)
        if finite.sum() < 2:
            raise ValueError("the model drew fewer than 2 finite samples")
        self.pool = pool[finite]
        self.estimate = KDEDensity().fit(self.pool)
        self.seed = int(seed)

    @property
    def n_params(self) -> int:
        n = getattr(self.model, "n_params", 0)
        return int(n() if callable(n) else n)

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        """log of the samples' kernel density estimate at ``x`` (an estimate, see above)."""
        return self.estimate.log_prob(x)

    def log_prob_grid(self, x0: float, x1: float, y0: float, y1: float, res: int) -> np.ndarray:
        return self.estimate.log_prob_grid(x0, x1, y0, y1, res)

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """Samples of the model itself (the drawn pool when it is large enough)."""
        if int(seed) == self.seed and n <= len(self.pool):
            return self.pool[:n].copy()
        return np.asarray(self.model.sample(int(n), seed=int(seed)), dtype=np.float64)


class ODEDensity(SampleDensity):
    """A 2D DDPM on the canvas: its likelihood by the probability-flow ODE, its heat map
    from samples.

    ``log_prob`` is the model's own (exact up to the ODE solver's error,
    :mod:`training.diffusion.likelihood`) with ``steps`` RK4 steps; the app scores at most
    ``score_points`` points of each split with it (≈ 7 ms per point and 50 steps on one
    core, so the 128² canvas grid would take minutes): the heat map stays the kernel density
    estimate of ``n_samples`` samples (``heatmap_from_samples``).
    """

    tractable = True
    heatmap_from_samples = True
    score_points = 1000
    likelihood_short = "PF-ODE"

    def __init__(self, model: Any, n_samples: int = 4000, seed: int = 0, steps: int = 50) -> None:
        super().__init__(model, n_samples, seed)
        self.steps = int(steps)
        self.likelihood_short = getattr(model, "likelihood_method", "PF-ODE")
        self.likelihood_note = (
            f"log-likelihood by the probability-flow ODE (exact up to the ODE solver's "
            f"error: RK4, {self.steps} steps, exact divergence), on the first "
            f"{self.score_points:,} points of each split; the heatmap is a kernel density "
            f"estimate of {len(self.pool):,} samples")

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        """log p_model(x) by the probability-flow ODE (slow: ~7 ms per point)."""
        return self.model.log_prob(np.asarray(x, dtype=np.float64), steps=self.steps)


def is_2d_sampler(model: Any) -> bool:
    """A model that draws 2D points but has no tractable density (a 2D DDPM, a GAN)."""
    from training.capabilities import is_2d_sampler as _is

    return not isinstance(model, SampleDensity) and _is(model)


def has_slow_density(model: Any) -> bool:
    """A 2D density whose ``log_prob`` is too slow for the canvas grid (a 2D DDPM: the
    probability-flow ODE): shown through :class:`ODEDensity`."""
    from training.capabilities import has_density_2d

    return (not isinstance(model, SampleDensity) and has_density_2d(model)
            and bool(getattr(model, "slow_log_prob", False)))
