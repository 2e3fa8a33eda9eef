"""2D p_model families behind one interface (:class:`DensityModel`)."""

from training.density.base import DensityModel, as_points
from training.density.box import BoxDensity
from training.density.gaussian import GaussianDensity

#: CLI / UI name → class
FAMILIES: dict[str, type[DensityModel]] = {
    "box": BoxDensity,
    "gaussian": GaussianDensity,
}

__all__ = ["FAMILIES", "BoxDensity", "DensityModel", "GaussianDensity", "as_points"]
