"""Image panels shared by the Latent and Diffusion views.

An :class:`ImagePanel` is a titled pyqtgraph view with one persistent ``ImageItem`` fed by
``show(array, levels)``; arrays are (H, W) in row-major order (row 0 at the top).
:func:`tile` lays a batch of images out as a grid with a one-pixel gutter.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def gray_lut() -> np.ndarray:
    return np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, 1)


def diverging_lut() -> np.ndarray:
    """Blue (negative) – white (0) – red (positive), 256 entries."""
    x = np.linspace(-1, 1, 256)[:, None]
    blue, white, red = np.array([33, 102, 172]), np.array([247, 247, 247]), np.array([178, 24, 43])
    lut = np.where(x < 0, white + (blue - white) * (-x), white + (red - white) * x)
    return lut.astype(np.uint8)


def tile(images: np.ndarray, ncols: int | None = None, pad: int = 1,
         fill: float = np.nan) -> np.ndarray:
    """Images (N, H, W) → one array (rows·(H+pad)−pad, cols·(W+pad)−pad); gutters = ``fill``."""
    n, h, w = images.shape
    ncols = ncols or int(np.ceil(np.sqrt(n)))
    nrows = int(np.ceil(n / ncols))
    out = np.full((nrows * (h + pad) - pad, ncols * (w + pad) - pad), fill, dtype=np.float32)
    for i in range(n):
        r, c = divmod(i, ncols)
        out[r * (h + pad): r * (h + pad) + h, c * (w + pad): c * (w + pad) + w] = images[i]
    return out


def grid_cell(x: float, y: float, shape: tuple[int, int], n: int, ncols: int,
              pad: int = 1) -> int | None:
    """Index of the tile under image coordinates (x = column, y = row), or None."""
    h, w = shape
    c, r = int(x // (w + pad)), int(y // (h + pad))
    if x < 0 or y < 0 or c >= ncols:
        return None
    i = r * ncols + c
    return i if 0 <= i < n else None


class _ClickViewBox(pg.ViewBox):
    clicked = Signal(float, float)

    def mouseClickEvent(self, ev):  # noqa: N802 (Qt naming)
        if ev.button() == Qt.MouseButton.LeftButton:
            p = self.mapSceneToView(ev.scenePos())
            self.clicked.emit(p.x(), p.y())
            ev.accept()
            return
        super().mouseClickEvent(ev)


class ImagePanel(QWidget):
    """A title, a caption and an image that keeps its aspect ratio.

    Signals
    -------
    clicked(x, y)
        Left click, in image pixel coordinates (x = column, y = row).
    """

    clicked = Signal(float, float)

    def __init__(self, title: str, lut: np.ndarray | None = None, levels=(0.0, 1.0),
                 min_size: int = 90, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.caption = QLabel("")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setMinimumSize(min_size, min_size)
        self.vb = _ClickViewBox(lockAspect=True, invertY=True, enableMouse=False,
                                enableMenu=False)
        self.view.addItem(self.vb)
        self.item = pg.ImageItem(axisOrder="row-major")
        self.item.setLookupTable(lut if lut is not None else gray_lut())
        self.vb.addItem(self.item)
        self.levels = levels
        self._shape: tuple[int, ...] | None = None
        self.vb.clicked.connect(self.clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.caption)

    def show(self, image: np.ndarray | None, levels=None) -> None:  # noqa: A003
        if image is None:
            self.item.clear()
            self._shape = None
            return
        img = np.ascontiguousarray(image, dtype=np.float32)
        self.item.setImage(img, autoLevels=False, levels=levels or self.levels)
        if img.shape != self._shape:
            self._shape = img.shape
            self.vb.setRange(xRange=(0, img.shape[1]), yRange=(0, img.shape[0]), padding=0.02)

    def image(self) -> np.ndarray | None:
        return self.item.image

    def set_title(self, text: str) -> None:
        self.title.setText(f"<b>{text}</b>")
