"""The Latent tab: sliders over the latent dimensions, the decoded image, the latent map,
encoding, bookmarks with interpolation, and the traversal grid.

Decoding runs on the GUI thread on purpose: the shipped decoders are MLPs (≈0.1–0.3 ms for
one image, ≈2 ms for a 16×16 manifold grid, measured in ``benchmarks``), far below the
10 ms budget, so the image follows the slider at display rate with no queueing.
The test set (images to encode, codes for the map) is prepared in a worker
(:mod:`explorer.services.latent_data`), cached per model folder; the sliders and the image
work while it is prepared.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout,
    QInputDialog, QLabel, QListWidget, QPushButton, QRadioButton, QScrollArea, QSlider,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from explorer.state import ModelSlot
from explorer.services import latent_data
from explorer.services.worker import LatestWorker
from explorer.state.latent import LatentSpace, LatentState, SliderAxis, interpolate
from explorer.state.models import LoadedModel
from explorer.views.density_canvas import CLASS_COLOURS
from explorer.views.dialogs import open_warning
from explorer.views.imaging import ImagePanel, grid_cell, tile
from explorer.views.model_view import ModelView

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


class _SliderRow(QWidget):
    """One dimension: z_j = axis.centre + axis.scale · (slider position in σ)."""

    moved = Signal(int, float)  # j, z_j
    reset_requested = Signal(int)

    def __init__(self, j: int, axis: SliderAxis, tip: str) -> None:
        super().__init__()
        self.j = j
        self.axis = axis
        self.tip = tip
        self.active = axis.active
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 1, 0, 1)
        lay.setHorizontalSpacing(4)
        lay.setVerticalSpacing(0)
        name = QLabel(f"z<sub>{j}</sub>")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setFixedWidth(28)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setPageStep(SLIDER_STEPS // 2)
        self.slider.setSingleStep(5)
        self.value = QLabel("+0.00")
        self.value.setFixedWidth(44)
        self.reset = QPushButton("0")
        self.reset.setFixedWidth(26)
        self.reset.setToolTip(f"reset z{j} to {axis.centre:+.2f}" + (
            " (the prior mean)" if "prior" in axis.unit else
            " (the mean of the training codes)" if axis.unit else ""))
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
        self.slider.setToolTip(f"{self.tip}; slider: {lo:+.2f} … {hi:+.2f}"
                               + (f" (±{axis.lim:g} {axis.unit})" if axis.unit else ""))

    def set_histogram(self, counts, edges: tuple[float, float], prior: bool) -> None:
        self.hist.setPixmap(_histogram_pixmap(counts, edges, self.axis.z_range, prior,
                                              active=self.active))

    def show_value(self, v: float) -> None:
        u = np.clip(self.axis.to_u(v), -self.axis.lim, self.axis.lim)
        with QSignalBlocker(self.slider):
            self.slider.setValue(int(round(u * SLIDER_STEPS)))
        self.value.setText(f"{v:+.2f}")


class LatentView(ModelView):
    """The Latent tab; ``slot`` receives latent models opened from files."""

    SHIPPED = "latent-vae2-mnist5k"
    SHIPPED_LABEL = "Open the shipped MNIST VAE (d = 2)"
    EMPTY_TITLE = "No latent-variable model loaded"
    EMPTY_BODY = (
        "This view puts a slider on every latent dimension of a trained VAE, "
        "autoencoder or probabilistic PCA and redraws the decoded image as you drag, "
        "with a map of the encoded test set.<br><br>Use <b>File → Open model…</b> "
        "(Ctrl+O) and pick a folder whose card says <code>\"kind\": \"latent\"</code>.")

    def __init__(self, slot: ModelSlot, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(slot, parent)
        self.state = LatentState()
        self.compare_model = None
        self.rows: list[_SliderRow] = []
        self.message_box = None
        self._data: dict = {}  # the test set: x, y, classes, z (codes), note
        self._data_key: tuple[str, int] | None = None  # whose test set is shown / awaited
        self._data_pending = False
        self._data_error = ""
        self._test_sets = latent_data.TestSetCache()
        # the test set is read / rendered and encoded here, never on the GUI thread; the
        # user's own images (maybe a big folder) have their own so they never hold up others
        self.data_worker = LatestWorker("latent-test-set", sync=sync, parent=self)
        self.user_data_worker = LatestWorker("latent-user-data", sync=sync, parent=self)
        self._rng = np.random.default_rng()
        self._proj = (np.zeros((2, 0), np.float32), np.zeros(0, np.float32), ("", ""))
        self.play_timer = QTimer(self, interval=60)
        self.play_timer.timeout.connect(self._tick_interp)
        self.state.z_changed.connect(self._on_z)
        self.state.bookmarks_changed.connect(self._on_bookmarks)
        slot.changed.connect(self._on_model)

    # ================================================================== layout
    def _build_content(self, content: QWidget) -> None:

        # ---- sliders (left)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.model_combo = QComboBox()
        self.model_combo.setToolTip("shipped latent models")
        self.model_combo.activated.connect(self._on_model_combo)
        ll.addWidget(self.model_combo)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        ll.addWidget(self.model_label)
        buttons = QHBoxLayout()
        self.reset_all = QPushButton("Reset all")
        self.reset_all.setToolTip("z = 0, the prior mean")
        self.reset_all.clicked.connect(lambda: self.state.reset())
        self.random_button = QPushButton("Randomise")
        self.random_button.setToolTip("draw z ~ N(0, I): generation is sampling from the prior")
        self.random_button.clicked.connect(self.randomise)
        buttons.addWidget(self.reset_all)
        buttons.addWidget(self.random_button)
        ll.addLayout(buttons)
        self.train_button = QPushButton("Train a latent model…")
        self.train_button.setToolTip("run a recipe (VAE, AE, PCA; shipped data or your images) "
                                     "in a separate process and open the result")
        self.train_button.clicked.connect(self.train_requested)
        ll.addWidget(self.train_button)
        self.sliders_box = QWidget()
        self.sliders_layout = QVBoxLayout(self.sliders_box)
        self.sliders_layout.setContentsMargins(0, 0, 0, 0)
        self.sliders_layout.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidget(self.sliders_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        ll.addWidget(scroll, 1)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        ll.addWidget(self.warning)
        left.setFixedWidth(300)

        # ---- decoded image (centre)
        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        self.image = ImagePanel("decoded x = g(z)", min_size=110)
        self.compare_image = ImagePanel("second model, same z", min_size=110)
        row = QHBoxLayout()
        row.addWidget(self.image, 1)
        row.addWidget(self.compare_image, 1)
        cl.addLayout(row, 1)
        crow = QHBoxLayout()
        crow.addWidget(QLabel("compare with"))
        self.compare_combo = QComboBox()
        self.compare_combo.activated.connect(self._on_compare)
        crow.addWidget(self.compare_combo, 1)
        cl.addLayout(crow)

        # ---- latent map (right)
        mapw = QWidget()
        ml = QVBoxLayout(mapw)
        ml.setContentsMargins(0, 0, 0, 0)
        self.map = pg.PlotWidget(background="w")
        self.map.setAspectLocked(True)
        self.map.showGrid(x=True, y=True, alpha=0.2)
        self.map.setMinimumSize(160, 150)
        self.manifold_item = pg.ImageItem(axisOrder="row-major")
        self.manifold_item.setOpacity(0.9)
        self.manifold_item.setZValue(-10)
        self.map.addItem(self.manifold_item)
        self.scatter = pg.ScatterPlotItem(size=4, pen=None)
        self.map.addItem(self.scatter)
        self.target = pg.TargetItem(pos=(0, 0), size=16, movable=True,
                                    pen=pg.mkPen((0, 0, 0), width=2), brush=(255, 220, 0, 200))
        self.target.setZValue(10)
        self.target.sigPositionChanged.connect(self._on_target_moved)
        self.map.addItem(self.target)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        mrow = QHBoxLayout()
        mrow.addWidget(QLabel("map axes"))
        self.map_x = QComboBox()
        self.map_y = QComboBox()
        for c in (self.map_x, self.map_y):
            c.activated.connect(lambda _i: self._draw_map())
            mrow.addWidget(c)
        self.pca_check = QCheckBox("PCA of z")
        self.pca_check.setToolTip("show the test codes along their two principal directions "
                                  "(for d > 2); dragging the point moves z in that plane")
        self.pca_check.toggled.connect(lambda _c: self._draw_map())
        mrow.addWidget(self.pca_check)
        self.manifold_check = QCheckBox("manifold grid")
        self.manifold_check.setToolTip(f"decode a {MANIFOLD_N}×{MANIFOLD_N} grid of codes over "
                                       "the visible region (other dimensions fixed at z)")
        self.manifold_check.toggled.connect(lambda _c: self._draw_manifold())
        mrow.addWidget(self.manifold_check)
        ml.addLayout(mrow)
        ml.addWidget(self.map, 1)
        ml.addWidget(self.legend)
        self._manifold_timer = QTimer(self, singleShot=True, interval=60)
        self._manifold_timer.timeout.connect(self._draw_manifold)
        self.map.getViewBox().sigRangeChanged.connect(lambda *_: self._schedule_manifold())

        # ---- tools (bottom)
        self.tools = QTabWidget()
        self.tools.addTab(self._build_encode(), "Encode an image")
        self.tools.addTab(self._build_interp(), "Bookmarks and interpolation")
        self.tools.addTab(self._build_traversal(), "Traversal grid")
        self.tools.currentChanged.connect(lambda _i: self._refresh_tools())

        top = QHBoxLayout()
        top.addWidget(centre, 2)
        top.addWidget(mapw, 3)
        right = QVBoxLayout()
        right.addLayout(top, 3)
        right.addWidget(self.tools, 2)
        lay = QHBoxLayout(content)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(left)
        lay.addLayout(right, 1)

    def _build_encode(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        self.browser = ImagePanel("test images — click one to encode it", min_size=80)
        self.browser.clicked.connect(self._on_browser_click)
        side = QVBoxLayout()
        prow = QHBoxLayout()
        prow.addWidget(QLabel("page"))
        self.page_spin = QSpinBox(minimum=0, maximum=0)
        self.page_spin.valueChanged.connect(lambda _v: self._draw_browser())
        prow.addWidget(self.page_spin)
        side.addLayout(prow)
        self.open_image_button = QPushButton("Encode an image file…")
        self.open_image_button.clicked.connect(self.choose_image_file)
        side.addWidget(self.open_image_button)
        side.addStretch(1)
        self.original = ImagePanel("original x", min_size=60)
        self.recon = ImagePanel("reconstruction g(f(x))", min_size=60)
        self.recon_label = QLabel()
        self.recon_label.setWordWrap(True)
        lay.addWidget(self.browser, 3)
        lay.addLayout(side)
        col = QVBoxLayout()
        pair = QHBoxLayout()
        pair.addWidget(self.original)
        pair.addWidget(self.recon)
        col.addLayout(pair, 1)
        col.addWidget(self.recon_label)
        lay.addLayout(col, 2)
        return w

    def _build_interp(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        left = QVBoxLayout()
        self.bookmark_list = QListWidget()
        self.bookmark_list.setToolTip("double-click: jump to this z")
        self.bookmark_list.itemDoubleClicked.connect(
            lambda it: self.state.set_z(self.state.bookmarks[self.bookmark_list.row(it)][1], "bookmark"))
        left.addWidget(self.bookmark_list, 1)
        brow = QHBoxLayout()
        self.add_bookmark_button = QPushButton("Bookmark z…")
        self.add_bookmark_button.clicked.connect(self.ask_bookmark)
        self.remove_bookmark_button = QPushButton("Remove")
        self.remove_bookmark_button.clicked.connect(
            lambda: self.state.remove_bookmark(self.bookmark_list.currentRow()))
        brow.addWidget(self.add_bookmark_button)
        brow.addWidget(self.remove_bookmark_button)
        left.addLayout(brow)
        lay.addLayout(left, 1)
        right = QVBoxLayout()
        crow = QHBoxLayout()
        crow.addWidget(QLabel("from"))
        self.from_combo = QComboBox()
        crow.addWidget(self.from_combo, 1)
        crow.addWidget(QLabel("to"))
        self.to_combo = QComboBox()
        crow.addWidget(self.to_combo, 1)
        self.linear_radio = QRadioButton("linear")
        self.slerp_radio = QRadioButton("spherical")
        self.linear_radio.setChecked(True)
        crow.addWidget(self.linear_radio)
        crow.addWidget(self.slerp_radio)
        right.addLayout(crow)
        for c in (self.from_combo, self.to_combo):
            c.activated.connect(lambda _i: self._draw_strip())
        self.linear_radio.toggled.connect(lambda _c: self._draw_strip())
        self.strip = ImagePanel("path", min_size=60)
        right.addWidget(self.strip, 1)
        srow = QHBoxLayout()
        self.interp_play = QPushButton("▶ Play")
        self.interp_play.clicked.connect(self.toggle_interp_play)
        srow.addWidget(self.interp_play)
        self.interp_slider = QSlider(Qt.Orientation.Horizontal)
        self.interp_slider.setRange(0, 100)
        self.interp_slider.valueChanged.connect(self._on_interp_slider)
        srow.addWidget(self.interp_slider, 1)
        self.strip_png = QPushButton("Strip PNG…")
        self.strip_png.clicked.connect(self.choose_strip_png)
        self.strip_gif = QPushButton("GIF…")
        self.strip_gif.clicked.connect(self.choose_gif)
        srow.addWidget(self.strip_png)
        srow.addWidget(self.strip_gif)
        right.addLayout(srow)
        lay.addLayout(right, 3)
        return w

    def _build_traversal(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        self.traversal = ImagePanel("each row: one dimension swept over −3σ … +3σ, "
                                    "the others fixed at the current z", min_size=80)
        self.traversal_labels = QLabel()
        self.traversal_labels.setTextFormat(Qt.TextFormat.RichText)
        self.traversal_labels.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.traversal_labels.setMinimumWidth(170)
        lay.addWidget(self.traversal_labels)
        lay.addWidget(self.traversal, 1)
        return w

    # ================================================================== model
    def _shipped_models(self) -> list[tuple[Path, dict]]:
        return latent_data.shipped_latent_models()

    def _on_model_combo(self, i: int) -> None:
        path = self.model_combo.itemData(i)
        if path:
            self.open_path_requested.emit(path)

    def _on_model(self, loaded: LoadedModel | None) -> None:
        self._ensure_built()
        self.pause_interp()
        self._data, self._data_error = {}, ""
        if loaded is None:
            self._data_key, self._data_pending = None, False
            self.stack.setCurrentIndex(0)
            self.state.set_model(None)
            return
        model, card = loaded.model, loaded.card
        self.loaded = loaded
        self.stack.setCurrentIndex(1)
        shipped = self._shipped_models()
        self.model_combo.clear()
        found = False
        for p, c in shipped:
            self.model_combo.addItem(_short(c, p), str(p))
            if p.resolve() == loaded.path.resolve():
                self.model_combo.setCurrentIndex(self.model_combo.count() - 1)
                found = True
        if not found:
            self.model_combo.addItem(f"{loaded.path.name} (opened)", str(loaded.path))
            self.model_combo.setCurrentIndex(self.model_combo.count() - 1)
        m = card.get("metrics", {})
        figs = []
        if "test_elbo_nats" in m:
            figs.append(f"test ELBO {m['test_elbo_nats']:.1f} nats/image")
        if "test_log_likelihood_nats" in m:
            figs.append(f"test log-likelihood {m['test_log_likelihood_nats']:.1f} nats/image")
        if "test_mse" in m:
            figs.append(f"reconstruction MSE {m['test_mse']:.4f}")
        if "test_knn5_accuracy" in m:
            figs.append(f"5-NN accuracy in z {m['test_knn5_accuracy']:.1%}")
        self.model_label.setText(f"<b>{model.family}</b>, d = {model.latent_dim}, on "
                                 f"{card['data']['name']}<br><small>{' · '.join(figs)}</small>")
        stats = card.get("latent_stats") if isinstance(card.get("latent_stats"), dict) else None
        space = LatentSpace.from_card(int(model.latent_dim), str(model.family), stats)
        self._build_rows(space, stats)
        # map axes
        for c in (self.map_x, self.map_y):
            c.clear()
            for j in range(model.latent_dim):
                c.addItem(f"z{j}", j)
        order = sorted(space.by_activity()[:2])
        self.map_x.setCurrentIndex(int(order[0]))
        self.map_y.setCurrentIndex(int(order[-1]))
        with QSignalBlocker(self.pca_check):
            self.pca_check.setChecked(False)
        self.pca_check.setEnabled(False)  # until the test codes are there
        self._compare_choices(loaded, shipped)
        self.compare_model = None
        self.compare_image.setVisible(False)
        origin = "0, the prior mean" if space.has_prior else "the mean of the training codes"
        self.reset_all.setToolTip(f"z = {origin}")
        self.random_button.setToolTip(
            "draw z ~ N(0, I): generation is sampling from the prior" if space.has_prior else
            "draw z from a Gaussian fitted to the training codes (an autoencoder has no prior)")
        # z at the new model's reset point, its own bookmarks; drawn at once
        self.state.set_model(model, space, str(loaded.path.resolve()))
        self._request_test_set(loaded)
        self._draw_map()
        self._draw_browser()
        self._refresh_tools()

    def _build_rows(self, space: LatentSpace, stats: dict | None) -> None:
        for r in self.rows:
            r.setParent(None)
            r.deleteLater()
        self.rows = []
        while self.sliders_layout.count():
            it = self.sliders_layout.takeAt(0)
            if it.widget() is not None:
                it.widget().setParent(None)
        for j, axis in enumerate(space.axes):
            row = _SliderRow(j, axis, space.tooltip(j))
            row.moved.connect(lambda jj, v: self.state.set_component(jj, v, "slider"))
            row.reset_requested.connect(self.state.reset_component)
            if space.has_prior:  # the card's histogram is of z on the prior's scale
                try:
                    lim = float(stats["hist_edges"][1])
                    row.set_histogram(np.asarray(stats["hist"][j], np.float64), (-lim, lim), True)
                except (KeyError, IndexError, TypeError, ValueError):
                    pass
            self.rows.append(row)
            self.sliders_layout.addWidget(row)
        self.sliders_layout.addStretch(1)

    # ================================================================== test set
    def _request_test_set(self, loaded: LoadedModel) -> None:
        """The test set comes from the worker (cached per model folder); until then the
        view says it is being prepared, and the sliders and the image work already."""
        key = latent_data.cache_key(loaded.path)
        self._data_key = key
        hit = self._test_sets.get(key)
        if hit is not None:
            self._data_pending = False
            self._show_test_set(hit)
            return
        self._data_pending = True
        model, card = loaded.model, loaded.card
        user = isinstance(card.get("data"), dict) and bool(card["data"].get("path"))
        worker = self.user_data_worker if user else self.data_worker
        worker.submit(lambda: latent_data.prepare_test_set(model, card),
                      lambda ts: self._on_test_set(key, ts), lambda e: self._on_test_set(key, e))

    def _on_test_set(self, key, result) -> None:
        if isinstance(result, Exception) and not isinstance(result, latent_data.TestSetError):
            result = latent_data.TestSetError(
                f"an unexpected error ({type(result).__name__}: {result})")
        self._test_sets.put(key, result)
        if key != self._data_key or self.state.model is None:
            return  # another model is shown now: keep the result for when it comes back
        self._data_pending = False
        self._show_test_set(result)
        self._draw_map()
        self._draw_browser()

    def _show_test_set(self, result) -> None:
        if isinstance(result, latent_data.TestSetError):
            self._data, self._data_error = {}, str(result)
            return
        self._data, self._data_error = result.as_dict(), ""
        z = self._data["z"]
        # every code of the test set within reach of its slider
        self.state.set_space(self.state.space.covering(z))
        for j, (row, axis) in enumerate(zip(self.rows, self.state.space.axes)):
            row.set_axis(axis)
            row.show_value(float(self.state.z[j]))
            if not self.state.space.has_prior and len(z):
                lo, hi = axis.z_range
                row.set_histogram(latent_data.code_histogram(z[:, j], lo, hi), (lo, hi), False)
        self.pca_check.setEnabled(self.state.dim > 2 and len(z) > 2)

    def is_ready(self) -> bool:
        """A model is shown and its test set is there (or known to be unavailable)."""
        return self.state.model is not None and not self._data_pending

    def _compare_choices(self, loaded: LoadedModel, shipped: list[tuple[Path, dict]]) -> None:
        self.compare_combo.clear()
        self.compare_combo.addItem("none", None)
        model = loaded.model
        for p, c in shipped:
            if p.resolve() == loaded.path.resolve():
                continue
            cfg = c.get("config", {})
            if (cfg.get("latent_dim") == model.latent_dim
                    and tuple(cfg.get("image_shape", ())) == tuple(model.image_shape)):
                self.compare_combo.addItem(_short(c, p), str(p))

    def _on_compare(self, i: int) -> None:
        path = self.compare_combo.itemData(i)
        if not path:
            self.compare_model = None
            self.compare_image.setVisible(False)
            return
        import training

        try:
            self.compare_model = training.load(path)
        except training.ArtifactError as e:
            self._warn("Could not open the second model", str(e))
            return
        self.compare_image.set_title(f"{self.compare_model.family}, same z")
        self.compare_image.setVisible(True)
        self._on_z(self.state.z, "compare")

    # ================================================================== z
    def randomise(self) -> None:
        self.state.randomise(self._rng)

    def _on_z(self, z: np.ndarray, source: str) -> None:
        model = self.state.model
        if model is None or len(z) == 0:
            return
        for j, row in enumerate(self.rows):
            row.show_value(float(z[j]))
        img = model.decode(z[None])[0]
        self.image.show(img)
        if self.compare_model is not None:
            self.compare_image.show(self.compare_model.decode(z[None])[0])
        if source != "map":
            if self._proj[0].shape[1] != len(z):  # a new model: its map is drawn next
                self._proj = self._projection()
            a, c, _ = self._proj
            m = a @ (z - c)
            with QSignalBlocker(self.target):
                self.target.setPos(float(m[0]), float(m[1]))
        self._update_warning(z)
        if self.manifold_check.isChecked() and source != "map" and self.state.dim > 2:
            self._schedule_manifold()
        if self.tools.currentIndex() == 2:
            self._draw_traversal()

    def _update_warning(self, z: np.ndarray) -> None:
        msgs = self.state.space.warnings(z)
        self.warning.setText("⚠ <b>far outside the data</b>: " + "; ".join(msgs) + " — "
                             "the decoder has never been trained here." if msgs else "")

    # ================================================================== map
    def _map_dims(self) -> tuple[int, int]:
        jx = self.map_x.currentData()
        jy = self.map_y.currentData()
        return (0 if jx is None else int(jx)), (0 if jy is None else int(jy))

    def _projection(self) -> tuple[np.ndarray, np.ndarray, tuple[str, str]]:
        """The map's linear view of z: map coordinates m = A (z − c), A with orthonormal
        rows — two coordinate axes, or the test codes' two principal directions."""
        d = self.state.dim
        z = self._data.get("z")
        if self.pca_check.isChecked() and z is not None and len(z) > 2 and d > 2:
            c = z.mean(0)
            _, sv, vt = np.linalg.svd(z - c, full_matrices=False)
            share = sv[:2] ** 2 / (sv**2).sum()
            return (vt[:2].astype(np.float32), c.astype(np.float32),
                    (f"PC 1 of z ({share[0]:.0%} of the variance)",
                     f"PC 2 of z ({share[1]:.0%})"))
        jx, jy = self._map_dims()
        a = np.zeros((2, d), np.float32)
        a[0, jx] = 1
        a[1, jy] = 1 if jy != jx else 0
        return a, np.zeros(d, np.float32), (f"z{jx}", f"z{jy}")

    def _draw_map(self) -> None:
        if self.state.model is None:
            return
        self._proj = self._projection()  # cached: slider moves must not redo the SVD
        a, c, labels = self._proj
        z = self._data.get("z")
        if z is not None and len(z):
            brushes = _class_brushes()
            m = (z - c) @ a.T
            self.scatter.setData(m[:, 0], m[:, 1],
                                 brush=[brushes[int(k) % len(brushes)] for k in self._data["y"]])
            chips = " ".join(
                f"<span style='color: rgb{CLASS_COLOURS[i % len(CLASS_COLOURS)]}'>●</span> {n}"
                for i, n in enumerate(self._data["classes"]))
            note = f" <i>({self._data['note']})</i>" if self._data.get("note") else ""
            self.legend.setText(f"test set encoded (posterior means, {len(z)} images): {chips}. "
                                f"Drag the yellow point.{note}")
        else:
            self.scatter.clear()
            self.legend.setText(
                f"<i>{PREPARING}</i> the sliders and the image work already." if self._data_pending
                else f"No test set to encode: {html.escape(self._data_error or 'none')}. "
                "Drag the yellow point or the sliders, or encode an image file.")
        (x0, x1), (y0, y1) = self.state.space.map_range(a, c, z)
        self.map.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.map.setLabel("bottom", labels[0])
        self.map.setLabel("left", labels[1])
        mz = a @ (self.state.z - c)
        with QSignalBlocker(self.target):
            self.target.setPos(float(mz[0]), float(mz[1]))
        self._draw_manifold()

    def _on_target_moved(self, *_a) -> None:
        if self.state.model is None:
            return
        p = self.target.pos()
        a, c, _ = self._proj
        z = self.state.z
        # move z within the map's plane only: z' = z + Aᵀ (m_new − A (z − c))
        delta = np.array([p.x(), p.y()], np.float32) - a @ (z - c)
        self.state.set_z(z + a.T @ delta, "map")

    def _schedule_manifold(self) -> None:
        if self.manifold_check.isChecked():
            self._manifold_timer.start()

    def _draw_manifold(self) -> None:
        model = self.state.model
        if model is None or not self.manifold_check.isChecked():
            self.manifold_item.clear()
            return
        (x0, x1), (y0, y1) = self.map.getViewBox().viewRange()
        a, c, _ = self._proj
        img, rect = manifold_grid(model, self.state.z, a, c, (x0, x1), (y0, y1))
        self.manifold_item.setImage(img, autoLevels=False, levels=(0, 1))
        self.manifold_item.setRect(*rect)

    # ================================================================== encode
    def _draw_browser(self) -> None:
        x = self._data.get("x")
        if x is None or not len(x):
            self.browser.show(None)
            self.page_spin.setMaximum(0)
            self.browser.caption.setText(PREPARING if self._data_pending else
                                         "no test images for this model; encode an image file")
            return
        self.browser.caption.setText("")
        per = 64
        self.page_spin.setMaximum((len(x) - 1) // per)
        start = self.page_spin.value() * per
        self.browser.show(tile(x[start:start + per], 8, fill=0.5))

    def _on_browser_click(self, px: float, py: float) -> None:
        x = self._data.get("x")
        if x is None or not len(x):
            return
        i = grid_cell(px, py, tuple(x.shape[1:]), min(64, len(x) - self.page_spin.value() * 64), 8)
        if i is not None:
            self.encode_image(x[self.page_spin.value() * 64 + i])

    def encode_image(self, img: np.ndarray) -> np.ndarray:
        """Encode one image (H, W) in [0, 1]: the sliders jump to its code."""
        model = self.state.model
        z = model.encode(img[None])[0]
        rec = model.decode(z[None])[0]
        self.original.show(img)
        self.recon.show(rec)
        mse = float(np.mean((rec - img) ** 2))
        self.recon_label.setText(f"reconstruction error (mean squared, per pixel): {mse:.4f}")
        self.state.set_z(z, "encode")
        return z

    def choose_image_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Encode an image", "",
                                              "Images (*.png *.jpg *.jpeg *.bmp *.gif)")
        if path:
            self.encode_file(path)

    def encode_file(self, path: str | Path) -> bool:
        from training.data.user_images import ImageDataError, load_image

        model = self.state.model
        try:
            img = load_image(path, tuple(model.image_shape))
        except ImageDataError as e:
            self._warn("Could not read the image", str(e))
            return False
        self.encode_image(img)
        return True

    # ================================================================== bookmarks
    def ask_bookmark(self) -> None:
        name, ok = QInputDialog.getText(self, "Bookmark z", "Name:",
                                        text=f"z{len(self.state.bookmarks) + 1}")
        if ok:
            self.state.add_bookmark(name.strip() or None)

    def _on_bookmarks(self) -> None:
        self.bookmark_list.clear()
        for c in (self.from_combo, self.to_combo):
            c.clear()
        for name, z in self.state.bookmarks:
            self.bookmark_list.addItem(f"{name}: [{', '.join(f'{v:+.2f}' for v in z[:4])}"
                                       f"{', …' if len(z) > 4 else ''}]")
            self.from_combo.addItem(name)
            self.to_combo.addItem(name)
        if len(self.state.bookmarks) >= 2:
            self.from_combo.setCurrentIndex(len(self.state.bookmarks) - 2)
            self.to_combo.setCurrentIndex(len(self.state.bookmarks) - 1)
        self._draw_strip()

    def _path(self, n: int) -> np.ndarray | None:
        b = self.state.bookmarks
        i, j = self.from_combo.currentIndex(), self.to_combo.currentIndex()
        if len(b) < 2 or i < 0 or j < 0:
            return None
        return interpolate(b[i][1], b[j][1], n, "slerp" if self.slerp_radio.isChecked() else "linear")

    def _draw_strip(self) -> None:
        zs = self._path(STRIP_N)
        if zs is None or self.state.model is None:
            self.strip.show(None)
            self.strip.caption.setText("bookmark at least two codes to interpolate between them")
            return
        self.strip.show(tile(self.state.model.decode(zs), STRIP_N, fill=0.5))
        self.strip.caption.setText(f"{self.from_combo.currentText()} → "
                                   f"{self.to_combo.currentText()} "
                                   f"({'spherical' if self.slerp_radio.isChecked() else 'linear'})")

    def _on_interp_slider(self, v: int) -> None:
        zs = self._path(101)
        if zs is not None:
            self.state.set_z(zs[v], "interp")

    def toggle_interp_play(self) -> None:
        if self.play_timer.isActive():
            self.pause_interp()
        elif self._path(2) is not None:
            if self.interp_slider.value() >= 100:
                self.interp_slider.setValue(0)
            self.interp_play.setText("⏸ Pause")
            self.play_timer.start()

    def pause_interp(self) -> None:
        self.play_timer.stop()
        if self._built:
            self.interp_play.setText("▶ Play")

    def _tick_interp(self) -> None:
        v = self.interp_slider.value() + 2
        self.interp_slider.setValue(min(v, 100))
        if v >= 100:
            self.pause_interp()

    # ================================================================== traversal
    def _refresh_tools(self) -> None:
        if self.tools.currentIndex() == 2:
            self._draw_traversal()

    def _draw_traversal(self) -> None:
        model = self.state.model
        if model is None:
            return
        img, n = traversal_grid(model, self.state.z, 11, axes=self.state.space.axes)
        self.traversal.show(img)
        factor_of = {}
        table = self.loaded.card.get("factor_correlation") if self.slot.current else None
        if table:
            for fname, row in table.items():
                j = row["best_dim"]
                if row["best_abs_corr"] > factor_of.get(j, ("", 0))[1]:
                    factor_of[j] = (fname, row["best_abs_corr"])
        kl = self.state.space.kl  # none for an autoencoder (its card's KL 0 means nothing)
        lines = []
        for j in range(n):
            s = f"z{j}"
            if kl is not None:
                s += f" · KL {kl[j]:.2f}"
            if j in factor_of:
                s += f" · <b>{factor_of[j][0]}</b> (|r| = {factor_of[j][1]:.2f})"
            lines.append(s)
        self.traversal_labels.setText("rows, top to bottom:<br>" + "<br>".join(lines))

    # ================================================================== export
    def choose_strip_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export interpolation strip", "strip.png",
                                              "PNG image (*.png)")
        if path:
            self.export_strip_png(path)

    def choose_gif(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export interpolation as GIF",
                                              "interpolation.gif", "GIF animation (*.gif)")
        if path:
            self.export_gif(path)

    def export_strip_png(self, path: str | Path) -> bool:
        zs = self._path(STRIP_N)
        if zs is None:
            self._warn("Nothing to export", "Bookmark at least two codes first.")
            return False
        from PIL import Image

        img = tile(self.state.model.decode(zs), STRIP_N, fill=1.0)
        try:
            Image.fromarray(_to_uint8(img, 4)).save(path)
        except (OSError, ValueError) as e:
            self._warn("Could not export", f"Could not write {path}: {e}")
            return False
        return True

    def export_gif(self, path: str | Path, frames: int = 40) -> bool:
        zs = self._path(frames)
        if zs is None:
            self._warn("Nothing to export", "Bookmark at least two codes first.")
            return False
        from PIL import Image

        imgs = [Image.fromarray(_to_uint8(x, 8)) for x in self.state.model.decode(zs)]
        imgs = imgs + imgs[::-1]  # there and back
        try:
            imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=50, loop=0,
                         format="GIF")
        except (OSError, ValueError) as e:
            self._warn("Could not export", f"Could not write {path}: {e}")
            return False
        return True

    def _warn(self, title: str, text: str) -> None:
        self.message_box = open_warning(self, title, text)

    # ================================================================== lifecycle
    def keyPressEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        if ev.key() == Qt.Key.Key_R and self.state.model is not None and self._built:
            self.randomise()
        elif ev.key() == Qt.Key.Key_0 and self.state.model is not None:
            self.state.reset()
        else:
            super().keyPressEvent(ev)

    def prepare_screenshot(self) -> None:
        """The README's screenshot: a test digit encoded, the manifold grid under the map."""
        x, y = self._data.get("x"), self._data.get("y")
        if self.state.model is None or x is None or not len(x):
            return
        idx = np.flatnonzero(y == 3)
        self.encode_image(x[int(idx[0]) if len(idx) else 0])
        self.manifold_check.setChecked(True)

    def is_busy(self) -> bool:
        return self._data_pending

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.pause_interp()
        self.data_worker.shutdown()
        self.user_data_worker.shutdown()
        self._data_pending = False
        if self._built:
            self._manifold_timer.stop()


def manifold_grid(model, z: np.ndarray, a: np.ndarray, c: np.ndarray, xr, yr,
                  n: int = MANIFOLD_N):
    """Decode an n×n grid of codes over the rectangle xr × yr of the map plane m = A (z − c)
    (the component of ``z`` off the plane kept). Returns (image, (x, y, w, h) in map units)."""
    xs = np.linspace(xr[0], xr[1], n + 1)
    ys = np.linspace(yr[0], yr[1], n + 1)
    cx, cy = (xs[:-1] + xs[1:]) / 2, (ys[:-1] + ys[1:]) / 2
    gx, gy = np.meshgrid(cx, cy)  # grid row r has y = cy[r], increasing
    z = np.asarray(z, np.float32)
    m = np.stack([gx.ravel(), gy.ravel()], 1).astype(np.float32)
    codes = z[None] + (m - a @ (z - c)) @ a
    imgs = model.decode(codes)[:, ::-1]  # the plot's y axis points up: flip each tile
    h, w = imgs.shape[1:]
    big = imgs.reshape(n, n, h, w).transpose(0, 2, 1, 3).reshape(n * h, n * w)
    return np.ascontiguousarray(big), (xr[0], yr[0], xr[1] - xr[0], yr[1] - yr[0])


def traversal_grid(model, z: np.ndarray, steps: int = 11, lim: float = 3.0,
                   axes: tuple[SliderAxis, ...] = ()):
    """Rows = dimensions, columns = z_j swept over −lim … +lim σ of the slider's unit
    (``axes``; prior σ around 0 without them), the others fixed at ``z``."""
    d = model.latent_dim
    vals = np.linspace(-lim, lim, steps, dtype=np.float32)
    codes = np.repeat(np.asarray(z, np.float32)[None], d * steps, 0)
    for j in range(d):
        ax = axes[j] if len(axes) == d else SliderAxis(0.0, 1.0, lim)
        codes[j * steps:(j + 1) * steps, j] = ax.centre + ax.scale * vals
    return tile(model.decode(codes), steps, fill=0.5), d


@functools.cache
def _class_brushes() -> list:
    """One brush per class colour, shared by every point (a brush per point makes
    pyqtgraph render a symbol per point: 10× slower for 2,000 codes)."""
    return [pg.mkBrush(*c, 150) for c in CLASS_COLOURS]


def _to_uint8(img: np.ndarray, scale: int) -> np.ndarray:
    g = (np.clip(np.nan_to_num(img, nan=1.0), 0, 1) * 255).astype(np.uint8)
    return np.kron(g, np.ones((scale, scale), np.uint8))


def _short(card: dict, path: Path) -> str:
    cfg = card.get("config", {})
    return (f"{card.get('family', card['class'])} d={cfg.get('latent_dim', '?')} · "
            f"{card['data']['name']} ({path.name})")
