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

from typing import Any

import numpy as np

from training.metrics import energy_distance  # noqa: F401  (re-exported)

from training.image_metrics import (  # noqa: F401  (re-exported)
    CLASSIFIER_PATH, binary_sample_metrics, default_classifier, frechet_distance,
    image_sample_metrics, knn_precision_recall, memorisation,
)


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


#: the card's PF-ODE figures: points of the test split, RK4 steps
PF_ODE_POINTS, PF_ODE_STEPS = 2000, 100


def pf_ode_metrics(model, card: dict, n: int = PF_ODE_POINTS,
                   steps: int = PF_ODE_STEPS) -> dict[str, Any]:
    """A 2D DDPM's test NLL by the probability-flow ODE (:mod:`training.diffusion.likelihood`)
    on the first ``n`` points of its test split, and KL to the truth (NLL − H) where H is
    known; also the paired estimate mean(log p_data − log p_model) on the same points, whose
    sampling error is much smaller where the model is close to the truth."""
    import time

    from training.data import get_source
    from training.data.from_card import data_name, point_splits, source_params

    x = point_splits(card).test[:n]
    t0 = time.perf_counter()
    lp = model.log_prob(x, steps=steps)
    dt = time.perf_counter() - t0
    out: dict[str, Any] = {"test_nll_nats": float(-lp.mean()),
                           "pf_ode_points": len(x), "pf_ode_steps": steps,
                           "pf_ode_time_s_per_1000": round(dt * 1000 / len(x), 2)}
    src = get_source(data_name(card), **source_params(card))
    h = src.entropy()
    if h is not None:
        out["data_entropy_nats"] = h
        out["test_kl_nats"] = out["test_nll_nats"] - h
    if getattr(src, "true_log_prob", None) is not None:
        out["test_kl_paired_nats"] = float(np.mean(src.true_log_prob(x) - lp))
    return out


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
    the test set, and the best-matching dimension per factor
    (:func:`training.latent.factors.encoder_factor_table`)."""
    from training.latent.factors import encoder_factor_table

    return encoder_factor_table(model, sp)


def any_factor_table(model, sp, seed: int = 0) -> dict:
    """The factor table of an encoder, or of a generator through the nearest-image probe."""
    from training.latent.factors import generator_factor_table

    if callable(getattr(model, "encode", None)):
        return factor_table(model, sp)
    return generator_factor_table(model, sp, seed=seed)


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
        if getattr(model, "conditional", False):  # the guidance figures, curve in the card
            import importlib

            cond = importlib.import_module("training.diffusion.conditional")
            figures, card["guidance"] = cond.evaluate_guidance(
                model, name, seed=int(card["training"].get("seed", 0)),
                n=int(card["metrics"].get("unipc20_guided_n_samples", 1000)))
            return figures
        out = evaluate_diffusion(model, name, seed=int(card["training"].get("seed", 0)),
                                 n=n, **params)
        if model.is_points and tuple(model.data_shape) == (2,):
            out.update(pf_ode_metrics(model, card))
        return out
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
EVALUATORS = {"factorised": "training.naive.recipe:card_metrics",
              "latent-diffusion": "training.diffusion.latent_recipe:card_metrics"}


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
