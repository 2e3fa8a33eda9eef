"""The prompt and the guidance scale of a class-conditional diffusion model.

A text prompt ("seven", "7", "a three", "siete", "七", or a class name such as "Europe")
picks the class; a slider sets the classifier-free guidance scale s of

    ε̂ = ε̂_∅ + s · (ε̂_c − ε̂_∅)

(s = 0: the unconditional model, s = 1: the conditional one, s > 1: pushed further towards
the class). A small plot shows what s costs and buys: the share of samples classified as
the prompted class and their diversity relative to real examples, over s — the curve the
model's card measured over all classes, and on request the same curve for this prompt,
measured here in a worker point by point.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSlider, QWidget,
)

from explorer.services.worker import LatestWorker

#: the slider's range: s = value / SCALE in 0 … MAX_S
SCALE, MAX_S = 10, 10.0
#: samples per point of the curve measured for one prompt
CURVE_SAMPLES = 16
ACC_PEN = pg.mkPen((40, 110, 220), width=2)
DIV_PEN = pg.mkPen((230, 120, 30), width=2)


class PromptBox(QGroupBox):
    """Prompt field, guidance slider and the accuracy / diversity curve over s.

    Signals
    -------
    changed
        The prompted class or the guidance scale changed (a new run is due).
    """

    changed = Signal()

    def __init__(self, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prompt and guidance"), parent)
        self.model = None
        self.card: dict[str, Any] = {}
        self._class: int | None = None
        self._judge = None
        self._judge_for = None
        self._measure: dict[str, Any] | None = None
        self.worker = LatestWorker("diffusion-guidance", sync=sync, parent=self)
        form = QFormLayout(self)
        self.prompt_edit = QLineEdit()
        self.prompt_edit.setClearButtonEnabled(True)
        self.prompt_edit.textChanged.connect(self._on_text)
        form.addRow(self.tr("prompt"), self.prompt_edit)
        self.prompt_status = QLabel()
        self.prompt_status.setWordWrap(True)
        form.addRow(self.prompt_status)
        row = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(MAX_S * SCALE))
        self.slider.setValue(SCALE)
        self.slider.setToolTip(self.tr("classifier-free guidance scale s"))
        self.slider.valueChanged.connect(self._on_slider)
        self.s_label = QLabel()
        self.s_label.setMinimumWidth(52)
        row.addWidget(self.slider, 1)
        row.addWidget(self.s_label)
        form.addRow(self.tr("guidance"), row)
        # one line, never wrapped: Qt draws the hat of a wrapped ε̂ on the wrong line
        self.formula = QLabel("ε̂ = ε̂<sub>∅</sub> + s·(ε̂<sub>c</sub> − ε̂<sub>∅</sub>)")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.formula)
        self.formula_note = QLabel(self.tr(
            "s = 0: the unconditional model; s = 1: the conditional one; s &gt; 1: pushed "
            "further towards the class"))
        self.formula_note.setTextFormat(Qt.TextFormat.RichText)
        self.formula_note.setWordWrap(True)
        form.addRow(self.formula_note)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.setMinimumHeight(150)
        self.plot.setMaximumHeight(170)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1.2)
        self.plot.setLabel("bottom", "s")
        # the key above the plot, not a legend over the curves
        self.key = QLabel(self.tr(
            "<span style='color:#286edc'>━ accuracy</span> · "
            "<span style='color:#e6781e'>━ diversity</span> — dashed: the card (all "
            "classes), solid: this prompt"))
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        form.addRow(self.key)
        self.card_acc = self.plot.plot([], [], pen=pg.mkPen((40, 110, 220), width=1,
                                                            style=Qt.PenStyle.DashLine))
        self.card_div = self.plot.plot([], [], pen=pg.mkPen((230, 120, 30), width=1,
                                                            style=Qt.PenStyle.DashLine))
        self.live_acc = self.plot.plot([], [], pen=ACC_PEN, symbol="o", symbolSize=5,
                                       symbolBrush=(40, 110, 220))
        self.live_div = self.plot.plot([], [], pen=DIV_PEN, symbol="o", symbolSize=5,
                                       symbolBrush=(230, 120, 30))
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen((120, 120, 120), width=1))
        self.plot.addItem(self.cursor)
        form.addRow(self.plot)
        self.measure_button = QPushButton(self.tr("Measure for this prompt"))
        self.measure_button.setToolTip(self.tr(
            "sample {n} images per guidance scale for the prompted class (fast solver, "
            "20 steps) and plot how many are classified as that class and how varied they "
            "are").format(n=CURVE_SAMPLES))
        self.measure_button.clicked.connect(self.measure)
        form.addRow(self.measure_button)
        self.curve_note = QLabel()
        self.curve_note.setWordWrap(True)
        form.addRow(self.curve_note)
        self._on_slider(self.slider.value())
        self.setVisible(False)

    # ------------------------------------------------------------------ the model
    def set_model(self, model, card: dict[str, Any]) -> None:
        """Show the box for a class-conditional model (hidden otherwise), at the card's
        default guidance scale, with the card's curve."""
        self.cancel()
        self.model, self.card = model, card or {}
        self._judge = self._judge_for = None
        conditional = bool(getattr(model, "conditional", False))
        self.setVisible(conditional)
        self.live_acc.setData([], [])
        self.live_div.setData([], [])
        if not conditional:
            return
        g = self.card.get("guidance", {})
        default = float(g.get("default", 1.0))
        curve = g.get("curve", [])
        s = [r["s"] for r in curve]
        self.card_acc.setData(s, [r["accuracy"] for r in curve])
        self.card_div.setData(s, [r["diversity"] for r in curve])
        self._fit_y([r["diversity"] for r in curve])
        names = list(model.class_names)
        digits = names == [str(i) for i in range(10)]
        hint = (self.tr("a digit: 7, seven, siete, sete, 七 …") if digits else
                self.tr("a class: {names}").format(names=", ".join(names)))
        self.prompt_edit.setPlaceholderText(hint)
        self.curve_note.setText(self.tr(
            "Dashed: measured for the card over all classes ({n} per class, {sampler}); "
            "accuracy = share classified as the prompted class, diversity = spread of the "
            "samples ÷ spread of real examples of that class.").format(
                n=g.get("samples_per_class", "?"), sampler=g.get("sampler", "?")))
        blockers = [QSignalBlocker(self.slider), QSignalBlocker(self.prompt_edit)]
        self.slider.setValue(int(round(min(max(default, 0.0), MAX_S) * SCALE)))
        self.prompt_edit.setText("7" if digits else names[0])
        del blockers
        self._on_slider(self.slider.value(), emit=False)
        self._on_text(self.prompt_edit.text(), emit=False)

    def prompt_class(self) -> int | None:
        """The class the prompt asks for (None: no prompt, or one not understood)."""
        return self._class if getattr(self.model, "conditional", False) else None

    def guidance(self) -> float:
        return self.slider.value() / SCALE

    def set_prompt(self, text: str, guidance: float | None = None) -> None:
        """Set both without emitting ``changed`` twice (sessions, the tour)."""
        blockers = [QSignalBlocker(self.slider), QSignalBlocker(self.prompt_edit)]
        self.prompt_edit.setText(text)
        if guidance is not None:
            self.slider.setValue(int(round(min(max(guidance, 0.0), MAX_S) * SCALE)))
        del blockers
        self._on_slider(self.slider.value(), emit=False)
        self._on_text(self.prompt_edit.text(), emit=False)
        self.changed.emit()

    # ------------------------------------------------------------------ inputs
    def _on_text(self, text: str, emit: bool = True) -> None:
        if self.model is None:
            return
        from training.diffusion.conditional import parse_prompt

        names = tuple(self.model.class_names)
        c = parse_prompt(text, names)
        if not text.strip():
            self.prompt_status.setText(self.tr("No prompt: the unconditional model (∅) draws."))
        elif c is None:
            self.prompt_status.setText(self.tr(
                "<span style='color:#b03020'>Not understood</span> — name one class: "
                "{hint}").format(hint=self.prompt_edit.placeholderText()))
        else:
            text = self.tr("→ class <b>{name}</b>").format(name=names[c])
            counts = self.card.get("guidance", {}).get("training_examples_per_class", [])
            if c < len(counts) and counts[c] == 0:
                text += self.tr(" — <span style='color:#b03020'>the training set has no "
                                "example of it</span>: its label was never learned, so "
                                "what the model draws for it means nothing")
            self.prompt_status.setText(text)
        if c != self._class:
            self._class = c
            self.live_acc.setData([], [])
            self.live_div.setData([], [])
            self.cancel()
            if emit:
                self.changed.emit()

    def _on_slider(self, value: int, emit: bool = True) -> None:
        s = value / SCALE
        self.s_label.setText(f"s = {s:.1f}")
        self.cursor.setValue(s)
        if emit and self.model is not None:
            self.changed.emit()

    # ------------------------------------------------------------------ the live curve
    def measure(self) -> None:
        """Measure accuracy and diversity over the card's grid of s for this prompt, one
        point per worker job (the newest request wins; a new prompt cancels)."""
        if self.model is None or self._class is None:
            self.curve_note.setText(self.tr("Type a prompt the model understands first."))
            return
        from training.diffusion.conditional import GUIDANCE_GRID

        grid = [r["s"] for r in self.card.get("guidance", {}).get("curve", [])] or \
            list(GUIDANCE_GRID)
        self._measure = {"grid": grid, "i": 0, "c": self._class, "acc": [], "div": [],
                         "s": []}
        self.live_acc.setData([], [])
        self.live_div.setData([], [])
        self.measure_button.setEnabled(False)
        self._next_point()

    def _next_point(self) -> None:
        m = self._measure
        if m is None:
            return
        if m["i"] >= len(m["grid"]):
            self._measure = None
            self.measure_button.setEnabled(True)
            self.curve_note.setText(self.tr(
                "Solid: measured now for class {name}, {n} samples per point.").format(
                    name=self.model.class_names[m["c"]], n=CURVE_SAMPLES))
            return
        s, c, model = float(m["grid"][m["i"]]), m["c"], self.model
        self.curve_note.setText(self.tr("Measuring s = {s:g} ({i} of {n}) …").format(
            s=s, i=m["i"] + 1, n=len(m["grid"])))
        judge = self._get_judge

        def job():
            x = model.sample(CURVE_SAMPLES, steps=20, sampler="unipc", seed=0,
                             labels=[c], guidance=s)
            return s, judge().judge(x, np.full(CURVE_SAMPLES, c))

        self.worker.submit(job, self._on_point, self._on_point_error)

    def _get_judge(self):
        # built in the worker on first use (it loads the classifier and the data)
        from training.diffusion.conditional import GuidanceJudge

        if self._judge is None or self._judge_for is not self.model:
            data = self.card.get("data", {}).get("name", "mnist5k")
            self._judge = GuidanceJudge(self.model, data, card=self.card)
            self._judge_for = self.model
        return self._judge

    def _on_point(self, result) -> None:
        m = self._measure
        if m is None:
            return
        s, row = result
        m["s"].append(s)
        m["acc"].append(row["accuracy"])
        m["div"].append(row["diversity"])
        self.live_acc.setData(m["s"], m["acc"])
        self.live_div.setData(m["s"], m["div"])
        card_div = self.card_div.getData()[1]
        self._fit_y(m["div"] + ([] if card_div is None else list(card_div)))
        m["i"] += 1
        self._next_point()

    def _on_point_error(self, error: Exception) -> None:
        self._measure = None
        self.measure_button.setEnabled(True)
        self.curve_note.setText(self.tr("The measure failed: {e}").format(
            e=f"{type(error).__name__}: {error}"))

    def _fit_y(self, values) -> None:
        top = max([1.0] + [v for v in values if np.isfinite(v)])
        self.plot.setYRange(0, 1.1 * top, padding=0)

    def cancel(self) -> None:
        if self._measure is not None:
            self._measure = None
            self.worker.cancel()
            self.measure_button.setEnabled(True)

    def is_busy(self) -> bool:
        return self._measure is not None

    def shutdown(self) -> None:
        self.cancel()
        self.worker.shutdown()
