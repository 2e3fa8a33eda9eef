"""Paint which pixels of a test digit a step sampler keeps (completion / clamped sampling).

A model that can complete an image from any known region says so with ``paint_option =
(option name, value)`` — the PixelCNN's ``start`` = "painted region of a test digit",
the RBM's ``clamp`` = "painted" — and accepts ``mask`` (H·W truthy values) in
``iter_steps``. While that option is chosen the step-through view shows this panel: the
test digit, the kept region tinted, a brush (left drag paints, right drag or Erase erases)
and presets. Each finished stroke emits :attr:`MaskPainter.changed` once (a new run), not
every mouse move.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
)

#: the tint of kept pixels (RGB) and how strongly it is mixed in
KEPT_TINT = np.array([255.0, 140.0, 0.0])
TINT = 0.55


class _PaintItem(pg.ImageItem):
    """The picture; mouse presses and drags on it go to the painter, never to the view box."""

    def __init__(self, painter: "MaskPainter") -> None:
        super().__init__(axisOrder="row-major")
        self.painter = painter

    def _paint(self, ev, last: bool) -> None:
        """Left button paints, right erases; ``last``: the stroke ends with this event."""
        if ev.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            ev.ignore()
            return
        ev.accept()
        erase = ev.button() == Qt.MouseButton.RightButton
        self.painter.paint_at(ev.pos().x(), ev.pos().y(), erase)
        if last:
            self.painter.finish_stroke()

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        self._paint(ev, True)

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        self._paint(ev, ev.isFinish())


class MaskPainter(QGroupBox):
    """The kept region ``mask`` [H, W] bool over a ``background`` digit [H, W] in [0, 1].

    Signals
    -------
    changed()
        A stroke or a preset changed the mask (emitted once per stroke).
    """

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Pixels kept (paint them)"), parent)
        self.mask = np.zeros((28, 28), bool)
        self.mask[:14] = True
        self.background = np.zeros((28, 28), np.float32)
        self._dirty = False
        self._last: tuple[float, float] | None = None  # the stroke's previous position
        lay = QGridLayout(self)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setFixedHeight(170)
        self.vb = self.view.addViewBox(lockAspect=True, invertY=True, enableMouse=False,
                                       enableMenu=False)
        self.item = _PaintItem(self)
        self.vb.addItem(self.item)
        lay.addWidget(self.view, 0, 0, 1, 4)
        self.brush = QSpinBox(minimum=0, maximum=6, value=1)
        self.brush.setToolTip(self.tr("brush radius in pixels (0: one pixel)"))
        self.erase = QCheckBox(self.tr("Erase"))
        self.erase.setToolTip(self.tr("left drag erases instead of painting (right drag always erases)"))
        brush_row = QHBoxLayout()
        brush_row.addWidget(QLabel(self.tr("brush")))
        brush_row.addWidget(self.brush)
        brush_row.addWidget(self.erase)
        brush_row.addStretch(1)
        lay.addLayout(brush_row, 1, 0, 1, 4)
        self.presets: dict[str, QPushButton] = {}
        for i, (name, tip) in enumerate((
                (self.tr("Top"), self.tr("keep the top half")), (self.tr("Left"), self.tr("keep the left half")),
                (self.tr("Clear"), self.tr("keep nothing (sample every pixel)")),
                (self.tr("Invert"), self.tr("keep what is free and free what is kept")))):
            b = QPushButton(name)
            b.setToolTip(tip)
            b.clicked.connect(lambda _=False, n=name: self.preset(n))
            self.presets[name] = b
            lay.addWidget(b, 2, i)
        self.count = QLabel("")
        self.count.setWordWrap(True)
        lay.addWidget(self.count, 3, 0, 1, 4)
        self._draw()

    # ------------------------------------------------------------------ data
    def set_shape(self, shape: tuple[int, int]) -> None:
        """A model of another image size: the mask starts again at its top half."""
        shape = (int(shape[0]), int(shape[1]))
        if self.mask.shape != shape:
            self.mask = np.zeros(shape, bool)
            self.mask[: shape[0] // 2] = True
            self.background = np.zeros(shape, np.float32)
            self._draw()

    def set_background(self, image: np.ndarray | None) -> None:
        img = np.zeros(self.mask.shape, np.float32) if image is None else \
            np.clip(np.asarray(image, np.float32).reshape(self.mask.shape), 0, 1)
        self.background = img
        self._draw()

    def flat(self) -> tuple[bool, ...]:
        """The mask as a hashable tuple of H·W bools (what a step request carries)."""
        return tuple(bool(v) for v in self.mask.reshape(-1))

    # ------------------------------------------------------------------ editing
    def paint_at(self, x: float, y: float, erase: bool = False) -> None:
        """Paint (or erase) the brush's disc around image position (x = column, y = row),
        and along the segment from the stroke's previous position: mouse moves arrive
        rate-limited, and a fast stroke must not leave gaps."""
        h, w = self.mask.shape
        r = self.brush.value()
        x0, y0 = self._last if self._last is not None else (x, y)
        self._last = (x, y)
        n = max(1, int(np.ceil(2 * np.hypot(x - x0, y - y0))))  # every half pixel
        t = np.linspace(0.0, 1.0, n + 1)
        cx = np.floor(x0 + t * (x - x0)).astype(int)[:, None, None]
        cy = np.floor(y0 + t * (y - y0)).astype(int)[:, None, None]
        rows, cols = np.ogrid[:h, :w]
        disc = ((rows[None] - cy) ** 2 + (cols[None] - cx) ** 2 <= r * r).any(axis=0)
        if not disc.any():
            return
        value = not (erase or self.erase.isChecked())
        if np.all(self.mask[disc] == value):
            return
        self.mask[disc] = value
        self._dirty = True
        self._draw()

    def finish_stroke(self) -> None:
        self._last = None
        if self._dirty:
            self._dirty = False
            self.changed.emit()

    def preset(self, name: str) -> None:
        h, w = self.mask.shape
        if name == "Top":
            self.mask[:] = False
            self.mask[: h // 2] = True
        elif name == "Left":
            self.mask[:] = False
            self.mask[:, : w // 2] = True
        elif name == "Clear":
            self.mask[:] = False
        elif name == "Invert":
            self.mask = ~self.mask
        else:
            raise ValueError(self.tr("unknown preset {name!r}").format(name=name))
        self._draw()
        self.changed.emit()

    # ------------------------------------------------------------------ drawing
    def _draw(self) -> None:
        grey = (1.0 - self.background)[..., None] * 255.0  # ink dark on white
        rgb = np.repeat(grey, 3, axis=2)
        m = self.mask
        rgb[m] = (1 - TINT) * rgb[m] + TINT * KEPT_TINT
        self.item.setImage(rgb.astype(np.uint8), autoLevels=False, levels=(0, 255))
        kept = int(m.sum())
        self.count.setText(self.tr("{kept} of {size} pixels kept; the sampler draws the other "
                           "{kept2}").format(kept=kept, size=m.size, kept2=m.size - kept))
