"""The uniform box: the maximum-likelihood rectangle, the course notes' first p_model.

p(x) = 1 / area inside [lo, hi] and 0 outside. The likelihood ∏ 1/area grows as the box
shrinks, but every training point must stay inside, so the MLE is the tightest bounding box
(4 parameters). Any held-out point outside it has p = 0: its NLL is +∞, honestly.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from training.artifacts import register
from training.data.checks import check_points, describe_line
from training.density.base import DensityModel, as_points
from training.density.family import Family


@register
class BoxDensity(DensityModel):
    family = "Box (uniform)"

    def __init__(self) -> None:
        super().__init__()
        self.lo = np.zeros(2)
        self.hi = np.ones(2)

    def fit(self, x: np.ndarray, **_: Any) -> "BoxDensity":
        x = as_points(x)
        if len(x) < 2:
            raise ValueError("a box needs at least 2 points")
        x = check_points(x, "the training points")
        lo, hi = x.min(0), x.max(0)
        if np.any(hi <= lo):
            line = describe_line(x) or "a line"
            raise ValueError(f"the training points lie on {line}: the box around them has "
                             "zero area (the points are collinear along an axis)")
        self.lo, self.hi = lo, hi
        self.fitted = True
        return self

    @property
    def area(self) -> float:
        return float(np.prod(self.hi - self.lo))

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        x = as_points(x)
        inside = np.all((x >= self.lo) & (x <= self.hi), axis=1)
        return np.where(inside, -np.log(self.area), -np.inf)

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        return self.lo + rng.random((n, 2)) * (self.hi - self.lo)

    @property
    def n_params(self) -> int:
        return 4

    def config(self) -> dict[str, Any]:
        return {}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        return {"lo": (2,), "hi": (2,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"lo": self.lo.astype(np.float64), "hi": self.hi.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        if np.any(tensors["hi"] <= tensors["lo"]):
            raise ValueError("the box has hi <= lo")
        self.lo, self.hi = tensors["lo"].copy(), tensors["hi"].copy()
        self.fitted = True


FAMILY = Family(
    key="box", model=BoxDensity, label="Box (uniform, MLE)", short="Box",
    describe=lambda h: "Box", note="No hyperparameters: the MLE is the bounding box.",
    ladder=lambda n: {},
)
