"""Quality against steps: the solver parity table of a diffusion model's card, plotted.

``python -m benchmarks.solvers --write-card`` samples every sampler × step count from the
same x_T and stores in the model's card (``solver_parity``) what the shipped classifier made
of the samples: the share classified with confidence ≥ 0.9 and the Fréchet distance, next
to DDIM-50's, with the tolerance the default step count was chosen by. The dialog draws
both against the number of steps, one curve per sampler, DDIM-50 as a dashed line with its
tolerance shaded, and rings the view's default (the sampler and step count the view opens
with). The card's own ``default`` is the benchmark's proposal: the fewest steps inside the
tolerance on the card's samples; where it differs from the view's (a few hundred samples
are noisy; the view's default was checked on larger sets, docs/views.md), the footer says
so. :func:`parity_series` reads the card and drops whatever is not a well-formed row (a
card is a file anyone can edit).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from explorer.state.diffusion import DEFAULT_SAMPLER, DEFAULT_STEPS, SAMPLER_LABELS
from explorer.views.gallery_table import finite_number

#: one colour per sampler (DDIM's other step counts included)
COLOURS = {"ddim": (120, 120, 120), "dpm++2m": (40, 110, 220), "unipc": (230, 120, 30),
           "unipc:quadratic": (30, 160, 80)}


def parity_series(parity: Any) -> dict[str, Any] | None:
    """``{"baseline": row, "series": {sampler: [rows by steps]}, "default": the view's
    (sampler, steps), "proposal": the card's (sampler, steps) or None, "tolerance": (share,
    factor), "meta": {...}}`` from a card's ``solver_parity``; None without a DDIM-50 row
    and at least one other well-formed row."""
    if not isinstance(parity, dict) or not isinstance(parity.get("rows"), list):
        return None
    rows = []
    for r in parity["rows"]:
        if not isinstance(r, dict) or not isinstance(r.get("sampler"), str):
            continue
        steps = r.get("steps")
        if isinstance(steps, bool) or not isinstance(steps, int) or not 1 <= steps <= 1000:
            continue
        vals = {k: finite_number(r.get(k)) for k in ("confident_share", "frechet_distance",
                                               "time_vs_ddim50", "rms")}
        if vals["confident_share"] is None or vals["frechet_distance"] is None:
            continue
        rows.append({"sampler": r["sampler"], "steps": steps, **vals})
    base = next((r for r in rows if (r["sampler"], r["steps"]) == ("ddim", 50)), None)
    others = [r for r in rows if r is not base]
    if base is None or not others:
        return None
    series: dict[str, list[dict]] = {}
    for r in sorted(others, key=lambda r: r["steps"]):
        series.setdefault(r["sampler"], []).append(r)
    d = parity.get("default")
    proposal = ((d["sampler"], d["steps"]) if isinstance(d, dict)
                and isinstance(d.get("sampler"), str) and isinstance(d.get("steps"), int)
                else None)
    tol = parity.get("tolerance") if isinstance(parity.get("tolerance"), dict) else {}
    share, factor = finite_number(tol.get("share")), finite_number(tol.get("frechet_factor"))
    meta = {k: parity.get(k) for k in ("n_eval", "measured_at", "cpu", "threads")
            if isinstance(parity.get(k), (int, str))}
    return {"baseline": base, "series": series, "proposal": proposal,
            "default": (DEFAULT_SAMPLER, DEFAULT_STEPS[DEFAULT_SAMPLER]),
            "tolerance": (share if share is not None else 0.01,
                          factor if factor is not None else 1.05), "meta": meta}


def sampler_name(sampler: str) -> str:
    return SAMPLER_LABELS.get(sampler, sampler)


class SolverParityDialog(QDialog):
    """Confident share and Fréchet distance against steps (see the module docstring)."""

    def __init__(self, data: dict[str, Any], title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quality against steps — {model}").format(model=title)
                            if title else self.tr("Quality against steps"))
        self.resize(900, 460)
        lay = QVBoxLayout(self)
        base, (share, factor) = data["baseline"], data["tolerance"]
        meta = data["meta"]
        self.caption = QLabel(self.tr(
            "Every sampler from the same x_T, {n} samples each, scored by the shipped digit "
            "classifier. Dashed: DDIM-50; shaded: no worse than it (at most {pts:g} point "
            "fewer confident digits, a Fréchet distance at most {pct:g} % higher). Ringed: "
            "the view's default.").format(n=meta.get("n_eval", "?"), pts=100 * share,
                                          pct=round(100 * (factor - 1), 1)))
        self.caption.setWordWrap(True)
        lay.addWidget(self.caption)
        row = QHBoxLayout()
        lay.addLayout(row, 1)
        self.conf_plot = pg.PlotWidget()
        self.fd_plot = pg.PlotWidget()
        for plot, ylab in ((self.conf_plot, self.tr("confident ≥ 0.9 (%)")),
                           (self.fd_plot, self.tr("Fréchet distance (lower is better)"))):
            plot.setBackground("w")
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setLabel("bottom", self.tr("steps (network evaluations)"))
            plot.setLabel("left", ylab)
            row.addWidget(plot, 1)
        self.conf_plot.addLegend(offset=(-10, -10))
        b_conf, b_fd = 100 * base["confident_share"], base["frechet_distance"]
        self._band(self.conf_plot, b_conf - 100 * share, b_conf, b_conf)
        self._band(self.fd_plot, b_fd, b_fd * factor, b_fd)
        # the dashed reference in the legend too (an empty curve draws only its key)
        self.conf_plot.plot([], [], pen=pg.mkPen((90, 90, 90), width=1,
                                                 style=Qt.PenStyle.DashLine), name="DDIM-50")
        self.curves: dict[str, tuple] = {}
        for sampler, rows in data["series"].items():
            colour = COLOURS.get(sampler, (150, 60, 160))
            xs = [r["steps"] for r in rows]
            pen, brush = pg.mkPen(colour, width=2), pg.mkBrush(colour)
            name = sampler_name(sampler)
            c = self.conf_plot.plot(xs, [100 * r["confident_share"] for r in rows], pen=pen,
                                    symbol="o", symbolSize=6, symbolBrush=brush, name=name)
            f = self.fd_plot.plot(xs, [r["frechet_distance"] for r in rows], pen=pen,
                                  symbol="o", symbolSize=6, symbolBrush=brush)
            self.curves[sampler] = (c, f)
        self.default_marks = []
        foot = []
        if data["default"] is not None:
            s, n = data["default"]
            hit = next((r for r in data["series"].get(s, []) if r["steps"] == n), None)
            for plot, y in (() if hit is None else
                            ((self.conf_plot, 100 * hit["confident_share"]),
                             (self.fd_plot, hit["frechet_distance"]))):
                mark = pg.ScatterPlotItem([n], [y], symbol="o", size=16, brush=None,
                                          pen=pg.mkPen((0, 0, 0), width=2))
                plot.addItem(mark)
                self.default_marks.append(mark)
            ratio = None if hit is None else hit.get("time_vs_ddim50")
            foot.append(self.tr("default: {sampler}, {steps} steps").format(
                sampler=sampler_name(s), steps=n)
                + (self.tr(" ({ratio:.2f} × DDIM-50's time)").format(ratio=ratio)
                   if ratio else ""))
        if data["proposal"] is not None and data["proposal"] != data["default"]:
            s, n = data["proposal"]
            foot.append(self.tr("on these {n} samples the fewest steps inside the band: "
                                "{sampler}, {steps}").format(
                n=meta.get("n_eval", "?"), sampler=sampler_name(s), steps=n))
        if meta.get("measured_at"):
            foot.append(self.tr("measured {when} on {cpu}").format(
                when=meta["measured_at"], cpu=meta.get("cpu", "?")))
        self.footer = QLabel(" · ".join(foot))
        self.footer.setWordWrap(True)
        self.footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.footer)

    @staticmethod
    def _band(plot: pg.PlotWidget, lo: float, hi: float, line: float) -> None:
        plot.addItem(pg.LinearRegionItem((lo, hi), orientation="horizontal", movable=False,
                                         brush=pg.mkBrush(120, 120, 120, 40),
                                         pen=pg.mkPen(None)))
        plot.addItem(pg.InfiniteLine(pos=line, angle=0,
                                     pen=pg.mkPen((90, 90, 90), width=1,
                                                  style=Qt.PenStyle.DashLine),
                                     # at the left, where few-step curves are far from it
                                     label="DDIM-50", labelOpts={"position": 0.06}))


class ParityButton(QPushButton):
    """"Quality vs steps…": enabled when the model's card holds a parity table; opens the
    plot in a window of its own (one at a time, replaced by the next model's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quality vs steps…"), parent)
        self.data: dict[str, Any] | None = None
        self.title = ""
        self.dialog: SolverParityDialog | None = None
        self.clicked.connect(self.show_plot)
        self.set_card(None, "")

    def set_card(self, card: dict | None, title: str) -> None:
        self.data = parity_series((card or {}).get("solver_parity"))
        self.title = title
        self.setEnabled(self.data is not None)
        self.setToolTip(
            self.tr("how each sampler's samples score against the number of steps, measured "
                    "for this model") if self.data is not None else
            self.tr("this model's card has no solver parity table (python -m benchmarks.solvers "
                    "--write-card measures one)"))
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def show_plot(self) -> None:
        if self.data is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = SolverParityDialog(self.data, self.title, self.window())
        self.dialog.show()
