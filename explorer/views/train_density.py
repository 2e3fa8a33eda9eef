"""The Train… dialog's form for a 2D density family, generated from the family's declaration.

The family box lists :mod:`training.density.registry`; each family's page holds its
hyperparameters at the command line's defaults (the widgets of the Density view's pages,
:class:`~explorer.views.density_panels.HyperPage`); :meth:`DensityRecipeForm.arguments`
turns them into ``--family KEY --NAME VALUE …`` — only the values that differ from the
recipe's defaults, so the command shown is the shortest that trains this model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QStackedWidget, QWidget

from explorer.i18n import training_text
from explorer.views.density_panels import HyperPage


def option_arguments(family, values: dict[str, Any]) -> list[str]:
    """Command-line options of ``values`` that differ from ``family``'s recipe defaults."""
    args: list[str] = []
    for h in family.hypers:
        if h.name not in values or values[h.name] == h.default:
            continue
        flag = "--" + h.name.replace("_", "-")
        value = values[h.name]
        if h.type is bool:
            if value:
                args.append(flag)
            elif h.negative:
                args.append(h.negative)
            continue
        args += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
    return args


class DensityRecipeForm(QWidget):
    """Family box + the chosen family's hyperparameters; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from training.density.registry import families

        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.family = QComboBox()
        self.stack = QStackedWidget()
        self.pages: dict[str, HyperPage] = {}
        for fam in families():
            self.family.addItem(training_text(fam.label), fam.key)
            page = HyperPage(fam, app=False)
            self.pages[fam.key] = page
            self.stack.addWidget(page)
            for w in page.widgets.values():
                sig = getattr(w, "valueChanged", None) or getattr(w, "currentIndexChanged", None) \
                    or getattr(w, "toggled")
                sig.connect(lambda *_: self.changed.emit())
        self.family.currentIndexChanged.connect(self._on_family)
        form.addRow(self.tr("family"), self.family)
        form.addRow(self.stack)

    def _on_family(self, i: int) -> None:
        self.stack.setCurrentIndex(i)
        self.changed.emit()

    def key(self) -> str:
        return self.family.currentData()

    def arguments(self) -> list[str]:
        page = self.pages[self.key()]
        return ["--family", self.key(), *option_arguments(page.family, page.values())]
