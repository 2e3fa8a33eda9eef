"""State of the Density view (plain Python, no widgets).

What data set is shown (and its train / validation / test split), the points the user drew,
every model fitted on this data (the scoreboard) and which one is on the canvas.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication

from explorer.state.events import Observable

DRAWN = "drawn points"
#: points per split for generated data sets in the app (the shipped cards use more)
APP_N_TRAIN, APP_N_VAL, APP_N_TEST = 2000, 2000, 5000
#: the world cities' population thresholds the app offers
CITY_THRESHOLDS = (1_000_000, 500_000, 100_000, 15_000)


@dataclass
class DataSet:
    """The p_data currently shown: splits plus what is known about the truth."""

    name: str
    params: dict[str, Any]
    train: np.ndarray
    val: np.ndarray
    test: np.ndarray
    y_train: np.ndarray | None
    y_test: np.ndarray | None
    label_names: tuple[str, ...]
    true_log_prob: Callable[[np.ndarray], np.ndarray] | None
    entropy: float | None
    description: str
    is_map: bool = False
    seed: int = 0  # what made it (a session rebuilds it from these)
    n_train: int = APP_N_TRAIN

    @property
    def all_points(self) -> np.ndarray:
        return np.concatenate([self.train, self.val, self.test])


@dataclass
class ScoreEntry:
    """One fitted model and its scores on the current data set."""

    label: str
    family: str
    model: Any
    metrics: dict[str, float]
    origin: str = "fitted here"
    extras: dict[str, Any] = field(default_factory=dict)


def build_dataset(name: str, params: dict[str, Any] | None = None, seed: int = 0,
                  n_train: int = APP_N_TRAIN, drawn: np.ndarray | None = None,
                  drawn_labels: np.ndarray | None = None,
                  drawn_label_names: tuple[str, ...] = ()) -> DataSet:
    """Make the splits of a registry data set, or split the user's drawn points 80 / 20."""
    from training.data import WORLD_CITIES, get_source, make_splits

    params = dict(params or {})
    if name == DRAWN:
        pts = np.asarray(drawn if drawn is not None else np.zeros((0, 2)), dtype=np.float64)
        perm = np.random.default_rng(seed).permutation(len(pts))
        cut = max(int(round(0.8 * len(pts))), min(len(pts), 2))
        tr, te = perm[:cut], perm[cut:]
        lab = drawn_labels
        return DataSet(
            DRAWN, {}, pts[tr], pts[te], pts[te],
            None if lab is None else lab[tr], None if lab is None else lab[te],
            drawn_label_names, None, None,
            QCoreApplication.translate("density", "{pts} points you drew or imported (80 % train, 20 % held out)").format(pts=len(pts)),
            seed=seed, n_train=n_train,
        )
    src = get_source(name, **params)
    s = make_splits(name, seed=seed, n_train=n_train, n_val=APP_N_VAL, n_test=APP_N_TEST, **params)
    return DataSet(
        name, params, s.train, s.val, s.test, s.y_train, s.y_test, tuple(src.label_names),
        src.true_log_prob, src.entropy(), src.description, is_map=(name == WORLD_CITIES),
        seed=seed, n_train=n_train,
    )


class DensityState:
    """The Density view's single source of truth.

    Events: ``data_changed(DataSet)``, ``entries_changed(list[ScoreEntry])``,
    ``current_changed(ScoreEntry | None)``, ``drawn_changed(np.ndarray)``.
    """

    def __init__(self) -> None:
        self.data: DataSet | None = None
        self.entries: list[ScoreEntry] = []
        self.current: ScoreEntry | None = None
        self.drawn = np.zeros((0, 2))
        self.drawn_labels: np.ndarray | None = None
        self.drawn_label_names: tuple[str, ...] = ()
        self.data_changed = Observable()
        self.entries_changed = Observable()
        self.current_changed = Observable()
        self.drawn_changed = Observable()

    # ---------------------------------------------------------------- data
    def set_data(self, name: str, params: dict[str, Any] | None = None, seed: int = 0,
                 n_train: int = APP_N_TRAIN) -> DataSet:
        """Switch the data set; the scoreboard is per data set, so it is cleared."""
        return self.show_data(build_dataset(name, params, seed, n_train, self.drawn,
                                            self.drawn_labels, self.drawn_label_names))

    def show_data(self, data: DataSet) -> DataSet:
        """Switch to a data set built elsewhere (in a worker); the scoreboard is cleared."""
        self.data = data
        self.entries = []
        self.current = None
        self.data_changed.emit(self.data)
        self.entries_changed.emit(self.entries)
        self.current_changed.emit(None)
        return self.data

    def set_drawn(self, points: np.ndarray, labels: np.ndarray | None = None,
                  label_names: tuple[str, ...] = ()) -> None:
        """Replace the drawing (after an import, a clear, or a brush stroke)."""
        self.drawn = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        self.drawn_labels = labels
        self.drawn_label_names = label_names
        self.drawn_changed.emit(self.drawn)

    def add_drawn(self, points: np.ndarray, label: int = 0) -> None:
        pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        labels = None
        if self.drawn_labels is not None or label != 0:
            old = self.drawn_labels if self.drawn_labels is not None else np.zeros(len(self.drawn), int)
            labels = np.concatenate([old, np.full(len(pts), label)])
        names = self.drawn_label_names
        if labels is not None and len(names) <= label:
            names = tuple(names) + tuple(QCoreApplication.translate("DensityState", "class {i}").format(i=i) for i in range(len(names), label + 1))
        self.set_drawn(np.concatenate([self.drawn, pts]), labels, names)

    def erase_drawn(self, centre: tuple[float, float], radius: float) -> int:
        """Remove drawn points within ``radius`` of ``centre``; return how many."""
        if len(self.drawn) == 0:
            return 0
        keep = np.hypot(*(self.drawn - np.asarray(centre)).T) > radius
        removed = int((~keep).sum())
        if removed:
            lab = None if self.drawn_labels is None else self.drawn_labels[keep]
            self.set_drawn(self.drawn[keep], lab, self.drawn_label_names)
        return removed

    # ---------------------------------------------------------------- scoreboard
    def add_entry(self, entry: ScoreEntry, make_current: bool = True) -> None:
        """Add (or replace, by label) a scored model."""
        self.entries = [e for e in self.entries if e.label != entry.label] + [entry]
        self.entries_changed.emit(self.entries)
        if make_current:
            self.set_current(entry)

    def set_current(self, entry: ScoreEntry | None) -> None:
        self.current = entry
        self.current_changed.emit(entry)


def score_model(model: Any, data: DataSet, fit_time_s: float | None = None) -> dict[str, float]:
    """Train / validation / test NLL (nats per point), KL to the truth where known, size.

    A model without a tractable likelihood (``tractable = False``: a GAN shown through a
    density estimate of its samples) gets no likelihood figures at all, never an imputed
    one: only its size (and, from the caller, its sample figures). A model with a slow
    likelihood says on how many points of each split to score it (``score_points``)."""
    if getattr(model, "tractable", True) is False:
        out: dict[str, float] = {"n_params": int(model.n_params)}
        if fit_time_s is not None:
            out["fit_time_s"] = fit_time_s
        return out
    cap = getattr(model, "score_points", None)  # a slow likelihood (the PF-ODE): a subset
    train, test = (data.train, data.test) if cap is None else (data.train[:cap], data.test[:cap])
    out = {
        "train_nll_nats": float(-np.mean(model.log_prob(train))),
        "test_nll_nats": float(-np.mean(model.log_prob(test))) if len(test) else math.nan,
        "n_params": int(model.n_params),
    }
    if data.entropy is not None and math.isfinite(out["test_nll_nats"]):
        out["test_kl_nats"] = out["test_nll_nats"] - data.entropy
    if fit_time_s is not None:
        out["fit_time_s"] = fit_time_s
    return out
