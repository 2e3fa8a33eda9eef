"""Image GANs under the latent sliders: a DCGAN and a small style-based generator.

A GAN (Goodfellow et al. 2014) learns a generator G: z ~ N(0, I_d) → image against a
discriminator D: image → logit, by the non-saturating logistic game

    L_D = E_x softplus(−D(x)) + E_z softplus(D(G(z)))  (+ R1)      (D: real → +, fake → −)
    L_G = E_z softplus(−D(G(z)))                                   (G: fool D)

R1 (Mescheder et al. 2018, eq. 9): (γ/2) E_x ‖∇_x D(x)‖² on real images only, which keeps
D smooth on the data and stops it from memorising 4,000 training images. It is applied
every ``r1_every`` D steps with γ·r1_every (StyleGAN2's lazy regularisation). DiffAugment
(Zhao et al. 2020): the same random translation + cutout on real and fake images before D,
differentiable so G learns through it.

Both generators are decoders without an encoder: ``decode(z [N, d]) -> [N, H, W]`` in
[0, 1] (MNIST is padded 28 → 32 for the network and cropped back, so images match the
other models), ``sample(n, seed)``, ``latent_dim``; no ``encode`` (a GAN cannot place an
image in z). The saved weights are the exponential moving average of G's (Karras et al.
2018); D is not saved.

* :class:`DCGAN` (Radford et al. 2016): z → 4×4 → 8 → 16 → 32 by transposed convolutions
  with BatchNorm + ReLU, tanh out.
* :class:`StyleGAN` (Karras et al. 2019, 2020, much smaller): a mapping MLP z → w, a learned
  constant 4×4 input, one style per convolution: w → s (affine), modulated 3×3 convolution
  with weight demodulation (StyleGAN2 eq. 1–3: w'_ijk = s_i w_ijk, w''_ijk = w'_ijk /
  √(Σ_ik w'_ijk² + ε)), computed by scaling the input channels by s and the output channels
  by the demodulation factor (the same numbers, one shared weight). ``synthesis(ws [N,
  n_styles, w_dim])`` takes one w per layer, which is what style mixing needs: coarse layers
  from one z, fine layers from another.

Shapes: z (N, d); w (N, w_dim); ws (N, n_styles, w_dim); images (N, 28, 28) for MNIST.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from training.artifacts import register
from training.latent.base import LatentModel
from training.latent.inversion import search_code

PAD = 2  # 28 → 32


# ---------------------------------------------------------------------------------------
# networks


class _DCGenerator(nn.Module):
    """z (N, d) → (N, 1, 32, 32) in [−1, 1]: project to 4×4×4c, three stride-2 transposed
    convolutions (4 → 8 → 16 → 32) with BatchNorm and ReLU, tanh."""

    def __init__(self, latent_dim: int, ch: int) -> None:
        super().__init__()
        self.ch = ch
        self.fc = nn.Linear(latent_dim, 4 * ch * 16)
        self.bn0 = nn.BatchNorm1d(4 * ch * 16)
        self.net = nn.Sequential(
            nn.ConvTranspose2d(4 * ch, 2 * ch, 4, 2, 1), nn.BatchNorm2d(2 * ch), nn.ReLU(),
            nn.ConvTranspose2d(2 * ch, ch, 4, 2, 1), nn.BatchNorm2d(ch), nn.ReLU(),
            nn.ConvTranspose2d(ch, 1, 4, 2, 1), nn.Tanh())

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        h = F.relu(self.bn0(self.fc(z))).reshape(len(z), 4 * self.ch, 4, 4)
        return self.net(h)


class _Discriminator(nn.Module):
    """(N, 1, 32, 32) → logit (N,): stride-2 convolutions 32 → 16 → 8 → 4 with LeakyReLU
    (no BatchNorm: R1 needs a per-image gradient), a linear read-out."""

    def __init__(self, ch: int) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, ch, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(ch, 2 * ch, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(2 * ch, 4 * ch, 4, 2, 1), nn.LeakyReLU(0.2))
        self.out = nn.Linear(4 * ch * 16, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.net(x).flatten(1)).squeeze(1)


class _ModConv(nn.Module):
    """Modulated 3×3 convolution with weight demodulation (StyleGAN2 §2.2).

    s = A(w) + 1 (one scale per input channel); out_j = d_j · conv(x ⊙ s, W)_j with
    d_j = 1/√(Σ_ik (s_i W_jik)² + 1e-8): the same as convolving with the modulated and
    demodulated weight of the paper, with one shared weight (cheap on a CPU)."""

    def __init__(self, c_in: int, c_out: int, w_dim: int, demod: bool = True,
                 k: int = 3) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.randn(c_out, c_in, k, k) / math.sqrt(c_in * k * k))
        self.bias = nn.Parameter(torch.zeros(c_out))
        self.affine = nn.Linear(w_dim, c_in)  # s = A(w) + 1: styles matter from the start
        nn.init.normal_(self.affine.weight, std=1.0 / math.sqrt(w_dim))
        nn.init.zeros_(self.affine.bias)
        self.demod, self.k = demod, k

    def forward(self, x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        s = self.affine(w) + 1.0                                             # (N, c_in)
        y = F.conv2d(x * s[:, :, None, None], self.weight, padding=self.k // 2)
        if self.demod:
            # Σ_ik (s_i W_jik)² = Σ_i s_i² (Σ_k W_jik²)
            d = torch.rsqrt((s**2) @ (self.weight**2).sum((2, 3)).T + 1e-8)  # (N, c_out)
            y = y * d[:, :, None, None]
        return y + self.bias[None, :, None, None]


class _StyleGenerator(nn.Module):
    """Mapping z → w, a constant 4×4 input, modulated convolutions at 4, 8, 16, 32 (one
    style each; two per resolution above 4), a modulated 1×1 to the image (its own style)."""

    def __init__(self, latent_dim: int, w_dim: int, mapping_layers: int,
                 channels: list[int]) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        d = latent_dim
        for _ in range(mapping_layers):
            fc = nn.Linear(d, w_dim)  # He init: w keeps unit scale, so styles vary with z
            nn.init.kaiming_normal_(fc.weight, a=0.2, nonlinearity="leaky_relu")
            nn.init.zeros_(fc.bias)
            layers += [fc, nn.LeakyReLU(0.2)]
            d = w_dim
        self.mapping = nn.Sequential(*layers)
        c4, c8, c16, c32 = channels
        self.const = nn.Parameter(torch.randn(1, c4, 4, 4))
        self.convs = nn.ModuleList([
            _ModConv(c4, c4, w_dim),                                     # 4×4
            _ModConv(c4, c8, w_dim), _ModConv(c8, c8, w_dim),            # 8×8
            _ModConv(c8, c16, w_dim), _ModConv(c16, c16, w_dim),         # 16×16
            _ModConv(c16, c32, w_dim), _ModConv(c32, c32, w_dim)])       # 32×32
        self.to_img = _ModConv(c32, 1, w_dim, demod=False, k=1)
        self.register_buffer("w_avg", torch.zeros(w_dim))

    @property
    def n_styles(self) -> int:
        return len(self.convs) + 1

    def synthesis(self, ws: torch.Tensor) -> torch.Tensor:
        """ws (N, n_styles, w_dim) → (N, 1, 32, 32) in [−1, 1]."""
        x = self.const.expand(len(ws), -1, -1, -1)
        for i, conv in enumerate(self.convs):
            if i in (1, 3, 5):
                x = F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=False)
            x = F.leaky_relu(conv(x, ws[:, i]), 0.2)
        return torch.tanh(self.to_img(x, ws[:, -1]))

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        w = self.mapping(F.normalize(z, dim=1) * math.sqrt(z.shape[1]))  # pixel norm of z
        return self.synthesis(w[:, None].expand(-1, self.n_styles, -1))


# ---------------------------------------------------------------------------------------
# the models


class _GANBase(LatentModel):
    """What both generators share: decode, sample, the artifact protocol."""

    kind = "latent"
    has_encoder = False

    def _build(self) -> nn.Module:  # pragma: no cover - subclasses
        raise NotImplementedError

    def _init(self) -> None:
        with torch.random.fork_rng():
            torch.manual_seed(self.seed)
            self.generator = self._build()
            self.discriminator = _Discriminator(self.d_channels)
        self.generator.eval()
        self.card: dict[str, Any] = {}

    @property
    def n_params(self) -> int:
        return sum(p.numel() for p in self.generator.parameters())

    def get_tensors(self) -> dict[str, np.ndarray]:
        # BatchNorm's step counter is a 0-d int (unused in eval): not part of the artifact
        return {f"generator.{k}": v.detach().numpy().copy()
                for k, v in self.generator.state_dict().items() if _saved(k)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        state = {k[len("generator."):]: torch.from_numpy(np.array(v))
                 for k, v in tensors.items() if k.startswith("generator.")}
        missing, unexpected = self.generator.load_state_dict(state, strict=False)
        if unexpected or any(_saved(k) for k in missing):
            raise ValueError(f"the weights do not fit the generator (missing "
                             f"{[k for k in missing if _saved(k)]}, unexpected {unexpected})")
        self.generator.eval()

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """The weight file's tensor names and shapes for ``config``, from a generator built
        on torch's meta device (no memory is allocated)."""
        with torch.device("meta"):
            model = cls(**config)
        return {f"generator.{k}": tuple(v.shape)
                for k, v in model.generator.state_dict().items() if _saved(k)}

    def _to_images(self, x: torch.Tensor) -> np.ndarray:
        """(N, 1, 32, 32) in [−1, 1] → (N, H, W) in [0, 1], cropped to ``image_shape``."""
        h, w = self.image_shape
        top, left = (32 - h) // 2, (32 - w) // 2
        x = x[:, 0, top:top + h, left:left + w]
        return ((x + 1) / 2).clamp(0, 1).numpy().astype(np.float32, copy=False)

    def _z(self, z: np.ndarray) -> torch.Tensor:
        z = np.asarray(z, dtype=np.float32)
        if z.ndim != 2 or z.shape[1] != self.latent_dim:
            z = z.reshape(-1, self.latent_dim)
        return torch.from_numpy(np.ascontiguousarray(z))

    #: the truncation trick's ψ used by :meth:`decode` (not saved: a view setting). ψ < 1
    #: trades variety for typical, cleaner images; ψ = 0 is the "average" image
    truncation: float = 1.0

    @torch.inference_mode()
    def decode(self, z: np.ndarray) -> np.ndarray:
        """z (N, d) → images (N, H, W) in [0, 1], with the truncation ψ of
        :attr:`truncation` (the DCGAN truncates z: ψ z, pulling it toward the prior's mode)."""
        zt = self._z(z)
        if self.truncation != 1.0:
            zt = zt * float(self.truncation)
        return self._to_images(self.generator(zt))

    def invert(self, image: np.ndarray, steps: int = 200, restarts: int = 8, lr: float = 0.05,
               prior_weight: float = 1e-3, seed: int = 0) -> tuple[np.ndarray, float]:
        """GAN inversion: the z whose image is closest to ``image`` (H, W) in [0, 1].

        A GAN has no encoder, so "encoding" is a search: from ``restarts`` draws of the
        prior, Adam minimises ‖G(z) − x‖² / (H W) + λ ‖z‖² / d over z (G with the current
        truncation ψ, as :meth:`decode` draws; the generator is
        fixed: gradients only reach z, by ``torch.autograd.grad``); λ = ``prior_weight``
        keeps z where the prior puts it. Returns the best z [d] and its mean squared
        error per pixel. The images G reaches are all the GAN can show: a digit it never
        learned to draw comes back as the nearest one it can.
        """
        return search_code(self._forward_z, self.prior_z(int(restarts), seed), image,
                           self.image_shape, steps, lr,
                           lambda z: prior_weight * (z ** 2).mean(dim=1))

    def _forward_z(self, z: torch.Tensor) -> torch.Tensor:
        """What :meth:`decode` computes, on a z tensor and differentiable: G(ψ z)."""
        psi = float(self.truncation)
        return self.generator(z * psi if psi != 1.0 else z)

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """``n`` images from z ~ N(0, I) drawn with ``seed``."""
        return self.decode(self.prior_z(n, seed))

    def prior_z(self, n: int, seed: int = 0) -> np.ndarray:
        return np.random.default_rng(seed).standard_normal((n, self.latent_dim)).astype(
            np.float32)


def _saved(key: str) -> bool:
    return not key.endswith("num_batches_tracked")


def _check_common(image_shape, latent_dim: int) -> tuple[int, int]:
    shape = tuple(int(s) for s in image_shape)
    if len(shape) != 2 or not all(1 <= s <= 32 for s in shape):
        raise ValueError("a GAN here makes images of at most 32×32")
    if latent_dim < 1:
        raise ValueError("latent_dim must be at least 1")
    return shape  # type: ignore[return-value]


@register
class DCGAN(_GANBase):
    """DCGAN generator (see the module docstring); ``channels`` is the width c of the last
    hidden layer (4c, 2c, c from 4×4 up)."""

    family = "DCGAN"

    def __init__(self, image_shape: tuple[int, int] | list[int] = (28, 28),
                 latent_dim: int = 64, channels: int = 32, d_channels: int = 32,
                 seed: int = 0) -> None:
        self.image_shape = _check_common(image_shape, int(latent_dim))
        self.latent_dim, self.channels = int(latent_dim), int(channels)
        self.d_channels, self.seed = int(d_channels), int(seed)
        if self.channels < 1 or self.d_channels < 1:
            raise ValueError("channels must be at least 1")
        self._init()

    def _build(self) -> nn.Module:
        return _DCGenerator(self.latent_dim, self.channels)

    def config(self) -> dict[str, Any]:
        return {"image_shape": list(self.image_shape), "latent_dim": self.latent_dim,
                "channels": self.channels, "d_channels": self.d_channels, "seed": self.seed}


@register
class StyleGAN(_GANBase):
    """Small style-based generator (see the module docstring)."""

    family = "StyleGAN"

    def __init__(self, image_shape: tuple[int, int] | list[int] = (28, 28),
                 latent_dim: int = 32, w_dim: int = 64, mapping_layers: int = 3,
                 channels: tuple[int, ...] | list[int] = (64, 32, 16, 8),
                 d_channels: int = 32, seed: int = 0) -> None:
        self.image_shape = _check_common(image_shape, int(latent_dim))
        self.latent_dim, self.w_dim = int(latent_dim), int(w_dim)
        self.mapping_layers = int(mapping_layers)
        self.channels = [int(c) for c in channels]
        self.d_channels, self.seed = int(d_channels), int(seed)
        if len(self.channels) != 4 or min(self.channels) < 1:
            raise ValueError("channels: four widths ≥ 1 (at 4, 8, 16 and 32 pixels)")
        if self.w_dim < 1 or self.mapping_layers < 1 or self.d_channels < 1:
            raise ValueError("w_dim, mapping_layers and d_channels must be at least 1")
        self._init()

    def _build(self) -> nn.Module:
        return _StyleGenerator(self.latent_dim, self.w_dim, self.mapping_layers, self.channels)

    def config(self) -> dict[str, Any]:
        return {"image_shape": list(self.image_shape), "latent_dim": self.latent_dim,
                "w_dim": self.w_dim, "mapping_layers": self.mapping_layers,
                "channels": list(self.channels), "d_channels": self.d_channels,
                "seed": self.seed}

    @property
    def n_styles(self) -> int:
        """Number of per-layer styles (7 convolutions + the 1×1 to the image)."""
        return self.generator.n_styles

    #: the layers each style drives, for labels: resolution of each style's layer
    @property
    def style_resolutions(self) -> list[int]:
        return [4, 8, 8, 16, 16, 32, 32, 32]

    @torch.inference_mode()
    def mapping(self, z: np.ndarray, truncation: float = 1.0) -> np.ndarray:
        """z (N, d) → w (N, w_dim); ``truncation`` ψ < 1 pulls w toward the mean w̄
        (w̄ + ψ (w − w̄), StyleGAN's truncation trick)."""
        zt = self._z(z)
        g = self.generator
        w = g.mapping(F.normalize(zt, dim=1) * math.sqrt(zt.shape[1]))
        if truncation != 1.0:
            w = g.w_avg + truncation * (w - g.w_avg)
        return w.numpy()

    @torch.inference_mode()
    def synthesis(self, ws: np.ndarray) -> np.ndarray:
        """ws (N, n_styles, w_dim) (or (N, w_dim): the same w everywhere) → images."""
        ws = torch.as_tensor(np.asarray(ws, dtype=np.float32))
        if ws.ndim == 2:
            ws = ws[:, None].expand(-1, self.n_styles, -1)
        if ws.shape[1:] != (self.n_styles, self.w_dim):
            raise ValueError(f"ws must be (N, {self.n_styles}, {self.w_dim}), not "
                             f"{tuple(ws.shape)}")
        return self._to_images(self.generator.synthesis(ws))

    def decode(self, z: np.ndarray) -> np.ndarray:
        """z (N, d) → images; with ψ = :attr:`truncation` ≠ 1 the truncation trick in w
        (w̄ + ψ (w − w̄)), as StyleGAN does it."""
        if self.truncation == 1.0:
            return super().decode(z)
        return self.synthesis(self.mapping(z, truncation=float(self.truncation)))

    def _forward_z(self, z: torch.Tensor) -> torch.Tensor:
        """What :meth:`decode` computes, differentiable: the truncation is in w."""
        g, psi = self.generator, float(self.truncation)
        w = g.mapping(F.normalize(z, dim=1) * math.sqrt(z.shape[1]))
        if psi != 1.0:
            w = g.w_avg + psi * (w - g.w_avg)
        return g.synthesis(w[:, None].expand(-1, self.n_styles, -1))

    def w_space(self):
        """This generator as a decoder of w (:class:`~training.latent.gan_wspace.WSpace`):
        the Latent view's z / w switch."""
        from training.latent.gan_wspace import WSpace

        return WSpace(self)

    def mix(self, z_a: np.ndarray, z_b: np.ndarray, crossover: int) -> np.ndarray:
        """Style mixing: styles 0 … crossover−1 (coarse) from z_a's w, the rest (fine) from
        z_b's. crossover = 0 is all z_b, crossover = n_styles is all z_a."""
        ws = mixed_styles(self.mapping(z_a), self.mapping(z_b), crossover, self.n_styles)
        return self.synthesis(ws)


def mixed_styles(w_a: np.ndarray, w_b: np.ndarray, crossover: int, n_styles: int) -> np.ndarray:
    """(N, n_styles, w_dim): w_a for styles < crossover, w_b from crossover on."""
    c = int(np.clip(crossover, 0, n_styles))
    ws = np.repeat(np.asarray(w_b, np.float32)[:, None], n_styles, axis=1)
    ws[:, :c] = np.asarray(w_a, np.float32)[:, None]
    return ws


ARCHS = {"dcgan": DCGAN, "style": StyleGAN}



# ---------------------------------------------------------------------------------------
# the card (the samples are scored by training.evaluate.generator_metrics)


def prior_latent_statistics(latent_dim: int, n: int = 5000, seed: int = 0) -> dict[str, Any]:
    """The slider statistics of the prior N(0, I) (a GAN has no encoder to give the
    aggregate posterior): per-dimension histograms of ``n`` prior draws."""
    from training.latent.base import latent_statistics

    z = np.random.default_rng(seed).standard_normal((n, latent_dim))
    out = latent_statistics(z)
    out["source"] = "prior N(0, I) (no encoder)"
    return out
