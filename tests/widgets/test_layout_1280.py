"""Every panel fits a 1280 × 800 window: cheap geometry facts (issue 12, item 8).

benchmarks/layout_shots.py makes the screenshots these checks stand in for.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QStyle, QTabWidget

import training
from explorer.state import ModelSlot
from explorer.state.models import LoadedModel
from explorer.views.diffusion import DiffusionView
from tests.conftest import TRAINED, save_points_ddpm
from training.diffusion import DiffusionModel

#: a 1280 × 800 window less the menu bar, the main tabs and the status bar
VIEW_SIZE = (1272, 720)


def _grow(qtbot, widget, size=VIEW_SIZE):
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)  # let the layouts settle


def _shown(widget) -> bool:
    """The widget is on screen: shown and not clipped away by a parent (or a scroll area)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


# ---------------------------------------------------------------- the window and its tabs
def test_tab_titles_keep_underscores_and_empty_states_have_no_combining_marks(window, qtbot):
    window.resize(1280, 800)
    for name in ("latent", "diffusion"):
        window.views[name]._ensure_built()  # their tabs are built on first show
    bars = [window.tabs.tabBar()] + [t.tabBar() for v in window.views.values()
                                     for t in v.findChildren(QTabWidget)]
    titles = {bar.tabText(i) for bar in bars for i in range(bar.count())}
    assert "p_model vs p_data" in titles and "Forward process: x₀ → x_t" in titles
    for bar in bars:  # Fusion shifts unselected titles 2 px down and cuts their underscores
        assert bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, None,
                                       bar) == 0, [bar.tabText(i) for i in range(bar.count())]
    # Qt draws a combining mark (the hat of ε̂) of a wrapped line on the first line
    for label in window.findChildren(QLabel):
        if label.wordWrap():
            marks = [c for c in label.text() if unicodedata.combining(c)]
            assert not marks, label.text()


# ---------------------------------------------------------------- density
@pytest.fixture
def density(qtbot, tmp_path, monkeypatch):
    from explorer.views.density import DensityView

    monkeypatch.setattr(DensityView, "_drawing_file", lambda self: tmp_path / "drawing.csv")
    v = DensityView(ModelSlot("density"), autostart=False)
    qtbot.addWidget(v)
    _grow(qtbot, v)
    return v


def test_density_side_panel_scrolls_and_the_legend_is_off_the_data(density, qtbot):
    v = density
    v.select_data("moons")
    v.family_combo.setCurrentIndex(v.family_combo.findData("box"))
    v.fit()
    qtbot.waitUntil(lambda: not v.is_busy())
    qtbot.wait(50)
    scroll = next(s for s in v.findChildren(QScrollArea) if s.widget().isAncestorOf(v.brush_size))
    assert scroll.widgetResizable()
    # the brush is for your own points only: hidden here, so the Show box comes up
    assert not v.brush_size.isVisible()
    # the controls keep their height (the panel scrolls instead of squeezing them)
    for w in (v.fit_button, v.n_spin):
        assert w.height() >= w.minimumSizeHint().height(), w
    # a short hyperparameter page leaves no gap as tall as the longest page
    box = v.model_box
    assert box.hyper_stack.height() <= box.page().sizeHint().height() + 12
    assert _shown(v.fit_button) and _shown(v.status)
    # the legend is a row under the plot, not over the view box
    legend, vb = v.canvas.legend, v.canvas.vb
    assert len(legend.items) >= 2 and legend.isVisible()
    assert legend.height() >= 12
    assert not legend.sceneBoundingRect().intersects(vb.sceneBoundingRect())
    # no bare 0–1 axes on the empty training curve
    plot = v.curve_box.curve.getPlotItem()
    assert v.curve_box.empty_text.isVisible()
    assert not plot.getAxis("left").isVisible() and not plot.getAxis("bottom").isVisible()


def test_world_cities_axes_say_lon_lat(density):
    density.select_data("world-cities")
    plot = density.canvas.plot_item
    assert "longitude" in plot.getAxis("bottom").labelText
    assert "latitude" in plot.getAxis("left").labelText


# ---------------------------------------------------------------- diffusion
@pytest.fixture(scope="module")
def image_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("dm") / "unet"
    card = {"data": {"name": "mnist5k"}, "training": {"recipe": "test", "steps": 0},
            "metrics": {}, "created_by": "tests"}
    training.save(DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0), path, card)
    return LoadedModel(training.load(path), path)


@pytest.fixture
def diffusion(qtbot):
    v = DiffusionView(ModelSlot("diffusion"))
    qtbot.addWidget(v)
    _grow(qtbot, v)
    return v


def _side_by_side(qtbot, v, loaded):
    v.slot.set(loaded)
    v.steps_spin.setValue(3)
    v.steps_b.setValue(3)
    v.compare_check.setChecked(True)
    v.run_to_end()
    qtbot.waitUntil(lambda: v.state.index == 3 and not v.is_busy())
    qtbot.wait(50)


def test_diffusion_side_by_side_keeps_schedule_and_export_in_view(diffusion, qtbot, image_model):
    v = diffusion
    _side_by_side(qtbot, v, image_model)
    assert v.panels_b[0].isVisible()
    for plot in (v.schedule.p1, v.schedule.p2):  # they collapsed to nothing side by side
        assert plot.vb.height() > 50
    for b in (v.png_button, v.gif_button):  # no scrolling needed to export
        assert _shown(b), b.text()


def test_diffusion_2d_has_a_legend_and_its_scores_in_view(diffusion, qtbot, tmp_path):
    v = diffusion
    _side_by_side(qtbot, v, save_points_ddpm(tmp_path / "mlp", "moons"))
    qtbot.waitUntil(lambda: "energy distance" in v.diag_label.text())
    qtbot.wait(50)
    assert _shown(v.diag_label)  # the A / B / C percentages
    for p in v.point_plots:
        item = p["widget"].getPlotItem()
        legend = item.legend
        assert next(lab.text for _s, lab in legend.items) == "p_data"
        assert not legend.sceneBoundingRect().intersects(item.vb.sceneBoundingRect())
        assert item.vb.width() > 200  # two plots share the width, the legend does not widen them
    for b in (v.png_button, v.gif_button, v.density_button):
        assert _shown(b), b.text()
    assert v.schedule.p1.vb.height() > 50


# ---------------------------------------------------------------- latent
def _open_latent(qtbot, view, name):
    view.slot.set(LoadedModel(training.load(TRAINED / name), TRAINED / name))
    qtbot.waitUntil(view.is_ready)
    qtbot.wait(50)


def test_latent_traversal_grid_is_drawn_at_least_at_pixel_size_for_d16(latent_view, qtbot):
    v = latent_view
    _grow(qtbot, v)
    _open_latent(qtbot, v, "latent-vae16-mnist5k")
    v.tools.setCurrentIndex(2)
    qtbot.waitUntil(lambda: v.traversal.image() is not None
                    and v.traversal.image().shape[0] >= 16 * 28)
    qtbot.wait(100)
    img = v.traversal.image()
    assert img.shape[0] >= 16 * 28
    # one image pixel covers at least one screen pixel (the tab scrolls for d = 16)
    px_w, px_h = v.traversal.vb.viewPixelSize()
    assert px_h <= 1.05 and px_w <= 1.05
    assert _shown(v.traversal)


def test_latent_first_encoding_does_not_move_the_panels_and_manifold_keeps_points_visible(
        latent_view, qtbot):
    v = latent_view
    _grow(qtbot, v)
    _open_latent(qtbot, v, "latent-vae2-mnist5k")
    before = [w.geometry() for w in (v.original.view, v.recon.view, v.browser.view, v.map)]
    v.encode_image(v._data["x"][0])
    qtbot.wait(50)
    after = [w.geometry() for w in (v.original.view, v.recon.view, v.browser.view, v.map)]
    assert before == after
    v.manifold_check.setChecked(True)
    qtbot.waitUntil(lambda: v.manifold_item.image is not None)
    assert v.manifold_item.opacity() < 0.7  # dimmed under the points
    assert v.scatter.opts["pen"] is not None and v.scatter.opts["pen"].color().lightness() > 200
    assert v.target.zValue() > v.scatter.zValue() > v.manifold_item.zValue()


def test_density_brush_controls_keep_their_height_for_your_own_points(density, qtbot):
    from explorer.state import DRAWN

    v = density
    v.select_data(DRAWN)
    qtbot.wait(50)
    assert v.brush_size.isVisible()
    for w in (v.brush_size, v.brush_density, v.draw_class):
        assert w.height() >= w.minimumSizeHint().height(), w
