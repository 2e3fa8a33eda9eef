"""The Density view driven as a user would: data sets, fitting, live training, the
scoreboard, diagnostics, probe, drawing, CSV, flow layers and the class map."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.state import DRAWN


@pytest.fixture
def view(density_view):
    return density_view


def idle(qtbot, v, timeout=30_000):
    qtbot.waitUntil(lambda: not v.is_busy(), timeout=timeout)


#: small models so that tests take seconds (the pages are generated from the registry)
SMALL = {"flow": {"layers": 2, "hidden": 16, "steps": 100}}


def choose(v, family, **hyper):
    v.family_combo.setCurrentIndex(v.family_combo.findData(family))
    v.hyper_pages[family].set_values(**{**SMALL.get(family, {}), **hyper})


def test_fit_each_closed_form_family_fills_scoreboard(view, qtbot):
    view.select_data("moons")
    for fam in ("box", "gaussian", "factorized", "kde"):
        choose(view, fam)
        qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
        idle(qtbot, view)
    labels = [e.label for e in view.state.entries]
    assert labels == ["Box", "Gaussian", "Factorised", "KDE (scott)"]
    assert view.table.rowCount() == 4 and view.table.item(3, 0).text() == "KDE (Scott's rule)"  # shown, not stored
    kl = {e.label: e.metrics.get("test_kl_nats", math.inf) for e in view.state.entries}
    assert kl["KDE (scott)"] < kl["Factorised"] < kl["Gaussian"]  # moons: H known by quadrature
    grid = view.canvas.grid
    assert grid.logp.shape == (256, 256) and np.isfinite(grid.logp).any()
    assert view.result.samples.shape == (1000, 2)
    # clicking a row shows that model
    view._on_table_click(0, 0)
    assert view.state.current.label == "Box"
    assert "off-support" in view.diag_label.text()


def test_box_with_points_outside_explains_infinite_nll(view, qtbot):
    rng = np.random.default_rng(0)
    pts = rng.normal(size=(400, 2))
    view.state.set_drawn(pts)
    view.select_data(DRAWN)
    choose(view, "box")
    view.fit()
    idle(qtbot, view)
    m = view.state.current.metrics
    assert m["test_nll_nats"] == math.inf  # Gaussian held-out points fall outside the box
    assert "∞" in view.status.text() and "outside the box" in view.status.text()
    assert view.table.item(0, 2).text() == "∞"


def test_live_gmm_and_flow_training_with_play_pause_step(view, qtbot):
    view.select_data("8gaussians")
    choose(view, "gmm", components=8)
    view.fit()
    idle(qtbot, view)
    gmm = view.state.current
    assert gmm.label == "GMM K=8" and gmm.metrics["test_kl_nats"] < 0.1
    assert len(view.train_curve.getData()[0]) > 1

    choose(view, "flow", steps=1000)
    view.fit()
    qtbot.waitUntil(lambda: view.training is not None and view.training.step_count >= 50, timeout=20_000)
    view.toggle_play()  # pause
    assert not view.playing
    idle_steps = view.training.step_count
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not view.fit_worker._callbacks, timeout=10_000)
    before = view.training.step_count
    assert before >= idle_steps
    view.step_once()
    qtbot.waitUntil(lambda: view.training.step_count == before + 50, timeout=10_000)
    assert view.step_button.isEnabled()
    view.toggle_play()  # play again
    assert view.playing
    qtbot.waitUntil(lambda: view.training.step_count >= before + 150, timeout=20_000)
    view.stop_and_keep()
    idle(qtbot, view)
    assert view.state.current.label == "Flow 2×16"
    assert view.state.current.metrics["train_nll_nats"] < 4.5
    xs, ys = view.val_curve.getData()
    assert len(xs) >= 3 and np.isfinite(ys).all()


def test_the_autoregressive_family_comes_from_the_registry_and_trains_live(view, qtbot):
    """A family added as its own file plus one registry line: in the family box with a
    generated page, trained live with Play / Pause / Step, then on the scoreboard."""
    from training.density.registry import get

    fam = get("autoregressive")
    i = view.family_combo.findData("autoregressive")
    assert i >= 0 and view.family_combo.itemText(i) == fam.label
    view.select_data("moons")
    choose(view, "autoregressive", bins=32, hidden=16, steps=20_000)
    page = view.hyper_pages["autoregressive"]
    assert view.model_box.hyper_stack.currentWidget() is page
    assert set(page.widgets) == {"bins", "hidden", "steps", "batch_size", "lr", "weight_decay"}
    assert (page.widgets["bins"].minimum(), page.widgets["bins"].maximum()) == (16, 128)
    assert view._hyper()["bins"] == 32
    view.fit()
    qtbot.waitUntil(lambda: view.training is not None and view.training.step_count >= 50)
    view.toggle_play()  # pause
    assert not view.playing and view.play_button.text() == "Play"
    qtbot.waitUntil(lambda: not view.fit_worker._callbacks, timeout=10_000)
    before = view.training.step_count
    qtbot.wait(100)
    assert view.training.step_count == before  # paused means paused
    view.step_once()
    qtbot.waitUntil(lambda: view.training.step_count == before + 50, timeout=10_000)
    view.toggle_play()  # play again
    qtbot.waitUntil(lambda: view.training.step_count >= before + 300)
    view.stop_and_keep()
    idle(qtbot, view)
    entry = view.state.current
    assert entry.label == "Autoregressive 32×32" and entry.family == "autoregressive"
    assert view.table.item(view.table.rowCount() - 1, 0).text() == "Autoregressive 32×32"
    m = entry.metrics
    assert math.isfinite(m["test_nll_nats"]) and m["test_kl_nats"] < 1.0
    assert m["n_params"] == entry.model.n_params
    assert view.result.samples.shape == (1000, 2)
    xs, ys = view.val_curve.getData()
    assert len(xs) >= 3 and np.isfinite(ys).all()


def test_flow_layer_scrubber(view, qtbot):
    view.select_data("moons")
    choose(view, "flow", steps=100)
    view.fit()
    idle(qtbot, view)
    panel = view.layers_panel
    assert panel.slider.isEnabled() and panel.slider.maximum() == 2
    panel.slider.setValue(0)
    x0 = panel.points.data["x"].copy()
    np.testing.assert_allclose(x0, view.state.data.train[: len(x0), 0])
    panel.slider.setValue(2)
    assert "base space" in panel.caption.text()
    assert not np.allclose(panel.points.data["x"], x0)
    panel.direction.setCurrentIndex(1)
    panel.slider.setValue(0)
    assert "data space" in panel.caption.text()
    lx, _ = panel.lines.getData()
    assert len(lx) > 1000


def test_probe_reports_model_and_truth(view, qtbot):
    view.select_data("checkerboard")
    choose(view, "gaussian")
    view.fit()
    idle(qtbot, view)
    text = view.probe_at(1.0, 1.0)
    assert "log p_model" in text and "log p_data" in text and "p_data/p_model" in text
    # moving the real mouse over the canvas updates the probe label
    centre = view.canvas.viewport().rect().center()
    qtbot.mouseMove(view.canvas.viewport(), centre)
    view._on_mouse_moved(view.canvas.mapToScene(centre))
    assert "x</b> =" in view.probe.text()


def test_world_cities_diagnostics_in_the_sea(view, qtbot):
    view.select_data("world-cities")
    choose(view, "box")
    view.fit()
    idle(qtbot, view)
    f = view.result.fractions
    assert f["off-support"] > 0.5  # a uniform box over the world puts most samples at sea
    assert "in the sea" in view.result.support_rule
    assert abs(sum(f.values()) - 1) < 1e-9
    assert view.canvas.coast.isVisible()
    cats = [len(item.data) for item in view.canvas.category_items]
    assert sum(cats) == 1000


def test_painting_with_the_mouse_and_erasing(view, qtbot):
    view.select_data(DRAWN)
    assert not view.fit_button.isEnabled()
    view.draw_check.setChecked(True)
    view.brush_density.setValue(20)
    view.brush_size.setValue(0.5)
    vp = view.canvas.viewport()
    start = vp.rect().center()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for dx in range(5, 120, 10):
        qtbot.mouseMove(vp, start + QPoint(dx, dx // 3))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 40))
    n = len(view.state.drawn)
    assert n >= 20
    assert view.state.data.name == DRAWN and len(view.state.data.train) >= 16
    assert view.fit_button.isEnabled()
    # erase where we started
    view.erase_radio.setChecked(True)
    p = view.canvas.vb.mapSceneToView(view.canvas.mapToScene(start))
    removed = view.state.erase_drawn((p.x(), p.y()), 0.5)
    assert removed > 0 and len(view.state.drawn) == n - removed
    # the drawing is kept on disk
    view.autosave_drawing()
    assert view._drawing_file().is_file()
    # clearing asks first; "no" keeps everything
    view.ask_hook = lambda *_: False
    assert not view.clear_drawing()
    assert len(view.state.drawn) == n - removed
    view.ask_hook = lambda *_: True
    assert view.clear_drawing() and len(view.state.drawn) == 0


def test_csv_import_export_good_and_bad(view, qtbot, tmp_path):
    good = tmp_path / "good.csv"
    rng = np.random.default_rng(1)
    lines = ["x,y,label"] + [f"{a},{b},{'ab'[i % 2]}" for i, (a, b) in enumerate(rng.normal(size=(300, 2)))]
    good.write_text("\n".join(lines))
    view.import_csv(good)
    idle(qtbot, view)
    assert view.last_import_ok
    assert view.state.data.name == DRAWN and len(view.state.drawn) == 300
    assert view.state.drawn_label_names == ("a", "b")
    for name, text in [("nan.csv", "x,y\n1,2\nnan,3\n"), ("cols.csv", "1,2,3,4\n5,6,7,8\n"),
                       ("one.csv", "1,2\n"), ("words.csv", "a,b\nc,d\ne,f\n")]:
        p = tmp_path / name
        p.write_text(text)
        view.import_csv(p)
        idle(qtbot, view)
        assert view.last_import_ok is False
        box = view._message_box
        assert box is not None and box.isVisible() and name in box.text()
        box.close()
    assert len(view.state.drawn) == 300  # nothing lost
    view.ask_hook = lambda *_: False  # refuse to replace the drawing
    view.import_csv(good)
    idle(qtbot, view)
    assert view.last_import_ok is False and len(view.state.drawn) == 300
    # a file with more rows than the limit is subsampled, and the status says so
    big = tmp_path / "big.csv"
    big.write_text("x,y\n" + "\n".join(f"{i % 97},{i % 89}" for i in range(3000)))
    view.ask_hook = lambda *_: True
    view.max_import_points = 1000  # the real limit is 200,000 rows; same code path
    view.import_csv(big)
    idle(qtbot, view)
    assert len(view.state.drawn) == 1000 and "subsample of 1,000" in view.status.text()
    view.import_csv(good)
    idle(qtbot, view)
    out = tmp_path / "out.csv"
    assert view.export_points_csv(out)
    from training.data.user import read_points_csv

    back = read_points_csv(out)
    assert len(back.x) == 300 and back.label_names == ("a", "b")
    choose(view, "kde")
    view.fit()
    idle(qtbot, view)
    assert view.export_samples_csv(tmp_path / "samples.csv")
    assert view.export_canvas_png(tmp_path / "canvas.png")


def test_class_map_bayes_posterior(view, qtbot):
    view.select_data("moons")
    view.canvas_tabs.setCurrentWidget(view.class_panel)
    qtbot.waitUntil(lambda: view.class_panel.result is not None, timeout=30_000)
    cm = view.class_panel.result
    assert cm.accuracy is not None and cm.accuracy > 0.9
    assert cm.rgba.shape[2] == 4 and "accuracy" in view.class_panel.caption.text()
    view.select_data("world-cities")
    qtbot.waitUntil(lambda: view.class_panel.result is not None, timeout=30_000)
    assert 0.5 < view.class_panel.result.accuracy <= 1.0


def test_unknown_data_set_and_too_few_points(view, qtbot):
    view.select_data(DRAWN)
    view.fit()
    assert "At least 2" in view.status.text()
    view.select_data("no-such-set")
    assert view._message_box is not None and "known data sets" in view._message_box.text()
    view._message_box.close()


def test_probe_estimates_p_data_where_the_truth_is_unknown(view, qtbot):
    view.select_data("world-cities")
    text = view.probe_at(-30.0, 0.0)
    assert "KDE estimate" in text and "in the sea" in text
    assert "on land" in view.probe_at(20.0, 10.0)


def test_ladder_rungs_arrive_one_by_one_and_end_with_the_family_box_on_kde(view, qtbot):
    view.select_data("moons")
    choose(view, "box")
    view.fit_ladder()
    idle(qtbot, view)
    assert [e.family for e in view.state.entries] == ["box", "gaussian", "factorized", "gmm",
                                                      "kde"]
    assert view.state.current.family == "kde" and view._family() == "kde"
    view._on_table_click(1, 0)  # the box follows what the canvas shows
    assert view._family() == "gaussian"


def test_a_fit_supersedes_the_rest_of_a_ladder(view, qtbot):
    view.select_data("moons")
    view.fit_ladder()
    qtbot.waitUntil(lambda: len(view.state.entries) >= 1)
    choose(view, "gaussian")
    view.fit()
    idle(qtbot, view)
    qtbot.wait(200)
    fams = [e.family for e in view.state.entries]
    assert fams[-1] == "gaussian" and "kde" not in fams, fams
    assert view._ladder is None


def test_a_fit_for_the_previous_data_set_is_never_applied(view, qtbot):
    view.select_data("moons")
    choose(view, "kde")
    view.fit()
    view.select_data("circles")  # before the fit came back
    idle(qtbot, view)
    qtbot.wait(200)
    assert view.state.entries == [] and view.state.data.name == "circles"


def test_probe_after_leaving_the_map_and_off_the_map(view, qtbot):
    view.select_data("world-cities")
    assert "off the map" in view.probe_at(500.0, 500.0)
    view.probe_at(20.0, 10.0)
    view.select_data("moons")
    assert "°" not in view.probe.text() and "sea" not in view.probe.text()
    text = view.probe_at(500.0, 500.0)
    assert "°" not in text and "sea" not in text


def test_two_points_fit_every_closed_form_family_with_clear_outcomes(view, qtbot, tmp_path):
    csv = tmp_path / "two.csv"
    csv.write_text("x,y\n0,0\n1,1\n")
    view.import_csv(csv, confirm=False)
    idle(qtbot, view)
    for fam in ("box", "gaussian", "factorized", "kde", "box"):
        choose(view, fam)
        view.fit()
        idle(qtbot, view)
        status = view.status.text()
        assert "index -1" not in status and "kde_thr" not in status, (fam, status)
    view.probe_at(0.5, 0.5)


def test_scoreboard_shows_the_whole_ladder_and_the_curve_its_empty_state(view, qtbot):
    assert view.curve_box.empty_text.isVisible()  # no bare 0–1 axes before any training
    view.select_data("moons")
    view.fit_ladder()
    idle(qtbot, view)
    t = view.table
    assert t.rowCount() == 5
    assert t.horizontalScrollBar().maximum() == 0  # every column fits
    assert t.rowViewportPosition(4) + t.rowHeight(4) <= t.viewport().height()  # every rung
    assert "KDE" in t.item(4, 0).toolTip()


def test_the_shipped_button_offers_every_shipped_model_of_the_data_set(view, qtbot):
    """8gaussians ships a flow, a GAN and a 2D DDPM: the button opens the chosen family's,
    and its menu lists all three; each opens on the canvas."""
    view.select_data("8gaussians")
    names = [n for n, _ in view._shipped_models(view.state.data)]
    assert {"Flow", "GAN", "DDPM"} <= set(names)
    view.family_combo.setCurrentIndex(view.family_combo.findData("gan"))
    assert "GAN" in view.shipped_button.text() and view.shipped_button.menu() is not None
    view.open_shipped()
    qtbot.waitUntil(lambda: view.state.current is not None
                    and "GAN" in view.state.current.label, timeout=120000)
    ddpm = next(p for n, p in view._shipped_models(view.state.data) if n == "DDPM")
    view.open_shipped(ddpm)
    qtbot.waitUntil(lambda: view.state.current is not None
                    and "DDPM" in view.state.current.label, timeout=120000)
    view.select_data("pinwheel")  # no GAN there: the button falls back to what ships
    assert view.shipped_button.isEnabled()
