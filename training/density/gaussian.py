"""A single 2D Gaussian with full covariance, fitted by maximum likelihood.

MLE: μ = mean(x), Σ = (1/N) Σ_i (x_i − μ)(x_i − μ)ᵀ (the biased estimator; a tiny ridge,
relative to the data's scale, keeps Σ invertible for degenerate data such as collinear points).
log N(x; μ, Σ) = −½ (x−μ)ᵀ Σ⁻¹ (x−μ) − ½ log det(2π Σ).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from training.artifacts import register
from training.data.checks import check_points
from training.density.base import DensityModel, as_points
from training.density.family import Family


@register
class GaussianDensity(DensityModel):
    family = "Gaussian"

    def __init__(self, ridge: float = 1e-6) -> None:
        super().__init__()
        self.ridge = float(ridge)
        self.mean = np.zeros(2)
        self.cov = np.eye(2)

    def fit(self, x: np.ndarray, **_: Any) -> "GaussianDensity":
        x = as_points(x)
        if len(x) < 2:
            raise ValueError("a Gaussian needs at least 2 points")
        x = check_points(x, "the training points")
        self.mean = x.mean(0)
        d = x - self.mean
        cov = d.T @ d / len(x)
        self.cov = cov + self.effective_ridge(cov) * np.eye(2)
        self.fitted = True
        return self

    def effective_ridge(self, cov: np.ndarray) -> float:
        """The ridge added to Σ: ``ridge`` for data of unit scale or larger, scaled down
        with the variance for smaller data (a ridge of 1e-6 would double the variance of
        points spread over 1e-3), and never below 1e-12 of the largest variance (points on
        a line at a scale of 1e6 stay positive definite in float64)."""
        var = float(np.max(np.diag(cov)))
        return max(self.ridge * min(var, 1.0), 1e-12 * var)

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        x = as_points(x)
        chol = np.linalg.cholesky(self.cov)
        z = np.linalg.solve(chol, (x - self.mean).T)  # (2, N): L⁻¹(x − μ)
        logdet = 2.0 * np.log(np.diag(chol)).sum()
        return -0.5 * (z**2).sum(0) - 0.5 * logdet - math.log(2 * math.pi)

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        return self.mean + rng.normal(size=(n, 2)) @ np.linalg.cholesky(self.cov).T

    @property
    def n_params(self) -> int:
        return 5  # 2 for μ, 3 for the symmetric Σ

    def config(self) -> dict[str, Any]:
        return {"ridge": self.ridge}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        return {"mean": (2,), "cov": (2, 2)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"mean": self.mean.astype(np.float64), "cov": self.cov.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        cov = tensors["cov"]
        if not np.allclose(cov, cov.T) or np.any(np.linalg.eigvalsh(cov) <= 0):
            raise ValueError("the covariance is not symmetric positive definite")
        self.mean, self.cov = tensors["mean"].copy(), cov.copy()
        self.fitted = True


FAMILY = Family(
    key="gaussian", model=GaussianDensity, label="Gaussian (full covariance)", short="Gaussian",
    describe=lambda h: "Gaussian", note="No hyperparameters: mean and covariance by MLE.",
    ladder=lambda n: {}, class_map=lambda n: {},
)
