"""A 2D autoregressive density on a grid: p(x) = p(x₁) · p(x₂ | x₁) over d × d cells.

The box [lo, hi] is the bounding box of the training and validation points grown by
``MARGIN`` of its size on every side, cut into d bins per axis (cell widths
w_j = (hi_j − lo_j) / d). A point x in the box falls in the cell (b₁, b₂), b_j = ⌊(x_j − lo_j)
/ w_j⌋, and

    log p(x) = log P(b₁) + log P(b₂ | b₁) − log(w₁ w₂)                   (exact)

with P(b₁) = softmax(θ)_{b₁}, a categorical over d bins (d free logits), and
P(· | b₁) = softmax(MLP(φ(u_{b₁}))), an MLP of the bin's centre u ∈ (−1, 1) with Fourier
features φ(u) = (u, sin(π 2ᵏ u), cos(π 2ᵏ u))_{k < F} (the neighbouring bins share
strength, unlike a table of d² numbers). The density is piecewise constant on the cells and
integrates to exactly 1 over the box: Σ_{b₁,b₂} P(b₁) P(b₂|b₁) w₁w₂ / (w₁w₂) = 1. Outside
the box p = 0 and ``log_prob`` is −∞ (no floor): a held-out point outside gives an
infinite NLL, as the uniform box's does. The −log(w₁w₂) term makes the NLL a density in
nats per point, comparable with the continuous families.

Sampling is ancestral: b₁ ~ P(b₁), b₂ ~ P(· | b₁), then x uniform in the cell.

Training (:class:`ARTrainer`, the loop of :class:`~training.density.trainer.GradientTrainer`)
minimises the mean NLL of mini-batches by Adam; the whole d × d table of log-probabilities
costs one MLP pass over the d bin centres per step, whatever the batch size. Points of a
fresh mini-batch that fall outside the box are left out of that step's loss (the model
learns p_data restricted to the box). The last layer starts at zero, so the untrained
model is uniform on the box.

Shapes: points ``[N, 2]``; ``log_prob`` returns ``[N]`` (float64, nats).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch
from torch import nn

from training.artifacts import register
from training.density.base import DensityModel, as_points
from training.density.trainer import GradientTrainer

#: the box extends this fraction of the data's extent beyond it on every side
MARGIN = 0.05
MAX_BINS = 1024


class _ARNet(nn.Module):
    def __init__(self, bins: int, hidden: int, fourier: int) -> None:
        super().__init__()
        self.bins, self.fourier = bins, fourier
        self.register_buffer("lo", torch.zeros(2, dtype=torch.float64))
        self.register_buffer("hi", torch.ones(2, dtype=torch.float64))
        self.marginal = nn.Parameter(torch.zeros(bins))  # logits θ of P(b₁)
        self.cond = nn.Sequential(
            nn.Linear(1 + 2 * fourier, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
            nn.Linear(hidden, bins),
        )
        nn.init.zeros_(self.cond[-1].weight)
        nn.init.zeros_(self.cond[-1].bias)

    def features(self) -> torch.Tensor:
        """φ(u) of the d bin centres u ∈ (−1, 1): [d, 1 + 2F]."""
        u = (torch.arange(self.bins, dtype=torch.float32) + 0.5) / self.bins * 2 - 1
        freq = math.pi * 2.0 ** torch.arange(self.fourier, dtype=torch.float32)
        a = u[:, None] * freq[None]
        return torch.cat([u[:, None], torch.sin(a), torch.cos(a)], 1)

    def log_table(self, dtype=torch.float32) -> torch.Tensor:
        """log P(b₁, b₂) for every cell: [d, d] (rows b₁, columns b₂)."""
        cond = self.cond(self.features()).to(dtype)
        return torch.log_softmax(self.marginal.to(dtype), 0)[:, None] + torch.log_softmax(cond, 1)

    def log_cell_area(self) -> torch.Tensor:
        return torch.log((self.hi - self.lo) / self.bins).sum()

    def cells(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Cell indices [N, 2] (clamped into the grid) and whether each point is in the box."""
        u = (x.double() - self.lo) / (self.hi - self.lo) * self.bins
        inside = ((u >= 0) & (u <= self.bins)).all(1)
        idx = u.nan_to_num(0.0).floor().clamp(0, self.bins - 1).long()
        return idx, inside


@register
class AutoregressiveDensity(DensityModel):
    """p(x₁) · p(x₂ | x₁) on a d × d grid of the data's box; see the module docstring."""

    family = "Autoregressive p(x₁) p(x₂ | x₁) on a grid"

    def __init__(self, bins: int = 64, hidden: int = 64, fourier: int = 4, seed: int = 0) -> None:
        super().__init__()
        self.bins, self.hidden, self.fourier, self.seed = int(bins), int(hidden), int(fourier), int(seed)
        if not (2 <= self.bins <= MAX_BINS and self.hidden >= 1 and 0 <= self.fourier <= 16):
            raise ValueError(f"2 ≤ bins ≤ {MAX_BINS}, hidden ≥ 1 and 0 ≤ fourier ≤ 16 are required")
        # the initial weights are a function of the config alone (see FlowDensity)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(self.seed)
            self.net = _ARNet(self.bins, self.hidden, self.fourier)
        self.net.eval()

    # ---------------------------------------------------------------- the interface
    def fit(self, x: np.ndarray, **kwargs: Any) -> "AutoregressiveDensity":
        """Train by maximum likelihood; keyword arguments go to :class:`ARTrainer`."""
        ARTrainer(self, x, **kwargs).run()
        return self

    @torch.no_grad()
    def log_table(self) -> np.ndarray:
        """log P(b₁, b₂) [d, d] in float64 (the softmaxes taken in float64)."""
        return self.net.log_table(torch.float64).numpy()

    @property
    def box(self) -> tuple[np.ndarray, np.ndarray]:
        return self.net.lo.numpy().copy(), self.net.hi.numpy().copy()

    @property
    def log_cell_area(self) -> float:
        lo, hi = self.box
        return float(np.log((hi - lo) / self.bins).sum())

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        """Exact: log P(b₁) + log P(b₂ | b₁) − log(cell area); −∞ outside the box."""
        x = as_points(x)
        lo, hi = self.box
        d = self.bins
        with np.errstate(invalid="ignore"):
            u = (x - lo) * (d / (hi - lo))
            inside = np.all((u >= 0) & (u <= d), axis=1)
        i = np.clip(np.floor(np.nan_to_num(u, nan=0.0, posinf=d, neginf=0.0)), 0, d - 1).astype(np.intp)
        out = self.log_table()[i[:, 0], i[:, 1]] - self.log_cell_area
        return np.where(inside, out, -np.inf)

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """Ancestral: b₁ ~ P(b₁), b₂ ~ P(· | b₁), then uniform within the cell."""
        n = int(n)
        rng = np.random.default_rng(seed)
        table = self.log_table()
        top = table.max()
        joint = np.exp(table - top)
        marg = joint.sum(1)
        b1 = rng.choice(self.bins, size=n, p=marg / marg.sum())
        cdf = np.cumsum(joint, 1)
        u = rng.random(n)
        b2 = np.empty(n, dtype=np.intp)
        for j in np.unique(b1):
            at = b1 == j
            b2[at] = np.searchsorted(cdf[j], u[at] * cdf[j, -1], side="right")
        b2 = np.minimum(b2, self.bins - 1)
        lo, hi = self.box
        w = (hi - lo) / self.bins
        return lo + (np.stack([b1, b2], 1) + rng.random((n, 2))) * w

    @property
    def n_params(self) -> int:
        return sum(p.numel() for p in self.net.parameters())

    def config(self) -> dict[str, Any]:
        return {"bins": self.bins, "hidden": self.hidden, "fourier": self.fourier, "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        d, h = int(config["bins"]), int(config["hidden"])
        f = 1 + 2 * int(config["fourier"])
        return {"lo": (2,), "hi": (2,), "marginal": (d,),
                "cond.0.weight": (h, f), "cond.0.bias": (h,),
                "cond.2.weight": (h, h), "cond.2.bias": (h,),
                "cond.4.weight": (d, h), "cond.4.bias": (d,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {k: v.detach().cpu().numpy().copy() for k, v in self.net.state_dict().items()}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        lo, hi = np.asarray(tensors["lo"]), np.asarray(tensors["hi"])
        if not (np.all(np.isfinite(lo)) and np.all(np.isfinite(hi)) and np.all(hi > lo)):
            raise ValueError("the grid's box must have finite corners with hi > lo")
        self.net.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in tensors.items()})
        self.net.eval()
        self.fitted = True

    # -- what GradientTrainer asks of the model ---------------------------------------------
    def prepare(self, trainer: GradientTrainer) -> None:
        """The box: the training (and held-out) points' bounding box plus the margin."""
        pts = trainer.x if trainer.x_val is None else torch.cat([trainer.x, trainer.x_val])
        lo, hi = pts.double().min(0).values, pts.double().max(0).values
        pad = MARGIN * (hi - lo)
        self.net.lo.copy_(lo - pad)
        self.net.hi.copy_(hi + pad)

    def batch_nll(self, batch: torch.Tensor) -> torch.Tensor:
        """Mean NLL (nats) of the batch points inside the box (differentiable)."""
        idx, inside = self.net.cells(batch)
        table = self.net.log_table()
        if not bool(inside.any()):
            return table.sum() * 0.0  # no point in the box: no gradient, no loss
        idx = idx[inside]
        lp = table[idx[:, 0], idx[:, 1]] - self.net.log_cell_area().float()
        return -lp.mean()


class ARTrainer(GradientTrainer):
    """Maximum-likelihood training of an :class:`AutoregressiveDensity` (Adam with cosine
    decay, held-out early stopping, fresh batches from a generator if given; see
    :class:`~training.density.trainer.GradientTrainer`)."""

    def check(self, x: np.ndarray) -> np.ndarray:
        from training.data.checks import check_points

        # a line has a box of zero area: refused by name, not found as a NaN later
        return check_points(x, "the training points", need_2d=True, precision="float32")
