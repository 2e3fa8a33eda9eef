"""A trained denoiser together with its noise schedule: the object ``training.load`` returns.

    pipe = training.load("trained/diffusion-mnist5k")
    images = pipe.sample(16, steps=50, sampler="ddim", eta=0.0, seed=0)   # (16, 28, 28) in [0, 1]
    for s in pipe.denoise(16, steps=50, sampler="ddpm", seed=1):          # one item per step
        s.t, s.x_t, s.eps, s.x0, s.x_prev                                 # model space

A class-conditional model (``num_classes`` > 0) takes ``labels`` (one per sample, or one
for all; −1 = no condition) and a guidance scale ``guidance`` = s in every sampling call:

    ε̂ = ε̂_∅ + s · (ε̂_c − ε̂_∅)        (classifier-free guidance, Ho & Salimans 2022, eq. 6
                                        with w = s − 1)

so s = 0 is the unconditional model, s = 1 the conditional one and s > 1 pushes samples
away from what the unconditional model would draw, towards the class.

A network may predict ε (``prediction="epsilon"``, every model before 2026-11-28) or the
velocity v = α_t ε − σ_t x_0 (``prediction="v"``, Salimans & Ho 2022, §4; α_t = √ᾱ_t,
σ_t = √(1 − ᾱ_t)); :meth:`DiffusionModel.predict_noise` always returns ε̂, converted by
ε̂ = σ_t x_t + α_t v̂, so every sampler, the guidance and the views are unchanged.

Model space: images are mapped from [0, 1] to [−1, 1] (x ↦ 2x − 1); 2D points are
standardised by the training set's mean and standard deviation. ``to_data`` maps back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterator

import numpy as np
import torch

from training.artifacts import register
from training.diffusion.nets import PointMLP, UNet
from training.diffusion.scheduler_base import SchedulerBase
from training.diffusion.scheduling_ddim import DDIMScheduler
from training.diffusion.scheduling_ddpm import DDPMScheduler
from training.diffusion.scheduling_dpmsolver import DPMSolverMultistepScheduler
from training.diffusion.scheduling_unipc import UniPCMultistepScheduler

#: "unipc:quadratic" is UniPC on the quadratic timestep grid (see ``make_scheduler``), the
#: app's default fast solver: 17 steps match DDIM-50's figures (benchmarks/solvers.py)
#: "dpm++2m-sde" is DPM-Solver++(2M) for the reverse SDE (η = 1, noise at every step)
SAMPLERS = ("ddpm", "ddim", "dpm++2m", "unipc", "unipc:quadratic", "dpm++2m-sde:quadratic")
#: what a network may be trained to predict (see the module docstring)
PREDICTIONS = ("epsilon", "v")
#: what the app calls each sampler
SAMPLER_LABELS = {"ddpm": "DDPM", "ddim": "DDIM", "dpm++2m": "DPM-Solver++(2M)",
                  "unipc": "UniPC-2", "unipc:quadratic": "UniPC-2 (t²)",
                  "dpm++2m-sde:quadratic": "SDE-DPM-Solver++(2M) (t²)"}
#: the step count each sampler starts with in the app (the solvers': benchmarks/solvers.py)
DEFAULT_STEPS = {"ddpm": 50, "ddim": 50, "dpm++2m": 20, "unipc": 20, "unipc:quadratic": 17,
                 "dpm++2m-sde:quadratic": 17}


def guided_noise(eps_cond: torch.Tensor, eps_uncond: torch.Tensor, s: float) -> torch.Tensor:
    """Classifier-free guidance: ε̂ = ε̂_∅ + s (ε̂_c − ε̂_∅) (s = 0: ε̂_∅; s = 1: ε̂_c)."""
    return eps_uncond + float(s) * (eps_cond - eps_uncond)


@dataclass
class DenoiseStep:
    """One reverse step, tensors in model space with a leading batch dimension."""

    index: int          # 0 … steps−1
    steps: int
    t: int              # the timestep denoised in this step
    prev_t: int         # the timestep reached (−1 at the end)
    x_t: torch.Tensor
    eps: torch.Tensor   # ε_θ(x_t, t)
    x0: torch.Tensor    # x̂_0
    x_prev: torch.Tensor


@register
class DiffusionModel:
    """A denoiser network (predicting ε or v) + its noise schedule."""

    kind = "diffusion"

    def __init__(self, net: str = "unet", data_shape: tuple[int, ...] | list[int] = (28, 28),
                 channels: tuple[int, int, int] | list[int] = (32, 64, 96), hidden: int = 128,
                 depth: int = 4, schedule: str = "linear", num_train_timesteps: int = 1000,
                 seed: int = 0, fourier: int = 0, num_classes: int = 0,
                 class_names: tuple[str, ...] | list[str] = (),
                 prediction: str = "epsilon") -> None:
        if prediction not in PREDICTIONS:
            raise ValueError(f"prediction must be one of {', '.join(PREDICTIONS)}, "
                             f"not {prediction!r}")
        if prediction != "epsilon" and net != "unet":
            raise ValueError("--prediction v is offered for images: v-prediction is for the "
                             "image UNet only, the 2D MLP predicts ε")
        self.prediction = prediction
        self.net_name = net
        self.data_shape = tuple(int(s) for s in data_shape)
        self.channels = tuple(int(c) for c in channels)
        self.hidden, self.depth = int(hidden), int(depth)
        self.schedule_name, self.T, self.seed = schedule, int(num_train_timesteps), int(seed)
        self.fourier = int(fourier)
        self.num_classes = int(num_classes)
        if not 0 <= self.num_classes <= 1000:
            raise ValueError(f"num_classes must lie in 0 … 1000, not {num_classes}")
        self.class_names = tuple(str(c) for c in class_names)
        if self.class_names and len(self.class_names) != self.num_classes:
            raise ValueError("class_names must name every class")
        with torch.random.fork_rng():
            torch.manual_seed(seed)
            if net == "unet":
                if len(self.data_shape) != 2 or any(s % 4 for s in self.data_shape):
                    raise ValueError("the UNet needs images whose sides are divisible by 4")
                self.net = UNet(self.channels, num_classes=self.num_classes)
            elif net == "mlp":
                if len(self.data_shape) != 1:
                    raise ValueError("the MLP denoiser takes points, data_shape (D,)")
                self.net = PointMLP(self.data_shape[0], self.hidden, self.depth,
                                    fourier=self.fourier, num_classes=self.num_classes)
            else:
                raise ValueError(f"unknown denoiser '{net}' (known: unet, mlp)")
        self.net.eval()
        d = self.data_shape[0] if self.is_points else 1
        self.shift = torch.zeros(d)
        self.scale = torch.ones(d)
        self.scheduler = DDPMScheduler(self.T, schedule)
        self.card: dict[str, Any] = {}
        self.precision = None  # set by the first predict_noise (training.precision)

    # -- artifact protocol --------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {"net": self.net_name, "data_shape": list(self.data_shape),
                "channels": list(self.channels), "hidden": self.hidden, "depth": self.depth,
                "schedule": self.schedule_name, "num_train_timesteps": self.T,
                "seed": self.seed, "fourier": self.fourier, "num_classes": self.num_classes,
                "class_names": list(self.class_names), "prediction": self.prediction}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first. Mirrors :class:`PointMLP` and :class:`UNet`."""
        shapes: dict[str, tuple[int, ...]] = {}

        def layer(name: str, weight: tuple[int, ...]) -> None:  # Linear / Conv2d
            shapes[f"net.{name}.weight"], shapes[f"net.{name}.bias"] = weight, weight[:1]

        def norm(name: str, ch: int) -> None:  # GroupNorm
            shapes[f"net.{name}.weight"] = shapes[f"net.{name}.bias"] = (ch,)

        if config["net"] == "mlp":
            dim, h, temb = int(config["data_shape"][0]), int(config["hidden"]), 64
            layer("time.0", (h, temb))
            layer("time.2", (h, h))
            layer("inp", (h, dim * (1 + 2 * int(config["fourier"]))))
            for i in range(int(config["depth"])):
                layer(f"blocks.{i}.1", (h, h))
            layer("out.1", (dim, h))
            label_dim = h
        elif config["net"] == "unet":
            c0, c1, c2 = (int(c) for c in config["channels"])
            if c0 % 2 or c2 % 4:  # constructed fine, but forward would fail on every input
                raise ValueError("the UNet needs an even channels[0] (time embedding) and "
                                 "channels[2] divisible by 4 (attention heads)")
            temb = 4 * c0

            def res(name: str, cin: int, cout: int) -> None:  # _ResBlock
                norm(f"{name}.norm1", cin)
                layer(f"{name}.conv1", (cout, cin, 3, 3))
                layer(f"{name}.temb", (cout, temb))
                norm(f"{name}.norm2", cout)
                layer(f"{name}.conv2", (cout, cout, 3, 3))
                if cin != cout:
                    layer(f"{name}.skip", (cout, cin, 1, 1))

            def attn(name: str, ch: int) -> None:  # _Attention
                norm(f"{name}.norm", ch)
                layer(f"{name}.qkv", (3 * ch, ch, 1, 1))
                layer(f"{name}.proj", (ch, ch, 1, 1))

            layer("time.0", (temb, c0))
            layer("time.2", (temb, temb))
            layer("conv_in", (c0, 1, 3, 3))
            res("down0", c0, c0)
            layer("pool0", (c0, c0, 3, 3))
            res("down1", c0, c1)
            layer("pool1", (c1, c1, 3, 3))
            res("down2", c1, c2)
            attn("attn2", c2)
            res("mid1", c2, c2)
            attn("mid_attn", c2)
            res("mid2", c2, c2)
            res("up2", 2 * c2, c2)
            attn("up_attn2", c2)
            res("up1", c2 + c1, c1)
            res("up0", c1 + c0, c0)
            norm("norm_out", c0)
            layer("conv_out", (1, c0, 3, 3))
            dim, label_dim = 1, temb
        else:
            raise ValueError(f"unknown denoiser '{config['net']}' (known: unet, mlp)")
        k = int(config.get("num_classes", 0) or 0)
        if not 0 <= k <= 1000:
            raise ValueError(f"num_classes must lie in 0 … 1000, not {k}")
        if k:
            shapes["net.label.weight"] = (k + 1, label_dim)
        shapes["data.shift"] = shapes["data.scale"] = (dim,)
        return shapes

    def get_tensors(self) -> dict[str, np.ndarray]:
        out = {f"net.{k}": v.detach().float().numpy().copy()
               for k, v in self.net.state_dict().items()}
        out["data.shift"] = self.shift.numpy().copy()
        out["data.scale"] = self.scale.numpy().copy()
        return out

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        state = {k[4:]: torch.from_numpy(np.array(v)) for k, v in tensors.items()
                 if k.startswith("net.")}
        self.net.load_state_dict(state)
        self.shift = torch.from_numpy(np.array(tensors["data.shift"]))
        self.scale = torch.from_numpy(np.array(tensors["data.scale"]))
        if not bool((self.scale > 0).all()):
            raise ValueError("data.scale must be positive")

    # -- spaces -------------------------------------------------------------------------
    @property
    def is_points(self) -> bool:
        return self.net_name == "mlp"

    @property
    def n_params(self) -> int:
        return sum(p.numel() for p in self.net.parameters())

    def to_model(self, x: np.ndarray | torch.Tensor) -> torch.Tensor:
        """Data space → model space ([N, 1, H, W] in [−1, 1], or standardised [N, D])."""
        x = torch.as_tensor(np.asarray(x, dtype=np.float32))
        if self.is_points:
            return (x - self.shift) / self.scale
        return (2 * x - 1).reshape(len(x), 1, *self.data_shape)

    def to_data(self, x: torch.Tensor) -> np.ndarray:
        """Model space → data space: images (N, H, W) clipped to [0, 1], or points (N, D)."""
        x = x.detach().float()
        if self.is_points:
            return (x * self.scale + self.shift).numpy()
        return ((x[:, 0] + 1) / 2).clamp(0, 1).numpy()

    # -- the likelihood (2D points) --------------------------------------------------------
    #: how :meth:`log_prob` is computed (the scoreboard labels its figures with it)
    likelihood_method = "PF-ODE"
    #: log_prob costs ~10 ms per point (400 network passes with gradients): the density
    #: canvas scores it on a subset and draws its heat map from samples
    slow_log_prob = True

    def log_prob(self, x: np.ndarray, steps: int = 100) -> np.ndarray:
        """log p(x) [N] in data units (nats) of a 2D model by the probability-flow ODE,
        exact up to the ODE solver's error (:mod:`training.diffusion.likelihood`)."""
        from training.diffusion.likelihood import log_prob

        return log_prob(self, x, steps=steps)

    # -- the denoiser ---------------------------------------------------------------------
    @property
    def conditional(self) -> bool:
        return self.num_classes > 0

    def check_labels(self, labels, n: int) -> torch.Tensor | None:
        """Labels as a [n] long tensor (−1 = none), or None for an unconditional call."""
        if labels is None:
            return None
        if not self.conditional:
            raise ValueError("this model is unconditional: it takes no labels")
        y = torch.as_tensor(np.asarray(labels), dtype=torch.long).reshape(-1)
        if len(y) == 1:
            y = y.expand(n).clone()
        if len(y) != n or bool(((y < -1) | (y >= self.num_classes)).any()):
            raise ValueError(f"labels: one per sample (or one for all), each in "
                             f"0 … {self.num_classes - 1} or −1 for none")
        return y

    def output_to_noise(self, out: torch.Tensor, x_t: torch.Tensor,
                        t: torch.Tensor | int) -> torch.Tensor:
        """The network's output as ε̂: itself for ε-prediction; σ_t x_t + α_t v̂ for v
        (the forward process's formula α_t · first + σ_t · second, with v̂ and x_t)."""
        if self.prediction == "epsilon":
            return out
        return self.scheduler.add_noise(out, x_t.to(out.dtype), t)

    @torch.inference_mode()
    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor | int,
                      labels: torch.Tensor | None = None,
                      guidance: float = 1.0) -> torch.Tensor:
        """ε̂(x_t, t) in model space, float32. The UNet runs in bfloat16 only where this
        machine does bfloat16 well (:mod:`training.precision`: detected, then timed once
        per batch shape); the small point MLP always runs in float32.

        With ``labels`` (a conditional model) it is the guided ε̂ of the module docstring:
        s = 1 costs one network pass, any other s two (conditional and null in one batch);
        a sample whose label is −1 gets ε̂_∅ whatever s is."""
        x_t = torch.as_tensor(x_t, dtype=torch.float32)
        prec = self.precision_for(x_t, t)
        with prec.autocast(x_t.device.type):
            if labels is None:  # a conditional net takes this as the null label ∅
                out = self.net(x_t, t).float()
            elif float(guidance) in (0.0, 1.0):
                y = labels.to(x_t.device) if float(guidance) == 1.0 else None
                out = self.net(x_t, t, y).float()
            else:
                y = labels.to(x_t.device)
                both = self.net(torch.cat([x_t, x_t]), t,
                                torch.cat([y, torch.full_like(y, -1)]))
                out_c, out_u = both.float().chunk(2)
                # guidance is linear, and so is v ↦ ε: guiding v̂ then converting is the same
                out = guided_noise(out_c, out_u, float(guidance))
        return self.output_to_noise(out, x_t, t)

    def precision_for(self, x_t: torch.Tensor, t: torch.Tensor | int):
        """The :class:`training.precision.Precision` the denoiser uses for this input."""
        from training import precision

        if self.is_points:
            return precision.FLOAT32
        key = ("unet", self.channels, tuple(x_t.shape))
        self.precision = precision.choose(x_t.device, lambda: self.net(x_t, t), key=key)
        return self.precision

    def make_scheduler(self, sampler: str = "ddim", steps: int = 50,
                       eta: float = 0.0, variance_type: str = "fixed_small") -> SchedulerBase:
        """A fresh scheduler for ``sampler`` over ``steps`` timesteps (evenly spaced in t for
        DDPM / DDIM, in log-SNR for the solvers ``dpm++2m``, ``unipc`` and ``dpm++2m-sde``
        (the SDE solver, η = 1); a solver name may pick another spacing after a colon,
        e.g. ``unipc:time``, see
        :class:`~training.diffusion.scheduler_base.LogSNRSchedulerBase`)."""
        clip = not self.is_points
        sampler, _, spacing = str(sampler).partition(":")
        if spacing and sampler not in ("dpm++2m", "unipc", "dpm++2m-sde"):
            raise ValueError(f"only the solvers (dpm++2m, unipc, dpm++2m-sde) take a timestep "
                             f"spacing, not '{sampler}'")
        solver_options = {"clip_sample": clip, "timestep_spacing": spacing or "logsnr"}
        if isinstance(steps, bool) or int(steps) != steps or not 1 <= int(steps) <= self.T:
            raise ValueError(f"steps must be a whole number from 1 to {self.T}, not {steps!r}")
        steps = int(steps)
        if sampler in ("dpm++2m", "dpm++2m-sde"):
            s: SchedulerBase = DPMSolverMultistepScheduler(
                self.T, self.schedule_name, eta=1.0 if sampler == "dpm++2m-sde" else 0.0,
                **solver_options)
        elif sampler == "unipc":
            s = UniPCMultistepScheduler(self.T, self.schedule_name, **solver_options)
        elif sampler == "ddim":
            s = DDIMScheduler(self.T, self.schedule_name, clip_sample=clip, eta=eta)
        elif sampler == "ddpm":
            s = DDPMScheduler(self.T, self.schedule_name, clip_sample=clip,
                              variance_type=variance_type)
        else:
            raise ValueError(f"unknown sampler '{sampler}' (known: {', '.join(SAMPLERS)})")
        s.set_timesteps(steps)
        return s

    def initial_noise(self, n: int, seed: int = 0) -> torch.Tensor:
        """x_T ~ N(0, I) in model space, reproducible by ``seed``."""
        g = torch.Generator().manual_seed(int(seed))
        shape = (n, *self.data_shape) if self.is_points else (n, 1, *self.data_shape)
        return torch.randn(shape, generator=g)

    def denoise(self, n: int = 16, steps: int = 50, sampler: str = "ddim", eta: float = 0.0,
                seed: int = 0, x_T: torch.Tensor | None = None,
                generator: torch.Generator | None = None, labels=None,
                guidance: float = 1.0) -> Iterator[DenoiseStep]:
        """Yield every reverse step from x_T to x_0 (the caller may stop at any time).

        x_T comes from ``seed`` unless given; the sampler's noise draws from ``generator``
        (by default a generator seeded with ``seed + 1``), so equal seeds give equal runs.
        """
        sched = self.make_scheduler(sampler, steps, eta)
        x = self.initial_noise(n, seed) if x_T is None else x_T.clone()
        y = self.check_labels(labels, len(x))
        if not math.isfinite(float(guidance)) or abs(float(guidance)) > 100:
            raise ValueError(f"the guidance scale must be a number in −100 … 100, "
                             f"not {guidance!r}")
        g = generator or torch.Generator().manual_seed(int(seed) + 1)
        ts = sched.timesteps.tolist()
        for i, t in enumerate(ts):
            eps = self.predict_noise(x, t, y, guidance)
            out = sched.step(eps, t, x, generator=g)
            yield DenoiseStep(i, len(ts), t, ts[i + 1] if i + 1 < len(ts) else -1, x, eps,
                              out.pred_original_sample, out.prev_sample)
            x = out.prev_sample

    #: the panels of one step (the step sampler capability, :mod:`training.capabilities`)
    step_names = ("x_t", "eps", "x0")

    def iter_steps(self, n: int, seed: int = 0, steps: int = 50, sampler: str = "ddim",
                   eta: float = 0.0, labels=None, guidance: float = 1.0,
                   **_options) -> Iterator:
        """:meth:`denoise` as :class:`training.capabilities.Step` objects: x_t and x̂₀ in data
        space, ε̂ in model space, captioned with the timestep."""
        from training.capabilities import Step

        for s in self.denoise(n, steps=steps, sampler=sampler, eta=eta, seed=seed,
                              labels=labels, guidance=guidance):
            eps = s.eps.detach().float().numpy()
            yield Step(s.index, s.steps, f"t = {s.t} → " + (str(s.prev_t) if s.prev_t >= 0 else "x₀"),
                       {"x_t": self.to_data(s.x_t),
                        "eps": eps if self.is_points else eps[:, 0],
                        "x0": self.to_data(s.x0)},
                       {"t": s.t, "prev_t": s.prev_t})

    def sample(self, n: int, steps: int = 50, sampler: str = "ddim", eta: float = 0.0,
               seed: int = 0, return_trajectory: bool = False, batch_size: int = 256,
               labels=None, guidance: float = 1.0):
        """``n`` samples in data space: images (n, H, W) in [0, 1] or points (n, D).

        With ``return_trajectory`` also returns a dict of arrays over the steps:
        ``t`` [S], ``x_t`` / ``eps`` / ``x0`` [S, n, …] in data space (ε in model space).
        """
        outs, traj = [], {"t": [], "x_t": [], "eps": [], "x0": []}
        y_all = self.check_labels(labels, n)
        for start in range(0, n, batch_size):
            m = min(batch_size, n - start)
            x_T = self.initial_noise(n, seed)[start:start + m]
            g = torch.Generator().manual_seed(int(seed) + 1 + start)
            last = None
            y = None if y_all is None else y_all[start:start + m]
            for s in self.denoise(m, steps, sampler, eta, seed, x_T=x_T, generator=g,
                                  labels=y, guidance=guidance):
                last = s
                if return_trajectory:
                    traj["t"].append(s.t)
                    traj["x_t"].append(self.to_data(s.x_t))
                    traj["eps"].append(s.eps.numpy())
                    traj["x0"].append(self.to_data(s.x0))
            outs.append(self.to_data(last.x_prev))
        result = np.concatenate(outs)
        if not return_trajectory:
            return result
        if n > batch_size:
            raise ValueError("return_trajectory works for n ≤ batch_size")
        return result, {k: np.asarray(v) for k, v in traj.items()}
