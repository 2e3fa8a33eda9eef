"""Classifier-free guidance on 2D data: a canvas tab of the Density view.

A class-conditional 2D DDPM (``python -m training diffusion --conditional`` on a labelled 2D
set: the world cities by continent, a mixture's components …) draws ``n`` points for every
class (or for one) at the guidance scale s of

    ε̂ = ε̂_∅ + s · (ε̂_c − ε̂_∅)

over its training points in grey: at s = 0 every class is drawn from the unconditional model
(the colours mix), at s = 1 from its own conditional p(x | c), and as s grows the points are
pushed away from the other classes — sharper, fewer in the overlaps, and off the data where
s is large. The caption gives the share of samples a 15-nearest-neighbour classifier on the
training points assigns to their prompted class, and their spread relative to the real
points of that class (:class:`training.diffusion.conditional.GuidanceJudge`).

The model is the Density view's current entry when that is a conditional 2D DDPM, else a
shipped one from ``trained/`` (the one trained on the view's data set first). Sampling runs
in a :class:`~explorer.services.worker.LatestWorker` (latest request wins).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from explorer.services.worker import LatestWorker
from explorer.views.density_canvas import CLASS_COLOURS

SCALE, MAX_S = 10, 8.0
SOLVER, SOLVER_STEPS = "unipc", 20


def shipped_conditional_2d() -> list[Path]:
    """Folders of ``trained/`` holding a class-conditional 2D DDPM (by their cards)."""
    from training.artifacts import default_trained_dir

    out = []
    for card in sorted(default_trained_dir().glob("diffusion-cond-*/card.json")):
        try:
            cfg = json.loads(card.read_text()).get("config", {})
        except (OSError, ValueError):
            continue
        if cfg.get("net") == "mlp" and int(cfg.get("num_classes", 0) or 0) > 0:
            out.append(card.parent)
    return out


@dataclass(frozen=True)
class GuidedDraw:
    """Samples of every asked class at one guidance scale, and how they score."""

    model: Any
    s: float
    points: np.ndarray       # [n, 2]
    labels: np.ndarray       # [n] the prompted class of each point
    accuracy: float
    diversity: float
    data: np.ndarray         # the model's training points (the grey background)
    data_labels: np.ndarray


class GuidancePanel(QWidget):
    """Guided samples of a class-conditional 2D DDPM over its data (module docstring)."""

    def __init__(self, view: Any, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.worker = LatestWorker("density-guidance", sync=sync, parent=self)
        self._cache: dict[str, tuple[Any, Any]] = {}   # path → (model, judge)
        self._pending = False
        self.last: GuidedDraw | None = None
        self.model_combo = QComboBox()
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(16)
        self.model_combo.currentIndexChanged.connect(self._on_model)
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(MAX_S * SCALE))
        self.slider.setValue(SCALE)
        self.slider.setMinimumWidth(120)
        self.slider.valueChanged.connect(self._on_slider)
        self.s_label = QLabel()
        self.s_label.setMinimumWidth(48)
        self.n_spin = QSpinBox(minimum=20, maximum=2000, value=300, singleStep=50)
        self.n_spin.setToolTip(self.tr("points drawn per class"))
        self.n_spin.valueChanged.connect(lambda *_: self.refresh())
        top = QHBoxLayout()  # two short rows: the tab never widens the Density view
        for text, w in ((self.tr("model:"), self.model_combo), (self.tr("class:"),
                                                               self.class_combo)):
            top.addWidget(QLabel(text))
            top.addWidget(w, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("guidance")))
        second.addWidget(self.slider, 1)
        second.addWidget(self.s_label)
        second.addWidget(QLabel(self.tr("n per class:")))
        second.addWidget(self.n_spin)
        self.formula = QLabel("ε̂ = ε̂<sub>∅</sub> + s·(ε̂<sub>c</sub> − ε̂<sub>∅</sub>)")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setToolTip(self.tr(
            "s = 0 draws every class from the unconditional model, s = 1 from p(x | c); a "
            "larger s pushes the points away from the other classes. The share in their class "
            "is judged by the 15 nearest training points (distance-weighted)"))
        self.note = QLabel(self.tr(
            "s = 0: the unconditional model for every class · s = 1: p(x | c) · s &gt; 1: "
            "pushed away from the other classes"))
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAspectLocked(True)
        self.plot.setMinimumHeight(40)  # the view's minimum height stays that of its other tabs
        self.data_item = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(170, 170, 170, 120))
        self.sample_item = pg.ScatterPlotItem(size=5, pen=pg.mkPen((0, 0, 0, 90), width=0.5))
        self.plot.addItem(self.data_item)
        self.plot.addItem(self.sample_item)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(second)
        row = QHBoxLayout()
        row.addWidget(self.formula)
        row.addWidget(self.note, 1)
        lay.addLayout(row)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.caption)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._submit)
        self._on_slider(self.slider.value(), refresh=False)
        self._dirty = True  # the model list is made when the tab is first shown

    def request_populate(self, *_a) -> None:
        """The view's data set or current model changed: list the models again now if the
        tab is shown, else when it is."""
        self._dirty = True
        if self.isVisible():
            self.populate()

    # ------------------------------------------------------------------ models
    def populate(self) -> None:
        """List the current entry (if a conditional 2D DDPM) and the shipped ones; pick the
        one trained on the view's data set first."""
        self._dirty = False
        current = self._current_entry_model()
        with_data = getattr(getattr(self.view, "state", None), "data", None)
        name = getattr(with_data, "name", None)
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        if current is not None:
            self.model_combo.addItem(self.tr("the canvas's current model"), ("entry", None))
        pick = 0 if current is not None else -1
        for path in shipped_conditional_2d():
            self.model_combo.addItem(path.name, ("path", str(path)))
            if pick < 0 and name and path.name == f"diffusion-cond-{name}":
                pick = self.model_combo.count() - 1
        self.model_combo.setCurrentIndex(max(pick, 0) if self.model_combo.count() else -1)
        self.model_combo.blockSignals(False)
        self._on_model()

    def _current_entry_model(self):
        entry = getattr(getattr(self.view, "state", None), "current", None)
        model = getattr(getattr(entry, "model", None), "model", None)  # ODEDensity → DDPM
        if getattr(model, "conditional", False) and getattr(model, "is_points", False):
            return model
        return None

    def _on_model(self, *_a) -> None:
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("every class"), -1)
        self.class_combo.blockSignals(False)
        if self.model_combo.currentIndex() < 0:
            self.caption.setText(self.tr(
                "No class-conditional 2D diffusion model: train one with <code>python -m "
                "training diffusion --data world-cities --conditional</code> (any labelled 2D "
                "set) or open one on the canvas."))
            return
        self.last = None
        self.refresh()

    # ------------------------------------------------------------------ inputs
    def _on_slider(self, value: int, refresh: bool = True) -> None:
        self.s_label.setText(f"s = {value / SCALE:.1f}")
        if refresh:
            self.refresh()

    def guidance(self) -> float:
        return self.slider.value() / SCALE

    def refresh(self) -> None:
        """Draw again (debounced: a slider drag asks once it pauses)."""
        if self.model_combo.currentIndex() >= 0:
            self._debounce.start()

    def _submit(self) -> None:
        kind, path = self.model_combo.currentData()
        entry_model = self._current_entry_model() if kind == "entry" else None
        cls, s, n = self.class_combo.currentData(), self.guidance(), self.n_spin.value()
        cache = self._cache

        def job() -> GuidedDraw:
            model, judge = _model_and_judge(cache, path, entry_model)
            classes = judge.classes if cls is None or cls < 0 else np.array([cls])
            labels = np.repeat(classes, n)
            x = model.sample(len(labels), steps=SOLVER_STEPS, sampler=SOLVER, seed=0,
                             labels=labels, guidance=s)
            score = judge.judge(x, labels)
            return GuidedDraw(model, s, x, labels, score["accuracy"], score["diversity"],
                              judge.x_train, judge.y_train)

        self._pending = True
        self.caption.setText(self.tr("Drawing at s = {s:.1f} …").format(s=s))
        self.worker.submit(job, self._on_draw, self._on_error)

    # ------------------------------------------------------------------ results
    def _on_draw(self, d: GuidedDraw) -> None:
        self._pending = False
        first = self.last is None or self.last.model is not d.model
        self.last = d
        if self.class_combo.count() == 1:  # the classes, once the model is known
            self.class_combo.blockSignals(True)
            for i, name in enumerate(d.model.class_names):
                if i in set(np.unique(d.data_labels).tolist()):
                    self.class_combo.addItem(name, i)
            self.class_combo.blockSignals(False)
        self.data_item.setData(d.data[:, 0], d.data[:, 1])
        colours = [pg.mkBrush(*CLASS_COLOURS[int(c) % len(CLASS_COLOURS)], 210) for c in d.labels]
        self.sample_item.setData(d.points[:, 0], d.points[:, 1], brush=colours)
        if first:
            lo, hi = d.data.min(0), d.data.max(0)
            pad = 0.08 * (hi - lo)
            self.plot.setRange(xRange=(lo[0] - pad[0], hi[0] + pad[0]),
                               yRange=(lo[1] - pad[1], hi[1] + pad[1]), padding=0)
        names = d.model.class_names
        legend = " ".join(
            f"<span style='color:rgb{CLASS_COLOURS[int(c) % len(CLASS_COLOURS)]}'>■</span>&nbsp;"
            + names[int(c)].replace(" ", "&nbsp;") for c in np.unique(d.labels))
        self.caption.setText(self.tr(
            "s = {s:.1f}: <b>{acc:.0%}</b> of the points fall in their prompted class; spread "
            "{div:.2f} × the real points'. {legend}").format(
                s=d.s, acc=d.accuracy, div=d.diversity, legend=legend))

    def _on_error(self, e: Exception) -> None:
        self._pending = False
        self.caption.setText(self.tr("Could not draw: {e}").format(e=f"{type(e).__name__}: {e}"))

    # ------------------------------------------------------------------ lifecycle
    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._dirty:
            self.populate()

    def is_busy(self) -> bool:
        return self._pending or self._debounce.isActive()

    def shutdown(self) -> None:
        self._debounce.stop()
        self.worker.shutdown()


def _model_and_judge(cache: dict, path: str | None, entry_model) -> tuple[Any, Any]:
    """(model, judge) for a shipped path (loaded once, in the worker) or the canvas's own
    conditional model."""
    from training.diffusion.conditional import GuidanceJudge

    key = path if path is not None else f"entry-{id(entry_model)}"
    if key not in cache:
        if path is not None:
            import training

            model = training.load(path)
        else:
            model = entry_model
        card = getattr(model, "card", None) or {}
        judge = GuidanceJudge(model, card.get("data", {}).get("name", ""), card=card)
        cache.clear()  # one model's judge at a time
        cache[key] = (model, judge)
    return cache[key]
