"""View → Language: the language chosen here is kept in QSettings and used from the next
start (the app does not re-translate a running window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.i18n import LANGUAGES, SETTINGS_KEY


def add_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    """Add the Language submenu to ``menu``: the system's language or one of
    :data:`~explorer.i18n.LANGUAGES` (each named in itself), stored in
    ``window.settings`` under :data:`~explorer.i18n.SETTINGS_KEY`."""
    sub = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language (applies at the next start)"))
    group = QActionGroup(sub)
    group.setExclusive(True)
    current = str(window.settings.value(SETTINGS_KEY, "") or "")
    for code, name in (("", QCoreApplication.translate("LanguageMenu", "System language")), *LANGUAGES.items()):
        act = QAction(name, sub)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setData(code)
        act.triggered.connect(lambda _=False, code=code: _choose(window, code))
        group.addAction(act)
        sub.addAction(act)
    window.language_menu = sub
    return sub


def _choose(window: QMainWindow, code: str) -> None:
    window.settings.setValue(SETTINGS_KEY, code)
    window.settings.sync()
    window.statusBar().showMessage(
        QCoreApplication.translate("LanguageMenu",
                                   "The new language is used from the next start of Latent Explorer."),
        10000)
