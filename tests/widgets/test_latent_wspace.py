"""The z / w switch of the Latent tab for a style-based generator: sliders over w = f(z),
the same image across the switch, bookmarks kept per space, inversion in W."""

from __future__ import annotations

import numpy as np
import pytest

import training
from explorer.state.models import LoadedModel
from tests.conftest import TRAINED
from tests.widgets.test_latent_gan import _open, styled, _save  # noqa: F401  (fixtures' helpers)
from training.latent.gan import DCGAN, StyleGAN


@pytest.fixture(scope="module")
def tiny_style_w(tmp_path_factory):
    return _save(styled(StyleGAN(latent_dim=6, w_dim=8, mapping_layers=2, channels=[8, 8, 4, 4],
                                 d_channels=4, seed=1)), tmp_path_factory.mktemp("gan") / "s")


def test_w_space_decodes_what_the_generator_draws():
    model = styled(StyleGAN(latent_dim=6, w_dim=8, mapping_layers=2, channels=[8, 8, 4, 4],
                            d_channels=4, seed=1))
    ws = model.w_space()
    z = model.prior_z(5, seed=3)
    w = ws.from_z(z)
    assert w.shape == (5, 8) and ws.latent_dim == 8
    assert np.allclose(ws.decode(w), model.decode(z), atol=1e-6)
    model.truncation = 0.5  # ψ is shared: w̄ + ψ (w − w̄) in both
    assert np.allclose(ws.decode(w), model.decode(z), atol=1e-6)
    model.truncation = 1.0
    stats = ws.card["latent_stats"]
    assert len(stats["mean"]) == 8 and min(stats["std"]) > 0 and "unit" in stats
    # W has no Gaussian prior: random draws are mapped prior draws
    assert np.allclose(ws.prior_z(3, seed=7), model.mapping(model.prior_z(3, seed=7)))


def test_inversion_in_w_recovers_a_generated_image():
    model = styled(StyleGAN(latent_dim=6, w_dim=8, mapping_layers=2, channels=[8, 8, 4, 4],
                            d_channels=4, seed=1))
    ws = model.w_space()
    target = ws.sample(1, seed=11)[0]
    w, mse = ws.invert(target, steps=150, restarts=4, lr=0.05, seed=0)
    assert w.shape == (8,) and mse < 1e-3


def test_the_switch_moves_the_sliders_to_w_and_back(qtbot, latent_view, tiny_style_w):
    view = latent_view
    _open(qtbot, view, tiny_style_w)
    switch = view.space_switch
    assert switch.isVisible() and switch.space == "z"
    z = view.state.z.copy()
    before = view.image.image().copy()
    view.state.add_bookmark("a z")
    switch.combo.setCurrentIndex(1)  # → w
    qtbot.waitUntil(view.is_ready)
    model = tiny_style_w.model
    assert len(view.rows) == model.w_dim and view.state.dim == model.w_dim
    assert np.allclose(view.state.z, model.mapping(z[None])[0], atol=1e-5)
    assert np.allclose(view.image.image(), before, atol=1e-5)  # the same image
    assert view.state.bookmarks == []  # bookmarks are codes of one space
    assert not view.tools.isTabVisible(view._mix_tab)  # style mixing mixes z's
    assert "W space" in view.model_label.text()
    view.state.set_component(0, float(view.state.z[0]) + 2.0, "slider")
    assert not np.allclose(view.image.image(), before)
    view.randomise()
    assert view.state.z.shape == (model.w_dim,)
    switch.combo.setCurrentIndex(0)  # → z: the z the sliders had
    qtbot.waitUntil(view.is_ready)
    assert len(view.rows) == model.latent_dim and np.allclose(view.state.z, z)
    assert [n for n, _ in view.state.bookmarks] == ["a z"]
    assert np.allclose(view.image.image(), before, atol=1e-6)


def test_no_switch_for_a_dcgan_or_a_vae(qtbot, latent_view, tmp_path):
    dc = _save(DCGAN(latent_dim=5, channels=4, d_channels=4, seed=2), tmp_path / "dc")
    _open(qtbot, latent_view, dc)
    assert not latent_view.space_switch.isVisible()
    path = TRAINED / "latent-vae2-mnist5k"
    _open(qtbot, latent_view, LoadedModel(training.load(path), path))
    assert not latent_view.space_switch.isVisible()
