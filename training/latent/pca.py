"""Probabilistic PCA (Tipping & Bishop 1999): the linear latent-variable model.

    z ~ N(0, I_d),   x | z ~ N(W z + μ, σ² I_D)

Maximum likelihood in closed form from the eigen-decomposition of the data covariance
S = U Λ Uᵀ: σ² = mean of the D − d discarded eigenvalues, W = U_d (Λ_d − σ² I)^{1/2}.
Encoding is the posterior mean E[z | x] = M⁻¹ Wᵀ (x − μ) with M = WᵀW + σ² I, so the
latent has unit prior variance like a VAE's; decoding is W z + μ (clipped to [0, 1] for
display — the model itself is Gaussian on pixels and has a proper log-likelihood).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training.artifacts import register
from training.latent.base import LatentModel


@register
class PPCA(LatentModel):
    family = "Probabilistic PCA"

    def __init__(self, image_shape: tuple[int, int] | list[int] = (28, 28), latent_dim: int = 16,
                 seed: int = 0) -> None:
        self.image_shape = tuple(int(s) for s in image_shape)
        self.latent_dim = int(latent_dim)
        self.seed = int(seed)
        n = int(np.prod(self.image_shape))
        if not 1 <= self.latent_dim < n:
            raise ValueError(f"latent_dim must be between 1 and {n - 1}")
        self.W = np.zeros((n, self.latent_dim), np.float32)
        self.mu = np.zeros(n, np.float32)
        self.sigma2 = np.ones(1, np.float32)
        self.card: dict[str, Any] = {}
        self._prep()

    def _prep(self) -> None:
        m = self.W.T @ self.W + self.sigma2[0] * np.eye(self.latent_dim, dtype=np.float32)
        self._enc = np.linalg.solve(m, self.W.T).astype(np.float32)  # M⁻¹ Wᵀ  (d, D)

    def fit(self, x: np.ndarray) -> "PPCA":
        X = self._flat(x).astype(np.float64)
        self.mu = X.mean(0).astype(np.float32)
        Xc = X - X.mean(0)
        # eigen-decomposition of the covariance through the SVD of the centred data
        _, s, vt = np.linalg.svd(Xc, full_matrices=False)
        lam = s**2 / len(X)
        d = self.latent_dim
        rest = lam[d:]
        D = X.shape[1]
        sigma2 = float(rest.sum() / (D - d)) if D > d else 1e-6
        sigma2 = max(sigma2, 1e-6)
        self.W = (vt[:d].T * np.sqrt(np.maximum(lam[:d] - sigma2, 0))).astype(np.float32)
        self.sigma2 = np.array([sigma2], np.float32)
        self.explained_variance_ratio = float(lam[:d].sum() / lam.sum())
        self._prep()
        return self

    def encode(self, x: np.ndarray) -> np.ndarray:
        return (self._flat(x) - self.mu) @ self._enc.T

    def decode(self, z: np.ndarray) -> np.ndarray:
        z = np.asarray(z, np.float32).reshape(-1, self.latent_dim)
        return np.clip(z @ self.W.T + self.mu, 0, 1).reshape(len(z), *self.image_shape)

    def log_likelihood(self, x: np.ndarray) -> float:
        """Mean log N(x; μ, WWᵀ + σ²I) in nats per image (Woodbury / determinant lemma)."""
        X = self._flat(x).astype(np.float64) - self.mu
        D, d = X.shape[1], self.latent_dim
        s2 = float(self.sigma2[0])
        W = self.W.astype(np.float64)
        M = W.T @ W + s2 * np.eye(d)
        # C⁻¹ = (I − W M⁻¹ Wᵀ) / σ²;  log|C| = (D − d) log σ² + log|M|
        proj = X @ W
        quad = ((X**2).sum(1) - (proj * np.linalg.solve(M, proj.T).T).sum(1)) / s2
        logdet = (D - d) * np.log(s2) + np.linalg.slogdet(M)[1]
        return float(np.mean(-0.5 * (quad + logdet + D * np.log(2 * np.pi))))

    def config(self) -> dict[str, Any]:
        return {"image_shape": list(self.image_shape), "latent_dim": self.latent_dim,
                "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        n = int(np.prod([int(s) for s in config["image_shape"]]))
        return {"W": (n, int(config["latent_dim"])), "mu": (n,), "sigma2": (1,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"W": self.W.copy(), "mu": self.mu.copy(), "sigma2": self.sigma2.copy()}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        self.W = np.array(tensors["W"], np.float32)
        self.mu = np.array(tensors["mu"], np.float32)
        self.sigma2 = np.array(tensors["sigma2"], np.float32)
        if not self.sigma2[0] > 0:
            raise ValueError("sigma2 must be positive")
        self._prep()

    @property
    def n_params(self) -> int:
        return self.W.size + self.mu.size + 1

    def kl_per_dim(self, x: np.ndarray) -> np.ndarray:
        """Per-dimension KL of the (Gaussian) posterior to the prior, averaged over x."""
        m = self.W.T @ self.W + self.sigma2[0] * np.eye(self.latent_dim)
        var = self.sigma2[0] * np.diag(np.linalg.inv(m))  # posterior covariance σ² M⁻¹
        mu = self.encode(x)
        return (0.5 * (mu**2 + var - np.log(var) - 1)).mean(0)
