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


def pad_images(x: np.ndarray) -> torch.Tensor:
    """(N, H, W) in [0, 1] → (N, 1, 32, 32) in [−1, 1], centred, padded with background."""
    x = torch.as_tensor(np.asarray(x, np.float32))
    h, w = x.shape[1:]
    top, left = (32 - h) // 2, (32 - w) // 2
    out = torch.zeros(len(x), 1, 32, 32)
    out[:, 0, top:top + h, left:left + w] = x
    return out * 2 - 1


def diff_augment(x: torch.Tensor, g: torch.Generator, shift: int = 2,
                 cutout: float = 0.25) -> torch.Tensor:
    """DiffAugment (Zhao et al. 2020) translation and cutout, differentiable in x: shift
    each image by up to ±``shift`` pixels (zero = background −1 padding) and blank one
    square of side ``cutout``·H at a random place."""
    n, _, h, w = x.shape
    xp = F.pad(x, (shift, shift, shift, shift), value=-1.0)
    dx = torch.randint(0, 2 * shift + 1, (n,), generator=g)
    dy = torch.randint(0, 2 * shift + 1, (n,), generator=g)
    iy = (dy[:, None] + torch.arange(h)[None])[:, :, None].expand(n, h, w)
    ix = (dx[:, None] + torch.arange(w)[None])[:, None, :].expand(n, h, w)
    flat = xp[:, 0].reshape(n, -1)
    x = flat.gather(1, (iy * (w + 2 * shift) + ix).reshape(n, -1)).reshape(n, 1, h, w)
    if cutout > 0:
        s = int(h * cutout)
        cy = torch.randint(0, h - s + 1, (n,), generator=g)
        cx = torch.randint(0, w - s + 1, (n,), generator=g)
        ys, xs = torch.arange(h)[None, :, None], torch.arange(w)[None, None, :]
        hole = ((ys >= cy[:, None, None]) & (ys < cy[:, None, None] + s)
                & (xs >= cx[:, None, None]) & (xs < cx[:, None, None] + s))
        x = torch.where(hole[:, None], torch.full_like(x, -1.0), x)
    return x


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
    ``progress``, ``state``/``load_state``); a non-finite loss raises FloatingPointError."""

    unit = "step"

    def __init__(self, model: _GANBase, x_train: np.ndarray, steps: int = 3000,
                 batch_size: int = 64, lr: float = 5e-4, r1_gamma: float = 1.0,
                 r1_every: int = 4, augment: bool = True, ema: float = 0.995,
                 seed: int = 0, log_every: int = 50,
                 callback: Callable[[TrainEvent], None] | None = None) -> None:
        self.model, self.steps, self.batch_size = model, int(steps), int(batch_size)
        self.r1_gamma, self.r1_every, self.augment = float(r1_gamma), int(r1_every), augment
        self.ema_decay, self.log_every, self.callback = float(ema), int(log_every), callback
        self.x = pad_images(x_train)
        self.g = torch.Generator().manual_seed(seed)
        torch.manual_seed(seed)
        self.G = model.generator                   # trained weights
        self.G.train()
        self.D = model.discriminator
        self.G_ema = copy.deepcopy(self.G).eval()  # what decode uses after finish()
        for p in self.G_ema.parameters():
            p.requires_grad_(False)
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

    def _aug(self, x: torch.Tensor) -> torch.Tensor:
        return diff_augment(x, self.g) if self.augment else x

    def _batch(self) -> torch.Tensor:
        idx = torch.randint(0, len(self.x), (self.batch_size,), generator=self.g)
        return self.x[idx]

    def _z(self) -> torch.Tensor:
        return torch.randn(self.batch_size, self.model.latent_dim, generator=self.g)

    def train_step(self) -> dict[str, float]:
        """One D step (with R1 every ``r1_every``) then one G step; the losses."""
        real = self._batch()
        with torch.no_grad():
            fake = self.G(self._z())
        d_real, d_fake = self.D(self._aug(real)), self.D(self._aug(fake))
        loss_d = F.softplus(-d_real).mean() + F.softplus(d_fake).mean()
        r1 = torch.zeros(())
        if self.r1_gamma > 0 and self.progress % self.r1_every == 0:
            r1 = r1_penalty(self.D, real)  # on un-augmented reals
            loss_d = loss_d + 0.5 * self.r1_gamma * self.r1_every * r1
        self.opt_d.zero_grad(set_to_none=True)
        loss_d.backward()
        self.opt_d.step()

        for p in self.D.parameters():
            p.requires_grad_(False)
        loss_g = F.softplus(-self.D(self._aug(self.G(self._z())))).mean()
        self.opt_g.zero_grad(set_to_none=True)
        loss_g.backward()
        self.opt_g.step()
        for p in self.D.parameters():
            p.requires_grad_(True)
        with torch.no_grad():
            # EMA with a ramp-up (StyleGAN): early on the average forgets the random init fast
            beta = min(self.ema_decay, (1 + self.progress) / (10 + self.progress))
            for pe, p in zip(self.G_ema.parameters(), self.G.parameters()):
                pe.lerp_(p, 1 - beta)
            for be, b in zip(self.G_ema.buffers(), self.G.buffers()):
                be.copy_(b)
            if isinstance(self.G, _StyleGenerator):  # running mean of w (truncation)
                w = self.G.mapping(torch.randn(256, self.model.latent_dim, generator=self.g))
                self.G_ema.w_avg.lerp_(w.mean(0), 0.01)
        out = {"loss_d": float(loss_d.detach()), "loss_g": float(loss_g.detach()), "r1": float(r1.detach()),
               "d_real": float(d_real.detach().mean()), "d_fake": float(d_fake.detach().mean())}
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
        """Put the EMA weights into the model (what is saved and decoded)."""
        self.G.load_state_dict(self.G_ema.state_dict())
        self.G.eval()
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
