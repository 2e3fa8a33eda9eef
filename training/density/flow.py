"""The flow family's declaration: hyperparameters, labels, trainer (see the model in
:mod:`training.density.flow_model`).

This module imports no torch: the app lists the family (its box, its hyperparameter page)
before torch is imported; the model module is imported when a model is built or loaded.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training.density.family import Family, Hyper

_MODEL = "training.density.flow_model"


def __getattr__(attr: str) -> Any:
    # ``from training.density.flow import FlowDensity`` keeps working (imports the model)
    if attr in ("FlowDensity", "FlowTrainer", "_FlowNet", "_Coupling"):
        import importlib

        return getattr(importlib.import_module(_MODEL), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


def _flow_trainer(model: Any, x: np.ndarray, hyper: dict[str, Any], *, x_val=None,
                  seed: int = 0, sampler=None, callback=None, eval_every=None) -> Any:
    from training.density.flow_model import FlowTrainer
    from training.density.trainer import fresh_sampler

    kwargs = FAMILY.train_kwargs(hyper)
    del kwargs["fresh"]
    return FlowTrainer(model, x, x_val=x_val, seed=seed, callback=callback,
                       sampler=fresh_sampler(hyper, sampler), eval_every=eval_every or 250,
                       **kwargs)


FAMILY = Family(
    key="flow", model=_MODEL + ":FlowDensity", label="Normalizing flow", short="Flow",
    describe=lambda h: f"Flow {h['layers']}×{h['hidden']}",
    note="Rational-quadratic spline couplings trained by Adam on the NLL.",
    hypers=(
        Hyper("steps", int, 4000, "optimisation steps", label="training steps", min=1,
              max=1_000_000, step=250, app=1500, role="train"),
        Hyper("batch_size", int, 512, "mini-batch size", label="batch size", min=1,
              max=65_536, step=64, app=256, role="train"),
        Hyper("lr", float, 2e-3, "peak Adam learning rate (cosine decay to 0)",
              label="learning rate", min=1e-7, app=3e-3, role="train"),
        Hyper("weight_decay", float, 0.0, "Adam weight decay", label="weight decay", min=0.0,
              app=1e-5, role="train"),
        Hyper("layers", int, 8, "coupling layers", label="coupling layers", min=1, max=64,
              app=6, arg="n_layers"),
        Hyper("bins", int, 16, "spline bins", label="spline bins", min=2, max=256, app=12),
        Hyper("hidden", int, 128, "conditioner width", label="hidden units", min=1,
              max=4096, step=16, app=64),
        Hyper("fresh", bool, True, "draw a fresh mini-batch from the generator each step "
              "(--no-fresh: mini-batches of the fixed training split; data without a "
              "generator always use the split)", negative="--no-fresh", role="train",
              app=False, in_app=False),
    ),
    make_trainer=_flow_trainer, shipped=True,
)
