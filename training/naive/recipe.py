"""``python -m training naive …``: fit the naive pixel-independent model, score it, save it.

Binarisations (so that the NLLs compare with the PixelCNN's, which uses the same seeds):
training digits x_bin ~ Bernoulli(grey level), one draw per seed ``[seed, e]`` for e = 1 …
``binarisations`` (the PixelCNN draws epoch e's with the same seed); test digits binarised
once with seed + 1. The RBM's test figure uses another fixed binarisation (seed 1234); the
card gives the naive NLL on that one too, so the RBM can be compared with it.
"""

from __future__ import annotations

import math
import platform
import time
from pathlib import Path
from typing import Any

import numpy as np


def training_binarisations(x_train: np.ndarray, seed: int, count: int) -> np.ndarray:
    """``count`` stochastic binarisations of the training images, stacked [count·N, H, W]."""
    from training.autoregressive_images.model import binarize

    x = np.asarray(x_train, np.float32)
    return np.concatenate([binarize(x, np.random.default_rng([seed, e]))
                           for e in range(1, count + 1)])


def naive_metrics(model, sp, x_train_bin: np.ndarray, seed: int = 0,
                  n_samples: int = 1000) -> dict[str, Any]:
    """Exact test NLL (nats per image, its standard error, bits/dim) on the test digits
    binarised once with seed + 1, the NLL on the RBM's test binarisation, the training
    NLL, the entropy of the model, and ``n_samples`` samples (seed + 1000) scored by
    :func:`training.evaluate.binary_sample_metrics`."""
    from training.autoregressive_images.model import binarize
    from training.evaluate import binary_sample_metrics
    from training.rbm.recipe import binarised_test

    x_test_bin = binarize(np.asarray(sp.x_test, np.float32), np.random.default_rng(seed + 1))
    test = model.nll(x_test_bin)
    x_rbm = binarised_test(sp.x_test).reshape(x_test_bin.shape)
    out: dict[str, Any] = {
        "test_nll_nats": float(test.mean()),
        "test_nll_nats_sem": float(test.std(ddof=1) / math.sqrt(len(test))),
        "test_bits_per_dim": model.bits_per_dim(test.mean()),
        "test_nll_nats_rbm_binarisation": float(model.nll(x_rbm).mean()),
        "train_nll_nats": float(model.nll(x_train_bin).mean()),
        "entropy_nats": model.entropy(),
        "n_params": model.n_params,
    }
    t0 = time.perf_counter()
    model.sample(16, seed=seed)
    out["sample_16_s"] = round(time.perf_counter() - t0, 4)
    if n_samples > 0:
        t0 = time.perf_counter()
        samples = model.sample(n_samples, seed=seed + 1000)
        out.update(binary_sample_metrics(samples, sp, seed, time.perf_counter() - t0))
    return out


def card_metrics(model) -> dict[str, Any]:
    """:func:`naive_metrics` from the card (``python -m training eval``)."""
    from training.data.from_card import image_splits_of

    card = model.card
    sp = image_splits_of(card, tuple(model.image_shape))
    tr = card.get("training", {})
    seed = int(tr.get("seed", 0))
    xb = training_binarisations(sp.x_train, seed, int(tr.get("binarisations", 10)))
    out = naive_metrics(model, sp, xb, seed, int(card["metrics"].get("n_samples", 1000)))
    out.pop("sample_binarisation", None)  # words, not a figure (the card keeps them in data)
    return out


def run_naive(cfg) -> int:
    """The ``naive`` recipe (called by :mod:`training.cli`)."""
    from training import artifacts
    from training.data.images import image_splits
    from training.naive import NaiveBernoulli
    from training.run import print_saved, refuse_torchrun, size_param

    refuse_torchrun(cfg)
    if cfg.device == "cuda":
        raise ValueError("--device cuda: the naive model is fitted in closed form by numpy")
    cfg = cfg.resolved()
    sp = image_splits(cfg.data, seed=cfg.seed, **size_param(cfg))
    t0 = time.perf_counter()
    xb = training_binarisations(sp.x_train, cfg.seed, cfg.binarisations)
    model = NaiveBernoulli(sp.image_shape, alpha=cfg.alpha).fit(xb)
    fit_s = time.perf_counter() - t0
    metrics = {**naive_metrics(model, sp, xb, cfg.seed, cfg.samples),
               "fit_time_s": round(fit_s, 3)}
    # a card's metrics are numbers: the words on the samples' binarisation go with the data
    metrics.pop("sample_binarisation", None)
    sample_words = ("samples are binary; real digits binarised x ~ Bernoulli(grey level), "
                    f"seed {cfg.seed + 2}")
    card = {
        "data": {**sp.description, "class_names": list(sp.class_names),
                 "binarisation": f"stochastic: {cfg.binarisations} draws of the training "
                                 "set, x_bin ~ Bernoulli(grey level), seeds "
                                 f"[{cfg.seed}, 1 … {cfg.binarisations}] (the PixelCNN's "
                                 "epoch seeds); the test set binarised once with seed "
                                 f"{cfg.seed + 1} (the PixelCNN's)",
                 "sample_binarisation": sample_words},
        "training": {"recipe": "naive", "seed": cfg.seed, "binarisations": cfg.binarisations,
                     "alpha": cfg.alpha, "time_s": round(fit_s, 3), "threads": 1,
                     "host": platform.machine(), "numpy": np.__version__,
                     "objective": "closed form: p_i = (k_i + α) / (n + 2α), the posterior "
                                  "mean under a Beta(α, α) prior (α = 1: Laplace's rule; "
                                  "α → 0: the maximum-likelihood per-pixel mean), n = "
                                  "binarisations × training images"},
        "metrics": metrics,
        "family": "naive Bernoulli",
        "likelihood": "exact: −log p(x) = −Σ_i [x_i log p_i + (1 − x_i) log(1 − p_i)]",
        "created_by": cfg.command(),
    }
    artifacts.save(model, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0
