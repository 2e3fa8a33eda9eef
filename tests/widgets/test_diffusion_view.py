"""The Diffusion tab driven like a user would: step, back, play, scrub, compare, 2D, export."""

from __future__ import annotations

import numpy as np
import pytest

import training
from explorer.state.models import LoadedModel
from tests.conftest import save_points_ddpm
from training.diffusion import DiffusionModel


def _card(name):
    return {"data": {"name": name}, "training": {"recipe": "test", "steps": 0},
            "metrics": {}, "created_by": "tests"}


@pytest.fixture(scope="module")
def image_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("dm") / "unet"
    training.save(DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0), path,
                  _card("mnist5k"))
    return LoadedModel(training.load(path), path)


@pytest.fixture(scope="module")
def points_model(tmp_path_factory):
    return save_points_ddpm(tmp_path_factory.mktemp("dm") / "mlp", "moons")


@pytest.fixture
def view(diffusion_view):
    return diffusion_view


def _wait_idle(qtbot, v):
    qtbot.waitUntil(lambda: not v.is_busy(), timeout=20000)


def test_empty_state_then_model(qtbot, view, image_model):
    assert view.stack.currentIndex() == 0
    view.steps_spin.setValue(10)
    view.slot.set(image_model)
    assert view.stack.currentIndex() == 1
    _wait_idle(qtbot, view)
    st = view.state
    assert st.computed >= 1 and st.index == 0
    x_T = view.panels_a[0].image()
    assert x_T.shape == (28, 28)
    # the default sampler is a fast ODE solver: its quadratic grid starts at T − 1
    assert view.state.config.a.sampler == view.sampler_combo.currentData() == "unipc:quadratic"
    assert "t = 999" in view.panels_a[0].title.text()


def test_step_back_scrub_and_cached_trajectory(qtbot, view, image_model):
    view.slot.set(image_model)
    view.steps_spin.setValue(8)
    _wait_idle(qtbot, view)
    before = view.panels_a[0].image().copy()
    view.step_forward()
    qtbot.waitUntil(lambda: view.state.index == 1, timeout=10000)
    _wait_idle(qtbot, view)
    after = view.panels_a[0].image().copy()
    assert not np.array_equal(before, after)
    assert view.panels_a[1].image() is not None and view.panels_a[2].image() is not None
    view.step_back()
    assert view.state.index == 0
    assert np.array_equal(view.panels_a[0].image(), before)  # cached, same x_T
    view.scrub.setValue(5)
    qtbot.waitUntil(lambda: view.state.index == 5, timeout=10000)
    _wait_idle(qtbot, view)
    frames = len(view.state.runs[0].frames)
    view.scrub.setValue(2)  # going back recomputes nothing
    assert view.state.index == 2 and len(view.state.runs[0].frames) == frames
    assert "step <b>2</b> / 8" in view.step_label.text()


def test_play_pause_and_run_to_end(qtbot, view, image_model):
    view.slot.set(image_model)
    view.steps_spin.setValue(6)
    view.speed_spin.setValue(60)
    view.toggle_play()
    assert view.playing
    qtbot.waitUntil(lambda: view.state.index == 6, timeout=20000)
    qtbot.waitUntil(lambda: not view.playing, timeout=5000)
    assert "x₀" in view.panels_a[0].title.text()
    view.toggle_play()  # from the end, play restarts at x_T
    assert view.state.index == 0 and view.playing
    view.toggle_play()
    assert not view.playing
    _wait_idle(qtbot, view)


def test_switching_sampler_or_seed_starts_a_new_run(qtbot, view, image_model):
    view.slot.set(image_model)
    view.steps_spin.setValue(4)
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 4, timeout=20000)
    first = view.state.runs[0].frames[-1].x_prev.copy()
    view.sampler_combo.setCurrentText("DDPM")
    assert view.state.config.a.sampler == "ddpm" and view.state.index == 0
    assert not view.eta_spin.isEnabled()
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 4, timeout=20000)
    assert not np.array_equal(first, view.state.runs[0].frames[-1].x_prev)
    view.seed_spin.setValue(5)
    assert view.state.config.seed == 5 and view.state.index == 0
    _wait_idle(qtbot, view)


def test_side_by_side_from_the_same_noise(qtbot, view, image_model):
    view.slot.set(image_model)
    view.steps_spin.setValue(4)
    view.steps_b.setValue(8)
    view.compare_check.setChecked(True)
    assert view.panels_b[0].isVisible()
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 4, timeout=20000)
    a, b = view.state.runs
    assert len(b.frames) == 8
    assert np.array_equal(a.frames[0].x_t, b.frames[0].x_t)  # same x_T
    assert view.state.index_b(2) == 4
    view.state.set_index(2)
    assert "step 4 / 8" in view.row_label_b.text()
    _wait_idle(qtbot, view)


def test_grid_click_selects_a_sample(qtbot, view, image_model):
    view.slot.set(image_model)
    view.steps_spin.setValue(3)
    _wait_idle(qtbot, view)
    view._on_grid_click(29 * 1 + 3, 29 * 2 + 3)  # column 1, row 2 of a 4×4 grid
    assert view.state.selected == 9
    assert np.array_equal(view.panels_a[0].image(),
                          view.state.runs[0].frames[0].x_t[9, 0].astype(np.float32))


def test_forward_process_and_schedule(qtbot, view, image_model):
    view.slot.set(image_model)
    _wait_idle(qtbot, view)
    view.tabs.setCurrentIndex(1)
    view.fwd_slider.setValue(0)
    low = view.fwd_xt.image().copy()
    view.fwd_slider.setValue(999)
    high = view.fwd_xt.image().copy()
    x0 = view.fwd_x0.image()
    assert np.corrcoef(low.ravel(), x0.ravel())[0, 1] > 0.99
    assert abs(np.corrcoef(high.ravel(), x0.ravel())[0, 1]) < 0.2
    assert view.schedule.cursors[0].value() == 999
    view.fwd_schedule.setCurrentText("cosine")
    assert "cosine" in view.fwd_label.text()
    assert "cosine" in view.schedule.p1.titleLabel.text
    _wait_idle(qtbot, view)


def test_points_mode_particles_field_trails_and_diagnostics(qtbot, view, points_model):
    view.slot.set(points_model)
    assert view.reverse_stack.currentIndex() == 1
    assert view.batch_spin.value() == 1000
    view.steps_spin.setValue(10)
    view.trails_check.setChecked(True)
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 10, timeout=20000)
    qtbot.waitUntil(lambda: "energy distance" in view.diag_label.text(), timeout=20000)
    x, y = view.point_plots[0]["parts"].getData()
    assert len(x) == 1000
    assert len(view._final_brushes) == 1000  # final particles coloured by A / B / C
    assert "colours on the final particles" in view.diag_label.text()
    view.state.set_index(5)
    # the ε̂ field is computed in a worker and drawn when it arrives (until then the arrows
    # item holds no data: getData() gives None, which must not end the wait with a TypeError)
    def arrows():
        x = view.point_plots[0]["arrows"].getData()[0]
        return 0 if x is None else len(x)

    qtbot.waitUntil(lambda: arrows() == 2 * 21 * 21, timeout=20000)
    view.state.set_index(4)
    view.state.set_index(5)  # cached: drawn at once
    assert arrows() == 2 * 21 * 21
    tx, _ = view.point_plots[0]["trails"].getData()
    assert len(tx) == 100 * 7  # 6 positions + a gap per particle
    _wait_idle(qtbot, view)


def test_export_png_and_gif(qtbot, view, image_model, tmp_path):
    from PIL import Image

    view.slot.set(image_model)
    # DDIM: the solvers' last two states (t = 0 and x̂_0) of this untrained net differ by
    # one grey level, and the GIF writer merges equal frames
    view.sampler_combo.setCurrentIndex(view.sampler_combo.findData("ddim"))
    view.steps_spin.setValue(5)
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 5, timeout=20000)
    assert view.export_png(tmp_path / "g.png")
    assert Image.open(tmp_path / "g.png").size == (3 * (4 * 29 - 1),) * 2
    assert view.export_gif(tmp_path / "t.gif")
    gif = Image.open(tmp_path / "t.gif")
    assert gif.n_frames >= 6
    assert not view.export_png(tmp_path / "missing-dir" / "g.png")
    assert view.message_box is not None and "Could not write" in view.message_box.text()
    view.message_box.close()
    _wait_idle(qtbot, view)


def test_pause_stops_computing_and_progress_shows_seconds_per_step(qtbot, view, image_model):
    view.slot.set(image_model)
    view.steps_spin.setValue(40)
    view.speed_spin.setValue(1)  # display slowly: computing runs ahead of what is shown
    view.play()
    qtbot.waitUntil(lambda: view.state.computed >= 3, timeout=20000)
    view.pause()
    _wait_idle(qtbot, view)  # the step in flight may finish …
    stopped = view.state.computed
    qtbot.wait(300)
    assert view.state.computed == stopped < 40  # … and nothing after it
    assert "s/step" in view.progress.format()
    view.play()  # Play resumes computing
    qtbot.waitUntil(lambda: view.state.computed > stopped, timeout=20000)
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.computed == 40, timeout=60000)
    assert "s left" not in view.progress.format()


def test_fast_solver_choice_default_steps_and_ddim_alongside(qtbot, view, image_model):
    """The ODE solvers are sampler choices with their own default step count; DDIM stays
    available, side by side from the same x_T."""
    from explorer.state.diffusion import DEFAULT_STEPS

    view.slot.set(image_model)
    combo = view.sampler_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "unipc:quadratic", "dpm++2m-sde:quadratic", "unipc", "dpm++2m", "ddim", "ddpm"]
    assert combo.itemText(0) == "UniPC-2 (t²)" and combo.itemText(2) == "UniPC-2"
    cfg = view.state.config.a
    assert (cfg.sampler, cfg.steps) == ("unipc:quadratic", 17) == (
        "unipc:quadratic", DEFAULT_STEPS["unipc:quadratic"])
    assert view.steps_spin.value() == 17
    assert not view.eta_spin.isEnabled() and cfg.label() == "UniPC-2-17 (t²)"
    combo.setCurrentIndex(combo.findData("unipc"))
    assert view.state.config.a.steps == DEFAULT_STEPS["unipc"] == 20
    assert view.state.config.a.label() == "UniPC-2-20"
    combo.setCurrentIndex(combo.findData("dpm++2m"))
    assert view.state.config.a.sampler == "dpm++2m"
    combo.setCurrentIndex(combo.findData("ddim"))  # an untouched step count follows the sampler
    assert view.state.config.a.steps == DEFAULT_STEPS["ddim"] and view.eta_spin.isEnabled()
    view.steps_spin.setValue(7)
    combo.setCurrentIndex(combo.findData("unipc"))  # a step count the user set is kept
    assert (view.state.config.a.sampler, view.state.config.a.steps) == ("unipc", 7)
    view.steps_spin.setValue(4)
    view.sampler_b.setCurrentIndex(view.sampler_b.findData("ddim"))
    view.steps_b.setValue(6)
    view.eta_b.setValue(0.0)
    view.compare_check.setChecked(True)
    assert view.state.config.b.sampler == "ddim"
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 4, timeout=20000)
    _wait_idle(qtbot, view)
    a, b = view.state.runs
    assert len(a.frames) == 4 and len(b.frames) == 6
    assert np.array_equal(a.frames[0].x_t, b.frames[0].x_t)  # the same x_T
    assert a.frames[0].t == 999 and a.frames[-1].prev_t == -1
    # the solver's last step lands on its x̂_0
    assert np.array_equal(a.frames[-1].x_prev, a.frames[-1].x0)
    assert "UniPC-2-4" in view.step_label.text()


def test_the_sde_solver_beside_the_ode_solver_from_the_same_noise(qtbot, view, image_model):
    """The SDE solver: its own 17 steps, reproducible for a seed, the same x_T as UniPC-2
    beside it but another end point, and its last step lands on its x̂_0."""
    view.slot.set(image_model)
    combo = view.sampler_combo
    combo.setCurrentIndex(combo.findData("dpm++2m-sde:quadratic"))
    cfg = view.state.config.a
    assert (cfg.sampler, cfg.steps) == ("dpm++2m-sde:quadratic", 17)
    assert cfg.label() == "SDE-DPM-Solver++(2M)-17 (t²)" and not view.eta_spin.isEnabled()
    assert view.step_label.wordWrap()  # the long name wraps in the side panel
    view.steps_spin.setValue(5)
    view.sampler_b.setCurrentIndex(view.sampler_b.findData("unipc:quadratic"))
    view.steps_b.setValue(5)
    view.compare_check.setChecked(True)
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 5, timeout=20000)
    _wait_idle(qtbot, view)
    a, b = view.state.runs
    assert np.array_equal(a.frames[0].x_t, b.frames[0].x_t)
    assert np.array_equal(a.frames[-1].x_prev, a.frames[-1].x0)
    assert not np.allclose(a.frames[-1].x_prev, b.frames[-1].x_prev)
    first = a.frames[-1].x_prev.copy()
    view.seed_spin.setValue(1)
    _wait_idle(qtbot, view)
    view.seed_spin.setValue(0)  # the same seed again: the same noise, the same digits
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.index == 5, timeout=20000)
    _wait_idle(qtbot, view)
    assert np.array_equal(view.state.runs[0].frames[-1].x_prev, first)


def test_sampler_menu_matches_the_pipeline():
    from explorer.state import diffusion as state
    from training.diffusion import pipeline

    assert set(state.SAMPLER_LABELS) == set(pipeline.SAMPLERS)
    assert state.SAMPLER_LABELS == pipeline.SAMPLER_LABELS
    assert state.DEFAULT_STEPS == pipeline.DEFAULT_STEPS


def test_the_side_panel_says_what_the_network_predicts(qtbot, view, image_model, tmp_path):
    """A v-prediction model says so (its ε̂ and x̂₀ panels are computed from v̂); an
    ε-prediction one needs no remark."""
    view.slot.set(image_model)
    _wait_idle(qtbot, view)
    assert "v-prediction" not in view.model_label.text()
    path = tmp_path / "v"
    training.save(DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0,
                                 prediction="v"), path, _card("mnist5k"))
    view.slot.set(LoadedModel(training.load(path), path))
    _wait_idle(qtbot, view)
    text = view.model_label.text()
    assert "v-prediction" in text and "UNET denoiser" in text
