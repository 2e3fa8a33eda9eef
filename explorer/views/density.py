"""Density view: p_data against a fitted p_model — data sets, the registered families
(training.density.registry), live training, a scoreboard, sample diagnostics, a cursor
probe, drawing, flow layers and class posteriors."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.services.density import Bounds
from explorer.services.fitting import (
    FitResult,
    LiveTraining,
    family as get_family,
    fit_closed_form,
)
from explorer.i18n import data_description, training_text
from explorer.i18n.model_labels import model_label
from explorer.services.worker import LatestWorker
from explorer.state import DRAWN, DataSet, DensityState, ModelSlot
from explorer.state.density import CITY_THRESHOLDS
from explorer.views.density_canvas import DensityCanvas
from explorer.views.density_extras import ClassMapPanel, FlowLayersPanel
from explorer.views.density_io import DensityFiles, DrawingPanel, OpenedModels
from explorer.views.density_parts import (
    PROBE_HINT, SCORE_COLUMNS, LiveTrainingPanel, ProbePanel, ScoreboardPanel, VisibleGrid, fmt,
)
from explorer.views.density_panels import ModelBox, TrainingCurve
from explorer.views.density_session import DensitySession
from explorer.views.dialogs import open_warning
from explorer.views.gan_panel import GanPanel

def _group(title: str, layout_cls=QVBoxLayout):
    box = QGroupBox(title)
    return box, layout_cls(box)


class DensityView(QWidget, LiveTrainingPanel, ScoreboardPanel, VisibleGrid, ProbePanel,
                  DrawingPanel, DensityFiles, OpenedModels, DensitySession):
    """The Density tab. ``slot`` receives density models opened from files."""

    busy_changed = Signal(bool)

    def __init__(self, slot: ModelSlot, sync: bool = False, parent: QWidget | None = None,
                 autostart: bool = True) -> None:
        super().__init__(parent)
        self.slot = slot
        self.state = DensityState()
        self.fit_worker = LatestWorker("density-fit", sync=sync, parent=self)
        self.grid_worker = LatestWorker("density-grid", sync=sync, parent=self)
        self.aux_worker = LatestWorker("density-aux", sync=sync, parent=self)
        self.io_worker = LatestWorker("density-io", sync=sync, parent=self)
        self.last_import_ok: bool | None = None
        self._busy = {"fit": False, "grid": False, "aux": False, "io": False}
        for name, w in (("fit", self.fit_worker), ("grid", self.grid_worker), ("aux", self.aux_worker),
                        ("io", self.io_worker)):
            w.busy_changed.connect(lambda b, name=name: self._set_busy(name, b))
        self.training: LiveTraining | None = None
        self._starting = False
        self._ladder: dict | None = None  # the rungs still to fit (see fit_ladder)
        self.playing = False
        self.result: FitResult | None = None
        self._closed = False
        self._message_box: QMessageBox | None = None

        self._range_timer = QTimer(self, singleShot=True, interval=120)
        self._range_timer.timeout.connect(lambda: self._evaluate_visible(coarse=True))
        self._refine_timer = QTimer(self, singleShot=True, interval=450)
        self._refine_timer.timeout.connect(lambda: self._evaluate_visible(coarse=False))
        self._autosave_timer = QTimer(self, singleShot=True, interval=500)
        self._autosave_timer.timeout.connect(self.autosave_drawing)

        self._build()
        self.state.data_changed.connect(self._on_data)
        self.state.entries_changed.connect(self._on_entries)
        self.state.current_changed.connect(self._on_current)
        self.state.drawn_changed.connect(self._on_drawn)
        slot.changed.connect(self._on_loaded_model)
        self._restore_drawing()
        if autostart:
            self._prepare_default_data()

    def _prepare_default_data(self) -> None:
        """The course notes' example, world cities and the ladder of simple models. The
        cities' JSON and the coastline take about 0.5 s, so they are read in a worker: the
        window paints first and fills in when they arrive."""
        from explorer.state.density import build_dataset
        from explorer.views.density_canvas import coastline

        name, params = "world-cities", {"min_population": int(self.city_combo.currentData())}
        seed, n = self.seed_spin.value(), self.n_spin.value()
        self.data_combo.setCurrentIndex(self.data_combo.findData(name))
        self.data_info.setText(self.tr("Reading the world's cities …"))

        def prepare():
            data = build_dataset(name, params, seed, n)
            coastline()  # cached for the canvas
            return data

        self.io_worker.submit(prepare, self._on_default_data,
                              lambda _e: self.state.data is None and self.select_data(name))

    def _on_default_data(self, data) -> None:
        if self._closed or self.state.data is not None:  # the user chose data meanwhile
            return
        self.state.show_data(data)
        self.fit_ladder()

    # ================================================================== layout
    def _build(self) -> None:
        self.canvas = DensityCanvas()
        self.canvas.vb.sigRangeChanged.connect(self._on_range_changed)
        self.canvas.vb.stroke.connect(self._on_stroke)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.probe = QLabel(self.tr(PROBE_HINT))
        self.probe.setTextFormat(Qt.TextFormat.RichText)
        main = QWidget()
        ml = QVBoxLayout(main)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.canvas, 1)
        ml.addWidget(self.probe)
        self.layers_panel = FlowLayersPanel()
        self.class_panel = ClassMapPanel(self.aux_worker)
        self.canvas_tabs = QTabWidget()
        self.canvas_tabs.addTab(main, self.tr("p_model vs p_data"))
        self.canvas_tabs.addTab(self.layers_panel, self.tr("Flow layers"))
        self.canvas_tabs.addTab(self.class_panel, self.tr("Classes: p(y | x)"))
        self.canvas_tabs.currentChanged.connect(self._on_canvas_tab)

        side = QWidget()
        sl = QVBoxLayout(side)
        sl.addWidget(self._build_data_box())
        sl.addWidget(self._build_model_box())
        self.gan_panel = GanPanel(self, sync=self.fit_worker.sync)  # shown for a GAN only
        sl.addWidget(self.gan_panel)
        sl.addWidget(self._build_show_box())
        sl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(380)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom = QHBoxLayout()
        bottom.addWidget(self._build_score_box(), 3)
        bottom.addWidget(self._build_curve_box(), 2)
        left = QVBoxLayout()
        left.addWidget(self.canvas_tabs, 1)
        left.addLayout(bottom)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(left, 1)
        lay.addWidget(scroll)
        from explorer.views.density_compare import install  # gen vs disc, Compare all tabs
        self.extras = install(self)

    def _build_data_box(self) -> QGroupBox:
        from training.data import dataset_names

        box, lay = _group("p_data")
        form = QFormLayout()
        self.data_combo = QComboBox()
        for name in dataset_names():
            self.data_combo.addItem(name, name)
        self.data_combo.addItem(self.tr("your own points (draw / import)"), DRAWN)
        self.data_combo.activated.connect(lambda _: self.select_data(self.data_combo.currentData()))
        form.addRow(self.tr("data set:"), self.data_combo)
        self.city_combo = QComboBox()
        for t in CITY_THRESHOLDS:
            self.city_combo.addItem(self.tr("more than {t:,} people").format(t=t), t)
        self.city_combo.activated.connect(lambda _: self.select_data(self.data_combo.currentData()))
        form.addRow(self.tr("cities:"), self.city_combo)
        self.n_spin = QSpinBox(minimum=50, maximum=50_000, singleStep=500, value=2000)
        self.n_spin.setToolTip(self.tr("training points drawn from the generator"))
        self.n_spin.editingFinished.connect(self._resample)
        form.addRow(self.tr("training points:"), self.n_spin)
        self.seed_spin = QSpinBox(minimum=0, maximum=10**6, value=0)
        self.seed_spin.editingFinished.connect(self._resample)
        form.addRow(self.tr("seed:"), self.seed_spin)
        lay.addLayout(form)
        self.data_info = QLabel()
        self.data_info.setWordWrap(True)
        lay.addWidget(self.data_info)

        self.draw_box = QWidget()
        dl = QVBoxLayout(self.draw_box)
        dl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.draw_check = QCheckBox(self.tr("draw on the canvas"))
        self.draw_check.toggled.connect(self._set_draw_mode)
        self.add_radio, self.erase_radio = QRadioButton(self.tr("add")), QRadioButton(self.tr("erase"))
        self.add_radio.setChecked(True)
        grp = QButtonGroup(self)
        grp.addButton(self.add_radio)
        grp.addButton(self.erase_radio)
        row.addWidget(self.draw_check)
        row.addWidget(self.add_radio)
        row.addWidget(self.erase_radio)
        dl.addLayout(row)
        bform = QFormLayout()
        self.brush_size = QDoubleSpinBox(minimum=0.01, maximum=100.0, value=0.3, singleStep=0.1,
                                         decimals=2)
        self.brush_size.setToolTip(self.tr("brush radius in data units"))
        self.brush_density = QSpinBox(minimum=1, maximum=200, value=8)
        self.brush_density.setToolTip(self.tr("points added per brush dab"))
        self.draw_class = QSpinBox(minimum=0, maximum=9, value=0)
        self.draw_class.setToolTip(self.tr("class label of the points you paint (for p(y|x))"))
        bform.addRow(self.tr("brush radius:"), self.brush_size)
        bform.addRow(self.tr("points per dab:"), self.brush_density)
        bform.addRow(self.tr("class:"), self.draw_class)
        dl.addLayout(bform)
        lay.addWidget(self.draw_box)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.choose_export_csv)
        self.clear_button = QPushButton(self.tr("Clear drawing"))
        self.clear_button.clicked.connect(self.clear_drawing)
        for b in (self.import_button, self.export_button, self.clear_button):
            row.addWidget(b)
        lay.addLayout(row)
        return box

    def _build_model_box(self) -> QGroupBox:
        box = self.model_box = ModelBox()
        (self.family_combo, self.hyper_pages, self.fit_button, self.play_button,
         self.step_button, self.ladder_button, self.shipped_button, self.progress,
         self.status) = (box.family_combo, box.hyper_pages, box.fit_button, box.play_button,
                         box.step_button, box.ladder_button, box.shipped_button, box.progress,
                         box.status)
        self.fit_button.clicked.connect(self.fit)
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button.clicked.connect(self.step_once)
        self.ladder_button.clicked.connect(self.fit_ladder)
        self.shipped_button.clicked.connect(lambda: self.open_shipped())
        self.family_combo.currentIndexChanged.connect(
            lambda *_: self.state.data is not None and self._update_shipped_button())
        box.family_changed.connect(lambda _key: self._update_buttons())
        self._update_buttons()
        return box

    def _build_curve_box(self) -> QGroupBox:
        self.curve_box = TrainingCurve()
        self.train_curve, self.val_curve = self.curve_box.train_curve, self.curve_box.val_curve
        return self.curve_box

    def _build_score_box(self) -> QGroupBox:
        box, lay = _group(self.tr("Scoreboard (click a row to show it)"))
        self.table = QTableWidget(0, len(SCORE_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c, _ in SCORE_COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        hdr = self.table.horizontalHeader()
        # numbers sized to their contents; the model's name takes the rest (elided, full
        # name in its tooltip), so every column fits without a horizontal scroll bar
        hdr.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hdr.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # compact rows: the ladder's five rungs and a sixth model show without scrolling
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setFixedHeight(170)
        self.table.cellClicked.connect(self._on_table_click)
        lay.addWidget(self.table)
        self.table.setToolTip(self.tr("NLL: mean −log p_model(x) over points, in nats (lower is better). "
                              "KL(p_data‖p_model) = test NLL − H(p_data), shown where H is known."))
        return box

    def _build_show_box(self) -> QGroupBox:
        box, lay = _group(self.tr("Show"))
        self.show_data = QCheckBox(self.tr("p_data: training points"))
        self.show_samples = QCheckBox(self.tr("1,000 samples from p_model"))
        self.show_diag = QCheckBox(self.tr("colour samples by diagnosis (A / B / C)"))
        self.show_contours = QCheckBox(self.tr("contour lines (1, 3, 5, 7 nats below the peak)"))
        for cb in (self.show_data, self.show_samples, self.show_diag):
            cb.setChecked(True)
            lay.addWidget(cb)
        lay.addWidget(self.show_contours)
        self.show_data.toggled.connect(self.canvas.data_scatter.setVisible)
        self.show_samples.toggled.connect(self._redraw_samples)
        self.show_diag.toggled.connect(self._redraw_samples)
        self.show_contours.toggled.connect(self.canvas.set_contours)
        self.diag_label = QLabel()
        self.diag_label.setWordWrap(True)
        self.diag_label.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.diag_label)
        row = QHBoxLayout()
        export_png = QPushButton(self.tr("Export canvas PNG…"))
        export_png.clicked.connect(self.choose_export_png)
        export_samples = QPushButton(self.tr("Export samples CSV…"))
        export_samples.clicked.connect(self.choose_export_samples)
        row.addWidget(export_png)
        row.addWidget(export_samples)
        lay.addLayout(row)
        return box

    # ================================================================== data
    def select_data(self, name: str, params: dict | None = None) -> None:
        """Switch to a data set (the scoreboard belongs to a data set and is reset)."""
        self._stop_training()
        idx = self.data_combo.findData(name)
        if idx >= 0:
            self.data_combo.setCurrentIndex(idx)
        if name == "world-cities":
            if params and "min_population" in params:
                i = self.city_combo.findData(int(params["min_population"]))
                if i >= 0:
                    self.city_combo.setCurrentIndex(i)
            params = {"min_population": int(self.city_combo.currentData())}
        try:
            self.state.set_data(name, params, seed=self.seed_spin.value(), n_train=self.n_spin.value())
        except (ValueError, KeyError) as e:
            self._error(self.tr("Cannot use this data set"), str(e))

    def _resample(self) -> None:
        if self.state.data is not None and self.state.data.name not in ("world-cities", DRAWN):
            self.select_data(self.state.data.name, self.state.data.params)

    def _on_data(self, data: DataSet) -> None:
        is_drawn = data.name == DRAWN
        # whatever was being fitted belongs to the previous data set: never apply it here
        self._ladder = None
        self._stop_training()
        if self.fit_worker.pending():
            self.fit_worker.cancel()
            self._progress_done()
        self.probe.setText(self.tr(PROBE_HINT))
        self.city_combo.setEnabled(data.name == "world-cities")
        self.n_spin.setEnabled(not data.is_map and not is_drawn)
        self.seed_spin.setEnabled(not is_drawn)
        # the brush only paints your own points: shown for them, hidden (not greyed out)
        # elsewhere, so the panel's lower boxes stay in view at 1280 × 800
        self.draw_box.setVisible(is_drawn)
        self.clear_button.setEnabled(is_drawn)
        if not is_drawn:
            self.draw_check.setChecked(False)
        entropy = self.tr(" H(p_data) = {entropy:.3f} nats.").format(entropy=data.entropy) if data.entropy is not None else ""
        self.data_info.setText(
            self.tr("{description}. Train {train:,} · held-out {test:,}.{entropy}").format(description=data_description(data), train=len(data.train), test=len(data.test), entropy=entropy)
        )
        self.canvas.set_map(data.is_map)
        if data.is_map:
            self.canvas.vb.setLimits(xMin=-200, xMax=200, yMin=-100, yMax=100)
        else:
            self.canvas.vb.setLimits(xMin=None, xMax=None, yMin=None, yMax=None)
        self.canvas.set_data_points(data.train if len(data.train) else np.zeros((0, 2)))
        self.canvas.set_grid(None)
        self.canvas.set_samples(None)
        self.result = None
        self._reset_curve()
        self.curve_box.set_entropy(data.entropy)
        self._frame(data)
        self.layers_panel.set_data(data)
        self.class_panel.set_data(data)
        self.diag_label.setText("")
        self._update_shipped_button()
        if is_drawn and len(data.train) < 2:
            self.status.setText(self.tr("Tick ‘draw on the canvas’ and paint points (left button), "
                                "or import a CSV, then fit a model."))
        else:
            self.status.setText(self.tr("Choose a family and press Fit, or Fit ladder for all the simple ones."))
        self._update_buttons()

    def _frame(self, data: DataSet) -> None:
        pts = data.all_points
        if data.is_map:
            self.canvas.vb.setRange(xRange=(-180, 180), yRange=(-60, 80), padding=0)
        elif len(pts) >= 2:
            b = Bounds.around(pts, pad=0.12)
            self.canvas.vb.setRange(xRange=(b.x0, b.x1), yRange=(b.y0, b.y1), padding=0)
        else:
            self.canvas.vb.setRange(xRange=(-4, 4), yRange=(-4, 4), padding=0)

    # ================================================================== fitting
    def _family(self) -> str:
        return self.model_box.family()

    def _hyper(self) -> dict:
        return self.model_box.hyper()

    def _can_fit(self) -> bool:
        return self.state.data is not None and len(self.state.data.train) >= 2

    def fit(self) -> None:
        """Fit the chosen family: at once in closed form, live for an iterative family."""
        self._ladder = None  # a fit supersedes a ladder still being fitted
        if not self._can_fit():
            self.status.setText(self.tr("At least 2 training points are needed: draw or import some."))
            return
        self._stop_training()
        fam, hyper, data = self._family(), self._hyper(), self.state.data
        bounds = self.canvas.view_bounds()
        label = training_text(get_family(fam).label)
        if get_family(fam).iterative:
            # built in the worker: the first use of torch.optim imports for seconds
            seed = self.seed_spin.value()
            self._reset_curve()
            self.progress.setRange(0, 0)
            self.playing = True
            self._starting = True
            self.status.setText(self.tr("Starting live training of {label}…").format(label=label))
            self._update_buttons()

            def start():
                tr = LiveTraining(fam, hyper, data, seed=seed)
                return tr, tr.advance(bounds, 128)

            self.fit_worker.submit(start, self._on_started, self._on_train_error)
            return
        self.status.setText(self.tr("Fitting {label}…").format(label=label))
        self.progress.setRange(0, 0)  # busy indicator
        self.fit_worker.submit(lambda: fit_closed_form(fam, hyper, data, bounds),
                               self._on_fit_result, self._on_fit_error)

    def fit_ladder(self) -> None:
        """Fit the ladder's families (the registry's) in turn, so the scoreboard shows them."""
        if not self._can_fit():
            self.status.setText(self.tr("At least 2 training points are needed: draw or import some."))
            return
        self._stop_training()
        from training.density.registry import ladder

        data, bounds = self.state.data, self.canvas.view_bounds()
        rungs = [(f.key, f.ladder(len(data.train))) for f in ladder()]
        # one family per job: each rung shows up as it is fitted, and any later request
        # (a fit, another ladder, a new data set) supersedes the rest of the ladder
        self._ladder = {"todo": rungs, "n": len(rungs), "data": data, "bounds": bounds}
        self.progress.setRange(0, len(rungs))
        self.progress.setValue(0)
        self._ladder_next()

    def _ladder_next(self) -> None:
        lad = self._ladder
        fam, hyper = lad["todo"].pop(0)
        data, bounds = lad["data"], lad["bounds"]
        done = lad["n"] - len(lad["todo"])
        self.status.setText(self.tr("Fitting the ladder {ladder_text}: "
                            "{done}/{n}, {label}…").format(ladder_text=self.model_box.ladder_text, done=done, n=lad['n'], label=training_text(get_family(fam).label)))
        self.fit_worker.submit(lambda: fit_closed_form(fam, hyper, data, bounds),
                               self._on_ladder_rung, self._on_fit_error)

    def _on_ladder_rung(self, r: FitResult) -> None:
        lad = self._ladder
        if lad is None:
            return
        r.entry.extras["result"] = r
        if lad["todo"]:
            self.state.add_entry(r.entry, make_current=False)
            self.progress.setValue(lad["n"] - len(lad["todo"]))
            self._ladder_next()
        else:
            self._ladder = None
            self._on_fit_result(r)

    def _on_fit_result(self, result: FitResult) -> None:
        self._progress_done()
        result.entry.extras["result"] = result
        self.result = result
        self.state.add_entry(result.entry)
        m = result.entry.metrics
        if getattr(result.entry.model, "tractable", True) is False:
            f = result.fractions
            self.status.setText(
                self.tr("{label}: {likelihood_note}. Its samples: "
                "{support:.0%} off-support, {memorised:.0%} "
                "memorised, {plausible:.0%} plausible.").format(label=model_label(result.entry.label), likelihood_note=training_text(result.entry.model.likelihood_note), support=f.get('off-support', 0), memorised=f.get('memorised', 0), plausible=f.get('plausible', 0)))
            return
        why = ""
        if math.isinf(m.get("test_nll_nats", 0.0)):
            why = (self.tr(" Test NLL is ∞: some held-out points fall where p_model = 0 "
                   "(outside the box), and log 0 = −∞."))
        if getattr(result.entry.model, "heatmap_from_samples", False):
            why += f" ({training_text(result.entry.model.likelihood_note)})"
        self.status.setText(self.tr("{label}: test NLL {test_nll_nats} nats.{why}").format(label=model_label(result.entry.label), test_nll_nats=fmt(m.get('test_nll_nats')), why=why))

    def _on_fit_error(self, error: Exception) -> None:
        self._progress_done()
        self.status.setText(self.tr("Could not fit: {error}").format(error=error))

    # ================================================================== misc
    def _on_canvas_tab(self, i: int) -> None:
        if self.canvas_tabs.widget(i) is self.class_panel:
            self.class_panel.refresh()

    def _error(self, title: str, text: str) -> None:
        self._message_box = open_warning(self, title, text)

    #: tests replace this to answer questions without a modal loop
    ask_hook = None
    #: larger CSV files are subsampled to this many rows
    max_import_points = 200_000

    def _ask(self, title: str, text: str) -> bool:
        if self.ask_hook is not None:
            return bool(self.ask_hook(title, text))
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _set_busy(self, name: str, busy: bool) -> None:
        self._busy[name] = busy
        self.busy_changed.emit(self.is_busy())

    def is_busy(self) -> bool:
        return (any(self._busy.values()) or self.training is not None or self._starting
                or self._range_timer.isActive() or self._refine_timer.isActive())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self._closed = True
        self.playing = False
        self.training = None
        for t in (self._range_timer, self._refine_timer):
            t.stop()
        if self._autosave_timer.isActive():
            self._autosave_timer.stop()
            self.autosave_drawing()
        for w in (self.fit_worker, self.grid_worker, self.aux_worker, self.io_worker):
            w.shutdown()
        self.gan_panel.shutdown()
        self.extras.shutdown()
