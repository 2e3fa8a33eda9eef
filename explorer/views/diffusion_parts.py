"""Parts of the Diffusion tab (:mod:`explorer.views.diffusion`), by responsibility.

* :class:`ScheduleWidget`: ᾱ_t, √(1−ᾱ_t), β_t and log SNR against t, with a cursor;
* :class:`ReverseDrawing`: the x_t / ε̂ / x̂₀ panels, the batch grid, the 2D particles,
  trails, the ε̂ field (computed in its own worker) and the final samples' scores;
* :class:`ForwardProcessPanel`: a real test item noised to any t through the scheduler's
  own ``add_noise``;
* :class:`DiffusionExport`: PNG of the grid or particle plot, GIF of the trajectory.

The mixins hold methods of :class:`~explorer.views.diffusion.DiffusionView` and use its
widgets and state; they are not used on their own.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QStackedLayout, QVBoxLayout, QWidget,
)

from explorer.views.imaging import ImagePanel, diverging_lut, tile
from explorer.views.layout import RowLegend

MAX_FRAMES_VALUES = 16 * 1000  # batch × steps kept in memory for image runs (≈75 MB)
X_LEVELS = (-1.2, 1.2)
EPS_LEVELS = (-2.5, 2.5)
PARTICLE_BRUSH = (230, 90, 20, 200)
PARTICLE_BRUSH_B = (40, 110, 220, 200)


class ScheduleWidget(pg.GraphicsLayoutWidget):
    """ᾱ_t, √(1−ᾱ_t) and β_t (scaled) over t, and log SNR(t), each with a cursor at t."""

    def __init__(self) -> None:
        super().__init__()
        self.setBackground("w")
        self.setMinimumHeight(80)
        self.p1 = self.addPlot(title="schedule")
        self.p2 = self.addPlot(title=self.tr("log SNR(t) = log ᾱ_t / (1 − ᾱ_t)"))
        for p in (self.p1, self.p2):
            p.setLabel("bottom", "t")
            p.showGrid(x=True, y=True, alpha=0.25)
            p.setMouseEnabled(False, False)
            p.hideButtons()
        self.ab = self.p1.plot(pen=pg.mkPen((30, 30, 30), width=2), name=self.tr("ᾱ_t (signal²)"))
        self.sd = self.p1.plot(pen=pg.mkPen((200, 60, 40), width=2), name=self.tr("√(1−ᾱ_t) (noise)"))
        self.beta = self.p1.plot(pen=pg.mkPen((40, 110, 220), width=2, style=Qt.PenStyle.DashLine),
                                 name="β_t × 50")
        self.lsnr = self.p2.plot(pen=pg.mkPen((120, 60, 160), width=2))
        self.cursors = [pg.InfiniteLine(angle=90, pen=pg.mkPen((0, 150, 0), width=2))
                        for _ in range(2)]
        self.p1.addItem(self.cursors[0])
        self.p2.addItem(self.cursors[1])

    def set_schedule(self, schedule) -> None:
        t = np.arange(schedule.T)
        ab = schedule.alphas_cumprod.numpy()
        self.ab.setData(t, ab)
        self.sd.setData(t, np.sqrt(1 - ab))
        self.beta.setData(t, schedule.betas.numpy() * 50)
        self.lsnr.setData(t, schedule.log_snr().numpy())
        self.p1.setTitle(self.tr("{name}, T = {t}: <span style='color:#1e1e1e'>ᾱ_t</span>"
                         " · <span style='color:#c83c28'>√(1−ᾱ_t)</span>"
                         " · <span style='color:#286edc'>β_t × 50</span>").format(name=schedule.name, t=schedule.T))

    def set_t(self, t: int) -> None:
        for c in self.cursors:
            c.setValue(max(t, 0))


class ReverseDrawing:
    """Drawing the reverse process: labels, images, 2D particles, the ε̂ field, scores."""

    def _make_point_plot(self, name: str) -> dict:
        w = pg.PlotWidget(background="w")
        w.setAspectLocked(True)
        w.showGrid(x=True, y=True, alpha=0.2)
        data = pg.ScatterPlotItem(size=3, pen=None, brush=(120, 120, 120, 90))
        trails = pg.PlotDataItem(pen=pg.mkPen((0, 0, 0, 60), width=1), connect="finite")
        arrows = pg.PlotDataItem(pen=pg.mkPen((20, 140, 60, 200), width=1.5), connect="pairs")
        parts = pg.ScatterPlotItem(size=4, pen=None,
                                   brush=PARTICLE_BRUSH if name == "A" else PARTICLE_BRUSH_B)
        tips = pg.ScatterPlotItem(size=4, pen=None, brush=(20, 140, 60, 220))
        coast = pg.PlotDataItem(pen=pg.mkPen((90, 90, 90), width=1), connect="finite")
        for it in (coast, data, trails, arrows, tips, parts):
            w.addItem(it)
        # what the dots and arrows are, in a row under the plot (never over the points)
        legend = RowLegend(w.getPlotItem(), columns=3)
        legend.addItem(data, "p_data")
        legend.addItem(parts, self.tr("particles x_t"))
        legend.addItem(arrows, self.tr("−ε̂ (towards the data)"))
        return {"widget": w, "data": data, "trails": trails, "arrows": arrows, "tips": tips,
                "parts": parts, "coast": coast}

    def _real_data(self) -> np.ndarray:
        """Real data in data space: test images (N, H, W) or training points (N, 2)."""
        model = self.state.model
        if "real" in self._data_cache:
            return self._data_cache["real"]
        real = np.zeros((1, *model.data_shape), np.float32)
        try:
            from training.data.from_card import image_splits_of, point_splits

            if model.is_points:
                real = point_splits(model.card, n_train=3000, n_val=10, n_test=10).train
            else:
                sp = image_splits_of(model.card, tuple(model.data_shape))
                if sp.image_shape == model.data_shape:
                    real = sp.x_test
        except (KeyError, ValueError, OSError):
            pass  # user data the app cannot regenerate: show the model alone
        self._data_cache["real"] = real
        return real

    def _setup_point_backgrounds(self) -> None:
        model = self.state.model
        if not model.is_points:
            return
        real = self._real_data()
        name = model.card.get("data", {}).get("name", "")
        for p in self.point_plots:
            p["data"].setData(real[:, 0], real[:, 1])
            if name == "world-cities":
                from explorer.views.density_canvas import coastline

                p["coast"].setData(*coastline())
            else:
                p["coast"].setData([], [])
            lo, hi = real.min(0), real.max(0)
            pad = 0.25 * (hi - lo)
            p["widget"].setRange(xRange=(lo[0] - pad[0], hi[0] + pad[0]),
                                 yRange=(lo[1] - pad[1], hi[1] + pad[1]), padding=0)
            xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], 21)
            ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], 21)
            gx, gy = np.meshgrid(xs, ys)
            self._data_cache["field_grid"] = np.stack([gx.ravel(), gy.ravel()], 1)
            self._data_cache["field_len"] = 0.6 * (xs[1] - xs[0])

    # ================================================================== drawing
    def _ncols(self) -> int:
        return int(np.ceil(np.sqrt(self.state.config.batch)))

    def _update_labels(self) -> None:
        st = self.state
        if not st.runs or not st.runs[0].frames:
            self.step_label.setText(self.tr("computing x_T …"))
            return
        _, frame, t = st.runs[0].state_at(min(st.index, len(st.runs[0].frames)))
        where = f"t = {t}" if t >= 0 else self.tr("x₀ reached")
        self.step_label.setText(self.tr("step <b>{index}</b> / {total} · {where} · "
                                "{label}").format(index=st.index, total=st.total, where=where, label=st.config.a.label()))
        self.scrub.blockSignals(True)
        self.scrub.setValue(st.index)
        self.scrub.blockSignals(False)

    def _update_cursor(self) -> None:
        st = self.state
        if self.tabs.currentIndex() == 1:
            self.schedule.set_t(st.forward_t)
            return
        if st.runs and st.runs[0].frames:
            _, _, t = st.runs[0].state_at(min(st.index, len(st.runs[0].frames)))
            self.schedule.set_t(t)

    def _refresh(self) -> None:
        st = self.state
        model = st.model
        self._update_labels()
        self._update_cursor()
        if model is None or not st.runs or not st.runs[0].frames:
            return
        if model.is_points:
            self._draw_points()
        else:
            self._draw_images()

    def _draw_images(self) -> None:
        st = self.state
        i = st.selected
        runs = [(st.runs[0], st.index, self.panels_a, self.row_label_a)]
        if len(st.runs) > 1:
            runs.append((st.runs[1], st.index_b(st.index), self.panels_b, self.row_label_b))
        for run, k, panels, label in runs:
            if not run.frames:  # sampler B has not computed its first step yet
                continue
            k = min(k, len(run.frames))
            x, frame, t = run.state_at(k)
            panels[0].show(x[i, 0])
            panels[0].set_title(f"x_t, t = {t}" if t >= 0 else self.tr("x₀ (final sample)"))
            if frame is not None:
                panels[1].show(frame.eps[i, 0])
                panels[2].show(frame.x0[i, 0])
                panels[1].caption.setText(self.tr("std {std:.2f}").format(std=float(frame.eps[i, 0].astype(np.float32).std())))
            elif k < run.total:  # this step's prediction is being computed
                panels[1].caption.setText(self.tr("computing ε̂ …"))
                panels[0].set_title(f"x_t, t = {run.frames[-1].prev_t}")
            else:
                panels[1].show(None)
                panels[1].caption.setText(self.tr("(no prediction after the last step)"))
                panels[2].show(x[i, 0])
            label.setText(self.tr("<b>{label}</b> — sample {i}, step {k} / {total}").format(label=run.config.label(), i=i, k=k, total=run.total))
        # the grid (sampler A)
        x, frame, _ = st.runs[0].state_at(min(st.index, len(st.runs[0].frames)))
        src = x if (self.grid_xt.isChecked() or frame is None) else frame.x0
        self.grid_panel.set_title(self.tr("batch: x_t") if self.grid_xt.isChecked() else self.tr("batch: x̂₀"))
        self.grid_panel.show(tile(src[:, 0].astype(np.float32), self._ncols()))
        self.grid_panel.caption.setText(self.tr("click an image to follow it (selected: {i})").format(i=i))

    def _draw_points(self) -> None:
        st = self.state
        model = st.model
        runs = [(st.runs[0], st.index, self.point_plots[0])]
        if len(st.runs) > 1:
            runs.append((st.runs[1], st.index_b(st.index), self.point_plots[1]))
        for run, k, plot in runs:
            if not run.frames:  # sampler B has not computed its first step yet
                continue
            k = min(k, len(run.frames))
            x, frame, t = run.state_at(k)
            pts = model.to_data(_tensor(x))
            brushes = self._final_brushes if (t < 0 and plot is self.point_plots[0]
                                              and len(self._final_brushes) == len(pts)) else None
            if brushes is not None:
                plot["parts"].setData(pts[:, 0], pts[:, 1], brush=brushes)
            else:
                plot["parts"].setData(pts[:, 0], pts[:, 1],
                                      brush=PARTICLE_BRUSH if plot is self.point_plots[0]
                                      else PARTICLE_BRUSH_B)
            plot["widget"].setTitle(self.tr("{label} · step {k}/{total} · ").format(label=run.config.label(), k=k, total=run.total)
                                    + (f"t = {t}" if t >= 0 else "x₀"))
            if self.trails_check.isChecked():
                n = min(100, len(pts))
                path = [model.to_data(_tensor(f.x_t[:n])) for f in run.frames[:k]] + [pts[:n]]
                arr = np.stack(path, 1)  # [n, k+1, 2]
                arr = np.concatenate([arr, np.full((n, 1, 2), np.nan)], 1).reshape(-1, 2)
                plot["trails"].setData(arr[:, 0], arr[:, 1])
            else:
                plot["trails"].setData([], [])
            grid = self._data_cache.get("field_grid")
            if self.field_check.isChecked() and grid is not None and t >= 0:
                field = self._field(t)
                if field is not None:  # else: computing in the worker, drawn when it comes
                    seg, ends = field
                    plot["arrows"].setData(seg[:, 0], seg[:, 1])
                    plot["tips"].setData(ends[:, 0], ends[:, 1])  # the arrow heads
            else:
                plot["arrows"].setData([], [])
                plot["tips"].setData([], [])

    def _field(self, t: int):
        """The −ε̂ arrows at timestep ``t`` (segments, heads) if computed; else ask the
        field worker for them (latest request wins) and return None."""
        cache = self._data_cache.setdefault("field", {})
        if t in cache:
            return cache[t]
        model, grid, length = (self.state.model, self._data_cache["field_grid"],
                               self._data_cache["field_len"])

        def job():
            eps = model.predict_noise(model.to_model(grid), t).numpy()
            # −ε̂ points towards the data (the score is −ε̂/√(1−ᾱ_t)); unit-length arrows
            d = -eps * model.scale.numpy()
            d /= np.linalg.norm(d, axis=1, keepdims=True) + 1e-9
            ends = grid + d * length
            return np.stack([grid, ends], 1).reshape(-1, 2), ends

        def done(field) -> None:
            if self.state.model is model and self._data_cache.get("field") is cache:
                cache[t] = field
                self._refresh()

        self.field_worker.submit(job, done, lambda e: None)
        return None

    def _compute_point_metrics(self) -> None:
        st = self.state
        if self._points_metrics_for == id(st.runs[0]):
            return
        self._points_metrics_for = id(st.runs[0])
        model = st.model
        name = model.card.get("data", {}).get("name", "")
        final = model.to_data(_tensor(st.runs[0].frames[-1].x_prev))
        real = self._real_data()

        def job():
            from training.data.from_card import source_params
            from training.evaluate import points_sample_metrics

            return points_sample_metrics(final, name, real, seed=0, return_category=True,
                                         **source_params(model.card))

        def done(m: dict) -> None:
            cat = m.get("category")
            run = st.runs[0] if st.runs else None
            if cat is not None and run is not None and self._points_metrics_for == id(run):
                from explorer.views.density_canvas import CATEGORY_COLOURS

                self._final_brushes = [pg.mkBrush(*CATEGORY_COLOURS[int(c)], 220) for c in cat]
                self._refresh()
            parts = [self.tr("energy distance to p_data <b>{energy_distance:.4f}</b> "
                     "(two real samples: {energy_distance_floor:.4f})").format(energy_distance=m['energy_distance'], energy_distance_floor=m['energy_distance_floor'])]
            if "share_off_support" in m:
                parts.append(self.tr("<span style='color:rgb(220,30,30)'>●</span> A off-support "
                             "{share_off_support:.1%} · "
                             "<span style='color:rgb(170,60,230)'>●</span> B memorised "
                             "{share_memorised:.1%} · "
                             "<span style='color:rgb(20,200,90)'>●</span> C plausible "
                             "{share_plausible:.1%} (colours on the final particles)").format(share_off_support=m['share_off_support'], share_memorised=m['share_memorised'], share_plausible=m['share_plausible']))
            self.diag_label.setText(self.tr("Final samples ({final}): ").format(final=len(final)) + " · ".join(parts))

        self.metrics_worker.submit(job, done, lambda e: self.diag_label.setText(
            self.tr("could not score the samples: {e}").format(e=e)))


class ForwardProcessPanel:
    """The forward process x₀ → x_t on a real test item, through the scheduler."""

    def _build_forward(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        ctl = QHBoxLayout()
        ctl.addWidget(QLabel("t"))
        self.fwd_slider = QSlider(Qt.Orientation.Horizontal)
        self.fwd_slider.setRange(0, 999)
        self.fwd_slider.setValue(self.state.forward_t)
        self.fwd_slider.valueChanged.connect(lambda v: self.state.set_forward(t=v))
        ctl.addWidget(self.fwd_slider, 1)
        self.fwd_image = QSpinBox(minimum=0, maximum=0)
        self.fwd_image.setToolTip(self.tr("which test image to noise"))
        self.fwd_image.valueChanged.connect(lambda v: self.state.set_forward(image=v))
        self.fwd_image_label = QLabel(self.tr("test image"))
        ctl.addWidget(self.fwd_image_label)
        ctl.addWidget(self.fwd_image)
        self.fwd_schedule = QComboBox()
        self.fwd_schedule.addItems(["linear", "cosine"])
        self.fwd_schedule.setToolTip(self.tr("schedule shown here and in the plot below "
                                     "(the model was trained with its own)"))
        self.fwd_schedule.currentTextChanged.connect(lambda s: self.state.set_forward(schedule=s))
        ctl.addWidget(QLabel(self.tr("schedule")))
        ctl.addWidget(self.fwd_schedule)
        self.fwd_noise = QPushButton(self.tr("New noise"))
        self.fwd_noise.clicked.connect(self._new_forward_noise)
        ctl.addWidget(self.fwd_noise)
        lay.addLayout(ctl)
        self.fwd_stack = QStackedLayout()
        imgs = QWidget()
        il = QHBoxLayout(imgs)
        self.fwd_x0 = ImagePanel(self.tr("x₀ (real test image)"), levels=X_LEVELS)
        self.fwd_eps = ImagePanel("ε ~ N(0, I)", lut=diverging_lut(), levels=EPS_LEVELS)
        self.fwd_xt = ImagePanel("x_t = √ᾱ_t x₀ + √(1−ᾱ_t) ε", levels=X_LEVELS)
        for p in (self.fwd_x0, self.fwd_eps, self.fwd_xt):
            il.addWidget(p)
        self.fwd_stack.addWidget(imgs)
        self.fwd_plot = pg.PlotWidget(background="w")
        self.fwd_plot.setAspectLocked(True)
        self.fwd_scatter = pg.ScatterPlotItem(size=3, pen=None, brush=(40, 110, 220, 120))
        self.fwd_plot.addItem(self.fwd_scatter)
        self.fwd_stack.addWidget(self.fwd_plot)
        lay.addLayout(self.fwd_stack, 1)
        self.fwd_label = QLabel()
        self.fwd_label.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.fwd_label)
        return w

    # ================================================================== forward process
    def _new_forward_noise(self) -> None:
        self._forward_noise = None
        self._refresh_forward()

    def _refresh_forward(self) -> None:
        st = self.state
        model = st.model
        if model is None:
            return
        from training.diffusion import make_schedule

        sched = make_schedule(st.schedule_view, model.T)
        self.schedule.set_schedule(sched)
        t = min(st.forward_t, model.T - 1)
        ab = float(sched.alphas_cumprod[t])
        real = self._real_data()
        rng = np.random.default_rng()
        if model.is_points:
            x0 = model.to_model(real).numpy()
            if self._forward_noise is None or self._forward_noise.shape != x0.shape:
                self._forward_noise = rng.standard_normal(x0.shape).astype(np.float32)
            xt = np.sqrt(ab) * x0 + np.sqrt(1 - ab) * self._forward_noise
            pts = model.to_data(_tensor(xt))
            self.fwd_scatter.setData(pts[:, 0], pts[:, 1])
        else:
            i = min(st.forward_image, len(real) - 1)
            x0 = 2 * real[i] - 1
            if self._forward_noise is None or self._forward_noise.shape != x0.shape:
                self._forward_noise = rng.standard_normal(x0.shape).astype(np.float32)
            xt = np.sqrt(ab) * x0 + np.sqrt(1 - ab) * self._forward_noise
            self.fwd_x0.show(x0)
            self.fwd_eps.show(self._forward_noise)
            self.fwd_xt.show(xt)
        snr = ab / max(1 - ab, 1e-12)
        self.fwd_label.setText(
            self.tr("t = <b>{t}</b> · √ᾱ_t = {ab:.3f} (signal) · √(1−ᾱ_t) = "
            "{ab2:.3f} (noise) · SNR = {snr:.3g} · {schedule_view} schedule").format(t=t, ab=np.sqrt(ab), ab2=np.sqrt(1 - ab), snr=snr, schedule_view=st.schedule_view))
        self._update_cursor()


class DiffusionExport:
    """PNG of the grid or particle plot, GIF of the trajectory."""

    # ================================================================== export
    def choose_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export grid as PNG"), "diffusion-grid.png",
                                              self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def choose_gif(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export trajectory as GIF"),
                                              "diffusion-trajectory.gif", self.tr("GIF animation (*.gif)"))
        if path:
            self.export_gif(path)

    def export_png(self, path: str | Path) -> bool:
        """Save the current batch grid (images) or the particle plot (2D) as a PNG."""
        st = self.state
        if st.model is None or not st.runs or not st.runs[0].frames:
            self._warn(self.tr("Nothing to export"), self.tr("Load a model and take a step first."))
            return False
        path = Path(path)
        try:
            if st.model.is_points:
                ok = self.point_plots[0]["widget"].grab().save(str(path), "PNG")
                if not ok:
                    raise OSError(self.tr("Qt could not write the file"))
            else:
                from PIL import Image

                img = self._grid_uint8(st.index, x0=self.grid_x0.isChecked())
                Image.fromarray(img).save(path)
        except (OSError, ValueError) as e:
            self._warn(self.tr("Could not export"), self.tr("Could not write {path}: {e}").format(path=path, e=e))
            return False
        return True

    def _grid_uint8(self, k: int, x0: bool, scale: int = 3) -> np.ndarray:
        st = self.state
        x, frame, _ = st.runs[0].state_at(min(k, len(st.runs[0].frames)))
        src = frame.x0 if (x0 and frame is not None) else x
        g = tile(src[:, 0].astype(np.float32), self._ncols(), fill=1.0)
        g = np.clip((g + 1) / 2, 0, 1)
        g = (g * 255).astype(np.uint8)
        return np.kron(g, np.ones((scale, scale), np.uint8))

    def export_gif(self, path: str | Path, duration_ms: int = 60) -> bool:
        """Save the computed trajectory (grid of x_t, or of x̂₀) as an animated GIF."""
        st = self.state
        if st.model is None or not st.runs or not st.runs[0].frames:
            self._warn(self.tr("Nothing to export"), self.tr("Load a model and compute some steps first."))
            return False
        from PIL import Image

        path = Path(path)
        frames = []
        if st.model.is_points:
            keep = st.index
            for k in range(st.computed + 1):
                st.set_index(k)
                img = self.point_plots[0]["widget"].grab().toImage()
                frames.append(_qimage_to_pil(img))
            st.set_index(keep)
        else:
            for k in range(st.computed + 1):
                frames.append(Image.fromarray(self._grid_uint8(k, self.grid_x0.isChecked())))
        frames += [frames[-1]] * 10  # linger on the result
        try:
            frames[0].save(path, save_all=True, append_images=frames[1:], duration=duration_ms,
                           loop=0, format="GIF")
        except (OSError, ValueError) as e:
            self._warn(self.tr("Could not export"), self.tr("Could not write {path}: {e}").format(path=path, e=e))
            return False
        return True


def _qimage_to_pil(img):
    from PIL import Image
    from PySide6.QtGui import QImage

    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), np.uint8).reshape(h, img.bytesPerLine())[:, : 4 * w]
    return Image.fromarray(buf.reshape(h, w, 4).copy(), "RGBA").convert("RGB")


def _tensor(x: np.ndarray):
    import torch

    return torch.from_numpy(np.asarray(x, dtype=np.float32))


def model_summary(model, card: dict) -> str:
    """The side panel's rich-text summary of a diffusion model and its card's figures."""
    from PySide6.QtCore import QCoreApplication

    m = card.get("metrics", {})
    extra = ""
    if "ddim50_confident_share" in m:
        extra = QCoreApplication.translate(
            "DiffusionView", "<br>DDIM-50 samples: {ddim50_confident_share:.0%} classified with "
            "confidence ≥ 0.9; Fréchet distance {ddim50_frechet_distance:.2f} "
            "(real-vs-real floor {ddim50_frechet_floor:.2f})").format(**m)
    elif "ddim50_energy_distance" in m:
        extra = QCoreApplication.translate(
            "DiffusionView", "<br>DDIM-50 energy distance to p_data "
            "{ddim50_energy_distance:.4f} (two real samples: "
            "{ddim50_energy_distance_floor:.4f})").format(**m)
    elif "guided_accuracy" in m:
        extra = QCoreApplication.translate(
            "DiffusionView", "<br>Class-conditional ({k} classes). At the default guidance "
            "s = {s:g}: {acc:.0%} of the samples classified as the prompted class, "
            "diversity {div:.2f} of real data's").format(
                k=model.num_classes, s=m["guidance_default"], acc=m["guided_accuracy"],
                div=m["guided_diversity"])
    if getattr(model, "prediction", "epsilon") == "v":
        extra = QCoreApplication.translate(
            "DiffusionView", "; v-prediction (ε and x₀ computed from the net's v)") + extra
    steps = card.get("training", {}).get("steps", "?")
    return QCoreApplication.translate(
        "DiffusionView", "<b>{images} · {name}</b><br>{net_name} denoiser, {n_params:,} "
        "parameters, {steps} training steps; {schedule_name} schedule, T = {t}{extra}").format(
            images=(QCoreApplication.translate("DiffusionView", "2D points") if model.is_points
                    else QCoreApplication.translate("DiffusionView", "images")),
            name=card["data"]["name"], net_name=model.net_name.upper(),
            n_params=model.n_params, steps=steps, schedule_name=model.schedule_name,
            t=model.T, extra=extra)
