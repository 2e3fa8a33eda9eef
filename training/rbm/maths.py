"""Elementwise functions and limits shared by the RBM's model and partition modules."""

from __future__ import annotations

import numpy as np

#: Most hidden units whose 2^H states :func:`training.rbm.partition.log_z_exact` sums.
MAX_EXACT_HIDDEN = 24


def sigmoid(x: np.ndarray) -> np.ndarray:
    """σ(x) = (1 + tanh(x/2)) / 2: no overflow for any x, dtype kept."""
    y = np.tanh(x * 0.5)
    y += 1.0
    y *= 0.5
    return y


def softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + eˣ) = max(x, 0) + log1p(e^{−|x|}), stable for large |x|, dtype kept."""
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))
