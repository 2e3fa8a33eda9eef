"""Quality figures for generated samples, recomputed by ``python -m training eval``.

Images (MNIST): a trained :class:`~training.classifier.DigitClassifier` gives
* ``confident_share`` — share of samples whose top class probability is ≥ 0.9;
* ``class_histogram`` — share of samples per predicted class (a collapse shows here);
* ``frechet_distance`` — Fréchet distance between Gaussians fitted to the classifier's
  penultimate features of the samples and of the real test images (the FID recipe of
  Heusel et al. 2017 with a domain classifier instead of Inception), next to the floor
  ``frechet_floor`` (real train images vs real test images, same n);
* ``memorised_share`` — share of samples closer (L2, pixels) to their nearest training image
  than the 1st percentile of the test images' nearest-training-image distances.

2D points: energy distance (Székely & Rizzo) to fresh p_data samples with its floor (two
independent p_data samples), and the density view's A/B/C sample diagnostics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from training.metrics import energy_distance  # noqa: F401  (re-exported)

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
    out: dict[str, Any] = {"sample_binarisation": "samples are binary; real digits "
                           f"binarised x ~ Bernoulli(grey level), seed {seed + 2}",
                           **memorisation(s, tr, te)}
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


def generator_metrics(model, sp, seed: int = 0, n: int = 1000) -> dict[str, Any]:
    """The card's figures of an image generator without encoder (a GAN): ``n`` samples
    (seed + 1000) against the image splits ``sp`` — the memorisation check always; on
    MNIST-5k also :func:`image_sample_metrics` (the shipped classifier's figures)."""
    import sys

    samples = model.sample(n, seed=seed + 1000)
    out: dict[str, Any] = {"latent_dim": model.latent_dim, "n_params": model.n_params,
                           **memorisation(samples, sp.x_train, sp.x_test)}
    if sp.name == "mnist5k":
        try:
            out.update(image_sample_metrics(samples, sp.x_train, sp.x_test, seed=seed))
        except Exception as e:  # the classifier artifact is missing: say so, keep going
            print(f"warning: no classifier figures ({e})", file=sys.stderr)
    return out


def points_sample_metrics(samples: np.ndarray, data_name: str, train: np.ndarray,
                          seed: int = 0, return_category: bool = False,
                          **params) -> dict[str, Any]:
    """Energy distance to fresh p_data (with its two-real-samples floor) and the A / B / C
    shares; ``return_category`` adds each sample's category (``category``, not for cards)."""
    from training.data import get_source
    from training.metrics import diagnose_samples

    src = get_source(data_name, **params)
    if getattr(src, "fixed", False):
        pts, _ = src.points()
        ref_a, ref_b = pts, train
    else:
        ref_a = src.sample(len(samples), seed + 101)[0]
        ref_b = src.sample(len(samples), seed + 102)[0]
    out = {"energy_distance": energy_distance(samples, ref_a, seed=seed),
           "energy_distance_floor": energy_distance(ref_b, ref_a, seed=seed)}
    on_support = None
    if data_name == "world-cities":
        from training.data.cities import is_land

        on_support = is_land
    elif getattr(src, "true_log_prob", None) is not None:
        thr = float(np.percentile(src.true_log_prob(ref_a), 1.0))
        on_support = lambda x: src.true_log_prob(x) >= thr  # noqa: E731
    if on_support is not None:
        diag = diagnose_samples(samples, train, on_support, "source")
        out.update({f"share_{k.replace('-', '_')}": v for k, v in diag.fractions.items()})
        if return_category:
            out["category"] = diag.category
    return out


def evaluate_diffusion(model, data_name: str, seed: int = 0, n: int = 1000,
                       steps: int = 50, **params) -> dict[str, Any]:
    """Sample ``n`` with DDIM-``steps`` (η = 0) and score them (images or points)."""
    import time

    t0 = time.perf_counter()
    samples = model.sample(n, steps=steps, sampler="ddim", eta=0.0, seed=seed + 1000)
    dt = time.perf_counter() - t0
    if model.is_points:
        from training.data import make_splits

        sp = make_splits(data_name, seed=seed, **params)
        out = points_sample_metrics(samples, data_name, sp.train, seed=seed, **params)
    else:
        from training.data.images import image_splits

        sp = image_splits(data_name, seed=seed)
        out = image_sample_metrics(samples, sp.x_train, sp.x_test, seed=seed)
    return {**{f"ddim{steps}_{k}": v for k, v in out.items()},
            f"ddim{steps}_sampling_s_per_{n}": round(dt, 2)}


def latent_metrics(model, sp, seed: int) -> dict:
    from sklearn.neighbors import KNeighborsClassifier

    z_tr, z_te = model.encode(sp.x_train), model.encode(sp.x_test)
    knn = KNeighborsClassifier(5).fit(z_tr, sp.y_train)
    m = {"latent_dim": model.latent_dim, "n_params": model.n_params,
         "test_mse": model.mse(sp.x_test), "train_mse": model.mse(sp.x_train),
         "test_knn5_accuracy": float(knn.score(z_te, sp.y_test))}
    if hasattr(model, "elbo"):
        e = model.elbo(sp.x_test, seed=seed, n_mc=5)
        if model.variational:
            m.update(test_elbo_nats=e["elbo"], test_rec_nll_nats=e["rec_nll"], test_kl_nats=e["kl"])
        else:
            m.update(test_rec_nll_nats=e["rec_nll"])
    if hasattr(model, "log_likelihood"):
        m["test_log_likelihood_nats"] = model.log_likelihood(sp.x_test)
        m["explained_variance_ratio"] = model.explained_variance_ratio
    if sp.name == "mnist5k":
        try:
            from training.evaluate import default_classifier

            clf = default_classifier()
            z = np.random.default_rng(seed + 99).standard_normal((1000, model.latent_dim))
            p = clf.predict_proba(model.decode(z))
            hist = np.bincount(p.argmax(1), minlength=10) / len(p)
            m["prior_samples_confident_share"] = float((p.max(1) >= 0.9).mean())
            m["prior_samples_min_class_share"] = float(hist.min())
            m["reconstructions_test_accuracy"] = float(
                (clf.predict_proba(model.reconstruct(sp.x_test)).argmax(1) == sp.y_test).mean())
        except Exception as e:  # the classifier artifact is missing: say so, keep going
            import sys

            print(f"warning: no classifier figures ({e})", file=sys.stderr)
    return m


def factor_table(model, sp) -> dict:
    """|Pearson correlation| between each ground-truth factor and each latent dimension on
    the test set, and the best-matching dimension per factor."""
    z = model.encode(sp.x_test)
    table = {}
    for name, f in sp.factors_test.items():
        vals = np.asarray(f, np.float64)
        if name == "rotation":  # circular: correlate with cos and sin, keep the larger
            cors = np.maximum(*(np.abs([np.corrcoef(g, z[:, j])[0, 1] for j in range(z.shape[1])])
                                for g in (np.cos(vals), np.sin(vals))))
        else:
            cors = np.abs([np.corrcoef(vals, z[:, j])[0, 1] for j in range(z.shape[1])])
        cors = np.nan_to_num(np.asarray(cors))
        table[name] = {"abs_corr": cors.round(3).tolist(), "best_dim": int(cors.argmax()),
                       "best_abs_corr": float(cors.max().round(3))}
    return table


def density_metrics(model, splits, entropy: float | None) -> dict[str, Any]:
    """A 2D model's quality figures on its splits, as its card records them.

    A tractable density: train / held-out / test NLL in nats per point and, where the
    truth is known, KL to it (test NLL − entropy of p_data). A model without a tractable
    likelihood (a GAN): no NLL at all — a density estimate of its samples is not its
    likelihood — but the sample figures of :mod:`training.density.sample_metrics` (KL and
    JS between 30 × 30 histograms, energy distance, modes captured and high-quality share
    on the mode-structured sets) for 2,000 samples against 2,000 test points.
    """
    if getattr(model, "tractable", True) is False:
        from training.density.sample_metrics import sample_metrics

        n = min(2000, len(splits.test))
        sm = sample_metrics(model.sample(n, seed=12345), splits.test[:n])
        m = {"sample_" + (k + "_nats" if k in ("kl_data_model", "js") else k): v
             for k, v in sm.items()}
        if entropy is not None:
            m["data_entropy_nats"] = entropy
        return m
    m = {"train_nll_nats": model.nll(splits.train), "val_nll_nats": model.nll(splits.val),
         "test_nll_nats": model.nll(splits.test)}
    if entropy is not None:
        m["data_entropy_nats"] = entropy
        m["test_kl_nats"] = m["test_nll_nats"] - entropy
    return m


def _density_metrics(model, card: dict) -> dict[str, Any]:
    from training.data import get_source
    from training.data.from_card import data_name, point_splits, source_params

    h = get_source(data_name(card), **source_params(card)).entropy()
    return density_metrics(model, point_splits(card), h)


def _classifier_metrics(model, card: dict) -> dict[str, Any]:
    from training.data.images import image_splits

    sp = image_splits("mnist5k", seed=int(card["data"].get("split_seed", 0)))
    p_test, p_train = model.predict_proba(sp.x_test), model.predict_proba(sp.x_train)
    return {"train_accuracy": float((p_train.argmax(1) == sp.y_train).mean()),
            "test_accuracy": float((p_test.argmax(1) == sp.y_test).mean()),
            "test_confident_share": float((p_test.max(1) >= 0.9).mean())}


def recompute_metrics(model) -> dict[str, Any]:
    """The card's quality figures, recomputed from the weights and the (re-made) data."""
    card = model.card
    kind = card["kind"]
    if kind == "density":
        return _density_metrics(model, card)
    if kind == "classifier":
        return _classifier_metrics(model, card)
    if kind == "latent":
        from training.data.from_card import image_splits_of

        d = card["data"]
        seed = int(d.get("split_seed", d.get("train_seed", 0)))
        if not callable(getattr(model, "encode", None)):  # a GAN: its samples are scored
            n = int(card["metrics"].get("n_samples", 1000))
            return generator_metrics(model, image_splits_of(card, tuple(model.image_shape)), seed, n)
        return latent_metrics(model, image_splits_of(card, tuple(model.image_shape)), seed)
    if kind == "diffusion":
        from training.data.from_card import data_name, source_params

        params, name = source_params(card), data_name(card)
        n = int(next((v for k, v in card["metrics"].items() if k.endswith("n_samples")), 1000))
        return evaluate_diffusion(model, name, seed=int(card["training"].get("seed", 0)),
                                  n=n, **params)
    if kind == "energy":  # an RBM: log Z (exact or AIS) and the held-out log-likelihood
        from training.rbm.recipe import card_metrics

        return card_metrics(model)
    if kind == "autoregressive":  # a PixelCNN: exact test NLL and its samples' figures
        from training.autoregressive_images.recipe import card_metrics as pixelcnn_metrics

        return pixelcnn_metrics(model)
    if kind in EVALUATORS:
        import importlib

        module, _, name = EVALUATORS[kind].partition(":")
        return getattr(importlib.import_module(module), name)(model)
    raise ValueError(f"no evaluation for kind '{kind}'")


#: kind → "module:function" recomputing a card's figures, for families whose recipes use
#: this module (named, not imported, so that no import cycle goes through here)
EVALUATORS = {"factorised": "training.naive.recipe:card_metrics"}


def compare_metrics(card_metrics: dict, now: dict) -> dict[str, Any]:
    """Card vs recomputed, for every figure present in both (timings excluded)."""
    out = {}
    for k, v in now.items():
        if "time" in k or "sampling_s" in k:
            continue
        c = card_metrics.get(k)
        row: dict[str, Any] = {"card": c, "recomputed": v}
        if isinstance(v, (int, float)) and isinstance(c, (int, float)):
            row["abs_diff"] = abs(float(v) - float(c))
        out[k] = row
    return out
