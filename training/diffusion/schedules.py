"""Noise schedules β_t of the forward process q(x_t | x_{t−1}) = N(√(1−β_t) x_{t−1}, β_t I).

Timesteps are indexed t ∈ {0, …, T−1} as in diffusers, so ᾱ_t = ∏_{s≤t} (1 − β_s) and
q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I)   (Ho et al. 2020, eq. 4).

* ``linear`` — β rising linearly from 1e-4 to 0.02 over T = 1000 steps (Ho et al. 2020, §4).
* ``cosine`` — ᾱ(t) = f(t)/f(0), f(t) = cos²(((t/T) + s)/(1 + s) · π/2), s = 0.008, with β
  clipped at 0.999 (Nichol & Dhariwal 2021, eq. 17).

All arrays are float64 tensors of shape [T]; the samplers cast to the sample's dtype.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

SCHEDULES = ("linear", "cosine")


def linear_betas(T: int = 1000, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    return torch.linspace(beta_start, beta_end, T, dtype=torch.float64)


def cosine_betas(T: int = 1000, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    def f(t: float) -> float:
        return math.cos((t / T + s) / (1 + s) * math.pi / 2) ** 2

    # β_t = 1 − ᾱ(t+1)/ᾱ(t) with ᾱ(t) = f(t)/f(0): the product of (1 − β) telescopes to ᾱ.
    betas = [min(1 - f(t + 1) / f(t), max_beta) for t in range(T)]
    return torch.tensor(betas, dtype=torch.float64)


@dataclass(frozen=True)
class NoiseSchedule:
    """β_t, α_t = 1 − β_t, ᾱ_t = ∏_{s≤t} α_s and SNR(t) = ᾱ_t / (1 − ᾱ_t), each [T]."""

    name: str
    betas: torch.Tensor

    @property
    def T(self) -> int:
        return len(self.betas)

    @property
    def alphas(self) -> torch.Tensor:
        return 1.0 - self.betas

    @property
    def alphas_cumprod(self) -> torch.Tensor:
        return torch.cumprod(self.alphas, 0)

    def snr(self) -> torch.Tensor:
        ab = self.alphas_cumprod
        return ab / (1 - ab)

    def log_snr(self) -> torch.Tensor:
        return torch.log(self.snr())


def make_schedule(name: str = "linear", T: int = 1000, beta_start: float = 1e-4,
                  beta_end: float = 0.02) -> NoiseSchedule:
    """The schedule ``name`` ('linear' or 'cosine') over ``T`` steps."""
    if T < 2:
        raise ValueError("a schedule needs at least 2 timesteps")
    if name == "linear":
        return NoiseSchedule(name, linear_betas(T, beta_start, beta_end))
    if name == "cosine":
        return NoiseSchedule(name, cosine_betas(T))
    raise ValueError(f"unknown schedule '{name}' (known: {', '.join(SCHEDULES)})")
