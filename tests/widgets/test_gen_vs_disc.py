"""The generative-vs-discriminative tab of the Density view, driven as a user would."""

from __future__ import annotations

import numpy as np
import sklearn.linear_model  # noqa: F401  (imported on the main thread: see tests/conftest.py)
import sklearn.neural_network  # noqa: F401

from explorer.state import DRAWN


def idle(qtbot, v):
    qtbot.waitUntil(lambda: not v.is_busy())


def open_tab(v, qtbot, seeds=2):
    panel = v.extras.gen_vs_disc
    panel.seeds_spin.setValue(seeds)
    v.canvas_tabs.setCurrentWidget(panel.tab_page)  # shown: maps and the curve start
    idle(qtbot, v)
    return panel


def test_tab_shows_both_maps_and_the_learning_curve(density_view, qtbot):
    v = density_view
    v.n_spin.setValue(400)
    v.select_data("moons")
    p = open_tab(v, qtbot)
    m = p.maps
    assert m is not None and m.gen_rgba.shape == m.disc_rgba.shape == (120, 120, 4)
    assert m.gen_acc > 0.75 and m.disc_acc > 0.75
    assert m.posterior_sum_error < 1e-9
    assert len(m.x) == 40 and np.bincount(m.y).tolist() == [20, 20]  # 20 per class
    assert "held out" in p.plots[0].plotItem.titleLabel.text
    lc = p.curve
    assert lc is not None and lc.pair == "quadratic" and lc.gen.shape == (7, 2)
    assert "Median of 2 seeds" in p.curve_caption.text()
    xs, ys = p.gen_line.getData()
    assert len(ys) == 7 and np.all((ys > 50) & (ys <= 100))  # percent
    assert not p.cancel_button.isEnabled()


def test_pair_and_map_size_refit(density_view, qtbot):
    v = density_view
    v.n_spin.setValue(400)
    v.select_data("checkerboard")
    p = open_tab(v, qtbot, seeds=1)
    p.pair_combo.setCurrentIndex(p.pair_combo.findData("linear"))
    idle(qtbot, v)
    assert p.maps.gen_name == "LDA" and p.curve.pair == "linear"
    p.n_combo.setCurrentIndex(p.n_combo.findData(0))  # all training points
    idle(qtbot, v)
    assert len(p.maps.x) == len(v.state.data.train)
    assert p.maps.gen_acc > 0.9  # the checkerboard's columns are nearly linearly separable


def test_cancel_stops_the_curve(density_view, qtbot):
    v = density_view
    v.n_spin.setValue(400)
    v.select_data("moons")
    p = open_tab(v, qtbot, seeds=1)
    p.seeds_spin.setValue(50)
    p.pair_combo.blockSignals(True)
    p.pair_combo.setCurrentIndex(p.pair_combo.findData("flexible"))
    p.pair_combo.blockSignals(False)
    p.start_curve()
    assert p.cancel_button.isEnabled()
    qtbot.mouseClick(p.cancel_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not p.cancel_button.isEnabled() and "cancelled" in p.curve_caption.text()
    idle(qtbot, v)
    assert p.curve.pair == "quadratic"  # the cancelled curve never replaced the old one


def test_unlabelled_points_say_why(density_view, qtbot):
    v = density_view
    v.state.set_drawn(np.random.default_rng(0).normal(size=(200, 2)))
    v.select_data(DRAWN)
    p = open_tab(v, qtbot)
    assert "no class labels" in p.caption.text()
    assert p.maps is None and p.curve is None


def test_new_data_set_clears_the_panel(density_view, qtbot):
    v = density_view
    v.n_spin.setValue(400)
    v.select_data("moons")
    p = open_tab(v, qtbot, seeds=1)
    v.canvas_tabs.setCurrentIndex(0)
    v.select_data("circles")
    assert p.maps is None and p.curve is None and p.gen_line.getData()[0] is None
    v.canvas_tabs.setCurrentWidget(p.tab_page)
    idle(qtbot, v)
    assert p.maps is not None and p.maps.disc_acc > 0.9  # circles: quadratic is the right form
