"""Density view: p_data points against a fitted p_model's log-density heatmap."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from explorer.services.density import Bounds, GridResult, display_levels, evaluate_grid
from explorer.services.worker import LatestWorker
from explorer.state import LoadedModel, ModelSlot
from explorer.views.empty import EmptyState

DATA_COLOR = (20, 20, 20, 170)
SAMPLE_COLOR = (255, 120, 0, 200)
N_SHOWN = 1000


def _metric_text(name: str, value: object) -> str:
    if isinstance(value, str):  # "inf" kept as text in JSON
        return "∞" if value == "inf" else value
    if isinstance(value, float):
        return "∞" if math.isinf(value) else f"{value:.4g}"
    return str(value)


def _metric_label(name: str) -> str:
    """``test_nll_nats`` → ``test NLL (nats)``."""
    units = {"nats": "nats", "s": "s", "ms": "ms"}
    parts = name.split("_")
    unit = units.get(parts[-1]) if len(parts) > 1 else None
    if unit:
        parts = parts[:-1]
    words = " ".join(p.upper() if p in ("nll", "kl") else p for p in parts)
    return f"{words} ({unit})" if unit else words


class DensityView(QWidget):
    """Shows the model in ``slot``: heatmap of log p_model, p_data and p_model samples."""

    def __init__(self, slot: ModelSlot, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.worker = LatestWorker("density-grid", sync=sync, parent=self)
        self._busy = False
        self._closed = False
        self.worker.busy_changed.connect(self._set_busy)
        self.grid: GridResult | None = None
        self.data_points: np.ndarray | None = None
        self.samples: np.ndarray | None = None
        # Re-evaluate the heatmap over whatever is visible after pan/zoom (debounced).
        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(120)
        self._range_timer.timeout.connect(self._evaluate_visible)

        self.empty = EmptyState(
            "No density model loaded yet",
            "This view draws p<sub>data</sub> (the training points) over the log-density of a "
            "fitted p<sub>model</sub>, with samples drawn from the model.<br><br>"
            "Use <b>File → Open model…</b> (Ctrl+O) and pick a folder in <code>trained/</code> "
            "whose card says <code>\"kind\": \"density\"</code>, or make one with "
            "<code>python -m training density --family gaussian --data moons</code>.",
        )
        self.content = QWidget()
        self._build_content()
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        slot.changed.connect(self._on_model)

    # ---------------------------------------------------------------- layout
    def _build_content(self) -> None:
        self.plot_widget = pg.PlotWidget(background="w")
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setAspectLocked(True)
        plot.setLabel("bottom", "x₁")
        plot.setLabel("left", "x₂")
        plot.showGrid(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(
            colorMap=pg.colormap.get("viridis"), label="log p_model(x)  [nats]",
            interactive=False, width=14,
        )
        self.colorbar.setImageItem(self.image, insert_in=plot)
        self.data_scatter = pg.ScatterPlotItem(
            size=4, pen=None, brush=pg.mkBrush(*DATA_COLOR), name="p_data (training points)"
        )
        self.sample_scatter = pg.ScatterPlotItem(
            size=5, pen=None, brush=pg.mkBrush(*SAMPLE_COLOR), symbol="x",
            name="samples from p_model",
        )
        self.legend = plot.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 210))
        plot.addItem(self.data_scatter)
        plot.addItem(self.sample_scatter)
        plot.getViewBox().sigRangeChanged.connect(self._on_range_changed)

        side = QWidget()
        side_lay = QVBoxLayout(side)
        self.model_box = QGroupBox("Model")
        self.model_form = QFormLayout(self.model_box)
        self.metrics_box = QGroupBox("Scores (from the model card)")
        self.metrics_form = QFormLayout(self.metrics_box)
        show_box = QGroupBox("Show")
        show_lay = QVBoxLayout(show_box)
        self.show_data = QCheckBox("p_data: training points")
        self.show_samples = QCheckBox("samples from p_model")
        for cb in (self.show_data, self.show_samples):
            cb.setChecked(True)
            show_lay.addWidget(cb)
        self.show_data.toggled.connect(self.data_scatter.setVisible)
        self.show_samples.toggled.connect(self.sample_scatter.setVisible)
        self.status = QLabel()
        self.status.setWordWrap(True)
        side_lay.addWidget(self.model_box)
        side_lay.addWidget(self.metrics_box)
        side_lay.addWidget(show_box)
        side_lay.addWidget(self.status)
        side_lay.addStretch(1)

        lay = QHBoxLayout(self.content)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.plot_widget, 1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(310)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(scroll)

    # ---------------------------------------------------------------- state → view
    def _on_model(self, loaded: LoadedModel | None) -> None:
        self.worker.cancel()
        if loaded is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        self._fill_side_panel(loaded)
        model = loaded.model
        self.data_points = self._data_for(loaded)
        self.samples = model.sample(N_SHOWN, seed=0)
        ref = self.data_points if self.data_points is not None else self.samples
        bounds = Bounds.around(ref)
        self.data_scatter.setData(*(self.data_points.T if self.data_points is not None else ([], [])))
        self.sample_scatter.setData(*self.samples.T)
        self.plot.setRange(xRange=(bounds.x0, bounds.x1), yRange=(bounds.y0, bounds.y1), padding=0)
        self._evaluate_visible()

    def _on_range_changed(self, *_: object) -> None:
        if not self._closed:
            self._range_timer.start()

    def _evaluate_visible(self) -> None:
        """Evaluate log p over the visible rectangle (off the GUI thread; latest wins)."""
        self._range_timer.stop()
        loaded = self.slot.current
        if loaded is None:
            return
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        bounds = Bounds(x0, x1, y0, y1)
        model = loaded.model
        self.status.setText("Evaluating log p on a 256×256 grid…")
        self.worker.submit(lambda: evaluate_grid(model, bounds, 256), self._on_grid, self._on_grid_error)

    def _data_for(self, loaded: LoadedModel) -> np.ndarray | None:
        from training.data import get_source

        data = loaded.card["data"]
        try:
            source = get_source(data["name"])
        except KeyError:
            return None
        x, _ = source.sample(min(int(data.get("n_train", N_SHOWN)), N_SHOWN),
                             seed=int(data.get("train_seed", 0)))
        return x

    def _fill_side_panel(self, loaded: LoadedModel) -> None:
        card = loaded.card
        for form in (self.model_form, self.metrics_form):
            while form.rowCount():
                form.removeRow(0)
        self.model_form.addRow("family:", QLabel(card.get("family", card["class"])))
        self.model_form.addRow("data:", QLabel(card["data"]["name"]))
        self.model_form.addRow("folder:", QLabel(loaded.path.name))
        self.model_form.addRow("parameters:", QLabel(str(loaded.model.n_params)))
        for name, value in card["metrics"].items():
            self.metrics_form.addRow(_metric_label(name) + ":", QLabel(_metric_text(name, value)))

    def _on_grid(self, grid: GridResult) -> None:
        self.grid = grid
        lo, hi = display_levels(grid.logp)
        img = np.where(np.isfinite(grid.logp), grid.logp, lo).astype(np.float32)
        b = grid.bounds
        self.image.setImage(img, autoLevels=False, levels=(lo, hi))
        self.image.setRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)
        self.colorbar.setLevels((lo, hi))
        self.status.setText(
            "Heatmap: log p_model on a 256×256 grid; colours span the top 10 nats. "
            "Black dots: p_data. Orange crosses: samples from p_model."
        )

    def _on_grid_error(self, error: Exception) -> None:
        self.status.setText(f"Could not evaluate the model on the grid: {error}")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy

    def is_busy(self) -> bool:
        return self._busy or self._range_timer.isActive()

    def shutdown(self) -> None:
        self._closed = True
        self._range_timer.stop()
        self.worker.shutdown()
