"""File → Save session… / Open session… / Open recent session, and dropping a session file
or a model folder on the window. A mixin of :class:`~explorer.views.main_window.MainWindow`.

Opening is all or nothing: :func:`explorer.session_schema.read_session` checks the whole
file and loads its models in a worker (the DDPM alone takes a while); only then are the
views changed, on the GUI thread. On any error a message box says why and every view stays
exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from explorer.services.worker import LatestWorker

RECENT_KEY = "recent_sessions"
MAX_RECENT = 8
FILTER = QT_TRANSLATE_NOOP("SessionActions", "Latent Explorer session (*.lexsession)")


def session_cache_dir() -> Path:
    """Where embedded models of opened sessions are unpacked (and kept: they are in use)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".latent-explorer") / "sessions"


class SessionActions:
    """Saving and opening sessions; recent sessions; drag and drop."""

    #: tests replace this to answer "replace your drawing?" without a modal loop
    ask_hook = None

    def _build_session_menu(self, file_menu: QMenu) -> None:
        self.session_worker = LatestWorker("session-loader", sync=self._sync, parent=self)
        self.save_session_action = QAction(self.tr("&Save session…"), self)
        self.save_session_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_session_action.setStatusTip(self.tr("Save what every view shows (data, models, z, "
                                              "steps) in one .lexsession file"))
        self.save_session_action.triggered.connect(self.choose_save_session)
        self.open_session_action = QAction(self.tr("Open sess&ion…"), self)
        self.open_session_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_session_action.setStatusTip(self.tr("Reopen a saved session exactly as it was"))
        self.open_session_action.triggered.connect(self.choose_open_session)
        file_menu.addAction(self.save_session_action)
        file_menu.addAction(self.open_session_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent session"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self.setAcceptDrops(True)

    # ---------------------------------------------------------------- saving
    def choose_save_session(self) -> None:
        start = str(Path(str(self.settings.value("last_session_dir", str(Path.home()))))
                    / "session.lexsession")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"), start, self.tr(FILTER))
        if path:
            self.save_session(path)

    def save_session(self, path: str | Path) -> Path | None:
        """Write every view's state to ``path`` (``.lexsession``); on failure say why."""
        import explorer
        from explorer.session import SessionError, write_session

        views, not_restored = {}, []
        try:
            for name, view in self.views.items():
                if not callable(getattr(view, "session_state", None)):
                    continue  # a view without state of its own (the Gallery)
                state = view.session_state()
                if state is not None:
                    views[name] = state
                not_restored += view.session_not_restored()
            tab = list(self.views)[self.tabs.currentIndex()]  # the views in tab order
            written = write_session(path, tab, views,
                                    not_restored, explorer.__version__)
        except SessionError as e:
            self.show_error(self.tr("Could not save the session"), str(e))
            return None
        self._remember_session(written)
        self.settings.setValue("last_session_dir", str(written.parent))
        self.statusBar().showMessage(self.tr("Saved the session to {written}").format(written=written), 8000)
        return written

    # ---------------------------------------------------------------- opening
    def choose_open_session(self) -> None:
        start = str(self.settings.value("last_session_dir", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), start,
                                              self.tr("{filter};;All files (*)").format(filter=self.tr(FILTER)))
        if path:
            self.open_session(path)

    def open_session(self, path: str | Path) -> None:
        """Check and load the session at ``path`` in a worker, then show it; on any error
        explain, and leave every view as it was."""
        from explorer.session_schema import read_session

        path = Path(path)
        cache = session_cache_dir()
        self._pending["session"] = path
        self.statusBar().showMessage(self.tr("Opening the session {name} …").format(name=path.name))
        self.session_worker.submit(lambda: read_session(path, cache), self._apply_session,
                                   lambda e: self._session_failed(e, path))

    def _session_failed(self, error: Exception, path: Path) -> None:
        from explorer.session import SessionError

        if isinstance(error, SessionError):
            text = f"{path.name}: {error}"
        else:  # a bug of ours: say so without a traceback
            text = (self.tr("{path} could not be opened because of an unexpected error "
                    "({name}: {error}).").format(path=path, name=type(error).__name__, error=error))
        self._end_open("session", self.tr("Could not open the session; nothing was changed."), 15000)
        self.show_error(self.tr("Could not open the session"), text)

    def _ask_session(self, title: str, text: str) -> bool:
        if self.ask_hook is not None:
            return bool(self.ask_hook(title, text))
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _apply_session(self, s) -> None:
        names = list(self.views)  # in tab order
        density = s.views.get("density")
        question = None if density is None else self.views["density"].session_question(density)
        if question and not self._ask_session(self.tr("Replace your drawing?"), question):
            self._end_open("session", self.tr("Session not opened; your drawing is unchanged."))
            return
        try:
            for name in names:
                if name in s.views:
                    self._auto_opened.add(name)  # no default model on top of the session's
                    self.views[name].restore_session(s.views[name])
            self.tabs.setCurrentIndex(names.index(s.tab))
        except Exception as e:  # a bug of a view: say so, never leave "Opening …"
            self._end_open("session", self.tr("Could not show the session."))
            self.show_error(self.tr("Could not show the session"),
                            self.tr("{path} was read but could not be shown because of an "
                            "unexpected error ({name}: {e}).").format(path=s.path, name=type(e).__name__, e=e))
            return
        self._remember_session(Path(s.path))
        self.settings.setValue("last_session_dir", str(Path(s.path).parent))
        self.session_notes = list(s.not_restored) + list(s.notes)
        text = self.tr("Opened the session {name}.").format(name=Path(s.path).name)
        if s.not_restored:
            text += self.tr(" Not restored: ") + "; ".join(self.tr(t) for t in s.not_restored) + "."
        if s.notes:
            text += self.tr(" Note: ") + "; ".join(s.notes[:5]) + "."
        self._end_open("session", text, 30000)

    # ---------------------------------------------------------------- recent
    def recent_sessions(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives one item back as a string
            value = [value]
        return [str(v) for v in (value or []) if str(v)]

    def _remember_session(self, path: Path) -> None:
        p = str(Path(path).resolve())
        items = [p] + [v for v in self.recent_sessions() if v != p]
        self.settings.setValue(RECENT_KEY, items[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        items = self.recent_sessions()
        kept = [p for p in items if Path(p).is_file()]
        if len(kept) != len(items):
            self.settings.setValue(RECENT_KEY, kept)
            gone = [Path(p).name for p in items if p not in kept]
            self.statusBar().showMessage(
                self.tr("Removed from the recent sessions (the files are gone): ") + ", ".join(gone), 10000)
        self.recent_menu.clear()
        for p in kept:
            self.recent_menu.addAction(Path(p).name, lambda p=p: self.open_session(p)).setToolTip(p)
        self.recent_menu.setEnabled(bool(kept))

    # ---------------------------------------------------------------- drag and drop
    @staticmethod
    def _dropped_paths(mime) -> list[Path]:
        from explorer.session import SUFFIX

        out = []
        if mime is None or not mime.hasUrls():
            return out
        for url in mime.urls():
            if not url.isLocalFile():
                continue
            p = Path(url.toLocalFile())
            if (p.suffix == SUFFIX and p.is_file()) or (p / "card.json").is_file():
                out.append(p)
        return out

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        from explorer.session import SUFFIX

        paths = self._dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        p = paths[0]
        if p.suffix == SUFFIX:
            self.open_session(p)
        else:
            self.open_model(p)
