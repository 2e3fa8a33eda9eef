"""The 2D GAN density family: its declaration (the model and trainer are in
:mod:`training.density.gan_model`, where the method is described).

This module imports no torch: the app lists the family (its box, its hyperparameter page)
before torch is imported; the model module is imported when a model is built or loaded.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training.density.family import Family, Hyper

_MODEL = "training.density.gan_model"


def __getattr__(attr: str) -> Any:
    # ``from training.density.gan import GANDensity`` works as for the other families
    if attr in ("GANDensity", "GANTrainer", "r1_penalty"):
        import importlib

        module = _MODEL if attr == "GANDensity" else "training.density.gan_trainer"
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


def _gan_trainer(model: Any, x: np.ndarray, hyper: dict[str, Any], *, x_val=None,
                 seed: int = 0, sampler=None, callback=None, eval_every=None) -> Any:
    from training.density.gan_trainer import GANTrainer

    kwargs = FAMILY.train_kwargs(hyper)
    fresh = kwargs.pop("fresh")
    return GANTrainer(model, x, x_val=x_val, seed=seed, callback=callback,
                      sampler=sampler if fresh else None, eval_every=eval_every or 250,
                      **kwargs)


def _describe(h: dict[str, Any]) -> str:
    extras = [h["loss"]]
    if h["r1_gamma"] > 0:
        extras.append(f"R1 {h['r1_gamma']:g}")
    if h["spectral_norm"]:
        extras.append("SN")
    return f"GAN {h['noise_dim']}D noise, {', '.join(extras)}"


FAMILY = Family(
    key="gan", model=_MODEL + ":GANDensity", label="GAN (generator vs discriminator)", short="GAN",
    describe=_describe,
    note="A generator MLP turns noise into points; a discriminator MLP learns to tell them "
         "from the data, and the generator learns to fool it. No likelihood: the heatmap is "
         "a density estimate of its samples; judge it by the sample figures.",
    hypers=(
        Hyper("noise_dim", int, 2, "dimension q of the noise z (1: G draws a curve)",
              label="noise dimension", min=1, max=2, step=1),
        Hyper("noise", str, "gaussian", "distribution of the noise z",
              choices=(("gaussian", "Gaussian N(0, I)"), ("uniform", "uniform (−1, 1)"))),
        Hyper("g_depth", int, 3, "hidden layers of the generator", label="G depth",
              min=0, max=16, step=1),
        Hyper("g_width", int, 128, "units per hidden layer of the generator", label="G width",
              min=1, max=4096, step=16, app=64),
        Hyper("d_depth", int, 3, "hidden layers of the discriminator", label="D depth",
              min=0, max=16, step=1),
        Hyper("d_width", int, 128, "units per hidden layer of the discriminator",
              label="D width", min=1, max=4096, step=16, app=64),
        Hyper("spectral_norm", bool, False, "spectral normalisation of every layer of D",
              label="spectral norm on D"),
        Hyper("loss", str, "nonsat", "the game's loss",
              choices=(("nonsat", "non-saturating log loss"), ("lsgan", "least squares (LSGAN)"))),
        Hyper("steps", int, 4000, "training steps (each: k D updates, then one G update)",
              label="training steps", min=1, max=1_000_000, step=250, app=3000, role="train"),
        Hyper("batch_size", int, 256, "mini-batch size (real and generated)", label="batch size",
              min=1, max=65_536, step=64, role="train"),
        Hyper("lr_g", float, 1e-3, "generator's Adam learning rate (cosine decay to 10 %)",
              label="lr G", min=1e-7, max=1.0, role="train"),
        Hyper("lr_d", float, 1e-3, "discriminator's Adam learning rate (cosine decay to 10 %)",
              label="lr D", min=1e-7, max=1.0, role="train"),
        Hyper("d_steps", int, 1, "discriminator updates per generator update (k)",
              label="D steps per G step k", min=1, max=100, step=1, role="train"),
        Hyper("label_smoothing", float, 0.0, "one-sided label smoothing: real label 1 − s",
              label="label smoothing s", min=0.0, max=0.5, step=0.05, role="train"),
        Hyper("r1_gamma", float, 0.01, "R1 gradient penalty γ on real points (0: off)",
              label="R1 penalty γ", min=0.0, max=1000.0, step=0.05, role="train"),
        Hyper("instance_noise", float, 0.0, "instance noise σ (standardised units), annealed "
              "linearly to 0 at the last step (0: off)", label="instance noise σ", min=0.0,
              max=10.0, step=0.05, role="train"),
        Hyper("fresh", bool, True, "real batches fresh from the data's generator each step "
              "(--no-fresh: the fixed training split)", negative="--no-fresh", role="train",
              app=False, in_app=False),
    ),
    make_trainer=_gan_trainer,
    shipped=True,
)
