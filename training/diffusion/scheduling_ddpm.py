"""Ancestral DDPM sampling (Ho et al. 2020, Algorithm 2), over any subset of timesteps."""

from __future__ import annotations

import torch

from training.diffusion.scheduler_base import SchedulerBase, StepOutput

VARIANCE_TYPES = ("fixed_small", "fixed_large")


class DDPMScheduler(SchedulerBase):
    """x_{t'} ~ q(x_{t'} | x_t, x̂_0): the forward posterior with x_0 replaced by x̂_0.

    ``variance_type``: ``"fixed_small"`` uses σ² = β̃_t = (1−ᾱ_{t'})/(1−ᾱ_t)·β_t (the
    posterior variance, DDPM eq. 7); ``"fixed_large"`` uses σ² = β_t. Ho et al. found both
    give similar samples (§3.2).
    """

    def __init__(self, *args, variance_type: str = "fixed_small", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if variance_type not in VARIANCE_TYPES:
            raise ValueError(f"variance_type must be one of {VARIANCE_TYPES}")
        self.variance_type = variance_type

    def step(self, model_output: torch.Tensor, timestep: int, sample: torch.Tensor,
             generator: torch.Generator | None = None) -> StepOutput:
        t = int(timestep)
        prev_t = self.previous_timestep(t)
        # 1. ᾱ_t, ᾱ_{t'} and the β, α of the (possibly sub-sampled) step t → t'
        ab_t, ab_prev = self._ab(t), self._ab(prev_t)
        beta_t = 1 - ab_t / ab_prev
        alpha_t = 1 - beta_t
        # 2. x̂_0 from the predicted noise (eq. 15), optionally clipped to the data range
        x0 = self._pred_original(model_output, t, sample)
        # 3. posterior mean μ̃_t(x_t, x̂_0) (eq. 7):
        #    μ̃ = √ᾱ_{t'} β_t / (1−ᾱ_t) · x̂_0 + √α_t (1−ᾱ_{t'}) / (1−ᾱ_t) · x_t
        #    (without clipping this equals eq. 11: (x_t − β_t/√(1−ᾱ_t) ε_θ) / √α_t)
        c0 = ab_prev**0.5 * beta_t / (1 - ab_t)
        ct = alpha_t**0.5 * (1 - ab_prev) / (1 - ab_t)
        mean = c0 * x0 + ct * sample
        # 4. variance σ_t² (eq. 7 β̃_t, or β_t); the last step (t' = −1) adds no noise
        if prev_t < 0:
            return StepOutput(mean, x0)
        var = (1 - ab_prev) / (1 - ab_t) * beta_t if self.variance_type == "fixed_small" else beta_t
        # 5. x_{t'} = μ̃ + σ_t z,  z ~ N(0, I)   (Algorithm 2, line 4)
        z = torch.randn(sample.shape, generator=generator, dtype=sample.dtype)
        return StepOutput(mean + var**0.5 * z, x0)

    def posterior_std(self, timestep: int) -> float:
        t = int(timestep)
        prev_t = self.previous_timestep(t)
        if prev_t < 0:
            return 0.0
        ab_t, ab_prev = self._ab(t), self._ab(prev_t)
        beta_t = 1 - ab_t / ab_prev
        var = (1 - ab_prev) / (1 - ab_t) * beta_t if self.variance_type == "fixed_small" else beta_t
        return var**0.5
