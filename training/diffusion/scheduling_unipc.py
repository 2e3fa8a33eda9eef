"""UniPC: a unified predictor-corrector for the probability-flow ODE (Zhao, Bai, Rao, Zhou &
Lu 2023, "UniPC: A Unified Predictor-Corrector Framework for Fast Sampling of Diffusion
Models", arXiv:2302.04867), order 2, data prediction, B(h) = "bh2".

Both halves start from the exact solution in λ for the data prediction x_θ (as in
DPM-Solver++) and approximate the integral of x_θ by a Taylor expansion whose derivatives
come from differences D_m = x_θ(λ_s + r_m h) − x_θ(λ_s) of model evaluations::

    x_t = (σ_t/σ_s) x_s + α_t (1 − e^{−h}) x_θ(s) + α_t B(h) Σ_m a_m D_m / r_m

* **UniP-p** (predictor, §3.2): the D_m of the p − 1 previous evaluations (r_m < 0).
* **UniC-p** (corrector, §3.1): after the model has been evaluated at the predicted x̃_t,
  the same formula again with one more difference, D = x_θ(x̃_t, t) − x_θ(s) at r = 1:
  this raises the order by one at no extra model evaluation, because the evaluation at
  x̃_t is the one the next predictor needs anyway (x_θ is *not* re-evaluated at the
  corrected point).
* The coefficients solve the order conditions R_p a = g (the paper's R_p(h) a_p = φ_p(h)/B(h)):
  R[k, m] = r_m^k, g_k = (k+1)! I_{k+1}(h) / (h^{k+1} B(h)), k = 0 … p−1, with
  I_k(h) = ∫_0^h e^{−(h−u)} u^k/k! du (I_0 = 1 − e^{−h}, I_k = h^k/k! − I_{k−1}). A 1×1
  system is set to a = ½ (its solution is ½ + O(h) with bh2), as in the authors' code;
  UniP-2 is then exactly DPM-Solver++(2M), and UniC makes the difference.
* B(h) = 1 − e^{−h} ("bh2": e^h − 1 of the noise-prediction form, with h ↦ −h for data
  prediction; the sign is folded into the update).

How the state is carried (``step`` gets ε_θ at t_i and the *predicted* x̃_{t_i}):

1. x_θ(x̃_{t_i}, t_i) from ε;
2. UniC: correct x̃_{t_i} → x^c_{t_i}, starting from the stored corrected x^c_{t_{i−1}} with
   the stored x_θ's of the previous predictor plus the new one (skipped at i = 0);
3. UniP: predict x̃_{t_{i+1}} from x^c_{t_i} (order 1 at i = 0, then 2); returned as
   ``prev_sample``, the next call's ``sample``;
4. keep x^c_{t_i}, the last two x_θ's and their λ for the next call.

The step to σ = 0 after the last timestep returns x̂_0 = x_θ(x̃_{t_{n−1}}, t_{n−1}) (first
order with h = ∞); no corrector follows it, as no model evaluation follows it.

Code names and paper symbols:

=====================  ==================  ==============================================
code                   paper               meaning
=====================  ==================  ==============================================
``alpha, sigma, lam``  α_t, σ_t, λ_t       √ᾱ, √(1−ᾱ), log(α/σ)
``h``                  h_i                 λ_{t_i} − λ_{t_{i−1}} (> 0: towards the data)
``rs``                 r_m                 (λ_{t_{i−1−m}} − λ_{t_{i−1}}) / h_i; r = 1 for UniC
``b``                  B(h)                1 − e^{−h} (bh2)
``a``                  a_m (ρ in the code) the solution of R_p a = g_p
``x0``                 x_θ(x̃_{t_i}, t_i)   the data prediction of this call
``base``               x^c_{t_{i−1}}       the corrected point the predictor starts from
``sample``             x̃_{t_i}             the predicted point the model was evaluated at
=====================  ==================  ==============================================
"""

from __future__ import annotations

import math

import torch

from training.diffusion.scheduler_base import LogSNRSchedulerBase, StepOutput


def unipc_coefficients(h: float, rs: list[float]) -> list[float]:
    """a solving Σ_m a_m r_m^k = (k+1)! I_{k+1}(h) / (h^{k+1} B(h)) for k < len(rs)."""
    if len(rs) == 1:
        return [0.5]
    b = -math.expm1(-h)  # B(h) = 1 − e^{−h} = I_0(h)
    ik, g = b, []
    for k in range(1, len(rs) + 1):
        ik = h**k / math.factorial(k) - ik  # I_k = h^k/k! − I_{k−1}
        g.append(math.factorial(k) * ik / (h**k * b))
    R = torch.tensor([[r**k for r in rs] for k in range(len(rs))], dtype=torch.float64)
    return torch.linalg.solve(R, torch.tensor(g, dtype=torch.float64)).tolist()


class UniPCMultistepScheduler(LogSNRSchedulerBase):
    """UniPC-2 (bh2, data prediction): UniP-2 predictor, UniC corrector after every
    predictor step but the last; first-order first step, σ = 0 landing."""

    order = 2

    def __init__(self, *args, corrector: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.corrector = bool(corrector)

    def reset_state(self) -> None:
        super().reset_state()
        self._base: torch.Tensor | None = None
        self._pred_order = 0

    def _update(self, base: torch.Tensor, s: tuple[float, float, float], lam_t: float,
                alpha_t: float, sigma_t: float, x0_s: torch.Tensor,
                points: list[tuple[float, torch.Tensor]]) -> torch.Tensor:
        """x_t = (σ_t/σ_s) x_s + α_t (1 − e^{−h}) x_θ(s) + α_t B(h) Σ a_m D_m/r_m
        (UniP-p / UniC-p, data prediction) over ``points`` = [(λ_m, x_θ at λ_m)]."""
        _alpha_s, sigma_s, lam_s = s
        # h_i = λ_t − λ_s
        h = lam_t - lam_s
        b = -math.expm1(-h)  # B(h) = 1 − e^{−h}  (bh2)
        x = (sigma_t / sigma_s) * base + alpha_t * b * x0_s  # the first-order part
        if points:
            # r_m = (λ_m − λ_s)/h and D_m = x_θ(λ_m) − x_θ(s)
            rs = [(lam_m - lam_s) / h for lam_m, _ in points]
            a = unipc_coefficients(h, rs)
            corr = sum(a_m * (x0_m - x0_s) / r_m for a_m, r_m, (_, x0_m) in zip(a, rs, points))
            x = x + alpha_t * b * corr
        return x

    def step(self, model_output: torch.Tensor, timestep: int, sample: torch.Tensor,
             generator: torch.Generator | None = None, **_unused) -> StepOutput:
        t = int(timestep)
        i = self._index(t)
        prev_t = self.previous_timestep(t)
        hist = self._check_history(i)
        alpha, sigma, lam = self._asl(t)
        # 1. data prediction x_θ(x̃_{t_i}, t_i) = (x̃_{t_i} − σ_{t_i} ε_θ) / α_{t_i}
        x0 = self._data_prediction(model_output, t, sample)
        if prev_t < 0:
            # 4'. last step, to σ = 0: x̂_0 = x_θ(x̃_{t_{n−1}}, t_{n−1}) (no corrector follows)
            self._hist = [*hist, (t, lam, x0)][-2:]
            return StepOutput(x0, x0)
        # 2. UniC-p: x^c_{t_i} from x^c_{t_{i−1}}, the points the predictor used and the new
        #    evaluation at r = 1 (§3.1; p = the predictor's order, so the order becomes p + 1)
        base = sample
        if i > 0 and self.corrector:
            t_s, _lam_s, x0_s = hist[-1]
            # the earlier point the predictor used (none after a first-order predictor)
            used = [(lm, xm) for _, lm, xm in hist[-self._pred_order:-1]]
            base = self._update(self._base, self._asl(t_s), lam, alpha, sigma, x0_s,
                                [*used, (lam, x0)])
        # 3. UniP-p from x^c_{t_i} to t_{i+1}: order 1 at the first step, then order 2 with
        #    the previous evaluation (§3.2)
        alpha_t, sigma_t, lam_t = self._asl(prev_t)
        order = 1 if i == 0 else 2
        points = [(hist[-1][1], hist[-1][2])] if order == 2 else []
        prev = self._update(base, (alpha, sigma, lam), lam_t, alpha_t, sigma_t, x0, points)
        # 4. carry x^c_{t_i}, the last two x_θ's and the predictor's order to the next call
        self._base, self._pred_order = base, order
        self._hist = [*hist, (t, lam, x0)][-2:]
        return StepOutput(prev, x0)

    def config(self) -> dict:
        return {**super().config(), "solver": "unipc", "corrector": self.corrector}
