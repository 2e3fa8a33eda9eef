"""Compare all: every 2D family on the current data set, in one table.

Each family is fitted here (closed form, or its trainer run to the end), or loaded from its
shipped artifact (``trained/density-KEY-DATA``; the 2D DDPM from ``trained/diffusion-DATA``),
then scored by the same functions as the scoreboard (:func:`explorer.services.fitting.finish`
and :func:`~explorer.services.fitting.score_loaded`) and by the shared sample figures
(:func:`training.density.sample_metrics.sample_metrics`: histogram KL / JS, energy distance,
modes captured) against the held-out points. Plain Python, run in a worker by
:class:`explorer.views.density_compare.CompareAllPanel`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication

from explorer.services.density import Bounds
from explorer.services.fitting import FitResult, LiveTraining, fit_closed_form, loaded_label, score_loaded
from explorer.state.density import DRAWN, DataSet

#: the sample figures added to every compared entry's metrics
SAMPLE_KEYS = ("kl_data_model", "js", "energy_distance", "modes_captured", "modes_total",
               "high_quality_share")


class Cancelled(Exception):
    """The run was cancelled (or superseded) while this item was being trained."""


@dataclass(frozen=True)
class CompareItem:
    """One row of the plan: ``how`` is ``"fit"`` (closed form / the ladder's settings),
    ``"train"`` (an iterative family at the app's settings), ``"load"`` (a shipped artifact
    at ``path``) or ``"skip"`` (``reason`` says why)."""

    key: str
    name: str
    how: str
    path: Path | None = None
    reason: str = ""


@dataclass(frozen=True)
class CompareRow:
    """An item's outcome: a scored result, or the reason it has none."""

    item: CompareItem
    result: FitResult | None
    note: str
    seconds: float


def plan(data: DataSet, train_missing: bool = True) -> list[CompareItem]:
    """What Compare all does for each registered family and the 2D DDPM on ``data``:
    a shipped artifact of this data set is loaded; else a closed-form family (or one on the
    ladder) is fitted; else an iterative family is trained (``train_missing``) or skipped."""
    from training.artifacts import default_trained_dir
    from training.density.registry import families

    root = default_trained_dir()
    shipped_ok = data.name != DRAWN
    out = []
    for fam in families():
        path = root / f"density-{fam.key}-{data.name}"
        if shipped_ok and (path / "card.json").is_file():
            out.append(CompareItem(fam.key, fam.short, "load", path))
        elif not fam.iterative or fam.ladder is not None:
            out.append(CompareItem(fam.key, fam.short, "fit"))
        elif train_missing:
            out.append(CompareItem(fam.key, fam.short, "train"))
        else:
            out.append(CompareItem(fam.key, fam.short, "skip", reason=QCoreApplication.translate(
                "compare", "no shipped {short} for {data}; tick ‘train families without a "
                "shipped model’ or fit it with Fit").format(short=fam.short, data=data.name)))
    path = root / f"diffusion-{data.name}"
    if shipped_ok and (path / "card.json").is_file():
        out.append(CompareItem("ddpm", "DDPM", "load", path))
    else:
        mine = QCoreApplication.translate("compare", "your own points")
        out.append(CompareItem("ddpm", "DDPM", "skip", reason=QCoreApplication.translate(
            "compare", "no shipped 2D DDPM for {data} (train one: python -m training train "
            "diffusion --data …)").format(data=mine if data.name == DRAWN else data.name)))
    return out


def held_out(data: DataSet) -> np.ndarray:
    """The points the sample figures compare with: validation and test (never train)."""
    parts = [p for p in (data.val, data.test) if len(p)]
    return np.concatenate(parts) if parts else data.train


def run_item(item: CompareItem, data: DataSet, bounds: Bounds, max_steps: int | None = None,
             cancel: threading.Event | None = None,
             progress: Callable[[int, int], None] | None = None, res: int = 128) -> CompareRow:
    """Fit / train / load ``item`` and score it; a failure becomes the row's note (never an
    exception), except :class:`Cancelled` when ``cancel`` is set during training."""
    from explorer.services.fitting import family
    from training.density.sample_metrics import sample_metrics

    t0 = time.perf_counter()
    if item.how == "skip":
        return CompareRow(item, None, item.reason, 0.0)
    try:
        if item.how == "fit":
            fam = family(item.key)
            hyper = fam.ladder(len(data.train)) if fam.ladder is not None else {}
            r = fit_closed_form(item.key, hyper, data, bounds, res)
        elif item.how == "train":
            r = _train(item.key, data, bounds, max_steps, cancel, progress, res)
        else:
            r = _load(item, data, bounds, res)
    except Cancelled:
        raise
    except Exception as e:  # shown in the row: one family failing never stops the others
        why = {"fit": QCoreApplication.translate("compare", "could not fit: {e}"),
               "train": QCoreApplication.translate("compare", "could not train: {e}"),
               "load": QCoreApplication.translate("compare", "could not load: {e}")}
        why = why[item.how].format(e=e)
        return CompareRow(item, None, why, time.perf_counter() - t0)
    figures = sample_metrics(r.samples, held_out(data), energy_n=1000)
    r.entry.metrics.update({k: float(v) for k, v in figures.items()})
    note = {"fit": QCoreApplication.translate("compare", "fitted here"),
            "train": QCoreApplication.translate("compare", "trained here"),
            "load": QCoreApplication.translate("compare", "shipped")}[item.how]
    return CompareRow(item, r, note, time.perf_counter() - t0)


def _train(key: str, data: DataSet, bounds: Bounds, max_steps: int | None,
           cancel: threading.Event | None, progress, res: int) -> FitResult:
    from explorer.services.fitting import family

    fam = family(key)
    hyper = fam.complete({}, app=True)
    if max_steps is not None and "steps" in hyper:
        hyper["steps"] = max(1, min(int(hyper["steps"]), int(max_steps)))
    tr = LiveTraining(key, hyper, data, seed=data.seed)
    t0 = time.perf_counter()
    while not tr.done:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        tr.trainer.step(1)
        time.sleep(0)  # let the GUI thread take the GIL between steps
        if progress is not None and (tr.step_count % 25 == 0 or tr.done):
            progress(tr.step_count, tr.total)
    tr.elapsed = time.perf_counter() - t0
    return tr.result(bounds, res)


def _load(item: CompareItem, data: DataSet, bounds: Bounds, res: int) -> FitResult:
    import training
    from explorer.state import LoadedModel

    model = training.load(item.path)
    r = score_loaded(model, data, loaded_label(model.card, item.path.name), bounds, res)
    r.entry.extras["loaded"] = LoadedModel(model, item.path)  # a session refers to it
    return r


def best(rows: list[CompareRow]) -> Any:
    """The entry with the lowest finite test NLL (None if no row has one)."""
    scored = [(r.result.entry.metrics.get("test_nll_nats"), r.result.entry) for r in rows
              if r.result is not None]
    scored = [(v, e) for v, e in scored if v is not None and np.isfinite(v)
              and getattr(e.model, "tractable", True) is not False]
    return min(scored, key=lambda t: t[0])[1] if scored else None
