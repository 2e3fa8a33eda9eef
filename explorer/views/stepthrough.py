"""The generic step-through view: any step sampler that is not a diffusion model.

It asks the model only for ``step_names``, ``iter_steps(n, seed, **options)`` and, when
present, ``step_options`` (a tuple of :class:`training.density.family.Hyper`, which become
the option widgets), ``step_panel_kinds`` (``"probability"`` panels get a heat-map colour
scale) and ``receptive_field(i, j)`` (a panel under the controls).

Frames are computed in a :class:`LatestWorker` in chunks of ~0.1 s and applied on the GUI
thread; Step computes one more frame (or shows a cached one), Back shows the cached previous
one, Play steps on until Pause, Run to end computes the rest as fast as it can.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from explorer.services.stepthrough import advance, start_run
from explorer.services.worker import LatestWorker
from explorer.state.stepthrough import StepThroughState
from explorer.views.imaging import ImagePanel, diverging_lut, tile


def heat_lut() -> np.ndarray:
    """Dark blue (p = 0) → orange → light yellow (p = 1), 256 entries."""
    x = np.linspace(0, 1, 256)[:, None]
    stops = np.array([[20, 24, 82], [150, 40, 110], [240, 120, 40], [252, 250, 190]], float)
    pos = np.linspace(0, 1, len(stops))
    return np.stack([np.interp(x[:, 0], pos, stops[:, c]) for c in range(3)], 1).astype(np.uint8)


#: a panel kind a model declares (``step_panel_kinds``) → its colour map and levels; panels
#: of no listed kind are grey images in [0, 1]
PANEL_STYLES = {
    "probability": (heat_lut, (0.0, 1.0)),
    "signed": (diverging_lut, (-3.0, 3.0)),  # standardised values: blue < 0 < red
}
#: panels per row: more go on the next row (a latent DDPM's row and the pixel DDPM's)
PANELS_PER_ROW = 3


class StepThroughView(QWidget):
    """Controls on the left, one image grid per panel name on the right."""

    def __init__(self, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = StepThroughState()
        self.worker = LatestWorker("stepthrough", sync=sync, parent=self)
        self.painter_worker = LatestWorker("stepthrough-digit", sync=sync, parent=self)
        self._gen = None
        self._target = 0  # frames wanted
        self.playing = False
        self.last_error: Exception | None = None
        self.option_widgets: dict[str, QWidget] = {}
        self.panels: dict[str, ImagePanel] = {}
        self.play_timer = QTimer(self, interval=40)
        self.play_timer.timeout.connect(self._tick)
        self._build()
        self.state.run_reset.connect(self._on_reset)
        self.state.progressed.connect(self._on_progress)
        self.state.index_changed.connect(lambda _i: self._refresh())

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        lay = QHBoxLayout(self)
        side = QWidget()
        side.setFixedWidth(300)
        sl = QVBoxLayout(side)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        sl.addWidget(self.model_label)
        box = QGroupBox(self.tr("Sampler"))
        self.form = QFormLayout(box)
        self.seed_spin = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.n_spin = QSpinBox(minimum=1, maximum=64, value=16)
        self.form.addRow(self.tr("seed"), self.seed_spin)
        self.form.addRow(self.tr("batch size"), self.n_spin)
        self.seed_spin.valueChanged.connect(self._on_request_changed)
        self.n_spin.valueChanged.connect(self._on_request_changed)
        sl.addWidget(box)
        play = QGroupBox(self.tr("Steps"))
        pl = QGridLayout(play)
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.step_button = QPushButton(self.tr("Step ▶"))
        self.play_button = QPushButton(self.tr("Play"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.end_button = QPushButton(self.tr("Run to end"))
        self.back_button.clicked.connect(self.back)
        self.step_button.clicked.connect(self.step)
        self.play_button.clicked.connect(self.play)
        self.pause_button.clicked.connect(self.pause)
        self.end_button.clicked.connect(self.run_to_end)
        pl.addWidget(self.back_button, 0, 0)
        pl.addWidget(self.step_button, 0, 1)
        pl.addWidget(self.play_button, 1, 0)
        pl.addWidget(self.pause_button, 1, 1)
        pl.addWidget(self.end_button, 2, 0, 1, 2)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._on_slider)
        pl.addWidget(self.slider, 3, 0, 1, 2)
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        pl.addWidget(self.progress_label, 4, 0, 1, 2)
        sl.addWidget(play)
        self.rf_box = QGroupBox(self.tr("Receptive field of one output"))
        rl = QVBoxLayout(self.rf_box)
        row = QHBoxLayout()
        self.rf_row = QSpinBox(minimum=0, maximum=27, value=14)
        self.rf_col = QSpinBox(minimum=0, maximum=27, value=14)
        row.addWidget(QLabel(self.tr("row")))
        row.addWidget(self.rf_row)
        row.addWidget(QLabel(self.tr("column")))
        row.addWidget(self.rf_col)
        rl.addLayout(row)
        self.rf_panel = ImagePanel(self.tr("|∂ logit / ∂ input|"), lut=heat_lut(), min_size=120)
        rl.addWidget(self.rf_panel, 1)
        self.rf_row.valueChanged.connect(self._refresh_rf)
        self.rf_col.valueChanged.connect(self._refresh_rf)
        sl.addWidget(self.rf_box, 1)
        # a model with per-unit filters (an RBM's weights) shows them beside its chains
        from explorer.views.rbm_filters import RBMFiltersPanel

        self.filters_panel = RBMFiltersPanel()
        self.filters_panel.setVisible(False)
        sl.addWidget(self.filters_panel, 1)
        # a model that completes any painted region (``paint_option``): the region to keep
        from explorer.views.mask_painter import MaskPainter

        self.mask_painter = MaskPainter()
        self.mask_painter.setVisible(False)
        self.mask_painter.changed.connect(self._on_request_changed)
        sl.addWidget(self.mask_painter)
        sl.addStretch(0)
        # the controls scroll rather than make the window taller than the screen
        from PySide6.QtWidgets import QFrame, QScrollArea

        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(side.width() + 14)
        lay.addWidget(scroll)
        right = QVBoxLayout()
        self.panel_row = QGridLayout()
        right.addLayout(self.panel_row, 1)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.caption)
        lay.addLayout(right, 1)

    # ------------------------------------------------------------------ model
    def set_model(self, model, title: str = "") -> None:
        """Show ``model`` (a step sampler): panels and option widgets from what it declares."""
        self.pause()
        self.state.model = model
        for panel in self.panels.values():
            panel.setParent(None)
            panel.deleteLater()
        self.panels = {}
        kinds = getattr(model, "step_panel_kinds", {}) or {}
        for i, name in enumerate(model.step_names):
            lut, levels = PANEL_STYLES.get(kinds.get(name), (None, (0.0, 1.0)))
            panel = ImagePanel(name, lut=lut() if lut else None, levels=levels)
            self.panels[name] = panel
            self.panel_row.addWidget(panel, *divmod(i, PANELS_PER_ROW))
        used = min(len(model.step_names), PANELS_PER_ROW)
        for c in range(PANELS_PER_ROW):
            self.panel_row.setColumnStretch(c, 1 if c < used else 0)
        for name, w in self.option_widgets.items():
            self.form.removeRow(w)
        self.option_widgets = {}
        for h in getattr(model, "step_options", ()) or ():
            w = self._option_widget(h)
            w.setToolTip(h.help)
            self.option_widgets[h.name] = w
            self.form.addRow(h.title, w)
        has_rf = callable(getattr(model, "receptive_field", None))
        self.rf_box.setVisible(has_rf)
        shape = getattr(model, "image_shape", None)
        if has_rf and shape:
            self.rf_row.setMaximum(shape[0] - 1)
            self.rf_col.setMaximum(shape[1] - 1)
            self._refresh_rf()
        self.filters_panel.set_model(model)
        if shape and getattr(model, "paint_option", None):
            self.mask_painter.set_shape(tuple(shape))
        self.model_label.setText(title)
        self._on_request_changed()

    def _option_widget(self, h) -> QWidget:
        if h.choices:
            w = QComboBox()
            for value, label in h.choices:
                w.addItem(str(label), value)
            w.setCurrentIndex(max(0, w.findData(h.default)))
            w.currentIndexChanged.connect(self._on_request_changed)
        elif h.type is bool:
            w = QCheckBox()
            w.setChecked(bool(h.default))
            w.toggled.connect(self._on_request_changed)
        elif h.type is int:
            w = QSpinBox(minimum=int(h.min if h.min is not None else -10**9),
                         maximum=int(h.max if h.max is not None else 10**9))
            w.setValue(int(h.default))
            w.valueChanged.connect(self._on_request_changed)
        else:
            w = QDoubleSpinBox(minimum=h.min if h.min is not None else -1e9,
                               maximum=h.max if h.max is not None else 1e9, decimals=3)
            w.setValue(float(h.default))
            w.valueChanged.connect(self._on_request_changed)
        return w

    def option_values(self) -> dict:
        out = {}
        for name, w in self.option_widgets.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            else:
                out[name] = w.value()
        if self.painting(out):
            out["mask"] = self.mask_painter.flat()
        return out

    def painting(self, options: dict | None = None) -> bool:
        """Whether the model's painted-region option is chosen (the mask painter shows)."""
        paint = getattr(self.state.model, "paint_option", None)
        if not paint:
            return False
        options = self.option_values() if options is None else options
        return options.get(paint[0]) == paint[1]

    def _update_painter(self) -> None:
        """Show the painter while the painted option is chosen, over the digit that will be
        completed (read in the worker: the test set may need loading first)."""
        on = self.painting()
        self.mask_painter.setVisible(on)
        # the receptive field is another lesson: it makes room for the painter meanwhile
        self.rf_box.setVisible(not on and callable(
            getattr(self.state.model, "receptive_field", None)))
        if not on:
            return
        model, opts = self.state.model, self.option_values()
        n, seed = self.n_spin.value(), self.seed_spin.value()

        def job():
            if callable(getattr(model, "test_digits", None)):
                test = model.test_digits()
                return test[int(opts.get("test_digit", 0)) % len(test)]
            if callable(getattr(model, "digits", None)):
                return model.digits(n, seed)[0]
            return None

        self.painter_worker.submit(job, self.mask_painter.set_background, self._on_error)

    # ------------------------------------------------------------------ runs
    def _on_request_changed(self, *_a) -> None:
        """Seed, batch or an option changed: a new run (the latest request wins)."""
        if self.state.model is None:
            return
        was_playing = self.playing
        self._update_painter()
        self.state.n, self.state.seed = self.n_spin.value(), self.seed_spin.value()
        self.state.options = self.option_values()
        self.worker.cancel()
        self.state.reset()
        self._gen = None
        self._target = 0
        self._want(1)  # the first frame at once
        if was_playing:
            self.play()

    def _want(self, frames: int) -> None:
        """Make sure at least ``frames`` frames get computed."""
        self._target = max(self._target, frames)
        self._pump()

    def _pump(self) -> None:
        st = self.state
        if st.model is None or self.worker.pending() or len(st.frames) >= self._target:
            return
        if st.frames and st.finished:
            return
        run_id, req, model = st.run_id, st.request(), st.model
        if self._gen is None or self._gen[0] != run_id:
            self._gen = (run_id, None)
        gen_box = self._gen

        def job(need=self._target - len(st.frames)):
            gen = gen_box[1] if gen_box[1] is not None else start_run(model, req)
            return gen, advance(gen, need)

        self.worker.submit(job, lambda res, rid=run_id: self._on_frames(rid, res),
                           self._on_error)

    def _on_frames(self, run_id: int, result) -> None:
        gen, frames = result
        if run_id != self.state.run_id:
            return
        self._gen = (run_id, gen)
        if not frames and not self.state.finished:  # the generator ended early
            self.state.total = len(self.state.frames)
        self.state.add_frames(run_id, frames)
        self._pump()

    def _on_error(self, error: Exception) -> None:
        self.last_error = error
        self.pause()
        self.progress_label.setText(self.tr("sampling failed: {name}: {error}").format(name=type(error).__name__, error=error))

    # ------------------------------------------------------------------ controls
    def step(self) -> None:
        st = self.state
        if st.index + 1 < len(st.frames):
            st.set_index(st.index + 1)
        else:
            self._follow = True
            self._want(len(st.frames) + 1)

    def back(self) -> None:
        self.pause()
        self.state.set_index(self.state.index - 1)

    def play(self) -> None:
        if self.state.model is None:
            return
        self.playing = True
        self._want(len(self.state.frames) + 8)
        self.play_timer.start()

    def pause(self) -> None:
        """Stop showing and computing further steps (what is computed stays cached)."""
        self.playing = False
        self.play_timer.stop()
        self._target = len(self.state.frames)

    def run_to_end(self) -> None:
        if self.state.model is None:
            return
        self.playing = True
        self._want(10**9)
        self.play_timer.start()

    def _tick(self) -> None:
        st = self.state
        if not self.playing:
            return
        st.set_index(len(st.frames) - 1)  # live: show the newest frame
        if st.finished:
            self.pause()
        elif self._target < 10**9:
            self._want(len(st.frames) + 8)

    def _on_slider(self, value: int) -> None:
        if value != self.state.index:
            self.pause()
            self.state.set_index(value)

    # ------------------------------------------------------------------ display
    def _on_reset(self) -> None:
        self._follow = True
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, 0)
        for panel in self.panels.values():
            panel.show(None)
        self.caption.setText("")
        self.progress_label.setText(self.tr("computing …"))

    def go_to(self, index: int) -> None:
        """Show frame ``index`` once it is computed (computing up to it): a session."""
        self._goto = int(index)
        if index >= 0:
            self._want(index + 1)
        if 0 <= index < len(self.state.frames):
            self._goto = None
            self.state.set_index(index)

    def _on_progress(self, n_frames: int) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(0, n_frames - 1))
        if getattr(self, "_follow", False) and not self.playing:
            self._follow = False
            self.state.set_index(n_frames - 1)
        goto = getattr(self, "_goto", None)
        if goto is not None and (n_frames > goto or self.state.finished):
            self._goto = None
            self.state.set_index(min(goto, n_frames - 1))
        self._update_progress()

    def _update_progress(self) -> None:
        st = self.state
        secs = [f.seconds for f in st.frames[-50:]]
        per = self.tr("{secs:.1f} ms per step").format(secs=1000 * np.median(secs)) if secs else ""
        self.progress_label.setText(
            self.tr("step {index} of {total} shown · {frames} computed · {per}").format(index=st.index + 1, total=st.total or '?', frames=len(st.frames), per=per))

    def _refresh(self) -> None:
        frame = self.state.current()
        with QSignalBlocker(self.slider):
            self.slider.setValue(max(0, self.state.index))
        self._update_progress()
        if frame is None:
            return
        self.caption.setText(self.tr("step {index} of {total}: {caption}").format(index=frame.index + 1, total=frame.total, caption=frame.caption))
        for name, panel in self.panels.items():
            arr = frame.panels.get(name)
            panel.setVisible(arr is not None)  # an optional panel (an option turned it off)
            if arr is None:
                continue
            arr = np.asarray(arr, np.float32)
            if arr.ndim == 3:
                ncols = int(np.ceil(np.sqrt(len(arr))))
                panel.show(tile(arr, ncols=ncols))

    def _refresh_rf(self, *_a) -> None:
        model = self.state.model
        if model is None or not callable(getattr(model, "receptive_field", None)):
            return
        r, c = self.rf_row.value(), self.rf_col.value()
        rf = np.array(model.receptive_field(r, c), np.float32)
        rf[r, c] = np.nan
        self.rf_panel.show(rf ** 0.5)
        self.rf_panel.caption.setText(self.tr("output ({r}, {c}) (blank); zero = cannot see").format(r=r, c=c))

    # ------------------------------------------------------------------ lifecycle
    def prepare_screenshot(self) -> None:
        """The README's screenshot: the whole run computed, shown at 60 % of it."""
        from explorer.views.idle import wait_until_idle

        if self.state.model is None:
            return
        self.run_to_end()
        wait_until_idle(self, 600)  # the ceiling only guards against a hang
        if self.state.frames:
            self.state.set_index(int(0.6 * (len(self.state.frames) - 1)))

    def is_busy(self) -> bool:
        return self.worker.pending() or self.painter_worker.pending()

    def shutdown(self) -> None:
        self.pause()
        self.worker.shutdown()
        self.painter_worker.shutdown()


def is_diffusion(model) -> bool:
    """Whether the Diffusion view's own panels (schedule, x_t, ε̂, x̂₀) apply to ``model``."""
    from training.diffusion.pipeline import DiffusionModel

    return isinstance(model, DiffusionModel)


def show_generic(host, loaded) -> StepThroughView:
    """Show ``loaded`` (a step sampler that is not a diffusion model) in ``host``'s stack
    (the Diffusion tab), creating the generic view on first use."""
    view = getattr(host, "generic", None)
    if view is None:
        view = StepThroughView(sync=host.metrics_worker.sync)
        host.generic = view
        host.stack.addWidget(view)
    card = loaded.card
    m = card.get("metrics", {})
    if "test_nll_nats" in m:
        nll = QCoreApplication.translate("stepthrough", "<br>test NLL {test_nll_nats:.1f} nats").format(test_nll_nats=m['test_nll_nats'])
        if "test_bits_per_dim" in m:
            nll += QCoreApplication.translate("stepthrough", " ({test_bits_per_dim:.3f} bits/dim)").format(test_bits_per_dim=m['test_bits_per_dim'])
    elif "test_ll_nats" in m:  # an RBM: log-likelihood, log Z exact or by AIS
        exact = bool(m.get("log_z_method_exact"))
        nll = (QCoreApplication.translate("stepthrough", "<br>test log-likelihood {test_ll_nats:.1f} nats per image "
               "({estimate})").format(test_ll_nats=m['test_ll_nats'], estimate=QCoreApplication.translate("stepthrough", 'exact log Z') if exact else QCoreApplication.translate("stepthrough", 'log Z by AIS, an estimate')))
    else:
        nll = ""
    summary = getattr(loaded.model, "card_summary", None)  # a model that words its card
    if callable(summary):
        nll = "".join(f"<br>{line}" for line in summary(card))
    view.set_model(loaded.model, f"<b>{card.get('family', card['class'])} · "
                                 f"{card['data'].get('name', '')}</b> ({loaded.path.name}){nll}")
    host.stack.setCurrentWidget(view)
    return view
