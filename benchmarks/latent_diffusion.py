"""Latent vs pixel DDPM: 16 digits with the same sampler and step count, in one process.

The latent DDPM (trained/diffusion-vae16-mnist5k) denoises 16-d codes with an MLP and
decodes once at the end; the pixel DDPM (trained/diffusion-mnist5k) runs its UNet on
28×28 images every step. Both draw 16 samples by DDIM-50 and by UniPC-20 (the app's default);
the figures are medians over ``repeat`` runs after one warm-up run, interleaved so that a
change in the machine's load hits both alike, and the ratio pixel / latent. One more figure:
one step-through frame of the latent model (a step, z_t and ẑ₀ both decoded).
"""

from __future__ import annotations

import statistics
import time

from benchmarks import figure

LATENT, PIXEL = "diffusion-vae16-mnist5k", "diffusion-mnist5k"


@figure("latent_diffusion")
def latent_diffusion(repeat: int) -> dict[str, float]:
    import torch

    import training
    from training.artifacts import default_trained_dir

    torch.set_num_threads(1)
    root = default_trained_dir()
    models = {"latent": training.load(root / LATENT), "pixel": training.load(root / PIXEL)}
    out: dict[str, float] = {"threads": 1, "repeat": repeat}
    for sampler, steps in (("ddim", 50), ("unipc", 20)):
        times: dict[str, list[float]] = {k: [] for k in models}
        for k, m in models.items():  # warm-up (the UNet's precision choice is timed once)
            m.sample(16, steps=steps, sampler=sampler, seed=0)
        for r in range(repeat):
            for k, m in models.items():
                t0 = time.perf_counter()
                m.sample(16, steps=steps, sampler=sampler, seed=r)
                times[k].append(time.perf_counter() - t0)
        med = {k: statistics.median(v) for k, v in times.items()}
        tag = f"{sampler}{steps}_16_samples"
        out[f"latent_{tag}_ms.median"] = round(1000 * med["latent"], 2)
        out[f"pixel_{tag}_ms.median"] = round(1000 * med["pixel"], 1)
        out[f"pixel_over_latent_{tag}_x"] = round(med["pixel"] / med["latent"], 1)
    frames = []
    for r in range(repeat):
        gen = models["latent"].iter_steps(16, seed=r, sampler="unipc", steps=20)
        next(gen)
        t0 = time.perf_counter()
        for _ in gen:
            pass
        frames.append((time.perf_counter() - t0) / 19)
    out["latent_stepthrough_frame_16_ms.median"] = round(1000 * statistics.median(frames), 3)
    return out
