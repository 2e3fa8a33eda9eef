"""2D p_model families behind one interface (:class:`DensityModel`)."""

from training.density.base import DensityModel, as_points
from training.density.box import BoxDensity
from training.density.flow import FlowDensity, FlowTrainer, TrainEvent
from training.density.gaussian import GaussianDensity
from training.density.gmm import GMMDensity
from training.density.kde import FactorizedDensity, KDEDensity

#: CLI / UI name → class, in the order of the ladder box → … → flow
FAMILIES: dict[str, type[DensityModel]] = {
    "box": BoxDensity,
    "gaussian": GaussianDensity,
    "factorized": FactorizedDensity,
    "gmm": GMMDensity,
    "kde": KDEDensity,
    "flow": FlowDensity,
}

__all__ = ["FAMILIES", "BoxDensity", "DensityModel", "FactorizedDensity", "FlowDensity",
           "FlowTrainer", "GMMDensity", "GaussianDensity", "KDEDensity", "TrainEvent", "as_points"]
