"""Training the image GANs of :mod:`training.latent.gan`: padding, DiffAugment, R1 and the
trainer (the non-saturating game, lazy R1, an EMA generator; the trainer protocol of
:mod:`training.density.trainer`, so checkpoints, resume and the NaN stop work, reporting
:class:`~training.events.TrainEvent`). The losses are written out in that module's
docstring.
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any, Callable

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from training.events import TrainEvent
from training.latent.gan import _GANBase, _StyleGenerator
from training.optim import ema_decay_at


def pad_images(x: np.ndarray) -> torch.Tensor:
    """(N, H, W) in [0, 1] → (N, 1, 32, 32) in [−1, 1], centred, padded with background."""
    x = torch.as_tensor(np.asarray(x, np.float32))
    h, w = x.shape[1:]
    top, left = (32 - h) // 2, (32 - w) // 2
    out = torch.zeros(len(x), 1, 32, 32)
    out[:, 0, top:top + h, left:left + w] = x
    return out * 2 - 1


def draw_augment(n: int, h: int, w: int, g: torch.Generator, shift: int = 2,
                 cutout: float = 0.25) -> dict[str, torch.Tensor]:
    """The random part of :func:`diff_augment` for ``n`` images of h×w, drawn on the CPU
    from ``g`` (one value per image: a data-parallel trainer draws them for the global
    batch and keeps its shard's rows)."""
    out = {"dx": torch.randint(0, 2 * shift + 1, (n,), generator=g),
           "dy": torch.randint(0, 2 * shift + 1, (n,), generator=g)}
    if cutout > 0:
        s = int(h * cutout)
        out["cy"] = torch.randint(0, h - s + 1, (n,), generator=g)
        out["cx"] = torch.randint(0, w - s + 1, (n,), generator=g)
    return out


def apply_augment(x: torch.Tensor, params: dict[str, torch.Tensor], shift: int = 2,
                  cutout: float = 0.25) -> torch.Tensor:
    """:func:`diff_augment` with its random values given (``params`` on ``x``'s device)."""
    n, _, h, w = x.shape
    dev = x.device
    dx, dy = params["dx"], params["dy"]
    xp = F.pad(x, (shift, shift, shift, shift), value=-1.0)
    iy = (dy[:, None] + torch.arange(h, device=dev)[None])[:, :, None].expand(n, h, w)
    ix = (dx[:, None] + torch.arange(w, device=dev)[None])[:, None, :].expand(n, h, w)
    flat = xp[:, 0].reshape(n, -1)
    x = flat.gather(1, (iy * (w + 2 * shift) + ix).reshape(n, -1)).reshape(n, 1, h, w)
    if cutout > 0:
        s = int(h * cutout)
        cy, cx = params["cy"], params["cx"]
        ys = torch.arange(h, device=dev)[None, :, None]
        xs = torch.arange(w, device=dev)[None, None, :]
        hole = ((ys >= cy[:, None, None]) & (ys < cy[:, None, None] + s)
                & (xs >= cx[:, None, None]) & (xs < cx[:, None, None] + s))
        x = torch.where(hole[:, None], torch.full_like(x, -1.0), x)
    return x


def diff_augment(x: torch.Tensor, g: torch.Generator, shift: int = 2,
                 cutout: float = 0.25) -> torch.Tensor:
    """DiffAugment (Zhao et al. 2020) translation and cutout, differentiable in x: shift
    each image by up to ±``shift`` pixels (zero = background −1 padding) and blank one
    square of side ``cutout``·H at a random place."""
    n, _, h, w = x.shape
    params = draw_augment(n, h, w, g, shift, cutout)
    return apply_augment(x, {k: v.to(x.device) for k, v in params.items()}, shift, cutout)


def r1_penalty(d: nn.Module, x_real: torch.Tensor) -> torch.Tensor:
    """R1 = E_x ‖∇_x D(x)‖² over the real batch (Mescheder et al. 2018), differentiable in
    D's parameters (create_graph). The trainer multiplies it by γ/2."""
    x = x_real.detach().requires_grad_(True)
    (grad,) = torch.autograd.grad(d(x).sum(), x, create_graph=True)
    return grad.pow(2).flatten(1).sum(1).mean()


class GANTrainer:
    """Alternating D and G Adam steps on the non-saturating loss with R1 (lazy, every
    ``r1_every`` steps) and optional DiffAugment; an EMA of G's weights is what gets saved.
    The trainer protocol of :func:`training.checkpoint.run_resumable` (``step``, ``done``,
    ``progress``, ``state``/``load_state``); a non-finite loss raises FloatingPointError.

    ``device``: the networks and the data live there; every random number (batch indices,
    z, augmentations) is drawn on the CPU from one seeded generator and then moved, so a
    CPU and a CUDA run see the same draws (their weights differ by the kernels' rounding).

    Under torchrun (a joined process group) every rank draws the same global batch and
    trains on its shard ``[rank::world]``; G and D are wrapped in DistributedDataParallel,
    so N ranks follow the one-process trajectory up to summation order:

    - D's DDP wrapper is used for the D step only. R1 takes ∂D/∂x on the *unwrapped* D
      (torch.autograd.grad with create_graph; DDP supports only ``backward``), and its
      parameter gradient flows into the same single ``loss_d.backward()``, whose
      all-reduce therefore includes it, once per D step. Every D parameter gets a gradient
      from the logistic loss on every step, R1 or not, so DDP needs no
      ``find_unused_parameters``.
    - The G step runs G's wrapper and the unwrapped, frozen D (its wrapper would wait for
      gradients that never come).
    - The DCGAN generator's BatchNorm becomes :class:`~training.data_parallel.GlobalBatchNorm`
      (statistics over the global batch, as one process computes them).
    - The EMA generator is updated on every rank from the same synchronised weights."""

    unit = "step"

    def __init__(self, model: _GANBase, x_train: np.ndarray, steps: int = 3000,
                 batch_size: int = 64, lr: float = 5e-4, r1_gamma: float = 1.0,
                 r1_every: int = 4, augment: bool = True, ema: float = 0.995,
                 seed: int = 0, log_every: int = 50,
                 callback: Callable[[TrainEvent], None] | None = None,
                 device: str | torch.device = "cpu") -> None:
        from training.data_parallel import check_batch, ddp, global_batchnorm, rank_world

        self.model, self.steps, self.batch_size = model, int(steps), int(batch_size)
        self.r1_gamma, self.r1_every, self.augment = float(r1_gamma), int(r1_every), augment
        self.ema_decay, self.log_every, self.callback = float(ema), int(log_every), callback
        self.device = torch.device(device)
        self.rank, self.world = rank_world()
        check_batch(self.batch_size, self.world)
        self.x = pad_images(x_train).to(self.device)
        self.g = torch.Generator().manual_seed(seed)
        torch.manual_seed(seed)
        self.G = model.generator                   # trained weights
        if self.world > 1:
            global_batchnorm(self.G)
        self.G.to(self.device).train()
        self.D = model.discriminator.to(self.device)
        self.G_ema = copy.deepcopy(self.G).eval()  # what decode uses after finish()
        for p in self.G_ema.parameters():
            p.requires_grad_(False)
        # the modules a step calls for gradients: DDP wrappers under torchrun
        self.G_step = ddp(self.G, self.device) if self.world > 1 else self.G
        self.D_step = ddp(self.D, self.device) if self.world > 1 else self.D
        betas = (0.5, 0.99)
        self.opt_g = torch.optim.Adam(self.G.parameters(), lr, betas=betas)
        self.opt_d = torch.optim.Adam(self.D.parameters(), lr, betas=betas)
        self.history: list[list[float]] = []
        self.progress = 0
        self._acc: dict[str, list[float]] = {"loss_d": [], "loss_g": [], "r1": [],
                                             "d_real": [], "d_fake": []}
        self._elapsed0, self.t0 = 0.0, time.perf_counter()

    @property
    def done(self) -> bool:
        return self.progress >= self.steps

    def elapsed(self) -> float:
        return self._elapsed0 + time.perf_counter() - self.t0

    def _local(self, t: torch.Tensor) -> torch.Tensor:
        """This rank's shard of a global draw, on the training device."""
        from training.data_parallel import shard

        return shard(t, self.rank, self.world).to(self.device)

    def _aug(self, x: torch.Tensor) -> torch.Tensor:
        if not self.augment:
            return x
        params = draw_augment(self.batch_size, x.shape[2], x.shape[3], self.g)
        return apply_augment(x, {k: self._local(v) for k, v in params.items()})

    def _batch(self) -> torch.Tensor:
        idx = torch.randint(0, len(self.x), (self.batch_size,), generator=self.g)
        return self.x[self._local(idx)]

    def _z(self) -> torch.Tensor:
        return self._local(torch.randn(self.batch_size, self.model.latent_dim, generator=self.g))

    def train_step(self) -> dict[str, float]:
        """One D step (with R1 every ``r1_every``) then one G step; the losses (means over
        the global batch)."""
        from training.data_parallel import mean_over_ranks

        real = self._batch()
        with torch.no_grad():
            fake = self.G(self._z())
        d_real, d_fake = self.D_step(self._aug(real)), self.D_step(self._aug(fake))
        loss_d = F.softplus(-d_real).mean() + F.softplus(d_fake).mean()
        r1 = torch.zeros((), device=self.device)
        if self.r1_gamma > 0 and self.progress % self.r1_every == 0:
            r1 = r1_penalty(self.D, real)  # on un-augmented reals, the unwrapped D
            loss_d = loss_d + 0.5 * self.r1_gamma * self.r1_every * r1
        self.opt_d.zero_grad(set_to_none=True)
        loss_d.backward()
        self.opt_d.step()

        for p in self.D.parameters():
            p.requires_grad_(False)
        loss_g = F.softplus(-self.D(self._aug(self.G_step(self._z())))).mean()
        self.opt_g.zero_grad(set_to_none=True)
        loss_g.backward()
        self.opt_g.step()
        for p in self.D.parameters():
            p.requires_grad_(True)
        with torch.no_grad():
            # EMA with a ramp-up (StyleGAN): early on the average forgets the random init fast
            beta = ema_decay_at(self.progress, self.ema_decay)
            for pe, p in zip(self.G_ema.parameters(), self.G.parameters()):
                pe.lerp_(p, 1 - beta)
            for be, b in zip(self.G_ema.buffers(), self.G.buffers()):
                be.copy_(b)
            if isinstance(self.G, _StyleGenerator):  # running mean of w (truncation)
                z = torch.randn(256, self.model.latent_dim, generator=self.g)
                w = self.G.mapping(z.to(self.device))
                self.G_ema.w_avg.lerp_(w.mean(0), 0.01)
        vals = torch.stack([loss_d.detach(), loss_g.detach(), r1.detach(),
                            d_real.detach().mean(), d_fake.detach().mean()])
        vals = mean_over_ranks(vals, self.world).tolist()
        out = dict(zip(("loss_d", "loss_g", "r1", "d_real", "d_fake"), vals))
        if not all(math.isfinite(v) for v in out.values()):
            raise FloatingPointError(f"the GAN loss became non-finite at step {self.progress}")
        return out

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            if self.done:
                return
            vals = self.train_step()
            self.progress += 1
            for k, v in vals.items():
                if k != "r1" or v:
                    self._acc[k].append(v)
            if self.progress % self.log_every == 0 or self.done:
                row = {k: round(float(np.mean(v)), 4) for k, v in self._acc.items() if v}
                self._acc = {k: [] for k in self._acc}
                self.history.append([self.progress, row.get("loss_d", 0.0),
                                     row.get("loss_g", 0.0), row.get("r1", 0.0)])
                if self.callback is not None:
                    self.callback(TrainEvent(self.progress, self.steps, row, self.elapsed()))

    def finish(self) -> dict[str, Any]:
        """Put the EMA weights into the model (what is saved and decoded), on the CPU, with
        plain BatchNorm again."""
        from training.data_parallel import plain_batchnorm

        self.G.load_state_dict(self.G_ema.state_dict())
        plain_batchnorm(self.G).to("cpu").eval()
        self.D.to("cpu")
        return {"steps_run": self.progress, "time_s": round(self.elapsed(), 1),
                "loss_curve": self.history}

    # -- checkpoints ------------------------------------------------------------------------
    def state(self) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
        from training.checkpoint import prefixed

        t = {**prefixed("G", self.G.state_dict()), **prefixed("G_ema", self.G_ema.state_dict()),
             **prefixed("D", self.D.state_dict())}
        for name, opt in (("opt_g", self.opt_g), ("opt_d", self.opt_d)):
            for i, st in opt.state_dict()["state"].items():
                for k, v in st.items():
                    t[f"{name}.{i}.{k}"] = torch.as_tensor(v).clone()
        t["rng"] = self.g.get_state()
        meta = {"step": self.progress, "history": self.history, "elapsed": self.elapsed()}
        return t, meta

    def load_state(self, t: dict[str, torch.Tensor], meta: dict[str, Any]) -> None:
        from training.checkpoint import unprefixed

        self.G.load_state_dict(unprefixed("G", t))
        self.G_ema.load_state_dict(unprefixed("G_ema", t))
        self.D.load_state_dict(unprefixed("D", t))
        for name, opt in (("opt_g", self.opt_g), ("opt_d", self.opt_d)):
            sd = opt.state_dict()
            st: dict[int, dict[str, torch.Tensor]] = {}
            for key, v in t.items():
                if key.startswith(name + "."):
                    _, i, k = key.split(".", 2)
                    st.setdefault(int(i), {})[k] = v
            sd["state"] = st
            opt.load_state_dict(sd)
        self.g.set_state(t["rng"])
        self.progress, self.history = int(meta["step"]), meta["history"]
        self._elapsed0, self.t0 = float(meta["elapsed"]), time.perf_counter()
