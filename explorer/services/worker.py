"""Work off the GUI thread, latest request wins.

A :class:`LatestWorker` owns one ``QThread``. ``submit(fn, on_done, on_error)`` queues
``fn`` for that thread; when a newer request arrives before an older one started, the older
one is skipped, and a result that is no longer the latest is dropped instead of applied.
``on_done`` / ``on_error`` always run on the GUI thread (they are called from a slot of a
QObject living there — a plain callable connected to a worker signal would run in the
worker thread).

``sync=True`` runs everything inline, for tests that want no threads.
"""

from __future__ import annotations

import threading
import traceback
import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

_ALL: "weakref.WeakSet[LatestWorker]" = weakref.WeakSet()
_STUCK: list = []  # threads that outlived shutdown(): never let Qt destroy them running


def live_workers() -> list["LatestWorker"]:
    """Workers whose thread is still running (the test suite checks none are left)."""
    return [w for w in list(_ALL) if w.is_running()]


class _Runner(QObject):
    finished = Signal(int, object, object)

    def __init__(self, latest: Callable[[], int]) -> None:
        super().__init__()
        self._latest = latest

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        if job_id != self._latest():
            return  # a newer request came in while this one waited: skip it
        try:
            result, error = fn(), None
        except Exception as e:  # reported on the GUI thread, never raised in the worker
            e.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            result, error = None, e
        self.finished.emit(job_id, result, error)


class LatestWorker(QObject):
    """One background thread; newest request wins (see module docstring)."""

    _submit = Signal(int, object)
    #: emitted on the GUI thread when a job starts / ends (for busy indicators)
    busy_changed = Signal(bool)

    def __init__(self, name: str, sync: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.sync = sync
        self._lock = threading.Lock()
        self._job = 0
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._thread: QThread | None = None
        self._runner: _Runner | None = None
        if not sync:
            self._thread = QThread()
            self._thread.setObjectName(f"LatestWorker-{name}")
            self._runner = _Runner(self._latest)
            self._runner.moveToThread(self._thread)
            self._submit.connect(self._runner.run)
            self._runner.finished.connect(self._on_finished)
            self._thread.start()
        _ALL.add(self)

    def _latest(self) -> int:
        with self._lock:
            return self._job

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> int:
        """Run ``fn()`` in the worker; call ``on_done(result)`` on the GUI thread if still latest."""
        with self._lock:
            self._job += 1
            job = self._job
        self._callbacks = {job: (on_done, on_error)}  # older callbacks can never fire now
        self.busy_changed.emit(True)
        if self.sync:
            try:
                result, error = fn(), None
            except Exception as e:
                result, error = None, e
            self._on_finished(job, result, error)
        else:
            self._submit.emit(job, fn)
        return job

    def cancel(self) -> None:
        """Forget every pending request (a running one finishes but is not applied)."""
        with self._lock:
            self._job += 1
        self._callbacks.clear()
        self.busy_changed.emit(False)

    @Slot(int, object, object)
    def _on_finished(self, job: int, result: Any, error: Exception | None) -> None:
        cbs = self._callbacks.pop(job, None)
        if cbs is None:
            return  # stale
        self.busy_changed.emit(False)
        on_done, on_error = cbs
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            raise error

    def pending(self) -> bool:
        """Whether a submitted request has not delivered its result yet."""
        return bool(self._callbacks)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def shutdown(self, timeout_ms: int = 60000) -> None:
        """Stop the thread, waiting for a running job (jobs are short, but a busy CPU can
        stretch a model fit to several seconds). A thread that is still running after
        ``timeout_ms`` is kept referenced so Qt never destroys it while it runs."""
        self.cancel()
        if self._thread is not None and self._thread.isRunning():
            self._thread.quit()
            if not self._thread.wait(timeout_ms):
                _STUCK.append((self._thread, self._runner))
