"""DPM-Solver++(2M): multistep second-order solver of the probability-flow ODE in data
prediction (Lu, Zhou, Bao, Chen, Li & Zhu 2022, "DPM-Solver++: Fast Solver for Guided
Sampling of Diffusion Probabilistic Models", arXiv:2211.01095, Algorithm 2).

The ODE written for the data prediction x_θ has the exact solution (DPM-Solver++, the
variation-of-constants formula in λ)::

    x_t = (σ_t/σ_s) x_s + σ_t ∫_{λ_s}^{λ_t} e^{λ} x_θ(x_λ, λ) dλ

Freezing x_θ at its value at s gives the first-order step (DPM-Solver++(1), the same update
as DDIM with η = 0); replacing it by a linear extrapolation through the previous model
evaluation gives the multistep second-order update of Algorithm 2. Timesteps, the σ = 0
landing and the integer-timestep mapping: :class:`LogSNRSchedulerBase`.

**SDE-DPM-Solver++(2M)** (the same paper's solver of the reverse diffusion SDE rather than
its ODE). The exact solution of the SDE in data prediction is::

    x_t = (σ_t/σ_s) e^{−h} x_s + 2 α_t ∫_{λ_s}^{λ_t} e^{−2(λ_t−λ)} x_θ(x_λ, λ) dλ
          + σ_t √(1 − e^{−2h}) z,        h = λ_t − λ_s,  z ~ N(0, I)

With x_θ frozen at s the integral gives α_t (1 − e^{−2h}) x_θ: that first-order step is
DDPM's ancestral step (DDIM with η = 1: the two noise variances are equal, by
(σ_t/σ_s)² (1 − α_s²/α_t²) = σ_t² (1 − e^{−2h})). The multistep second-order step uses the
same D_i as the ODE solver. ``eta`` ∈ [0, 1] walks between the two: with
h_η = (1 + η) h the step is (σ_t/σ_s) e^{−ηh} x_s + α_t (1 − e^{−h_η}) D_i
+ σ_t √(1 − e^{−2ηh}) z — η = 0 is Algorithm 2 exactly (no noise is drawn), η = 1 the SDE
solver. The noise does what the ODE cannot: each step partly forgets the errors the
imperfect denoiser made in the steps before it (Karras et al. 2022, Section 4), which is
why it gives better digits from the same network at the same number of evaluations
(docs/views.md, "A solver of the reverse SDE"). It is not a solver of the ODE, so its samples do not
converge to DDIM-500's from the same x_T; it is judged by the classifier's figures alone.

Code names and paper symbols:

=====================  ==================  ==============================================
code                   paper               meaning
=====================  ==================  ==============================================
``alpha_s, sigma_s``   α_{t_{i−1}}, σ_…    √ᾱ, √(1−ᾱ) at the timestep evaluated now
``alpha_t, sigma_t``   α_{t_i}, σ_{t_i}    at the timestep reached (α = 1, σ = 0 at the end)
``lam_s, lam_t``       λ_{t_{i−1}}, λ_{t_i} log(α/σ) at both
``h``                  h_i                 λ_{t_i} − λ_{t_{i−1}} (> 0: towards the data)
``h_prev``             h_{i−1}             the previous step's size
``r``                  r_i                 h_{i−1} / h_i
``x0``                 x_θ(x̃_{t_{i−1}}, t_{i−1})   data prediction at the current point
``x0_prev``            x_θ(x̃_{t_{i−2}}, t_{i−2})   the one kept from the previous step
``d``                  D_i                 (1 + 1/(2r)) x0 − 1/(2r) x0_prev
``sample``             x̃_{t_{i−1}}         the solver's state, ``prev_sample`` = x̃_{t_i}
=====================  ==================  ==============================================

State carried between calls: the previous data prediction and its λ (``_hist``).
"""

from __future__ import annotations

import math

import torch

from training.diffusion.scheduler_base import LogSNRSchedulerBase, StepOutput


class DPMSolverMultistepScheduler(LogSNRSchedulerBase):
    """DPM-Solver++(2M) with a first-order first step and a first-order last step.

    The first step has no earlier model evaluation to extrapolate from (Alg. 2, line 3);
    the last step goes to σ = 0, where h = ∞ and r = 0, so it is first order too and its
    result is exactly the data prediction x̂_0 of the last evaluated timestep.
    """

    order = 2

    def __init__(self, *args, eta: float = 0.0, **kwargs) -> None:
        eta = float(eta)
        if not 0.0 <= eta <= 1.0:
            raise ValueError(f"the solver's stochasticity η must lie in [0, 1], not {eta}")
        self.eta = eta
        super().__init__(*args, **kwargs)

    def step(self, model_output: torch.Tensor, timestep: int, sample: torch.Tensor,
             generator: torch.Generator | None = None, **_unused) -> StepOutput:
        t = int(timestep)
        i = self._index(t)
        prev_t = self.previous_timestep(t)
        # 1. α, σ, λ at the current timestep s = t_{i−1} and the target t_i (Alg. 2 notation)
        _alpha_s, sigma_s, lam_s = self._asl(t)
        alpha_t, sigma_t, lam_t = self._asl(prev_t)
        # 2. data prediction x_θ(x̃_s, s) = (x̃_s − σ_s ε_θ) / α_s (the paper's x_θ from ε_θ);
        #    for images clipped to [−1, 1] (the paper's thresholding, static form)
        x0 = self._data_prediction(model_output, t, sample)
        hist = self._check_history(i)
        self._hist = [(t, lam_s, x0)]
        if prev_t < 0:
            # 3. last step, to σ = 0 (λ = ∞): σ_t/σ_s = 0, α_t = 1, e^{−h} = 0 in the first-order
            #    update (Alg. 2, line 3 with t_i at σ = 0) leaves exactly x_θ(x̃_s, s)
            return StepOutput(x0, x0)
        # 4. h_i = λ_{t_i} − λ_{t_{i−1}}  (Alg. 2, "Denote h_i")
        h = lam_t - lam_s
        if i == 0:
            # 5. first step, first order: x̃_{t_1} = (σ_{t_1}/σ_{t_0}) x̃_{t_0}
            #    − α_{t_1} (e^{−h_1} − 1) x_θ(x̃_{t_0}, t_0)   (Alg. 2, line 3)
            d = x0
        else:
            _, lam_prev, x0_prev = hist[-1]
            # 6. r_i = h_{i−1} / h_i   (Alg. 2, line 6)
            r = (lam_s - lam_prev) / h
            # 7. D_i = (1 + 1/(2r_i)) x_θ(x̃_{t_{i−1}}) − 1/(2r_i) x_θ(x̃_{t_{i−2}})   (line 7)
            d = (1 + 1 / (2 * r)) * x0 - (1 / (2 * r)) * x0_prev
        if self.eta == 0.0:
            # 8. x̃_{t_i} = (σ_{t_i}/σ_{t_{i−1}}) x̃_{t_{i−1}} − α_{t_i} (e^{−h_i} − 1) D_i
            #    (Alg. 2, line 8; line 3 when D = x_θ); expm1 keeps small h accurate
            prev = (sigma_t / sigma_s) * sample - alpha_t * math.expm1(-h) * d
            return StepOutput(prev, x0)
        # 9. the SDE step (module docstring), η = 1: (σ_t/σ_s) e^{−h} x̃ + α_t (1 − e^{−2h}) D_i
        #    + σ_t √(1 − e^{−2h}) z; between, e^{−ηh}, 1 − e^{−(1+η)h} and √(1 − e^{−2ηh})
        eta = self.eta
        z = torch.randn(sample.shape, generator=generator, dtype=sample.dtype)
        prev = ((sigma_t / sigma_s) * math.exp(-eta * h) * sample
                - alpha_t * math.expm1(-(1 + eta) * h) * d
                + sigma_t * math.sqrt(-math.expm1(-2 * eta * h)) * z)
        return StepOutput(prev, x0)

    def config(self) -> dict:
        name = "dpm++2m" if self.eta == 0.0 else "dpm++2m-sde"
        return {**super().config(), "solver": name, "eta": self.eta}
