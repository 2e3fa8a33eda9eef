"""Denoiser networks ε_θ(x_t, t): a small UNet for images and an MLP for 2D points.

Both take the timestep as an integer index t ∈ {0, …, T−1} (a tensor [N] or a scalar) and
embed it with sinusoids (Vaswani et al. 2017, as in DDPM's Appendix B) followed by an MLP.

* :class:`UNet` — images [N, 1, H, W] (H, W divisible by 4). Three resolutions (H, H/2, H/4)
  with channels ``channels`` (default 32, 64, 64), one residual block per level on the way
  down and two on the way up, GroupNorm + SiLU, the time embedding added inside every
  residual block, self-attention at the lowest resolution and in the middle. ≈1.1M
  parameters with the defaults. The output convolution starts at zero (ε̂ = 0).
* Both take an optional class label y (``num_classes`` > 0): a learned embedding of
  y ∈ {0, …, K−1} or of the *null* label K ("no condition", ∅) is added to the time
  embedding. Training drops the label to ∅ a fraction of the time, so one network gives
  both ε_θ(x_t, t, y) and ε_θ(x_t, t, ∅) — classifier-free guidance (Ho & Salimans 2022).
  The embedding starts at zero, so a conditional net starts as the unconditional one
  (which is what fine-tuning from an unconditional artifact needs); ``--label-init normal``
  draws it from N(0, 1) instead (:func:`training.diffusion.conditional.randomise_labels`).
* :class:`PointMLP` — points [N, D]: the point and the time embedding concatenated, then
  ``depth`` layers of width ``hidden`` with SiLU and residual connections.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn import functional as F


def timestep_embedding(t: torch.Tensor, dim: int, max_period: float = 10000.0) -> torch.Tensor:
    """Sinusoidal embedding [N, dim] of integer timesteps t [N]."""
    half = dim // 2
    freqs = torch.exp(-math.log(max_period)
                      * torch.arange(half, dtype=torch.float32, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=1)


def _as_batch_t(t: torch.Tensor | int, x: torch.Tensor) -> torch.Tensor:
    """Timesteps as a [N] tensor on ``x``'s device (an int or a 0-d tensor is broadcast)."""
    t = torch.as_tensor(t, device=x.device)
    return t.expand(len(x)) if t.dim() == 0 else t


def _label_embedding(num_classes: int, dim: int) -> nn.Embedding | None:
    """Embedding of the labels 0 … K−1 and of the null label K, zero at the start."""
    if num_classes <= 0:
        return None
    emb = nn.Embedding(num_classes + 1, dim)
    nn.init.zeros_(emb.weight)
    return emb


def _add_label(emb: torch.Tensor, table: nn.Embedding | None, y, num_classes: int,
               x: torch.Tensor) -> torch.Tensor:
    """emb + E[y] (y None, or −1 entries, mean the null label ∅)."""
    if table is None:
        if y is not None:
            raise ValueError("this denoiser is unconditional: it takes no label")
        return emb
    if y is None:
        y = torch.full((len(x),), num_classes, dtype=torch.long, device=x.device)
    else:
        y = torch.as_tensor(y, device=x.device).long()
        y = y.expand(len(x)) if y.dim() == 0 else y
        y = torch.where(y < 0, torch.full_like(y, num_classes), y)
        if bool((y > num_classes).any()):
            raise ValueError(f"labels must lie in 0 … {num_classes - 1} (or −1 for none)")
    return emb + table(y)


def _groups(ch: int) -> int:
    return min(8, ch)


class _ResBlock(nn.Module):
    def __init__(self, cin: int, cout: int, temb: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(_groups(cin), cin)
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.temb = nn.Linear(temb, cout)
        self.norm2 = nn.GroupNorm(_groups(cout), cout)
        self.drop = nn.Dropout(dropout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()

    def forward(self, x: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        h = self.conv1(F.silu(self.norm1(x)))
        h = h + self.temb(F.silu(emb))[:, :, None, None]
        h = self.conv2(self.drop(F.silu(self.norm2(h))))
        return self.skip(x) + h


class _Attention(nn.Module):
    def __init__(self, ch: int, heads: int = 4) -> None:
        super().__init__()
        self.heads = heads
        self.norm = nn.GroupNorm(_groups(ch), ch)
        self.qkv = nn.Conv2d(ch, 3 * ch, 1)
        self.proj = nn.Conv2d(ch, ch, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        n, c, h, w = x.shape
        q, k, v = self.qkv(self.norm(x)).reshape(n, 3, self.heads, c // self.heads, h * w).unbind(1)
        out = F.scaled_dot_product_attention(q.transpose(-1, -2), k.transpose(-1, -2),
                                             v.transpose(-1, -2))
        return x + self.proj(out.transpose(-1, -2).reshape(n, c, h, w))


class UNet(nn.Module):
    """ε_θ for images [N, 1, H, W]; see the module docstring."""

    def __init__(self, channels: tuple[int, int, int] = (32, 64, 64), in_channels: int = 1,
                 dropout: float = 0.0, num_classes: int = 0) -> None:
        super().__init__()
        c0, c1, c2 = channels
        self.temb_dim = temb = 4 * c0
        self.time = nn.Sequential(nn.Linear(c0, temb), nn.SiLU(), nn.Linear(temb, temb))
        self.num_classes = int(num_classes)
        self.label = _label_embedding(self.num_classes, temb)
        self.c0 = c0
        self.conv_in = nn.Conv2d(in_channels, c0, 3, padding=1)
        self.down0 = _ResBlock(c0, c0, temb, dropout)
        self.pool0 = nn.Conv2d(c0, c0, 3, stride=2, padding=1)
        self.down1 = _ResBlock(c0, c1, temb, dropout)
        self.pool1 = nn.Conv2d(c1, c1, 3, stride=2, padding=1)
        self.down2 = _ResBlock(c1, c2, temb, dropout)
        self.attn2 = _Attention(c2)
        self.mid1 = _ResBlock(c2, c2, temb, dropout)
        self.mid_attn = _Attention(c2)
        self.mid2 = _ResBlock(c2, c2, temb, dropout)
        self.up2 = _ResBlock(c2 + c2, c2, temb, dropout)
        self.up_attn2 = _Attention(c2)
        self.up1 = _ResBlock(c2 + c1, c1, temb, dropout)
        self.up0 = _ResBlock(c1 + c0, c0, temb, dropout)
        self.norm_out = nn.GroupNorm(_groups(c0), c0)
        self.conv_out = nn.Conv2d(c0, in_channels, 3, padding=1)
        nn.init.zeros_(self.conv_out.weight)
        nn.init.zeros_(self.conv_out.bias)

    def forward(self, x: torch.Tensor, t: torch.Tensor | int,
                y: torch.Tensor | int | None = None) -> torch.Tensor:
        emb = self.time(timestep_embedding(_as_batch_t(t, x), self.c0))
        emb = _add_label(emb, self.label, y, self.num_classes, x)
        h0 = self.down0(self.conv_in(x), emb)                  # H
        h1 = self.down1(self.pool0(h0), emb)                   # H/2
        h2 = self.attn2(self.down2(self.pool1(h1), emb))       # H/4
        m = self.mid2(self.mid_attn(self.mid1(h2, emb)), emb)
        u = self.up_attn2(self.up2(torch.cat([m, h2], 1), emb))
        u = F.interpolate(u, scale_factor=2, mode="nearest")
        u = self.up1(torch.cat([u, h1], 1), emb)
        u = F.interpolate(u, scale_factor=2, mode="nearest")
        u = self.up0(torch.cat([u, h0], 1), emb)
        return self.conv_out(F.silu(self.norm_out(u)))


class PointMLP(nn.Module):
    """ε_θ for points [N, D]; see the module docstring.

    ``fourier`` > 0 adds Fourier features of the (standardised) input,
    [sin(2^k π x / 2), cos(2^k π x / 2)] for k < ``fourier`` (Tancik et al. 2020): thin
    structures (rings, spirals) need the high frequencies a plain MLP learns slowly.
    """

    def __init__(self, dim: int = 2, hidden: int = 128, depth: int = 4, temb: int = 64,
                 fourier: int = 0, num_classes: int = 0) -> None:
        super().__init__()
        self.temb = temb
        self.fourier = fourier
        self.register_buffer("freqs", (2.0 ** torch.arange(fourier)) * math.pi / 2, persistent=False)
        self.time = nn.Sequential(nn.Linear(temb, hidden), nn.SiLU(), nn.Linear(hidden, hidden))
        self.num_classes = int(num_classes)
        self.label = _label_embedding(self.num_classes, hidden)
        self.inp = nn.Linear(dim * (1 + 2 * fourier), hidden)
        self.blocks = nn.ModuleList(
            nn.Sequential(nn.SiLU(), nn.Linear(hidden, hidden)) for _ in range(depth)
        )
        self.out = nn.Sequential(nn.SiLU(), nn.Linear(hidden, dim))
        nn.init.zeros_(self.out[-1].weight)
        nn.init.zeros_(self.out[-1].bias)

    def forward(self, x: torch.Tensor, t: torch.Tensor | int,
                y: torch.Tensor | int | None = None) -> torch.Tensor:
        emb = self.time(timestep_embedding(_as_batch_t(t, x), self.temb))
        emb = _add_label(emb, self.label, y, self.num_classes, x)
        if self.fourier:
            a = (x[:, :, None] * self.freqs).flatten(1)
            x = torch.cat([x, torch.sin(a), torch.cos(a)], 1)
        h = self.inp(x) + emb
        for block in self.blocks:
            h = h + block(h + emb)
        return self.out(h)
