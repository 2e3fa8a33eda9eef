"""Translations: the catalogues are complete, consistent with the code and compiled; the
language is chosen from --lang, the menu's setting or the system; the menu stores it."""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from explorer import i18n
from explorer.i18n import I18N_DIR, LANGUAGES

CODES = [c for c in LANGUAGES if c != "en"]


def _tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, its type) of every message of a .ts file."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            out.append((name, m.findtext("source"), t.text, t.get("type")))
    return out


def _fields(s: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%[vmn]", s))


def _tags(s: str) -> list[str]:
    return sorted(re.findall(r"</?\w+", s))


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated_with_the_same_placeholders(code):
    msgs = _messages(I18N_DIR / f"latent_explorer_{code}.ts")
    assert len(msgs) > 700
    for ctx, src, tr, kind in msgs:
        assert kind is None and tr, f"{ctx}: {src!r} is not translated"
        assert _fields(tr) == _fields(src), f"{ctx}: {src!r} → {tr!r}: placeholders differ"
        assert _tags(tr) == _tags(src), f"{ctx}: {src!r} → {tr!r}: markup differs"
        amp = lambda s: s.replace("&&", "").replace("&nbsp;", "").count("&")  # noqa: E731
        assert amp(tr) == amp(src), f"{ctx}: {src!r} → {tr!r}: shortcut marks differ"


def test_catalogues_list_exactly_the_strings_of_the_code(tmp_path):
    """lupdate over explorer/ finds no string the .ts files lack and none they have in
    excess: a new tr() string fails here until `python -m explorer.i18n update` and its
    translation (see README, Languages)."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    from explorer.i18n.__main__ import ROOT, sources

    ts = I18N_DIR / "latent_explorer_es.ts"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([lupdate, *sources(), "-locations", "none", "-no-obsolete",
                    "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    before = {(c, s) for c, s, _, _ in _messages(ts)}
    after = {(c, s) for c, s, _, _ in _messages(copy)}
    assert after - before == set(), f"strings not in the catalogues: {sorted(after - before)[:10]}"
    assert before - after == set(), f"strings no longer in the code: {sorted(before - after)[:10]}"


@pytest.mark.parametrize("code", CODES)
def test_each_qm_is_compiled_from_its_ts(tmp_path, code):
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = I18N_DIR / f"latent_explorer_{code}.ts"
    out = tmp_path / f"{code}.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True)
    assert filecmp.cmp(out, i18n.catalogue(code), shallow=False), \
        f"{i18n.catalogue(code).name} is stale: run python -m explorer.i18n release"


def test_the_training_strings_module_is_up_to_date():
    from explorer.i18n import catalog

    assert catalog.OUT.read_text(encoding="utf-8") == catalog.render(), \
        "run python -m explorer.i18n.catalog"


def test_language_codes_and_the_choice_of_language():
    assert [i18n.normalise(c) for c in ("es_AR", "pt-BR", "pt_PT", "zh", "zh_Hans_CN",
                                        "zh_TW", "fr_FR", "en_GB", "C", None)] == [
        "es", "pt", "pt", "zh_CN", "zh_CN", None, None, "en", None, None]
    assert i18n.resolve("es", "pt", "zh_CN") == "es"  # --lang first
    assert i18n.resolve(None, "pt", "zh_CN") == "pt"  # then the menu's setting
    assert i18n.resolve(None, "", "zh_CN") == "zh_CN"  # then the system
    assert i18n.resolve(None, None, "fr_FR") == "en"  # English for the rest
    assert i18n.resolve("xx", None, "es") == "en"


def test_install_translates_and_uninstall_restores_english(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        assert len(i18n.install(qapp, "es")) == 2  # ours and Qt's qtbase_es
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert i18n.training_text("Gaussian mixture (EM)") == "Mezcla de gaussianas (EM)"
    finally:
        i18n.uninstall(qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.install(qapp, "en") == []


def test_language_menu_stores_the_choice_for_the_next_start(qtbot, settings):
    from explorer.views.main_window import MainWindow

    w = MainWindow(settings=settings, sync=True)
    qtbot.addWidget(w)
    acts = w.language_menu.actions()
    assert [a.text() for a in acts] == ["System language", *LANGUAGES.values()]
    assert acts[0].isChecked()  # nothing chosen yet: the system's
    assert "next start" in w.language_menu.title()
    acts[2].trigger()  # Español
    assert settings.value(i18n.SETTINGS_KEY) == "es" and acts[2].isChecked()
    assert "next start" in w.statusBar().currentMessage()
    assert i18n.resolve(None, settings.value(i18n.SETTINGS_KEY), "en_US") == "es"
    w.close()


def test_the_tour_panel_shows_the_tour_in_the_apps_language(qtbot, qapp, settings, tmp_path):
    """A tour's own texts (title_es, text_es … in tour.toml) follow the installed language,
    English where a stop has none; the panel's words are the catalogue's."""
    import shutil

    from explorer.tour import TOUR_FILE, shipped_tour_dir
    from explorer.views.main_window import MainWindow
    from explorer.views.tour_panel import tour_dock

    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(shipped_tour_dir() / "06-taxonomy.lexsession", folder / "a.lexsession")
    (folder / TOUR_FILE).write_text(
        'title = "Week 3"\ntitle_es = "Semana 3"\n[[stop]]\ntitle = "Models"\n'
        'title_es = "Modelos"\nsession = "a.lexsession"\ntext = "Look."\ntext_es = "Mira."\n'
        '[[stop]]\ntitle = "Again"\nsession = "a.lexsession"\ntext = "Only English."\n', "utf-8")
    assert i18n.current(qapp) == "en"
    try:
        i18n.install(qapp, "es")
        assert i18n.current(qapp) == "es"
        w = MainWindow(settings=settings, sync=True)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        assert tour_dock(w).start(folder)
        panel = w.tour_dock.panel
        assert (panel.tour_title.text(), panel.title.text(), panel.text.text()) == (
            "Semana 3", "Modelos", "Mira.")
        assert panel.counter.text() == "Parada 1 de 2"
        assert panel.next_button.text() == "Siguiente ▶"
        assert w.tour_action.text() == "&Visita guiada"
        panel.go(1)  # no Spanish for this stop: its English
        assert (panel.title.text(), panel.text.text()) == ("Again", "Only English.")
        qtbot.waitUntil(lambda: not w.is_busy(), timeout=60_000)
        w.close()
    finally:
        i18n.uninstall(qapp)
    assert i18n.current(qapp) == "en"
