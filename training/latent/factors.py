"""How well single latent dimensions follow the ground-truth factors of the shapes data.

For an encoder (a VAE) the codes of the test images are compared with the test images' own
factors (:func:`encoder_factor_table`). A generator has no encoder and its images have no
ground truth, so their factors are *read off* the images by a probe: each generated image
gets the factors of its nearest training image in pixel space (:func:`nearest_factors`).
The probe's own error is measured on the real test images (whose factors are known) and
reported beside the table, so a weak correlation can be told apart from a weak probe.

Table: for each factor, |Pearson r| between the factor and each latent coordinate (for the
rotation, the larger of the correlations with its cos and sin), and the best-matching
coordinate. Shapes: codes (N, d); factors {name: (N,)}.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def correlation_table(codes: np.ndarray, factors: dict[str, np.ndarray]) -> dict[str, Any]:
    codes = np.asarray(codes, np.float64)
    table = {}
    for name, f in factors.items():
        vals = np.asarray(f, np.float64)
        series = (np.cos(vals), np.sin(vals)) if name == "rotation" else (vals,)
        cors = np.zeros(codes.shape[1])
        for g in series:
            if np.std(g) == 0:
                continue
            for j in range(codes.shape[1]):
                if np.std(codes[:, j]) > 0:
                    cors[j] = max(cors[j], abs(float(np.corrcoef(g, codes[:, j])[0, 1])))
        cors = np.nan_to_num(cors)
        table[name] = {"abs_corr": cors.round(3).tolist(), "best_dim": int(cors.argmax()),
                       "best_abs_corr": float(cors.max().round(3))}
    return table


def encoder_factor_table(model, sp) -> dict[str, Any]:
    """The table for an encoder: its codes of the test images against their factors."""
    return correlation_table(model.encode(sp.x_test), sp.factors_test)


def nearest_factors(images: np.ndarray, x_train: np.ndarray,
                    factors_train: dict[str, np.ndarray], chunk: int = 256
                    ) -> dict[str, np.ndarray]:
    """The factors of each image's nearest training image (squared L2 on pixels)."""
    a = np.asarray(images, np.float32).reshape(len(images), -1)
    b = np.asarray(x_train, np.float32).reshape(len(x_train), -1)
    b_sq = (b * b).sum(1)
    idx = np.empty(len(a), np.int64)
    for i in range(0, len(a), chunk):
        d = b_sq[None] - 2.0 * a[i:i + chunk] @ b.T  # + |a|², the same for every column
        idx[i:i + chunk] = d.argmin(1)
    return {k: np.asarray(v)[idx] for k, v in factors_train.items()}


def probe_quality(sp, n: int = 1000) -> dict[str, float]:
    """The probe on ``n`` real test images: shape accuracy and |r| of the continuous
    factors (rotation: the circular correlation via cos/sin, as in the table)."""
    x = sp.x_test[:n]
    got = nearest_factors(x, sp.x_train, sp.factors_train)
    out = {}
    for name, true in sp.factors_test.items():
        t, g = np.asarray(true[:n], np.float64), np.asarray(got[name], np.float64)
        if name == "shape":
            out["shape_accuracy"] = float((t == g).mean())
        elif name == "rotation":
            out["rotation_abs_corr"] = float(max(
                abs(np.corrcoef(np.cos(t), np.cos(g))[0, 1]),
                abs(np.corrcoef(np.sin(t), np.sin(g))[0, 1])))
        else:
            out[f"{name}_abs_corr"] = float(abs(np.corrcoef(t, g)[0, 1]))
    return {k: round(v, 3) for k, v in out.items()}


def generator_factor_table(model, sp, n: int = 1000, seed: int = 0) -> dict[str, Any]:
    """The table for a generator: ``n`` prior draws z (and, for a style generator, their w
    = f(z)), the factors of its images by the nearest-training-image probe; the probe's
    error on real test images under ``probe``."""
    z = model.prior_z(n, seed)
    images = model.decode(z)
    found = nearest_factors(images, sp.x_train, sp.factors_train)
    out: dict[str, Any] = {"method": "factors of each generated image read off its nearest "
                                     "training image (pixel L2); |Pearson r| per coordinate",
                           "n_samples": int(n), "probe": probe_quality(sp),
                           "z": correlation_table(z, found)}
    if callable(getattr(model, "w_space", None)):
        out["w"] = correlation_table(model.w_space().from_z(z), found)
    return out


def table_of(card_table: Any, space: str = "z") -> dict[str, Any]:
    """{factor: row} for the latent ``space`` ("z" or "w") of a card's
    ``factor_correlation``, whichever form it has (an encoder's table is over z; a
    generator's holds "z" and maybe "w" beside its method and probe)."""
    if not isinstance(card_table, dict):
        return {}
    if "method" in card_table:
        rows = card_table.get(space)
        return rows if isinstance(rows, dict) else {}
    return card_table if space == "z" else {}
