"""A latent DDPM in the step-through view: its three panels (z_t as a signed 4×4 image per
sample, decode(z_t), decode(ẑ₀)), step / back / play / run to end, the sampler options, and
the pixel DDPM beside it on the same seed (a second row of panels)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from training.diffusion.latent_diffusion import LatentDiffusionModel, weights_sha256
from tests.conftest import TRAINED

pytestmark = pytest.mark.usefixtures("one_torch_thread")
VAE = "latent-vae16-mnist5k"


@pytest.fixture
def tiny_ldm(tmp_path):
    m = LatentDiffusionModel(VAE, weights_sha256(TRAINED / VAE), latent_dim=16, hidden=8,
                             depth=1)
    m.ddpm.scale = torch.full((16,), 0.8)
    card = {"data": {"name": "mnist5k"}, "training": {"seed": 0},
            "metrics": {"ddim50_confident_share": 0.5, "ddim50_frechet_distance": 40.0,
                        "ddim50_frechet_floor": 7.0},
            "created_by": "test"}
    training.save(m, tmp_path / "ldm", card)
    return tmp_path / "ldm"


def test_latent_ddpm_steps_through_its_three_panels(window, qtbot, tiny_ldm):
    window.open_model(tiny_ldm)
    diff = window.views["diffusion"]
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None
                    and len(diff.generic.state.frames) >= 1)
    view = diff.generic
    assert window.tabs.currentWidget() is diff and diff.stack.currentWidget() is view
    assert list(view.panels) == list(LatentDiffusionModel.step_names)
    assert set(view.option_widgets) == {"sampler", "steps", "eta", "beside_pixel"}
    assert "DDIM-50 samples: 50% confident" in view.model_label.text()
    st = view.state
    qtbot.waitUntil(lambda: st.index == 0)
    shown = [n for n, p in view.panels.items() if p.isVisible()]
    assert shown == ["z_t", "decode(z_t)", "decode(ẑ₀)"]  # the pixel row only when asked
    # z_t: 16 samples of 4×4 tiled 4 × 4 with 1-pixel gutters, on the signed colour scale
    z = view.panels["z_t"].image()
    assert z.shape == (4 * 5 - 1, 4 * 5 - 1) and view.panels["z_t"].levels == (-3.0, 3.0)
    assert view.panels["decode(z_t)"].image().shape == (4 * 29 - 1, 4 * 29 - 1)
    view.option_widgets["steps"].setValue(6)
    qtbot.waitUntil(lambda: st.options["steps"] == 6 and st.index == 0)
    view.step()
    qtbot.waitUntil(lambda: st.index == 1)
    assert st.current().caption.startswith("t = ")
    view.back()
    assert st.index == 0 and len(st.frames) >= 2  # cached
    view.play()
    qtbot.waitUntil(lambda: st.finished and st.index == 5 and not view.playing)
    x0 = st.current().panels["decode(ẑ₀)"].astype(np.float32)
    assert x0.shape == (16, 28, 28) and 0 <= x0.min() and x0.max() <= 1
    view.seed_spin.setValue(3)
    qtbot.waitUntil(lambda: st.seed == 3 and st.index == 0)
    view.run_to_end()
    qtbot.waitUntil(lambda: st.finished and st.index == 5 and not view.playing)
    qtbot.waitUntil(lambda: not window.is_busy())


def test_the_pixel_ddpm_beside_it_on_the_same_seed(window, qtbot, tiny_ldm):
    window.open_model(tiny_ldm)
    diff = window.views["diffusion"]
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None
                    and len(diff.generic.state.frames) >= 1)
    view = diff.generic
    st = view.state
    view.n_spin.setValue(2)
    view.option_widgets["steps"].setValue(2)
    view.option_widgets["beside_pixel"].setChecked(True)
    qtbot.waitUntil(lambda: st.options.get("beside_pixel") and st.options["steps"] == 2
                    and st.n == 2 and st.index == 0)
    assert all(p.isVisible() for p in view.panels.values())
    view.run_to_end()
    qtbot.waitUntil(lambda: st.finished and st.index == 1)
    pix = st.current().panels["pixel DDPM: x̂₀"]
    assert pix.shape == (2, 28, 28)
    # the pixel DDPM starts from its own x_T of the same seed (0), as in its own view
    ref = training.load(TRAINED / "diffusion-mnist5k")
    first = st.frames[0].panels["pixel DDPM: x_t"].astype(np.float32)
    np.testing.assert_allclose(first, ref.to_data(ref.initial_noise(2, 0)), atol=2e-3)
    assert st.frames[0].panels["z_t"].shape == (2, 4, 4)
    view.option_widgets["beside_pixel"].setChecked(False)
    qtbot.waitUntil(lambda: not st.options.get("beside_pixel") and st.index == 0)
    assert not view.panels["pixel DDPM: x_t"].isVisible()
    qtbot.waitUntil(lambda: not window.is_busy())
