"""``python -m training pixelcnn``: train, score and save a PixelCNN (the recipe's handler)."""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np

#: published test NLLs on binarised MNIST (60,000 training digits), nats per image
PUBLISHED = {
    "pixelcnn_nats": 81.30,
    "pixelcnn_source": "van den Oord, Kalchbrenner & Kavukcuoglu, Pixel Recurrent Neural "
                       "Networks (ICML 2016), table 4: PixelCNN 81.30",
    "gated_pixelcnn_nats": 81.5,
    "gated_pixelcnn_source": "gated PixelCNN on binarised MNIST, about 81.5 nats as reported "
                             "in later work (the gated PixelCNN paper itself reports CIFAR-10 "
                             "and ImageNet only)",
    "caveat": "those models trained on the 60,000 MNIST training digits for many GPU hours; "
              "this one on 4,000 digits for minutes on one CPU thread, with a small network, "
              "so expect a clearly higher NLL",
}


def pixelcnn_metrics(model, sp, seed: int = 0, n_samples: int = 1000) -> dict:
    """The card's figures: the exact test NLL on the test digits binarised once with seed +
    1 (as the trainer does), the step-through's sampling time (16 digits, with its heat
    maps), and ``n_samples`` samples (seed + 1000, drawn 100 at a time by the fast sampler)
    scored like the DDPM's (:func:`training.evaluate.binary_sample_metrics`)."""
    from training.autoregressive_images.model import binarize
    from training.image_metrics import binary_sample_metrics

    x_test_bin = binarize(np.asarray(sp.x_test, np.float32), np.random.default_rng(seed + 1))
    test_nll = model.nll(x_test_bin)
    dims = math.prod(sp.image_shape)
    t0 = time.perf_counter()
    for _ in model.iter_steps(16, seed=seed):
        pass
    step_s = time.perf_counter() - t0
    out = {
        "test_nll_nats": float(test_nll.mean()),
        "test_nll_nats_sem": float(test_nll.std(ddof=1) / math.sqrt(len(test_nll))),
        "test_bits_per_dim": float(test_nll.mean() / (dims * math.log(2))),
        "n_params": sum(p.numel() for p in model.net.parameters()),
        "sample_16_s": round(step_s, 2),
        "sample_ms_per_pixel_step": round(1000 * step_s / dims, 2),
    }
    if n_samples > 0:
        t0 = time.perf_counter()
        samples = np.concatenate([model.sample(min(100, n_samples - i), seed=seed + 1000 + i)
                                  for i in range(0, n_samples, 100)])
        out.update(binary_sample_metrics(samples, sp, seed, time.perf_counter() - t0))
    return out


def card_metrics(model) -> dict:
    """:func:`pixelcnn_metrics` from the card (``python -m training eval``)."""
    from training.data.from_card import image_splits_of

    card = model.card
    sp = image_splits_of(card, tuple(model.image_shape))
    n = int(card.get("metrics", {}).get("n_samples", 1000))
    return pixelcnn_metrics(model, sp, int(card["training"].get("seed", 0)), n)


def run_recipe(cfg) -> int:
    import torch

    from training import artifacts
    from training.autoregressive_images.model import PixelCNN
    from training.autoregressive_images.train import PixelCNNTrainer
    from training.data.images import image_splits
    from training.run import (
        Progress, choose_device, init_distributed, platform_facts, print_saved, run_training,
        size_param,
    )

    device = choose_device(cfg, gpu_capable=True)
    torch.set_num_threads(cfg.threads)
    dist = init_distributed(device)
    rank0 = dist is None or dist[0] == 0
    cfg = cfg.resolved()
    sp = image_splits(cfg.data, seed=cfg.seed, **size_param(cfg))
    model = PixelCNN(cfg.arch, cfg.channels, cfg.layers, cfg.first_kernel, sp.image_shape,
                     seed=cfg.seed)
    progress = Progress(cfg.epochs, "epoch", cfg.log_json, enabled=rank0)
    trainer = PixelCNNTrainer(model, sp.x_train, sp.x_test, epochs=cfg.epochs,
                              batch_size=cfg.batch_size, lr=cfg.lr, seed=cfg.seed,
                              callback=progress.event, device=device)
    run_training(cfg, trainer, save=rank0)
    trainer.finish()  # the network back on the CPU
    progress.close()
    if dist is not None:
        torch.distributed.destroy_process_group()
    if not rank0:
        return 0
    fit_s = trainer.elapsed()
    metrics = {**pixelcnn_metrics(model, sp, cfg.seed, cfg.samples),
               "train_nll_nats_last_epoch": float(trainer.history[-1][1]),
               "fit_time_s": round(fit_s, 1)}
    card = {
        "data": {**sp.description, "class_names": list(sp.class_names),
                 "binarisation": "stochastic: each training image re-binarised every epoch "
                                 "(x_bin ~ Bernoulli(grey level)); the test set binarised "
                                 f"once with seed {cfg.seed + 1}"},
        "training": {"recipe": f"pixelcnn/{cfg.arch}", "seed": cfg.seed, "epochs": cfg.epochs,
                     "batch_size": cfg.batch_size, "lr": cfg.lr, "time_s": round(fit_s, 1),
                     **platform_facts(cfg, device),
                     "processes": 1 if dist is None else dist[1],
                     "objective": "exact NLL: sum over pixels of Bernoulli −log p(x_i | x_<i)",
                     "optimizer": "Adam, 50 warm-up steps, cosine decay",
                     "history_columns": ["epoch", "train_nll_nats", "test_nll_nats"],
                     "history": trainer.history},
        "metrics": metrics,
        "family": model.family,
        "published_binarised_mnist": PUBLISHED if sp.name == "mnist5k" else None,
        "created_by": cfg.command(),
    }
    artifacts.save(model, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0

