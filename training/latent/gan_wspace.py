"""The style-based generator seen from its intermediate latent space W instead of Z.

StyleGAN's mapping network sends z ~ N(0, I_d) to w = f(z) ∈ R^{w_dim}; the synthesis
network draws from w (the same w at every layer here). Z is a fixed Gaussian the network
has to warp to the data's factors; W is learnt, so single w coordinates are often closer to
single factors of variation (Karras et al. 2019, §4: "disentanglement" and the perceptual
path length are measured in W). :class:`WSpace` is a decoder whose latent *is* w, so the
Latent view's sliders, bookmarks, interpolation, traversals and inversion work in W with no
code of their own:

    decode(w [N, w_dim]) = synthesis(w̄ + ψ (w − w̄))      (ψ = :attr:`truncation`)

W has no prior to draw from. "Random" draws z ~ N(0, I) and maps it (:meth:`prior_z`), and
the sliders are scaled by the spread of mapped prior draws (:meth:`latent_stats`): each
slider is in σ of w_j over the prior, around its mean.

Inversion in W (:meth:`invert`) searches w directly; it reaches images that inversion in Z
cannot (W is larger than f(Z)), which is why GAN editing tools invert into W.
"""

from __future__ import annotations

import numpy as np
import torch

from training.latent.base import latent_statistics
from training.latent.inversion import search_code

#: the sliders' statistics come from this many mapped prior draws
STATS_DRAWS = 5000


class WSpace:
    """A :class:`~training.latent.gan.StyleGAN` as a decoder of w (see the module docstring).

    Not an artifact of its own: :meth:`StyleGAN.w_space` makes one from a loaded model; it
    shares the generator's weights and follows the model's :attr:`truncation`."""

    kind = "latent"
    has_encoder = False
    space_name = "w"

    def __init__(self, model) -> None:
        self.base = model
        self.latent_dim = int(model.w_dim)
        self.image_shape = tuple(model.image_shape)
        self.family = f"{model.family} (W space)"
        self._stats: dict | None = None

    @property
    def card(self) -> dict:
        """The generator's card with the sliders' statistics of W."""
        return {**getattr(self.base, "card", {}), "latent_stats": self.latent_stats()}

    # the truncation ψ is the base model's, so the view's ψ slider drives both spaces
    @property
    def truncation(self) -> float:
        return float(self.base.truncation)

    @truncation.setter
    def truncation(self, psi: float) -> None:
        self.base.truncation = float(psi)

    @property
    def n_params(self) -> int:
        return self.base.n_params

    def _w(self, w: np.ndarray) -> torch.Tensor:
        w = np.asarray(w, np.float32).reshape(-1, self.latent_dim)
        return torch.from_numpy(np.ascontiguousarray(w))

    def _truncate(self, w: torch.Tensor) -> torch.Tensor:
        psi = self.truncation
        if psi == 1.0:
            return w
        avg = self.base.generator.w_avg
        return avg + psi * (w - avg)

    def _forward_w(self, w: torch.Tensor) -> torch.Tensor:
        g = self.base.generator
        return g.synthesis(self._truncate(w)[:, None].expand(-1, g.n_styles, -1))

    @torch.inference_mode()
    def decode(self, w: np.ndarray) -> np.ndarray:
        """w (N, w_dim) → images (N, H, W) in [0, 1]."""
        return self.base._to_images(self._forward_w(self._w(w)))

    def from_z(self, z: np.ndarray) -> np.ndarray:
        """The w of each z (N, d) → (N, w_dim), untruncated (ψ applies in :meth:`decode`)."""
        return self.base.mapping(np.asarray(z, np.float32).reshape(-1, self.base.latent_dim))

    def prior_z(self, n: int, seed: int = 0) -> np.ndarray:
        """``n`` draws of w = f(z), z ~ N(0, I) drawn with ``seed`` (W's "prior")."""
        return self.from_z(self.base.prior_z(n, seed))

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        return self.decode(self.prior_z(n, seed))

    @property
    def w_avg(self) -> np.ndarray:
        return self.base.generator.w_avg.detach().numpy().copy()

    def latent_stats(self) -> dict:
        """Per-dimension mean, std and histogram of w over :data:`STATS_DRAWS` mapped prior
        draws, standardised per dimension for the histogram (what the sliders show)."""
        if self._stats is None:
            w = self.prior_z(STATS_DRAWS, seed=0).astype(np.float64)
            mean, std = w.mean(0), np.maximum(w.std(0), 1e-6)
            out = latent_statistics((w - mean) / std)
            out["mean"], out["std"] = mean.round(5).tolist(), std.round(5).tolist()
            out["source"] = f"mapped prior draws: w = f(z), z ~ N(0, I), {STATS_DRAWS} draws"
            out["unit"] = "σ of w over the prior"
            self._stats = out
        return self._stats

    def invert(self, image: np.ndarray, steps: int = 200, restarts: int = 8, lr: float = 0.05,
               prior_weight: float = 1e-3, seed: int = 0) -> tuple[np.ndarray, float]:
        """GAN inversion in W: Adam on w from ``restarts`` mapped prior draws, minimising
        ‖G(w) − x‖² / (H W) + λ ‖(w − w̄) / σ_w‖² / w_dim (the penalty keeps w near where the
        mapping puts it, in the sliders' units). Returns the best w and its MSE per pixel."""
        stats = self.latent_stats()
        mean = torch.tensor(stats["mean"], dtype=torch.float32)
        std = torch.tensor(stats["std"], dtype=torch.float32)
        return search_code(self._forward_w, self.prior_z(int(restarts), seed), image,
                           self.image_shape, steps, lr,
                           lambda w: prior_weight * (((w - mean) / std) ** 2).mean(dim=1))
