"""GAN figures: a live 2D GAN on the density canvas (one training chunk + redraw, and the
GUI's worst stall while it trains) and slider-to-paint for the image generators."""

from __future__ import annotations

import os
import time

import numpy as np

from benchmarks import figure
from benchmarks.latent import _stats, _view, slider_sweep_ms


class Heartbeat:
    """A 5 ms GUI timer; ``gaps`` holds (seconds since start, ms since the last beat)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.gaps: list[tuple[float, float]] = []
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now / 1e9, (now - self.last) / 1e6))
        self.last = now

    def now_s(self) -> float:
        return self.clock.nsecsElapsed() / 1e9

    def after(self, t0: float) -> np.ndarray:
        return np.array([g for t, g in self.gaps if t > t0])


def _pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


@figure("gan_live")
def gan_live(repeat: int) -> dict[str, float]:
    """A 2D GAN trained live on 8gaussians in the Density view for 15 s: the GUI-thread
    time of each training update (loss curve, samples, figures) and of each picture of the
    GAN panel (D(x) background, arrows, manifold), and the longest gap between 5 ms GUI
    heartbeats (steady state: from 0.5 s after the first update)."""
    from benchmarks.density import live_density_view

    app, view = live_density_view("gan", 50_000)
    chunk_ms: list[float] = []
    picture_ms: list[float] = []
    first: list[float] = []
    beat = Heartbeat()
    on_chunk, apply = view._on_chunk, view.gan_panel._apply

    def timed_chunk(p):
        t0 = time.perf_counter()
        on_chunk(p)
        view.canvas.viewport().repaint()
        chunk_ms.append((time.perf_counter() - t0) * 1000)
        if not first:
            first.append(beat.now_s())

    def timed_apply(p):
        t0 = time.perf_counter()
        apply(p)
        view.canvas.viewport().repaint()
        picture_ms.append((time.perf_counter() - t0) * 1000)

    view._on_chunk = timed_chunk
    view.gan_panel._apply = timed_apply
    beat.timer.start()
    view.fit()
    _pump(app, 15.0)
    steps = view.training.step_count if view.training else 0
    beat.timer.stop()
    view.close()
    app.processEvents()
    start = (first[0] if first else 0.5) + 0.5
    warm = beat.after(start)
    allg = beat.after(0.0)
    out = {"gan_live_steps_per_s": round(steps / 15.0, 1),
           "gan_live_updates": len(chunk_ms),
           "gan_live_gui_max_stall_ms": round(float(warm.max()), 1) if len(warm) else -1.0,
           "gan_live_gui_p99_stall_ms": round(float(np.percentile(warm, 99)), 1)
           if len(warm) else -1.0,
           "gan_live_gui_max_stall_including_first_ms": round(float(allg.max()), 1)}
    if chunk_ms:
        out.update(_stats(chunk_ms[1:] or chunk_ms, "gan_live_update_gui_ms"))
    if picture_ms:
        out.update(_stats(picture_ms[1:] or picture_ms, "gan_live_picture_gui_ms"))
    return out


@figure("gan_slider")
def gan_slider(repeat: int) -> dict[str, float]:
    """Slider change → generated image repainted (synchronously), ≥ 500 changes, for the
    shipped DCGAN and the style-based generator with sliders over z and over w."""
    import torch

    torch.set_num_threads(1)
    out = {}
    for name, key, space in (("gan-dcgan-mnist5k", "dcgan", "z"),
                             ("gan-style-mnist5k", "style_z", "z"),
                             ("gan-style-mnist5k", "style_w", "w")):
        app, view = _view(name)
        if space == "w":
            view.space_switch.combo.setCurrentIndex(1)
            app.processEvents()
        out.update(_stats(slider_sweep_ms(view), f"gan_slider_to_paint_ms.{key}"))
        view.close()
        app.processEvents()
    return out


@figure("stepthrough_gui_stall")
def stepthrough_gui_stall(repeat: int) -> dict[str, float]:
    """Longest gap between 5 ms GUI heartbeats while the step-through view plays the
    shipped gated PixelCNN (16 digits, pixel by pixel, 8 s) and an RBM's Gibbs chains
    (the sampling in a worker thread, panels drawn on the GUI thread)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import torch

    torch.set_num_threads(1)
    import training
    from explorer.app import make_app
    from explorer.views.stepthrough import StepThroughView
    from training.artifacts import default_trained_dir

    app = make_app([])
    out: dict[str, float] = {}
    for name, key in (("pixelcnn-gated-mnist5k", "pixelcnn_gated"), ("rbm-mnist5k", "rbm")):
        view = StepThroughView()
        view.resize(1280, 800)
        view.show()
        view.set_model(training.load(default_trained_dir() / name), name)
        _pump(app, 0.5)
        beat = Heartbeat()
        beat.timer.start()
        t0 = beat.now_s()
        view.play()
        _pump(app, 8.0)
        frames = len(view.state.frames)
        view.pause()
        beat.timer.stop()
        g = beat.after(t0 + 0.05)
        out[f"{key}_play_gui_max_stall_ms"] = round(float(g.max()), 1)
        out[f"{key}_play_gui_p99_stall_ms"] = round(float(np.percentile(g, 99)), 1)
        out[f"{key}_play_steps_per_s"] = round(frames / 8.0, 1)
        view.shutdown()
        view.close()
        app.processEvents()
    return out


