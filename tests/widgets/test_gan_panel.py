"""The 2D GAN in the Density view: live training through the registry (no GAN code in the
view), Step D / Step G / Step both, slow motion, every layer, the figures, the scoreboard."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from explorer.state import ModelSlot
from explorer.views.density import DensityView

TINY = {"g_width": 16, "d_width": 16, "g_depth": 2, "d_depth": 2, "batch_size": 64,
        "steps": 400}


@pytest.fixture
def view(density_view):
    return density_view


def _weights(module):
    return [p.detach().clone() for p in module.parameters()]


def _changed(before, module):
    return any(not torch.equal(a, b) for a, b in zip(before, module.parameters()))


def test_gan_trains_live_steps_and_draws_every_layer(view, qtbot):
    view.select_data("8gaussians")
    assert view.data_combo.findData("grid25") >= 0  # the new toy set is listed
    i = view.family_combo.findData("gan")
    assert i >= 0  # the family box lists the registered family
    view.family_combo.setCurrentIndex(i)
    view.hyper_pages["gan"].set_values(**TINY)
    assert not view.gan_panel.isVisible()
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.training is not None and view.training.step_count >= 50,
                    timeout=60_000)
    panel = view.gan_panel
    assert panel.isVisible() and panel.gan is view.training.model
    view.toggle_play()  # pause, then step a player at a time
    qtbot.waitUntil(lambda: not view.fit_worker._callbacks, timeout=30_000)
    qtbot.waitUntil(lambda: panel.picture is not None and not panel.worker.pending(), timeout=30_000)
    gan = panel.gan
    step = view.training.step_count
    for button, player, other in ((panel.step_d, gan.net.d, gan.net.g),
                                  (panel.step_g, gan.net.g, gan.net.d)):
        assert button.isEnabled()
        mine, theirs = _weights(player), _weights(other)
        panel.picture = None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.picture is not None, timeout=30_000)
        assert _changed(mine, player) and not _changed(theirs, other)
    assert view.training.step_count == step  # one player's updates are not steps
    panel.picture = None
    qtbot.mouseClick(panel.step_both, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.picture is not None, timeout=30_000)
    assert view.training.step_count == step + 1
    assert "modes captured" in panel.figure_label.text()
    # every layer on and off
    for cb, item in ((panel.show_d, panel.d_image), (panel.show_gen, panel.gen_scatter),
                     (panel.show_arrows, panel.arrow_item),
                     (panel.show_manifold, panel.manifold_item)):
        cb.setChecked(True)
        assert item.isVisible()
        cb.setChecked(False)
        assert not item.isVisible()
    assert view.canvas.image.isVisible()  # D(x) off: the density estimate is back
    panel.show_d.setChecked(True)
    assert not view.canvas.image.isVisible() and panel.d_bar.text() == "likely real ↔ likely fake"
    assert panel.picture.d_grid.shape == (96, 96)
    assert len(panel.gen_scatter.data) == 500 and len(panel.d_curve.getData()[0]) >= 1
    # slow motion: fewer steps per live update
    panel.slow.setChecked(True)
    assert view.training.chunk == 5
    before = view.training.step_count
    view.step_once()
    qtbot.waitUntil(lambda: view.training.step_count == before + 5, timeout=30_000)
    panel.slow.setChecked(False)
    assert view.training.chunk == view.training.trainer.eval_every
    # to the end: the scoreboard says the likelihood is not available, the panel stays
    view.toggle_play()
    qtbot.waitUntil(lambda: view.training is None and view.state.current is not None,
                    timeout=120_000)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)
    entry = view.state.current
    assert entry.model is gan and entry.model.tractable is False
    assert view.table.item(0, 1).text() == "n/a: implicit"
    assert panel.isVisible() and panel.trainer is not None
    mine = _weights(gan.net.d)
    panel.picture = None
    qtbot.mouseClick(panel.step_d, Qt.MouseButton.LeftButton)  # still steps after the end
    qtbot.waitUntil(lambda: panel.picture is not None, timeout=30_000)
    assert _changed(mine, gan.net.d)
    # another family hides the panel and its layers
    view.family_combo.setCurrentIndex(view.family_combo.findData("gaussian"))
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.state.current is not entry, timeout=30_000)
    assert not panel.isVisible() and not panel.d_image.isVisible()
    assert np.isfinite(panel.picture.manifold).all()


def test_an_opened_gan_says_implicit_not_intractable(qtbot):
    """The shipped GAN, opened from its folder, is scored through its samples; its
    likelihood cells keep the GAN's own reason (implicit), not the DDPM's (intractable)."""
    import training
    from explorer.state import LoadedModel
    from training.artifacts import default_trained_dir

    slot = ModelSlot("density")
    view = DensityView(slot, autostart=False)
    qtbot.addWidget(view)
    path = default_trained_dir() / "density-gan-grid25"
    slot.set(LoadedModel(training.load(path), path))
    qtbot.waitUntil(lambda: view.table.rowCount() >= 1 and view.table.item(0, 1) is not None,
                    timeout=120_000)
    assert view.table.item(0, 1).text() == "n/a: implicit"
    assert "implicit" in view.table.item(0, 1).toolTip()
