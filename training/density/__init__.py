"""2D p_model families behind one interface (:class:`DensityModel`).

The families themselves are listed in :mod:`training.density.registry` (one line each);
``FAMILIES`` maps their keys to their model classes, in the registry's order.
"""

from training.density.base import DensityModel, as_points
from training.density.box import BoxDensity
from training.density.flow import FlowDensity, FlowTrainer
from training.density.gaussian import GaussianDensity
from training.density.gmm import EMTrainer, GMMDensity
from training.density.kde import FactorizedDensity, KDEDensity
from training.density.registry import families
from training.density.trainer import GradientTrainer, TrainEvent

#: CLI / UI key → model class, in the registry's order (box → … → flow → …); importing
#: the registry's modules also registers every class for ``training.load``
FAMILIES: dict[str, type[DensityModel]] = {f.key: f.model for f in families()}

__all__ = ["FAMILIES", "BoxDensity", "DensityModel", "EMTrainer", "FactorizedDensity",
           "FlowDensity", "FlowTrainer", "GMMDensity", "GaussianDensity", "GradientTrainer",
           "KDEDensity", "TrainEvent", "as_points", "families"]
