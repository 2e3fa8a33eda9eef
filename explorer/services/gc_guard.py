"""Python's cyclic garbage collector runs on the GUI thread only.

Why: a cyclic collection runs in whichever thread happens to allocate when a generation's
threshold is crossed. If that is a worker thread and the garbage holds Qt objects (a closed
widget, a pyqtgraph item, a ``QMenu``), their C++ destructors run in the worker while the
GUI thread may be deleting objects of its own: PySide6 then deadlocks (GUI thread in
``runDeletionInMainThread`` → ``~QObject`` waiting on a mutex; worker in ``~QObject`` →
``GilState::acquire``) or crashes. The cure (the one pyqtgraph ships as
``pyqtgraph.util.garbage_collector``) is to switch automatic collection off and collect
from a timer that lives on the GUI thread.

:func:`install_gui_gc` does that once per process. The timer follows CPython's own
generational thresholds, so the amount of work per collection stays what it would have
been; objects without cycles are freed by reference counting as always.
"""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

#: How often the GUI thread looks at the allocation counters (milliseconds).
INTERVAL_MS = 200
#: How often freed heap memory is handed back to the OS (seconds; glibc only).
TRIM_EVERY_S = 10.0

_installed: "GuiGarbageCollector | None" = None


class GuiGarbageCollector(QObject):
    """Automatic collection off; generational collections from a GUI-thread timer."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]
        self.trims: list[float] = []  # seconds each malloc_trim took
        self._trim = _malloc_trim()
        self._last_trim = time.monotonic()
        self._thread = threading.get_ident()
        self.timer = QTimer(self)
        self.timer.setObjectName("gui-garbage-collector")
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose counters passed their thresholds; return how many
        unreachable objects were found. Runs on the GUI thread (the timer's thread)."""
        if gc.isenabled():  # something switched it back on (a library, a test): off again
            gc.disable()
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.thresholds
        found = 0
        if c0 > t0:
            gen = 2 if (c1 > t1 and c2 > t2) else (1 if c1 > t1 else 0)
            found = gc.collect(gen)
            self.collections[gen] += 1
        if self._trim is not None and time.monotonic() - self._last_trim > TRIM_EVERY_S:
            # numpy / torch buffers freed by workers leave glibc's heaps fragmented: a soak
            # of 1,500 interactions grew the process 160 MB, nearly all of it given back here
            t0 = time.monotonic()
            self._trim(0)
            self._last_trim = time.monotonic()
            self.trims.append(self._last_trim - t0)
            del self.trims[:-100]
        return found

    def settle(self) -> None:
        """A full collection and a trim now (the next trim is then TRIM_EVERY_S away): a
        measurement of the app's own stalls starts from here, not from leftover garbage."""
        gc.collect()
        if self._trim is not None:
            self._trim(0)
            self._last_trim = time.monotonic()

    def stop(self) -> None:
        """Give collection back to the interpreter (used at exit and by tests)."""
        self.timer.stop()
        gc.enable()


def _malloc_trim():
    """glibc's ``malloc_trim`` (None where there is none: macOS, Windows, musl)."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        fn = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn


def install_gui_gc(app: QCoreApplication | None = None,
                   interval_ms: int = INTERVAL_MS) -> GuiGarbageCollector:
    """Confine cyclic garbage collection to the GUI thread (idempotent).

    Must be called from the GUI thread once the ``QApplication`` exists; the collector is
    parented to the application so it lives exactly as long.
    """
    global _installed
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_gui_gc needs a QApplication first")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("install_gui_gc must be called from the GUI thread")
    if _installed is not None:
        try:
            if not _installed.timer.isActive():
                gc.disable()
                _installed.timer.start(interval_ms)
            return _installed
        except RuntimeError:  # the previous application (and its collector) is gone
            _installed = None
    _installed = GuiGarbageCollector(interval_ms, parent=app)
    return _installed


def installed() -> GuiGarbageCollector | None:
    """The process's collector, if :func:`install_gui_gc` ran."""
    return _installed
