"""Latent view figures: slider change → decoded image painted, and the manifold grid."""

from __future__ import annotations

import os
import statistics
import time

import numpy as np

from benchmarks import figure


def _view(name: str):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import training
    from explorer.app import make_app
    from explorer.state import ModelSlot
    from explorer.state.models import LoadedModel
    from explorer.views.latent import LatentView
    from training.artifacts import default_trained_dir

    app = make_app([])
    view = LatentView(ModelSlot("latent"))
    view.resize(1280, 800)
    view.show()
    path = default_trained_dir() / name
    view.slot.set(LoadedModel(training.load(path), path))
    app.processEvents()
    return app, view


def _stats(ms: list[float], prefix: str) -> dict[str, float]:
    a = np.asarray(ms)
    return {f"{prefix}.median": round(float(np.median(a)), 3),
            f"{prefix}.p95": round(float(np.percentile(a, 95)), 3),
            f"{prefix}.max": round(float(a.max()), 3)}


def slider_sweep_ms(view, n: int = 600, warm_up: int = 50) -> list[float]:
    """ms from each value change of the first slider to the image repainted, synchronously,
    over a sine sweep of ``n`` values (the first ``warm_up`` not counted)."""
    row = view.rows[0]
    port = view.image.view.viewport()
    vals = np.round(np.sin(np.linspace(0, 20, n)) * 300).astype(int)
    ms = []
    for i, v in enumerate(vals):
        t0 = time.perf_counter()
        row.slider.setValue(int(v) + (1 if v == row.slider.value() else 0))
        port.repaint()
        if i >= warm_up:
            ms.append((time.perf_counter() - t0) * 1000)
    return ms


@figure("latent_slider")
def latent_slider(repeat: int) -> dict[str, float]:
    """From a slider value change to the decoded image repainted (synchronously), over
    ≥ 500 changes, for the d = 2 and d = 16 MNIST VAEs (offscreen)."""
    out = {}
    for name, key in (("latent-vae2-mnist5k", "vae2"), ("latent-vae16-mnist5k", "vae16")):
        app, view = _view(name)
        out.update(_stats(slider_sweep_ms(view), f"latent_slider_to_paint_ms.{key}"))
        view.close()
        app.processEvents()
    return out


@figure("latent_manifold")
def latent_manifold(repeat: int) -> dict[str, float]:
    """A 16×16 manifold grid decoded and the map repainted (d = 2 VAE), median of ≥ 20."""
    app, view = _view("latent-vae2-mnist5k")
    view.manifold_check.setChecked(True)
    port = view.map.viewport()
    ms = []
    for i in range(max(repeat * 5, 25)):
        view.map.setRange(xRange=(-3 - 0.01 * i, 3), yRange=(-3, 3), padding=0)
        t0 = time.perf_counter()
        view._draw_manifold()
        port.repaint()
        ms.append((time.perf_counter() - t0) * 1000)
    view.close()
    return {"latent_manifold_grid_ms.median": round(statistics.median(ms[3:]), 2),
            "latent_manifold_grid_ms.max": round(max(ms[3:]), 2)}
