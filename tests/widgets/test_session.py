"""Sessions in the window: saved from each view, reopened in a fresh window with the same
pixels; hostile files refused with the window left as it was; recent sessions; drag and
drop. (The file format's checks without Qt: tests/math/test_session_format.py.)"""

from __future__ import annotations

import shutil
import zipfile

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import TRAINED

SIZE = (1280, 800)


def idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=60_000)


def pixels(widget) -> np.ndarray:
    img = widget.grab().toImage().convertToFormat(widget.grab().toImage().Format.Format_RGB32)
    ptr = img.constBits()
    return np.frombuffer(ptr, np.uint8, img.sizeInBytes()).reshape(img.height(), -1).copy()


@pytest.fixture
def fresh(qtbot, tmp_path):
    """A second main window with settings of its own (the window a session reopens in)."""
    from explorer.views.main_window import MainWindow

    def make():
        w = MainWindow(settings=QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(*SIZE)
        w.show()
        idle(qtbot, w)
        return w
    return make


def reopen(qtbot, window, fresh, path, tab):
    """Save ``window``'s session to ``path``, open it in a fresh window, return that."""
    assert window.save_session(path) is not None, window.message_box and window.message_box.text()
    other = fresh()
    other.open_session(path)
    idle(qtbot, other)
    assert other.message_box is None, other.message_box.text()
    assert other.tabs.currentWidget() is other.views[tab]
    idle(qtbot, other)
    return other


def same(a, b) -> None:
    import os

    if os.environ.get("SESSION_TEST_DUMP"):  # to look at a failure
        a.grab().save(os.environ["SESSION_TEST_DUMP"] + "-a.png")
        b.grab().save(os.environ["SESSION_TEST_DUMP"] + "-b.png")
    pa, pb = pixels(a), pixels(b)
    assert pa.shape == pb.shape
    assert np.array_equal(pa, pb), f"{(pa != pb).any(-1).sum() if pa.ndim > 2 else (pa != pb).sum()} bytes differ"


def test_density_session_reopens_with_same_pixels(window, qtbot, fresh, tmp_path, gaussian_artifact):
    window.resize(*SIZE)
    idle(qtbot, window)
    v = window.views["density"]
    v.select_data("moons")
    for fam in ("gaussian", "kde"):
        v.family_combo.setCurrentIndex(v.family_combo.findData(fam))
        v.fit()
        idle(qtbot, v)
    window.open_model(gaussian_artifact)  # a user's model folder: embedded in the session
    idle(qtbot, window)
    v.state.set_current(v.state.entries[1])  # the KDE on the canvas
    v.canvas.vb.setRange(xRange=(-1.5, 2.5), yRange=(-1.0, 1.5), padding=0)
    v.show_contours.setChecked(True)
    idle(qtbot, window)
    with zipfile.ZipFile(window.save_session(tmp_path / "d.lexsession")) as zf:
        assert "models/gauss/card.json" in zf.namelist()
    other = reopen(qtbot, window, fresh, tmp_path / "d.lexsession", "density")
    w = other.views["density"]
    assert [e.label for e in w.state.entries] == [e.label for e in v.state.entries]
    assert w.state.current.label == v.state.current.label
    for a, b in zip(v.state.entries, w.state.entries):
        assert a.metrics == b.metrics
    assert np.allclose(w.canvas.vb.viewRange(), v.canvas.vb.viewRange()), (
        w.canvas.vb.viewRange(), v.canvas.vb.viewRange(), w.canvas.size(), v.canvas.size(),
        w.size(), v.size(), other.size(), window.size(), w.canvas_tabs.size(), v.canvas_tabs.size())
    same(v.canvas_tabs, w.canvas_tabs)
    same(v.table, w.table)
    assert "Not restored" in other.statusBar().currentMessage()


def test_drawn_points_and_live_flow_come_back(window, qtbot, fresh, tmp_path):
    window.resize(*SIZE)
    idle(qtbot, window)
    v = window.views["density"]
    v.ask_hook = lambda *_: True
    rng = np.random.default_rng(5)
    v.state.set_drawn(rng.normal(size=(300, 2)) * [1.0, 0.3])
    v.select_data("drawn points")
    v.family_combo.setCurrentIndex(v.family_combo.findData("flow"))
    v.hyper_pages["flow"].set_values(layers=2, hidden=16, steps=60)
    v.fit()
    qtbot.waitUntil(lambda: v.training is None and not v._starting and v.state.current is not None,
                    timeout=120_000)
    idle(qtbot, window)
    other = reopen(qtbot, window, fresh, tmp_path / "drawn.lexsession", "density")
    w = other.views["density"]
    assert np.array_equal(w.state.drawn, v.state.drawn)
    assert w.state.current.label == v.state.current.label
    same(v.canvas_tabs, w.canvas_tabs)


def test_latent_session_reopens_with_same_pixels(window, qtbot, fresh, tmp_path):
    folder = tmp_path / "my-vae"  # not shipped: embedded
    shutil.copytree(TRAINED / "latent-vae2-mnist5k", folder)
    window.resize(*SIZE)
    window.open_model(folder)
    idle(qtbot, window)
    v = window.views["latent"]
    v.state.add_bookmark("a", np.array([1.0, -0.5], np.float32))
    v.state.set_z(np.array([0.7, -1.2], np.float32), "test")
    v.tools.setCurrentIndex(1)
    idle(qtbot, window)
    other = reopen(qtbot, window, fresh, tmp_path / "l.lexsession", "latent")
    w = other.views["latent"]
    assert np.array_equal(w.state.z, v.state.z)
    assert [n for n, _ in w.state.bookmarks] == ["a"]
    assert w.tools.currentIndex() == 1
    same(v, w)


def test_stepthrough_session_recomputes_to_the_saved_step(window, qtbot, fresh, tmp_path):
    window.resize(*SIZE)
    window.open_model(TRAINED / "diffusion-moons")
    idle(qtbot, window)
    v = window.views["diffusion"]
    v.steps_spin.setValue(20)
    v.seed_spin.setValue(3)
    v.batch_spin.setValue(200)
    v.runner.request(12)
    idle(qtbot, window)
    v._on_scrub(9)
    idle(qtbot, window)
    other = reopen(qtbot, window, fresh, tmp_path / "s.lexsession", "diffusion")
    w = other.views["diffusion"]
    assert (w.state.index, w.state.computed, w.state.config) == (9, 12, v.state.config)
    same(v.tabs, w.tabs)


def test_a_stochastic_sampler_session_redraws_the_same_points(window, qtbot, fresh, tmp_path):
    """The SDE solver draws noise at every step; its seed brings back the same run."""
    window.resize(*SIZE)
    window.open_model(TRAINED / "diffusion-moons")
    idle(qtbot, window)
    v = window.views["diffusion"]
    v.sampler_combo.setCurrentIndex(v.sampler_combo.findData("dpm++2m-sde:quadratic"))
    v.steps_spin.setValue(10)
    v.batch_spin.setValue(200)
    v.runner.request(8)  # short of the end: the final samples' scores come a moment after idle
    idle(qtbot, window)
    v._on_scrub(6)
    idle(qtbot, window)
    other = reopen(qtbot, window, fresh, tmp_path / "s.lexsession", "diffusion")
    w = other.views["diffusion"]
    assert w.state.config == v.state.config and w.state.config.a.sampler == "dpm++2m-sde:quadratic"
    assert np.array_equal(w.state.runs[0].frames[-1].x_prev, v.state.runs[0].frames[-1].x_prev)
    same(v.tabs, w.tabs)


def test_generic_step_sampler_session(window, qtbot, fresh, tmp_path):
    window.resize(*SIZE)
    window.open_model(TRAINED / "rbm-mnist5k")
    idle(qtbot, window)
    g = window.views["diffusion"].generic
    g.n_spin.setValue(4)
    g.seed_spin.setValue(7)
    idle(qtbot, window)
    g.go_to(5)
    idle(qtbot, window)
    assert g.state.index == 5
    other = reopen(qtbot, window, fresh, tmp_path / "g.lexsession", "diffusion")
    h = other.views["diffusion"].generic
    assert (h.state.index, h.seed_spin.value(), h.n_spin.value()) == (5, 7, 4)
    for name in g.panels:
        same(g.panels[name], h.panels[name])


# ------------------------------------------------------------------------------ hostile
def test_hostile_sessions_leave_the_window_as_it_was(window, qtbot, tmp_path):
    from tests.math.test_session_format import hostile_files, good_session

    window.resize(*SIZE)
    window.open_model(TRAINED / "latent-vae2-mnist5k")
    idle(qtbot, window)
    lat = window.views["latent"]
    lat.state.set_z(np.array([0.3, 0.4], np.float32), "test")
    before = (window.tabs.currentIndex(), {k: s.current for k, s in window.slots.items()},
              lat.state.z.copy(), window.views["density"].state.data,
              list(window.views["density"].state.entries))
    shot = pixels(lat)
    good = good_session(tmp_path / "good.lexsession")
    cases = hostile_files(good, tmp_path / "bad")
    assert len(cases) >= 50
    for name, path in cases:
        window.message_box = None
        window.open_session(path)
        idle(qtbot, window)
        box = window.message_box
        assert box is not None and box.isVisible(), name
        assert "Traceback" not in box.text() and "unexpected error" not in box.text(), (name, box.text())
        box.close()
        after = (window.tabs.currentIndex(), {k: s.current for k, s in window.slots.items()},
                 lat.state.z.copy(), window.views["density"].state.data,
                 list(window.views["density"].state.entries))
        assert after[0] == before[0] and after[1] == before[1], name
        assert np.array_equal(after[2], before[2]) and after[3] is before[3], name
        assert after[4] == before[4], name
    assert np.array_equal(pixels(lat), shot)
    window.message_box = None


def test_declining_to_replace_the_drawing_changes_nothing(window, qtbot, tmp_path, fresh):
    idle(qtbot, window)
    v = window.views["density"]
    v.ask_hook = lambda *_: True
    v.state.set_drawn(np.random.default_rng(1).normal(size=(50, 2)))
    v.select_data("drawn points")
    path = window.save_session(tmp_path / "mine.lexsession")
    other = fresh()
    other.views["density"].state.set_drawn(np.ones((5, 2)))
    asked = []
    other.ask_hook = lambda title, text: asked.append(text) or False
    other.open_session(path)
    idle(qtbot, other)
    assert asked and np.array_equal(other.views["density"].state.drawn, np.ones((5, 2)))
    assert "unchanged" in other.statusBar().currentMessage()


# ------------------------------------------------------------------------------ menus
def test_recent_sessions_and_missing_files(window, qtbot, tmp_path):
    idle(qtbot, window)
    a = window.save_session(tmp_path / "a.lexsession")
    b = window.save_session(tmp_path / "b")
    assert b.name == "b.lexsession"
    assert window.recent_sessions()[:2] == [str(b.resolve()), str(a.resolve())]
    a.unlink()
    window._fill_recent_menu()
    assert window.recent_sessions() == [str(b.resolve())]
    assert "a.lexsession" in window.statusBar().currentMessage()
    assert [act.text() for act in window.recent_menu.actions()] == ["b.lexsession"]
    window.recent_menu.actions()[0].trigger()
    idle(qtbot, window)
    assert window.message_box is None
    assert "Opened the session b.lexsession" in window.statusBar().currentMessage()


def _drop(window, path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    ev = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(ev)
    return ev


def test_drop_a_session_or_a_model_folder(window, qtbot, tmp_path):
    idle(qtbot, window)
    assert window.acceptDrops()
    path = window.save_session(tmp_path / "drop.lexsession")
    ev = _drop(window, path)
    assert ev.isAccepted()
    idle(qtbot, window)
    assert "Opened the session drop.lexsession" in window.statusBar().currentMessage()
    _drop(window, TRAINED / "latent-vae2-mnist5k")
    idle(qtbot, window)
    assert window.slots["latent"].current.path.name == "latent-vae2-mnist5k"
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert not _drop(window, other).isAccepted()


def test_command_line_session_option():
    from explorer.app import parse_args

    assert parse_args(["--session", "a.lexsession"]).session == "a.lexsession"
    assert parse_args([]).session is None
