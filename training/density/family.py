"""How a 2D density family declares itself: one :class:`Family` beside its model class.

A family states, once, everything the rest of the program asks about it:

* its key (``--family KEY``), the label of the family box, a short name, and how to name a
  fitted instance from its hyperparameters (``"GMM K=8"``);
* its hyperparameters as typed :class:`Hyper` fields (name, type, default, bounds, choices,
  help). From them come the ``python -m training train density`` options
  (:mod:`training.recipes`), the Density view's hyperparameter page and the values checked
  before a model is built;
* whether it is fitted in closed form or iteratively. An iterative family gives a trainer
  object with the protocol of :mod:`training.density.trainer` (``done``, ``progress``,
  ``unit``, ``total``, ``step(n)``, ``finish()``, ``state()`` / ``load_state()``): the app's
  live training and the CLI's resumable training drive the same object;
* where the app offers it: the ladder of simple models, the class-conditional map, the
  stand-in for an unknown p_data, a shipped artifact per data set.

This module imports nothing of the families, so every family module can import it; the list
of families is :mod:`training.density.registry`.
"""

from __future__ import annotations

import inspect
import math
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

_SAME = object()  # Hyper.app: the app uses the same default


@dataclass(frozen=True)
class Hyper:
    """One hyperparameter of a family.

    Parameters
    ----------
    name
        The option name: ``--NAME`` on the command line (underscores become dashes) and the
        key in the hyperparameter dict.
    type
        ``int``, ``float``, ``str`` or ``bool``: what the app's field is (spin box, decimal
        spin box, combo box, check box) and what the command line parses.
    default
        The value of the command-line recipe (what a card's ``created_by`` leaves out).
    help
        One line for ``--help`` and the field's tooltip.
    label
        The field's label on the app's page (default: the name).
    min, max
        Bounds, checked on the command line and in the app; ``None``: unbounded.
    step
        The spin box's single step in the app.
    choices
        ``((value, label), …)``: the app's combo box, and the accepted values unless
        ``parse`` accepts more.
    parse
        Turns command-line text into a value (raising ``ValueError`` or
        ``argparse.ArgumentTypeError`` with the reason); default: ``type``.
    app
        The default in the app where it differs (the app trains smaller models live).
    role
        ``"model"``: a constructor argument of the model class; ``"train"``: an argument of
        the family's trainer.
    arg
        The keyword of that constructor / trainer when it differs from ``name``.
    in_app
        Shown on the app's page (``False``: the app always uses ``app``).
    negative
        For a boolean that defaults to True: the flag that sets it to False (``--no-fresh``).
    """

    name: str
    type: type
    default: Any
    help: str
    label: str = ""
    min: float | None = None
    max: float | None = None
    step: float | None = None
    choices: tuple[tuple[Any, str], ...] = ()
    parse: Callable[[str], Any] | None = None
    app: Any = _SAME
    role: str = "model"
    arg: str | None = None
    in_app: bool = True
    negative: str | None = None

    def __post_init__(self) -> None:
        if self.type not in (int, float, str, bool):
            raise TypeError(f"{self.name}: a hyperparameter is an int, float, str or bool")
        if self.role not in ("model", "train"):
            raise ValueError(f"{self.name}: role is 'model' or 'train'")

    @property
    def app_default(self) -> Any:
        return self.default if self.app is _SAME else self.app

    @property
    def keyword(self) -> str:
        return self.arg or self.name

    @property
    def title(self) -> str:
        return self.label or self.name.replace("_", " ")

    def bounds_text(self) -> str:
        if self.min is not None and self.max is not None:
            return f"{self.min:g} … {self.max:g}"
        if self.min is not None:
            return f"≥ {self.min:g}"
        if self.max is not None:
            return f"≤ {self.max:g}"
        return ""

    def check(self, value: Any) -> Any:
        """``value`` as this field's type, or ``ValueError`` naming the field and the rule."""
        if self.parse is not None and isinstance(value, str) and self.type is str:
            try:
                self.parse(value)
            except Exception as e:  # argparse.ArgumentTypeError, ValueError
                raise ValueError(f"{self.name}: {e}") from None
            return value
        if self.type is bool:
            if not isinstance(value, (bool, np.bool_)):
                raise ValueError(f"{self.name} is true or false, not {value!r}")
            return bool(value)
        if self.type is str:
            value = str(value)
            if self.choices and value not in [c for c, _ in self.choices]:
                known = ", ".join(str(c) for c, _ in self.choices)
                raise ValueError(f"{self.name} is one of {known}, not {value!r}")
            return value
        try:
            number = self.type(value)
        except (TypeError, ValueError):
            raise ValueError(f"{self.name} is a number, not {value!r}") from None
        if self.type is int and number != value:
            raise ValueError(f"{self.name} is a whole number, not {value!r}")
        if self.type is float and not math.isfinite(number):
            raise ValueError(f"{self.name} is a finite number, not {value!r}")
        if (self.min is not None and number < self.min) or \
                (self.max is not None and number > self.max):
            raise ValueError(f"{self.name} must be {self.bounds_text()}, not {value!r}")
        return number


def _no_info(_model: Any) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Family:
    """A 2D density family as the CLI and the app see it (see the module docstring).

    Parameters
    ----------
    key
        ``--family KEY``; the scoreboard's family of a fitted entry.
    model
        The :class:`~training.density.base.DensityModel` subclass, or where it is as
        ``"module:Class"``: a family whose model needs torch declares it so, and the module
        is imported only when a model is built or loaded (the app paints its window before
        torch is imported; :attr:`model_class` resolves it).
    label
        The family box's text.
    short
        A short name (the scoreboard's name of an opened artifact, the ladder's caption).
    describe
        hyperparameters (complete) → the name of a fitted instance, e.g. ``"GMM K=8"``.
    hypers
        The hyperparameters, in the order of the command line.
    note
        What the app's page says (the only text of a page without hyperparameters).
    make_trainer
        Iterative families: ``(model, x, hyper, *, x_val, seed, sampler, callback,
        eval_every) -> trainer``. ``sampler(n, rng)`` draws fresh points (or is None);
        ``eval_every`` is how many units the app wants between progress events (None: the
        trainer's own).
    ladder
        ``n_train -> hyperparameters`` the "Fit ladder" uses; ``None``: not on the ladder.
    class_map
        ``n_points -> hyperparameters`` for one density per class in the p(y | x) map;
        ``None``: not offered there.
    reference
        The app's stand-in for an unknown p_data (probe, support rule, class-map default).
    shipped
        ``trained/density-KEY-DATA`` is shipped for the toy data sets (the app opens it).
    build_model
        ``(hyper, seed) -> model`` where the constructor is not simply called with the
        ``role="model"`` fields (and ``seed`` if it takes one).
    fit_info
        model → extra facts about a closed-form fit for the card (the KDE's bandwidth).
    """

    key: str
    model: type | str
    label: str
    short: str
    describe: Callable[[dict[str, Any]], str]
    hypers: tuple[Hyper, ...] = ()
    note: str = ""
    make_trainer: Callable[..., Any] | None = None
    ladder: Callable[[int], dict[str, Any]] | None = None
    class_map: Callable[[int], dict[str, Any]] | None = None
    reference: bool = False
    shipped: bool = False
    build_model: Callable[[dict[str, Any], int], Any] | None = None
    fit_info: Callable[[Any], dict[str, Any]] = _no_info

    @property
    def model_name(self) -> str:
        """The model class's name (a card's ``class``), without importing it."""
        if isinstance(self.model, str):
            return self.model.rpartition(":")[2]
        return self.model.__name__

    @property
    def model_class(self) -> type:
        """The model class (imports its module the first time when given as a string)."""
        if isinstance(self.model, str):
            import importlib

            module, _, attr = self.model.partition(":")
            return getattr(importlib.import_module(module), attr)
        return self.model

    @property
    def iterative(self) -> bool:
        """Fitted by a trainer step by step (EM, Adam) rather than in one go."""
        return self.make_trainer is not None

    def hyper(self, name: str) -> Hyper:
        for h in self.hypers:
            if h.name == name:
                return h
        raise KeyError(f"{self.key} has no hyperparameter '{name}'")

    def defaults(self, app: bool = False) -> dict[str, Any]:
        """Every hyperparameter at its command-line default (``app=True``: the app's)."""
        return {h.name: (h.app_default if app else h.default) for h in self.hypers}

    def complete(self, hyper: dict[str, Any] | None = None, app: bool = False) -> dict[str, Any]:
        """``hyper`` with the missing values filled in by the defaults and every value
        checked (``ValueError`` for an unknown name or a value out of bounds)."""
        hyper = dict(hyper or {})
        unknown = set(hyper) - {h.name for h in self.hypers}
        if unknown:
            raise ValueError(f"{self.key} has no hyperparameter {', '.join(sorted(unknown))} "
                             f"(it takes {', '.join(h.name for h in self.hypers) or 'none'})")
        out = self.defaults(app)
        for name, value in hyper.items():
            if value is not None:
                out[name] = self.hyper(name).check(value)
        return out

    def build(self, hyper: dict[str, Any] | None = None, seed: int = 0, app: bool = False) -> Any:
        """An unfitted model with these hyperparameters (missing ones at their defaults)."""
        h = self.complete(hyper, app)
        if self.build_model is not None:
            return self.build_model(h, seed)
        kwargs = {p.keyword: h[p.name] for p in self.hypers if p.role == "model"}
        cls = self.model_class
        if "seed" in inspect.signature(cls).parameters:
            kwargs["seed"] = seed
        return cls(**kwargs)

    def trainer(self, model: Any, x: np.ndarray, hyper: dict[str, Any] | None = None, *,
                x_val: np.ndarray | None = None, seed: int = 0, sampler=None, callback=None,
                eval_every: int | None = None, app: bool = False) -> Any:
        """The trainer of an iterative family (see ``make_trainer``)."""
        if self.make_trainer is None:
            raise TypeError(f"{self.key} is fitted in closed form; it has no trainer")
        return self.make_trainer(model, x, self.complete(hyper, app), x_val=x_val, seed=seed,
                                 sampler=sampler, callback=callback, eval_every=eval_every)

    def fit(self, model: Any, x: np.ndarray, hyper: dict[str, Any] | None = None, *,
            x_val: np.ndarray | None = None, seed: int = 0, app: bool = False) -> dict[str, Any]:
        """Fit ``model`` in one go (an iterative family: its trainer run to the end);
        return what the card's ``training`` should add."""
        if self.make_trainer is not None:
            tr = self.trainer(model, x, hyper, x_val=x_val, seed=seed, app=app)
            tr.run()
            return tr.card_info()
        model.fit(x, x_val=x_val, seed=seed)
        return {"steps": 1, **self.fit_info(model)}

    def train_kwargs(self, hyper: dict[str, Any]) -> dict[str, Any]:
        """The ``role="train"`` hyperparameters as the trainer's keyword arguments."""
        return {p.keyword: hyper[p.name] for p in self.hypers if p.role == "train"}
