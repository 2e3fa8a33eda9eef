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

from explorer.services.density import Bounds, GridResult, evaluate_grid_fast
from explorer.state.density import DataSet, ScoreEntry, score_model

N_SAMPLES = 1000

#: UI name, registry key and the hyperparameters each family takes
FAMILY_LABELS = {
    "box": "Box (uniform, MLE)",
    "gaussian": "Gaussian (full covariance)",
    "factorized": "Factorised (product of marginals)",
    "gmm": "Gaussian mixture (EM)",
    "kde": "KDE",
    "flow": "Normalizing flow",
}
ITERATIVE = ("gmm", "flow")


def make_model(family: str, hyper: dict[str, Any], seed: int = 0) -> Any:
    from training.density import FAMILIES

    cls = FAMILIES[family]
    if family == "gmm":
        return cls(n_components=int(hyper.get("k", 8)))
    if family == "kde":
        return cls(bandwidth=hyper.get("bandwidth", "scott"))
    if family == "flow":
        return cls(n_layers=int(hyper.get("layers", 6)), bins=int(hyper.get("bins", 12)),
                   hidden=int(hyper.get("hidden", 64)), seed=seed)
    return cls()


def entry_label(family: str, hyper: dict[str, Any]) -> str:
    if family == "gmm":
        return f"GMM K={hyper.get('k', 8)}"
    if family == "kde":
        bw = hyper.get("bandwidth", "scott")
        return f"KDE ({'held-out bandwidth' if bw == 'cv' else bw})"
    if family == "flow":
        return f"Flow {hyper.get('layers', 6)}×{hyper.get('hidden', 64)}"
    return {"box": "Box", "gaussian": "Gaussian", "factorized": "Factorised"}[family]


# ------------------------------------------------------------------------------ support
def on_support_fn(data: DataSet):
    """A function x[N,2] -> bool[N] saying which points lie on p_data's support, and the
    rule in words."""
    if data.is_map:
        from training.data.cities import is_land

        return is_land, "in the sea (land mask)"
    if data.true_log_prob is not None:
        lp = data.true_log_prob
        thr = _cached(data, "support_thr",
                      lambda: float(np.percentile(lp(data.train[:1000]), 1.0)))
        return (lambda x: lp(x) >= thr), "where the true p_data is below the density of 99 % of real data"
    # unknown truth (pinwheel, your own points): a KDE of the data stands in for p_data
    kde = data_kde(data)

    def threshold() -> float:
        held_out = data.val[:1000] if len(data.val) else data.train[:1000]
        return float(np.percentile(kde.log_prob(held_out), 1.0))

    thr = _cached(data, "support_kde_thr", threshold)
    return (lambda x: kde.log_prob(x) >= thr), "where a KDE of p_data is below the density of 99 % of held-out data"


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
    from training.density import KDEDensity

    return _cached(data, "data_kde", lambda: KDEDensity().fit(data.train))


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


def fit_closed_form(family: str, hyper: dict[str, Any], data: DataSet, bounds: Bounds,
                    res: int = 256) -> FitResult:
    """Fit a family in one go (GMM: EM to convergence) and score it."""
    if len(data.train) < 2:
        raise ValueError("at least 2 training points are needed to fit a model")
    model = make_model(family, hyper)
    t0 = time.perf_counter()
    model.fit(data.train, x_val=data.val[:2000])
    return finish(model, data, entry_label(family, hyper), family, bounds, res,
                  time.perf_counter() - t0)


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
    """An iterative fit (GMM by EM, flow by Adam) advanced chunk by chunk.

    Only the worker thread touches the model while training runs; the GUI sees snapshots.
    """

    def __init__(self, family: str, hyper: dict[str, Any], data: DataSet, seed: int = 0) -> None:
        if len(data.train) < 2:
            raise ValueError("at least 2 training points are needed to fit a model")
        self.family, self.hyper, self.data = family, dict(hyper), data
        self.label = entry_label(family, hyper)
        self.model = make_model(family, hyper, seed)
        self.elapsed = 0.0
        self.step_count = 0
        self.history: list[tuple[int, float, float]] = []
        if family == "gmm":
            if len(data.train) < self.model.n_components:
                raise ValueError(f"{self.model.n_components} components need at least that many points")
            self.total = int(hyper.get("max_iter", 100))
            self._em = self.model.em(data.train, seed)
            self.chunk = 1
        else:
            from training.density import FlowTrainer

            self.total = int(hyper.get("steps", 1500))
            self.trainer = FlowTrainer(self.model, data.train, steps=self.total,
                                       batch_size=min(256, len(data.train)), lr=float(hyper.get("lr", 3e-3)),
                                       x_val=data.val[:2000], eval_every=50, seed=seed,
                                       weight_decay=1e-5)
            self.chunk = 50

    @property
    def done(self) -> bool:
        return self.step_count >= self.total

    def advance(self, bounds: Bounds, res: int = 128) -> Progress:
        """Run one chunk (50 flow steps or one EM iteration), then snapshot the model."""
        t0 = time.perf_counter()
        if self.family == "gmm":
            train = next(self._em)
            self.step_count += 1
            val = float(-np.mean(self.model.log_prob(self.data.val[:2000])))
            if self.history and self.history[-1][1] - train < 1e-6:
                self.total = self.step_count  # EM converged
        else:
            ev = None
            for _ in range(self.chunk):
                ev = self.trainer.step(1) or ev
                time.sleep(0)  # let the GUI thread take the GIL between steps
            self.step_count = self.trainer.step_count
            train, val = (ev.train_nll, ev.val_nll) if ev else (math.nan, math.nan)
        self.elapsed += time.perf_counter() - t0
        self.history.append((self.step_count, train, val))
        grid = evaluate_grid_fast(self.model, bounds, res)
        samples = self.model.sample(300, seed=0)
        return Progress(self.step_count, self.total, train, val, grid, samples, self.done)

    def result(self, bounds: Bounds, res: int = 256) -> FitResult:
        if self.family == "flow" and not self.trainer.done:
            self.trainer.finish()  # stopped early: keep the best weights so far
        return finish(self.model, self.data, self.label, self.family, bounds, res, self.elapsed)


def score_loaded(model: Any, data: DataSet, label: str, bounds: Bounds, res: int = 256) -> FitResult:
    """Score a model opened from an artifact on the current data set."""
    return finish(model, data, label, "loaded", bounds, res, None, origin="opened from a file")
