"""The CUDA path, checked and timed where a GPU exists (figures; nothing here on a CPU-only box).

``python -m benchmarks --only cuda`` (or ``python -m benchmarks.cuda OUT_DIR``):

* trains the 2D DDPM (moons) and an image DDPM (the generated shapes, a small UNet) with
  ``--device cuda`` through the real command line — ``choose_device``, the precision the
  trainer picks on the GPU (:mod:`training.precision`), checkpoints written from GPU
  tensors — and reads each card back;
* opens those artifacts on the CPU (a model trained on a GPU is used by the app on a
  laptop) and samples them;
* times the UNet's forward pass at batch 16 / 64 on the GPU (float32 and bfloat16
  autocast) against this machine's CPU, and checks the GPU's float32 output against the
  CPU's.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import figure


def _median_ms(fn, repeat: int, sync=None) -> float:
    fn()
    times = []
    for _ in range(max(repeat, 3)):
        t0 = time.perf_counter()
        fn()
        if sync is not None:
            sync()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 3)


def _train(args: list[str]) -> tuple[float, dict]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "training", "train", *args],
                          capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"training failed: {proc.stderr[-2000:]}")
    out = Path(args[args.index("--out") + 1])
    return time.perf_counter() - t0, json.loads((out / "card.json").read_text())


@figure("cuda")
def cuda(repeat: int, out_dir: str | None = None) -> dict[str, float]:
    import torch

    if not torch.cuda.is_available():
        return {"cuda_available": 0}
    import training

    res: dict[str, float] = {"cuda_available": 1}
    tmp = Path(out_dir or tempfile.mkdtemp(prefix="cuda-check-"))
    # 1. the command line on the GPU: 2D and image DDPMs, checkpoints every 100 steps
    s2d, card2d = _train(["diffusion", "--data", "moons", "--steps", "600", "--device", "cuda",
                          "--hidden", "128", "--depth", "3", "--checkpoint-every", "200",
                          "--run-dir", str(tmp / "run2d"), "--out", str(tmp / "ddpm2d")])
    simg, cardimg = _train(["diffusion", "--data", "shapes", "--steps", "300", "--device",
                            "cuda", "--batch-size", "64", "--channels", "16", "32", "32",
                            "--checkpoint-every", "100", "--run-dir", str(tmp / "runimg"),
                            "--out", str(tmp / "ddpmimg")])
    res["cuda_train_2d_600_steps_s"] = round(s2d, 1)
    res["cuda_train_image_300_steps_s"] = round(simg, 1)
    for name, card in (("2d", card2d), ("image", cardimg)):
        tr = card["training"]
        res[f"cuda_{name}_card_device_is_cuda"] = int(str(tr.get("device", "")).startswith("cuda"))
        res[f"cuda_{name}_bf16_autocast"] = int(bool(tr.get("bf16_autocast")))
        res[f"cuda_{name}_precision"] = str(tr.get("precision", ""))  # type: ignore[assignment]
    res["cuda_2d_energy_distance"] = round(float(card2d["metrics"].get(
        "ddim50_energy_distance", card2d["metrics"].get("energy_distance", float("nan")))), 4)
    # 2. the GPU-trained artifacts on the CPU, as the app uses them
    m2d = training.load(tmp / "ddpm2d")
    mimg = training.load(tmp / "ddpmimg")
    pts = m2d.sample(500, steps=50, seed=0)
    imgs = mimg.sample(4, steps=20, seed=0)
    res["cpu_samples_of_cuda_models_finite"] = int(bool(
        torch.isfinite(torch.as_tensor(pts)).all() and torch.isfinite(torch.as_tensor(imgs)).all()))
    # 3. UNet forward: GPU float32 / bfloat16 against the CPU (the shipped MNIST UNet)
    from training.artifacts import default_trained_dir

    # trained weights (a fresh UNet's zero-initialised output layer would compare 0 with 0)
    net = training.load(default_trained_dir() / "diffusion-mnist5k").net.eval()
    for batch in (16, 64):
        x = torch.randn(batch, 1, 28, 28, generator=torch.Generator().manual_seed(batch))
        t = torch.full((batch,), 500, dtype=torch.long)
        with torch.inference_mode():
            cpu_out = net(x, t)
            res[f"unet_b{batch}_cpu_fp32_ms"] = _median_ms(lambda: net(x, t), repeat)
            gnet = net.to("cuda")
            xg, tg = x.cuda(), t.cuda()
            gpu_out = gnet(xg, tg)
            res[f"unet_b{batch}_cuda_vs_cpu_max_abs_diff"] = float(
                (gpu_out.float().cpu() - cpu_out).abs().max())
            res[f"unet_b{batch}_cuda_fp32_ms"] = _median_ms(lambda: gnet(xg, tg), repeat,
                                                            torch.cuda.synchronize)
            with torch.autocast("cuda", dtype=torch.bfloat16):
                res[f"unet_b{batch}_cuda_bf16_ms"] = _median_ms(lambda: gnet(xg, tg), repeat,
                                                                torch.cuda.synchronize)
            net = gnet.to("cpu")
    res["cuda_device"] = torch.cuda.get_device_name(0)  # type: ignore[assignment]
    return res


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else None
    print(json.dumps(cuda(5, out), indent=2))
