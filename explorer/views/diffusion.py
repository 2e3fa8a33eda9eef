"""The Diffusion tab: step through denoising x_T → x_0, and watch the forward process.

Reverse process: the selected sample's x_t, predicted noise ε̂ and predicted clean x̂_0 side
by side (optionally a second sampler from the same x_T underneath), the whole batch as a
grid, step / back / play / scrub over the cached trajectory. Forward process: a real image
(or the 2D data set) noised to any t by q(x_t | x_0). A schedule plot with a cursor at t.
2D models show particles moving over the data set instead of images.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.services.diffusion import DenoiseRunner
from explorer.services.worker import LatestWorker
from explorer.state import ModelSlot
from explorer.state.diffusion import (
    DEFAULT_SAMPLER,
    DEFAULT_STEPS,
    SAMPLER_CHOICES,
    DiffusionState,
    SamplerConfig,
)
from explorer.state.models import LoadedModel
from explorer.views.dialogs import open_warning
from explorer.views.diffusion_parts import (
    DiffusionExport,
    ForwardProcessPanel,
    ReverseDrawing,
    ScheduleWidget,
    model_summary,
)
from explorer.views.diffusion_prompt import PromptBox
from explorer.views.diffusion_session import DiffusionSession
from explorer.views.solver_parity import ParityButton
from explorer.views.diffusion_transport import Transport
from explorer.views.imaging import ImagePanel, diverging_lut, grid_cell
from explorer.views.model_view import ModelView

MAX_FRAMES_VALUES = 16 * 1000  # batch × steps kept in memory for image runs (≈75 MB)
X_LEVELS = (-1.2, 1.2)
EPS_LEVELS = (-2.5, 2.5)
PARTICLE_BRUSH = (230, 90, 20, 200)
PARTICLE_BRUSH_B = (40, 110, 220, 200)


def _group(title: str, layout_cls=QVBoxLayout):
    box = QGroupBox(title)
    return box, layout_cls(box)


class DiffusionView(ModelView, Transport, ReverseDrawing, ForwardProcessPanel, DiffusionExport,
                    DiffusionSession):
    """The Diffusion tab; ``slot`` receives diffusion models opened from files."""

    #: the user asked to see this (2D) model on the density canvas
    density_requested = Signal(object)

    SHIPPED = "diffusion-mnist5k"
    SHIPPED_LABEL = QT_TRANSLATE_NOOP("DiffusionView", "Open the shipped MNIST diffusion model")
    EMPTY_TITLE = QT_TRANSLATE_NOOP("DiffusionView", "No diffusion model loaded")
    EMPTY_BODY = QT_TRANSLATE_NOOP("DiffusionView", 
        "This view steps through denoising, from pure noise x<sub>T</sub> to a sample "
        "x<sub>0</sub>, showing x<sub>t</sub>, the noise the network predicts and the "
        "clean image it predicts side by side, with fast ODE solvers, DDIM and DDPM and the "
        "noise schedule.<br><br>Use <b>File → Open model…</b> (Ctrl+O) and pick a folder "
        "whose card says <code>\"kind\": \"diffusion\"</code>, e.g. "
        "<code>trained/diffusion-mnist5k</code> or <code>trained/diffusion-moons</code>.")

    def __init__(self, slot: ModelSlot, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(slot, parent)
        self.state = DiffusionState()
        self._sync = sync
        self.runner = DenoiseRunner(self.state, sync=sync, parent=self, on_error=self._on_run_error)
        self.metrics_worker = LatestWorker("diffusion-metrics", sync=sync, parent=self)
        # the 2D ε̂ field (a network pass over a grid per timestep) never runs on the GUI thread
        self.field_worker = LatestWorker("diffusion-field", sync=sync, parent=self)
        self.playing = False
        self._want: int | None = None  # a step the user asked for that is still computing
        self.message_box = None
        self._forward_noise: np.ndarray | None = None
        self._data_cache: dict = {}
        self._points_metrics_for = -1
        self._final_brushes: list = []
        self.play_timer = QTimer(self, interval=50)
        self.play_timer.timeout.connect(self._tick)
        self.state.run_reset.connect(self._on_reset)
        self.state.progressed.connect(self._on_progress)
        self.state.index_changed.connect(lambda _k: self._refresh())
        self.state.selected_changed.connect(lambda _i: self._refresh())
        self.state.forward_changed.connect(self._refresh_forward)
        slot.changed.connect(self._on_model)

    # ================================================================== layout
    def _build_content(self, content: QWidget) -> None:

        # ---- side panel
        side = QWidget()
        sl = QVBoxLayout(side)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        sl.addWidget(self.model_label)
        self.train_button = QPushButton(self.tr("Train a diffusion model…"))
        self.train_button.setToolTip(self.tr("run a DDPM recipe in a separate process and open the result"))
        self.train_button.clicked.connect(self.train_requested)
        sl.addWidget(self.train_button)
        sl.addWidget(self._build_sampler_box())
        self.prompt_box = PromptBox(sync=self._sync)
        self.prompt_box.changed.connect(self._apply_config)
        sl.addWidget(self.prompt_box)
        sl.addWidget(self._build_play_box())
        sl.addWidget(self._build_show_box())
        sl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        side.setMaximumWidth(330)
        scroll.setFixedWidth(345)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # ---- reverse process: images
        self.grid_panel = ImagePanel(self.tr("batch: x_t"), levels=X_LEVELS, min_size=150)
        self.grid_panel.clicked.connect(self._on_grid_click)
        self.panels_a = [ImagePanel("x_t", levels=X_LEVELS),
                         ImagePanel(self.tr("predicted noise ε̂"), lut=diverging_lut(), levels=EPS_LEVELS),
                         ImagePanel(self.tr("predicted x̂₀"), levels=X_LEVELS)]
        self.panels_b = [ImagePanel("x_t (B)", levels=X_LEVELS),
                         ImagePanel("ε̂ (B)", lut=diverging_lut(), levels=EPS_LEVELS),
                         ImagePanel("x̂₀ (B)", levels=X_LEVELS)]
        self.row_label_a = QLabel()
        self.row_label_b = QLabel()
        trio = QGridLayout()
        trio.addWidget(self.row_label_a, 0, 0, 1, 3)
        for i, p in enumerate(self.panels_a):
            trio.addWidget(p, 1, i)
        trio.addWidget(self.row_label_b, 2, 0, 1, 3)
        for i, p in enumerate(self.panels_b):
            trio.addWidget(p, 3, i)
        self.images_page = QWidget()
        il = QHBoxLayout(self.images_page)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.grid_panel, 4)
        il.addLayout(trio, 5)

        # ---- reverse process: 2D particles
        self.points_page = QWidget()
        pl = QHBoxLayout(self.points_page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.point_plots = [self._make_point_plot("A"), self._make_point_plot("B")]
        for p in self.point_plots:
            pl.addWidget(p["widget"], 1)
        self.reverse_stack = QStackedLayout()
        self.reverse_stack.addWidget(self.images_page)
        self.reverse_stack.addWidget(self.points_page)
        reverse = QWidget()
        rl = QVBoxLayout(reverse)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(self.reverse_stack, 1)
        self.diag_label = QLabel()
        self.diag_label.setWordWrap(True)
        self.diag_label.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(self.diag_label)

        # ---- forward process
        forward = self._build_forward()
        self.tabs = QTabWidget()
        self.tabs.addTab(reverse, self.tr("Reverse process: x_T → x₀"))
        self.tabs.addTab(forward, self.tr("Forward process: x₀ → x_t"))
        self.tabs.currentChanged.connect(lambda _i: self._update_cursor())
        self.schedule = ScheduleWidget()
        self.schedule.setMaximumHeight(200)
        self.schedule.setMinimumHeight(150)  # never collapsed by the side-by-side panels
        right = QVBoxLayout()
        right.addWidget(self.tabs, 3)
        right.addWidget(self.schedule, 1)
        lay = QHBoxLayout(content)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(right, 1)
        lay.addWidget(scroll)

    def _build_sampler_box(self) -> QGroupBox:
        box, form = _group(self.tr("Reverse process"), QFormLayout)
        self.sampler_combo = QComboBox()
        for name, label, _steps in SAMPLER_CHOICES:
            self.sampler_combo.addItem(label, name)
        self.sampler_combo.setToolTip(
            self.tr("DPM-Solver++(2M) (Lu et al. 2022) or UniPC-2 (Zhao et al. 2023): second-order "
            "solvers of the probability-flow ODE, timesteps even in log-SNR, or for UniPC-2 (t²) "
            "even in √t (t_i ∝ (1 − i/(n−1))², more of them near the data than even in t); "
            "SDE-DPM-Solver++(2M) (t²): the same solver for the reverse SDE, fresh noise at every "
            "step (it forgets part of the denoiser's errors: better digits at 17 steps, but not "
            "the ODE's solution from this x_T); "
            "DDIM (Song et al. 2021, eq. 12) or ancestral DDPM (Ho et al. 2020, Algorithm 2), "
            "even in t"))
        self.steps_spin = QSpinBox(minimum=1, maximum=1000, value=DEFAULT_STEPS[DEFAULT_SAMPLER])
        self.steps_spin.setToolTip(self.tr("number of denoiser evaluations (T = 1000); each sampler "
                                   "starts at its own default"))
        self._last_sampler = {self.sampler_combo: DEFAULT_SAMPLER}
        self.eta_spin = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.1, value=0.0)
        self.eta_spin.setToolTip(self.tr("DDIM η: 0 = deterministic, 1 = as noisy as DDPM"))
        self.seed_spin = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.new_seed = QPushButton(self.tr("New seed"))
        self.new_seed.clicked.connect(lambda: self.seed_spin.setValue(self.seed_spin.value() + 1))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.new_seed)
        self.batch_spin = QSpinBox(minimum=1, maximum=64, value=16)
        self.batch_label = QLabel(self.tr("batch"))
        form.addRow(self.tr("sampler"), self.sampler_combo)
        form.addRow(self.tr("steps"), self.steps_spin)
        self.parity_button = ParityButton()  # the card's quality-against-steps plot
        form.addRow("", self.parity_button)
        form.addRow(self.tr("η (DDIM)"), self.eta_spin)
        form.addRow(self.tr("seed"), seed_row)
        form.addRow(self.batch_label, self.batch_spin)
        self.compare_check = QCheckBox(self.tr("side by side with sampler B (same x_T)"))
        form.addRow(self.compare_check)
        self.sampler_b = QComboBox()
        for name, label, _steps in SAMPLER_CHOICES:
            self.sampler_b.addItem(label, name)
        self.sampler_b.setCurrentIndex(self.sampler_b.findData("ddpm"))
        self._last_sampler[self.sampler_b] = "ddpm"
        self.steps_b = QSpinBox(minimum=1, maximum=1000, value=50)
        self.eta_b = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.1, value=1.0)
        # sampler B: its name on a row of its own (it elided to "DDPI" beside its numbers)
        brow = QHBoxLayout()
        self.steps_b.setToolTip(self.tr("B: number of steps"))
        self.eta_b.setToolTip(self.tr("B: DDIM η"))
        for text, w in ((self.tr("steps"), self.steps_b), ("η", self.eta_b)):
            brow.addWidget(QLabel(text))
            brow.addWidget(w, 1)
        form.addRow("B", self.sampler_b)
        form.addRow("", brow)
        self.run_note = QLabel()
        self.run_note.setWordWrap(True)
        form.addRow(self.run_note)
        for combo, spin in ((self.sampler_combo, self.steps_spin), (self.sampler_b, self.steps_b)):
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, s=spin: self._sampler_changed(c, s))
        for w in (self.steps_spin, self.eta_spin, self.seed_spin, self.batch_spin, self.steps_b,
                  self.eta_b):
            w.valueChanged.connect(self._apply_config)
        self.compare_check.toggled.connect(self._apply_config)
        return box

    def _build_play_box(self) -> QGroupBox:
        box, lay = _group(self.tr("Step through"))
        row = QHBoxLayout()
        self.reset_button = QPushButton("|◀")
        self.reset_button.setToolTip(self.tr("back to x_T (same seed)"))
        self.back_button = QPushButton("◀")
        self.back_button.setToolTip(self.tr("one step back (cached, costs nothing)"))
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("play / pause (Space)"))
        self.step_button = QPushButton("▶|")
        self.step_button.setToolTip(self.tr("one denoising step forward"))
        self.end_button = QPushButton("▶▶|")
        self.end_button.setToolTip(self.tr("run to x_0"))
        for b in (self.reset_button, self.back_button, self.play_button, self.step_button,
                  self.end_button):
            if b is not self.play_button:
                b.setMaximumWidth(46)
            row.addWidget(b)
        self.reset_button.clicked.connect(lambda: self.state.set_index(0))
        self.back_button.clicked.connect(self.step_back)
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button.clicked.connect(self.step_forward)
        self.end_button.clicked.connect(self.run_to_end)
        lay.addLayout(row)
        self.scrub = QSlider(Qt.Orientation.Horizontal)
        self.scrub.setToolTip(self.tr("scrub through the computed steps"))
        self.scrub.valueChanged.connect(self._on_scrub)
        lay.addWidget(self.scrub)
        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.step_label.setWordWrap(True)  # long sampler names; 2 lines high: no jumps
        self.step_label.setMinimumHeight(2 * self.step_label.fontMetrics().lineSpacing() + 2)
        lay.addWidget(self.step_label)
        speed = QHBoxLayout()
        speed.addWidget(QLabel(self.tr("speed (steps/s)")))
        self.speed_spin = QSpinBox(minimum=1, maximum=60, value=20)
        self.speed_spin.valueChanged.connect(lambda v: self.play_timer.setInterval(int(1000 / v)))
        speed.addWidget(self.speed_spin)
        lay.addLayout(speed)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("computed %v / %m steps"))
        lay.addWidget(self.progress)
        return box

    def _build_show_box(self) -> QGroupBox:
        box, lay = _group(self.tr("Show and export"))
        row = QHBoxLayout()
        self.grid_row_label = QLabel(self.tr("grid:"))
        row.addWidget(self.grid_row_label)
        self.grid_xt = QRadioButton("x_t")
        self.grid_x0 = QRadioButton("x̂₀")
        self.grid_xt.setChecked(True)
        grp = QButtonGroup(self)
        grp.addButton(self.grid_xt)
        grp.addButton(self.grid_x0)
        self.grid_xt.toggled.connect(lambda _c: self._refresh())
        row.addWidget(self.grid_xt)
        row.addWidget(self.grid_x0)
        lay.addLayout(row)
        self.trails_check = QCheckBox(self.tr("trails of 100 particles (2D)"))
        self.field_check = QCheckBox(self.tr("predicted-noise field ε̂(x, t) (2D)"))
        self.field_check.setChecked(True)
        for c in (self.trails_check, self.field_check):
            c.toggled.connect(lambda _c: self._refresh())
            lay.addWidget(c)
        self.png_button = QPushButton(self.tr("Export grid as PNG…"))
        self.png_button.clicked.connect(self.choose_png)
        self.gif_button = QPushButton(self.tr("Export trajectory as GIF…"))
        self.gif_button.clicked.connect(self.choose_gif)
        lay.addWidget(self.png_button)
        lay.addWidget(self.gif_button)
        # a 2D DDPM is also a p_model: on the density canvas beside the explicit families
        self.density_button = QPushButton(self.tr("Compare on the density canvas"))
        self.density_button.setToolTip(
            self.tr("Show this 2D model in the Density view: its samples, a density estimate of them, "
            "its NLL by the probability-flow ODE and its sample scores on the scoreboard"))
        self.density_button.clicked.connect(self._request_density)
        self.density_button.setVisible(False)
        lay.addWidget(self.density_button)
        return box

    def _request_density(self) -> None:
        if self.slot.current is not None:
            self.density_requested.emit(self.slot.current)

    # ================================================================== model
    def _on_model(self, loaded: LoadedModel | None) -> None:
        self._ensure_built()
        self.pause()
        model = None if loaded is None else loaded.model
        from explorer.views.stepthrough import is_diffusion, show_generic

        if getattr(self, "generic", None) is not None:
            self.generic.pause()
        if model is not None and not is_diffusion(model):  # a PixelCNN, a Gibbs chain …
            self.state.model = None
            show_generic(self, loaded)
            return
        self.state.model = model
        if model is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.model_label.setText(model_summary(model, loaded.card))
        self.prompt_box.set_model(model, loaded.card)
        self.parity_button.set_card(loaded.card, loaded.path.name)
        self.state.forward_t = min(self.state.forward_t, model.T - 1)
        self.fwd_slider.setRange(0, model.T - 1)
        self.fwd_schedule.blockSignals(True)
        self.fwd_schedule.setCurrentText(model.schedule_name)
        self.fwd_schedule.blockSignals(False)
        self.state.schedule_view = model.schedule_name
        self._data_cache = {}
        self._forward_noise = None
        points = model.is_points
        self.reverse_stack.setCurrentIndex(1 if points else 0)
        self.fwd_stack.setCurrentIndex(1 if points else 0)
        self.batch_label.setText(self.tr("particles") if points else self.tr("batch"))
        self.batch_spin.blockSignals(True)
        self.batch_spin.setRange(1, 5000 if points else 64)
        self.batch_spin.setValue(1000 if points else 16)
        self.batch_spin.blockSignals(False)
        # only the controls of this kind of model show (the side panel stays short)
        for w in (self.grid_row_label, self.grid_xt, self.grid_x0):
            w.setVisible(not points)
        for w in (self.trails_check, self.field_check):
            w.setVisible(points)
        self.density_button.setVisible(points)
        self.fwd_image.setVisible(not points)
        self.fwd_image_label.setVisible(not points)
        if not points:
            self.fwd_image.setMaximum(len(self._real_data()) - 1)
        self._setup_point_backgrounds()
        self._apply_config(force=True)
        self._refresh_forward()

    # ================================================================== run config
    def _sampler_changed(self, combo: QComboBox, steps: QSpinBox) -> None:
        """A new sampler starts at its default step count, unless the user had changed the
        step count away from the previous sampler's default."""
        old, new = self._last_sampler.get(combo), combo.currentData()
        self._last_sampler[combo] = new
        if old is not None and steps.value() == DEFAULT_STEPS.get(old):
            steps.blockSignals(True)
            steps.setValue(DEFAULT_STEPS[new])
            steps.blockSignals(False)
        self._apply_config()

    def _sampler_config(self, combo: QComboBox, steps: QSpinBox, eta: QDoubleSpinBox) -> SamplerConfig:
        s = combo.currentData()
        return SamplerConfig(s, steps.value(), eta.value() if s == "ddim" else 0.0)

    def _apply_config(self, *_a, force: bool = False) -> None:
        if self.state.model is None:
            return
        a = self._sampler_config(self.sampler_combo, self.steps_spin, self.eta_spin)
        b = (self._sampler_config(self.sampler_b, self.steps_b, self.eta_b)
             if self.compare_check.isChecked() else None)
        self.eta_spin.setEnabled(a.sampler == "ddim")
        for w in (self.sampler_b, self.steps_b, self.eta_b):
            w.setEnabled(b is not None)
        self.eta_b.setEnabled(b is not None and b.sampler == "ddim")
        batch = self.batch_spin.value()
        note = ""
        if not self.state.model.is_points:
            longest = max(a.steps, b.steps if b else 0)
            cap = max(1, MAX_FRAMES_VALUES // longest)
            if batch > cap:
                note = (self.tr("batch limited to {cap} for {longest} steps, so the cached trajectory "
                        "fits in memory").format(cap=cap, longest=longest))
                batch = cap
        self.run_note.setText(note)
        self.run_note.setVisible(bool(note))
        prompt = self.prompt_box.prompt_class() if self.state.model.conditional else None
        cfg = dict(a=a, b=b, seed=self.seed_spin.value(), batch=batch, prompt=prompt,
                   guidance=self.prompt_box.guidance() if prompt is not None else 1.0)
        old = self.state.config
        if force or (old.a, old.b, old.seed, old.batch, old.prompt, old.guidance) != (
                a, b, cfg["seed"], batch, prompt, cfg["guidance"]):
            self.pause()
            self.state.set_config(**cfg)

    def _on_reset(self) -> None:
        st = self.state
        self.progress.setRange(0, max(st.total, 1))
        self.progress.setValue(0)
        self.progress.setFormat(self._progress_text())
        self.scrub.blockSignals(True)
        self.scrub.setRange(0, st.total)
        self.scrub.setValue(0)
        self.scrub.blockSignals(False)
        self._points_metrics_for = -1
        self._final_brushes: list = []
        self._want = None
        self.diag_label.setText("")
        compare = st.config.b is not None
        for p in self.panels_b:
            p.setVisible(compare)
        self.row_label_b.setVisible(compare)
        self.point_plots[1]["widget"].setVisible(compare)
        if st.model is not None:
            self.runner.request(1)  # x_T and the first prediction, at once
        self._refresh()

    def _on_progress(self) -> None:
        st = self.state
        self.progress.setValue(st.computed)
        self.progress.setFormat(self._progress_text())
        if st.computed == st.total and st.model is not None and st.model.is_points:
            self._compute_point_metrics()
        if self._want is not None and st.index < self._want:
            st.set_index(min(self._want, st.computed))
            if st.index >= self._want:
                self._want = None
        if st.index >= st.computed - 1:  # the step on screen just got its prediction
            self._refresh()
        else:
            self._update_labels()

    def _progress_text(self) -> str:
        """'computed 12 / 50 steps · 0.10 s/step · 3.8 s left' (seconds once measured)."""
        st, r = self.state, self.runner
        text = self.tr("computed {computed} / {total} steps").format(computed=st.computed, total=st.total)
        if r.step_s is not None:
            text += self.tr(" · {step_s:.2f} s/step").format(step_s=r.step_s)
            eta = r.eta_s()
            if eta and st.computed < r.target:
                text += self.tr(" · {eta:.0f} s left").format(eta=eta) if eta >= 10 else self.tr(" · {eta:.1f} s left").format(eta=eta)
        return text

    def _on_run_error(self, error: Exception) -> None:
        self.pause()
        self.message_box = open_warning(self, self.tr("Sampling failed"),
                                        self.tr("The sampler stopped: {name}: {error}").format(name=type(error).__name__, error=error))

    def _on_grid_click(self, x: float, y: float) -> None:
        st = self.state
        if st.model is None or st.model.is_points:
            return
        i = grid_cell(x, y, st.model.data_shape, st.config.batch, self._ncols())
        if i is not None:
            st.set_selected(i)

    def _warn(self, title: str, text: str) -> None:
        self.message_box = open_warning(self, title, text)

    # ================================================================== lifecycle
    def prepare_screenshot(self) -> None:
        """Compute the whole run and stop at 80 % of it (the README's screenshot)."""
        from explorer.views.idle import wait_until_idle

        generic = getattr(self, "generic", None)
        if generic is not None and self.stack.currentWidget() is generic:
            generic.prepare_screenshot()  # a PixelCNN, an RBM …
            return
        if self.state.model is None:
            return
        self.runner.request(self.state.total)
        # a finished run, however slow this CPU: the ceiling only guards against a hang
        wait_until_idle(self, 600)
        self.state.set_index(int(0.8 * self.state.total))

    def is_busy(self) -> bool:
        return self.runner.is_busy() or self.field_worker.pending() or (
            getattr(self, "prompt_box", None) is not None and self.prompt_box.is_busy()) or (
            getattr(self, "generic", None) is not None and self.generic.is_busy())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.pause()
        self.runner.shutdown()
        self.metrics_worker.shutdown()
        self.field_worker.shutdown()
        if getattr(self, "prompt_box", None) is not None:
            self.prompt_box.shutdown()
        if getattr(self, "generic", None) is not None:
            self.generic.shutdown()
