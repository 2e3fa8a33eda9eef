"""The density canvas: a pyqtgraph plot of log p_model with p_data and samples on top.

Items are created once and fed new arrays (``setImage`` / ``setData``); the canvas has no
state of its own beyond what it draws.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from explorer.services.contours import contour_segments
from explorer.services.density import GridResult, display_levels
from explorer.views.layout import RowLegend

DATA_BRUSH = (25, 25, 25, 190)
SAMPLE_BRUSH = (255, 110, 0, 220)
CATEGORY_COLOURS = ((220, 30, 30), (170, 60, 230), (20, 200, 90))  # off-support, memorised, plausible
CLASS_COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
                 (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]
CONTOUR_STEPS_NATS = (1.0, 3.0, 5.0, 7.0)


class DrawViewBox(pg.ViewBox):
    """A ViewBox that, in draw mode, turns left-button clicks and drags into brush strokes
    (``stroke(x, y, finished)``) instead of panning."""

    stroke = Signal(float, float, bool)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.draw_mode = False

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802 (Qt naming)
        if self.draw_mode and ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            p = self.mapSceneToView(ev.scenePos())
            self.stroke.emit(p.x(), p.y(), ev.isFinish())
            return
        super().mouseDragEvent(ev, axis)

    def mouseClickEvent(self, ev):  # noqa: N802
        if self.draw_mode and ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            p = self.mapSceneToView(ev.scenePos())
            self.stroke.emit(p.x(), p.y(), True)
            return
        super().mouseClickEvent(ev)


@functools.lru_cache(maxsize=1)
def coastline() -> tuple[np.ndarray, np.ndarray]:
    """Coastlines of the shipped land mask as one NaN-separated polyline (lon, lat)."""
    from pyqtgraph.functions import isocurve

    from training.data.cities import land_mask

    mask, res = land_mask()
    step = 2  # 0.5° is plenty for an outline
    m = mask[::step, ::step].astype(np.float32)
    xs, ys = [], []
    for line in isocurve(m, 0.5, connected=True):
        arr = np.asarray(line, dtype=np.float64)
        # isocurve gives (row, col) positions on the array: rows run north → south
        lat = 90 - arr[:, 0] * res * step - res * step / 2
        lon = -180 + arr[:, 1] * res * step + res * step / 2
        xs += [lon, [np.nan]]
        ys += [lat, [np.nan]]
    return np.concatenate(xs), np.concatenate(ys)


#: pixels of a vertical axis: room for tick labels such as −100 and −12.5 and the axis label
AXIS_WIDTH = 58


class DensityCanvas(pg.PlotWidget):
    """Heatmap of log p_model, contours, the land (for the map), p_data and samples."""

    def __init__(self, parent=None) -> None:
        self.vb = DrawViewBox()
        super().__init__(parent=parent, background="w", viewBox=self.vb)
        plot = self.plot_item = self.getPlotItem()
        plot.setAspectLocked(True)
        plot.setLabel("bottom", "x₁")
        plot.setLabel("left", "x₂")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False,
                                        label=self.tr("log p_model(x)  [nats]"), width=14)
        self.colorbar.setImageItem(self.image, insert_in=plot)
        # axes of a fixed width: pyqtgraph widens an axis for the longest tick label it has
        # ever shown and never narrows it, so the plot's size (and, aspect locked, its
        # range) would depend on what was shown before (a reopened session would differ)
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        for side in ("left", "right"):
            axis = self.colorbar.getAxis(side)
            if axis is not None and axis.isVisible():
                axis.setWidth(AXIS_WIDTH)
        self.contours = []
        for _ in CONTOUR_STEPS_NATS:
            # segments from explorer.services.contours, in the image's pixel coordinates
            c = pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 150), width=1), connect="pairs")
            c.setParentItem(self.image)
            c.setVisible(False)
            self.contours.append(c)
        self.coast = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 220), width=1.2), connect="finite")
        self.coast.setZValue(-5)
        self.coast.setVisible(False)
        plot.addItem(self.coast)
        # the legend is a row under the plot, never over the data
        self.legend = RowLegend(plot)
        self.data_scatter = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(*DATA_BRUSH),
                                               name=self.tr("p_data: training points"))
        self.sample_scatter = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(*SAMPLE_BRUSH),
                                                 symbol="x", name=self.tr("samples from p_model"))
        self.category_items = [
            pg.ScatterPlotItem(size=7, pen=None, brush=pg.mkBrush(*c, 230), symbol="x",
                               name=self.tr("sample: {n}").format(n=n))
            for c, n in zip(CATEGORY_COLOURS, (self.tr("off-support (A)"), self.tr("memorised (B)"), self.tr("plausible (C)")))
        ]
        self.brush_ring = pg.ScatterPlotItem(size=10, pen=pg.mkPen((200, 0, 0), width=1.5),
                                             brush=None, pxMode=False)
        for item in (self.data_scatter, self.sample_scatter, *self.category_items):
            item.setZValue(5)
            plot.addItem(item)
        self.levels = (-1.0, 0.0)
        self.grid: GridResult | None = None
        self.show_contours = False

    # ---------------------------------------------------------------- content
    def set_grid(self, grid: GridResult | None) -> None:
        """Show log p on the grid; ``None`` clears the heatmap."""
        self.grid = grid
        if grid is None:
            self.image.clear()
            for c in self.contours:
                c.setVisible(False)
            return
        lo, hi = display_levels(grid.logp)
        self.levels = (lo, hi)
        img = np.where(np.isfinite(grid.logp), grid.logp, lo - 1).astype(np.float32)
        b = grid.bounds
        self.image.setImage(img, autoLevels=False, levels=(lo, hi))
        self.image.setRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)
        self.colorbar.setLevels((lo, hi))
        self._update_contours(img)

    def _update_contours(self, img: np.ndarray) -> None:
        for c, step in zip(self.contours, CONTOUR_STEPS_NATS):
            c.setVisible(self.show_contours)
            if self.show_contours:
                xs, ys = contour_segments(img, self.levels[1] - step)
                c.setData(xs, ys)

    def set_value_label(self, tractable: bool) -> None:
        """Name what the heatmap shows: log p_model, or (for a model without a tractable
        likelihood, or one too slow for the grid: a DDPM) a density estimate of its samples."""
        text = (self.tr("log p_model(x)  [nats]") if tractable
                else self.tr("log KDE of its samples  [nats]"))
        self.colorbar.getAxis("left").setLabel(text)  # the vertical bar's label side

    def set_contours(self, on: bool) -> None:
        self.show_contours = on
        if self.image.image is not None:
            self._update_contours(self.image.image)
        else:
            for c in self.contours:
                c.setVisible(False)

    def set_map(self, is_map: bool) -> None:
        self.coast.setVisible(is_map)
        if is_map:
            self.coast.setData(*coastline())
        self.plot_item.setLabel("bottom", self.tr("longitude  [°]") if is_map else "x₁")
        self.plot_item.setLabel("left", self.tr("latitude  [°]") if is_map else "x₂")

    def set_data_points(self, x: np.ndarray, labels: np.ndarray | None = None) -> None:
        if labels is None or len(x) == 0:
            self.data_scatter.setData(x[:, 0], x[:, 1], brush=pg.mkBrush(*DATA_BRUSH))
        else:
            brushes = [pg.mkBrush(*CLASS_COLOURS[int(i) % len(CLASS_COLOURS)], 200) for i in labels]
            self.data_scatter.setData(x[:, 0], x[:, 1], brush=brushes)

    def set_samples(self, samples: np.ndarray | None, category: np.ndarray | None = None,
                    by_category: bool = False) -> None:
        empty = ([], [])
        if samples is None:
            self.sample_scatter.setData(*empty)
            for item in self.category_items:
                item.setData(*empty)
            return
        self._legend_for(by_category and category is not None)
        if by_category and category is not None:
            self.sample_scatter.setData(*empty)
            for i, item in enumerate(self.category_items):
                sel = samples[category == i]
                item.setData(sel[:, 0], sel[:, 1])
        else:
            for item in self.category_items:
                item.setData(*empty)
            self.sample_scatter.setData(samples[:, 0], samples[:, 1])

    def _legend_for(self, by_category: bool) -> None:
        self.legend.clear()
        self.legend.addItem(self.data_scatter, self.data_scatter.name())
        for item in (self.category_items if by_category else [self.sample_scatter]):
            self.legend.addItem(item, item.name())

    def view_bounds(self):
        from explorer.services.density import Bounds

        (x0, x1), (y0, y1) = self.vb.viewRange()
        return Bounds(x0, x1, y0, y1)

    def value_at(self, x: float, y: float) -> float | None:
        """log p_model at (x, y) from the current grid (nearest cell), if inside it."""
        g = self.grid
        if g is None:
            return None
        b = g.bounds
        res_y, res_x = g.logp.shape
        j = int((x - b.x0) / (b.x1 - b.x0) * res_x)
        i = int((y - b.y0) / (b.y1 - b.y0) * res_y)
        if 0 <= i < res_y and 0 <= j < res_x:
            return float(g.logp[i, j])
        return None

    def map_to_view(self, pos) -> QPointF:
        return self.vb.mapSceneToView(pos)
