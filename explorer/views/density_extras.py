"""Two more canvases of the Density view: a flow's layers, and the Bayes classifier that
class-conditional densities give."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from explorer.i18n.model_labels import model_label
from explorer.services.density import Bounds, grid_points
from explorer.state.density import DataSet
from explorer.views.density_canvas import CLASS_COLOURS

N_LINES, LINE_POINTS, MAX_POINTS = 17, 120, 1500


def _grid_lines(b: Bounds) -> tuple[np.ndarray, np.ndarray]:
    """Points along a regular grid of lines over ``b`` and a matching NaN-separated
    ``connect`` layout: returns (points [M, 2], breaks mask [M])."""
    xs = np.linspace(b.x0, b.x1, N_LINES)
    ys = np.linspace(b.y0, b.y1, N_LINES)
    t = np.linspace(0, 1, LINE_POINTS)
    lines = [np.stack([np.full_like(t, x), b.y0 + t * (b.y1 - b.y0)], 1) for x in xs]
    lines += [np.stack([b.x0 + t * (b.x1 - b.x0), np.full_like(t, y)], 1) for y in ys]
    return np.concatenate(lines), len(lines)


class FlowLayersPanel(QWidget):
    """A slider over a flow's layers: a regular grid and the data warped through the first
    k layers (data → base), or a regular base grid and samples pulled back (base → data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: Any = None
        self.data: DataSet | None = None
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAspectLocked(True)
        self.lines = self.plot.plot([], [], pen=pg.mkPen((120, 120, 200, 160), width=1), connect="finite")
        self.points = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(20, 20, 20, 170))
        self.plot.addItem(self.points)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimum(0)
        self.slider.setMaximum(0)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.valueChanged.connect(self.redraw)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("data → base: push the data and a grid forward"), "forward")
        self.direction.addItem(self.tr("base → data: pull a base grid and samples back"), "backward")
        self.direction.currentIndexChanged.connect(self.redraw)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.message = QLabel(self.tr("Fit a normalizing flow (family ‘Normalizing flow’) or open the "
                              "shipped flow, then select it in the scoreboard to scrub its layers."))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("layers applied:")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.direction)
        lay.addWidget(self.message)
        lay.addWidget(self.plot, 1)
        lay.addLayout(row)
        lay.addWidget(self.caption)
        self.set_model(None)

    def set_data(self, data: DataSet) -> None:
        self.data = data
        self.redraw()

    def set_model(self, model: Any) -> None:
        self.model = model
        has = model is not None
        self.message.setVisible(not has)
        self.plot.setVisible(has)
        self.slider.setEnabled(has)
        if has:
            n = model.n_layers
            self.slider.setMaximum(n)
            self.slider.setTickInterval(1)
            if self.slider.value() > n:
                self.slider.setValue(n)
        self.redraw()

    def stage(self) -> int:
        return self.slider.value()

    def redraw(self) -> None:
        m, data = self.model, self.data
        if m is None or data is None or len(data.train) == 0:
            self.lines.setData([], [])
            self.points.setData([], [])
            self.caption.setText("")
            return
        k = self.stage()
        n = m.n_layers
        if self.direction.currentData() == "forward":
            pts = data.train[:MAX_POINTS]
            grid, n_lines = _grid_lines(Bounds.around(data.train, pad=0.1))
            warped_pts = m.through_layers(pts, k)
            warped_grid = m.through_layers(grid, k)
            what = self.tr("the data and a regular grid drawn in data space")
        else:
            z = np.random.default_rng(0).normal(size=(MAX_POINTS, 2))
            grid, n_lines = _grid_lines(Bounds(-3, 3, -3, 3))
            warped_pts = m.from_base_to_stage(z, k)
            warped_grid = m.from_base_to_stage(grid, k)
            what = self.tr("N(0, I) samples and a regular grid drawn in the base space")
        lines = warped_grid.reshape(n_lines, LINE_POINTS, 2)
        lines = np.concatenate([lines, np.full((n_lines, 1, 2), np.nan)], 1).reshape(-1, 2)
        self.lines.setData(lines[:, 0], lines[:, 1])
        self.points.setData(warped_pts[:, 0], warped_pts[:, 1])
        space = self.tr("data space") if k == 0 else (self.tr("base space (should look like N(0, I))") if k == n
                                             else self.tr("after {k} of {n} coupling layers").format(k=k, n=n))
        self.plot.setLabel("bottom", "x₁" if k == 0 else "u₁")
        self.plot.setLabel("left", "x₂" if k == 0 else "u₂")
        self.caption.setText(self.tr("Stage {k}/{n}: {space}. Showing {what}.").format(k=k, n=n, space=space, what=what))


@dataclass(frozen=True)
class ClassMap:
    rgba: np.ndarray
    bounds: Bounds
    accuracy: float | None
    class_names: tuple[str, ...]
    present: tuple[int, ...]
    model_label: str


def compute_class_map(data: DataSet, family: str, res: int = 160) -> ClassMap:
    """Fit p(x | y) per class with ``family``, priors p(y) from counts, and map the Bayes
    posterior p(y | x) = p(x | y) p(y) / p(x): colour = argmax class, opacity = its
    posterior. Accuracy is measured on the held-out points. The family says which
    hyperparameters a per-class fit takes (its ``class_map``)."""
    from scipy.special import logsumexp

    from explorer.services.fitting import entry_label, family as get_family

    fam = get_family(family)
    y = data.y_train
    classes = [int(c) for c in np.unique(y) if (y == c).sum() >= 5]
    if len(classes) < 2:
        raise ValueError(QCoreApplication.translate("density_extras", "at least two classes with 5 or more training points each are needed"))
    b = Bounds.around(data.all_points, pad=0.1)
    if data.is_map:
        b = Bounds(-180, 180, -60, 80)
    pts = grid_points(b, res)
    log_joint = []
    for c in classes:
        xc = data.train[y == c]
        hyper = fam.class_map(len(xc))
        model = fam.build(hyper, app=True)
        fam.fit(model, xc, hyper, app=True)
        prior = np.log(len(xc) / len(y))
        log_joint.append((model, prior))
    lj = np.stack([m.log_prob(pts) + p for m, p in log_joint], 1)
    norm = logsumexp(lj, axis=1, keepdims=True)
    with np.errstate(invalid="ignore"):
        post = np.exp(lj - norm)
    post = np.nan_to_num(post, nan=0.0)
    arg = np.argmax(lj, 1)
    colours = np.array([CLASS_COLOURS[c % len(CLASS_COLOURS)] for c in classes], dtype=np.float64)
    alpha = np.where(np.isfinite(norm[:, 0]), post.max(1), 0.0)
    rgba = np.concatenate([colours[arg], (60 + 160 * (alpha - 1 / len(classes)) / (1 - 1 / len(classes))).clip(0, 220)[:, None]], 1)
    acc = None
    if data.y_test is not None and len(data.test):
        ljt = np.stack([m.log_prob(data.test) + p for m, p in log_joint], 1)
        pred = np.array(classes)[np.argmax(ljt, 1)]
        keep = np.isin(data.y_test, classes)
        acc = float((pred[keep] == data.y_test[keep]).mean()) if keep.any() else None
    return ClassMap(rgba.reshape(res, res, 4).astype(np.uint8), b, acc, data.label_names,
                    tuple(classes), entry_label(family, fam.class_map(len(data.train))))


class ClassMapPanel(QWidget):
    """Generative → discriminative: one density per class and the Bayes decision map."""

    def __init__(self, worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data: DataSet | None = None
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.points = pg.ScatterPlotItem(size=5, pen=pg.mkPen((0, 0, 0, 120), width=0.5))
        self.plot.addItem(self.points)
        from training.density.registry import class_map_families, reference

        self.family = QComboBox()
        for fam in class_map_families():
            self.family.addItem(self.tr("{app} "
                                "per class").format(app=model_label(fam.describe(fam.complete(fam.class_map(100), app=True)))), fam.key)
        self.family.setCurrentIndex(max(0, self.family.findData(reference().key)))
        self.family.currentIndexChanged.connect(self.refresh)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("class-conditional model p(x | y):")))
        row.addWidget(self.family)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.caption)
        self.result: ClassMap | None = None

    def set_data(self, data: DataSet) -> None:
        self.data = data
        self.result = None
        self.image.clear()
        self.points.setData([], [])
        if self.isVisible():
            self.refresh()

    def set_family(self, family: str | None) -> None:
        """Follow the family on the canvas where it is offered per class, else the
        reference family (a KDE)."""
        if family is None:
            return
        from training.density.registry import reference

        i = self.family.findData(family)
        self.family.setCurrentIndex(i if i >= 0 else self.family.findData(reference().key))

    def refresh(self) -> None:
        data = self.data
        if data is None or data.y_train is None or len(data.train) < 10:
            self.caption.setText(self.tr("This data set has no class labels. Toy sets, the world cities "
                                 "(continents) and drawn or imported points with a class or label "
                                 "column have them."))
            return
        fam = self.family.currentData()
        self.caption.setText(self.tr("Fitting one density per class…"))
        self.worker.submit(lambda: compute_class_map(data, fam), self._on_map,
                           lambda e: self.caption.setText(self.tr("Cannot build the decision map: {e}").format(e=e)))

    def _on_map(self, cm: ClassMap) -> None:
        self.result = cm
        b = cm.bounds
        self.image.setImage(cm.rgba, autoLevels=False)
        self.image.setRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)
        data = self.data
        if data is not None and data.y_test is not None:
            brushes = [pg.mkBrush(*CLASS_COLOURS[int(c) % len(CLASS_COLOURS)]) for c in data.y_test[:2000]]
            self.points.setData(data.test[:2000, 0], data.test[:2000, 1], brush=brushes)
        chips = " ".join(
            f"<span style='color: rgb{CLASS_COLOURS[c % len(CLASS_COLOURS)]}'>■</span> "
            f"{cm.class_names[c] if c < len(cm.class_names) else c}" for c in cm.present)
        acc = "–" if cm.accuracy is None else f"{cm.accuracy:.1%}"
        self.caption.setText(
            self.tr("Bayes rule with {model_label} per class: p(y | x) = p(x | y) p(y) / p(x). "
            "Colour: most probable class; strength: its posterior. Dots: held-out points. "
            "<b>Held-out accuracy: {acc}</b><br>{chips}").format(model_label=cm.model_label, acc=acc, chips=chips))
