"""A small Adam with cosine learning-rate decay.

Why not ``torch.optim.Adam``: constructing any ``torch.optim`` optimizer imports
``torch._dynamo`` the first time (≈2.4 s on the development machine, measured), which
freezes the app's live training start and holds the GIL. The update below is Kingma & Ba
(2015), Algorithm 1, with decoupled-from-nothing L2 weight decay as in ``torch.optim.Adam``:

    g ← ∇θ + λ θ;   m ← β₁ m + (1−β₁) g;   v ← β₂ v + (1−β₂) g²
    θ ← θ − η_t · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε),   η_t = η · ½ (1 + cos(π t / T))

with an optional linear warm-up of η over the first ``warmup_steps`` steps.
"""

from __future__ import annotations

import math
from typing import Iterable

import torch


class CosineAdam:
    def __init__(self, params: Iterable[torch.nn.Parameter], lr: float, total_steps: int,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0, warmup_steps: int = 0, min_lr_frac: float = 0.0) -> None:
        self.params = [p for p in params if p.requires_grad]
        self.lr, self.total = float(lr), max(int(total_steps), 1)
        self.b1, self.b2 = betas
        self.eps, self.wd = eps, float(weight_decay)
        self.warmup, self.min_frac = int(warmup_steps), float(min_lr_frac)
        self.t = 0
        self.m = [torch.zeros_like(p) for p in self.params]
        self.v = [torch.zeros_like(p) for p in self.params]

    def current_lr(self) -> float:
        cos = 0.5 * (1 + math.cos(math.pi * min(self.t, self.total) / self.total))
        lr = self.lr * (self.min_frac + (1 - self.min_frac) * cos)
        if self.warmup and self.t < self.warmup:
            lr *= (self.t + 1) / self.warmup
        return lr

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self) -> None:
        lr = self.current_lr()  # η_t for this step (t counts completed steps)
        self.t += 1
        c1, c2 = 1 - self.b1**self.t, 1 - self.b2**self.t
        for p, m, v in zip(self.params, self.m, self.v):
            if p.grad is None:
                continue
            g = p.grad if self.wd == 0 else p.grad + self.wd * p
            m.mul_(self.b1).add_(g, alpha=1 - self.b1)
            v.mul_(self.b2).addcmul_(g, g, value=1 - self.b2)
            p.addcdiv_(m / c1, (v / c2).sqrt_().add_(self.eps), value=-lr)

    def state_dict(self) -> dict:
        return {"t": self.t, "m": [m.clone() for m in self.m], "v": [v.clone() for v in self.v]}

    def load_state_dict(self, state: dict) -> None:
        self.t = int(state["t"])
        for dst, src in zip(self.m, state["m"]):
            dst.copy_(src)
        for dst, src in zip(self.v, state["v"]):
            dst.copy_(src)


def ema_decay_at(steps_done: int, ema: float) -> float:
    """The decay of a weight average's update after ``steps_done`` steps: ``ema``, ramped up
    as (1+s)/(10+s) so that early on the average forgets the random initial weights fast
    (0.999 is reached only after 8,990 steps). The DDPM and GAN trainers both use it."""
    return min(float(ema), (1 + steps_done) / (10 + steps_done))
