"""Help → Tour in the window: the shipped tour opens every stop (its session applied, its
tab shown); Back / Next / Close driven with the mouse; the stop kept when the panel is
hidden and shown again; broken tour folders, texts and hostile sessions give a clear message
in the panel and leave the app as it was. (The text format without Qt:
tests/math/test_tour_format.py.)"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.tour import TOUR_FILE, load_tour, shipped_tour_dir

SIZE = (1280, 800)


def idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=60_000)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def session_doc(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("session.json"))


def shown(window, doc: dict) -> None:
    """The views show what the session ``doc`` says: the tab, and each view's model / data."""
    from explorer.views.main_window import TAB_NAMES

    assert TAB_NAMES[window.tabs.currentIndex()] == doc["tab"]
    views = doc["views"]
    if "density" in views:
        d = views["density"]
        state = window.views["density"].state
        assert state.data.name == d["data"]["name"]
        assert [e.label for e in state.entries] == [e["label"] for e in d["entries"]]
        assert window.views["density"].canvas_tabs.currentIndex() == d["canvas_tab"]
    for name in ("latent", "diffusion"):
        if name in views:
            assert window.slots[name].current.path.name == views[name]["model"]["shipped"]
    if "latent" in views:
        assert np.allclose(window.views["latent"].state.z, views["latent"]["z"], atol=1e-6)
    if "diffusion" in views and views["diffusion"]["kind"] == "diffusion":
        assert window.views["diffusion"].state.index == views["diffusion"]["index"]


def start_tour(qtbot, window, folder=None):
    window.resize(*SIZE)
    idle(qtbot, window)
    if folder is None:
        window.tour_action.trigger()
    else:
        _dock(window).start(folder)
    idle(qtbot, window)
    return window.tour_dock.panel


def _dock(window):
    from explorer.views.tour_panel import tour_dock

    return tour_dock(window)


def small_tour(tmp_path: Path, stops: list[tuple[str, Path]], name: str = "mine") -> Path:
    """A tour folder of ``stops`` (title, session file copied in)."""
    folder = tmp_path / name
    folder.mkdir()
    lines = ['title = "A small tour"']
    for i, (title, src) in enumerate(stops):
        dst = folder / f"{i + 1:02d}-{src.name}"
        shutil.copy(src, dst)
        lines += ["[[stop]]", f'title = "{title}"', f'session = "{dst.name}"',
                  f'text = "The text of {title}."', 'formula = "x_{t} = √ᾱ_{t} x_{0}"']
    (folder / TOUR_FILE).write_text("\n".join(lines), "utf-8")
    return folder


SHIPPED = shipped_tour_dir()


def cheap_stops():
    """Three shipped stops that open fast (the Gallery, the 2D VAE, naive Bayes)."""
    return [("Gallery", SHIPPED / "06-taxonomy.lexsession"),
            ("Sliders", SHIPPED / "05-latent-sliders.lexsession"),
            ("Pixels", SHIPPED / "04-naive-bayes.lexsession")]


# ------------------------------------------------------------------------------ shipped
@pytest.mark.slow
def test_shipped_tour_opens_every_stop(window, qtbot):
    """Help → Tour, then Next to the end: every stop's session opens without a message
    box or an error in the panel, and the views show what it holds."""
    panel = start_tour(qtbot, window)
    tour = load_tour(SHIPPED)
    assert window.tour_dock.isVisible()
    assert window.dockWidgetArea(window.tour_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.size().width() == SIZE[0]  # the panel fits a 1280-wide window
    for k, stop in enumerate(tour.stops):
        if k:
            click(qtbot, panel.next_button)
            idle(qtbot, window)
        assert panel.index == k
        assert panel.counter.text() == f"Stop {k + 1} of {len(tour.stops)}"
        assert panel.error == "", (stop.title, panel.error)
        assert window.message_box is None, window.message_box.text()
        assert panel.title.text() and panel.text.text()
        shown(window, session_doc(stop.session))
    assert not panel.next_button.isEnabled()  # the last stop
    assert window.size().width() == SIZE[0]


def test_the_shipped_sessions_have_recipes_that_make_them(qtbot, tmp_path):
    """The generated sessions can be re-made: every stop has a recipe, and one recipe run
    in a fresh offscreen window writes a session the tour opens."""
    from explorer.views.tour_build import RECIPES, build

    names = [s.session.name for s in load_tour(SHIPPED).stops]
    assert sorted(names) == sorted(RECIPES)
    made = build(tmp_path, only=["05-latent-sliders.lexsession"], log=lambda *_: None)
    assert [p.name for p in made] == ["05-latent-sliders.lexsession"]
    new, old = session_doc(made[0]), session_doc(SHIPPED / made[0].name)
    assert new["tab"] == old["tab"] == "latent"
    assert new["views"]["latent"] == old["views"]["latent"]


# ------------------------------------------------------------------------------ driving
def test_back_next_close_and_the_stop_kept(window, qtbot, tmp_path):
    folder = small_tour(tmp_path, cheap_stops())
    panel = start_tour(qtbot, window, folder)
    assert panel.counter.text() == "Stop 1 of 3"
    assert not panel.back_button.isEnabled() and panel.next_button.isEnabled()
    assert window.tabs.currentWidget() is window.views["gallery"]
    assert "<sub>t</sub>" in panel.formula.text() and panel.formula.isVisible()

    click(qtbot, panel.next_button)
    idle(qtbot, window)
    assert panel.counter.text() == "Stop 2 of 3" and panel.error == ""
    assert window.tabs.currentWidget() is window.views["latent"]
    assert window.slots["latent"].current.path.name == "latent-vae2-mnist5k"
    click(qtbot, panel.next_button)
    idle(qtbot, window)
    assert panel.counter.text() == "Stop 3 of 3" and not panel.next_button.isEnabled()
    assert window.tabs.currentWidget() is window.views["diffusion"]
    click(qtbot, panel.back_button)
    idle(qtbot, window)
    assert panel.counter.text() == "Stop 2 of 3"
    assert window.tabs.currentWidget() is window.views["latent"]

    # the user explores; Close hides the panel; Help → Tour shows it again at the same
    # stop without reopening its session (what the user did stays)
    lat = window.views["latent"]
    lat.state.set_z(np.array([-1.5, 1.25], np.float32), "test")
    click(qtbot, panel.close_button)
    assert not window.tour_dock.isVisible()
    window.tour_action.trigger()
    idle(qtbot, window)
    assert window.tour_dock.isVisible() and window.tour_dock.panel is panel
    assert panel.counter.text() == "Stop 2 of 3"
    assert np.allclose(lat.state.z, [-1.5, 1.25])
    # the settings keep the tour and the stop for the next run
    assert window.settings.value("tour/folder") == str(folder)
    assert int(window.settings.value("tour/stop")) == 1
    # a tour's stops are not added to the user's recent sessions
    assert window.recent_sessions() == []


def test_next_run_resumes_the_remembered_stop(window, qtbot, tmp_path, settings):
    """Help → Tour in a new run opens the tour and stop the settings remember."""
    folder = small_tour(tmp_path, cheap_stops())
    settings.setValue("tour/folder", str(folder))
    settings.setValue("tour/stop", 1)
    panel = start_tour(qtbot, window)
    assert panel.tour.folder == folder and panel.counter.text() == "Stop 2 of 3"
    assert window.tabs.currentWidget() is window.views["latent"]


# ------------------------------------------------------------------------------ broken
def _state(window):
    lat = window.views["latent"]
    return (window.tabs.currentIndex(), {k: s.current for k, s in window.slots.items()},
            None if lat.state.model is None else lat.state.z.copy(),
            window.views["density"].state.data, list(window.views["density"].state.entries))


def _same(a, b) -> None:
    assert a[0] == b[0] and a[1] == b[1] and a[3] is b[3] and a[4] == b[4]
    assert (a[2] is None and b[2] is None) or np.array_equal(a[2], b[2])


def test_broken_tour_folders_give_a_clear_message_and_keep_the_open_tour(window, qtbot, tmp_path):
    folder = small_tour(tmp_path, cheap_stops()[:2])
    panel = start_tour(qtbot, window, folder)
    click(qtbot, panel.next_button)
    idle(qtbot, window)
    before = _state(window)
    empty = tmp_path / "empty"
    empty.mkdir()
    bad_text = tmp_path / "bad-text"
    bad_text.mkdir()
    (bad_text / TOUR_FILE).write_text('title = "x"\n[[stop]]\ntitle = "y"\n', "utf-8")
    missing = small_tour(tmp_path, cheap_stops()[:1], "missing")
    text = (missing / TOUR_FILE).read_text("utf-8")
    (missing / TOUR_FILE).write_text(text.replace("01-06-taxonomy", "99-gone"), "utf-8")
    cases = [(tmp_path / "nowhere", "not a folder"), (empty, "has no tour.toml"),
             (bad_text, "has no session"), (missing, "99-gone.lexsession, which is not in")]
    for path, expect in cases:
        assert window.tour_dock.start(path) is False
        idle(qtbot, window)
        assert expect in panel.error and "The tour that was open stays" in panel.error, panel.error
        assert panel.message.isVisible() and "Traceback" not in panel.error
        assert window.message_box is None
        assert panel.tour.folder == folder and panel.counter.text() == "Stop 2 of 2"
        _same(before, _state(window))


def test_open_tour_menu_opens_a_chosen_folder(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = small_tour(tmp_path, cheap_stops()[:2])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.resize(*SIZE)
    window.open_tour_action.trigger()
    idle(qtbot, window)
    panel = window.tour_dock.panel
    assert panel.tour.title == "A small tour" and panel.counter.text() == "Stop 1 of 2"
    assert window.tabs.currentWidget() is window.views["gallery"]
    # Cancel in the dialog changes nothing
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    assert window.tour_dock.choose_folder() is False
    assert panel.tour.folder == folder


def hostile_stops(tmp_path: Path) -> list[tuple[str, Path]]:
    """Broken and hostile variants of a shipped stop's session (the full list of hostile
    session files is opened by tests/widgets/test_session.py)."""
    import pickle

    from tests.math.test_session_format import _npy, _rezip, _set

    src = SHIPPED / "05-latent-sliders.lexsession"
    out = tmp_path / "bad"
    out.mkdir()
    cases = []

    def new(what: str) -> Path:
        p = out / f"{len(cases):02d}.lexsession"
        cases.append((what, p))
        return p

    new("not a zip").write_text("hello, I am text")
    new("truncated").write_bytes(src.read_bytes()[:40])
    _rezip(src, new("entry outside the archive"), add=[("../evil.txt", b"x")])
    _rezip(src, new("unexpected entry"), add=[("run_me.py", b"import os")])
    _rezip(src, new("pickled array"), add=[("arrays/evil.npy", _npy(
        np.array([{"a": 1}], dtype=object), allow_pickle=True))])
    _rezip(src, new("pickle file"), add=[("arrays/evil.pkl", pickle.dumps({"a": 1}))])
    _rezip(src, new("not JSON"), edit=lambda n, b: b"{" if n == "session.json" else b)
    _rezip(src, new("unknown shipped model"),
           doc=_set(("views", "latent", "model"), {"shipped": "no-such-model"}))
    _rezip(src, new("wrong z length"), doc=_set(("views", "latent", "z"), [1.0, 2.0, 3.0]))
    _rezip(src, new("z not finite"), doc=_set(("views", "latent", "z"), [1e300, 0.0]))
    _rezip(src, new("unknown tab"), doc=_set(("tab",), "settings"))
    _rezip(src, new("newer schema"), doc=_set(("schema",), 99))
    return cases


def test_hostile_sessions_in_a_tour_leave_the_app_as_it_was(window, qtbot, tmp_path):
    """A stop whose session is broken or hostile: the panel says which stop and why, no
    message box, every view as it was; the next good stop opens as usual."""
    picked = hostile_stops(tmp_path)
    stops = [("Start", SHIPPED / "05-latent-sliders.lexsession")]
    stops += [(f"Bad {i}", path) for i, (_, path) in enumerate(picked)]
    stops += [("Good again", SHIPPED / "06-taxonomy.lexsession")]
    folder = small_tour(tmp_path, stops)
    panel = start_tour(qtbot, window, folder)
    assert panel.error == ""
    window.views["latent"].state.set_z(np.array([0.25, 0.5], np.float32), "test")
    before = _state(window)
    for k, (what, _) in enumerate(picked, start=1):
        click(qtbot, panel.next_button)
        idle(qtbot, window)
        assert panel.index == k
        assert panel.error, what
        assert f"Stop {k + 1}'s session" in panel.error and "shows what it showed before" \
            in panel.error, (what, panel.error)
        assert "Traceback" not in panel.error and "unexpected error" not in panel.error, \
            (what, panel.error)
        assert window.message_box is None, (what, window.message_box.text())
        _same(before, _state(window))
    click(qtbot, panel.next_button)
    idle(qtbot, window)
    assert panel.error == "" and window.tabs.currentWidget() is window.views["gallery"]


def test_a_stop_that_would_replace_your_drawing_asks_first(window, qtbot, tmp_path):
    """A stop whose session holds drawn points asks before replacing yours (the same
    question as File → Open session); No leaves your drawing and says so in the panel."""
    from tests.math.test_session_format import good_session

    drawn = good_session(tmp_path / "drawn" / "drawn.lexsession")  # 200 drawn points
    folder = small_tour(tmp_path, [("Gallery", SHIPPED / "06-taxonomy.lexsession"),
                                   ("Drawn", drawn)])
    panel = start_tour(qtbot, window, folder)
    density = window.views["density"]
    mine = np.random.default_rng(1).normal(size=(40, 2))
    density.state.set_drawn(mine)
    questions = []
    window.ask_hook = lambda title, text: questions.append(title) or False
    click(qtbot, panel.next_button)
    idle(qtbot, window)
    assert questions == ["Replace your drawing?"]
    assert "was not opened; your drawing is unchanged" in panel.error
    assert np.array_equal(density.state.drawn, mine)
    assert window.tabs.currentWidget() is window.views["gallery"]
    window.ask_hook = lambda title, text: True
    click(qtbot, panel.back_button)
    idle(qtbot, window)
    click(qtbot, panel.next_button)
    idle(qtbot, window)
    assert panel.error == "" and len(density.state.drawn) == 200
    assert window.tabs.currentWidget() is window.views["latent"]


def test_beside_the_views_on_a_wide_window(window, qtbot, tmp_path):
    """A window wide enough for the views and the panel gets the panel on the right, in
    one column; a 1280-wide one gets it under the views (see the shipped-tour test)."""
    window.resize(1700, 900)
    folder = small_tour(tmp_path, cheap_stops()[:1])
    assert _dock(window).start(folder)
    idle(qtbot, window)
    panel = window.tour_dock.panel
    assert window.dockWidgetArea(window.tour_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert panel.wide is False and window.width() == 1700
    assert panel.counter.text() == "Stop 1 of 1" and panel.error == ""
    # moved under the views, it lays itself out in a row
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.tour_dock)
    assert panel.wide is True
