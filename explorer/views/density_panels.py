"""Panels of the Density view built from the family registry: the p_model box (family
box, one generated hyperparameter page per family, fit / live-training buttons) and the
training curve.

Nothing here names a family: the pages come from each family's declared hyperparameters
(:class:`training.density.family.Hyper`): an int is a spin box, a float a decimal spin
box, a str with choices a combo box, a bool a check box.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.i18n import training_text
from explorer.views.layout import CurrentPageStack

#: bounds of a spin box whose hyperparameter declares none
INT_LIMIT = 1_000_000
FLOAT_LIMIT = 1e6


def hyper_widget(h, app: bool = True) -> QWidget:
    """The input widget of one hyperparameter, at the app's default (``app=False``: at the
    command line's)."""
    value = h.app_default if app else h.default
    if h.type is bool:
        w = QCheckBox()
        w.setChecked(bool(value))
    elif h.type is str or h.choices:
        w = QComboBox()
        for v, text in h.choices or ((value, str(value)),):
            w.addItem(training_text(text), v)
        w.setCurrentIndex(max(0, w.findData(value)))
    elif h.type is int:
        w = QSpinBox()
        w.setRange(int(h.min) if h.min is not None else -INT_LIMIT,
                   int(h.max) if h.max is not None else INT_LIMIT)
        if h.step:
            w.setSingleStep(int(h.step))
        w.setValue(int(value))
    else:
        w = QDoubleSpinBox()
        lo = h.min if h.min is not None else -FLOAT_LIMIT
        # two significant digits of the default ("0.0010", not "0.001000000"); a positive
        # lower bound below that precision becomes the smallest value the box can show
        decimals = max(2, min(10, 1 - math.floor(math.log10(abs(value))))) if value else 2
        if 0 < lo < 10.0 ** -decimals:
            lo = 10.0 ** -decimals
        w.setDecimals(decimals)
        w.setRange(lo, h.max if h.max is not None else FLOAT_LIMIT)
        w.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        w.setValue(float(value))
    w.setToolTip(training_text(h.help) + (f" ({h.bounds_text()})" if h.bounds_text() else ""))
    return w


def widget_value(w: QWidget) -> Any:
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return w.currentData()
    return w.value()


def set_widget_value(w: QWidget, value: Any) -> None:
    if isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        if i < 0:
            raise ValueError(QCoreApplication.translate("density_panels", "{value!r} is not one of the choices").format(value=value))
        w.setCurrentIndex(i)
    else:
        w.setValue(value)


class HyperPage(QWidget):
    """The hyperparameter form of one family, generated from its declaration.

    ``widgets`` maps each shown hyperparameter's name to its input; :meth:`values` reads
    them (the ones the app does not show keep the family's app default).
    """

    def __init__(self, family, parent: QWidget | None = None, app: bool = True) -> None:
        super().__init__(parent)
        self.family = family
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        if family.note:
            note = QLabel(training_text(family.note))
            note.setWordWrap(True)
            form.addRow(note)
        shown = [h for h in family.hypers if h.in_app or not app]
        # the model's own hyperparameters first, then how it is trained
        for h in sorted(shown, key=lambda h: h.role != "model"):
            w = hyper_widget(h, app)
            self.widgets[h.name] = w
            form.addRow(self.tr("{title}:").format(title=training_text(h.title)), w)

    def values(self) -> dict[str, Any]:
        return {name: widget_value(w) for name, w in self.widgets.items()}

    def set_values(self, **values: Any) -> None:
        for name, value in values.items():
            set_widget_value(self.widgets[name], value)


class ModelBox(QGroupBox):
    """The p_model box: the family box, the chosen family's page, Fit / Play / Step /
    Fit ladder, the shipped-model button, a progress bar and a status line.

    ``family_changed(key)`` is emitted when another family is chosen.
    """

    family_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        from training.density.registry import families, ladder

        super().__init__("p_model", parent)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.family_combo = QComboBox()
        for fam in families():
            self.family_combo.addItem(training_text(fam.label), fam.key)
        form.addRow(self.tr("family:"), self.family_combo)
        lay.addLayout(form)
        self.hyper_stack = CurrentPageStack()  # no gap under a short page
        self.hyper_pages: dict[str, HyperPage] = {}
        for fam in families():
            page = HyperPage(fam)
            self.hyper_pages[fam.key] = page
            self.hyper_stack.addWidget(page)
        lay.addWidget(self.hyper_stack)
        row = QHBoxLayout()
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the family to the training points (maximum likelihood); "
                                   "iterative families train live"))
        self.play_button = QPushButton(self.tr("Pause"))
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("one progress report of the trainer: an EM iteration, or "
                                    "50 optimisation steps"))
        self.ladder_button = QPushButton(self.tr("Fit ladder"))
        self.ladder_text = " → ".join(f.short for f in ladder())
        self.ladder_button.setToolTip(self.tr("Fit {ladder_text} in turn").format(ladder_text=self.ladder_text))
        for b in (self.fit_button, self.play_button, self.step_button, self.ladder_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.shipped_button = QPushButton(self.tr("Open the shipped model for this data set"))
        lay.addWidget(self.shipped_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        lay.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.family_combo.currentIndexChanged.connect(self._on_family)
        self._on_family()

    def family(self) -> str:
        return self.family_combo.currentData()

    def set_family(self, key: str) -> None:
        i = self.family_combo.findData(key)
        if i >= 0 and i != self.family_combo.currentIndex():
            self.family_combo.setCurrentIndex(i)

    def page(self, key: str | None = None) -> HyperPage:
        return self.hyper_pages[key or self.family()]

    def hyper(self) -> dict[str, Any]:
        """The chosen family's hyperparameters as set on its page."""
        return self.page().values()

    def _on_family(self) -> None:
        self.hyper_stack.setCurrentWidget(self.page())
        self.family_changed.emit(self.family())


class TrainingCurve(QGroupBox):
    """Train and held-out NLL against the step, with the data's entropy as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Training curve (NLL, nats per point)"), parent)
        lay = QVBoxLayout(self)
        self.curve = pg.PlotWidget(background="w")
        self.curve.setFixedHeight(170)
        self.curve.setLabel("bottom", "step")
        self.legend = self.curve.addLegend(offset=(-5, 5), labelTextColor=(0, 0, 0))
        self.train_curve = self.curve.plot([], [], pen=pg.mkPen((31, 119, 180), width=2), name="train")
        self.val_curve = self.curve.plot([], [], pen=pg.mkPen((255, 127, 14), width=2), name="held-out")
        self.entropy_line = pg.InfiniteLine(angle=0, pen=pg.mkPen((80, 80, 80), style=Qt.PenStyle.DashLine),
                                            label="H(p_data)", labelOpts={"color": (60, 60, 60)})
        self.entropy_line.setVisible(False)
        self.curve.addItem(self.entropy_line)
        # the empty state says what would appear here instead of showing bare 0–1 axes
        self.empty_text = pg.TextItem(self.tr("no training yet — fit a family trained step by step\n"
                                      "(GMM, flow, autoregressive) to see its NLL per step"),
                                      color=(110, 110, 110), anchor=(0.5, 0.5))
        self.curve.addItem(self.empty_text, ignoreBounds=True)
        lay.addWidget(self.curve)
        self._set_empty(True)

    def _set_empty(self, empty: bool) -> None:
        item = self.curve.getPlotItem()
        self.empty_text.setVisible(empty)
        self.legend.setVisible(not empty)
        for axis in ("left", "bottom"):
            # no bare 0–1 axes: the empty state shows its text alone
            item.showAxis(axis, not empty)
        if empty:
            item.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            self.empty_text.setPos(0.5, 0.5)
        else:
            item.enableAutoRange()

    def reset(self) -> None:
        self.train_curve.setData([], [])
        self.val_curve.setData([], [])
        self._set_empty(True)

    def set_history(self, hist) -> None:
        """``hist``: an array [n, 3] of (step, train NLL, held-out NLL or NaN)."""
        import numpy as np

        if self.empty_text.isVisible():
            self._set_empty(False)
        self.train_curve.setData(hist[:, 0], hist[:, 1])
        finite = np.isfinite(hist[:, 2])
        self.val_curve.setData(hist[finite, 0], hist[finite, 2])

    def set_entropy(self, h: float | None) -> None:
        self.entropy_line.setVisible(h is not None)
        if h is not None:
            self.entropy_line.setValue(h)
