"""Guided tours (Qt-free): a folder of sessions and one small text file that says, stop by
stop, which session to open and what to read beside it.

A tour folder holds ``tour.toml`` and the ``.lexsession`` files it names::

    title = "A guided tour of the chapter"

    [[stop]]
    title = "p_data and p_model"
    session = "02-pdata-pmodel.lexsession"
    text = '''One paragraph, shown beside the app while the session is open.'''
    formula = "KL(p_{data} ‖ p_{model})"      # optional, at most one

Text and formula are plain text (no HTML, no LaTeX): write Unicode (θ, ∑, ‖, √, ᾱ, x̂₀);
``_{…}`` and ``^{…}`` become sub- and superscripts. A paragraph's line breaks are joined
into one line.

A tour speaks other languages through optional keys beside the English ones: ``title_es``
(at the top and in a stop), ``text_es`` and ``formula_es`` give the Spanish text, ``_pt``
the Portuguese, ``_zh_CN`` the Chinese (any language code works). :func:`load_tour` with
``lang`` takes each one where it is there and the English key where it is not (for
``zh_CN`` also ``_zh``); every key is checked, whichever language is shown.

Everything is checked when the tour is read (:func:`load_tour`), before any stop opens;
every failure is one :class:`TourError` with a message for a person. The sessions themselves
are checked when a stop opens, by the same code as File → Open session.

The shipped tour lives in ``explorer/tours/chapter/`` (package data); its sessions are made
by ``python -m explorer.views.tour_build``.
"""

from __future__ import annotations

import html
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

TOUR_FILE = "tour.toml"
MAX_TOUR_BYTES = 256 * 1024
MAX_STOPS = 100
MAX_TITLE = 120
MAX_TEXT = 1500
MAX_FORMULA = 200
_SESSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}\.lexsession$")
_TOP_KEYS = ("title", "stop")
_STOP_KEYS = ("title", "session", "text", "formula")
#: a key in another language: title_es, text_pt, formula_zh_CN …
_LANG_KEY_RE = re.compile(r"^(title|text|formula)_([a-z]{2,3}(?:_[A-Za-z]{2,4})?)$")


class TourError(Exception):
    """A tour folder or text that cannot be used; the message says why, for a person."""


@dataclass(frozen=True)
class Stop:
    """One stop: its title, the session it opens, a paragraph and at most one formula."""

    title: str
    session: Path
    text: str
    formula: str | None = None


@dataclass(frozen=True)
class Tour:
    """A checked tour: where it lies, its title, its stops in order."""

    folder: Path
    title: str
    stops: tuple[Stop, ...]


def shipped_tour_dir() -> Path:
    """The folder of the tour shipped with the app (a guided tour of the chapter)."""
    return Path(__file__).resolve().parent / "tours" / "chapter"


def _text(value: object, where: str, limit: int, *, one_line: bool = False) -> str:
    if not isinstance(value, str):
        raise TourError(f"{where} must be text in quotes, not {type(value).__name__}.")
    text = " ".join(value.split())
    if not text:
        raise TourError(f"{where} is empty.")
    if len(text) > limit:
        raise TourError(f"{where} is {len(text)} characters long; at most {limit} fit "
                        "beside the app.")
    if one_line and "\n" in value.strip():
        raise TourError(f"{where} must be one line.")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise TourError(f"{where} holds control characters.")
    return text


def _unknown(table: dict, known: tuple[str, ...], where: str) -> None:
    extra = [str(k)[:40] for k in table if k not in known and not _localised(k, known)]
    if extra:
        raise TourError(f"{where} has the unknown key{'s' if len(extra) > 1 else ''} "
                        f"{', '.join(extra)}; the keys are {', '.join(known)} (and "
                        "title_es, text_es … in other languages).")


def _localised(key: object, known: tuple[str, ...]) -> bool:
    m = _LANG_KEY_RE.match(str(key))
    return m is not None and m.group(1) in known


def _in_language(table: dict, key: str, where: str, limit: int, lang: str | None,
                 **kw) -> str | None:
    """``table[key]`` in ``lang`` (``key_<lang>``, else ``key_<language part>``, else the
    English ``key``; None if the English one is absent), every language's value checked."""
    out = {k: _text(v, f"{where}: {k}", limit, **kw) for k, v in table.items()
           if k == key or (_localised(k, (key,)) and str(k).startswith(key + "_"))}
    codes = [lang, lang.split("_")[0]] if lang else []
    for code in codes:
        if f"{key}_{code}" in out:
            return out[f"{key}_{code}"]
    return out.get(key)


def _session(value: object, where: str, folder: Path) -> Path:
    if not isinstance(value, str):
        raise TourError(f"{where} must be the file name of a session in quotes.")
    if not _SESSION_RE.match(value):
        raise TourError(f"{where} is '{value[:80]}'; it must be the plain name of a "
                        ".lexsession file in the tour's folder (no folder part).")
    path = folder / value
    try:
        inside = path.resolve().parent == folder.resolve()
    except OSError:
        inside = False
    if not path.is_file():
        raise TourError(f"{where} names {value}, which is not in {folder}.")
    if not inside:
        raise TourError(f"{where} names {value}, which points outside the tour's folder.")
    return path


def read_tour_text(raw: bytes, folder: Path, lang: str | None = None) -> Tour:
    """A :class:`Tour` from the bytes of a ``tour.toml`` whose sessions lie in ``folder``,
    in language ``lang`` where the text has it (see the module docstring)."""
    if len(raw) > MAX_TOUR_BYTES:
        raise TourError(f"{TOUR_FILE} is {len(raw) / 1024:.0f} KiB; a tour's text is at most "
                        f"{MAX_TOUR_BYTES // 1024} KiB.")
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TourError(f"{TOUR_FILE} is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as e:
        raise TourError(f"{TOUR_FILE} is not valid TOML ({e}).") from None
    except RecursionError:
        raise TourError(f"{TOUR_FILE} is nested too deeply.") from None
    _unknown(doc, _TOP_KEYS, TOUR_FILE)
    if "title" not in doc:
        raise TourError(f'{TOUR_FILE} has no title (a line title = "…" at the top).')
    title = _in_language(doc, "title", TOUR_FILE, MAX_TITLE, lang)
    stops = doc.get("stop")
    if stops is None:
        raise TourError(f"{TOUR_FILE} has no stops: each stop is a [[stop]] table with a "
                        "title, a session and a text.")
    if not isinstance(stops, list) or not all(isinstance(s, dict) for s in stops):
        raise TourError(f"{TOUR_FILE}: 'stop' must be a list of [[stop]] tables.")
    if not 1 <= len(stops) <= MAX_STOPS:
        raise TourError(f"{TOUR_FILE} has {len(stops)} stops; a tour has 1 to {MAX_STOPS}.")
    out = []
    for i, s in enumerate(stops):
        where = f"{TOUR_FILE}, stop {i + 1}"
        _unknown(s, _STOP_KEYS, where)
        for key in ("title", "session", "text"):
            if key not in s:
                raise TourError(f"{where} has no {key}.")
        out.append(Stop(
            title=_in_language(s, "title", where, MAX_TITLE, lang),
            session=_session(s["session"], f"{where}: session", folder),
            text=_in_language(s, "text", where, MAX_TEXT, lang),
            formula=_in_language(s, "formula", where, MAX_FORMULA, lang, one_line=True),
        ))
    return Tour(folder, title, tuple(out))


def load_tour(folder: str | os.PathLike, lang: str | None = None) -> Tour:
    """Read and check the tour in ``folder`` (its ``tour.toml`` and that every session it
    names is there), in language ``lang`` (e.g. ``"es"``) where its text has one, else in
    English. Raises :class:`TourError`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TourError(f"{folder} is not a folder; a tour is a folder holding {TOUR_FILE} "
                        "and its .lexsession files.")
    text = folder / TOUR_FILE
    if not text.is_file():
        raise TourError(f"{folder.name or folder} has no {TOUR_FILE}; a tour is a folder "
                        f"holding {TOUR_FILE} (its title and stops) and the .lexsession "
                        "files it names.")
    try:
        with open(text, "rb") as fh:
            raw = fh.read(MAX_TOUR_BYTES + 1)
    except OSError as e:
        raise TourError(f"{text} cannot be read ({e.strerror or e}).") from None
    return read_tour_text(raw, folder, lang)


_SCRIPT_RE = re.compile(r"([_^])\{([^{}]{1,60})\}")


def to_html(text: str) -> str:
    """``text`` escaped for a rich-text label, ``_{…}`` / ``^{…}`` as sub- and superscripts
    (nothing else of the text can become markup)."""
    def script(m: re.Match) -> str:
        tag = "sub" if m.group(1) == "_" else "sup"
        return f"<{tag}>{m.group(2)}</{tag}>"

    out = html.escape(text, quote=True)
    for _ in range(3):  # innermost first: p_{θ}^{x_{i}} nests one level
        out, n = _SCRIPT_RE.subn(script, out)
        if not n:
            break
    return out
