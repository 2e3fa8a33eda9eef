"""The prompt field and guidance slider of a class-conditional diffusion model, driven like
a user would: type a prompt, move the slider, measure the curve, an unconditional model."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from explorer.state import ModelSlot
from explorer.state.models import LoadedModel
from explorer.views.diffusion import DiffusionView
from training.diffusion import DiffusionModel

CURVE = [{"s": s, "accuracy": a, "diversity": d, "confident_share": 0.5}
         for s, a, d in ((0.0, 0.1, 1.0), (1.0, 0.7, 0.9), (3.0, 0.97, 0.7))]


def _card(guidance=True):
    c = {"data": {"name": "mnist5k"}, "training": {"recipe": "test", "steps": 0},
         "metrics": {"guidance_default": 3.0, "guided_accuracy": 0.97,
                     "guided_diversity": 0.7}, "created_by": "tests"}
    if guidance:
        c["guidance"] = {"default": 3.0, "curve": CURVE, "sampler": "unipc",
                         "samples_per_class": 30}
    return c


@pytest.fixture(scope="module")
def cond_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("dm") / "cond"
    m = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0, num_classes=10,
                       class_names=[str(i) for i in range(10)])
    with torch.no_grad():
        g = torch.Generator().manual_seed(0)
        m.net.label.weight.normal_(0, 1.0, generator=g)
        m.net.conv_out.weight.normal_(0, 0.05, generator=g)
    training.save(m, path, _card())
    return LoadedModel(training.load(path), path)


@pytest.fixture
def view(qtbot):
    v = DiffusionView(ModelSlot("diffusion"), sync=True)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    return v


def test_prompt_and_guidance_drive_the_run(qtbot, view, cond_model):
    view.batch_spin.setValue(4)
    view.steps_spin.setValue(4)
    view.slot.set(cond_model)
    box = view.prompt_box
    assert box.isVisible()
    # the card's default guidance and a first prompt
    assert box.guidance() == 3.0 and view.state.config.guidance == 3.0
    assert view.state.config.prompt == 7 and "class" in box.prompt_status.text()
    first = view.panels_a[2].image().copy()
    box.prompt_edit.setText("a three")
    assert view.state.config.prompt == 3
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.computed == view.state.total, timeout=20000)
    three = view.state.runs[0].frames[-1].x_prev.copy()
    box.prompt_edit.setText("siete")
    view.run_to_end()
    qtbot.waitUntil(lambda: view.state.computed == view.state.total, timeout=20000)
    seven = view.state.runs[0].frames[-1].x_prev
    assert view.state.config.prompt == 7 and not np.allclose(three, seven)
    assert first.shape == (28, 28)
    # the slider sets s; the plot's cursor follows
    box.slider.setValue(55)
    assert view.state.config.guidance == 5.5 and box.cursor.value() == 5.5
    assert "5.5" in box.s_label.text()
    # a prompt that names nothing: a clear note and the unconditional model
    box.prompt_edit.setText("banana")
    assert "Not understood" in box.prompt_status.text()
    assert view.state.config.prompt is None and view.state.config.guidance == 1.0
    box.prompt_edit.setText("")
    assert "unconditional" in box.prompt_status.text()


def test_the_card_curve_and_a_measured_curve(qtbot, view, cond_model, monkeypatch):
    import explorer.views.diffusion_prompt as dp

    monkeypatch.setattr(dp, "CURVE_SAMPLES", 4)  # the test needs the plumbing, not figures
    view.slot.set(cond_model)
    box = view.prompt_box
    xs, ys = box.card_acc.getData()
    assert list(xs) == [0.0, 1.0, 3.0] and list(ys) == [0.1, 0.7, 0.97]
    box.prompt_edit.setText("4")
    box.measure()
    qtbot.waitUntil(lambda: not box.is_busy(), timeout=120000)
    xs, ys = box.live_acc.getData()
    assert list(xs) == [0.0, 1.0, 3.0]
    assert all(0 <= y <= 1 for y in ys)
    assert len(box.live_div.getData()[0]) == 3
    assert "class 4" in box.curve_note.text()
    assert box.measure_button.isEnabled()
    # a new prompt clears the measured curve
    box.prompt_edit.setText("5")
    assert box.live_acc.getData()[0] is None or len(box.live_acc.getData()[0]) == 0


def test_measure_needs_a_prompt(view, cond_model):
    view.slot.set(cond_model)
    view.prompt_box.prompt_edit.setText("")
    view.prompt_box.measure()
    assert "prompt" in view.prompt_box.curve_note.text()
    assert not view.prompt_box.is_busy()


def test_unconditional_models_hide_the_box(view, tmp_path):
    training.save(DiffusionModel("unet", (28, 28), channels=(8, 16, 16)), tmp_path / "u",
                  _card(guidance=False))
    view.slot.set(LoadedModel(training.load(tmp_path / "u"), tmp_path / "u"))
    assert not view.prompt_box.isVisible()
    assert view.state.config.prompt is None


def test_prompt_and_guidance_come_back_with_a_session(qtbot, tmp_path, cond_model):
    from PySide6.QtCore import QSettings

    from explorer.views.main_window import MainWindow

    def window(name):
        w = MainWindow(settings=QSettings(str(tmp_path / f"{name}.ini"),
                                          QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        return w

    a = window("a")
    a.open_model(cond_model.path)
    qtbot.waitUntil(lambda: not a.is_busy(), timeout=60_000)
    v = a.views["diffusion"]
    v.batch_spin.setValue(4)
    v.steps_spin.setValue(3)
    v.prompt_box.prompt_edit.setText("two")
    v.prompt_box.slider.setValue(25)
    qtbot.waitUntil(lambda: not a.is_busy(), timeout=60_000)
    assert a.save_session(tmp_path / "c.lexsession") is not None
    b = window("b")
    b.open_session(tmp_path / "c.lexsession")
    qtbot.waitUntil(lambda: not b.is_busy(), timeout=60_000)
    assert b.message_box is None
    w = b.views["diffusion"]
    assert w.prompt_box.prompt_edit.text() == "two" and w.prompt_box.guidance() == 2.5
    assert w.state.config == v.state.config
    assert np.array_equal(w.panels_a[0].image(), v.panels_a[0].image())
