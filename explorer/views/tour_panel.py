"""Help → Tour: a side panel that walks through a tour (:mod:`explorer.tour`) stop by stop.

Each stop shows its title, "Stop k of n", one paragraph and at most one formula, with Back,
Next and Close. Moving to a stop opens its session through the window's own session code
(:meth:`~explorer.views.session_actions.SessionActions._apply_session` after
:func:`explorer.session_schema.read_session` in the window's session worker): the file is
checked whole before any view changes, so a failure leaves the app as it was; the panel
says why, in words, instead of a message box. The panel keeps its tour and stop when it is
hidden and shown again; the window's settings keep them across runs.

Help → Open tour… opens a teacher's own folder (``tour.toml`` and its sessions) the same
way; a bad folder or text is explained in the panel, and the tour that was open stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget,
)

from explorer import i18n
from explorer.tour import Tour, TourError, load_tour, shipped_tour_dir, to_html

#: settings keys: the folder of the tour last shown and its stop
FOLDER_KEY = "tour/folder"
STOP_KEY = "tour/stop"
#: the panel's width beside the views (where the window is wide enough), its height under
#: them (a 1280 × 800 window: the views need ~1,080 pixels of width, not all 800 of height)
PANEL_WIDTH = 320
VIEWS_WIDTH = 1280
PANEL_HEIGHT = 150
#: the width of the title-and-buttons column when the panel lies under the views
HEADER_WIDTH = 250


class TourPanel(QWidget):
    """The tour's side panel (the widget of the window's tour dock).

    Parameters
    ----------
    window : MainWindow
        The window whose views the stops' sessions change.
    """

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.tour: Tour | None = None
        self.index = 0
        self.opening: Path | None = None  # the stop session being read, if any
        self.error = ""
        self._build()
        self._render()
        self.say("")

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.tour_title = QLabel()
        self.tour_title.setWordWrap(True)
        self.tour_title.setStyleSheet("color: palette(dark);")
        self.counter = QLabel()
        f = self.counter.font()
        f.setBold(True)
        self.counter.setFont(f)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        tf = self.title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.25)
        tf.setBold(True)
        self.title.setFont(tf)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ff = QFont("DejaVu Serif")
        ff.setStyleHint(QFont.StyleHint.Serif)
        ff.setPointSizeF(self.text.font().pointSizeF() * 1.3)
        self.formula.setFont(ff)
        self.formula.setFrameShape(QFrame.Shape.StyledPanel)
        self.formula.setContentsMargins(6, 8, 6, 8)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 4, 0)
        for w in (self.text, self.formula, self.message):
            bl.addWidget(w)
        bl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The previous stop (opens its session)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The next stop (opens its session)"))
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Hide the tour; Help → Tour brings it back at "
                                             "this stop"))
        self.close_button.clicked.connect(self.close_requested)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.back_button, self.next_button, self.close_button):
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(b)
        self.header = QWidget()
        hl = QVBoxLayout(self.header)
        hl.setContentsMargins(0, 0, 0, 0)
        for w in (self.tour_title, self.counter, self.title):
            hl.addWidget(w)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 6)
        self.wide = None
        self.set_wide(False)

    def set_wide(self, wide: bool) -> None:
        """Lay the panel out for a dock under the views (``wide``: the title and buttons
        in a column on the left, the text beside them) or beside them (one column)."""
        if wide == self.wide:
            return
        self.wide = wide
        g = self.grid
        for w in (self.header, self.buttons, self.scroll):
            g.removeWidget(w)
        for i in range(3):
            g.setRowStretch(i, 0)
            g.setColumnStretch(i, 0)
        if wide:
            g.addWidget(self.header, 0, 0, Qt.AlignmentFlag.AlignTop)
            g.addWidget(self.buttons, 1, 0, Qt.AlignmentFlag.AlignBottom)
            g.addWidget(self.scroll, 0, 1, 2, 1)
            g.setColumnStretch(1, 1)
            self.header.setFixedWidth(HEADER_WIDTH)
            self.buttons.setFixedWidth(HEADER_WIDTH)
        else:
            g.addWidget(self.header, 0, 0)
            g.addWidget(self.scroll, 1, 0)
            g.addWidget(self.buttons, 2, 0)
            g.setRowStretch(1, 1)
            for w in (self.header, self.buttons):
                w.setMinimumWidth(0)
                w.setMaximumWidth(16777215)

    def _render(self) -> None:
        tour = self.tour
        if tour is None:
            self.tour_title.setText("")
            self.counter.setText(self.tr("No tour open"))
            self.title.setText("")
            self.text.setText(to_html(self.tr(
                "Help → Tour opens the guided tour of the chapter; Help → Open tour… opens "
                "a folder of your own (tour.toml and its .lexsession files).")))
            self.formula.hide()
        else:
            stop = tour.stops[self.index]
            self.tour_title.setText(tour.title)
            self.counter.setText(self.tr("Stop {0} of {1}").format(self.index + 1,
                                                                   len(tour.stops)))
            self.title.setText(to_html(stop.title))
            self.text.setText(to_html(stop.text))
            self.formula.setText(to_html(stop.formula or ""))
            self.formula.setVisible(bool(stop.formula))
        n = len(tour.stops) if tour is not None else 0
        self.back_button.setEnabled(tour is not None and self.index > 0)
        self.next_button.setEnabled(tour is not None and self.index < n - 1)
        self.scroll.verticalScrollBar().setValue(0)

    def say(self, text: str, error: bool = False) -> None:
        """Show ``text`` under the stop's text (``error``: in the colour of a warning)."""
        self.message.setStyleSheet("color: #b00020;" if error else "color: palette(dark);")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.error = text if error else ""

    # ---------------------------------------------------------------- moving
    def set_tour(self, tour: Tour, index: int = 0) -> None:
        """Show ``tour`` at stop ``index`` and open that stop's session."""
        self.tour = tour
        self.go(index)

    def go(self, index: int) -> None:
        """Move to stop ``index`` (clamped) and open its session."""
        if self.tour is None:
            return
        self.index = min(max(int(index), 0), len(self.tour.stops) - 1)
        self._render()
        self._remember()
        self._open_stop()

    def back(self) -> None:
        if self.tour is not None and self.index > 0:
            self.go(self.index - 1)

    def next(self) -> None:
        if self.tour is not None and self.index < len(self.tour.stops) - 1:
            self.go(self.index + 1)

    def close_requested(self) -> None:
        dock = self.parent()
        if isinstance(dock, QDockWidget):
            dock.hide()
        else:
            self.hide()

    def _remember(self) -> None:
        s = self.window_.settings
        s.setValue(FOLDER_KEY, str(self.tour.folder))
        s.setValue(STOP_KEY, self.index)

    # ---------------------------------------------------------------- opening a stop
    def _open_stop(self) -> None:
        from explorer.session_schema import read_session
        from explorer.views.session_actions import session_cache_dir

        w = self.window_
        path = self.tour.stops[self.index].session
        cache = session_cache_dir()
        self.opening = path
        index = self.index
        self.say(self.tr("Opening this stop's session ({0})…").format(path.name))
        w._pending["session"] = path
        w.statusBar().showMessage(self.tr("Opening the tour's stop {0} …").format(index + 1))
        w.session_worker.submit(lambda: read_session(path, cache),
                                lambda s: self._on_read(s, index),
                                lambda e: self._on_failed(e, index, path))

    def _on_read(self, session, index: int) -> None:
        from explorer.views.session_actions import RECENT_KEY

        w = self.window_
        self.opening = None
        # a tour's stops are not the user's recent sessions: keep those as they were
        keep = {k: w.settings.value(k) for k in (RECENT_KEY, "last_session_dir")}
        box = w.message_box
        answers: list[bool] = []
        ask = w._ask_session

        def asked(title: str, text: str) -> bool:  # "Replace your drawing?": what was said
            answers.append(ask(title, text))
            return answers[-1]

        w._ask_session = asked
        try:
            w._apply_session(session)
        finally:
            del w._ask_session
        for k, v in keep.items():
            if v is None:
                w.settings.remove(k)
            else:
                w.settings.setValue(k, v)
        if w.message_box is not box and w.message_box is not None:
            # the views could not show it (a bug of a view): said here, not in a box
            text = w.message_box.text()
            w.message_box.close()
            w.message_box = box
            self.say(self.tr("Stop {0} could not be shown: {1}").format(index + 1, text),
                     error=True)
        elif answers and not answers[-1]:
            self.say(self.tr("Stop {0} was not opened; your drawing is unchanged.")
                     .format(index + 1), error=True)
        else:
            self.say("")

    def _on_failed(self, error: Exception, index: int, path: Path) -> None:
        from explorer.session import SessionError

        self.opening = None
        if isinstance(error, SessionError):
            why = str(error)
        else:  # a bug of ours: say so without a traceback
            why = self.tr("an unexpected error ({0}: {1})").format(type(error).__name__, error)
        self.window_._end_open("session", self.tr("Could not open the tour's stop; nothing "
                                                  "was changed."), 15000)
        self.say(self.tr("Stop {0}'s session {1} could not be opened, so the app shows what "
                         "it showed before. {2}").format(index + 1, path.name, why), error=True)


class TourDock(QDockWidget):
    """The dock that holds the :class:`TourPanel` on the right of the main window."""

    def __init__(self, window) -> None:
        super().__init__(QCoreApplication.translate("TourPanel", "Tour"), window)
        self.setObjectName("tour_dock")
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.panel = TourPanel(window, self)
        self.setWidget(self.panel)
        # no title bar: its 20 pixels go to the views (the panel has its own Close)
        self.setTitleBarWidget(QWidget(self))
        self.window_ = window
        self._shown = False
        self.dockLocationChanged.connect(self._on_area)
        # beside the views where the window leaves them the 1280 pixels they are laid out
        # for (the Latent view needs ~1,080 once a model is open), else under them
        need = max(window.centralWidget().minimumSizeHint().width(), VIEWS_WIDTH) + PANEL_WIDTH
        area = (Qt.DockWidgetArea.RightDockWidgetArea if window.width() >= need
                else Qt.DockWidgetArea.BottomDockWidgetArea)
        window.addDockWidget(area, self)
        self._on_area(area)
        self.hide()

    def _on_area(self, area) -> None:
        wide = area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        self.panel.set_wide(wide)
        if wide:
            self.window_.resizeDocks([self], [PANEL_HEIGHT], Qt.Orientation.Vertical)
        else:
            self.window_.resizeDocks([self], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    def reveal(self) -> None:
        """Show the dock (sized for its place the first time; the user's resizing is kept
        after that)."""
        first = not self._shown
        self._shown = True
        self.show()
        self.raise_()
        if first:
            self._on_area(self.window_.dockWidgetArea(self))

    def start(self, folder: str | Path | None = None) -> bool:
        """Show the panel. With ``folder``: open that tour at its first stop. Without: keep
        the tour and stop shown last (this run, or the last run's, from the settings), or
        open the shipped tour. False (and the reason in the panel) if the tour is bad."""
        panel = self.panel
        self.reveal()
        if folder is None and panel.tour is not None:
            return True  # hidden and shown again: the same stop, nothing reopened
        s = self.window_.settings
        index = 0
        remembered = folder is None
        if remembered:
            last = s.value(FOLDER_KEY)
            folder = Path(str(last)) if last and Path(str(last)).is_dir() else shipped_tour_dir()
            try:
                index = int(s.value(STOP_KEY, 0)) if last else 0
            except (TypeError, ValueError):
                index = 0
        try:
            try:
                tour = load_tour(folder, i18n.current())
            except TourError:
                if not remembered or Path(folder) == shipped_tour_dir():
                    raise
                tour, index = load_tour(shipped_tour_dir(), i18n.current()), 0  # folder went bad
        except TourError as e:
            kept = panel.tour is not None
            stays = QCoreApplication.translate("TourPanel", " The tour that was open stays.")
            panel.say(QCoreApplication.translate("TourPanel", "Could not open the tour: {0}{1}")
                      .format(e, stays if kept else ""), error=True)
            return False
        panel.set_tour(tour, index)
        return True

    def choose_folder(self) -> bool:
        """Help → Open tour…: pick a folder and open it as a tour."""
        start = str(self.window_.settings.value("last_tour_dir", str(Path.home())))
        path = QFileDialog.getExistingDirectory(
            self.window_, QCoreApplication.translate("TourPanel", "Open a tour folder"), start)
        if not path:
            return False
        self.window_.settings.setValue("last_tour_dir", str(Path(path).parent))
        return self.start(path)


def tour_dock(window) -> TourDock:
    """The window's tour dock, made the first time it is asked for."""
    dock = getattr(window, "tour_dock", None)
    if dock is None:
        dock = TourDock(window)
        window.tour_dock = dock
    return dock


def add_tour_actions(window, menu) -> None:
    """Help → Tour and Help → Open tour… (the window's only hook into the tour)."""
    window.tour_dock = None
    window.tour_action = QAction(QCoreApplication.translate("TourPanel", "&Tour"), window)
    window.tour_action.setStatusTip(QCoreApplication.translate(
        "TourPanel", "A guided tour of the chapter: each stop opens a session and explains "
        "what it shows"))
    window.tour_action.triggered.connect(lambda: tour_dock(window).start())
    window.open_tour_action = QAction(QCoreApplication.translate("TourPanel", "Open t&our…"),
                                      window)
    window.open_tour_action.setStatusTip(QCoreApplication.translate(
        "TourPanel", "Open your own tour: a folder with tour.toml and the sessions it names"))
    window.open_tour_action.triggered.connect(lambda: tour_dock(window).choose_folder())
    menu.addAction(window.tour_action)
    menu.addAction(window.open_tour_action)
    menu.addSeparator()
