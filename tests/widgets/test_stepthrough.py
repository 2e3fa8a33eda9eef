"""The generic step-through view (in the Diffusion tab) driven with a tiny saved PixelCNN:
step, back, play, pause, run to end, a new seed, another option; events, not wall clocks."""

from __future__ import annotations

import numpy as np
import pytest

import training
from training.autoregressive_images.model import STARTS, PixelCNN


@pytest.fixture
def tiny_pixelcnn(tmp_path):
    m = PixelCNN("gated", channels=4, layers=2, first_kernel=3, image_shape=(28, 28))
    digits = (np.random.default_rng(0).random((8, 28, 28)) < 0.3).astype(np.float32)
    card = {"data": {"name": "test"}, "training": {}, "metrics": {"test_nll_nats": 500.0,
                                                                 "test_bits_per_dim": 0.9},
            "created_by": "test"}
    training.save(m, tmp_path / "pcnn", card)
    return tmp_path / "pcnn", digits


pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_step_back_play_run_to_end(window, qtbot, tiny_pixelcnn):
    path, digits = tiny_pixelcnn
    window.open_model(path)
    diff = window.views["diffusion"]
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None
                    and len(diff.generic.state.frames) >= 1, timeout=20_000)
    assert window.tabs.currentWidget() is diff
    view = diff.generic
    assert diff.stack.currentWidget() is view and view.isVisible()
    assert set(view.panels) == {"image so far", "p(next pixel = 1)"}
    assert set(view.option_widgets) == {"start", "heat_map", "test_digit"}
    assert view.rf_box.isVisible() and view.rf_panel.image() is not None
    st = view.state
    qtbot.waitUntil(lambda: st.index == 0)
    view.step()
    qtbot.waitUntil(lambda: st.index == 1)
    assert st.current().info["pixel"] == (0, 1)
    view.back()
    assert st.index == 0 and len(st.frames) >= 2  # cached, nothing recomputed
    view.step()
    assert st.index == 1
    view.play()
    qtbot.waitUntil(lambda: st.index >= 20, timeout=20_000)
    view.pause()
    n = len(st.frames)
    qtbot.waitUntil(lambda: not view.is_busy())
    assert len(st.frames) <= n + 40  # pause stops computing
    view.run_to_end()
    qtbot.waitUntil(lambda: st.finished and st.index == 783 and not view.playing,
                    timeout=60_000)
    final = st.current().panels["image so far"].astype(np.float32)
    assert set(np.unique(final)) <= {0.0, 1.0}
    assert "ms per step" in view.progress_label.text()
    # a new seed: a new run from the first step
    view.seed_spin.setValue(5)
    qtbot.waitUntil(lambda: st.seed == 5 and st.index == 0, timeout=20_000)
    # an option: complete the top half of test digits
    view.state.model.test_digits = lambda: digits
    combo = view.option_widgets["start"]
    combo.setCurrentIndex(combo.findData(STARTS[1]))
    qtbot.waitUntil(lambda: st.index == 0 and st.options["start"] == STARTS[1], timeout=20_000)
    assert st.current().info["pixel"] == (14, 0) and st.current().total == 392
    img = st.current().panels["image so far"].astype(np.float32)
    assert set(np.unique(img[:, :14])) <= {0.0, 1.0}
    view.rf_row.setValue(3)
    assert np.isnan(view.rf_panel.image()[3, view.rf_col.value()])


def test_a_diffusion_model_still_gets_the_diffusion_panels(window, qtbot, tiny_pixelcnn):
    path, _ = tiny_pixelcnn
    diff = window.views["diffusion"]
    window.open_model(path)
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None, timeout=20_000)
    from training.artifacts import default_trained_dir

    window.open_model(default_trained_dir() / "diffusion-moons")
    qtbot.waitUntil(lambda: diff.state.model is not None, timeout=20_000)
    assert diff.stack.currentWidget() is not diff.generic
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
