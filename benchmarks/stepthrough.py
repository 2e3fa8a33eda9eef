"""Step samplers: a PixelCNN pixel step and a full 16-digit sample, an RBM Gibbs step."""

from __future__ import annotations

import statistics
import time

from benchmarks import figure


def _step_times(model, n: int, count: int, **options) -> list[float]:
    times, t0 = [], time.perf_counter()
    for i, _ in enumerate(model.iter_steps(n, seed=0, **options)):
        now = time.perf_counter()
        times.append((now - t0) * 1000)
        t0 = now
        if i + 1 >= count:
            break
    return times


@figure("stepthrough")
def stepthrough(repeat: int) -> dict[str, float]:
    import torch

    import training
    from training.artifacts import default_trained_dir

    torch.set_num_threads(1)
    root = default_trained_dir()
    out: dict[str, float] = {}
    for arch in ("gated", "plain"):
        model = training.load(root / f"pixelcnn-{arch}-mnist5k")
        ms = _step_times(model, 16, 100)[1:]  # the first step builds the first row
        out[f"pixelcnn_{arch}_pixel_step_b16_ms.median"] = round(statistics.median(ms), 2)
        out[f"pixelcnn_{arch}_pixel_step_b16_ms.p95"] = round(
            statistics.quantiles(ms, n=20)[-1], 2)
    model = training.load(root / "pixelcnn-gated-mnist5k")
    t0 = time.perf_counter()
    n = len(_step_times(model, 16, 10**6))
    out["pixelcnn_gated_full_sample_b16_s"] = round(time.perf_counter() - t0, 2)
    out["pixelcnn_gated_full_sample_steps"] = n
    for name in ("rbm16-mnist5k", "rbm-mnist5k"):
        rbm = training.load(root / name)
        ms = _step_times(rbm, 16, 200, steps=200)[1:]
        key = name.replace("-mnist5k", "").replace("-", "_")
        out[f"{key}_gibbs_step_16_chains_ms.median"] = round(statistics.median(ms), 3)
        out[f"{key}_gibbs_step_16_chains_ms.p95"] = round(statistics.quantiles(ms, n=20)[-1], 3)
    return out
