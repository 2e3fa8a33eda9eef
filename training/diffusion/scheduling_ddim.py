"""DDIM sampling (Song et al. 2021), deterministic for η = 0, over any subset of timesteps."""

from __future__ import annotations

import torch

from training.diffusion.scheduler_base import SchedulerBase, StepOutput


class DDIMScheduler(SchedulerBase):
    """The non-Markovian reverse step of DDIM eq. 12 with σ_t(η) from eq. 16.

    η = 0 gives the deterministic DDIM sampler (a discretisation of the probability-flow
    ODE); η = 1 gives DDPM's ancestral step with the posterior variance β̃_t.
    """

    def __init__(self, *args, eta: float = 0.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.eta = float(eta)

    def step(self, model_output: torch.Tensor, timestep: int, sample: torch.Tensor,
             generator: torch.Generator | None = None, eta: float | None = None) -> StepOutput:
        eta = self.eta if eta is None else float(eta)
        t = int(timestep)
        prev_t = self.previous_timestep(t)
        # 1. ᾱ_t and ᾱ_{t'} (ᾱ_{−1} = 1: the step after the last one is clean data)
        ab_t, ab_prev = self._ab(t), self._ab(prev_t)
        # 2. "predicted x_0" (eq. 12, first term): x̂_0 = (x_t − √(1−ᾱ_t) ε_θ) / √ᾱ_t
        x0 = self._pred_original(model_output, t, sample)
        eps = model_output
        if self.clip_sample:
            # keep ε consistent with the clipped x̂_0 so that both terms of eq. 12 agree
            eps = (sample - ab_t**0.5 * x0) / (1 - ab_t) ** 0.5
        # 3. σ_t(η) = η √((1−ᾱ_{t'})/(1−ᾱ_t)) √(1 − ᾱ_t/ᾱ_{t'})   (eq. 16)
        sigma = eta * ((1 - ab_prev) / (1 - ab_t)) ** 0.5 * (1 - ab_t / ab_prev) ** 0.5
        # 4. "direction pointing to x_t" (eq. 12, second term): √(1 − ᾱ_{t'} − σ_t²) ε_θ
        direction = max(1 - ab_prev - sigma**2, 0.0) ** 0.5 * eps
        # 5. x_{t'} = √ᾱ_{t'} x̂_0 + direction + σ_t z   (eq. 12, "random noise" term)
        prev = ab_prev**0.5 * x0 + direction
        if sigma > 0:
            z = torch.randn(sample.shape, generator=generator, dtype=sample.dtype)
            prev = prev + sigma * z
        return StepOutput(prev, x0)

    def config(self) -> dict:
        return {**super().config(), "eta": self.eta}
