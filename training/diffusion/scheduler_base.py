"""What the DDPM and DDIM schedulers share: the schedule, the timestep subset, ``add_noise``.

The API follows diffusers so that its users recognise it::

    sched = DDIMScheduler()                 # the linear schedule, T = 1000
    sched.set_timesteps(50)                 # sched.timesteps = [980, 960, …, 0]
    x = torch.randn(16, 1, 28, 28, generator=g)
    for t in sched.timesteps:
        eps = denoiser(x, t)
        x = sched.step(eps, t, x, generator=g).prev_sample

Code names and paper symbols (Ho et al. 2020 "DDPM"; Song et al. 2021 "DDIM"):

===================  ======================  =========================================
code                 paper                   meaning
===================  ======================  =========================================
``alphas_cumprod``   ᾱ_t                     ∏_{s≤t} (1 − β_s)
``ab_t``/``ab_prev`` ᾱ_t, ᾱ_{t'}             at this timestep and the previous one kept
``beta_t``           β_t (sub-sampled)       1 − ᾱ_t / ᾱ_{t'}  (= β_t when t' = t − 1)
``model_output``     ε_θ(x_t, t)             the denoiser's noise prediction
``pred_original``    x̂_0 = f_θ(x_t)          (x_t − √(1−ᾱ_t) ε_θ) / √ᾱ_t  (DDPM eq. 15)
``prev_sample``      x_{t'}                  the sample one kept step closer to data
===================  ======================  =========================================
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from training.diffusion.schedules import NoiseSchedule, make_schedule


@dataclass
class StepOutput:
    """Result of one reverse step: ``prev_sample`` = x_{t'}, ``pred_original_sample`` = x̂_0."""

    prev_sample: torch.Tensor
    pred_original_sample: torch.Tensor


class SchedulerBase:
    """Holds a :class:`NoiseSchedule` and the subset of timesteps sampled over."""

    def __init__(self, num_train_timesteps: int = 1000, beta_schedule: str = "linear",
                 beta_start: float = 1e-4, beta_end: float = 0.02, clip_sample: bool = False,
                 clip_sample_range: float = 1.0) -> None:
        self.schedule: NoiseSchedule = make_schedule(beta_schedule, num_train_timesteps,
                                                     beta_start, beta_end)
        self.num_train_timesteps = num_train_timesteps
        self.beta_schedule = beta_schedule
        self.betas = self.schedule.betas
        self.alphas = self.schedule.alphas
        self.alphas_cumprod = self.schedule.alphas_cumprod
        self.clip_sample = clip_sample
        self.clip_sample_range = clip_sample_range
        self.num_inference_steps = num_train_timesteps
        self.timesteps = torch.arange(num_train_timesteps - 1, -1, -1)

    # -- timesteps --------------------------------------------------------------------
    def set_timesteps(self, num_inference_steps: int) -> None:
        """Keep ``n`` evenly spaced timesteps, largest first: t_i = i·⌊T/n⌋ ("leading")."""
        n = int(num_inference_steps)
        T = self.num_train_timesteps
        if not 1 <= n <= T:
            raise ValueError(f"num_inference_steps must be between 1 and {T}, not {n}")
        step = T // n
        self.num_inference_steps = n
        self.timesteps = (torch.arange(n) * step).flip(0)

    def previous_timestep(self, t: int) -> int:
        """The kept timestep after ``t`` in sampling order (−1 after the last one)."""
        ts = self.timesteps.tolist()
        i = ts.index(int(t))
        return ts[i + 1] if i + 1 < len(ts) else -1

    def _ab(self, t: int) -> float:
        return 1.0 if t < 0 else float(self.alphas_cumprod[t])

    # -- forward process --------------------------------------------------------------
    def add_noise(self, original_samples: torch.Tensor, noise: torch.Tensor,
                  timesteps: torch.Tensor | int) -> torch.Tensor:
        """x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε   (DDPM eq. 4, reparameterised); t per sample."""
        x = original_samples
        t = torch.as_tensor(timesteps, dtype=torch.long, device=x.device)
        ab = self.alphas_cumprod.to(x.device, x.dtype)[t]
        while ab.dim() < original_samples.dim():
            ab = ab.unsqueeze(-1)
        return ab.sqrt() * original_samples + (1 - ab).sqrt() * noise

    def _pred_original(self, model_output: torch.Tensor, t: int,
                       sample: torch.Tensor) -> torch.Tensor:
        ab_t = self._ab(t)
        # x̂_0 = (x_t − √(1−ᾱ_t) ε_θ) / √ᾱ_t   (DDPM eq. 15 solved for x_0)
        x0 = (sample - (1 - ab_t) ** 0.5 * model_output) / ab_t**0.5
        if self.clip_sample:
            r = self.clip_sample_range
            x0 = x0.clamp(-r, r)
        return x0

    def config(self) -> dict:
        return {"num_train_timesteps": self.num_train_timesteps,
                "beta_schedule": self.beta_schedule, "clip_sample": self.clip_sample}


class LogSNRSchedulerBase(SchedulerBase):
    """What the exponential-integrator solvers (DPM-Solver++, UniPC) share.

    They integrate the probability-flow ODE in λ = log(α/σ), with α_t = √ᾱ_t and
    σ_t = √(1−ᾱ_t). ``timestep_spacing`` says where the n evaluations go between T−1 (the
    noisiest training timestep) and 0:

    * ``"logsnr"`` (the default): **uniformly in λ** between λ(T−1) and λ(0) (DPM-Solver's
      choice for low-resolution images); each grid point is mapped to the training timestep
      whose λ is nearest (λ(t) is monotone);
    * ``"time"``: uniformly in t, t_i = round((T−1)(1 − i/(n−1))) (diffusers' "linspace");
    * ``"quadratic"``: uniformly in √t, t_i = round((T−1)(1 − i/(n−1))²) (the DDIM paper's
      quadratic sub-sequence): more of them near the data than "time", fewer than "logsnr".

    The timesteps are then nudged so that the n of them stay distinct and strictly
    decreasing. The solvers use the λ of the integer timesteps actually chosen, so the step
    sizes h_i = λ_{t_i} − λ_{t_{i−1}} are exact for the points evaluated (merely not all
    equal).

    The step after the last kept timestep lands on σ = 0 (λ = +∞, ``prev_t = −1``): its
    result is the data prediction x̂_0 at the last evaluated timestep.

    The solvers are multistep: ``step`` must be called in order, once per timestep; a call
    at the first timestep starts afresh (so does :meth:`set_timesteps`).
    """

    #: the timestep spacings :meth:`set_timesteps` knows (see the class docstring)
    SPACINGS = ("logsnr", "time", "quadratic")

    def __init__(self, *args, timestep_spacing: str = "logsnr", **kwargs) -> None:
        if timestep_spacing not in self.SPACINGS:
            raise ValueError(f"unknown timestep spacing '{timestep_spacing}' "
                             f"(known: {', '.join(self.SPACINGS)})")
        self.timestep_spacing = timestep_spacing
        super().__init__(*args, **kwargs)

    def set_timesteps(self, num_inference_steps: int) -> None:
        n = int(num_inference_steps)
        T = self.num_train_timesteps
        if not 1 <= n <= T:
            raise ValueError(f"num_inference_steps must be between 1 and {T}, not {n}")
        lam = self.lambdas()  # [T], decreasing in t
        spacing = self.timestep_spacing
        if n == 1:
            ts = [T - 1]
        elif spacing != "logsnr":
            u = 1 - torch.linspace(0.0, 1.0, n, dtype=torch.float64)
            ts = torch.round((T - 1) * (u if spacing == "time" else u**2)).long().tolist()
        else:
            grid = torch.linspace(float(lam[T - 1]), float(lam[0]), n, dtype=torch.float64)
            # nearest training timestep in λ for each grid point (λ decreasing → flip)
            idx = torch.searchsorted(lam.flip(0).contiguous(), grid).clamp(1, T - 1)
            lo, hi = lam.flip(0)[idx - 1], lam.flip(0)[idx]
            idx = torch.where((grid - lo).abs() <= (hi - grid).abs(), idx - 1, idx)
            ts = (T - 1 - idx).tolist()
        ts = [max(t, n - 1 - i) for i, t in enumerate(ts)]  # room for the steps left
        for i in range(1, n):  # strictly decreasing
            ts[i] = min(ts[i], ts[i - 1] - 1)
        self.num_inference_steps = n
        self.timesteps = torch.tensor(ts, dtype=torch.long)
        self._ts = ts
        self.reset_state()

    def config(self) -> dict:
        return {**super().config(), "timestep_spacing": self.timestep_spacing}

    def reset_state(self) -> None:
        """Forget the multistep history (the solver starts at the first timestep again)."""
        self._hist: list = []

    def lambdas(self) -> torch.Tensor:
        """λ_t = log α_t − log σ_t = ½ log(ᾱ_t / (1 − ᾱ_t)) for every training t, [T]."""
        ab = self.alphas_cumprod
        return 0.5 * (torch.log(ab) - torch.log1p(-ab))

    def _asl(self, t: int) -> tuple[float, float, float]:
        """(α_t, σ_t, λ_t); t = −1 is clean data: α = 1, σ = 0, λ = +∞."""
        if t < 0:
            return 1.0, 0.0, float("inf")
        ab = float(self.alphas_cumprod[t])
        return ab**0.5, (1 - ab) ** 0.5, 0.5 * (math.log(ab) - math.log1p(-ab))

    def _index(self, t: int) -> int:
        if getattr(self, "_ts", None) is None:
            self.set_timesteps(self.num_inference_steps)
        ts = self._ts
        if t not in ts:
            raise ValueError(f"timestep {t} is not one of the scheduler's timesteps")
        i = ts.index(t)
        if i == 0:
            self.reset_state()
        return i

    def _check_history(self, i: int) -> list:
        """The history kept by the step at timestep i − 1 (checks steps come in order)."""
        if i > 0 and (not self._hist or self._hist[-1][0] != self._ts[i - 1]):
            raise ValueError(f"{type(self).__name__} is multistep: call step() once per "
                             "timestep, in order")
        return self._hist

    def _data_prediction(self, model_output: torch.Tensor, t: int,
                         sample: torch.Tensor) -> torch.Tensor:
        """x_θ(x_t, t) = (x_t − σ_t ε_θ(x_t, t)) / α_t, clipped (thresholded) if asked."""
        return self._pred_original(model_output, t, sample)
