"""The app in several languages, through Qt's own translation system.

The catalogues live beside this file: ``latent_explorer_<code>.ts`` (the sources,
extracted by ``pyside6-lupdate`` and translated by hand) and ``latent_explorer_<code>.qm``
(compiled by ``pyside6-lrelease``; committed, so that a checkout needs no build step;
``tests/widgets/test_i18n.py`` checks that each ``.qm`` is up to date with its ``.ts``).
See ``python -m explorer.i18n --help`` for the commands that refresh them.

Which language: ``--lang CODE`` on the command line, else the one chosen under
View → Language (kept in ``QSettings`` under :data:`SETTINGS_KEY`, applied at the next
start), else the system's locale; anything without a catalogue is shown in English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: the languages with a catalogue: code → the language's name in itself
LANGUAGES = {"en": "English", "es": "Español", "pt": "Português", "zh_CN": "中文"}
#: the QSettings key of the language chosen in the menu ("" or absent: the system's)
SETTINGS_KEY = "language"
I18N_DIR = Path(__file__).resolve().parent
#: Qt's own catalogue (standard dialogs and buttons) for each language
_QTBASE = {"es": "qtbase_es", "pt": "qtbase_pt_BR", "zh_CN": "qtbase_zh_CN"}


def normalise(code: str | None) -> str | None:
    """One of :data:`LANGUAGES` for a locale or language name (``es_AR``, ``pt-BR``,
    ``zh``, ``zh_Hans_CN``), or ``None`` for one we have no catalogue of.

    Examples
    --------
    >>> normalise("pt_BR"), normalise("zh-Hans"), normalise("fr_FR")
    ('pt', 'zh_CN', None)
    """
    if not code:
        return None
    code = str(code).replace("-", "_").split(".")[0]
    lang = code.split("_")[0].lower()
    if lang == "zh":
        # Traditional Chinese (zh_TW, zh_HK, zh_Hant) is not Simplified: English instead
        rest = code.lower()
        return None if any(t in rest for t in ("hant", "_tw", "_hk", "_mo")) else "zh_CN"
    return lang if lang in LANGUAGES else None


def resolve(cli: str | None = None, setting: str | None = None, system: str | None = None) -> str:
    """The language to show: ``cli`` (``--lang``), else ``setting`` (the menu's choice),
    else ``system`` (default: ``QLocale.system().name()``); ``"en"`` when none has a
    catalogue."""
    for code in (cli, setting, system if system is not None else QLocale.system().name()):
        if code:
            return normalise(code) or "en"
    return "en"


def catalogue(code: str) -> Path:
    """The compiled catalogue (``.qm``) of language ``code``."""
    return I18N_DIR / f"latent_explorer_{code}.qm"


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``code`` on ``app`` (nothing for English).

    The translators are kept on ``app`` (Qt does not own them) and returned. A missing
    catalogue is not an error: the text stays English.
    """
    installed: list[QTranslator] = []
    if code == "en" or code not in LANGUAGES:
        return installed
    ours = QTranslator(app)
    if ours.load(str(catalogue(code))):
        app.installTranslator(ours)
        installed.append(ours)
        app._latent_explorer_language = code
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _QTBASE.get(code) and qt.load(_QTBASE[code], qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    app._latent_explorer_translators = getattr(app, "_latent_explorer_translators", []) + installed
    return installed


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators :func:`install` put on ``app`` (back to English)."""
    for t in getattr(app, "_latent_explorer_translators", []):
        app.removeTranslator(t)
    app._latent_explorer_translators = []
    app._latent_explorer_language = "en"


def current(app: QCoreApplication | None = None) -> str:
    """The language :func:`install` put on ``app`` (default: the running application):
    one of :data:`LANGUAGES`, ``"en"`` when none (texts that are not Qt messages, such as a
    tour's, are chosen by it)."""
    app = app if app is not None else QCoreApplication.instance()
    return str(getattr(app, "_latent_explorer_language", "en")) if app is not None else "en"


def training_text(text: str) -> str:
    """A user-visible string of the ``training`` package (a family's label, a
    hyperparameter's title or help), translated: ``training`` never imports Qt, so its
    strings are listed for ``lupdate`` in :mod:`explorer.i18n.training_strings`."""
    return QCoreApplication.translate("training", text) if text else text


def data_description(data) -> str:
    """A shipped data set's description in the UI language (the world cities' from its
    template, with their count and threshold); anything else as it is."""
    if data.name == "world-cities":
        from training.data.cities import DESCRIPTION

        pop = int(data.params.get("min_population", 1_000_000))
        return training_text(DESCRIPTION).format(n=len(data.all_points), population=f"{pop:,}")
    return training_text(data.description)
