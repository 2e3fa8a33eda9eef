"""The GAN's own controls and layers in the Density tab.

Shown while the current (or live-training) model is a 2D GAN (anything with
``discriminator_grid``, ``generator_gradients`` and ``manifold``, also inside the sample
density wrapper of an opened artifact): Step D / Step G / Step both, slow motion, and canvas
layers — D(x) as the background, generated samples, the arrows along which the generator
loss pushes each generated point, and a regular noise grid pushed through G. A small plot
shows the D and G losses, a table the sample figures
(:mod:`training.density.sample_metrics`).

Grids, gradients and steps run in this panel's :class:`LatestWorker` on snapshots of
numpy arrays; results are applied on the GUI thread by :meth:`GanPanel._apply`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from explorer.services.worker import LatestWorker

#: live-training steps per update in slow motion (normal: one progress report, 50 steps)
SLOW_CHUNK = 5
D_RES = 96
N_SAMPLES = 500
N_ARROWS = 120
MANIFOLD_GRID = 20
#: D(x) colours: 0 (likely fake) red, ½ white, 1 (likely real) blue
D_COLOURS = pg.ColorMap([0.0, 0.5, 1.0], [(214, 96, 77), (247, 247, 247), (67, 147, 195)])
FIGURES = (("kl_data_model", "KL(p_data ‖ samples), histogram"), ("js", "JS divergence, histogram"),
           ("energy_distance", "energy distance"), ("modes_captured", "modes captured"),
           ("high_quality_share", "high-quality samples (≤ 3σ)"))


def gan_of(model: Any) -> Any:
    """The GAN in ``model`` (itself, or the sampler inside an opened artifact's density
    estimate), or None."""
    for m in (model, getattr(model, "model", None)):
        if m is not None and all(callable(getattr(m, a, None)) for a in
                                 ("discriminator_grid", "generator_gradients", "manifold")):
            return m
    return None


@dataclass(frozen=True)
class GanPicture:
    """What one refresh computed (numpy only, made in the worker)."""

    bounds: Any
    d_grid: np.ndarray
    samples: np.ndarray
    arrows: tuple[np.ndarray, np.ndarray]
    manifold: np.ndarray
    density: Any  # a GridResult of the samples' KDE, or None
    figures: dict | None
    event: tuple[int, float, float] | None  # (step, D loss, G loss) of a button's update


def _segments_of_manifold(m: np.ndarray) -> np.ndarray:
    """Pairs of points [2k, 2] drawing the rows and columns of the noise grid (1D: a line)."""
    if m.ndim == 2:
        return np.repeat(m, 2, axis=0)[1:-1]
    rows = [np.repeat(r, 2, axis=0)[1:-1] for r in m]
    cols = [np.repeat(c, 2, axis=0)[1:-1] for c in m.transpose(1, 0, 2)]
    return np.concatenate(rows + cols)


class GanPanel(QGroupBox):
    """See the module docstring. ``view`` is the :class:`~explorer.views.density.DensityView`."""

    def __init__(self, view: Any, sync: bool = False) -> None:
        super().__init__(self.tr("GAN: discriminator vs generator"))
        self.view = view
        self.worker = LatestWorker("density-gan", sync=sync, parent=self)
        self.gan: Any = None
        self.trainer: Any = None  # who the Step buttons step (the live trainer or our own)
        self._live: tuple[Any, Any] | None = None  # (model, trainer) of the last live run
        self.picture: GanPicture | None = None
        self.figures: dict | None = None
        self._history: list[tuple[int, float, float]] = []
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.step_d = QPushButton(self.tr("Step D"))
        self.step_g = QPushButton(self.tr("Step G"))
        self.step_both = QPushButton(self.tr("Step both"))
        for b, which, tip in ((self.step_d, "d", self.tr("one update of the discriminator only")),
                              (self.step_g, "g", self.tr("one update of the generator only")),
                              (self.step_both, "both", self.tr("k updates of D, then one of G"))):
            b.setToolTip(tip)
            b.clicked.connect(lambda _=False, w=which: self.step(w))
            row.addWidget(b)
        lay.addLayout(row)
        self.slow = QCheckBox(self.tr("slow motion ({slow_chunk} steps per live update)").format(slow_chunk=SLOW_CHUNK))
        self.slow.toggled.connect(self._apply_slow)
        lay.addWidget(self.slow)
        grid = QGridLayout()
        self.show_d = QCheckBox(self.tr("D(x) background"))
        self.show_gen = QCheckBox(self.tr("generated samples"))
        self.show_arrows = QCheckBox(self.tr("G-gradient arrows"))
        self.show_manifold = QCheckBox(self.tr("noise grid → G"))
        self.show_manifold.setToolTip(self.tr("the manifold: a regular grid of noise z pushed through G"))
        self.show_arrows.setToolTip(self.tr("−∇ₓ of the generator loss at generated points: where G is pushed"))
        for i, cb in enumerate((self.show_d, self.show_gen, self.show_arrows, self.show_manifold)):
            cb.setChecked(cb is not self.show_arrows)
            cb.toggled.connect(self._show_layers)
            grid.addWidget(cb, i // 2, i % 2)
        lay.addLayout(grid)
        self.d_bar = QLabel(self.tr("likely real ↔ likely fake"))
        self.d_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.d_bar.setToolTip(self.tr("the background is D(x): blue where D calls points real "
                              "(D ≈ 1), red where it calls them fake (D ≈ 0), white at ½"))
        self.d_bar.setStyleSheet(
            "QLabel { color: black; padding: 1px; border: 1px solid #999; background: "
            "qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 rgb(67,147,195), "
            "stop:0.5 rgb(247,247,247), stop:1 rgb(214,96,77)); }")
        lay.addWidget(self.d_bar)
        self.loss_plot = pg.PlotWidget(background="w")
        self.loss_plot.setFixedHeight(110)
        self.loss_plot.setLabel("bottom", "step")
        self.loss_plot.addLegend(offset=(-5, 5), labelTextColor=(0, 0, 0))
        self.d_curve = self.loss_plot.plot([], [], pen=pg.mkPen((67, 147, 195), width=2), name=self.tr("D loss"))
        self.g_curve = self.loss_plot.plot([], [], pen=pg.mkPen((214, 96, 77), width=2), name=self.tr("G loss"))
        lay.addWidget(self.loss_plot)
        self.figure_label = QLabel(self.tr("no sample figures yet"))
        self.figure_label.setTextFormat(Qt.TextFormat.RichText)
        self.figure_label.setWordWrap(True)
        lay.addWidget(self.figure_label)

        plot = view.canvas.plot_item
        self.d_image = pg.ImageItem(axisOrder="row-major")
        self.d_image.setLookupTable(D_COLOURS.getLookupTable(0.0, 1.0, 256))
        self.d_image.setZValue(-9)
        self.gen_scatter = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(200, 30, 30, 200))
        self.gen_scatter.setZValue(6)
        self.arrow_item = pg.PlotCurveItem(pen=pg.mkPen((120, 0, 150), width=1.3), connect="pairs")
        self.arrow_item.setZValue(7)
        self.manifold_item = pg.PlotCurveItem(pen=pg.mkPen((40, 40, 40, 70), width=1), connect="pairs")
        self.manifold_item.setZValue(4)
        self.items = (self.d_image, self.gen_scatter, self.arrow_item, self.manifold_item)
        for item in self.items:
            item.setVisible(False)
            plot.addItem(item)
        self.setVisible(False)

    # ---------------------------------------------------------------- what is shown
    def set_entry(self, entry: Any) -> None:
        """The scoreboard's current entry changed: show the panel for a GAN, else hide it."""
        gan = None if entry is None else gan_of(entry.model)
        self._set_gan(gan)
        if gan is None:
            return
        if self._live is not None and self._live[0] is gan:
            self.trainer = self._live[1]
            self._history_from(self.trainer.history)
        else:  # opened from a file: the card's curve and figures; a trainer on first Step
            self.trainer = None
            tr = (getattr(gan, "card", None) or {}).get("training", {})
            self._history = [(int(s), float(d), float(g)) for s, d, g in tr.get("loss_curve", [])]
            self.figures = tr.get("sample_metrics") or None
            self._draw_curves()
        self.refresh()

    def on_progress(self, training: Any) -> None:
        """A chunk of live training arrived (``training``: the view's LiveTraining)."""
        gan = gan_of(training.model)
        if gan is None:
            if self.gan is not None and self._live is None:
                self._set_gan(None)
            return
        self._live = (gan, training.trainer)
        self.trainer = training.trainer
        self._set_gan(gan)
        self._apply_slow()
        self._history_from(training.trainer.history)
        self.refresh()

    def _set_gan(self, gan: Any) -> None:
        self.gan = gan
        self.setVisible(gan is not None)
        if gan is None:
            for item in self.items:
                item.setVisible(False)
            self.view.canvas.image.setVisible(True)
            self.view.canvas.colorbar.setVisible(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.gan is not None and not self.view.playing and not self.view._starting
        for b in (self.step_d, self.step_g, self.step_both):
            b.setEnabled(ok)

    def _history_from(self, events: list) -> None:
        self._history = [(ev.step, ev.metrics.get("d_loss", math.nan), ev.metrics.get("g_loss", math.nan))
                         for ev in events]
        last = next((ev.metrics for ev in reversed(events) if "energy_distance" in ev.metrics), None)
        if last is not None:
            self.figures = last
        self._draw_curves()

    def _draw_curves(self) -> None:
        h = np.array(self._history, dtype=float).reshape(-1, 3)
        self.d_curve.setData(h[:, 0], h[:, 1])
        self.g_curve.setData(h[:, 0], h[:, 2])
        self._draw_figures()

    def _draw_figures(self) -> None:
        f = self.figures
        if not f:
            self.figure_label.setText(self.tr("no sample figures yet"))
            return
        rows = []
        for key, name in FIGURES:
            if key not in f:
                continue
            v = f[key]
            text = (self.tr("{v} of {modes_total}").format(v=int(v), modes_total=int(f.get('modes_total', 0))) if key == "modes_captured"
                    else f"{v:.1%}" if key == "high_quality_share" else f"{v:.3f}")
            rows.append(f"<tr><td>{name}</td><td align='right'>&nbsp;{text}</td></tr>")
        self.figure_label.setText(self.tr("<b>Sample figures</b> (lower is better for the divergences)"
                                  "<table>") + "".join(rows) + "</table>")

    # ---------------------------------------------------------------- actions
    def _apply_slow(self, *_: object) -> None:
        tr = self.view.training
        if tr is not None and gan_of(tr.model) is not None:
            tr.chunk = SLOW_CHUNK if self.slow.isChecked() else tr.trainer.eval_every

    def _own_trainer(self) -> Any:
        """A trainer for a model that has none (opened from a file, or finished): the app's
        defaults, on the current data set; its weights are left as they are."""
        from training.density.registry import get

        data = self.view.state.data
        if data is None or len(data.train) < 2:
            return None
        fam = get("gan")
        return fam.trainer(self.gan, data.train, {}, x_val=data.val[:1000], app=True)

    def step(self, which: str) -> None:
        """One update of D, of G, or one whole step (the buttons)."""
        if self.gan is None or self.view.playing or self.view._starting:
            return
        if self.view.training is not None and gan_of(self.view.training.model) is self.gan:
            self.trainer = self.view.training.trainer
        if self.trainer is None:
            self.trainer = self._own_trainer()
            if self.trainer is None:
                return
        self.refresh(which)

    def refresh(self, which: str | None = None) -> None:
        """Recompute the pictures (after ``which`` update, if given) in the worker."""
        gan, trainer = self.gan, self.trainer
        if gan is None:
            return
        bounds = self.view.canvas.view_bounds()
        live = self.view.training is not None

        def job() -> GanPicture:
            from explorer.services.density import evaluate_grid_fast

            ev, figures, density = None, None, None
            if which is not None:
                trainer.step(1, which=which)
                ev = (trainer.progress, trainer.last.get("d_loss", math.nan) if which != "g"
                      else math.nan, trainer.last.get("g_loss", math.nan) if which != "d"
                      else math.nan)
                if which == "both":
                    gan.refresh_pool()
                figures = trainer.evaluate_samples()
            d = gan.discriminator_grid(bounds.x0, bounds.x1, bounds.y0, bounds.y1, D_RES)
            if which is not None or not live:
                density = evaluate_grid_fast(gan, bounds, 128)
            return GanPicture(bounds, d, gan.sample(N_SAMPLES, seed=1),
                              gan.generator_gradients(N_ARROWS, seed=2),
                              gan.manifold(MANIFOLD_GRID), density, figures, ev)

        self.worker.submit(job, self._apply, self._on_error)

    def _on_error(self, error: Exception) -> None:
        self.figure_label.setText(self.tr("GAN step failed: {error}").format(error=error))

    def _apply(self, p: GanPicture) -> None:
        if self.gan is None:
            return
        self.picture = p
        b = p.bounds
        self.d_image.setImage(p.d_grid, autoLevels=False, levels=(0.0, 1.0))
        self.d_image.setRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)
        self.gen_scatter.setData(p.samples[:, 0], p.samples[:, 1])
        pts, push = p.arrows
        # arrows scaled so the longest is 1/12 of the view's width
        longest = float(np.max(np.linalg.norm(push, axis=1))) if len(push) else 0.0
        scale = (b.x1 - b.x0) / 12 / longest if longest > 0 else 0.0
        seg = np.empty((2 * len(pts), 2))
        seg[0::2], seg[1::2] = pts, pts + push * scale
        self.arrow_item.setData(seg[:, 0], seg[:, 1])
        m = _segments_of_manifold(p.manifold)
        self.manifold_item.setData(m[:, 0], m[:, 1])
        if p.density is not None and self.view.training is None:
            self.view.canvas.set_grid(p.density)
        if p.figures is not None:
            self.figures = p.figures
        if p.event is not None:  # a button's update: its loss joins the curves
            self._history.append(p.event)
        self._draw_curves()
        self._show_layers()

    def _show_layers(self, *_: object) -> None:
        on = self.gan is not None and self.picture is not None
        self.d_image.setVisible(on and self.show_d.isChecked())
        d_shown = on and self.show_d.isChecked()
        # D(x) replaces the density estimate and its colour bar (ours: the bar in the panel)
        self.view.canvas.image.setVisible(not d_shown)
        self.view.canvas.colorbar.setVisible(not d_shown)
        self.d_bar.setVisible(self.show_d.isChecked())
        self.gen_scatter.setVisible(on and self.show_gen.isChecked())
        self.arrow_item.setVisible(on and self.show_arrows.isChecked())
        self.manifold_item.setVisible(on and self.show_manifold.isChecked())

    def shutdown(self) -> None:
        self.worker.shutdown()
