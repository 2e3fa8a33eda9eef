"""Image sample figures shared by every image generator's card (and by
:mod:`training.evaluate`, which re-exports them): the shipped classifier's confident share,
class shares, Fréchet distance with its real-vs-real floor, memorisation — for grey samples
(:func:`image_sample_metrics`) and for binary ones (:func:`binary_sample_metrics`).

A module of its own so that the recipes can score their samples without importing
:mod:`training.evaluate`, which imports the recipes' own scorers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

CLASSIFIER_PATH = "trained/classifier-mnist5k"


def frechet_distance(f1: np.ndarray, f2: np.ndarray) -> float:
    """‖μ₁ − μ₂‖² + Tr(Σ₁ + Σ₂ − 2 (Σ₁Σ₂)^{1/2}) for feature sets (N, D).

    Tr (Σ₁Σ₂)^{1/2} = Σ √λ_i of the symmetric PSD matrix Σ₁^{1/2} Σ₂ Σ₁^{1/2} (same
    eigenvalues as Σ₁Σ₂), which stays stable when dead ReLU features make Σ singular.
    """
    mu1, mu2 = f1.mean(0), f2.mean(0)
    s1, s2 = np.cov(f1, rowvar=False), np.cov(f2, rowvar=False)
    from scipy import linalg

    w, v = linalg.eigh(s1)
    s1_half = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    lam = linalg.eigvalsh(s1_half @ s2 @ s1_half)
    tr_sqrt = float(np.sqrt(np.clip(lam, 0, None)).sum())
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * tr_sqrt)


def knn_precision_recall(real: np.ndarray, fake: np.ndarray, k: int = 3,
                         chunk: int = 1024) -> dict[str, float]:
    """Improved precision and recall (Kynkäänniemi et al. 2019) of feature sets (N, D).

    Each set's manifold is the union of balls around its points, the radius of a point's
    ball being the distance to its k-th nearest neighbour in its own set (itself
    excluded):  manifold(Φ) = ∪_{φ ∈ Φ} B(φ, NN_k(φ, Φ)).

    * precision = share of ``fake`` points inside manifold(``real``) (are the samples
      realistic?);
    * recall = share of ``real`` points inside manifold(``fake``) (is the data's variety
      covered?).

    The paper uses k = 3 and equally many real and fake points.
    """
    real = np.asarray(real, np.float64)
    fake = np.asarray(fake, np.float64)
    if min(len(real), len(fake)) <= k:
        raise ValueError(f"k-NN precision and recall need more than k = {k} points per set")
    from scipy.spatial import cKDTree

    def radii(x: np.ndarray) -> np.ndarray:  # distance to the k-th neighbour, self excluded
        d, _ = cKDTree(x).query(x, k=k + 1)
        return d[:, k]

    def covered(points: np.ndarray, centres: np.ndarray, r: np.ndarray) -> np.ndarray:
        out = np.zeros(len(points), bool)
        c2 = (centres ** 2).sum(1)
        for i in range(0, len(points), chunk):
            p = points[i:i + chunk]
            d2 = (p ** 2).sum(1)[:, None] + c2[None, :] - 2 * p @ centres.T
            out[i:i + chunk] = (np.sqrt(np.clip(d2, 0, None)) <= r[None, :] * (1 + 1e-9)).any(1)
        return out

    return {"precision": float(covered(fake, real, radii(real)).mean()),
            "recall": float(covered(real, fake, radii(fake)).mean())}


def default_classifier():
    from training.artifacts import default_trained_dir, load

    return load(default_trained_dir() / Path(CLASSIFIER_PATH).name)


def image_sample_metrics(samples: np.ndarray, x_train: np.ndarray, x_test: np.ndarray,
                         classifier=None, seed: int = 0) -> dict[str, Any]:
    """The figures of the module docstring for MNIST-like samples (N, 28, 28) in [0, 1]."""
    clf = classifier or default_classifier()
    p = clf.predict_proba(samples)
    conf = p.max(1)
    pred = p.argmax(1)
    hist = np.bincount(pred, minlength=p.shape[1]) / len(pred)
    f_s, f_te = clf.features(samples), clf.features(x_test)
    rng = np.random.default_rng(seed)
    tr_sub = x_train[rng.choice(len(x_train), size=min(len(x_test), len(x_train)), replace=False)]
    f_tr = clf.features(tr_sub)
    n = min(len(samples), len(x_test))
    # fewer samples than test digits: a random subset of the test digits (the first n are
    # not a fair subset: a split may be sorted by class); all of them: the same figure
    te_idx = rng.permutation(len(x_test))[:n] if n < len(x_test) else np.arange(n)
    flat_tr = x_train.reshape(len(x_train), -1)
    from scipy.spatial import cKDTree

    tree = cKDTree(flat_tr)
    d_test, _ = tree.query(x_test.reshape(len(x_test), -1), k=1)
    radius = float(np.percentile(d_test, 1))
    d_s, _ = tree.query(samples.reshape(len(samples), -1), k=1)
    return {
        "n_samples": len(samples),
        "confident_share": float((conf >= 0.9).mean()),
        **{f"class_share_{c}": round(float(h), 4) for c, h in enumerate(hist)},
        "min_class_share": float(hist.min()),
        "frechet_distance": frechet_distance(f_s[:n], f_te[te_idx]),
        "frechet_floor": frechet_distance(f_tr[:n], f_te[te_idx]),
        "memorised_share": float((d_s < radius).mean()),
        "memorise_radius_l2": radius,
    }


def memorisation(samples: np.ndarray, x_train: np.ndarray, x_test: np.ndarray) -> dict[str, float]:
    """Nearest-training-image L2 distance (pixels in [0, 1]) of the samples against that of
    held-out test images: a generator that copies its training set has samples much closer
    to the training images than fresh real images are (ratio well below 1)."""
    from scipy.spatial import cKDTree

    tree = cKDTree(x_train.reshape(len(x_train), -1))
    d_s, _ = tree.query(samples.reshape(len(samples), -1), k=1)
    d_t, _ = tree.query(x_test.reshape(len(x_test), -1), k=1)
    return {"nn_train_l2_samples_median": float(np.median(d_s)),
            "nn_train_l2_test_median": float(np.median(d_t)),
            "nn_train_l2_ratio": float(np.median(d_s) / max(np.median(d_t), 1e-12))}


def binary_sample_metrics(samples: np.ndarray, sp, seed: int = 0,
                          sample_s: float | None = None) -> dict[str, Any]:
    """The DDPM's sample figures for a model of *binarised* digits (PixelCNN, RBM):
    ``samples`` (N, H, W) in {0, 1} against stochastically binarised real digits (seed + 2),
    so that the Fréchet floor and the memorisation radius compare like with like; the
    classifier's confident share on the binarised test digits is given as the reference
    (it was trained on grey digits). ``sample_s``: seconds to draw the samples."""
    import sys

    rng = np.random.default_rng(seed + 2)
    tr = (rng.random(sp.x_train.shape) < sp.x_train).astype(np.float32)
    te = (rng.random(sp.x_test.shape) < sp.x_test).astype(np.float32)
    s = np.asarray(samples, np.float32)
    out: dict[str, Any] = {"real_binarisation_seed": seed + 2, **memorisation(s, tr, te)}
    if sample_s is not None:
        out["sample_time_s"] = round(float(sample_s), 1)
        out["sample_per_image_ms"] = round(1000 * float(sample_s) / len(s), 1)
    if sp.name == "mnist5k":
        try:
            out.update(image_sample_metrics(s, tr, te, seed=seed))
            ref = default_classifier().predict_proba(te).max(1)
            out["real_binarised_confident_share"] = float((ref >= 0.9).mean())
        except Exception as e:  # the classifier artifact is missing: say so, keep going
            print(f"warning: no classifier figures ({e})", file=sys.stderr)
    return out
