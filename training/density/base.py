"""The one interface every 2D p_model implements.

A density model is fitted to samples ``x[N, 2]`` of p_data and then answers
``log_prob(x[N, 2]) -> [N]`` (nats, float64) and ``sample(n, seed) -> [n, 2]``. The canvas
evaluates any model through this interface without knowing its family.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

import numpy as np


def as_points(x: Any) -> np.ndarray:
    """Validate and convert to a float64 array (N, 2) of finite points."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] != 2:
        raise ValueError(f"expected points of shape (N, 2), got {x.shape}")
    return x


class DensityModel(ABC):
    """Base class of the 2D p_model families (see the module docstring)."""

    kind = "density"
    #: Human-readable family name for the UI.
    family: str = "?"

    def __init__(self) -> None:
        self.fitted = False
        self.card: dict[str, Any] | None = None

    @abstractmethod
    def fit(self, x: np.ndarray, **kwargs: Any) -> "DensityModel":
        """Fit to the samples ``x[N, 2]`` by maximum likelihood (or the family's rule)."""

    @abstractmethod
    def log_prob(self, x: np.ndarray) -> np.ndarray:
        """log p_model(x) in nats for ``x[N, 2]``; ``-inf`` where p is zero."""

    @abstractmethod
    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """``n`` samples ``[n, 2]`` from p_model, reproducible by ``seed``."""

    @property
    @abstractmethod
    def n_params(self) -> int:
        """Number of free scalar parameters."""

    @abstractmethod
    def config(self) -> dict[str, Any]:
        """Constructor keyword arguments (hyperparameters), JSON-serialisable."""

    @abstractmethod
    def get_tensors(self) -> dict[str, np.ndarray]: ...

    @abstractmethod
    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None: ...

    def nll(self, x: np.ndarray) -> float:
        """Mean negative log-likelihood in nats per point (``inf`` if any point has p = 0)."""
        return float(-np.mean(self.log_prob(as_points(x))))

    def _require_fitted(self) -> None:
        if not self.fitted:
            raise RuntimeError(f"{type(self).__name__} is not fitted yet")
