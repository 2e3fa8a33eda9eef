"""Precision is chosen by what this machine does well, never hard-coded."""

from __future__ import annotations

import torch

from training import precision
from training.diffusion import DiffusionModel


def _fresh(monkeypatch, native: bool, env: str | None = None):
    precision.clear_cache()
    monkeypatch.setattr(precision, "cpu_has_native_bf16", lambda: native)
    if env is None:
        monkeypatch.delenv(precision.ENV, raising=False)
    else:
        monkeypatch.setenv(precision.ENV, env)


def test_cpu_without_native_bfloat16_runs_float32_without_timing(monkeypatch):
    _fresh(monkeypatch, native=False)
    calls = []
    p = precision.choose("cpu", run=lambda: calls.append(1), key=("x",))
    assert p.dtype is None and p.name == "float32" and "no native bfloat16" in p.reason
    assert calls == []  # nothing was timed: the answer is known


def test_native_bfloat16_is_used_only_when_measured_faster(monkeypatch):
    _fresh(monkeypatch, native=True)
    times = iter([1.0, 0.5])  # float32 then bfloat16: 2x faster
    monkeypatch.setattr(precision, "_time", lambda fn, reps=3, sync=None: next(times))
    p = precision.choose("cpu", run=lambda: None, key=("fast",))
    assert p.dtype is torch.bfloat16 and "2.00×" in p.reason
    # cached per key: no second timing
    assert precision.choose("cpu", run=lambda: None, key=("fast",)) is p

    times = iter([1.0, 1.0])  # no gain: keep float32
    p2 = precision.choose("cpu", run=lambda: None, key=("slow",))
    assert p2.dtype is None and "1.00×" in p2.reason


def test_environment_forces_a_choice(monkeypatch):
    _fresh(monkeypatch, native=True, env="float32")
    assert precision.choose("cpu").dtype is None
    _fresh(monkeypatch, native=False, env="bf16")
    assert precision.choose("cpu").dtype is torch.bfloat16


def test_unet_denoiser_follows_the_verdict(monkeypatch):
    m = DiffusionModel("unet", (8, 8), channels=(8, 16, 16))
    x = torch.randn(2, 1, 8, 8)
    _fresh(monkeypatch, native=False)
    eps32 = m.predict_noise(x, 10)
    assert m.precision.dtype is None and eps32.dtype == torch.float32
    _fresh(monkeypatch, native=False, env="bfloat16")
    eps16 = m.predict_noise(x, 10)
    assert m.precision.dtype is torch.bfloat16 and eps16.dtype == torch.float32
    assert torch.allclose(eps16, eps32, atol=0.1)
    # the point MLP always runs in float32
    pts = DiffusionModel("mlp", (2,), hidden=8, depth=1)
    pts.predict_noise(torch.randn(3, 2), 5)
    assert pts.precision_for(torch.randn(3, 2), 5).dtype is None


def test_trainer_records_the_precision_it_used(monkeypatch):
    from training.diffusion.train import DiffusionTrainer

    _fresh(monkeypatch, native=False)
    m = DiffusionModel("unet", (8, 8), channels=(8, 16, 16))
    tr = DiffusionTrainer(m, torch.rand(16, 8, 8).numpy(), steps=1, batch_size=4, bf16=True)
    assert tr.bf16 is False and tr.precision_reason.startswith("float32")
    tr = DiffusionTrainer(m, torch.rand(16, 8, 8).numpy(), steps=1, batch_size=4, bf16=False)
    assert tr.bf16 is False and "--no-bf16" in tr.precision_reason
