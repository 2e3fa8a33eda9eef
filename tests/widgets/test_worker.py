"""The latest-request-wins worker."""

from __future__ import annotations

import threading
import time

from explorer.services.worker import LatestWorker


def test_results_arrive_on_gui_thread_and_latest_wins(qtbot):
    w = LatestWorker("t")
    got = []
    gui = threading.get_ident()
    threads = []

    def job(i):
        def f():
            threads.append(threading.get_ident())
            time.sleep(0.05)
            return i
        return f

    def done(r):
        got.append((r, threading.get_ident() == gui))

    for i in range(5):
        w.submit(job(i), done)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    qtbot.wait(200)
    assert got == [(4, True)]
    assert gui not in threads
    assert len(threads) <= 2  # the first may have started; the middle ones were skipped
    w.shutdown()


def test_errors_go_to_on_error(qtbot):
    w = LatestWorker("t")
    errors = []
    w.submit(lambda: 1 / 0, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    w.shutdown()


def test_sync_mode_runs_inline(qtbot):
    w = LatestWorker("t", sync=True)
    got = []
    w.submit(lambda: 42, got.append)
    assert got == [42]
    assert not w.is_running()
