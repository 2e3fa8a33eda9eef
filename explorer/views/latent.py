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

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QHBoxLayout,
    QLabel, QListWidget, QPushButton, QRadioButton, QScrollArea, QSlider,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from explorer.state import ModelSlot
from explorer.services import latent_data
from explorer.services.worker import LatestWorker
from explorer.state.latent import LatentSpace, LatentState
from explorer.state.models import LoadedModel
from explorer.views.imaging import ImagePanel
from explorer.views.layout import side_scroll
from explorer.views.latent_parts import (
    BookmarksPanel, EncodePanel, LatentExport, LatentMap, TestSetPanel,
    TraversalPanel, short_name,
)
from explorer.views.latent_gan import SpaceSwitch, StyleMixPanel, can_mix_styles
from explorer.views.latent_invert import InvertPanel, can_invert
from explorer.views.latent_slider import SliderRow
from explorer.views.latent_session import LatentSession
from training.capabilities import can_encode
from explorer.views.model_view import ModelView

SLIDER_STEPS = 100  # slider units per σ (of the prior, or of the training codes)
MANIFOLD_N = 16
STRIP_N = 10
PREPARING = "preparing the test set…"


class LatentView(ModelView, TestSetPanel, LatentMap, EncodePanel, BookmarksPanel,
                 TraversalPanel, LatentExport, LatentSession):
    """The Latent tab; ``slot`` receives latent models opened from files."""

    SHIPPED = "latent-vae2-mnist5k"
    SHIPPED_LABEL = QT_TRANSLATE_NOOP("LatentView", "Open the shipped MNIST VAE (d = 2)")
    EMPTY_TITLE = QT_TRANSLATE_NOOP("LatentView", "No latent-variable model loaded")
    EMPTY_BODY = QT_TRANSLATE_NOOP("LatentView", 
        "This view puts a slider on every latent dimension of a trained VAE, "
        "autoencoder or probabilistic PCA and redraws the decoded image as you drag, "
        "with a map of the encoded test set.<br><br>Use <b>File → Open model…</b> "
        "(Ctrl+O) and pick a folder whose card says <code>\"kind\": \"latent\"</code>.")

    def __init__(self, slot: ModelSlot, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(slot, parent)
        self.state = LatentState()
        self.compare_model = None
        self.rows: list[SliderRow] = []
        self.message_box = None
        self._data: dict = {}  # the test set: x, y, classes, z (codes), note
        self._data_key: tuple[str, int] | None = None  # whose test set is shown / awaited
        self._sym = "z"  # the latent's letter in labels (w in a generator's W space)
        self._data_pending = False
        self._data_error = ""
        self._test_sets = latent_data.TestSetCache()
        # the test set is read / rendered and encoded here, never on the GUI thread; the
        # user's own images (maybe a big folder) have their own so they never hold up others
        self.data_worker = LatestWorker("latent-test-set", sync=sync, parent=self)
        self.user_data_worker = LatestWorker("latent-user-data", sync=sync, parent=self)
        # the traversal and manifold grids decode up to ~200 images (over a second for a
        # style generator on a slow CPU): each in a worker, the latest z wins
        self.traversal_worker = LatestWorker("latent-traversal", sync=sync, parent=self)
        self.manifold_worker = LatestWorker("latent-manifold", sync=sync, parent=self)
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
        self.model_combo.setToolTip(self.tr("shipped latent models"))
        self.model_combo.activated.connect(self._on_model_combo)
        ll.addWidget(self.model_combo)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        ll.addWidget(self.model_label)
        buttons = QHBoxLayout()
        self.reset_all = QPushButton(self.tr("Reset all"))
        self.reset_all.setToolTip(self.tr("z = 0, the prior mean"))
        self.reset_all.clicked.connect(lambda: self.state.reset())
        self.random_button = QPushButton(self.tr("Randomise"))
        self.random_button.setToolTip(self.tr("draw z ~ N(0, I): generation is sampling from the prior"))
        self.random_button.clicked.connect(self.randomise)
        buttons.addWidget(self.reset_all)
        buttons.addWidget(self.random_button)
        ll.addLayout(buttons)
        # the truncation trick, for a generator that offers it (a GAN)
        self.truncation_row = QWidget()
        trow = QHBoxLayout(self.truncation_row)
        trow.setContentsMargins(0, 0, 0, 0)
        trow.addWidget(QLabel(self.tr("truncation ψ")))
        self.truncation = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=150, value=100)
        self.truncation.setToolTip(self.tr("ψ < 1 pulls every code toward the prior's centre (the "
                                   "style generator: w toward the mean w̄): more typical, "
                                   "cleaner images, less variety; ψ = 0 is one average image"))
        self.truncation_label = QLabel("1.00")
        self.truncation.valueChanged.connect(self._on_truncation)
        trow.addWidget(self.truncation, 1)
        trow.addWidget(self.truncation_label)
        self.truncation_row.setVisible(False)
        ll.addWidget(self.truncation_row)
        self.space_switch = SpaceSwitch(self._on_model, self.state)
        ll.addWidget(self.space_switch)
        self.train_button = QPushButton(self.tr("Train a latent model…"))
        self.train_button.setToolTip(self.tr("run a recipe (VAE, AE, PCA; shipped data or your images) "
                                     "in a separate process and open the result"))
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
        self.image = ImagePanel(self.tr("decoded x = g(z)"), min_size=110)
        self.compare_image = ImagePanel(self.tr("second model, same z"), min_size=110)
        row = QHBoxLayout()
        row.addWidget(self.image, 1)
        row.addWidget(self.compare_image, 1)
        cl.addLayout(row, 1)
        crow = QHBoxLayout()
        crow.addWidget(QLabel(self.tr("compare with")))
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
        mrow.addWidget(QLabel(self.tr("map axes")))
        self.map_x = QComboBox()
        self.map_y = QComboBox()
        for c in (self.map_x, self.map_y):
            c.activated.connect(lambda _i: self._draw_map())
            mrow.addWidget(c)
        self.pca_check = QCheckBox(self.tr("PCA of z"))
        self.pca_check.setToolTip(self.tr("show the test codes along their two principal directions "
                                  "(for d > 2); dragging the point moves z in that plane"))
        self.pca_check.toggled.connect(lambda _c: self._draw_map())
        mrow.addWidget(self.pca_check)
        self.manifold_check = QCheckBox(self.tr("manifold grid"))
        self.manifold_check.setToolTip(self.tr("decode a {manifold_n}×{manifold_n} grid of codes over "
                                       "the visible region (other dimensions fixed at z)").format(manifold_n=MANIFOLD_N))
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
        self.tools.addTab(self._build_encode(), self.tr("Encode an image"))
        self.tools.addTab(self._build_interp(), self.tr("Bookmarks and interpolation"))
        self.tools.addTab(self._build_traversal(), self.tr("Traversal grid"))
        self.style_mix = StyleMixPanel()  # shown for models with per-layer styles
        self._mix_tab = self.tools.addTab(self.style_mix, self.tr("Style mixing"))
        self.tools.setTabVisible(self._mix_tab, False)
        self.invert_panel = InvertPanel(sync=self.data_worker.sync)  # a GAN: search z
        self._invert_tab = self.tools.addTab(self.invert_panel, self.tr("Invert an image"))
        self.tools.setTabVisible(self._invert_tab, False)
        self.invert_panel.z_found.connect(lambda z: self.state.set_z(z, "invert"))
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
        self.browser = ImagePanel(self.tr("test images — click one to encode it"), min_size=80)
        self.browser.clicked.connect(self._on_browser_click)
        side = QVBoxLayout()
        prow = QHBoxLayout()
        prow.addWidget(QLabel(self.tr("page")))
        self.page_spin = QSpinBox(minimum=0, maximum=0)
        self.page_spin.valueChanged.connect(lambda _v: self._draw_browser())
        prow.addWidget(self.page_spin)
        side.addLayout(prow)
        self.open_image_button = QPushButton(self.tr("Encode an image file…"))
        self.open_image_button.clicked.connect(self.choose_image_file)
        side.addWidget(self.open_image_button)
        side.addStretch(1)
        self.original = ImagePanel(self.tr("original x"), min_size=60)
        self.recon = ImagePanel(self.tr("reconstruction g(f(x))"), min_size=60)
        # two lines kept from the start: the first encoding must not shift the panels
        self.recon_label = QLabel(self.tr("reconstruction error: click a test image or encode a file"))
        self.recon_label.setWordWrap(True)
        self.recon_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2)
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
        self.bookmark_list.setToolTip(self.tr("double-click: jump to this z"))
        self.bookmark_list.itemDoubleClicked.connect(
            lambda it: self.state.set_z(self.state.bookmarks[self.bookmark_list.row(it)][1], "bookmark"))
        left.addWidget(self.bookmark_list, 1)
        brow = QHBoxLayout()
        self.add_bookmark_button = QPushButton(self.tr("Bookmark z…"))
        self.add_bookmark_button.clicked.connect(self.ask_bookmark)
        self.remove_bookmark_button = QPushButton(self.tr("Remove"))
        self.remove_bookmark_button.clicked.connect(
            lambda: self.state.remove_bookmark(self.bookmark_list.currentRow()))
        brow.addWidget(self.add_bookmark_button)
        brow.addWidget(self.remove_bookmark_button)
        left.addLayout(brow)
        lay.addLayout(left, 1)
        right = QVBoxLayout()
        crow = QHBoxLayout()
        crow.addWidget(QLabel(self.tr("from")))
        self.from_combo = QComboBox()
        crow.addWidget(self.from_combo, 1)
        crow.addWidget(QLabel(self.tr("to")))
        self.to_combo = QComboBox()
        crow.addWidget(self.to_combo, 1)
        self.linear_radio = QRadioButton(self.tr("linear"))
        self.slerp_radio = QRadioButton(self.tr("spherical"))
        self.linear_radio.setChecked(True)
        crow.addWidget(self.linear_radio)
        crow.addWidget(self.slerp_radio)
        right.addLayout(crow)
        for c in (self.from_combo, self.to_combo):
            c.activated.connect(lambda _i: self._draw_strip())
        self.linear_radio.toggled.connect(lambda _c: self._draw_strip())
        self.strip = ImagePanel(self.tr("path"), min_size=60)
        right.addWidget(self.strip, 1)
        srow = QHBoxLayout()
        self.interp_play = QPushButton(self.tr("▶ Play"))
        self.interp_play.clicked.connect(self.toggle_interp_play)
        srow.addWidget(self.interp_play)
        self.interp_slider = QSlider(Qt.Orientation.Horizontal)
        self.interp_slider.setRange(0, 100)
        self.interp_slider.valueChanged.connect(self._on_interp_slider)
        srow.addWidget(self.interp_slider, 1)
        self.strip_png = QPushButton(self.tr("Strip PNG…"))
        self.strip_png.clicked.connect(self.choose_strip_png)
        self.strip_gif = QPushButton(self.tr("GIF…"))
        self.strip_gif.clicked.connect(self.choose_gif)
        srow.addWidget(self.strip_png)
        srow.addWidget(self.strip_gif)
        right.addLayout(srow)
        lay.addLayout(right, 3)
        return w

    def _build_traversal(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        self.traversal = ImagePanel(self.tr("each row: one dimension swept over −3σ … +3σ, "
                                    "the others fixed at the current z"), min_size=80)
        self.traversal_labels = QLabel()
        self.traversal_labels.setTextFormat(Qt.TextFormat.RichText)
        self.traversal_labels.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.traversal_labels.setMinimumWidth(170)
        lay.addWidget(self.traversal_labels)
        lay.addWidget(self.traversal, 1)
        # never drawn below the decoder's own pixel size: d = 16 scrolls (_draw_traversal)
        return side_scroll(w, None)

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
            self.model_combo.addItem(short_name(c, p), str(p))
            if p.resolve() == loaded.path.resolve():
                self.model_combo.setCurrentIndex(self.model_combo.count() - 1)
                found = True
        if not found:
            self.model_combo.addItem(self.tr("{name} (opened)").format(name=loaded.path.name), str(loaded.path))
            self.model_combo.setCurrentIndex(self.model_combo.count() - 1)
        m = card.get("metrics", {})
        figs = []
        if "test_elbo_nats" in m:
            figs.append(self.tr("test ELBO {test_elbo_nats:.1f} nats/image").format(test_elbo_nats=m['test_elbo_nats']))
        if "test_log_likelihood_nats" in m:
            figs.append(self.tr("test log-likelihood {test_log_likelihood_nats:.1f} nats/image").format(test_log_likelihood_nats=m['test_log_likelihood_nats']))
        if "test_mse" in m:
            figs.append(self.tr("reconstruction MSE {test_mse:.4f}").format(test_mse=m['test_mse']))
        if "test_knn5_accuracy" in m:
            figs.append(self.tr("5-NN accuracy in z {test_knn5_accuracy:.1%}").format(test_knn5_accuracy=m['test_knn5_accuracy']))
        if "confident_share" in m and "test_mse" not in m:  # a generator's sample scores
            figs.append(self.tr("samples classified with ≥ 90 % confidence {confident_share:.0%}").format(confident_share=m['confident_share']))
        if "frechet_distance" in m:
            figs.append(self.tr("Fréchet distance {frechet_distance:.1f}").format(frechet_distance=m['frechet_distance']))
        if not can_encode(model):
            figs.append(QCoreApplication.translate("latent_data", latent_data.NO_ENCODER))
        self.model_label.setText(self.tr("<b>{family}</b>, d = {latent_dim}, on "
                                 "{name}<br><small>{figs}</small>").format(family=model.family, latent_dim=model.latent_dim, name=card['data']['name'], figs=' · '.join(figs)))
        stats = card.get("latent_stats") if isinstance(card.get("latent_stats"), dict) else None
        space = LatentSpace.from_card(int(model.latent_dim), str(model.family), stats)
        self._sym = getattr(model, "space_name", "z")  # the latent's letter: w in W space
        self._build_rows(space, stats)
        # map axes
        for c in (self.map_x, self.map_y):
            c.clear()
            for j in range(model.latent_dim):
                c.addItem(f"{self._sym}{j}", j)
        order = sorted(space.by_activity()[:2])
        self.map_x.setCurrentIndex(int(order[0]))
        self.map_y.setCurrentIndex(int(order[-1]))
        with QSignalBlocker(self.pca_check):
            self.pca_check.setChecked(False)
        self.pca_check.setEnabled(False)  # until the test codes are there
        self._compare_choices(loaded, shipped)
        self.compare_model = None
        self.compare_image.setVisible(False)
        origin = self.tr("0, the prior mean") if space.has_prior else (
            self.tr("w̄, the mean of mapped prior draws") if stats and "unit" in stats else
            self.tr("the mean of the training codes"))
        self.reset_all.setToolTip(f"z = {origin}")
        self.random_button.setToolTip(
            self.tr("draw z ~ N(0, I): generation is sampling from the prior") if space.has_prior else
            self.tr("draw z from a Gaussian fitted to the training codes (an autoencoder has no prior)"))
        # z at the new model's reset point, its own bookmarks; drawn at once
        encodes = can_encode(model)  # a GAN has no encoder: no encode tab, no test-set map
        mixes = can_mix_styles(model)
        self.tools.setTabVisible(self._mix_tab, mixes)
        if not encodes and self.tools.currentIndex() == 0:  # before disabling it: Qt would
            self.tools.setCurrentIndex(self._mix_tab if mixes else 1)  # pick the next tab
        self.tools.setTabEnabled(0, encodes)
        self.tools.setTabToolTip(0, "" if encodes else QCoreApplication.translate("latent_data", latent_data.NO_ENCODER))
        if not mixes and self.tools.currentIndex() == self._mix_tab:
            self.tools.setCurrentIndex(1)
        truncates = hasattr(model, "truncation")
        self.truncation_row.setVisible(truncates)
        if truncates:
            with QSignalBlocker(self.truncation):
                self.truncation.setValue(round(float(model.truncation) * 100))
            self.truncation_label.setText(f"{model.truncation:.2f}")
        self.space_switch.offer(loaded)  # z / w for a generator with a mapping network
        self.state.set_model(model, space, str(loaded.path.resolve()) + getattr(
            model, "space_name", ""))
        self.style_mix.set_model(model)
        self.tools.setTabVisible(self._invert_tab, can_invert(model))
        self.invert_panel.set_model(loaded)
        if not encodes and space.has_prior:
            # z = 0 is no typical draw of N(0, I) in d dimensions (‖z‖ ≈ √d there), and a
            # GAN's image at 0 is often blank: open on a fixed draw of the prior instead
            self.state.set_z(space.sample(np.random.default_rng(0)), "model")
            self.reset_all.setToolTip(self.tr("z = 0, the prior mean — not a typical draw: samples "
                                      "of N(0, I) lie at ‖z‖ ≈ {dim:.0f}").format(dim=np.sqrt(space.dim)))
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
            row = SliderRow(j, axis, space.tooltip(j), self._sym)
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

    # ================================================================== z
    def _on_truncation(self, value: int) -> None:
        model = self.state.model
        if model is None or not hasattr(model, "truncation"):
            return
        model.truncation = value / 100.0
        self.truncation_label.setText(f"{value / 100:.2f}")
        self.state.set_z(self.state.z, "truncation")  # redraw the image, grids, mixing

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
        self.style_mix.set_slider_z(z)

    def _update_warning(self, z: np.ndarray) -> None:
        msgs = self.state.space.warnings(z)
        self.warning.setText(self.tr("⚠ <b>far outside the data</b>: ") + "; ".join(msgs) + self.tr(" — "
                             "the decoder has never been trained here.") if msgs else "")

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
        self.traversal_worker.shutdown()
        self.manifold_worker.shutdown()
        if getattr(self, "invert_panel", None) is not None:  # built with the content
            self.invert_panel.shutdown()
        self._data_pending = False
        if self._built:
            self._manifold_timer.stop()
