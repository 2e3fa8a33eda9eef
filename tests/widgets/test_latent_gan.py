"""The Latent tab with image GANs (decoders without an encoder): sliders over the prior,
the encode panel and the test-set map explained away, style mixing for a style generator.

Tiny untrained generators saved to a temporary folder keep this fast; the shipped GANs are
opened too when they are there."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from explorer.services import latent_data
from explorer.state.models import LoadedModel
from tests.conftest import TRAINED
from training.latent.gan import DCGAN, StyleGAN, prior_latent_statistics


def _save(model, path):
    card = {"data": {"name": "mnist5k", "split_seed": 0}, "training": {}, "metrics": {},
            "latent_stats": prior_latent_statistics(model.latent_dim),
            "family": model.family, "created_by": "test"}
    training.save(model, path, card)
    return LoadedModel(training.load(path), path)


def styled(model):
    """An untrained style generator ignores w (its affine maps start at 0): give them
    weights so that styles matter."""
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for conv in [*model.generator.convs, model.generator.to_img]:
            conv.affine.weight.copy_(torch.randn(conv.affine.weight.shape, generator=g) * 0.5)
    return model


@pytest.fixture(scope="module")
def tiny_style(tmp_path_factory):
    return _save(styled(StyleGAN(latent_dim=6, w_dim=8, mapping_layers=2, channels=[8, 8, 4, 4],
                                 d_channels=4, seed=1)), tmp_path_factory.mktemp("gan") / "style")


@pytest.fixture(scope="module")
def tiny_dcgan(tmp_path_factory):
    return _save(DCGAN(latent_dim=5, channels=4, d_channels=4, seed=2),
                 tmp_path_factory.mktemp("gan") / "dcgan")


def _open(qtbot, view, loaded):
    view.slot.set(loaded)
    qtbot.waitUntil(view.is_ready)


def test_a_gan_gets_sliders_over_the_prior_and_no_encoder(qtbot, latent_view, tiny_dcgan):
    view = latent_view
    _open(qtbot, view, tiny_dcgan)
    assert len(view.rows) == 5 and view.state.space.has_prior
    # opens on a fixed draw of the prior (z = 0 is not a typical GAN input); Reset all: 0
    assert not np.allclose(view.state.z, 0)
    view.reset_all.click()
    assert np.allclose(view.state.z, 0)
    view.rows[2].slider.setValue(-120)
    assert view.state.z[2] == pytest.approx(-1.2)
    z = np.zeros(5, np.float32)
    z[2] = -1.2
    assert np.allclose(view.image.image(), tiny_dcgan.model.decode(z[None])[0], atol=1e-6)
    # no encoder: the encode tab is disabled with the reason, the map says why it is empty
    assert not view.tools.isTabEnabled(0)
    assert latent_data.NO_ENCODER in view.tools.tabToolTip(0)
    assert view.tools.currentIndex() != 0
    assert "no encoder" in view.legend.text() and "no encoder" in view.model_label.text()
    assert not view.tools.isTabVisible(view._mix_tab)  # a DCGAN has no per-layer styles
    assert not view.encode_file(__file__)  # refused with a message, never model.encode
    # random samples, traversal and interpolation work
    view.random_button.click()
    assert not np.allclose(view.state.z, z)
    view.tools.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view.traversal.image() is not None)
    assert view.traversal.image().shape[0] == 5 * 28 + 4
    view.state.add_bookmark("a", np.zeros(5, np.float32))
    view.state.add_bookmark("b", np.ones(5, np.float32))
    view.tools.setCurrentIndex(1)
    view.from_combo.setCurrentIndex(0)
    view.to_combo.setCurrentIndex(1)
    view._draw_strip()
    assert view.strip.image() is not None


def test_style_mixing_panel(qtbot, latent_view, tiny_style):
    view = latent_view
    _open(qtbot, view, tiny_style)
    model = tiny_style.model
    assert view.tools.isTabVisible(view._mix_tab)
    view.tools.setCurrentIndex(view._mix_tab)
    mix = view.style_mix
    qtbot.waitUntil(lambda: mix.last_mixed is not None)
    n = model.n_styles
    assert mix.crossover.maximum() == n
    # crossover 0: all from B; n: all from A
    mix.crossover.setValue(0)
    assert np.allclose(mix.last_mixed, mix.image_b.image(), atol=1e-6)
    mix.crossover.setValue(n)
    assert np.allclose(mix.last_mixed, mix.image_a.image(), atol=1e-6)
    mix.crossover.setValue(3)
    w = model.mapping(np.stack([mix.z_a(), mix.z_b()]))
    ws = np.concatenate([np.repeat(w[:1, None], 3, 1), np.repeat(w[1:, None], n - 3, 1)], 1)
    assert np.allclose(mix.last_mixed, model.synthesis(ws)[0], atol=1e-6)
    assert "from <b>A</b>" in mix.explain.text()
    # another seed B changes the mix; A from the sliders follows them
    before = mix.last_mixed.copy()
    mix.seed_b.setValue(mix.seed_b.value() + 7)
    assert not np.allclose(before, mix.last_mixed)
    mix.use_sliders.setChecked(True)
    view.rows[0].slider.setValue(200)
    assert np.allclose(mix.z_a(), view.state.z)
    assert np.allclose(mix.image_a.image(), model.decode(view.state.z[None])[0], atol=1e-5)


def test_switching_from_a_gan_to_a_vae_brings_the_encoder_back(qtbot, latent_view, tiny_style):
    view = latent_view
    _open(qtbot, view, tiny_style)
    assert not view.tools.isTabEnabled(0)
    vae = LoadedModel(training.load(TRAINED / "latent-vae2-mnist5k"),
                      TRAINED / "latent-vae2-mnist5k")
    _open(qtbot, view, vae)
    assert view.tools.isTabEnabled(0) and not view.tools.isTabVisible(view._mix_tab)
    assert len(view._data.get("z", [])) > 0  # the test-set map is back


@pytest.mark.parametrize("name", ["gan-dcgan-mnist5k", "gan-style-mnist5k"])
def test_shipped_gans_open_in_the_latent_view(qtbot, latent_view, name):
    if not (TRAINED / name / "card.json").is_file():
        pytest.skip(f"{name} is not shipped in this checkout")
    loaded = LoadedModel(training.load(TRAINED / name), TRAINED / name)
    _open(qtbot, latent_view, loaded)
    assert len(latent_view.rows) == loaded.model.latent_dim
    img = latent_view.image.image()
    assert img.shape == (28, 28) and 0 <= img.min() and img.max() <= 1


@pytest.mark.parametrize("which", ["dcgan", "style"])
def test_the_truncation_slider_trades_variety_for_typical_images(qtbot, latent_view, which,
                                                                 tiny_dcgan, tiny_style):
    """ψ < 1 pulls the code toward the prior's centre (the DCGAN: ψ z; the style generator:
    w̄ + ψ (w − w̄)); ψ = 0 makes every z the same image; models without it hide the row."""
    view = latent_view
    loaded = tiny_dcgan if which == "dcgan" else tiny_style
    model = loaded.model
    _open(qtbot, view, loaded)
    assert view.truncation_row.isVisible() and model.truncation == 1.0
    z = view.state.z.copy()
    full = view.image.image().copy()
    view.truncation.setValue(50)
    assert model.truncation == 0.5 and view.truncation_label.text() == "0.50"
    half = view.image.image().copy()
    assert not np.allclose(half, full)
    if which == "dcgan":
        model.truncation = 1.0
        expect = model.decode(0.5 * z[None])[0]
        model.truncation = 0.5
        assert np.allclose(half, expect, atol=1e-6)
    else:
        w = model.mapping(z[None], truncation=0.5)
        assert np.allclose(half, model.synthesis(w)[0], atol=1e-6)
    view.truncation.setValue(0)
    zero_a = view.image.image().copy()
    view.randomise()
    assert np.allclose(view.image.image(), zero_a, atol=1e-6)  # ψ = 0: one average image
    view.truncation.setValue(100)
    model.truncation = 1.0


def test_a_vae_has_no_truncation_row(qtbot, latent_view):
    from explorer.state.models import LoadedModel as LM

    path = TRAINED / "latent-vae2-mnist5k"
    _open(qtbot, latent_view, LM(training.load(path), path))
    assert not latent_view.truncation_row.isVisible()


def test_inversion_finds_a_z_for_a_test_image_in_a_worker(qtbot, latent_view):
    """A GAN has no encoder: the Invert tab searches z (the shipped DCGAN on a test digit),
    shows G(z*) and the difference, and puts z* on the sliders on request; a VAE (which
    encodes) has no such tab."""
    from explorer.state.models import LoadedModel as LM

    view = latent_view
    path = TRAINED / "gan-dcgan-mnist5k"
    _open(qtbot, view, LM(training.load(path), path))
    assert view.tools.isTabVisible(view._invert_tab)
    panel = view.invert_panel
    qtbot.waitUntil(lambda: panel._images is not None, timeout=120_000)
    assert panel._images.shape[1:] == (28, 28) and panel.target.image() is not None
    panel.index.setValue(3)
    panel.invert_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=120_000)
    z, mse = panel.result
    assert z.shape == (view.state.dim,) and 0 <= mse < 0.05
    assert panel.recon.image() is not None and panel.use_button.isEnabled()
    panel.use_button.click()
    assert np.allclose(view.state.z, z, atol=1e-6)
    vae = TRAINED / "latent-vae2-mnist5k"
    _open(qtbot, view, LM(training.load(vae), vae))
    assert not view.tools.isTabVisible(view._invert_tab)


def test_inverting_a_generated_image_recovers_it():
    """An image the generator drew itself is found again almost exactly (tiny DCGAN)."""
    model = DCGAN(latent_dim=4, channels=4, d_channels=4, seed=3)
    z0 = model.prior_z(1, 7)[0]
    x = model.decode(z0[None])[0]
    z, mse = model.invert(x, steps=150, restarts=4, seed=0)
    assert mse < 1e-3 and np.abs(model.decode(z[None])[0] - x).max() < 0.1
