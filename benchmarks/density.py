"""Density view figures: grid evaluation per family, the binned KDE against scikit-learn,
GUI responsiveness during live flow training, and the shipped flows against baselines."""

from __future__ import annotations

import statistics
import time

import numpy as np

from benchmarks import figure


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(max(repeat, 3)):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


@figure("density_grid")
def density_grid(repeat: int) -> dict[str, float]:
    """Time to evaluate log p on a 256² grid (flows also at 128²), 5,000 training points."""
    import torch

    torch.set_num_threads(1)  # as in the app's worker: one core stays with the GUI
    import training
    from explorer.services.density import Bounds, evaluate_grid_fast
    from training.artifacts import default_trained_dir
    from training.data import get_dataset
    from training.density import FAMILIES, GMMDensity

    x = get_dataset("8gaussians", 5000, seed=0)
    b = Bounds(-5, 5, -5, 5)
    out = {}
    for name, cls in FAMILIES.items():
        if name == "flow":
            continue
        model = GMMDensity(16) if name == "gmm" else cls()
        model.fit(x)
        out[f"density_grid_ms.{name}"] = _median_ms(lambda: evaluate_grid_fast(model, b, 256), repeat)
    flow = training.load(default_trained_dir() / "density-flow-8gaussians")
    out["density_grid_ms.flow_128"] = _median_ms(lambda: evaluate_grid_fast(flow, b, 128), repeat)
    out["density_grid_ms.flow_256"] = _median_ms(lambda: evaluate_grid_fast(flow, b, 256), repeat)
    small = FAMILIES["flow"](n_layers=6, hidden=64, bins=12)  # the app's default live flow
    out["density_grid_ms.flow_live_default_128"] = _median_ms(lambda: evaluate_grid_fast(small, b, 128), repeat)
    return out


@figure("kde_speedup")
def kde_speedup(repeat: int) -> dict[str, float]:
    """Binned KDE grid vs sklearn's KernelDensity on the same 5,000 points and 256² grid."""
    from sklearn.neighbors import KernelDensity

    from training.data import get_dataset
    from training.density import KDEDensity

    x = get_dataset("8gaussians", 5000, seed=0)
    kde = KDEDensity().fit(x)
    h = kde.h
    res, (x0, x1, y0, y1) = 256, (-5.0, 5.0, -5.0, 5.0)
    xs = x0 + (x1 - x0) * (np.arange(res) + 0.5) / res
    ys = y0 + (y1 - y0) * (np.arange(res) + 0.5) / res
    gx, gy = np.meshgrid(xs, ys)
    pts = np.stack([gx.ravel(), gy.ravel()], 1)
    # sklearn has one isotropic bandwidth: fit it on x / h with bandwidth 1, which is the
    # same diagonal-bandwidth KDE up to the Jacobian −log(h₁h₂)
    sk = KernelDensity(bandwidth=1.0).fit(x / h)

    def sk_grid():
        return sk.score_samples(pts / h) - np.log(h).sum()

    t_sk = []
    for _ in range(max(1, repeat // 3)):
        t0 = time.perf_counter()
        ref = sk_grid()
        t_sk.append(time.perf_counter() - t0)
    ours_ms = _median_ms(lambda: kde.log_prob_grid(x0, x1, y0, y1, res), repeat)
    ours = kde.log_prob_grid(x0, x1, y0, y1, res).ravel()
    where = ref > np.log(1e-3)
    return {
        "kde_grid_ms.binned": ours_ms,
        "kde_grid_ms.sklearn": round(statistics.median(t_sk) * 1000, 1),
        "kde_speedup_vs_sklearn_x": round(statistics.median(t_sk) * 1000 / ours_ms, 1),
        "kde_max_abs_error_nats_where_p_gt_1e-3": float(np.abs(ours - ref)[where].max()),
    }


def live_density_view(family: str, steps: int):
    """An offscreen Density view at 1280 × 800 on 8gaussians with ``family`` chosen for
    ``steps`` steps of live training (not started), torch on one thread."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import torch

    torch.set_num_threads(1)
    from explorer.app import make_app
    from explorer.state import ModelSlot
    from explorer.views.density import DensityView

    app = make_app([])
    view = DensityView(ModelSlot("density"), autostart=False)
    view.resize(1280, 800)
    view.show()
    view.select_data("8gaussians")
    view.family_combo.setCurrentIndex(view.family_combo.findData(family))
    view.hyper_pages[family].set_values(steps=steps)
    return app, view


@figure("gui_stall")
def gui_stall(repeat: int) -> dict[str, float]:
    """Longest gap between GUI event-loop heartbeats (5 ms timer) while a flow trains live
    (steady state: from 0.5 s after the first chunk is drawn; the worst including that
    first update is reported beside it)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    app, view = live_density_view("flow", 20_000)
    gaps: list[tuple[float, float]] = []  # (time since start in s, gap in ms)
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat():
        now = clock.nsecsElapsed()
        gaps.append((now / 1e9, (now - last[0]) / 1e6))
        last[0] = now

    handler_ms: list[float] = []
    original = view._on_chunk

    first_update: list[float] = []  # clock time (s) when the first chunk was drawn

    def timed(p):
        t0 = time.perf_counter()
        original(p)
        handler_ms.append((time.perf_counter() - t0) * 1000)
        if not first_update:
            first_update.append(clock.nsecsElapsed() / 1e9)

    view._on_chunk = timed
    timer = QTimer(interval=5)
    timer.timeout.connect(beat)
    timer.start()
    view.fit()
    t_end = time.perf_counter() + 12.0
    while time.perf_counter() < t_end:
        app.processEvents()
        time.sleep(0.001)
    steps = view.training.step_count if view.training else 0
    timer.stop()
    view.close()
    app.processEvents()
    t = np.array([a for a, _ in gaps])
    g = np.array([b for _, b in gaps])
    # steady state: from 0.5 s after the first chunk was drawn (the first chunk uploads the
    # first image and builds the curve; when it lands depends on imports, not on training)
    start = (first_update[0] if first_update else t[0] + 0.5) + 0.5
    warm = g[t > start]
    return {
        "gui_max_stall_ms": round(float(warm.max()), 1),
        "gui_max_stall_including_first_update_ms": round(float(g.max()), 1),
        "gui_p99_stall_ms": round(float(np.percentile(warm, 99)), 1),
        "gui_chunk_update_max_ms": round(max(handler_ms), 1) if handler_ms else float("nan"),
        "gui_chunk_update_median_ms": round(statistics.median(handler_ms), 1) if handler_ms else float("nan"),
        "live_flow_steps_per_s": round(steps / 12.0, 1),
    }


@figure("density_quality")
def density_quality(repeat: int) -> dict[str, float]:
    """Shipped flows' held-out NLL against GMM-16 and a held-out-bandwidth KDE on the same
    splits (train 5,000 / val 5,000 / test 20,000), and the world-cities ladder."""
    import training
    from training.artifacts import default_trained_dir
    from training.data import get_source, make_splits
    from training.density import BoxDensity, GaussianDensity, GMMDensity, KDEDensity

    out = {}
    root = default_trained_dir()
    for name in ("8gaussians", "checkerboard", "moons", "circles", "rings", "2spirals", "swissroll"):
        path = root / f"density-flow-{name}"
        if not path.is_dir():
            continue
        s = make_splits(name, seed=0)
        h = get_source(name).entropy()
        flow = training.load(path)
        gmm = GMMDensity(16).fit(s.train)
        kde = KDEDensity(bandwidth="cv").fit(s.train, x_val=s.val)
        out[f"quality.{name}.flow_kl_nats"] = round(flow.nll(s.test) - h, 4)
        out[f"quality.{name}.gmm16_kl_nats"] = round(gmm.nll(s.test) - h, 4)
        out[f"quality.{name}.kde_kl_nats"] = round(kde.nll(s.test) - h, 4)
    s = make_splits("world-cities", seed=0)
    models = {"box": BoxDensity(), "gaussian": GaussianDensity()}
    best_k = min((1, 2, 4, 8, 16), key=lambda k: GMMDensity(k).fit(s.train).nll(s.val))
    models[f"gmm{best_k}"] = GMMDensity(best_k)
    models["kde"] = KDEDensity(bandwidth="cv")
    for key, m in models.items():
        m.fit(s.train, x_val=s.val)
        out[f"quality.world_cities.{key}_test_nll_nats"] = round(m.nll(s.test), 3)
    p = root / "density-flow-world-cities"
    if p.is_dir():
        out["quality.world_cities.flow_test_nll_nats"] = round(training.load(p).nll(s.test), 3)
    return out
