"""The list of 2D density families: one line per family.

Each line names a :class:`~training.density.family.Family` declared beside its model class
(``module:ATTRIBUTE``). Everything else reads this list: the ``--family`` choices and
options of ``python -m training train density``, the Density view's family box,
hyperparameter pages, ladder and class map, the scoreboard's labels. Adding a family is
its own file plus one line here. The order is the family box's (the ladder's rungs first).

    >>> from training.density.registry import get
    >>> get("gmm").describe(get("gmm").complete())
    'GMM K=8'
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from training.density.family import Family

FAMILY_LINES = (
    "training.density.box:FAMILY",
    "training.density.gaussian:FAMILY",
    "training.density.kde:FACTORIZED_FAMILY",
    "training.density.gmm:FAMILY",
    "training.density.kde:KDE_FAMILY",
    "training.density.flow:FAMILY",
    "training.density.autoregressive:FAMILY",
    "training.density.gan:FAMILY",
)


@lru_cache(maxsize=None)
def families() -> tuple[Family, ...]:
    """Every family, in the order of :data:`FAMILY_LINES` (importing their modules)."""
    out = []
    for line in FAMILY_LINES:
        module, _, attr = line.partition(":")
        fam = getattr(importlib.import_module(module), attr)
        if not isinstance(fam, Family):
            raise TypeError(f"{line} is not a Family")
        out.append(fam)
    keys = [f.key for f in out]
    if len(set(keys)) != len(keys):
        raise ValueError(f"two families share a key: {keys}")
    return tuple(out)


def keys() -> tuple[str, ...]:
    return tuple(f.key for f in families())


def get(key: str) -> Family:
    """The family ``key``; an unknown key raises ``KeyError`` naming the known ones."""
    for f in families():
        if f.key == key:
            return f
    raise KeyError(f"unknown density family '{key}'; known: {', '.join(keys())}")


def by_class(name: str) -> Family | None:
    """The family whose model class is called ``name`` (a card's ``class``), if any."""
    for f in families():
        if f.model_name == name:
            return f
    return None


def ladder() -> tuple[Family, ...]:
    """The families of the app's "Fit ladder", in order."""
    return tuple(f for f in families() if f.ladder is not None)


def class_map_families() -> tuple[Family, ...]:
    """The families offered for one density per class (the p(y | x) map)."""
    return tuple(f for f in families() if f.class_map is not None)


def reference() -> Family:
    """The family that stands in for an unknown p_data (the app's probe and support rule)."""
    return next(f for f in families() if f.reference)


def import_models() -> None:
    """Import every family's model class (so that ``training.load`` finds it)."""
    for f in families():
        f.model_class
