"""The 2D GAN family and the sample metrics: tiny models, seconds."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from training.data import get_dataset, get_source
from training.density.registry import get as get_family
from training.density.sample_metrics import histograms, kl_js, known_modes, sample_metrics

TINY = {"g_width": 16, "d_width": 16, "g_depth": 2, "d_depth": 2, "batch_size": 64, "steps": 40}
X = get_dataset("8gaussians", 400, seed=0)


def _trainer(hyper=None, steps=40, eval_every=20, **kw):
    fam = get_family("gan")
    h = {**TINY, "steps": steps, **(hyper or {})}
    model = fam.build(h, seed=0)
    return model, fam.trainer(model, X, h, x_val=X[:200], seed=0, eval_every=eval_every, **kw)


def _weights(module):
    return [p.detach().clone() for p in module.parameters()]


def _same(a, b):
    return all(torch.equal(x, y) for x, y in zip(a, b))


def test_shapes_and_what_the_app_draws():
    model, tr = _trainer()
    ev = tr.step(20)
    assert {"d_loss", "g_loss", "kl_data_model", "js", "energy_distance", "modes_captured",
            "high_quality_share"} <= set(ev.metrics)
    assert model.sample(50, seed=1).shape == (50, 2)
    np.testing.assert_array_equal(model.sample(50, seed=1), model.sample(50, seed=1))
    d = model.discriminator_grid(-4, 4, -3, 3, 17)
    assert d.shape == (17, 17) and ((d >= 0) & (d <= 1)).all()
    pts, push = model.generator_gradients(30, seed=2)
    assert pts.shape == push.shape == (30, 2) and np.isfinite(push).all()
    assert model.manifold(7).shape == (7, 7, 2)
    assert model.log_prob(X[:10]).shape == (10,)
    assert model.tractable is False and "not available" in model.likelihood_note
    one = get_family("gan").build({**TINY, "noise_dim": 1, "noise": "uniform"})
    assert one.manifold(9).shape == (9, 2)


def test_d_only_leaves_g_and_g_only_leaves_d():
    model, tr = _trainer()
    g0, d0 = _weights(model.net.g), _weights(model.net.d)
    ev = tr.step(1, which="d")
    assert _same(g0, _weights(model.net.g)) and not _same(d0, _weights(model.net.d))
    assert "d_loss" in ev.metrics and tr.progress == 0
    d1 = _weights(model.net.d)
    tr.step(1, which="g")
    assert _same(d1, _weights(model.net.d)) and not _same(g0, _weights(model.net.g))
    with pytest.raises(ValueError):
        tr.step(1, which="x")


def test_r1_penalty_on_a_hand_case():
    from training.density.gan_trainer import r1_penalty

    # D(x) = 3 x₁ − 4 x₂: ‖∇D‖² = 25 at every point, so (γ/2)·25 = 1.25 for γ = 0.1
    x = torch.randn(8, 2, requires_grad=True)
    score = (x * torch.tensor([3.0, -4.0])).sum(1, keepdim=True)
    assert r1_penalty(score, x, 0.1).item() == pytest.approx(1.25)


def test_checkpoint_state_round_trip_is_bitwise():
    _, a = _trainer({"spectral_norm": True, "instance_noise": 0.3}, steps=30)
    a.step(10)
    tensors, meta = a.state()
    b_model, b = _trainer({"spectral_norm": True, "instance_noise": 0.3}, steps=30)
    b.load_state({k: v.clone() for k, v in tensors.items()}, meta)
    a.step(20)
    b.step(20)
    for (ka, va), (kb, vb) in zip(a.model.net.state_dict().items(), b_model.net.state_dict().items()):
        assert ka == kb and torch.equal(va, vb), ka
    assert a.history[-1].metrics == b.history[-1].metrics


def test_artifact_round_trip(tmp_path):
    model, tr = _trainer()
    tr.run()
    card = {"data": {"name": "8gaussians"}, "training": tr.card_info(), "metrics": {},
            "created_by": "test"}
    loaded = training.load(training.save(model, tmp_path / "gan", card))
    np.testing.assert_array_equal(loaded.sample(20, seed=3), model.sample(20, seed=3))
    np.testing.assert_allclose(loaded.log_prob(X[:20]), model.log_prob(X[:20]))
    assert "modes_captured" in card["training"]["sample_metrics"]


def test_metrics_on_hand_made_samples():
    src = get_source("8gaussians")
    centres, sigma = src.modes, src.mode_std
    one_mode = centres[0] + 0.1 * sigma * np.random.default_rng(0).normal(size=(500, 2))
    r = sample_metrics(one_mode, X, modes=(centres, sigma))
    assert r["modes_captured"] == 1 and r["modes_total"] == 8
    assert r["high_quality_share"] == 1.0
    p, q = histograms(X, X)
    assert kl_js(p, q) == (0.0, 0.0)
    good = sample_metrics(src.sample(2000, 9)[0], X, modes=(centres, sigma))
    assert good["modes_captured"] == 8 and good["high_quality_share"] > 0.95
    assert good["js"] < r["js"] and good["kl_data_model"] < r["kl_data_model"]
    assert good["energy_distance"] < r["energy_distance"]
    # the mode-structured sets are recognised from their points alone
    assert known_modes(X)[0].shape == (8, 2)
    assert known_modes(get_dataset("grid25", 2000, seed=0))[0].shape == (25, 2)
    assert known_modes(get_dataset("moons", 500, seed=0)) is None


def test_grid25_density_is_exact_and_normalised():
    src = get_source("grid25")
    xs = np.linspace(-4, 4, 801)
    gx, gy = np.meshgrid(xs, xs)
    p = np.exp(src.true_log_prob(np.stack([gx.ravel(), gy.ravel()], 1)))
    assert p.sum() * (xs[1] - xs[0]) ** 2 == pytest.approx(1.0, abs=1e-3)
    assert src.entropy() == pytest.approx(src.mc_entropy(20_000), abs=0.03)


def test_metrics_tell_a_collapsed_run_from_a_regularised_one():
    """Few steps of an unregularised GAN with a high lr vs the defaults (R1) on 8gaussians:
    the collapsed run captures fewer modes and is further from p_data."""
    collapse = {"lr_g": 0.05, "lr_d": 0.05, "r1_gamma": 0.0}
    _, bad = _trainer(collapse, steps=150, eval_every=150)
    _, ok = _trainer({"r1_gamma": 0.01, "g_width": 64, "d_width": 64, "g_depth": 3,
                      "d_depth": 3, "batch_size": 256}, steps=600, eval_every=600)
    b, g = bad.run() and bad.history[-1].metrics, ok.run() and ok.history[-1].metrics
    assert g["modes_captured"] > b["modes_captured"]
    assert g["energy_distance"] < b["energy_distance"]
