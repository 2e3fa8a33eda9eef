"""The partition function Z = Σ_{v,h} exp(-E(v, h)) of a binary RBM: exact for few hidden
units, annealed importance sampling (AIS) otherwise.

Exact (H ≤ ~24). Summing v out analytically leaves a sum over the 2^H hidden states:

    log Z = log Σ_h exp(cᵀh + Σ_i softplus(b_i + W_{i,:} h))

evaluated in chunks of hidden states (bits of 0 … 2^H − 1) with a running log-sum-exp in
float64, so neither memory nor overflow depends on H beyond the 2^H terms.

AIS (Neal 2001; Salakhutdinov & Murray 2008, "On the quantitative analysis of deep belief
networks", §3–4). A base-rate model p_A (no weights, visible biases b_A from the training
pixels' means: log Z_A = H log 2 + Σ_i softplus(b_A,i), exact) is morphed into the RBM p_B
through the unnormalised intermediate distributions, with h summed out,

    p*_β(v) = exp((1-β) b_Aᵀv + β bᵀv) Π_j (1 + exp(β (c_j + vᵀW_{:,j}))),

for 0 = β_0 < β_1 < … < β_K = 1. Run m starts from v_0 ~ p_A exactly, then for k = 1 … K

    log w_m += log p*_{β_k}(v_{k-1}) − log p*_{β_{k-1}}(v_{k-1});  v_k ~ T_k(v_{k-1}),

where T_k is one block Gibbs step that leaves p*_{β_k} invariant (h ~ σ(β_k(c + vW)),
v ~ σ((1-β_k) b_A + β_k (b + hWᵀ))). Then Ẑ_B / Z_A = mean_m w_m, an unbiased estimate of
the ratio; log Ẑ_B is a stochastic lower bound on average (Jensen). The spread reported
is ±3 standard errors of mean_m w_m mapped to the log scale, as in the paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from training.rbm.maths import MAX_EXACT_HIDDEN, sigmoid, softplus


def _logsumexp(x: np.ndarray) -> float:
    m = float(np.max(x))
    return m + math.log(float(np.exp(x - m).sum()))


def log_z_exact(model, chunk: int = 4096, dtype=np.float64) -> float:
    """log Z by summing the 2^H hidden states, in chunks of ``chunk`` states; each term in
    ``dtype`` (float64 for the card; float32, ~1e-4 nats off, for the training monitor),
    the log-sum-exp in float64."""
    H = model.n_hidden
    if H > MAX_EXACT_HIDDEN:
        raise ValueError(f"exact log Z sums 2^H terms; H = {H} is over {MAX_EXACT_HIDDEN}")
    W, b, c = (np.asarray(a, dtype) for a in (model.W, model.b, model.c))
    bits = 1 << np.arange(H, dtype=np.int64)
    running = -math.inf
    for lo in range(0, 1 << H, chunk):
        idx = np.arange(lo, min(lo + chunk, 1 << H), dtype=np.int64)
        h = ((idx[:, None] & bits) != 0).astype(dtype)              # [chunk, H]
        terms = (h @ c).astype(np.float64) + softplus(h @ W.T + b).sum(1, dtype=np.float64)
        part = _logsumexp(terms)
        running = np.logaddexp(running, part)
    return float(running)


def base_rate_bias(images: np.ndarray, eps: float = 0.05) -> np.ndarray:
    """b_A = log(p/(1-p)) of the pixels' mean p over ``images`` [N, …] (p smoothed by eps
    counts so that no pixel has probability 0 or 1)."""
    x = np.asarray(images, np.float64).reshape(len(images), -1)
    p = (x.sum(0) + eps) / (len(x) + 2 * eps)
    return np.log(p) - np.log1p(-p)


def betas_paper(k: int = 14_500) -> np.ndarray:
    """β_0 = 0 … β_K = 1 spaced as Salakhutdinov & Murray (2008): uniform with 500 steps in
    [0, 0.5], 4,000 in [0.5, 0.9] and 10,000 in [0.9, 1] for K = 14,500 (scaled to K)."""
    n1, n2 = round(k * 500 / 14_500), round(k * 4_000 / 14_500)
    n3 = k - n1 - n2
    return np.concatenate([np.linspace(0.0, 0.5, n1, endpoint=False),
                           np.linspace(0.5, 0.9, n2, endpoint=False),
                           np.linspace(0.9, 1.0, n3 + 1)])


@dataclass
class AISResult:
    """log Ẑ and its spread: ``log_z_low`` / ``log_z_high`` = log(Ẑ ∓ 3σ̂) with σ̂ the
    standard error of the mean weight (``log_z_low`` is -inf when 3σ̂ ≥ Ẑ)."""

    log_z: float
    log_z_low: float
    log_z_high: float
    log_z_base: float
    log_weights: np.ndarray
    n_betas: int
    seconds: float

    @property
    def plus_minus(self) -> float:
        """Half the width of [log_z_low, log_z_high] (nats); for the card's ± figure."""
        return 0.5 * (self.log_z_high - self.log_z_low)


def ais(model, base_bias: np.ndarray | None = None, n_runs: int = 100,
        betas: np.ndarray | int = 14_500, seed: int = 0) -> AISResult:
    """AIS estimate of log Z of ``model`` (see the module's docstring). ``base_bias`` b_A
    (default: zeros, the uniform base); ``betas`` an increasing array from 0 to 1 or the
    number of steps K for :func:`betas_paper`."""
    import time

    t0 = time.perf_counter()
    betas = betas_paper(betas) if np.isscalar(betas) else np.asarray(betas, np.float64)
    if betas[0] != 0.0 or betas[-1] != 1.0 or np.any(np.diff(betas) <= 0):
        raise ValueError("betas must increase from 0 to 1")
    V, H = model.n_visible, model.n_hidden
    bA = np.zeros(V) if base_bias is None else np.asarray(base_bias, np.float64).reshape(V)
    W, b, c = model.W.astype(np.float32), model.b.astype(np.float32), model.c.astype(np.float32)
    bA32 = bA.astype(np.float32)
    rng = np.random.default_rng(seed)
    v = (rng.random((n_runs, V), dtype=np.float32) < sigmoid(bA32)).astype(np.float32)
    log_w = np.zeros(n_runs, np.float64)

    def log_p_star(beta: float, v: np.ndarray, a: np.ndarray) -> np.ndarray:
        # a = c + vW (shared by every β at the same v)
        vis = (1.0 - beta) * (v @ bA32) + beta * (v @ b)
        return vis.astype(np.float64) + softplus(beta * a).sum(1, dtype=np.float64)

    for k in range(1, len(betas)):
        a = v @ W + c
        beta = float(betas[k])  # a Python float keeps the float32 arrays float32
        log_w += log_p_star(beta, v, a) - log_p_star(float(betas[k - 1]), v, a)
        h = (rng.random((n_runs, H), dtype=np.float32) < sigmoid(beta * a)).astype(np.float32)
        pv = sigmoid((1 - beta) * bA32 + beta * (h @ W.T + b))
        v = (rng.random(pv.shape, dtype=np.float32) < pv).astype(np.float32)
    log_z_base = H * math.log(2.0) + float(softplus(bA).sum())
    m = float(log_w.max())
    w = np.exp(log_w - m)
    mean = float(w.mean())
    sem = float(w.std(ddof=1) / math.sqrt(n_runs)) if n_runs > 1 else 0.0
    log_z = log_z_base + m + math.log(mean)
    high = log_z_base + m + math.log(mean + 3 * sem)
    low = log_z_base + m + math.log(mean - 3 * sem) if mean > 3 * sem else -math.inf
    return AISResult(log_z, low, high, log_z_base, log_w, len(betas) - 1,
                     time.perf_counter() - t0)
