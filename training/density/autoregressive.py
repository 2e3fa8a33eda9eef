"""The autoregressive family's declaration: hyperparameters, labels, trainer (see the model in
:mod:`training.density.autoregressive_model`).

This module imports no torch: the app lists the family (its box, its hyperparameter page)
before torch is imported; the model module is imported when a model is built or loaded.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training.density.family import Family, Hyper

_MODEL = "training.density.autoregressive_model"


def __getattr__(attr: str) -> Any:
    # ``from training.density.autoregressive import AutoregressiveDensity`` keeps working
    if attr in ("AutoregressiveDensity", "ARTrainer", "_ARNet"):
        import importlib

        return getattr(importlib.import_module(_MODEL), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


def _ar_trainer(model: Any, x: np.ndarray, hyper: dict[str, Any], *,
                x_val=None, seed: int = 0, sampler=None, callback=None,
                eval_every=None) -> Any:
    from training.density.autoregressive_model import ARTrainer
    from training.density.trainer import fresh_sampler

    kwargs = FAMILY.train_kwargs(hyper)
    del kwargs["fresh"]
    return ARTrainer(model, x, x_val=x_val, seed=seed, callback=callback,
                     sampler=fresh_sampler(hyper, sampler), eval_every=eval_every or 250,
                     **kwargs)


FAMILY = Family(
    key="autoregressive", model=_MODEL + ":AutoregressiveDensity", label="Autoregressive p(x₁) p(x₂ | x₁)",
    short="Autoregressive", describe=lambda h: f"Autoregressive {h['bins']}×{h['bins']}",
    note="A categorical over the x₁ bins times an MLP's categorical over the x₂ bins, on a "
         "d × d grid of the data's box; uniform within a cell, 0 outside the box.",
    hypers=(
        Hyper("bins", int, 64, "grid cells per axis d (a d × d grid)", label="grid cells d",
              min=16, max=128, step=8),
        Hyper("hidden", int, 128, "width of the MLP of p(x₂ | x₁)", label="hidden units",
              min=1, max=4096, step=16, app=64),
        Hyper("steps", int, 4000, "optimisation steps", label="training steps", min=1,
              max=1_000_000, step=250, app=1500, role="train"),
        Hyper("batch_size", int, 512, "mini-batch size", label="batch size", min=1,
              max=65_536, step=64, role="train"),
        Hyper("lr", float, 5e-3, "peak Adam learning rate (cosine decay to 0)",
              label="learning rate", min=1e-7, role="train"),
        Hyper("weight_decay", float, 0.0, "Adam weight decay", label="weight decay", min=0.0,
              role="train"),
        Hyper("fresh", bool, True, "draw a fresh mini-batch from the generator each step "
              "(--no-fresh: mini-batches of the fixed training split; data without a "
              "generator always use the split)", negative="--no-fresh", role="train",
              app=False, in_app=False),
    ),
    make_trainer=_ar_trainer,
)
