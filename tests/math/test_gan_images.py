"""Image GANs (training/latent/gan.py) with tiny networks: shapes and ranges, artifacts
without pickle, corrupt cards refused, a few training steps, R1 on a hand case, style
mixing, the recipe."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from torch import nn

import training
from training.capabilities import can_decode, can_encode, places
from training.latent.gan import DCGAN, StyleGAN, mixed_styles, prior_latent_statistics
from training.latent.gan_train import GANTrainer, diff_augment, pad_images, r1_penalty


def tiny_dcgan(**kw):
    return DCGAN(latent_dim=kw.pop("latent_dim", 5), channels=4, d_channels=4, seed=0, **kw)


def tiny_style(**kw):
    return StyleGAN(latent_dim=6, w_dim=8, mapping_layers=2, channels=[8, 8, 4, 4],
                    d_channels=4, seed=0, **kw)


def card_for(model):
    return {"data": {"name": "mnist5k"}, "training": {}, "metrics": {"confident_share": 0.5},
            "latent_stats": prior_latent_statistics(model.latent_dim),
            "family": model.family, "created_by": "test"}


@pytest.mark.parametrize("make", [tiny_dcgan, tiny_style])
def test_decoders_without_encoder(make):
    m = make()
    z = np.random.default_rng(0).standard_normal((3, m.latent_dim)).astype(np.float32)
    x = m.decode(z)
    assert x.shape == (3, 28, 28) and x.dtype == np.float32
    assert x.min() >= 0 and x.max() <= 1
    assert m.sample(4, seed=1).shape == (4, 28, 28)
    assert np.array_equal(m.sample(2, seed=3), m.sample(2, seed=3))
    assert can_decode(m) and not can_encode(m) and places(m) == ("latent",)
    assert m.kind == "latent" and not hasattr(m, "encode")


def test_padding_and_crop_round_trip():
    x = np.random.default_rng(0).random((2, 28, 28)).astype(np.float32)
    p = pad_images(x)
    assert p.shape == (2, 1, 32, 32) and float(p[:, :, :2].max()) == -1.0
    m = tiny_dcgan()
    assert np.allclose(m._to_images(p), x, atol=1e-6)


@pytest.mark.parametrize("make", [tiny_dcgan, tiny_style])
def test_artifact_round_trip_without_pickle(make, tmp_path, monkeypatch):
    m = make()
    m.generator.train()
    with torch.no_grad():  # move BatchNorm statistics off their defaults
        m.generator(torch.randn(16, m.latent_dim))
    m.generator.eval()
    z = np.random.default_rng(0).standard_normal((2, m.latent_dim)).astype(np.float32)
    training.save(m, tmp_path / "g", card_for(m))
    import pickle

    monkeypatch.setattr(pickle, "loads", lambda *a, **k: pytest.fail("unpickled"))
    monkeypatch.setattr(torch, "load", lambda *a, **k: pytest.fail("torch.load"))
    back = training.load(tmp_path / "g")
    assert type(back) is type(m) and back.config() == m.config()
    assert np.allclose(back.decode(z), m.decode(z), atol=1e-6)
    assert back.card["latent_stats"]["source"].startswith("prior")


def test_corrupt_cards_are_refused(tmp_path):
    m = tiny_style()
    training.save(m, tmp_path / "g", card_for(m))
    card = json.loads((tmp_path / "g" / "card.json").read_text())
    for change, words in (({"channels": [8, 8, 4, 5]}, "shape"),
                          ({"w_dim": 10**9}, "outside"),
                          ({"channels": [8, 8]}, "four widths"),
                          ({"latent_dim": "six"}, "should be")):
        bad = json.loads(json.dumps(card))
        bad["config"].update(change)
        (tmp_path / "g" / "card.json").write_text(json.dumps(bad))
        with pytest.raises(training.ArtifactError, match=words):
            training.load(tmp_path / "g")
    card["class"] = "DCGAN"  # the style generator's weights under the other class
    (tmp_path / "g" / "card.json").write_text(json.dumps(card))
    with pytest.raises(training.ArtifactError):
        training.load(tmp_path / "g")


def test_nan_weights_are_refused(tmp_path):
    from safetensors.numpy import load_file, save_file

    m = tiny_dcgan()
    training.save(m, tmp_path / "g", card_for(m))
    t = load_file(str(tmp_path / "g" / "model.safetensors"))
    t["generator.fc.weight"][0, 0] = np.nan
    save_file(t, str(tmp_path / "g" / "model.safetensors"))
    with pytest.raises(training.ArtifactError, match="NaN"):
        training.load(tmp_path / "g")


def test_r1_on_a_hand_case():
    # D(x) = a · x (summed over pixels): ∇_x D = a everywhere, ‖∇‖² = Σ a² = a² · 4 pixels
    d = nn.Sequential(nn.Flatten(), nn.Linear(4, 1, bias=False))
    with torch.no_grad():
        d[1].weight.fill_(3.0)
    x = torch.randn(5, 1, 2, 2)
    r1 = r1_penalty(lambda v: d(v).squeeze(1), x)
    assert float(r1) == pytest.approx(36.0)
    r1.backward()  # differentiable in D: d(Σ w²)/dw = 2w
    assert torch.allclose(d[1].weight.grad, torch.full((1, 4), 6.0))
    # a quadratic D(x) = Σ x²: ∇ = 2x, R1 = mean_i Σ 4 x_i²
    x = torch.randn(3, 1, 2, 2)
    r1 = r1_penalty(lambda v: (v**2).flatten(1).sum(1), x)
    assert float(r1) == pytest.approx(float((4 * x**2).flatten(1).sum(1).mean()), rel=1e-5)


def test_diff_augment_keeps_shape_and_gradient():
    g = torch.Generator().manual_seed(0)
    x = torch.rand(4, 1, 32, 32, requires_grad=True)
    y = diff_augment(x, g)
    assert y.shape == x.shape
    y.sum().backward()
    assert x.grad is not None and float(x.grad.abs().sum()) > 0


def test_a_few_training_steps_lower_the_discriminator_loss():
    rng = np.random.default_rng(0)
    x = np.zeros((64, 28, 28), np.float32)
    x[:, 10:18, 12:16] = 1.0  # one bar: an easy set
    x += 0.05 * rng.random(x.shape).astype(np.float32)
    m = tiny_dcgan()
    events = []
    tr = GANTrainer(m, x, steps=30, batch_size=16, lr=2e-3, augment=False, seed=0,
                    log_every=10, callback=lambda ev: events.append(ev.metrics))
    first = tr.train_step()["loss_d"]
    tr.progress += 1
    tr.step(29)
    assert tr.done and [e["loss_d"] for e in events] and len(tr.history) == 3
    assert events[-1]["loss_d"] < first  # D learns to tell the bar from G's noise
    res = tr.finish()
    assert res["steps_run"] == 30 and not m.generator.training
    assert np.isfinite(m.decode(np.zeros((1, 5)))).all()


def test_trainer_state_round_trip():
    x = np.random.default_rng(0).random((32, 28, 28)).astype(np.float32)
    a = GANTrainer(tiny_style(), x, steps=6, batch_size=8, seed=0, log_every=2)
    a.step(3)
    t, meta = a.state()
    b = GANTrainer(tiny_style(), x, steps=6, batch_size=8, seed=0, log_every=2)
    b.load_state(t, meta)
    a.step(3)
    b.step(3)
    for pa, pb in zip(a.G_ema.parameters(), b.G_ema.parameters()):
        assert torch.allclose(pa, pb, atol=1e-6)


def test_nonfinite_loss_stops_training():
    x = np.random.default_rng(0).random((16, 28, 28)).astype(np.float32)
    m = tiny_dcgan()
    tr = GANTrainer(m, x, steps=3, batch_size=4, seed=0)
    with torch.no_grad():
        m.discriminator.out.weight.fill_(float("nan"))
    with pytest.raises(FloatingPointError):
        tr.step(1)


def test_style_mixing_uses_each_w_where_it_should():
    m = tiny_style()
    with torch.no_grad():  # untrained affine maps are small: make styles matter clearly
        for conv in [*m.generator.convs, m.generator.to_img]:
            conv.affine.weight.mul_(5)
    n = m.n_styles
    assert n == 8 and len(m.style_resolutions) == n
    z = np.random.default_rng(1).standard_normal((2, m.latent_dim)).astype(np.float32)
    w = m.mapping(z)
    assert w.shape == (2, m.w_dim)
    ws = mixed_styles(w[:1], w[1:], 3, n)
    assert np.array_equal(ws[0, :3], np.repeat(w[:1], 3, 0))
    assert np.array_equal(ws[0, 3:], np.repeat(w[1:], n - 3, 0))
    # the extremes are the two sources; the same w everywhere is decode(z)
    assert np.allclose(m.mix(z[:1], z[1:], n), m.decode(z[:1]), atol=1e-6)
    assert np.allclose(m.mix(z[:1], z[1:], 0), m.decode(z[1:]), atol=1e-6)
    mid = m.mix(z[:1], z[1:], 4)
    assert not np.allclose(mid, m.decode(z[:1])) and not np.allclose(mid, m.decode(z[1:]))
    # changing only the fine styles' source leaves the coarse layers' contribution: the
    # mix with crossover c does not depend on z_b's w for layers < c
    ws2 = ws.copy()
    ws2[0, 3:] = w[0]
    assert not np.allclose(m.synthesis(ws), m.synthesis(ws2))
    with pytest.raises(ValueError):
        m.synthesis(np.zeros((1, n + 1, m.w_dim)))
    # truncation ψ = 0 gives the mean w
    assert np.allclose(m.mapping(z, truncation=0.0), m.generator.w_avg.numpy()[None])


def test_memorisation_figures():
    from training.evaluate import memorisation

    rng = np.random.default_rng(0)
    train = rng.random((50, 28, 28)).astype(np.float32)
    test = rng.random((20, 28, 28)).astype(np.float32)
    copies = memorisation(train[:10], train, test)
    assert copies["nn_train_l2_samples_median"] == 0 and copies["nn_train_l2_ratio"] == 0
    fresh = memorisation(rng.random((10, 28, 28)).astype(np.float32), train, test)
    assert 0.8 < fresh["nn_train_l2_ratio"] < 1.2


def test_the_gan_recipe_round_trips_and_runs(tmp_path, monkeypatch):
    from training import cli
    from training.recipes import recipe_from_command

    r = recipe_from_command("python -m training train gan --arch style --steps 10")
    assert r.resolved().channels == [64, 32, 16, 8] and r.resolved().latent_dim == 32
    assert recipe_from_command(r.command()).command() == r.command()
    assert r.resolved().out == "trained/gan-style-mnist5k"
    d = recipe_from_command("python -m training gan --arch dcgan --no-augment")
    assert "--no-augment" in d.command() and "--channels 32" in d.command()
    out = tmp_path / "g"
    code = cli.main(["train", "gan", "--arch", "dcgan", "--steps", "2", "--batch-size", "8",
                     "--channels", "4", "--d-channels", "4", "--latent-dim", "3",
                     "--eval-samples", "20", "--checkpoint-every", "0", "--out", str(out)])
    assert code == 0
    m = training.load(out)
    assert m.latent_dim == 3 and "nn_train_l2_ratio" in m.card["metrics"]
    assert m.card["created_by"].startswith("python -m training gan --arch dcgan")
    assert cli.main(["train", "gan", "--arch", "dcgan", "--channels", "4", "8",
                     "--out", str(tmp_path / "x")]) == 2
