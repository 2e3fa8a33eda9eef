"""Diffusion view figures: one reverse step at batch 16 with the panels updated, a full
DDIM-50 run of 16 digits, and the GUI's longest stall while playing."""

from __future__ import annotations

import os
import statistics
import time

import numpy as np

from benchmarks import figure


def _model():
    import training
    from training.artifacts import default_trained_dir
    from training.diffusion import DiffusionModel

    path = default_trained_dir() / "diffusion-mnist5k"
    if (path / "card.json").is_file():
        return training.load(path), path
    # same architecture, untrained: the timing does not depend on the weights
    m = DiffusionModel("unet", (28, 28))
    m.card = {"kind": "diffusion", "class": "DiffusionModel", "data": {"name": "mnist5k"},
              "training": {}, "metrics": {}}
    return m, path


def _view(sync: bool):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from explorer.app import make_app
    from explorer.state import ModelSlot
    from explorer.state.models import LoadedModel
    from explorer.views.diffusion import DiffusionView

    app = make_app([])
    view = DiffusionView(ModelSlot("diffusion"), sync=sync)
    view.resize(1280, 800)
    view.show()
    model, path = _model()
    view.slot.set(LoadedModel(model, path))
    app.processEvents()
    return app, view


@figure("diffusion_step")
def diffusion_step(repeat: int) -> dict[str, float]:
    """One DDIM reverse step at batch 16 (UNet + scheduler + frame conversion) plus the
    three panels and the grid updated and repainted; median over the 50 steps of a run."""
    app, view = _view(sync=True)
    st = view.state
    ports = [p.view.viewport() for p in (*view.panels_a, view.grid_panel)]
    ms, paint_ms = [], []
    for rep in range(max(repeat // 2, 1)):
        view.seed_spin.setValue(rep + 1)  # new run
        for k in range(st.total):
            t0 = time.perf_counter()
            view.runner.request(k + 2)  # computes the prediction shown at step k + 1
            t1 = time.perf_counter()
            st.set_index(k + 1)
            for p in ports:
                p.repaint()
            t2 = time.perf_counter()
            ms.append((t2 - t0) * 1000)
            paint_ms.append((t2 - t1) * 1000)
    view.close()
    return {"diffusion_step_ms_b16.median": round(statistics.median(ms), 1),
            "diffusion_step_ms_b16.p95": round(float(np.percentile(ms, 95)), 1),
            "diffusion_step_panels_ms.median": round(statistics.median(paint_ms), 2)}


@figure("diffusion_ddim50")
def diffusion_ddim50(repeat: int) -> dict[str, float]:
    """A full DDIM-50 run of 16 MNIST samples (``pipeline.sample``), median of runs."""
    import torch

    model, _ = _model()
    model.sample(2, steps=3)  # warm-up
    times = []
    for r in range(max(repeat, 3)):
        t0 = time.perf_counter()
        model.sample(16, steps=50, sampler="ddim", seed=r)
        times.append(time.perf_counter() - t0)
    return {"ddim50_b16_s.median": round(statistics.median(times), 3),
            "torch_threads": torch.get_num_threads()}


@figure("diffusion_gui_stall")
def diffusion_gui_stall(repeat: int) -> dict[str, float]:
    """Longest gap between 5 ms GUI heartbeats while playing a DDIM-50 run of 16 digits
    at full speed (sampling in the worker thread, panels updated on the GUI thread)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    app, view = _view(sync=False)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat():
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(beat)
    while view.is_busy():
        app.processEvents()
    timer.start()
    t0 = time.perf_counter()
    view.speed_spin.setValue(60)
    view.play()
    while (view.state.index < view.state.total) and time.perf_counter() - t0 < 60:
        app.processEvents()
        time.sleep(0.001)
    run_s = time.perf_counter() - t0
    timer.stop()
    view.close()
    g = np.asarray(gaps[2:])
    return {"diffusion_gui_max_stall_ms": round(float(g.max()), 1),
            "diffusion_gui_stall_p99_ms": round(float(np.percentile(g, 99)), 1),
            "diffusion_play_ddim50_b16_s": round(run_s, 2)}


@figure("diffusion_precision")
def diffusion_precision(repeat: int) -> dict[str, float]:
    """One UNet forward at batch 16 in float32 and under bfloat16 autocast, side by side in
    this process, and the precision :mod:`training.precision` picks on this CPU."""
    import torch

    from training import precision

    model, _ = _model()
    x = torch.randn(16, 1, 28, 28)
    out: dict[str, float | str] = {}
    runs = max(repeat * 2, 6)
    for name, on in (("float32", False), ("bfloat16", True)):
        ms = []
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=on):
            model.net(x, 500)  # warm-up (kernel selection, weight reorder)
            for _ in range(runs):
                t0 = time.perf_counter()
                model.net(x, 500)
                ms.append((time.perf_counter() - t0) * 1000)
        out[f"unet_forward_b16_{name}_ms.median"] = round(statistics.median(ms), 1)
        out[f"unet_forward_b16_{name}_ms.p95"] = round(float(np.percentile(ms, 95)), 1)
    out["unet_bf16_over_fp32_x"] = round(out["unet_forward_b16_bfloat16_ms.median"]
                                         / out["unet_forward_b16_float32_ms.median"], 2)
    precision.clear_cache()
    t0 = time.perf_counter()
    model.predict_noise(x, 500)
    out["predict_noise_first_call_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        model.predict_noise(x, 500)
        ms.append((time.perf_counter() - t0) * 1000)
    out["predict_noise_b16_chosen_ms.median"] = round(statistics.median(ms), 1)
    out["chosen_precision"] = model.precision.reason
    out["cpu_native_bf16"] = precision.cpu_has_native_bf16()
    return out
