"""Compare all: every 2D family on the Density view's data set, fitted or loaded, scored
in one table and added to the scoreboard.

:class:`CompareAllPanel` is a canvas tab of :class:`~explorer.views.density.DensityView`;
:func:`install` adds it and the generative-vs-discriminative tab
(:mod:`explorer.views.gen_vs_disc`) to a view (the side panel keeps its height at
1280 × 800: the *Compare all* button is in its tab). The work is :mod:`explorer.services.compare`, one family per job in this panel's
:class:`~explorer.services.worker.LatestWorker`: a newer request (another Compare all, a new
data set, Cancel) supersedes the rest, and a family being trained stops within one step.
"""

from __future__ import annotations

import math
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.i18n import training_text
from explorer.i18n.model_labels import model_label
from explorer.services.worker import LatestWorker
from explorer.views.density_parts import fmt


class CompareAllPanel(QWidget):
    """The Compare all tab: options, progress, Cancel and the table of every family.

    Parameters
    ----------
    view : the Density view (its state, canvas bounds and scoreboard).
    sync : run jobs inline (tests).
    """

    #: (done, total) of the family being trained, emitted from the worker thread
    step_progress = Signal(int, int)

    def __init__(self, view: Any, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.worker = LatestWorker("density-compare", sync=sync, parent=self)
        self.rows: list = []
        self._run: dict | None = None
        self._cancel = threading.Event()
        self.columns = ((self.tr("model"), None), (self.tr("how"), None),
                        (self.tr("test NLL"), "test_nll_nats"),
                        (self.tr("KL to truth"), "test_kl_nats"),
                        (self.tr("KL hist"), "kl_data_model"), (self.tr("JS"), "js"),
                        (self.tr("energy"), "energy_distance"),
                        (self.tr("modes"), "modes_captured"), (self.tr("params"), "n_params"),
                        (self.tr("s"), None))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Compare all"))
        self.run_button.setToolTip(self.tr("Fit or load every 2D family on this data set and "
                                           "score them all"))
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.train_check = QCheckBox(self.tr("train families without a shipped model, at most"))
        self.train_check.setChecked(True)
        self.steps_spin = QSpinBox(minimum=1, maximum=100_000, value=1500, singleStep=250)
        self.steps_spin.setSuffix(self.tr(" steps"))
        self.steps_spin.setToolTip(self.tr("cap on the training steps of a flow, an "
                                           "autoregressive model or a GAN trained here"))
        for w in (self.run_button, self.cancel_button, self.train_check, self.steps_spin):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        self.progress = QProgressBar()
        lay.addWidget(self.progress)
        self.status = QLabel(self.tr("Compare all fits or loads every family on the current "
                                     "data set; each one also joins the scoreboard."))
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([c for c, _ in self.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        hdr = self.table.horizontalHeader()
        hdr.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._on_click)
        lay.addWidget(self.table, 1)
        self.legend = QLabel(self.tr(
            "NLL: nats per held-out point (PF-ODE: a DDPM's probability-flow ODE on 1,000 "
            "points). KL hist, JS: 30 × 30-bin histograms of 1,000 samples against the "
            "held-out points. Energy: energy distance. Modes: captured of known modes."))
        self.legend.setWordWrap(True)
        lay.addWidget(self.legend)
        self.step_progress.connect(self._on_step)
        self.worker.busy_changed.connect(lambda b: view._set_busy("compare", b))

    # ---------------------------------------------------------------- running
    def start(self) -> None:
        """Plan and run Compare all on the view's data set (supersedes any run)."""
        from explorer.services.compare import plan

        self._stop()
        data = self.view.state.data
        if data is None or len(data.train) < 2:
            self.status.setText(self.tr("At least 2 training points are needed: choose a "
                                        "data set, or draw or import points."))
            return
        items = plan(data, self.train_check.isChecked())
        self._cancel = threading.Event()
        self._run = {"todo": list(items), "n": len(items), "data": data,
                     "bounds": self.view.canvas.view_bounds(), "cancel": self._cancel,
                     "steps": self.steps_spin.value()}
        self.rows = []
        self.table.setRowCount(0)
        self.progress.setRange(0, len(items))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.view.canvas_tabs.setCurrentWidget(self.tab_page)
        self._next()

    def _next(self) -> None:
        from explorer.services.compare import run_item

        run = self._run
        item = run["todo"].pop(0)
        done = run["n"] - len(run["todo"])
        verb = {"fit": self.tr("fitting"), "train": self.tr("training"),
                "load": self.tr("loading and scoring"), "skip": self.tr("skipping")}[item.how]
        self.status.setText(self.tr("{done}/{n}: {verb} {name}…").format(
            done=done, n=run["n"], verb=verb, name=item.name))
        data, bounds, cancel, steps = run["data"], run["bounds"], run["cancel"], run["steps"]
        emit = self.step_progress.emit
        self.worker.submit(lambda: run_item(item, data, bounds, steps, cancel, emit),
                           self._on_row, self._on_error)

    def _on_step(self, step: int, total: int) -> None:
        if self._run is not None and total:
            done = self._run["n"] - len(self._run["todo"]) - 1
            self.progress.setRange(0, self._run["n"] * 1000)
            self.progress.setValue(int(1000 * (done + step / total)))

    def _on_row(self, row) -> None:
        run = self._run
        if run is None or self.view.state.data is not run["data"]:
            return
        self.rows.append(row)
        self._add_row(row)
        if row.result is not None:
            row.result.entry.extras["result"] = row.result
            self.view.state.add_entry(row.result.entry, make_current=False)
        self.progress.setRange(0, run["n"])
        self.progress.setValue(run["n"] - len(run["todo"]))
        if run["todo"]:
            self._next()
        else:
            self._finish()

    def _on_error(self, error: Exception) -> None:
        from explorer.services.compare import Cancelled

        if isinstance(error, Cancelled):
            return
        self._stop()
        self.status.setText(self.tr("Compare all stopped: {e}").format(e=error))

    def _finish(self) -> None:
        from explorer.services.compare import best

        self._run = None
        self.cancel_button.setEnabled(False)
        top = best(self.rows)
        n_ok = sum(r.result is not None for r in self.rows)
        text = self.tr("Compared {k} of {n} families.").format(k=n_ok, n=len(self.rows))
        if top is not None:
            self.view.state.set_current(top)
            text += " " + self.tr("Lowest test NLL: {label} ({v} nats), now on the canvas.").format(
                label=model_label(top.label), v=fmt(top.metrics.get("test_nll_nats")))
        self.status.setText(text)

    def cancel(self) -> None:
        """Stop the run: the family in progress stops within one training step; the rows
        already scored stay."""
        if self._run is None:
            return
        done = len(self.rows)
        self._stop()
        self.status.setText(self.tr("Cancelled after {k} of the families.").format(k=done))

    def _stop(self) -> None:
        self._cancel.set()
        self.worker.cancel()
        self._run = None
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def on_data(self, _data) -> None:
        """A new data set: whatever was being compared belongs to the old one."""
        self._stop()
        self.rows = []
        self.table.setRowCount(0)
        self.status.setText(self.tr("Compare all fits or loads every family on the current "
                                    "data set; each one also joins the scoreboard."))

    def shutdown(self) -> None:
        self._cancel.set()
        self.worker.shutdown()

    # ---------------------------------------------------------------- table
    def _add_row(self, row) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        e = None if row.result is None else row.result.entry
        model = None if e is None else e.model
        untractable = model is not None and getattr(model, "tractable", True) is False
        for c, (_, key) in enumerate(self.columns):
            if c == 0:
                text = row.item.name if e is None else model_label(e.label)
            elif c == 1:
                text = row.note
            elif c == len(self.columns) - 1:
                text = f"{row.seconds:.1f}"
            elif e is None:
                text = ""
            elif key in ("test_nll_nats", "test_kl_nats") and untractable:
                text = training_text(getattr(model, "likelihood_short", "n/a"))
            elif key == "modes_captured" and "modes_total" in e.metrics:
                # with wide modes (8gaussians' σ) a uniform box still "captures" all 8:
                # the share of samples near a mode is what separates the models
                text = f"{int(e.metrics[key])} / {int(e.metrics['modes_total'])}"
                hq = e.metrics.get("high_quality_share")
                if hq is not None:
                    text = self.tr("{modes} · {hq:.0%} near").format(modes=text, hq=hq)
            else:
                text = fmt(e.metrics.get(key))
                method = getattr(model, "likelihood_short", None)
                if key == "test_nll_nats" and method and key in e.metrics:
                    text = f"{text} ({training_text(method)})"
            item = QTableWidgetItem(text)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0:
                item.setToolTip(text if e is None else f"{model_label(e.label)} — {e.origin}")
            elif c == 1:
                item.setToolTip(row.note if row.item.path is None
                                else f"{row.note}: {row.item.path}")
            elif self.columns[c][1] == "modes_captured" and e is not None:
                item.setToolTip(self.tr(
                    "modes captured: modes holding at least a quarter of their fair share of "
                    "samples within 3σ; near: the share of all samples within 3σ of a mode"))
            elif c in (2, 3) and e is not None and (untractable or "(" in text):
                item.setToolTip(training_text(getattr(model, "likelihood_note", "")))
            self.table.setItem(r, c, item)

    def _on_click(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].result is not None:
            entry = self.rows[row].result.entry
            if entry in self.view.state.entries:
                self.view.state.set_current(entry)

    def cell(self, row: int, col: int) -> str:
        """The text of a table cell (tests, screenshots)."""
        item = self.table.item(row, col)
        return "" if item is None else item.text()


class DensityExtras:
    """What :func:`install` added to a Density view (``shutdown`` stops its workers)."""

    def __init__(self, compare: CompareAllPanel, gen_vs_disc: Any, guidance: Any) -> None:
        self.compare, self.gen_vs_disc, self.guidance = compare, gen_vs_disc, guidance

    def shutdown(self) -> None:
        self.compare.shutdown()
        self.gen_vs_disc.shutdown()
        self.guidance.shutdown()

    def is_busy(self) -> bool:
        return self.guidance.is_busy()


def _scrolled(panel: QWidget) -> QScrollArea:
    """``panel`` in a scroll area (its page in the canvas tabs, kept as ``panel.tab_page``):
    the tab then never makes the Density view taller or wider than a small window allows."""
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setWidget(panel)
    panel.tab_page = page
    return page


def install(view: Any) -> DensityExtras:
    """Add the generative-vs-discriminative and Compare all tabs to ``view``'s canvas tabs;
    both follow the view's data set."""
    from explorer.views.gen_vs_disc import GenVsDiscPanel

    sync = view.fit_worker.sync
    compare = CompareAllPanel(view, sync=sync)
    gvd = GenVsDiscPanel(view, sync=sync)
    view.canvas_tabs.addTab(_scrolled(gvd), QCoreApplication.translate(
        "DensityView", "Generative vs discriminative"))
    view.canvas_tabs.addTab(_scrolled(compare), QCoreApplication.translate(
        "DensityView", "Compare all"))
    from explorer.views.density_guidance import GuidancePanel

    guidance = GuidancePanel(view, sync=sync)
    # not in a scroll area: its wrapped captions would make the area size it by their
    # height-for-width and hide them below the fold; its own minimum size is small
    guidance.tab_page = guidance
    view.canvas_tabs.addTab(guidance, QCoreApplication.translate("DensityView", "Guidance"))
    view.state.data_changed.connect(guidance.request_populate)
    view.state.current_changed.connect(guidance.request_populate)
    view.state.data_changed.connect(compare.on_data)
    view.state.data_changed.connect(gvd.set_data)
    return DensityExtras(compare, gvd, guidance)
