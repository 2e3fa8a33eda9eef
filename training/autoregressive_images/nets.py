"""PixelCNN networks for binary images: the plain masked PixelCNN and the gated PixelCNN.

Both model a binary image x ∈ {0,1}^{H×W} autoregressively in raster order,

    p(x) = ∏_i p(x_i | x_<i),      p(x_i = 1 | x_<i) = σ(ℓ_i),

and output all logits ℓ [N, 1, H, W] in one pass over x [N, 1, H, W]. Causality comes from
zeroed kernel entries (masks), so the gradient of ℓ_i with respect to every x_j, j ≥ i, is
exactly zero.

* :class:`PlainPixelCNN` — van den Oord, Kalchbrenner & Kavukcuoglu, "Pixel Recurrent Neural
  Networks", ICML 2016, §3.5 / fig. 4: a k×k convolution with mask A (centre excluded), then
  3×3 convolutions with mask B (centre included), ReLU. Stacked masked 3×3 convolutions leave
  a *blind spot*: pixels up and to the right of the current one that no path reaches.
* :class:`GatedPixelCNN` — van den Oord et al., "Conditional Image Generation with PixelCNN
  Decoders", NeurIPS 2016, §2.2 / fig. 2: a vertical stack (all rows above) and a horizontal
  stack (the current row to the left), gated units tanh(W_f ∗ x) ⊙ σ(W_g ∗ x), the vertical
  stack fed into the horizontal one after a one-row shift down; no blind spot.

Shapes: images [N, 1, H, W] float (0./1.), features [N, C, H, W]; ``C`` = ``channels``.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


class MaskedConv2d(nn.Conv2d):
    """A convolution whose kernel is multiplied by a fixed 0/1 ``mask`` [kh, kw] (a buffer,
    not saved: it follows from the layer's kind), on an input zero-padded by ``pad`` =
    (left, right, top, bottom) (default: 'same' padding around the kernel's centre)."""

    def __init__(self, c_in: int, c_out: int, kernel: tuple[int, int], mask: torch.Tensor,
                 pad: tuple[int, int, int, int] | None = None) -> None:
        kh, kw = kernel
        super().__init__(c_in, c_out, kernel)
        self.pad = pad if pad is not None else (kw // 2, kw // 2, kh // 2, kh // 2)
        self.register_buffer("mask", mask.to(torch.float32).reshape(1, 1, kh, kw),
                             persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.conv2d(F.pad(x, self.pad), self.weight * self.mask, self.bias)


def raster_mask(k: int, kind: str) -> torch.Tensor:
    """The k×k PixelCNN mask: rows above the centre, and the centre row left of the centre
    (``kind`` "A") or up to and including it ("B")."""
    m = torch.zeros(k, k)
    c = k // 2
    m[:c] = 1
    m[c, :c + (kind == "B")] = 1
    return m


def vertical_conv(c_in: int, c_out: int, k: int) -> MaskedConv2d:
    """The vertical stack's k×k view cut to what it keeps: a (k//2 + 1)×k kernel whose last
    row is the output's row (the centre row and the k//2 rows above it, all k columns)."""
    r = k // 2
    return MaskedConv2d(c_in, c_out, (r + 1, k), torch.ones(r + 1, k), pad=(r, r, r, 0))


def horizontal_conv(c_in: int, c_out: int, k: int, kind: str) -> MaskedConv2d:
    """The horizontal stack's 1×k view cut to 1×(k//2 + 1), ending at the output's column;
    mask "A" zeroes that last column (the current pixel), "B" keeps it."""
    r = k // 2
    m = torch.ones(1, r + 1)
    if kind == "A":
        m[0, r] = 0
    return MaskedConv2d(c_in, c_out, (1, r + 1), m, pad=(r, 0, 0, 0))


class PlainPixelCNN(nn.Module):
    """Mask-A k×k conv → (layers − 1) × [ReLU, mask-B 3×3 conv] → ReLU, 1×1, ReLU, 1×1 → ℓ."""

    def __init__(self, channels: int = 32, layers: int = 6, first_kernel: int = 7) -> None:
        super().__init__()
        self.first = MaskedConv2d(1, channels, (first_kernel, first_kernel),
                                  raster_mask(first_kernel, "A"))
        self.convs = nn.ModuleList(
            MaskedConv2d(channels, channels, (3, 3), raster_mask(3, "B"))
            for _ in range(layers - 1))
        self.out1 = nn.Conv2d(channels, channels, 1)
        self.out2 = nn.Conv2d(channels, 1, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.first(x)
        for conv in self.convs:
            h = conv(F.relu(h))
        return self.out2(F.relu(self.out1(F.relu(h))))


class GatedLayer(nn.Module):
    """One gated PixelCNN layer (van den Oord et al. 2016b, fig. 2).

    v' = tanh(V_f ∗ v) ⊙ σ(V_g ∗ v)                        (vertical: rows ≤ r)
    h' = h + W₁ₓ₁[tanh(·) ⊙ σ(·)](H ∗ h + U₁ₓ₁ shift↓(V ∗ v))   (horizontal: row r, cols ≤ c)

    The first layer uses mask A in the horizontal stack and no residual (it would pass the
    current pixel through)."""

    def __init__(self, c_in: int, c: int, k: int, first: bool) -> None:
        super().__init__()
        self.first = first
        self.v = vertical_conv(c_in, 2 * c, k)
        self.h = horizontal_conv(c_in, 2 * c, k, "A" if first else "B")
        self.v_to_h = nn.Conv2d(2 * c, 2 * c, 1)
        self.h_out = nn.Conv2d(c, c, 1)

    @staticmethod
    def _gate(a: torch.Tensor) -> torch.Tensor:
        f, g = a.chunk(2, dim=1)
        return torch.tanh(f) * torch.sigmoid(g)

    def forward(self, v: torch.Tensor, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        v_pre = self.v(v)
        # shift down one row: row r of the horizontal stack sees rows < r of the vertical one
        v_down = F.pad(v_pre, (0, 0, 1, 0))[:, :, :-1]
        h_new = self.h_out(self._gate(self.h(h) + self.v_to_h(v_down)))
        return self._gate(v_pre), h_new if self.first else h + h_new


class GatedPixelCNN(nn.Module):
    """``layers`` gated layers (the first with a ``first_kernel`` kernel, then 3), then
    ReLU, 1×1, ReLU, 1×1 → ℓ on the horizontal stack."""

    def __init__(self, channels: int = 32, layers: int = 6, first_kernel: int = 7) -> None:
        super().__init__()
        self.layers = nn.ModuleList(
            GatedLayer(1 if i == 0 else channels, channels, first_kernel if i == 0 else 3, i == 0)
            for i in range(layers))
        self.out1 = nn.Conv2d(channels, channels, 1)
        self.out2 = nn.Conv2d(channels, 1, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        v = h = x
        for layer in self.layers:
            v, h = layer(v, h)
        return self._head(h)

    def _head(self, h: torch.Tensor) -> torch.Tensor:
        return self.out2(F.relu(self.out1(F.relu(h))))

    # -- fast sampling: the vertical stack once per row, the horizontal one per pixel -----
    def forward_with_row_cache(self, x: torch.Tensor, r: int
                               ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """The full pass (logits [N, 1, H, W]) and, per layer, what the vertical stack adds
        to the horizontal one on row ``r``: U(shift↓(V ∗ v))[:, :, r] [N, 2C, W]. It depends
        on rows < r only, so it stays valid while row r is being sampled."""
        v = h = x
        cache = []
        for layer in self.layers:
            v_pre = layer.v(v)
            v_down = F.pad(v_pre, (0, 0, 1, 0))[:, :, :-1]
            vh = layer.v_to_h(v_down)
            cache.append(vh[:, :, r].contiguous())
            h_new = layer.h_out(layer._gate(layer.h(h) + vh))
            v, h = layer._gate(v_pre), (h_new if layer.first else h + h_new)
        return self._head(h), cache

    def vertical_cache(self, x: torch.Tensor, r: int, reach: int) -> list[torch.Tensor]:
        """Only the row cache of :meth:`forward_with_row_cache` (no logits): the vertical
        stack on the band of rows r − ``reach`` … r − 1 that row r can see (``reach`` =
        :func:`rows_of_context`), about a tenth of a full pass."""
        r0 = max(0, r - reach)
        v = x[:, :, r0:r]
        cache = []
        for layer in self.layers:
            if v.shape[2] == 0:  # row 0: nothing above, the shifted stack is zero
                vd = torch.zeros(x.shape[0], 2 * layer.h_out.in_channels, 1, x.shape[3])
            else:
                v_pre = layer.v(v)
                vd = v_pre[:, :, -1:]
                v = layer._gate(v_pre)
            cache.append(layer.v_to_h(vd)[:, :, 0].contiguous())
        return cache

    def row_logits(self, x_row: torch.Tensor, cache: list[torch.Tensor],
                   mats: dict | None = None) -> torch.Tensor:
        """Logits of one row [N, W] from that row's pixels x_row [N, 1, 1, W] and the row's
        cache (:meth:`forward_with_row_cache`): only the horizontal stack runs, on one row —
        the same numbers as the full pass, at a fraction of its cost.

        On a single row every convolution is a matrix product over (position, channels):
        the 1×(k//2+1) horizontal kernel reads the k//2 + 1 positions ending at each
        column, the 1×1 convolutions are linear maps. Rows are kept as [N, W, C] and the
        masked kernels are flattened by :meth:`_row_matrices` (pass ``mats`` to flatten
        them once per sample instead of once per pixel)."""
        mats = self._row_matrices() if mats is None else mats
        h = x_row[:, 0, 0, :, None]  # [N, W, 1]
        width = h.shape[1]
        for (hw, hb, reach, ow, ob), layer, vh in zip(mats["layers"], self.layers, cache):
            padded = F.pad(h, (0, 0, reach, 0))  # zeros left of the row
            win = torch.cat([padded[:, j:j + width] for j in range(reach + 1)], dim=2)
            a = F.linear(win, hw, hb) + vh.transpose(1, 2)  # [N, W, 2C]
            f, g = a.chunk(2, dim=2)
            h_new = F.linear(torch.tanh(f) * torch.sigmoid(g), ow, ob)
            h = h_new if layer.first else h + h_new
        (w1, b1), (w2, b2) = mats["head"]
        return F.linear(F.relu(F.linear(F.relu(h), w1, b1)), w2, b2)[..., 0]

    def _row_matrices(self) -> dict:
        """The masked horizontal kernels as [2C, (k//2+1)·C_in] matrices (position-major,
        matching :meth:`row_logits`' windows) and the 1×1 convolutions as [C_out, C_in]."""
        layers = []
        for layer in self.layers:
            conv = layer.h
            wk = (conv.weight * conv.mask)[:, :, 0, :]              # [2C, C_in, reach+1]
            hw = wk.permute(0, 2, 1).reshape(wk.shape[0], -1)       # position-major
            layers.append((hw, conv.bias, wk.shape[2] - 1,
                           layer.h_out.weight[:, :, 0, 0], layer.h_out.bias))
        head = [(self.out1.weight[:, :, 0, 0], self.out1.bias),
                (self.out2.weight[:, :, 0, 0], self.out2.bias)]
        return {"layers": layers, "head": head}


ARCHS = {"plain": PlainPixelCNN, "gated": GatedPixelCNN}


def rows_of_context(arch: str, layers: int, first_kernel: int) -> int:
    """How many rows above row r the logits of row r depend on at most (the crop the
    sampler's row cache runs on): the first kernel reaches k//2 rows, each 3×3 layer one more,
    and the gated network's shift one more."""
    return first_kernel // 2 + (layers - 1) + (1 if arch == "gated" else 0)
