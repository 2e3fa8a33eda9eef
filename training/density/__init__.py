"""2D p_model families behind one interface (:class:`DensityModel`).

The families themselves are listed in :mod:`training.density.registry` (one line each);
``FAMILIES`` maps their keys to their model classes, in the registry's order. Everything
here is imported on first use, so that importing the registry (the app's family box)
does not import torch.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "DensityModel": "training.density.base", "as_points": "training.density.base",
    "BoxDensity": "training.density.box", "GaussianDensity": "training.density.gaussian",
    "FlowDensity": "training.density.flow_model", "FlowTrainer": "training.density.flow_model",
    "EMTrainer": "training.density.gmm", "GMMDensity": "training.density.gmm",
    "FactorizedDensity": "training.density.kde", "KDEDensity": "training.density.kde",
    "families": "training.density.registry",
    "GradientTrainer": "training.density.trainer", "TrainEvent": "training.density.trainer",
}

__all__ = ["FAMILIES", *sorted(_WHERE)]


def __getattr__(name: str) -> Any:
    if name == "FAMILIES":
        #: CLI / UI key → model class, in the registry's order (importing every model)
        from training.density.registry import families

        return {f.key: f.model_class for f in families()}
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'training.density' has no attribute '{name}'")
