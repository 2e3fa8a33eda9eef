"""One latent dimension of the Latent tab: slider, value, reset, and the aggregate-posterior
histogram of the dimension drawn against the prior."""

from __future__ import annotations


import numpy as np
from PySide6.QtCore import QPointF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout, QLabel, QPushButton, QSlider,
    QWidget,
)

from explorer.state.latent import SliderAxis

SLIDER_STEPS = 100  # slider units per σ (of the prior, or of the training codes)
MANIFOLD_N = 16
STRIP_N = 10
PREPARING = "preparing the test set…"


def _histogram_pixmap(counts: np.ndarray, edges: tuple[float, float],
                      span: tuple[float, float], prior: bool, w: int = 150, h: int = 26,
                      active: bool = True) -> QPixmap:
    """Codes (bars, counts over ``edges``) against N(0, 1) (line, where the model has that
    prior), drawn over the slider's range ``span`` of z."""
    pm = QPixmap(w, h)
    pm.fill(QColor(255, 255, 255))
    p = QPainter(pm)
    counts = np.asarray(counts, np.float64)
    (e0, e1), (v0, v1) = edges, span
    width = (e1 - e0) / len(counts)
    dens = counts / max(counts.sum() * width, 1e-12)
    xs = np.linspace(v0, v1, 200)
    pdf = np.exp(-0.5 * xs**2) / np.sqrt(2 * np.pi) if prior else np.zeros_like(xs)
    top = max(dens.max(), pdf.max(), 1e-12) * 1.05
    bar = QColor(70, 130, 200) if active else QColor(170, 170, 170)
    px = lambda x: (x - v0) / (v1 - v0) * w  # noqa: E731
    for i, d in enumerate(dens):
        bh = int(round(d / top * (h - 2)))
        x0, x1 = int(px(e0 + i * width)), int(px(e0 + (i + 1) * width))
        p.fillRect(x0, h - bh, max(x1 - x0 - 1, 1), bh, bar)
    if prior:
        p.setPen(QPen(QColor(200, 60, 40), 1.4))
        p.drawPolyline([QPointF(px(x) * (w - 1) / w, h - 1 - y / top * (h - 2))
                        for x, y in zip(xs, pdf)])
    p.end()
    return pm


class SliderRow(QWidget):
    """One dimension: z_j = axis.centre + axis.scale · (slider position in σ)."""

    moved = Signal(int, float)  # j, z_j
    reset_requested = Signal(int)

    def __init__(self, j: int, axis: SliderAxis, tip: str, symbol: str = "z") -> None:
        super().__init__()
        self.j = j
        self.axis = axis
        self.tip = tip
        self.active = axis.active
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 1, 0, 1)
        lay.setHorizontalSpacing(4)
        lay.setVerticalSpacing(0)
        name = QLabel(f"{symbol}<sub>{j}</sub>")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setFixedWidth(28)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setPageStep(SLIDER_STEPS // 2)
        self.slider.setSingleStep(5)
        self.value = QLabel("+0.00")
        self.value.setFixedWidth(44)
        self.reset = QPushButton("0")
        self.reset.setFixedWidth(26)
        self.reset.setToolTip(self.tr("reset {symbol}{j} to {centre:+.2f}").format(symbol=symbol, j=j, centre=axis.centre) + (
            self.tr(" (the prior mean)") if "prior" in axis.unit else
            self.tr(" (the mean of the training codes)") if axis.unit else ""))
        self.hist = QLabel()
        self.hist.setToolTip(tip)
        self.slider.setToolTip(tip)
        lay.addWidget(name, 0, 0, 2, 1)
        lay.addWidget(self.slider, 0, 1)
        lay.addWidget(self.value, 0, 2)
        lay.addWidget(self.reset, 0, 3)
        lay.addWidget(self.hist, 1, 1)
        tag = QLabel("" if self.active else "<i>inactive</i>")
        tag.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(tag, 1, 2, 1, 2)
        if not self.active:
            name.setStyleSheet("color: #999")
        self.set_axis(axis)
        self.slider.valueChanged.connect(
            lambda v: self.moved.emit(self.j, self.axis.to_z(v / SLIDER_STEPS)))
        self.reset.clicked.connect(lambda: self.reset_requested.emit(self.j))

    def set_axis(self, axis: SliderAxis) -> None:
        self.axis = axis
        n = int(round(axis.lim * SLIDER_STEPS))
        with QSignalBlocker(self.slider):
            self.slider.setRange(-n, n)
        lo, hi = axis.z_range
        self.slider.setToolTip(self.tr("{tip}; slider: {lo:+.2f} … {hi:+.2f}").format(tip=self.tip, lo=lo, hi=hi)
                               + (f" (±{axis.lim:g} {axis.unit})" if axis.unit else ""))

    def set_histogram(self, counts, edges: tuple[float, float], prior: bool) -> None:
        self.hist.setPixmap(_histogram_pixmap(counts, edges, self.axis.z_range, prior,
                                              active=self.active))

    def show_value(self, v: float) -> None:
        u = np.clip(self.axis.to_u(v), -self.axis.lim, self.axis.lim)
        with QSignalBlocker(self.slider):
            self.slider.setValue(int(round(u * SLIDER_STEPS)))
        self.value.setText(f"{v:+.2f}")
