"""Generative vs discriminative: a canvas tab of the Density view.

On the view's labelled data set, two classifiers of one pair
(:mod:`training.density.gen_vs_disc`) side by side: Bayes' rule over class-conditional
densities p(x | y) p(y) (generative) and p(y | x) fitted directly (discriminative), each as
a decision map (colour: most probable class; strength: its posterior) with its held-out
accuracy; below, held-out accuracy of both against n training points per class (median over
seeds), the Ng & Jordan curve.

Maps and curve are computed in this panel's two
:class:`~explorer.services.worker.LatestWorker` s (latest request wins); the curve reports
progress and can be cancelled.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.i18n import training_text
from explorer.services.density import Bounds, grid_points
from explorer.services.worker import LatestWorker
from explorer.views.density_canvas import CLASS_COLOURS

MAP_RES = 120
#: n per class offered for the maps (0: every training point)
MAP_SIZES = (5, 10, 20, 50, 100, 200, 0)
GEN_PEN, DISC_PEN = (31, 119, 180), (214, 39, 40)


def posterior_rgba(post: np.ndarray, classes: np.ndarray, res: int) -> np.ndarray:
    """[res, res, 4] uint8: the colour of the most probable class, its posterior as the
    opacity (chance level transparent-ish, certainty strong)."""
    colours = np.array([CLASS_COLOURS[int(c) % len(CLASS_COLOURS)] for c in classes], float)
    k = max(len(classes), 2)
    top = post.max(1)
    alpha = (40 + 190 * (top - 1 / k) / (1 - 1 / k)).clip(0, 230)
    rgba = np.concatenate([colours[post.argmax(1)], alpha[:, None]], 1)
    return rgba.reshape(res, res, 4).astype(np.uint8)


@dataclass(frozen=True)
class MapPair:
    """Both decision maps, what they were fitted on, and their held-out accuracies."""

    gen_rgba: np.ndarray
    disc_rgba: np.ndarray
    gen_name: str
    disc_name: str
    gen_acc: float
    disc_acc: float
    bounds: Bounds
    x: np.ndarray
    y: np.ndarray
    posterior_sum_error: float  # max |Σ_y p(y|x) − 1| over the generative map (a check)


def data_bounds(data) -> Bounds:
    return Bounds(-180, 180, -60, 80) if data.is_map else Bounds.around(data.all_points, pad=0.1)


def compute_maps(data, pair: str, n_per_class: int, res: int = MAP_RES) -> MapPair:
    """Fit both classifiers of ``pair`` on ``n_per_class`` training points per class (0:
    all), map their posteriors over the data's box, score them on the held-out points."""
    from training.density.gen_vs_disc import make_pair, per_class_subsample

    x, y = data.train, np.asarray(data.y_train)
    classes = np.unique(y)
    if n_per_class:
        idx = per_class_subsample(y, n_per_class, data.seed, classes)
        x, y = x[idx], y[idx]
    from training.density.gen_vs_disc import SHORT

    gen, disc = make_pair(pair, seed=data.seed)
    gen.fit(x, y)
    disc.fit(x, y)
    b = data_bounds(data)
    pts = grid_points(b, res)
    pg_, pd_ = gen.posterior(pts), disc.posterior(pts)
    keep = np.isin(data.y_test, gen.classes)
    xt, yt = data.test[keep], np.asarray(data.y_test)[keep]
    return MapPair(posterior_rgba(pg_, gen.classes, res), posterior_rgba(pd_, disc.classes, res),
                   *SHORT[pair], gen.accuracy(xt, yt), disc.accuracy(xt, yt), b, x, y,
                   float(np.abs(pg_.sum(1) - 1).max()))


def curve_pool(data):
    """(x, y), (x_test, y_test) of the learning curve: a fresh seeded pool from the
    generator of a toy set (so n per class reaches 500 whatever the view's size), else
    the view's own training and held-out points."""
    from training.data.toy import TOY_SOURCES
    from training.density.gen_vs_disc import pool_for

    src = TOY_SOURCES.get(data.name)
    if src is not None:
        return pool_for(src, seed=data.seed)
    return (data.train, np.asarray(data.y_train)), (data.test, np.asarray(data.y_test))


class GenVsDiscPanel(QWidget):
    """The tab (see the module docstring).

    Parameters
    ----------
    view : the Density view (its state's data set, its busy flags).
    sync : run the jobs inline (tests).
    """

    curve_progress = Signal(int, int)

    def __init__(self, view: Any, sync: bool = False, parent: QWidget | None = None) -> None:
        from training.density.gen_vs_disc import PAIRS, SEEDS

        super().__init__(parent)
        self.view = view
        self.data = None
        self.maps: MapPair | None = None
        self.curve = None
        self._stale = True
        self._cancel = threading.Event()
        self.map_worker = LatestWorker("gvd-maps", sync=sync, parent=self)
        self.curve_worker = LatestWorker("gvd-curve", sync=sync, parent=self)
        for name, w in (("gvd-maps", self.map_worker), ("gvd-curve", self.curve_worker)):
            w.busy_changed.connect(lambda b, name=name: view._set_busy(name, b))
        self.pair_combo = QComboBox()
        names = {"linear": self.tr("linear: LDA vs logistic regression"),
                 "quadratic": self.tr("quadratic: QDA vs logistic regression on x, x²"),
                 "flexible": self.tr("flexible: KDE per class vs MLP")}
        for key in PAIRS:
            self.pair_combo.addItem(names[key], key)
        self.pair_combo.setCurrentIndex(self.pair_combo.findData("quadratic"))
        self.pair_combo.currentIndexChanged.connect(lambda *_: self.refresh(curve=True))
        self.n_combo = QComboBox()
        for n in MAP_SIZES:
            self.n_combo.addItem(str(n) if n else self.tr("all"), n)
        self.n_combo.setCurrentIndex(self.n_combo.findData(20))
        self.n_combo.currentIndexChanged.connect(lambda *_: self.refresh(curve=False))
        self.seeds_spin = QSpinBox(minimum=1, maximum=50, value=SEEDS)
        self.seeds_spin.setToolTip(self.tr("subsamples per size; the curve shows the median"))
        self.curve_button = QPushButton(self.tr("Learning curve"))
        self.curve_button.clicked.connect(self.start_curve)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_curve)
        # the combo elides its long labels (the list shows them whole): the tab must not
        # widen the Density view past a 1280-pixel window
        self.pair_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pair_combo.setMinimumContentsLength(14)
        self.n_combo.setToolTip(self.tr("the maps are fitted on n training points per class"))
        top = QHBoxLayout()
        for text, w in ((self.tr("pair:"), self.pair_combo),
                        (self.tr("n per class:"), self.n_combo),
                        (self.tr("seeds:"), self.seeds_spin)):
            top.addWidget(QLabel(text))
            top.addWidget(w)
        top.addWidget(self.curve_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)

        self.plots, self.images, self.points = [], [], []
        maps = QHBoxLayout()
        for _ in range(2):
            p = pg.PlotWidget(background="w")
            p.setMinimumHeight(80)
            p.setAspectLocked(True)
            img = pg.ImageItem(axisOrder="row-major")
            sc = pg.ScatterPlotItem(size=6, pen=pg.mkPen((0, 0, 0, 160), width=0.7))
            p.addItem(img)
            p.addItem(sc)
            self.plots.append(p)
            self.images.append(img)
            self.points.append(sc)
            maps.addWidget(p, 1)
        self.curve_plot = pg.PlotWidget(background="w")
        # 190 px when there is room; less on a short window (the view's minimum height)
        self.curve_plot.setMinimumHeight(100)
        self.curve_plot.setMaximumHeight(190)
        self.curve_plot.setLogMode(x=True, y=False)
        self.curve_plot.setLabel("bottom", self.tr("training points per class"))
        self.curve_plot.setLabel("left", self.tr("held-out accuracy (%)"))
        self.curve_plot.getAxis("left").enableAutoSIPrefix(False)
        self.curve_plot.addLegend(offset=(-5, -5), labelTextColor=(0, 0, 0))
        self.gen_line = self.curve_plot.plot([], [], pen=pg.mkPen(GEN_PEN, width=2), symbol="o",
                                             symbolBrush=GEN_PEN, symbolSize=6,
                                             name=self.tr("generative (median)"))
        self.disc_line = self.curve_plot.plot([], [], pen=pg.mkPen(DISC_PEN, width=2), symbol="s",
                                              symbolBrush=DISC_PEN, symbolSize=6,
                                              name=self.tr("discriminative (median)"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.curve_caption = QLabel()
        self.curve_caption.setWordWrap(True)
        self.curve_caption.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(maps, 1)
        lay.addWidget(self.caption)
        bottom = QHBoxLayout()
        bottom.addWidget(self.curve_plot, 3)
        side = QVBoxLayout()
        side.addWidget(self.progress)
        side.addWidget(self.curve_caption, 1)
        bottom.addLayout(side, 2)
        lay.addLayout(bottom)
        self.curve_progress.connect(self._on_progress)

    # ---------------------------------------------------------------- data
    def set_data(self, data) -> None:
        """A new data set: drop what belonged to the old one; recompute when shown."""
        self.cancel_curve()
        self.map_worker.cancel()
        self.data, self.maps, self.curve = data, None, None
        for img, sc in zip(self.images, self.points):
            img.clear()
            sc.setData([], [])
        self.gen_line.setData([], [])
        self.disc_line.setData([], [])
        self.curve_caption.setText("")
        self._stale = True
        if self.isVisible():
            self.refresh(curve=True)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._stale:
            self.refresh(curve=True)

    def _usable(self) -> str | None:
        data = self.data
        if data is None:
            return self.tr("No data set yet.")
        if data.y_train is None or data.y_test is None or len(data.test) == 0:
            return self.tr("This data set has no class labels. The toy sets, the world cities "
                           "(continents) and drawn or imported points with a class column have.")
        if len(np.unique(data.y_train)) < 2:
            return self.tr("Only one class: a classifier needs at least two.")
        return None

    def refresh(self, curve: bool = True) -> None:
        """Recompute the maps (and the learning curve when ``curve``)."""
        why = self._usable()
        if why is not None:
            self.caption.setText(why)
            return
        self._stale = False
        data, pair, n = self.data, self.pair_combo.currentData(), self.n_combo.currentData()
        self.caption.setText(self.tr("Fitting both classifiers…"))
        self.map_worker.submit(lambda: compute_maps(data, pair, n), self._on_maps,
                               lambda e: self.caption.setText(
                                   self.tr("Cannot fit the classifiers: {e}").format(e=e)))
        if curve:
            self.start_curve()

    def _on_maps(self, m: MapPair) -> None:
        self.maps = m
        b = m.bounds
        brushes = [pg.mkBrush(*CLASS_COLOURS[int(c) % len(CLASS_COLOURS)]) for c in m.y]
        for plot, img, sc, rgba, name, acc, kind in (
                (self.plots[0], self.images[0], self.points[0], m.gen_rgba, m.gen_name,
                 m.gen_acc, self.tr("generative")),
                (self.plots[1], self.images[1], self.points[1], m.disc_rgba, m.disc_name,
                 m.disc_acc, self.tr("discriminative"))):
            img.setImage(rgba, autoLevels=False)
            img.setRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)
            sc.setData(m.x[:, 0], m.x[:, 1], brush=brushes)
            plot.setTitle("<span style='color:#222'>" + self.tr(
                "{kind} ({name}): <b>{acc}</b> held out").format(
                    kind=kind, name=training_text(name), acc=f"{acc:.1%}") + "</span>",
                size="10pt")
        self.caption.setText(self.tr(
            "Left: Bayes' rule p(y | x) = p(x | y) p(y) / Σ p(x | y') p(y') over one density per "
            "class. Right: p(y | x) fitted directly (cross-entropy). Both trained on the "
            "{n} points shown; colour: most probable class, strength: its probability.").format(
                n=len(m.x)))

    # ---------------------------------------------------------------- curve
    def start_curve(self) -> None:
        """Run the learning curve (supersedes one in progress)."""
        from training.density.gen_vs_disc import Cancelled, learning_curve

        if self._usable() is not None:
            return
        self._cancel.set()
        cancel = self._cancel = threading.Event()
        data, pair, seeds = self.data, self.pair_combo.currentData(), self.seeds_spin.value()
        emit = self.curve_progress.emit

        def job():
            (x, y), (xt, yt) = curve_pool(data)
            try:
                return learning_curve(pair, x, y, xt, yt, seeds=seeds, progress=emit,
                                      cancelled=cancel.is_set)
            except Cancelled:
                return None

        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.curve_caption.setText(self.tr("Measuring the learning curve…"))
        self.curve_worker.submit(job, self._on_curve, self._on_curve_error)

    def _on_progress(self, done: int, total: int) -> None:
        if self.cancel_button.isEnabled():
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel_curve(self) -> None:
        if not self.cancel_button.isEnabled():
            return
        self._cancel.set()
        self.curve_worker.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.curve_caption.setText(self.tr("Learning curve cancelled."))

    def _on_curve_error(self, e: Exception) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.curve_caption.setText(self.tr("Cannot measure the curve: {e}").format(e=e))

    def _on_curve(self, lc) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if lc is None:
            return
        self.curve = lc
        n = np.array(lc.sizes, float)
        self.gen_line.setData(n, 100 * lc.gen_median)
        self.disc_line.setData(n, 100 * lc.disc_median)
        self.curve_plot.getAxis("bottom").setTicks([[(float(np.log10(s)), str(s))
                                                     for s in lc.sizes]])
        from training.density.gen_vs_disc import PAIRS

        g, d = PAIRS[lc.pair]
        rows = "".join(f"<tr><td align=right>{s}</td><td align=right>{a:.1%}</td>"
                       f"<td align=right>{b:.1%}</td></tr>"
                       for s, a, b in zip(lc.sizes, lc.gen_median, lc.disc_median))
        cross = lc.crossover()
        verdict = (self.tr("The discriminative model is ahead from n = {n} per class on.")
                   .format(n=cross) if cross else
                   self.tr("No crossover on these sizes."))
        dropped = (self.tr(" (n = {s} dropped: a class has fewer points)").format(
            s=", ".join(map(str, lc.dropped))) if lc.dropped else "")
        self.curve_caption.setText(
            f"<table cellspacing=0 cellpadding=1><tr><th>n</th><th>{self.tr('gen.')}</th>"
            f"<th>{self.tr('disc.')}</th></tr>{rows}</table>"
            + self.tr("Median of {s} seeds: {g} vs {d}. ").format(
                s=lc.gen.shape[1], g=training_text(g), d=training_text(d))
            + verdict + dropped)

    def shutdown(self) -> None:
        self._cancel.set()
        self.map_worker.shutdown()
        self.curve_worker.shutdown()
