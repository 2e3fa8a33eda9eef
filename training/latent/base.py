"""The interface every latent-variable model offers the Latent view.

    z = model.encode(x)      # x (N, H, W) in [0, 1]  ->  z (N, d): posterior mean / code
    x = model.decode(z)      # z (N, d)               ->  x (N, H, W) in [0, 1]
    model.latent_dim, model.image_shape, model.family

Latent statistics of the training set (:func:`latent_statistics`) are stored in the card
so the app can draw each slider's histogram without the data.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def latent_statistics(z_mean: np.ndarray, kl_per_dim: np.ndarray | None = None,
                      bins: int = 41, lim: float = 4.0) -> dict[str, Any]:
    """Per-dimension statistics of the encoded training set (the aggregate posterior).

    ``hist`` holds, per dimension, counts over ``bins`` equal bins on [−lim, lim] of the
    posterior means (in σ units of the prior, i.e. raw z since the prior is N(0, I)).
    ``kl`` (VAE only) is the mean KL(q(z_j | x) ‖ N(0, 1)) per dimension in nats: a
    dimension with KL ≈ 0 carries no information about x ("inactive", posterior collapse).
    """
    edges = np.linspace(-lim, lim, bins + 1)
    hist = np.stack([np.histogram(np.clip(z_mean[:, j], -lim, lim), edges)[0]
                     for j in range(z_mean.shape[1])])
    out: dict[str, Any] = {
        "mean": z_mean.mean(0).round(5).tolist(),
        "std": z_mean.std(0).round(5).tolist(),
        "hist_edges": [-lim, lim, bins],
        "hist": hist.tolist(),
    }
    if kl_per_dim is not None:
        out["kl"] = np.asarray(kl_per_dim).round(5).tolist()
    return out


class LatentModel:
    """Common helpers; subclasses implement ``encode``/``decode`` and the artifact protocol."""

    kind = "latent"
    family = "latent model"
    latent_dim: int
    image_shape: tuple[int, int]

    def _flat(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float32)
        if x.shape[1:] != tuple(self.image_shape):
            raise ValueError(f"this model takes images {tuple(self.image_shape)}, "
                             f"not {x.shape[1:]}")
        return x.reshape(len(x), -1)

    def reconstruct(self, x: np.ndarray) -> np.ndarray:
        return self.decode(self.encode(x))

    def mse(self, x: np.ndarray) -> float:
        """Mean squared error per pixel of the reconstructions."""
        return float(np.mean((self.reconstruct(x) - np.asarray(x, np.float32)) ** 2))
