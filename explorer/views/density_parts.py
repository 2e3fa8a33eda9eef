"""Parts of the Density tab (:mod:`explorer.views.density`), by responsibility: live
training (Play / Pause / Step), the scoreboard, the grid under the visible view, the probe.

The mixins hold methods of :class:`~explorer.views.density.DensityView` and use its widgets
and state; they are not used on their own.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QTableWidgetItem,
)

from explorer.i18n import training_text
from explorer.i18n.model_labels import model_label
from explorer.services.fitting import (
    FitResult,
    Progress,
)
from explorer.state import ScoreEntry
from explorer.views.density_canvas import CATEGORY_COLOURS


PROBE_HINT = QT_TRANSLATE_NOOP("DensityView", "Move the mouse over the canvas to probe p_model and p_data.")
LIKELIHOOD_KEYS = ("train_nll_nats", "test_nll_nats", "test_kl_nats")
SCORE_COLUMNS = ((QT_TRANSLATE_NOOP("DensityView", "model"), None), (QT_TRANSLATE_NOOP("DensityView", "train NLL"), "train_nll_nats"), (QT_TRANSLATE_NOOP("DensityView", "test NLL"), "test_nll_nats"),
                 (QT_TRANSLATE_NOOP("DensityView", "KL to truth"), "test_kl_nats"), (QT_TRANSLATE_NOOP("DensityView", "params"), "n_params"), (QT_TRANSLATE_NOOP("DensityView", "fit s"), "fit_time_s"))


def fmt(v: object) -> str:
    if v is None:
        return "–"
    if isinstance(v, str):
        return "∞" if v == "inf" else v
    if isinstance(v, (int, np.integer)):
        return f"{int(v):,}"
    v = float(v)
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if math.isnan(v):
        return "–"
    return f"{v:.3f}" if abs(v) < 1000 else f"{v:.3g}"


class LiveTrainingPanel:
    """Live training of an iterative family, chunk by chunk in the fit worker."""

    # ---------------------------------------------------------------- live training
    def _submit_chunk(self) -> None:
        tr = self.training
        if tr is None:
            return
        bounds = self.canvas.view_bounds()
        self.fit_worker.submit(lambda: tr.advance(bounds, 128), self._on_chunk, self._on_train_error)

    def _on_started(self, started) -> None:
        self._starting = False
        self.training, progress = started
        self.status.setText(self.tr("Training {label} live…").format(label=model_label(self.training.label)))
        self._update_buttons()
        self._on_chunk(progress)

    def _on_chunk(self, p: Progress) -> None:
        if self.training is None:
            return
        self.progress.setRange(0, p.total)
        self.progress.setValue(p.step)
        self.canvas.set_grid(p.grid)
        if self.show_samples.isChecked():
            self.canvas.set_samples(p.samples)
        self.curve_box.set_history(np.array(self.training.history, dtype=float).reshape(-1, 3))
        self.gan_panel.on_progress(self.training)
        self.status.setText(self.tr("Training {label}: step {step}/{total}, "
                            "train NLL {train_nll}, held-out {val_nll} nats.").format(label=model_label(self.training.label), step=p.step, total=p.total, train_nll=fmt(p.train_nll), val_nll=fmt(p.val_nll)))
        if p.done:
            self._finish_training()
        elif self.playing:
            self._submit_chunk()

    def _finish_training(self) -> None:
        tr, self.training = self.training, None
        self.playing = False
        self._update_buttons()
        bounds = self.canvas.view_bounds()
        self.status.setText(self.tr("{label}: scoring…").format(label=model_label(tr.label)))
        self.progress.setRange(0, 0)
        self.fit_worker.submit(lambda: tr.result(bounds), self._on_fit_result, self._on_fit_error)

    def _on_train_error(self, error: Exception) -> None:
        self._starting = False
        self.training = None
        self.playing = False
        self._progress_done()
        self._update_buttons()
        self.status.setText(self.tr("Training stopped: {error}").format(error=error))

    def toggle_play(self) -> None:
        if self.training is None:
            return
        self.playing = not self.playing
        if self.playing:
            self._submit_chunk()
        self._update_buttons()

    def step_once(self) -> None:
        if self.training is None:
            return
        self.playing = False
        self._update_buttons()
        self._submit_chunk()

    def stop_and_keep(self) -> None:
        """Stop live training now and score the model as it is."""
        if self.training is not None:
            self.fit_worker.cancel()
            self._finish_training()

    def _stop_training(self) -> None:
        if self.training is not None or self._starting:
            self.fit_worker.cancel()
        self._starting = False
        self.training = None
        self.playing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        live = self.training is not None
        can = self._can_fit() if hasattr(self, "data_combo") else False
        self.fit_button.setEnabled(can)
        self.ladder_button.setEnabled(can)
        self.play_button.setEnabled(live)
        self.step_button.setEnabled(live and not self.playing)
        self.play_button.setText(self.tr("Pause") if self.playing else self.tr("Play"))
        if hasattr(self, "gan_panel"):
            self.gan_panel._update_buttons()

    def _progress_done(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)

    def _reset_curve(self) -> None:
        self.curve_box.reset()


class ScoreboardPanel:
    """The scoreboard and what the canvas shows for the current entry."""

    # ================================================================== scoreboard
    def _on_entries(self, entries: list[ScoreEntry]) -> None:
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, (_, key) in enumerate(SCORE_COLUMNS):
                text = model_label(e.label) if key is None else fmt(e.metrics.get(key))
                untractable = key in LIKELIHOOD_KEYS and getattr(e.model, "tractable", True) is False
                if untractable:  # the model says why: implicit (a GAN)
                    text = training_text(getattr(e.model, "likelihood_short", "n/a"))
                # a likelihood computed another way (a DDPM's PF-ODE) says how, beside it
                method = (key in LIKELIHOOD_KEYS and not untractable and key in e.metrics
                          and getattr(e.model, "likelihood_short", None))
                if method:
                    text = f"{text} ({training_text(method)})"
                item = QTableWidgetItem(text)
                if untractable or method:
                    item.setToolTip(training_text(getattr(e.model, "likelihood_note", "")))
                if key is not None:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key is None:
                    item.setToolTip(model_label(e.label) if e.origin == "fitted here"
                                    else f"{model_label(e.label)} — {e.origin}")
                self.table.setItem(r, c, item)

    def _on_table_click(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.state.entries):
            self.state.set_current(self.state.entries[row])

    def _on_current(self, entry: ScoreEntry | None) -> None:
        if entry is None:
            self.table.clearSelection()
            self.layers_panel.set_model(None)
            self.class_panel.set_family(None)
            self.gan_panel.set_entry(None)
            return
        row = self.state.entries.index(entry)
        # the family box names the family of what the canvas shows (a ladder ends on the KDE)
        self.model_box.set_family(entry.family)
        self.table.blockSignals(True)
        self.table.selectRow(row)
        self.table.blockSignals(False)
        self.canvas.set_value_label(getattr(entry.model, "tractable", True) is not False
                                    and not getattr(entry.model, "heatmap_from_samples", False))
        result = entry.extras.get("result")
        if result is not None:
            self.result = result
            self.canvas.set_grid(result.grid)
            self._redraw_samples()
            self._show_diagnostics(result)
            self._evaluate_visible(coarse=False)
        # by capability: any model that can push points through its layers
        self.layers_panel.set_model(entry.model if hasattr(entry.model, "through_layers") else None)
        self.gan_panel.set_entry(entry)
        self.class_panel.set_family(entry.family)

    def _show_diagnostics(self, r: FitResult) -> None:
        f = r.fractions

        def chip(i, text):
            c = CATEGORY_COLOURS[i]
            return f"<span style='color: rgb({c[0]},{c[1]},{c[2]})'>■</span> {text}"

        off, mem, ok = f["off-support"], f["memorised"], f["plausible"]
        self.diag_label.setText(
            self.tr("<b>Samples from {label}</b> (1,000):<br>"
            "{off} <small>({support_rule})</small><br>"
            "{mem} <small>(closer to a training point than "
            "99 % of training points are to their nearest neighbour)</small><br>"
            "{ok}").format(label=model_label(r.entry.label), off=chip(0, self.tr('A off-support: {off:.1%}').format(off=off)), support_rule=r.support_rule, mem=chip(1, self.tr('B memorised: {mem:.1%}').format(mem=mem)), ok=chip(2, self.tr('C plausible: {ok:.1%}').format(ok=ok)))
        )

    def _redraw_samples(self) -> None:
        r = self.result
        if r is None or not self.show_samples.isChecked():
            self.canvas.set_samples(None)
            return
        self.canvas.set_samples(r.samples, r.category, self.show_diag.isChecked())


class VisibleGrid:
    """log p on the visible view: coarse while it moves, refined when it rests."""

    # ================================================================== view / grid
    def _on_range_changed(self, *_: object) -> None:
        if not self._closed and self.training is None:
            self._range_timer.start()

    def _current_model(self):
        e = self.state.current
        return None if e is None else e.model

    def _evaluate_visible(self, coarse: bool) -> None:
        """Re-evaluate log p over the visible rectangle. Costly models (measured per class:
        a flow) get the resolution that fits the interaction budget (≤ 128²) while the view
        moves, and 256² once it rests."""
        import time

        from explorer.services.density import evaluate_grid_fast

        model = self._current_model()
        if model is None or self.training is not None:
            return
        cost = self._ms_per_point.get(type(model))
        slow = cost is None or cost * 256**2 > self.INTERACTIVE_BUDGET_MS
        res = self._coarse_res(cost) if (coarse and slow) else 256
        bounds = self.canvas.view_bounds()
        costs = self._ms_per_point

        def job():
            t0 = time.perf_counter()
            grid = evaluate_grid_fast(model, bounds, res)
            costs[type(model)] = (time.perf_counter() - t0) * 1000 / res**2
            return grid

        self.grid_worker.submit(job, self._on_grid,
                                lambda e: self.status.setText(self.tr("Could not evaluate the grid: {e}").format(e=e)))
        if coarse and slow:
            self._refine_timer.start()

    #: time budget for one grid evaluation while the view is being dragged
    INTERACTIVE_BUDGET_MS = 120.0
    #: a model class's measured cost of one grid point (ms), kept across views
    _ms_per_point: dict = {}

    def _coarse_res(self, ms_per_point: float | None) -> int:
        res = int(math.sqrt(self.INTERACTIVE_BUDGET_MS / max(ms_per_point or 0.006, 1e-6)))
        return max(48, min(128, res))

    def _on_grid(self, grid) -> None:
        if self.training is None:
            self.canvas.set_grid(grid)


class ProbePanel:
    """p_model and p_data at the mouse."""

    # ================================================================== probe
    def _on_mouse_moved(self, pos) -> None:
        if not self.canvas.sceneBoundingRect().contains(pos):
            return
        p = self.canvas.map_to_view(pos)
        self.probe_at(p.x(), p.y())

    def probe_at(self, x: float, y: float) -> str:
        """Describe p_model and p_data at (x, y); also shown under the canvas."""
        data = self.state.data
        unit = "°" if data is not None and data.is_map else ""
        parts = [f"<b>x</b> = ({x:.3f}{unit}, {y:.3f}{unit})"]
        lm = self.canvas.value_at(x, y)
        if lm is not None:
            parts.append(self.tr("log p_model = {lm}").format(lm=fmt(lm)))
        lt = None
        if data is not None and data.true_log_prob is not None:
            lt = float(data.true_log_prob(np.array([[x, y]]))[0])
            parts.append(self.tr("log p_data = {lt} (true)").format(lt=fmt(lt)))
        elif data is not None and len(data.train) >= 2:
            from explorer.services.fitting import data_kde

            lt = float(data_kde(data).log_prob(np.array([[x, y]]))[0])
            parts.append(self.tr("log p_data ≈ {lt} (KDE estimate)").format(lt=fmt(lt)))
        if data is not None and data.is_map:
            from training.data.cities import is_land

            if -180 <= x <= 180 and -90 <= y <= 90:
                parts.append(self.tr("on land") if is_land(np.array([[x, y]]))[0] else self.tr("in the sea"))
            else:
                parts.append(self.tr("off the map (longitude ±180°, latitude ±90°)"))
        if lm is not None and lt is not None and math.isfinite(lt) and math.isfinite(lm):
            parts.append(self.tr("log p_data/p_model = {lm:+.3f}").format(lm=lt - lm))
        text = " · ".join(parts)
        self.probe.setText(text)
        return text
