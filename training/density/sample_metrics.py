"""Sample-quality figures of a 2D model, computed from its samples alone (any family).

A model without a likelihood (a GAN) can only be judged by its samples; the same figures are
computed for every family so that a GAN and a flow can be compared on one footing. For
samples Y = {y_j} (n of them) and data X = {x_i} (m of them):

**Histogram divergences.** Both sets are binned on the same ``BINS × BINS`` grid over the
data's bounding box (samples outside the box are counted in the nearest edge bin, so mass
thrown outside is still mass in the wrong place). With the bin shares p_b (data) and q_b
(samples), each share is floored by a small smoothing ε = ``SMOOTH`` and renormalised,
p̃_b = (p_b + ε) / (1 + B ε) (B = BINS² bins), so an empty bin gives a large but finite
log-ratio instead of ∞. Then, in nats,

    KL(p_data ‖ p_model) = Σ_b p̃_b log(p̃_b / q̃_b)          (large when modes are missed)
    JS = ½ KL(p̃ ‖ m̃) + ½ KL(q̃ ‖ m̃),   m̃ = (p̃ + q̃) / 2     (symmetric, ≤ ln 2 ≈ 0.693)

Identical histograms give 0 for both. Finite samples leave a floor: two independent draws
of 2,000 data points give KL ≈ 0.1–0.2 nats on 900 bins, so compare models at equal n.

**Energy distance** (:func:`training.evaluate.energy_distance`; Székely & Rizzo):
D² = 2 E‖X − Y‖ − E‖X − X'‖ − E‖Y − Y'‖ ≥ 0, zero iff the distributions agree.

**Modes** (on mode-structured sets: 8gaussians, grid25; the figures of the unrolled-GAN
and VEEGAN papers). With the K mode centres c_k and the components' σ, a sample is *high
quality* if its nearest centre is within 3σ (a 2D Gaussian puts 1 − e^(−4.5) ≈ 98.9 % of its
mass there). A mode is *captured* if at least ``MODE_SHARE`` of its fair share n / K of
samples are high-quality samples at that mode (all n on one mode: 1 mode captured).

    high_quality_share = #{j : min_k ‖y_j − c_k‖ ≤ 3σ} / n
    modes_captured = #{k : #{j high quality, nearest c_k} ≥ MODE_SHARE · n / K}
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

#: bins per axis of the histograms
BINS = 30
#: the probability floor ε added to every bin before renormalising (see the module docstring)
SMOOTH = 1e-4
#: a mode is captured if it holds at least this fraction of its fair share n / K
MODE_SHARE = 0.25
#: a high-quality sample lies within this many σ of a mode centre
QUALITY_SIGMAS = 3.0


def histograms(data: np.ndarray, samples: np.ndarray, bins: int = BINS
               ) -> tuple[np.ndarray, np.ndarray]:
    """The bin shares [bins, bins] of ``data`` and ``samples`` over the data's box, both
    smoothed by ``SMOOTH`` and renormalised (samples outside the box go to the edge bins)."""
    data = np.asarray(data, dtype=np.float64)
    samples = np.asarray(samples, dtype=np.float64)
    samples = samples[np.isfinite(samples).all(1)]
    lo, hi = data.min(0), data.max(0)
    hi = np.where(hi > lo, hi, lo + 1.0)

    def shares(pts: np.ndarray) -> np.ndarray:
        idx = np.floor((pts - lo) / (hi - lo) * bins).astype(np.int64) if len(pts) else \
            np.zeros((0, 2), np.int64)
        idx = np.clip(idx, 0, bins - 1)
        h = np.zeros((bins, bins))
        np.add.at(h, (idx[:, 0], idx[:, 1]), 1.0)
        p = h / max(len(pts), 1)
        return (p + SMOOTH) / (1.0 + bins * bins * SMOOTH)

    return shares(data), shares(samples)


def kl_js(p: np.ndarray, q: np.ndarray) -> tuple[float, float]:
    """KL(p ‖ q) and the Jensen–Shannon divergence of two (smoothed) histograms, in nats."""
    p, q = p.ravel(), q.ravel()
    m = 0.5 * (p + q)
    kl = float(np.sum(p * np.log(p / q)))
    js = 0.5 * float(np.sum(p * np.log(p / m))) + 0.5 * float(np.sum(q * np.log(q / m)))
    return max(kl, 0.0), max(js, 0.0)


def mode_figures(samples: np.ndarray, centres: np.ndarray, sigma: float) -> dict[str, Any]:
    """High-quality share and modes captured (see the module docstring)."""
    samples = np.asarray(samples, dtype=np.float64)
    centres = np.asarray(centres, dtype=np.float64)
    n, k = len(samples), len(centres)
    if n == 0:
        return {"modes_captured": 0, "modes_total": k, "high_quality_share": 0.0}
    d2 = ((samples[:, None, :] - centres[None]) ** 2).sum(-1)
    d2 = np.where(np.isfinite(d2), d2, np.inf)
    near = d2.argmin(1)
    good = np.sqrt(d2[np.arange(n), near]) <= QUALITY_SIGMAS * sigma
    per_mode = np.bincount(near[good], minlength=k)
    captured = int((per_mode >= max(MODE_SHARE * n / k, 1.0)).sum())
    return {"modes_captured": captured, "modes_total": k,
            "high_quality_share": float(good.mean())}


def known_modes(data: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The centres and σ of the mode-structured toy set ``data`` was drawn from, recognised
    from the points themselves (≥ 95 % within 3σ of that set's centres, every centre
    holding some), or None: the trainer and the app need no data set's name."""
    from training.data.toy import TOY_SOURCES

    data = np.asarray(data, dtype=np.float64)
    if len(data) < 20:
        return None
    for src in TOY_SOURCES.values():
        centres = src.modes
        if centres is None or len(data) < 4 * len(centres):
            continue
        d2 = ((data[:, None, :] - centres[None]) ** 2).sum(-1)
        near = d2.argmin(1)
        within = np.sqrt(d2[np.arange(len(data)), near]) <= QUALITY_SIGMAS * src.mode_std
        if within.mean() >= 0.95 and len(np.unique(near[within])) == len(centres):
            return centres, float(src.mode_std)
    return None


def sample_metrics(samples: np.ndarray, data: np.ndarray, modes: Any = "auto",
                   bins: int = BINS, energy_n: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Every figure of the module docstring for ``samples`` [n, 2] against ``data`` [m, 2].

    ``modes``: ``(centres [K, 2], σ)``, None (no mode figures) or ``"auto"`` (recognised by
    :func:`known_modes`). ``energy_n`` points of each side enter the energy distance (it
    costs O(energy_n²)). Returns a dict of floats: ``kl_data_model``, ``js``,
    ``energy_distance`` and, with modes, ``modes_captured``, ``modes_total``,
    ``high_quality_share``.
    """
    from training.metrics import energy_distance

    samples = np.asarray(samples, dtype=np.float64)
    data = np.asarray(data, dtype=np.float64)
    finite = samples[np.isfinite(samples).all(1)]
    p, q = histograms(data, finite, bins)
    kl, js = kl_js(p, q)
    out: dict[str, Any] = {"kl_data_model": kl, "js": js}
    out["energy_distance"] = (energy_distance(finite, data, max_n=energy_n, seed=seed)
                              if len(finite) >= 2 else math.inf)
    if isinstance(modes, str) and modes == "auto":
        modes = known_modes(data)
    if modes is not None:
        out.update(mode_figures(samples, *modes))
    return out


#: what each figure is called on screen (the GAN panel, the README)
LABELS = {
    "kl_data_model": "KL(p_data ‖ p_model), histogram",
    "js": "JS divergence, histogram",
    "energy_distance": "energy distance",
    "modes_captured": "modes captured",
    "high_quality_share": "high-quality samples (≤ 3σ)",
}
