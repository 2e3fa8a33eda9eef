"""The naive-Bayes lesson: a product of independent per-pixel Bernoullis (numpy only).

    p(x) = Π_i p_i^{x_i} (1 − p_i)^{1 − x_i}          x ∈ {0, 1}^{H·W}

==========  ==============  ===================================================
code        symbol          shape / meaning
==========  ==============  ===================================================
``p``       p_i             [H·W] probability that pixel i is on
``alpha``   α               Beta(α, α) prior on each p_i (α = 1: Laplace)
``x``       x               [N, H, W] binary images (0/1 as float)
==========  ==============  ===================================================

Fit (closed form): with k_i ones among n training images, the maximum-likelihood estimate
is p_i = k_i / n; with the Beta(α, α) prior the posterior mean is

    p_i = (k_i + α) / (n + 2α)                       (α = 1: Laplace's rule of succession)

which keeps every p_i strictly inside (0, 1), so a test image with a pixel that was never
on in training has a finite likelihood. Exact NLL in nats per image:

    −log p(x) = −Σ_i [x_i log p_i + (1 − x_i) log(1 − p_i)];   bits/dim = NLL / (H·W·ln 2).

The model knows nothing of strokes: every pixel is drawn on its own, so its samples are a
grey blur of all digits with salt-and-pepper noise — what the joint structure the other
models learn is worth. It is also a (trivial) step sampler: raster order like a PixelCNN,
where p(next pixel = 1) never depends on the pixels already drawn.
"""

from __future__ import annotations

import math
from typing import Any, Iterator

import numpy as np

from training.artifacts import register
from training.capabilities import Step

#: largest image the config may ask for (pixels; the check runs before anything is built)
MAX_PIXELS = 512 * 512
#: value of a not-yet-sampled pixel in the "image so far" panel (grey, as the PixelCNN's)
UNSAMPLED = 0.5


def _check(config: dict[str, Any]) -> tuple[tuple[int, int], float]:
    """Refuse a config no sane naive model has (before anything is allocated)."""
    shape = config.get("image_shape")
    if not isinstance(shape, (list, tuple)) or len(shape) != 2:
        raise ValueError(f"image_shape must be two sizes (H, W), not {shape!r}")
    h, w = (int(s) for s in shape)
    if not (1 <= h and 1 <= w and h * w <= MAX_PIXELS):
        raise ValueError(f"image_shape must be ≥ 1 × 1 and at most {MAX_PIXELS} pixels, "
                         f"not {h} × {w}")
    alpha = float(config.get("alpha", 1.0))
    if not (0 < alpha <= 1e3) or math.isnan(alpha):
        raise ValueError(f"alpha (the Beta prior's pseudo-count) must be in (0, 1000], "
                         f"not {alpha}")
    return (h, w), alpha


@register
class NaiveBernoulli:
    """Independent Bernoulli pixels (see the module docstring)."""

    kind = "factorised"
    family = "naive Bernoulli"
    is_points = False
    tractable = True
    step_names = ("image so far", "p(next pixel = 1)")
    step_panel_kinds = {"image so far": "image", "p(next pixel = 1)": "probability"}

    def __init__(self, image_shape: tuple[int, int] | list[int] = (28, 28),
                 alpha: float = 1.0) -> None:
        self.image_shape, self.alpha = _check({"image_shape": image_shape, "alpha": alpha})
        self.p = np.full(math.prod(self.image_shape), 0.5, np.float64)
        self.card: dict[str, Any] = {}

    # -- artifact protocol -------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {"image_shape": list(self.image_shape), "alpha": self.alpha}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        (h, w), _ = _check(config)
        return {"p": (h * w,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"p": self.p}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        p = np.array(tensors["p"], dtype=np.float64)
        if p.shape != self.p.shape:
            raise ValueError(f"p has shape {p.shape}, not {self.p.shape}")
        if not (np.isfinite(p).all() and (p > 0).all() and (p < 1).all()):
            raise ValueError("every pixel probability p must lie strictly between 0 and 1")
        self.p = p

    @property
    def n_params(self) -> int:
        return int(self.p.size)

    # -- fit and likelihood ------------------------------------------------------------------
    def fit(self, x_bin: np.ndarray) -> "NaiveBernoulli":
        """Posterior mean under Beta(α, α): p_i = (k_i + α) / (n + 2α) for binary images
        x_bin [n, H, W] (several binarisations of a set may be stacked: n counts them all)."""
        x = self._flat(x_bin)
        if len(x) == 0:
            raise ValueError("fit needs at least one image")
        k = x.sum(0, dtype=np.float64)
        self.p = (k + self.alpha) / (len(x) + 2 * self.alpha)
        return self

    def _flat(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, np.float64)
        if tuple(x.shape[1:]) != self.image_shape:
            raise ValueError(f"the model takes images {self.image_shape}, not "
                             f"{tuple(x.shape[1:])}")
        return x.reshape(len(x), -1)

    def nll(self, x: np.ndarray) -> np.ndarray:
        """Exact −log p(x) in nats per image [N] of binary images x [N, H, W]."""
        x = self._flat(x)
        return -(x @ np.log(self.p) + (1 - x) @ np.log1p(-self.p))

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        return -self.nll(x)

    def bits_per_dim(self, nll_nats: float) -> float:
        return float(nll_nats) / (math.prod(self.image_shape) * math.log(2))

    def entropy(self) -> float:
        """H(p_model) in nats per image: Σ_i of the Bernoulli entropies (the NLL it expects
        of its own samples)."""
        p = self.p
        return float(-(p * np.log(p) + (1 - p) * np.log1p(-p)).sum())

    # -- sampling ----------------------------------------------------------------------------
    def _uniforms(self, n: int, seed: int) -> np.ndarray:
        return np.random.default_rng(seed).random((int(n), math.prod(self.image_shape)))

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """n binary images [n, H, W]: x_i ~ Bernoulli(p_i), every pixel on its own."""
        u = self._uniforms(n, seed)
        return (u < self.p).astype(np.float32).reshape(int(n), *self.image_shape)

    def iter_steps(self, n: int, seed: int = 0, **_options: Any) -> Iterator[Step]:
        """Raster order, one :class:`Step` per pixel, the same panels as the PixelCNN's; the
        last step's image equals :meth:`sample` (n, seed). p(next pixel = 1) is p_i whatever
        was drawn before: the factorised model conditions on nothing."""
        h, w = self.image_shape
        n = int(n)
        u = self._uniforms(n, seed)
        x = np.full((n, h * w), UNSAMPLED, np.float32)
        heat = np.broadcast_to(self.p.astype(np.float32), (n, h * w)).copy()
        total = h * w
        for i in range(total):
            if i:  # the heat map covers the pixels still to draw, this one included
                heat[:, i - 1] = np.nan
            x[:, i] = (u[:, i] < self.p[i]).astype(np.float32)
            r, c = divmod(i, w)
            yield Step(i, total, f"pixel {i + 1} of {total} (row {r + 1}, column {c + 1}): "
                       f"x ~ Bernoulli(p = {self.p[i]:.2f}), whatever came before",
                       {"image so far": x.reshape(n, h, w).copy(),
                        "p(next pixel = 1)": heat.reshape(n, h, w).copy()},
                       {"pixel": (r, c), "row": r, "column": c, "p_mean": float(self.p[i])})

    def test_output(self) -> list[np.ndarray]:
        """What :func:`training.artifacts.load` runs once after loading."""
        return [self.nll(np.zeros((1, *self.image_shape))), self.sample(1, seed=0)]
