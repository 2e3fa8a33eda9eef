"""Fitting, scoring and live training of density models, run off the GUI thread.

Everything here is plain Python on snapshots (a :class:`DataSet`, a model, bounds); the view
submits these functions to a :class:`~explorer.services.worker.LatestWorker` and applies
the frozen results on the GUI thread.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication

from explorer.i18n import training_text
from explorer.services.density import Bounds, GridResult, evaluate_grid_fast
from explorer.state.density import DataSet, ScoreEntry, score_model

N_SAMPLES = 1000
#: optimisation steps between two snapshots of live training (an EM trainer reports every
#: iteration whatever this says)
LIVE_CHUNK = 50


def family(key: str):
    """The registered family ``key`` (:mod:`training.density.registry`)."""
    from training.density.registry import get

    return get(key)


def families():
    """Every registered family, in the order of the family box."""
    from training.density.registry import families as all_families

    return all_families()


def make_model(key: str, hyper: dict[str, Any], seed: int = 0) -> Any:
    """An unfitted model of family ``key``; missing hyperparameters take the app's defaults."""
    return family(key).build(hyper, seed, app=True)


def entry_label(key: str, hyper: dict[str, Any]) -> str:
    """The scoreboard's name of a model of family ``key`` fitted with ``hyper``."""
    fam = family(key)
    return fam.describe(fam.complete(hyper, app=True))


def loaded_label(card: dict[str, Any], folder: str) -> str:
    """The scoreboard's name of a model opened from an artifact."""
    from training.density.registry import by_class

    fam = by_class(card["class"])
    if fam is not None:
        return f"{fam.short} [{folder}]"
    name = "DDPM" if card.get("kind") == "diffusion" else card.get("family", card["class"])
    return f"{name} [{folder}]"


# ------------------------------------------------------------------------------ support
def on_support_fn(data: DataSet):
    """A function x[N,2] -> bool[N] saying which points lie on p_data's support, and the
    rule in words."""
    if data.is_map:
        from training.data.cities import is_land

        return is_land, QCoreApplication.translate("fitting", "in the sea (land mask)")
    if data.true_log_prob is not None:
        lp = data.true_log_prob
        thr = _cached(data, "support_thr",
                      lambda: float(np.percentile(lp(data.train[:1000]), 1.0)))
        return (lambda x: lp(x) >= thr), QCoreApplication.translate("fitting", "where the true p_data is below the density of 99 % of real data")
    # unknown truth (pinwheel, your own points): a KDE of the data stands in for p_data
    kde = data_kde(data)

    def threshold() -> float:
        held_out = data.val[:1000] if len(data.val) else data.train[:1000]
        return float(np.percentile(kde.log_prob(held_out), 1.0))

    thr = _cached(data, "support_kde_thr", threshold)
    return (lambda x: kde.log_prob(x) >= thr), QCoreApplication.translate("fitting", "where a KDE of p_data is below the density of 99 % of held-out data")


_CACHE_LOCK = threading.Lock()


def _cached(data: DataSet, key: str, make: Callable[[], Any]) -> Any:
    """A value computed once per data set, safe from several threads: computed outside the
    lock, stored whole (never half-filled), the first stored value wins."""
    cache = data.__dict__.setdefault("_service_cache", {})
    with _CACHE_LOCK:
        if key in cache:
            return cache[key]
    value = make()
    with _CACHE_LOCK:
        return cache.setdefault(key, value)


def data_kde(data: DataSet):
    """A KDE of the training points: the stand-in for p_data where the truth is unknown
    (the probe, the support rule). Fitted once per data set."""
    from training.density.registry import reference

    return _cached(data, "data_kde", lambda: reference().build({}).fit(data.train))


@dataclass(frozen=True)
class FitResult:
    """A scored model with what the canvas needs to show it."""

    entry: ScoreEntry
    grid: GridResult
    samples: np.ndarray
    category: np.ndarray | None
    fractions: dict[str, float]
    support_rule: str


def finish(model: Any, data: DataSet, label: str, family: str, bounds: Bounds, res: int,
           fit_time_s: float | None, origin: str = "fitted here") -> FitResult:
    """Score ``model`` on ``data``, sample it, diagnose the samples, evaluate the grid."""
    from training.metrics import diagnose_samples

    metrics = score_model(model, data, fit_time_s)
    samples = model.sample(N_SAMPLES, seed=0)
    support, rule = on_support_fn(data)
    diag = diagnose_samples(samples, data.train, support, rule)
    metrics.update({f"samples_{k.replace('-', '_')}_frac": v for k, v in diag.fractions.items()})
    grid = evaluate_grid_fast(model, bounds, res)
    entry = ScoreEntry(label, family, model, metrics, origin)
    return FitResult(entry, grid, samples, diag.category, diag.fractions, rule)


def fit_closed_form(key: str, hyper: dict[str, Any], data: DataSet, bounds: Bounds,
                    res: int = 256) -> FitResult:
    """Fit a family in one go (an iterative one: its trainer run to the end) and score it."""
    if len(data.train) < 2:
        raise ValueError(QCoreApplication.translate("fitting", "at least 2 training points are needed to fit a model"))
    fam = family(key)
    model = fam.build(hyper, app=True)
    t0 = time.perf_counter()
    fam.fit(model, data.train, hyper, x_val=data.val[:2000], app=True)
    r = finish(model, data, entry_label(key, hyper), key, bounds, res, time.perf_counter() - t0)
    r.entry.extras["hyper"] = fam.complete(hyper, app=True)  # what a session re-fits
    return r


@dataclass(frozen=True)
class Progress:
    """One chunk of live training."""

    step: int
    total: int
    train_nll: float
    val_nll: float
    grid: GridResult
    samples: np.ndarray
    done: bool


class LiveTraining:
    """An iterative fit advanced chunk by chunk: the family's trainer (EM, Adam …), the
    same object the command line checkpoints, driven one progress report at a time.

    Only the worker thread touches the model while training runs; the GUI sees snapshots.
    """

    def __init__(self, key: str, hyper: dict[str, Any], data: DataSet, seed: int = 0) -> None:
        if len(data.train) < 2:
            raise ValueError(QCoreApplication.translate("LiveTraining", "at least 2 training points are needed to fit a model"))
        fam = family(key)
        self.family, self.hyper, self.data = key, fam.complete(hyper, app=True), data
        self.label = fam.describe(self.hyper)
        self.model = fam.build(self.hyper, seed)
        self.elapsed = 0.0
        self.history: list[tuple[int, float, float]] = []
        self.trainer = fam.trainer(self.model, data.train, self.hyper, x_val=data.val[:2000],
                                   seed=seed, eval_every=LIVE_CHUNK)
        #: units per chunk: one progress report of the trainer
        self.chunk = self.trainer.eval_every

    @property
    def step_count(self) -> int:
        return self.trainer.progress

    @property
    def total(self) -> int:
        return self.trainer.total

    @property
    def done(self) -> bool:
        return self.trainer.done

    def advance(self, bounds: Bounds, res: int = 128) -> Progress:
        """Run one chunk (one progress report of the trainer), then snapshot the model."""
        t0 = time.perf_counter()
        ev = None
        for _ in range(self.chunk):
            ev = self.trainer.step(1) or ev
            time.sleep(0)  # let the GUI thread take the GIL between steps
            if self.trainer.done:
                break
        self.elapsed += time.perf_counter() - t0
        train = math.nan if ev is None else ev.train_nll
        val = math.nan if ev is None or ev.val_nll is None else ev.val_nll
        self.history.append((self.step_count, train, val))
        grid = evaluate_grid_fast(self.model, bounds, res)
        samples = self.model.sample(300, seed=0)
        return Progress(self.step_count, self.total, train, val, grid, samples, self.done)

    def result(self, bounds: Bounds, res: int = 256) -> FitResult:
        """Score the model as it is (stopped early: the trainer's best weights so far)."""
        self.trainer.finish()
        r = finish(self.model, self.data, self.label, self.family, bounds, res, self.elapsed)
        r.entry.extras["hyper"] = self.hyper
        r.entry.extras["live"] = True  # stopped whenever the user chose: saved as weights
        return r


def score_loaded(model: Any, data: DataSet, label: str, bounds: Bounds, res: int = 256) -> FitResult:
    """Score a model opened from an artifact on the current data set. A 2D sampler without
    a tractable density (a GAN) is shown through a density estimate of its samples and
    scored on its samples only (:class:`training.density.implicit.SampleDensity`); one whose
    likelihood is slow (a 2D DDPM: the probability-flow ODE) is scored with it on a subset
    and drawn from its samples (:class:`~training.density.implicit.ODEDensity`)."""
    from training.density.implicit import ODEDensity, SampleDensity, has_slow_density, is_2d_sampler

    origin = QCoreApplication.translate("fitting", "opened from a file")
    if has_slow_density(model):
        model = ODEDensity(model)
        origin += "; " + training_text(model.likelihood_note)
    elif is_2d_sampler(model):
        model = SampleDensity(model)
        origin += "; " + training_text(SampleDensity.likelihood_note)
    return finish(model, data, label, "loaded", bounds, res, None, origin=origin)
