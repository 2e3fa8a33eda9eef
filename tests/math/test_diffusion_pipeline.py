"""The diffusion pipeline: sampling shapes, determinism, artifacts, a tiny training run."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from training.diffusion import DiffusionModel
from training.diffusion.train import (DiffusionTrainer, NonFiniteLoss, ema_decay_at,
                                      ema_weights_text)


def _card(name="mnist5k"):
    return {"data": {"name": name}, "training": {"recipe": "test", "steps": 0},
            "metrics": {}, "created_by": "tests"}


@pytest.fixture(scope="module")
def tiny_unet():
    return DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=1)


def test_sample_shapes_ranges_and_determinism(tiny_unet):
    a = tiny_unet.sample(3, steps=4, seed=7)
    b = tiny_unet.sample(3, steps=4, seed=7)
    c = tiny_unet.sample(3, steps=4, seed=8)
    assert a.shape == (3, 28, 28) and a.min() >= 0 and a.max() <= 1
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    d1 = tiny_unet.sample(2, steps=3, sampler="ddpm", seed=1)
    d2 = tiny_unet.sample(2, steps=3, sampler="ddpm", seed=1)
    assert np.array_equal(d1, d2)
    x, traj = tiny_unet.sample(2, steps=5, return_trajectory=True)
    assert traj["t"].tolist() == [800, 600, 400, 200, 0]
    assert traj["x_t"].shape == (5, 2, 28, 28) and traj["eps"].shape == (5, 2, 1, 28, 28)


def test_denoise_yields_one_step_each_and_chains(tiny_unet):
    steps = list(tiny_unet.denoise(2, steps=6, sampler="ddim", seed=0))
    assert [s.index for s in steps] == list(range(6))
    for a, b in zip(steps, steps[1:]):
        assert torch.equal(a.x_prev, b.x_t)
    assert steps[-1].prev_t == -1


def test_artifact_round_trip_gives_identical_samples(tmp_path, tiny_unet):
    training.save(tiny_unet, tmp_path / "d", _card())
    loaded = training.load(tmp_path / "d")
    assert loaded.scheduler.num_train_timesteps == 1000
    assert np.array_equal(loaded.sample(2, steps=3, seed=3), tiny_unet.sample(2, steps=3, seed=3))
    x = torch.randn(2, 1, 28, 28)
    assert torch.allclose(loaded.predict_noise(x, 10), tiny_unet.predict_noise(x, 10))


def test_points_model_round_trip_and_data_space(tmp_path):
    m = DiffusionModel("mlp", (2,), hidden=16, depth=2, seed=0)
    m.shift, m.scale = torch.tensor([1.0, -2.0]), torch.tensor([2.0, 0.5])
    training.save(m, tmp_path / "p", _card("moons"))
    loaded = training.load(tmp_path / "p")
    pts = loaded.sample(50, steps=5, seed=0)
    assert pts.shape == (50, 2)
    assert np.allclose(pts, m.sample(50, steps=5, seed=0))
    x = np.array([[1.0, -2.0], [3.0, -1.5]])
    assert np.allclose(loaded.to_model(x).numpy(), [[0, 0], [1, 1]])


def test_bad_configs_are_rejected():
    with pytest.raises(ValueError):
        DiffusionModel("unet", (30, 30))
    with pytest.raises(ValueError):
        DiffusionModel("transformer")
    with pytest.raises(ValueError, match="unknown sampler"):
        DiffusionModel("mlp", (2,), hidden=8, depth=1).make_scheduler("euler")


def test_training_lowers_the_loss_and_resumes_exactly():
    from training.data import get_dataset

    x = get_dataset("8gaussians", 2000, seed=0)

    def make():
        m = DiffusionModel("mlp", (2,), hidden=32, depth=2, seed=0)
        m.shift = torch.tensor(x.mean(0), dtype=torch.float32)
        m.scale = torch.tensor(x.std(0), dtype=torch.float32)
        return m

    full = DiffusionTrainer(make(), x, steps=300, batch_size=256, lr=3e-3, warmup=10,
                            seed=0, x_val=x[:500], eval_every=100)
    full.run()
    losses = [h[1] for h in full.history]
    assert losses[-1] < losses[0]
    # interrupted at 100, state saved and restored into a fresh trainer: same final weights
    a = DiffusionTrainer(make(), x, steps=300, batch_size=256, lr=3e-3, warmup=10, seed=0,
                         x_val=x[:500], eval_every=100)
    a.step(100)
    tensors, meta = a.state()
    b = DiffusionTrainer(make(), x, steps=300, batch_size=256, lr=3e-3, warmup=10, seed=0,
                         x_val=x[:500], eval_every=100)
    b.load_state({k: v.clone() for k, v in tensors.items()}, meta)
    b.run()
    for p, q in zip(full.ema_net.parameters(), b.ema_net.parameters()):
        assert torch.equal(p, q)


def test_ema_decay_warms_up_and_the_card_says_the_decay_reached():
    """The decay after s steps is min(ema, (1+s)/(10+s)): 0.1 at the first update, 0.999 only
    from s = 8,990; a 7,000-step run ends at 7000/7009. The trainer's EMA follows it."""
    assert ema_decay_at(0, 0.999) == pytest.approx(0.1)
    assert ema_decay_at(8989, 0.999) < 0.999 == ema_decay_at(8990, 0.999) == ema_decay_at(9e4, 0.999)
    assert ema_decay_at(6999, 0.999) == pytest.approx(7000 / 7009)
    text = ema_weights_text(0.999, 7000)
    assert "min(0.999, (1+s)/(10+s))" in text and "0.99872 at the last step" in text
    x = np.random.default_rng(0).normal(size=(64, 2))
    m = DiffusionModel("mlp", (2,), hidden=8, depth=1, seed=0)
    tr = DiffusionTrainer(m, x, steps=3, batch_size=16, lr=1e-3, warmup=1, seed=0)
    ema = [p.detach().clone() for p in tr.ema_net.parameters()]
    for s in range(3):
        tr.step(1)
        d = ema_decay_at(s, tr.ema_decay)
        ema = [e * d + p.detach() * (1 - d) for e, p in zip(ema, tr.net.parameters())]
    for e, p in zip(ema, tr.ema_net.parameters()):
        assert torch.allclose(e, p, atol=1e-6)


def test_non_finite_loss_stops_with_a_message():
    x = np.random.default_rng(0).normal(size=(100, 2))
    m = DiffusionModel("mlp", (2,), hidden=8, depth=1)
    tr = DiffusionTrainer(m, x, steps=10, batch_size=32, lr=1e-3)
    with torch.no_grad():
        m.net.inp.weight.fill_(float("nan"))
    with pytest.raises(NonFiniteLoss, match="lower the learning rate"):
        tr.step(1)


def test_denoisers_keep_every_tensor_on_the_input_device():
    """The timestep embedding used to be built on the CPU whatever the device (training with
    --device cuda failed at the first step). The "meta" device finds such a mix on any
    machine: every tensor must follow the input's device."""
    import torch

    from training.diffusion import DiffusionModel

    for model, x in ((DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0),
                      torch.empty(2, 1, 28, 28, device="meta")),
                     (DiffusionModel("mlp", (2,), hidden=16, depth=1, seed=0),
                      torch.empty(3, 2, device="meta"))):
        net = model.net.to("meta")
        for t in (500, torch.tensor(3), torch.tensor([1, 2, 3][: len(x)])):
            assert net(x, t).device.type == "meta"


def test_min_snr_weighting_matches_its_formula_and_leaves_the_validation_loss_alone():
    """Min-SNR-γ (Hang et al. 2023) for ε-prediction: w_t = min(SNR_t, γ)/SNR_t, SNR_t =
    ᾱ_t/(1 − ᾱ_t) — 1 where SNR_t ≤ γ (the noisy steps), γ/SNR_t below; the weighted loss
    is the batch mean of w_t · per-example MSE, and γ = 0 is the plain objective."""
    x = np.random.default_rng(0).normal(size=(64, 2))
    m = DiffusionModel("mlp", (2,), hidden=8, depth=1, seed=0)
    tr = DiffusionTrainer(m, x, steps=5, batch_size=16, min_snr=5.0, x_val=x[:32])
    ab = m.scheduler.alphas_cumprod.double()
    snr = ab / (1 - ab)
    for t in (0, 10, 100, 500, 999):
        want = min(float(snr[t]), 5.0) / float(snr[t])
        assert float(tr.loss_weights[t]) == pytest.approx(want, rel=1e-6)
    assert float(tr.loss_weights[999]) == 1.0 and float(tr.loss_weights[0]) < 1e-3
    assert bool((tr.loss_weights[1:] >= tr.loss_weights[:-1]).all())  # noisier: weight ≥
    g = torch.Generator().manual_seed(3)
    pred, eps = torch.randn(4, 2, generator=g), torch.randn(4, 2, generator=g)
    t = torch.tensor([0, 50, 400, 999])
    per = ((pred - eps) ** 2).mean(1)
    assert float(tr._loss(pred, eps, t)) == pytest.approx(
        float((per * tr.loss_weights[t]).mean()), rel=1e-6)
    plain = DiffusionTrainer(m, x, steps=5, batch_size=16, x_val=x[:32])
    assert plain.loss_weights is None
    assert float(plain._loss(pred, eps, t)) == pytest.approx(float(per.mean()), rel=1e-6)
    assert tr.val_loss() == pytest.approx(plain.val_loss(), rel=1e-6)  # unweighted, same EMA
    for bad in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="min_snr"):
            DiffusionTrainer(m, x, steps=5, batch_size=16, min_snr=bad)


def test_min_snr_option_reaches_the_card_and_the_canonical_command():
    from training.diffusion.train import diffusion_objective
    from training.recipes import DiffusionRecipe

    assert "--min-snr" not in DiffusionRecipe().command()  # the shipped recipes unchanged
    assert "--min-snr 5.0" in DiffusionRecipe(min_snr=5.0).command()
    assert "Min-SNR" in diffusion_objective(5.0) and "Min-SNR" not in diffusion_objective(0)
