"""The learned filters of an RBM: one tile per hidden unit (its weights W[:, j] as an image).

A static panel for the step-through view: a model that offers ``filters() -> [H, h, w]``
gets it beside its chains. Weights are shown on a diverging scale (blue negative, white 0,
red positive) symmetric about 0 at the 99th percentile of |W|, so a few large weights do not
wash the rest out; the caption gives that scale and how many units are shown (the first
``max_units``, in the order of the hidden units, which is also the order of the cells of the
"hidden p(h|v)" panel).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QWidget

from explorer.views.imaging import ImagePanel, diverging_lut, tile


def has_filters(model: Any) -> bool:
    """Whether ``model`` offers per-unit filters to draw."""
    return callable(getattr(model, "filters", None))


def filter_mosaic(filters: np.ndarray, max_units: int = 100) -> tuple[np.ndarray, float]:
    """[H, h, w] weights → (tiled image with NaN gutters, symmetric level ``s``)."""
    f = np.asarray(filters, np.float32)[:max_units]
    s = float(np.percentile(np.abs(f), 99)) if f.size else 1.0
    return tile(f), (s if s > 0 else 1.0)


class RBMFiltersPanel(ImagePanel):
    """The filters of the model set by :meth:`set_model` (cleared for a model without)."""

    def __init__(self, max_units: int = 100, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("filters W (one per hidden unit)"), lut=diverging_lut(),
                         levels=(-1.0, 1.0), parent=parent)
        self.max_units = max_units
        self.setToolTip(self.tr("Each tile is one hidden unit's weights to the pixels: red pixels "
                        "switch the unit on, blue ones switch it off."))

    def set_model(self, model: Any | None) -> None:
        if model is None or not has_filters(model):
            self.show(None)
            self.caption.setText("")
            self.setVisible(False)
            return
        filters = model.filters()
        mosaic, s = filter_mosaic(filters, self.max_units)
        self.show(mosaic, levels=(-s, s))
        n = len(filters)
        shown = min(n, self.max_units)
        self.caption.setText(self.tr("{shown} of {n} units · colour scale ±{s:.2g}").format(shown=shown, n=n, s=s)
                             if shown < n else self.tr("{n} units · colour scale ±{s:.2g}").format(n=n, s=s))
        self.setVisible(True)
