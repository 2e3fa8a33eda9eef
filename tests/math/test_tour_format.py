"""The tour text (tour.toml) without Qt: the shipped tour reads back with every session in
place; every broken folder or text gives one TourError that says what is wrong; the text is
escaped, never markup (the widget tests open the same folders in a window)."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from explorer.tour import (
    MAX_TEXT, TOUR_FILE, TourError, load_tour, read_tour_text, shipped_tour_dir, to_html,
)

GOOD = '''title = "My tour"

[[stop]]
title = "First"
session = "a.lexsession"
text = """One paragraph
over two lines."""
formula = "p_{θ}(x) = ∏_{i} p(x_{i})"

[[stop]]
title = "Second"
session = "b.lexsession"
text = "Another."
'''


def make_folder(tmp: Path, text: str = GOOD, sessions=("a.lexsession", "b.lexsession")) -> Path:
    folder = tmp / "tour"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TOUR_FILE).write_text(text, "utf-8")
    for name in sessions:
        (folder / name).write_bytes(b"PK")  # the sessions are checked when a stop opens
    return folder


def test_shipped_tour_reads_with_every_session_in_place():
    tour = load_tour(shipped_tour_dir())
    assert tour.title == "A guided tour of the chapter"
    assert len(tour.stops) == 11
    for stop in tour.stops:
        assert stop.session.is_file() and stop.session.parent == shipped_tour_dir()
        assert stop.title and stop.text and len(stop.text) <= MAX_TEXT
        # a session file that refers to shipped models by name (small: only a model
        # trained live in the app, the 8-component mixture, is embedded)
        assert stop.session.stat().st_size < 16 * 1024, stop.session.name
        with zipfile.ZipFile(stop.session) as zf:
            doc = json.loads(zf.read("session.json"))
        assert doc["tab"] in ("density", "latent", "diffusion", "gallery")
    titles = [s.title for s in tour.stops]
    assert titles[0] == "Generative vs discriminative"
    assert any("taxonomy" in t for t in titles)
    # the last stop names the shipped latent DDPM and prompts the shipped guided one
    from training.shipped import SHIPPED

    last = tour.stops[-1]
    assert "diffusion-vae16-mnist5k" in last.text and "diffusion-vae16-mnist5k" in SHIPPED
    with zipfile.ZipFile(last.session) as zf:
        view = json.loads(zf.read("session.json"))["views"]["diffusion"]
    assert "diffusion-cond-mnist5k" in json.dumps(view) and view["prompt"] == "a seven"
    assert "diffusion-cond-mnist5k" in last.text and "diffusion-cond-mnist5k" in SHIPPED


def test_a_good_tour_reads_back(tmp_path):
    tour = load_tour(make_folder(tmp_path))
    assert tour.title == "My tour"
    assert [s.title for s in tour.stops] == ["First", "Second"]
    assert tour.stops[0].text == "One paragraph over two lines."  # one paragraph
    assert tour.stops[0].formula.startswith("p_{θ}")
    assert tour.stops[1].formula is None
    assert tour.stops[1].session == tour.folder / "b.lexsession"


BAD = [
    ("not toml", "title = \n[[stop", "not valid TOML"),
    ("no title", GOOD.replace('title = "My tour"', ""), "no title"),
    ("no stops", 'title = "x"\n', "no stops"),
    ("stop not a table", 'title = "x"\nstop = [1, 2]\n', "[[stop]] tables"),
    ("unknown top key", GOOD.replace('title = "My tour"', 'title = "My tour"\nauthor = "me"'),
     "unknown key author"),
    ("unknown stop key (a typo)", GOOD.replace('text = "Another."', 'txet = "Another."'),
     "unknown key txet"),
    ("missing text", GOOD.replace('text = "Another."', ""), "stop 2 has no text"),
    ("title not text", GOOD.replace('title = "Second"', "title = 3"), "must be text"),
    ("empty text", GOOD.replace('text = "Another."', 'text = "   "'), "is empty"),
    ("text too long", GOOD.replace("Another.", "x" * (MAX_TEXT + 1)), "at most 1500"),
    ("two-line formula", GOOD.replace('formula = "p_{θ}(x) = ∏_{i} p(x_{i})"',
                                      'formula = """a\nb"""'), "one line"),
    ("control character", GOOD.replace("Another.", "Ano\\u0007ther."), "control characters"),
    ("session not there", GOOD.replace("b.lexsession", "c.lexsession"), "not in"),
    ("session outside", GOOD.replace("b.lexsession", "../b.lexsession"), "no folder part"),
    ("absolute session", GOOD.replace("b.lexsession", "/etc/passwd"), "no folder part"),
    ("not a session name", GOOD.replace("b.lexsession", "b.zip"), ".lexsession"),
    ("session not text", GOOD.replace('session = "b.lexsession"', "session = 5"), "file name"),
]


@pytest.mark.parametrize("what,text,expect", BAD, ids=[b[0] for b in BAD])
def test_broken_texts_say_what_is_wrong(tmp_path, what, text, expect):
    folder = make_folder(tmp_path, text)
    with pytest.raises(TourError) as e:
        load_tour(folder)
    assert expect in str(e.value), (what, str(e.value))
    assert "Traceback" not in str(e.value)


def test_broken_folders_say_what_is_wrong(tmp_path):
    with pytest.raises(TourError, match="not a folder"):
        load_tour(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(TourError, match="has no tour.toml"):
        load_tour(tmp_path / "empty")
    folder = make_folder(tmp_path)
    (folder / TOUR_FILE).write_bytes(b"title = \"\xff\xfe\"")
    with pytest.raises(TourError, match="not UTF-8"):
        load_tour(folder)
    with pytest.raises(TourError, match="KiB"):
        read_tour_text(b"#" * (300 * 1024), folder)
    too_many = 'title = "x"\n' + '[[stop]]\ntitle = "s"\nsession = "a.lexsession"\ntext = "t"\n' * 101
    with pytest.raises(TourError, match="1 to 100"):
        read_tour_text(too_many.encode(), folder)


def test_a_session_link_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "elsewhere.lexsession"
    outside.write_bytes(b"PK")
    folder = make_folder(tmp_path, sessions=("a.lexsession",))
    try:
        (folder / "b.lexsession").symlink_to(outside)
    except OSError:
        pytest.skip("no symbolic links here")
    with pytest.raises(TourError, match="outside the tour's folder"):
        load_tour(folder)


def test_text_is_escaped_and_scripts_become_sub_and_superscripts():
    assert to_html("<b>hi</b> & <img src=x>") == "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;img src=x&gt;"
    assert to_html("p_{θ}(x_{i})") == "p<sub>θ</sub>(x<sub>i</sub>)"
    assert to_html("e^{x_{i}}") == "e<sup>x<sub>i</sub></sup>"  # nested: innermost first
    assert to_html("p_data") == "p_data"  # no braces: left as it is
    assert "<script" not in to_html("_{<script>}")


def test_the_shipped_texts_render(tmp_path):
    import unicodedata

    tour = load_tour(shipped_tour_dir())
    for stop in tour.stops:
        for text in (stop.title, stop.text, stop.formula or ""):
            out = to_html(text)
            assert "_{" not in out and "^{" not in out, text  # every script closed
            # Qt draws the combining mark of a wrapped label's later line (the hat of ε̂)
            # on its first line: the shipped texts use none (ε_{θ}, x_{0} instead)
            assert not [c for c in text if unicodedata.combining(c)], text


def test_a_copied_tour_is_a_teachers_tour(tmp_path):
    """A teacher's tour is the shipped folder copied and edited: it reads the same way."""
    folder = tmp_path / "mine"
    shutil.copytree(shipped_tour_dir(), folder)
    text = (folder / TOUR_FILE).read_text("utf-8")
    (folder / TOUR_FILE).write_text(text.replace("A guided tour of the chapter", "Week 3"), "utf-8")
    tour = load_tour(folder)
    assert tour.title == "Week 3" and len(tour.stops) == 11


# ------------------------------------------------------------------------------ languages
LOCALISED = '''title = "My tour"
title_es = "Mi visita"
title_zh_CN = "我的导览"

[[stop]]
title = "First"
title_es = "Primera"
title_pt = "Primeira"
session = "a.lexsession"
text = "One paragraph."
text_es = """Un párrafo
en dos líneas."""
formula = "p(x)"
formula_es = "p(x) según"

[[stop]]
title = "Second"
session = "b.lexsession"
text = "Another."
text_zh = "另一段。"
'''


def test_a_tour_in_the_apps_language_with_english_where_a_text_is_missing(tmp_path):
    folder = make_folder(tmp_path, LOCALISED)
    es = load_tour(folder, "es")
    assert es.title == "Mi visita"
    assert [(s.title, s.text, s.formula) for s in es.stops] == [
        ("Primera", "Un párrafo en dos líneas.", "p(x) según"),
        ("Second", "Another.", None)]  # stop 2 has no Spanish: English
    pt = load_tour(folder, "pt")
    assert pt.title == "My tour"  # no title_pt
    assert [(s.title, s.text, s.formula) for s in pt.stops] == [
        ("Primeira", "One paragraph.", "p(x)"), ("Second", "Another.", None)]
    zh = load_tour(folder, "zh_CN")
    assert zh.title == "我的导览" and zh.stops[1].text == "另一段。"  # text_zh serves zh_CN
    for lang in (None, "en", "fr"):
        t = load_tour(folder, lang)
        assert t.title == "My tour" and [s.text for s in t.stops] == ["One paragraph.", "Another."]
    assert [s.session.name for s in es.stops] == ["a.lexsession", "b.lexsession"]


@pytest.mark.parametrize("line, words", [
    ('text_es = ""', "stop 1: text_es is empty"),
    ("text_es = 3", "stop 1: text_es must be text"),
    ('formula_es = """a\nb"""', "stop 1: formula_es must be one line"),
    ('texto_es = "Un párrafo."', "unknown key texto_es"),
    ('session_es = "b.lexsession"', "unknown key session_es"),
    (f'title_pt = "{"x" * 200}"', "stop 1: title_pt is 200 characters long"),
])
def test_a_bad_text_in_any_language_is_explained_whatever_language_is_shown(tmp_path, line,
                                                                             words):
    text = GOOD.replace('session = "a.lexsession"', f'session = "a.lexsession"\n{line}')
    folder = make_folder(tmp_path, text)
    for lang in (None, "es"):
        with pytest.raises(TourError, match=words):
            load_tour(folder, lang)


def test_the_shipped_tour_speaks_spanish_portuguese_and_chinese():
    import unicodedata

    english = load_tour(shipped_tour_dir())
    titles = {"es": "Una visita guiada por el capítulo", "pt": "Um tour guiado pelo capítulo",
              "zh_CN": "本章导览"}
    for lang, title in titles.items():
        tour = load_tour(shipped_tour_dir(), lang)
        assert tour.title == title
        assert len(tour.stops) == len(english.stops)
        for stop, en in zip(tour.stops, english.stops):
            # every stop translated; the same session and formula
            assert stop.title != en.title or "_{" in en.title, (lang, en.title)
            assert stop.text != en.text and len(stop.text) <= MAX_TEXT, (lang, en.title)
            assert (stop.session, stop.formula) == (en.session, en.formula)
            for text in (stop.title, stop.text):
                out = to_html(text)
                assert "_{" not in out and "^{" not in out, text
                assert not [c for c in text if unicodedata.combining(c)], text
        if lang == "zh_CN":  # no space between two Chinese characters (a joined line)
            cjk = "[\u4e00-\u9fff，。：；（）“”]"
            assert not [s.text for s in tour.stops if re.search(f"{cjk} {cjk}", s.text)]
