"""The Density view's Guidance tab: a class-conditional 2D DDPM's guided samples over its
data, driven like a user would (model, class, slider, n), and its empty state."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from training.diffusion import DiffusionModel


def _save_cond(folder, data="8gaussians"):
    from training.data import make_splits

    sp = make_splits(data, seed=0, n_train=400, n_val=100, n_test=100)
    m = DiffusionModel("mlp", (2,), hidden=32, depth=2, num_classes=8,
                       class_names=[f"component {i}" for i in range(8)])
    m.shift = torch.as_tensor(sp.train.mean(0), dtype=torch.float32)
    m.scale = torch.as_tensor(sp.train.std(0), dtype=torch.float32)
    with torch.no_grad():
        g = torch.Generator().manual_seed(0)
        m.net.label.weight.normal_(0, 1.0, generator=g)
        m.net.out[-1].weight.normal_(0, 0.3, generator=g)
    training.save(m, folder, {
        "data": {"name": data, **sp.description}, "training": {"recipe": "test", "steps": 0},
        "metrics": {}, "created_by": "tests"})


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    import training.artifacts as arts

    _save_cond(tmp_path / "diffusion-cond-8gaussians")
    (tmp_path / "diffusion-cond-broken").mkdir()
    (tmp_path / "diffusion-cond-broken" / "card.json").write_text("{not json")
    monkeypatch.setattr(arts, "default_trained_dir", lambda: tmp_path)
    return tmp_path


def _panel(density_view):
    p = density_view.extras.guidance
    density_view.canvas_tabs.setCurrentWidget(p.tab_page)
    return p


def test_guided_samples_follow_class_and_scale(qtbot, density_view, shipped):
    p = _panel(density_view)
    assert p.model_combo.count() == 1 and p.model_combo.currentText() == "diffusion-cond-8gaussians"
    p.n_spin.setValue(40)
    qtbot.waitUntil(lambda: p.last is not None and not p.is_busy(), timeout=60_000)
    d = p.last
    assert d.points.shape == (8 * 40, 2) and set(np.unique(d.labels)) == set(range(8))
    assert 0 <= d.accuracy <= 1 and np.isfinite(d.diversity)
    assert "%" in p.caption.text() and "component&nbsp;3" in p.caption.text()
    assert p.class_combo.count() == 9  # every class + 8
    # one class
    p.class_combo.setCurrentIndex(p.class_combo.findData(5))
    qtbot.waitUntil(lambda: not p.is_busy() and set(np.unique(p.last.labels)) == {5},
                    timeout=60_000)
    assert len(p.sample_item.data) == 40
    # a larger guidance scale draws other points from the same seed
    before = p.last.points.copy()
    p.slider.setValue(40)
    assert "4.0" in p.s_label.text()
    qtbot.waitUntil(lambda: not p.is_busy() and p.last.s == 4.0, timeout=60_000)
    assert not np.allclose(before, p.last.points)


def test_no_conditional_model_says_how_to_get_one(qtbot, density_view, tmp_path, monkeypatch):
    import training.artifacts as arts

    monkeypatch.setattr(arts, "default_trained_dir", lambda: tmp_path)
    p = _panel(density_view)
    assert p.model_combo.count() == 0
    assert "--conditional" in p.caption.text()
    assert not p.is_busy()
