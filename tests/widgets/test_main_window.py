"""The main window: tabs, menus, opening good and bad models, export, settings."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from explorer.views.main_window import MainWindow
from tests.math.test_artifacts import CORRUPTIONS




def _wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=10_000)


def test_four_tabs_with_honest_empty_states(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Density", "Latent", "Step-through", "Gallery"]
    for name in ("latent", "diffusion"):
        view = window.views[name]
        assert view.empty.isVisible() or window.tabs.currentWidget() is not view
        assert "no" in view.empty.title.text().lower()
        assert "Open model" in view.empty.body.text()


def test_menus_and_shortcuts(window):
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "View", "Help"]
    file_actions = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()
                    if a.text()]
    assert file_actions == ["Open model…", "Save session…", "Open session…",
                            "Open recent session", "Export view as PNG…", "Train a model…",
                            "Train another kind of model", "Quit"]
    sub = window.menuBar().actions()[0].menu().actions()[7].menu()
    kinds = [a.text() for a in sub.actions()]
    assert len(kinds) == 6 and kinds[0].startswith("a 2D density")
    sub.actions()[0].trigger()  # opens the density form
    assert window.train_dialog.kind == "density" and window.train_dialog.recipe_form is not None
    window.train_dialog.close()
    assert window.train_action.shortcut().toString() == "Ctrl+T"
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.save_session_action.shortcut().toString() == "Ctrl+S"
    assert window.open_session_action.shortcut().toString() == "Ctrl+Shift+O"


def test_ctrl_number_switches_tabs(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_open_good_model_shows_heatmap(window, qtbot, gaussian_artifact):
    window.tabs.setCurrentIndex(2)
    window.open_model(gaussian_artifact)
    _wait_idle(qtbot, window)
    assert window.tabs.currentIndex() == 0
    view = window.views["density"]
    # the view switched to the card's data set and scored the model there
    assert view.state.data.name == "moons"
    assert view.state.current.label.endswith("[gauss]")
    assert view.state.current.origin == "opened from a file"
    grid = view.canvas.grid
    assert grid is not None and np.isfinite(grid.logp).all() and grid.logp.std() > 0
    assert len(view.canvas.data_scatter.data) > 100
    assert "moons" in window.model_label.text()
    assert window.message_box is None


@pytest.mark.parametrize("name", ["malformed JSON", "unknown class", "NaN weights", "missing weights",
                                  "garbage weights", "wrong schema"])
def test_open_bad_model_shows_error_and_keeps_state(window, qtbot, gaussian_artifact, tmp_path, name):
    import shutil

    window.open_model(gaussian_artifact)
    _wait_idle(qtbot, window)
    before = window.slots["density"].current
    bad = tmp_path / "bad"
    shutil.copytree(gaussian_artifact, bad)
    CORRUPTIONS[name](bad)
    window.open_model(bad)
    _wait_idle(qtbot, window)
    box = window.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Could not open model"
    assert "Traceback" not in box.text() and str(bad) in box.text()
    assert window.slots["density"].current is before
    box.close()


def test_every_corruption_is_survived(window, qtbot, gaussian_artifact, tmp_path):
    import shutil

    for i, (name, corrupt) in enumerate(CORRUPTIONS.items()):
        bad = tmp_path / f"bad{i}"
        shutil.copytree(gaussian_artifact, bad)
        corrupt(bad)
        window.open_model(bad)
        _wait_idle(qtbot, window)
        assert window.message_box is not None and window.message_box.isVisible(), name
        window.message_box.close()
        window.message_box = None
    assert window.isVisible()


def test_unexpected_exception_is_reported_not_raised(window, qtbot, gaussian_artifact, monkeypatch):
    def boom(path):
        raise MemoryError("simulated")

    monkeypatch.setattr("training.load", boom)
    window.open_model(gaussian_artifact)
    _wait_idle(qtbot, window)
    assert "unexpected error" in window.message_box.text()
    window.message_box.close()


def test_export_view_writes_png(window, qtbot, tmp_path, gaussian_artifact):
    window.open_model(gaussian_artifact)
    _wait_idle(qtbot, window)
    out = tmp_path / "view"
    assert window.export_view(out)
    from PySide6.QtGui import QImage

    img = QImage(str(out.with_suffix(".png")))
    assert img.width() > 100 and img.height() > 100


def test_export_to_unwritable_place_explains(window, tmp_path):
    assert not window.export_view(tmp_path / "no" / "such" / "dir" / "x.png")
    assert "Could not write" in window.message_box.text()
    window.message_box.close()


def test_about_lists_versions(window):
    import torch

    box = window.show_about()
    assert torch.__version__ in box.text() and "Qt" in box.text()
    box.close()


def test_geometry_and_tab_persist(qtbot, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    # the offscreen screen is 800×600, and restoring clamps to the screen: stay inside it
    w.resize(w.minimumSizeHint().width(), 520)
    w.move(10, 20)
    w.tabs.setCurrentIndex(2)
    size = w.size()
    w.close()
    w2 = MainWindow(settings=settings)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.tabs.currentIndex() == 2
    assert w2.height() == size.height() == 520


def test_startup_shows_world_cities_and_the_ladder(qtbot, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.load_startup_models()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=20_000)
    view = w.views["density"]
    assert view.state.data.name == "world-cities" and view.canvas.coast.isVisible()
    labels = [e.label for e in view.state.entries]
    assert labels[:4] == ["Box", "Gaussian", "Factorised", "GMM K=8"] and labels[-1].startswith("KDE")
    nll = {e.label: e.metrics["test_nll_nats"] for e in view.state.entries}
    assert nll["Box"] > nll["Gaussian"] > nll["GMM K=8"]


def test_model_card_dialog(qtbot, settings):
    from explorer.views.model_card import card_html

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.slots["latent"].current is not None, timeout=20000)
    dlg = w.show_model_card()
    text = dlg.browser.toPlainText()
    assert "Made by" in text and "python -m training latent" in text
    assert "test_elbo_nats" in text and "Data" in text
    dlg.close()
    w.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=30000)  # the shipped DDPM may load
    w.slots["diffusion"].set(None)
    box = w.show_model_card()
    assert "No model file is open" in box.text()
    box.close()
    html = card_html({"kind": "latent", "class": "VAE", "data": {"name": "<x>"},
                      "training": {"loss_curve": [[1, 2.0, 3.0]] * 30}, "metrics": {},
                      "created_by": "cmd"})
    assert "&lt;x&gt;" in html and "30 points" in html
