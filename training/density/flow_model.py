"""A normalizing flow in 2D: rational-quadratic spline couplings (Durkan et al., 2019).

x (data) → standardise → L coupling layers → z ~ N(0, I). Layer ℓ transforms one coordinate
(alternating x₂, x₁, x₂, …) with a monotonic RQ spline whose K widths, K heights and K−1
derivatives are predicted by an MLP from the other coordinate, so the Jacobian is
triangular and

    log p(x) = log N(f(x); 0, I) + Σ_ℓ log |∂f_ℓ/∂u| − Σ_j log σ_j        (change of variables)

with σ the standardisation scale. Training maximises the mean log-likelihood of mini-batches
(equivalently minimises the NLL in nats), with Adam and a cosine learning-rate decay. The
conditioners' last layers start at zero, so the untrained flow is the identity on the
standardised data (a Gaussian fitted by moments).

Shapes: points are ``[N, 2]``; ``log_prob`` returns ``[N]`` in nats.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch
from torch import nn

from training.artifacts import register
from training.density.base import DensityModel, as_points
from training.density.spline import rq_spline
from training.density.trainer import GradientTrainer

_LOG_2PI = math.log(2 * math.pi)


class _Coupling(nn.Module):
    """Transforms coordinate ``target`` with a spline conditioned on the other one."""

    def __init__(self, target: int, bins: int, hidden: int, bound: float) -> None:
        super().__init__()
        self.target, self.bins, self.bound = target, bins, bound
        self.net = nn.Sequential(
            nn.Linear(1, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
            nn.Linear(hidden, 3 * bins - 1),
        )
        nn.init.zeros_(self.net[-1].weight)
        nn.init.zeros_(self.net[-1].bias)

    def _params(self, x: torch.Tensor):
        p = self.net(x[:, 1 - self.target : 2 - self.target])
        k = self.bins
        return p[:, :k], p[:, k : 2 * k], p[:, 2 * k :]

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """data side → base side; returns (y, log|det J|)."""
        y_t, ld = rq_spline(x[:, self.target], *self._params(x), self.bound)
        return self._put(x, y_t), ld

    def inverse(self, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        x_t, ld = rq_spline(y[:, self.target], *self._params(y), self.bound, inverse=True)
        return self._put(y, x_t), ld

    def _put(self, x: torch.Tensor, col: torch.Tensor) -> torch.Tensor:
        cols = [x[:, 0], col] if self.target == 1 else [col, x[:, 1]]
        return torch.stack(cols, 1)


class _FlowNet(nn.Module):
    def __init__(self, n_layers: int, bins: int, hidden: int, bound: float) -> None:
        super().__init__()
        self.register_buffer("shift", torch.zeros(2))
        self.register_buffer("scale", torch.ones(2))
        self.layers = nn.ModuleList(
            _Coupling(1 - i % 2, bins, hidden, bound) for i in range(n_layers)
        )

    def to_base(self, x: torch.Tensor, upto: int | None = None):
        """Push ``x`` through the standardisation and the first ``upto`` layers."""
        z = (x - self.shift) / self.scale
        logdet = -torch.log(self.scale).sum().expand(len(x))
        for layer in self.layers[: len(self.layers) if upto is None else upto]:
            z, ld = layer(z)
            logdet = logdet + ld
        return z, logdet

    def from_base(self, z: torch.Tensor, upto: int | None = None) -> torch.Tensor:
        """Invert the last layers down to layer ``upto`` (all by default), then un-standardise."""
        start = 0 if upto is None else upto
        for layer in reversed(self.layers[start:]):
            z, _ = layer.inverse(z)
        if upto is None or upto == 0:
            return z * self.scale + self.shift
        return z

    def log_prob(self, x: torch.Tensor) -> torch.Tensor:
        z, logdet = self.to_base(x)
        return -0.5 * (z**2).sum(1) - _LOG_2PI + logdet


@register
class FlowDensity(DensityModel):
    """RQ-spline coupling flow; see the module docstring."""

    family = "Normalizing flow (RQ splines)"

    def __init__(self, n_layers: int = 8, bins: int = 16, hidden: int = 128, bound: float = 4.0,
                 seed: int = 0) -> None:
        super().__init__()
        self.n_layers, self.bins, self.hidden, self.bound = int(n_layers), int(bins), int(hidden), float(bound)
        self.seed = int(seed)
        if self.n_layers < 1 or self.bins < 2 or self.hidden < 1 or self.bound <= 0:
            raise ValueError("n_layers ≥ 1, bins ≥ 2, hidden ≥ 1 and bound > 0 are required")
        # the initial weights are a function of the config alone (torch's global seed is
        # random at start-up), so that the same command re-makes the same model
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(self.seed)
            self.net = _FlowNet(self.n_layers, self.bins, self.hidden, self.bound)
        self.net.eval()

    # ---------------------------------------------------------------- the interface
    def fit(self, x: np.ndarray, **kwargs: Any) -> "FlowDensity":
        """Train by maximum likelihood; keyword arguments go to :class:`FlowTrainer`."""
        trainer = FlowTrainer(self, x, **kwargs)
        trainer.run()
        return self

    @torch.no_grad()
    def log_prob(self, x: np.ndarray, chunk: int = 65536) -> np.ndarray:
        x = as_points(x)
        out = np.empty(len(x))
        for i in range(0, len(x), chunk):
            xt = torch.as_tensor(x[i : i + chunk], dtype=torch.float32)
            out[i : i + chunk] = self.net.log_prob(xt).double().numpy()
        return out

    @torch.no_grad()
    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        g = torch.Generator().manual_seed(int(seed))
        z = torch.randn(int(n), 2, generator=g)
        return self.net.from_base(z).double().numpy()

    @torch.no_grad()
    def through_layers(self, x: np.ndarray, k: int) -> np.ndarray:
        """Data points pushed through the first ``k`` layers (data → base direction).

        Stage 0 is the data space itself; stage k ≥ 1 is after the standardisation and k
        coupling layers; stage ``n_layers`` is the base space, where a good flow makes the
        data look like N(0, I).
        """
        if k <= 0:
            return as_points(x).copy()
        xt = torch.as_tensor(as_points(x), dtype=torch.float32)
        return self.net.to_base(xt, upto=k)[0].double().numpy()

    @torch.no_grad()
    def from_base_to_stage(self, z: np.ndarray, k: int) -> np.ndarray:
        """Base points pulled back through the last ``n_layers − k`` layers to stage ``k``
        (stage 0: the data space)."""
        zt = torch.as_tensor(as_points(z), dtype=torch.float32)
        return self.net.from_base(zt, upto=max(k, 0)).double().numpy()

    @property
    def n_params(self) -> int:
        return sum(p.numel() for p in self.net.parameters())

    # -- what GradientTrainer asks of the model ---------------------------------------------
    def prepare(self, trainer: GradientTrainer) -> None:
        """Standardise by the training points' mean and standard deviation."""
        import torch

        std = trainer.x.std(0)
        self.net.shift.copy_(trainer.x.mean(0))
        self.net.scale.copy_(torch.where(std > 0, std, torch.ones_like(std)))

    def batch_nll(self, batch: torch.Tensor) -> torch.Tensor:
        """Mean NLL of a float32 batch [B, 2], in nats (differentiable)."""
        return -self.net.log_prob(batch).mean()

    def config(self) -> dict[str, Any]:
        return {"n_layers": self.n_layers, "bins": self.bins, "hidden": self.hidden, "bound": self.bound,
                "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        h, out = int(config["hidden"]), 3 * int(config["bins"]) - 1
        shapes: dict[str, tuple[int, ...]] = {"shift": (2,), "scale": (2,)}
        for i in range(int(config["n_layers"])):  # _Coupling.net: Linear, SiLU, Linear, …
            for j, (n_out, n_in) in zip((0, 2, 4), ((h, 1), (h, h), (out, h))):
                shapes[f"layers.{i}.net.{j}.weight"] = (n_out, n_in)
                shapes[f"layers.{i}.net.{j}.bias"] = (n_out,)
        return shapes

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {k: v.detach().cpu().numpy().copy() for k, v in self.net.state_dict().items()}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        if "scale" in tensors and not np.all(np.asarray(tensors["scale"]) > 0):
            raise ValueError("the standardisation scale must be positive")
        self.net.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in tensors.items()})
        self.net.eval()
        self.fitted = True


class FlowTrainer(GradientTrainer):
    """Maximum-likelihood training of a :class:`FlowDensity`, one step at a time (the loop
    of :class:`~training.density.trainer.GradientTrainer`: Adam with cosine decay,
    held-out early stopping, fresh batches from a generator if given).

    Parameters are those of :class:`~training.density.trainer.GradientTrainer`; the flow
    refuses fewer than 2 points, NaN or infinite values and points on a line (a flow cannot
    fit a density of zero width), in float32 terms.
    """

    def check(self, x: np.ndarray) -> np.ndarray:
        if len(x) < 2:
            raise ValueError("a flow needs at least 2 points")
        if not np.isfinite(x).all():
            raise ValueError("the training points contain NaN or infinite values")
        # degenerate data is named before training, not found as a NaN loss later
        from training.data.checks import check_points

        check_points(x, "the training points", need_2d=True, precision="float32")
        return x
