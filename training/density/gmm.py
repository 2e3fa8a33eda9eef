"""Gaussian mixture fitted by EM (scikit-learn's implementation, one EM step at a time).

p(x) = Σ_k π_k N(x; μ_k, Σ_k), full covariances. EM (Dempster, Laird & Rubin, 1977) raises
the training log-likelihood every iteration; ``fit`` runs sklearn's ``GaussianMixture`` with
``warm_start`` and ``max_iter=1`` so that each call is one E+M step and a live view can
watch the components move. Evaluation and sampling use the stored arrays only (numpy).
"""

from __future__ import annotations

import math
import warnings
from typing import Any, Callable

import numpy as np

from training.artifacts import register
from training.data.checks import check_points
from training.density.base import DensityModel, as_points


def working_frame(x: np.ndarray) -> tuple[np.ndarray, float]:
    """(shift, scale) under which EM sees the points: (0, 1) — the points as they are —
    for data of ordinary scale, else centred and divided by a power of two near their
    spread, so that sklearn's absolute ``reg_covar`` and its X·P − μ·P evaluation stay
    meaningful for points spread over 1e-3 or offset by 1e9."""
    std = float(x.std(0).max())
    off = float(np.abs(x.mean(0)).max())
    if 1e-2 <= std <= 1e4 and off <= 1e4 * std:
        return np.zeros(2), 1.0
    return x.mean(0), float(2.0 ** round(math.log2(std)))


@register
class GMMDensity(DensityModel):
    family = "Gaussian mixture (EM)"

    def __init__(self, n_components: int = 8, reg_covar: float = 1e-6) -> None:
        super().__init__()
        k = int(n_components)
        if k < 1:
            raise ValueError("n_components must be at least 1")
        self.n_components, self.reg_covar = k, float(reg_covar)
        self.weights = np.full(k, 1.0 / k)
        self.means = np.zeros((k, 2))
        self.covariances = np.tile(np.eye(2), (k, 1, 1))

    def em(self, x: np.ndarray, seed: int = 0):
        """A generator: one EM iteration per ``next()``, yielding the train NLL (nats)."""
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.mixture import GaussianMixture

        x = as_points(x)
        if len(x) < self.n_components:
            raise ValueError(f"{self.n_components} components need at least that many points")
        x = check_points(x, "the training points")
        shift, scale = working_frame(x)
        if scale != 1.0 or np.any(shift != 0):
            x = (x - shift) / scale
        gm = GaussianMixture(self.n_components, covariance_type="full", reg_covar=self.reg_covar,
                             max_iter=1, warm_start=True, random_state=seed, tol=0.0)
        while True:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                try:
                    gm.fit(x)
                except ValueError as e:  # sklearn: a component collapsed onto few points
                    raise ValueError(f"EM failed on these points ({str(e).split(' (')[0]}); "
                                     "try fewer components") from None
            self.weights = gm.weights_.copy()
            self.means = gm.means_ * scale + shift
            self.covariances = gm.covariances_ * scale**2
            self.fitted = True
            yield -float(gm.score(x)) + 2 * math.log(scale)

    def fit(self, x: np.ndarray, max_iter: int = 200, tol: float = 1e-5, seed: int = 0,
            callback: Callable[[int, float], None] | None = None, **_: Any) -> "GMMDensity":
        """EM until the train NLL improves by less than ``tol`` nats or ``max_iter`` steps."""
        prev = math.inf
        for i, nll in enumerate(self.em(x, seed), start=1):
            if callback is not None:
                callback(i, nll)
            if prev - nll < tol or i >= max_iter:
                break
            prev = nll
        return self

    def _component_log_probs(self, x: np.ndarray) -> np.ndarray:
        """log π_k + log N(x; μ_k, Σ_k) for every point and component, shape [N, K].

        Vectorised with the closed-form inverse of each 2×2 covariance.
        """
        c = self.covariances
        det = c[:, 0, 0] * c[:, 1, 1] - c[:, 0, 1] * c[:, 1, 0]  # [K]
        p00, p11, p01 = c[:, 1, 1] / det, c[:, 0, 0] / det, -c[:, 0, 1] / det
        d0 = x[:, 0:1] - self.means[None, :, 0]  # [N, K]
        d1 = x[:, 1:2] - self.means[None, :, 1]
        maha = p00 * d0 * d0 + 2 * p01 * d0 * d1 + p11 * d1 * d1
        return -0.5 * maha - 0.5 * np.log(det) - math.log(2 * math.pi) + np.log(self.weights)

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        a = self._component_log_probs(as_points(x))
        top = a.max(1)
        with np.errstate(invalid="ignore"):
            return np.log(np.exp(a - top[:, None]).sum(1)) + top

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        comp = rng.choice(self.n_components, size=int(n), p=self.weights / self.weights.sum())
        z = rng.normal(size=(int(n), 2))
        chols = np.linalg.cholesky(self.covariances)
        return self.means[comp] + np.einsum("nij,nj->ni", chols[comp], z)

    @property
    def n_params(self) -> int:
        return self.n_components * 6 - 1  # 2 mean + 3 covariance per component, K−1 weights

    def config(self) -> dict[str, Any]:
        return {"n_components": self.n_components, "reg_covar": self.reg_covar}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        k = int(config["n_components"])
        return {"weights": (k,), "means": (k, 2), "covariances": (k, 2, 2)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"weights": self.weights.astype(np.float64), "means": self.means.astype(np.float64),
                "covariances": self.covariances.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        w, cov = tensors["weights"], tensors["covariances"]
        if np.any(w < 0) or not np.isclose(w.sum(), 1.0, atol=1e-6):
            raise ValueError("mixture weights must be non-negative and sum to 1")
        if np.any(np.linalg.eigvalsh(cov) <= 0):
            raise ValueError("a component covariance is not positive definite")
        self.weights, self.means, self.covariances = w.copy(), tensors["means"].copy(), cov.copy()
        self.fitted = True
