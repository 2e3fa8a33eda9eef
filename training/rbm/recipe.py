"""``python -m training rbm …``: train an RBM, estimate its partition function (exact for
H ≤ 20, else AIS), score held-out digits in nats per image and save the artifact."""

from __future__ import annotations

import math
import platform
import time
from pathlib import Path
from typing import Any

import numpy as np

#: hidden units up to which the card's log Z is exact (2^20 terms: a few seconds)
EXACT_UP_TO = 20
#: seed of the held-out digits' one fixed binarisation (the test log-likelihood)
TEST_BINARISATION_SEED = 1234


def binarised_test(x_test: np.ndarray) -> np.ndarray:
    """The held-out digits binarised once (pixel ~ Bernoulli(intensity), fixed seed)."""
    from training.rbm.trainer import binarise

    return binarise(x_test, np.random.default_rng(TEST_BINARISATION_SEED))


def rbm_metrics(model, x_train: np.ndarray, x_test: np.ndarray, ais_runs: int = 100,
                ais_betas: int = 14_500, seed: int = 0, sp=None, n_samples: int = 1000,
                gibbs_steps: int = 1000) -> dict[str, Any]:
    """log Z (exact for H ≤ 20, else AIS from the base-rate model with its ±3σ spread) and
    the mean log p(v) of the held-out and training digits in nats per image; with the
    splits ``sp``, also the figures of ``n_samples`` Gibbs samples
    (:func:`rbm_sample_metrics`)."""
    from training.rbm.partition import ais, base_rate_bias, log_z_exact

    v_test = binarised_test(x_test)
    v_train = binarised_test(x_train)
    m: dict[str, Any] = {}
    if model.n_hidden <= EXACT_UP_TO:
        t = time.perf_counter()
        log_z = log_z_exact(model)
        m.update(log_z=log_z, log_z_method_exact=1, log_z_time_s=round(time.perf_counter() - t, 2))
        # the check the large model cannot have: AIS, as run on it, against the exact value
        r = ais(model, base_rate_bias(x_train), n_runs=ais_runs, betas=ais_betas, seed=seed)
        m.update(log_z_ais_check=r.log_z, log_z_ais_check_abs_diff=abs(r.log_z - log_z),
                 log_z_ais_check_low=r.log_z_low, log_z_ais_check_high=r.log_z_high,
                 ais_runs=ais_runs, ais_betas=r.n_betas,
                 log_z_ais_check_time_s=round(r.seconds, 1))
    else:
        r = ais(model, base_rate_bias(x_train), n_runs=ais_runs, betas=ais_betas, seed=seed)
        log_z = r.log_z
        m.update(log_z=log_z, log_z_method_exact=0, log_z_ais_low=r.log_z_low,
                 log_z_ais_high=r.log_z_high, log_z_ais_pm=r.plus_minus,
                 ais_runs=ais_runs, ais_betas=r.n_betas, log_z_time_s=round(r.seconds, 1))
    f_test, f_train = model.free_energy(v_test), model.free_energy(v_train)
    m["test_ll_nats"] = float(-f_test.mean() - log_z)
    m["train_ll_nats"] = float(-f_train.mean() - log_z)
    m["test_ll_stderr_nats"] = float(f_test.std(ddof=1) / math.sqrt(len(f_test)))
    m["fe_gap"] = float(f_test.mean() - f_train.mean())
    if sp is not None and n_samples > 0:
        m.update(rbm_sample_metrics(model, sp, seed, n_samples, gibbs_steps))
    return m


def rbm_sample_metrics(model, sp, seed: int = 0, n: int = 1000,
                       gibbs_steps: int = 1000) -> dict[str, Any]:
    """``n`` chains from uniform noise, ``gibbs_steps`` block Gibbs steps each; the final
    binary visible states scored like the DDPM's samples
    (:func:`training.evaluate.binary_sample_metrics`)."""
    from training.image_metrics import binary_sample_metrics

    rng = np.random.default_rng([seed, 1000])
    t = time.perf_counter()
    v = (rng.random((n, model.n_visible), dtype=np.float32) < 0.5).astype(np.float32)
    v = model.gibbs(v, rng, gibbs_steps)
    seconds = time.perf_counter() - t
    out = binary_sample_metrics(v.reshape(n, *model.image_shape), sp, seed, seconds)
    out["sample_gibbs_steps"] = gibbs_steps
    return out


def run_rbm(cfg) -> int:
    """The ``rbm`` recipe (called by :mod:`training.cli`)."""
    from training import artifacts
    from training.data.images import image_splits
    from training.rbm import RBM
    from training.rbm.trainer import RBMTrainer
    from training.run import Progress, print_saved, refuse_torchrun, run_training, size_param

    refuse_torchrun(cfg)
    if cfg.device == "cuda":
        raise ValueError("--device cuda: the rbm recipe trains in numpy on the CPU")
    from threadpoolctl import threadpool_limits

    threadpool_limits(cfg.threads)  # numpy's BLAS: --threads, like torch's elsewhere
    cfg = cfg.resolved()
    sp = image_splits(cfg.data, seed=cfg.seed, **size_param(cfg))
    model = RBM(n_hidden=cfg.hidden, image_shape=sp.image_shape, n_chains=cfg.keep_chains,
                seed=cfg.seed)
    progress = Progress(cfg.epochs, "epoch", cfg.log_json)
    trainer = RBMTrainer(model, sp.x_train, sp.x_test, epochs=cfg.epochs,
                         batch_size=cfg.batch_size, lr=cfg.lr, momentum=cfg.momentum,
                         weight_decay=cfg.weight_decay, cd_k=cfg.cd_k,
                         persistent=cfg.persistent, seed=cfg.seed, callback=progress.event)
    t0 = time.perf_counter()
    run_training(cfg, trainer)
    trainer.finish()
    progress.close()
    fit_s = time.perf_counter() - t0
    metrics = rbm_metrics(model, sp.x_train, sp.x_test, cfg.ais_runs, cfg.ais_betas, cfg.seed,
                          sp=sp, n_samples=cfg.samples)
    metrics["fit_time_s"] = round(fit_s, 1)
    algo = (f"PCD-{cfg.cd_k} ({cfg.batch_size} persistent chains)" if cfg.persistent
            else f"CD-{cfg.cd_k}")
    card = {
        "data": {**sp.description,
                 "binarisation": "stochastic: pixel ~ Bernoulli(intensity), resampled every "
                                 "epoch for training; the test log-likelihood uses one fixed "
                                 f"binarisation of the held-out digits (seed "
                                 f"{TEST_BINARISATION_SEED})"},
        "training": {"recipe": "rbm", "algorithm": algo, "seed": cfg.seed,
                     "epochs": cfg.epochs, "batch_size": cfg.batch_size, "lr": cfg.lr,
                     "lr_schedule": "linear decay to 0", "momentum": f"0.5 for 5 epochs, "
                     f"then {cfg.momentum}", "weight_decay": cfg.weight_decay,
                     "time_s": round(fit_s, 1), "threads": cfg.threads,
                     "host": platform.machine(), "numpy": np.__version__,
                     "log_z": ("exact: log-sum-exp over the 2^H hidden states"
                               if cfg.hidden <= EXACT_UP_TO else
                               f"AIS (Salakhutdinov & Murray 2008): {cfg.ais_runs} runs, "
                               f"{cfg.ais_betas} temperatures, base-rate RBM from the "
                               "training pixels' means; ± is log(Ẑ ± 3 standard errors)"),
                     "curve_columns": ["epoch", "total", "metrics", "elapsed_s"],
                     "curve": trainer.history},
        "metrics": metrics,
        "family": "RBM",
        "created_by": cfg.command(),
    }
    artifacts.save(model, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0


def card_metrics(model) -> dict[str, Any]:
    """The card's figures recomputed from the weights and the re-made data (``python -m
    training eval``): the same AIS settings and seed as the recipe."""
    from training.data.from_card import image_splits_of

    card = model.card
    sp = image_splits_of(card, tuple(model.image_shape))
    m = card.get("metrics", {})
    return rbm_metrics(model, sp.x_train, sp.x_test, int(m.get("ais_runs", 100)),
                       int(m.get("ais_betas", 14_500)), int(card["training"].get("seed", 0)),
                       sp=sp, n_samples=int(m.get("n_samples", 1000)),
                       gibbs_steps=int(m.get("sample_gibbs_steps", 1000)))
