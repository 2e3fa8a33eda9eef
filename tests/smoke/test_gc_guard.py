"""Cyclic garbage collection runs on the GUI thread only (a collection in a worker that
destroys a Qt object deadlocks or crashes PySide6)."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading

import pytest

from explorer.services.gc_guard import install_gui_gc, installed
from explorer.services.worker import LatestWorker
from tests.conftest import ROOT


def test_every_collection_runs_on_the_gui_thread(qtbot, qapp):
    """Workers allocate cyclic garbage in bulk while the GUI thread makes cyclic Qt
    garbage; every collection that happens must run on the GUI thread."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QWidget

    collector = install_gui_gc(qapp)
    assert installed() is collector
    assert not gc.isenabled()
    gui = threading.get_ident()
    threads: list[int] = []

    def on_gc(phase, info):
        if phase == "start":
            threads.append(threading.get_ident())

    def job():
        junk = []
        for i in range(100_000):
            d = {"i": i}
            d["self"] = d  # cyclic: only a collection frees it
            junk.append(d)
        return len(junk)

    done = []
    worker = LatestWorker("gc-test")
    gc.callbacks.append(on_gc)
    try:
        for _ in range(10):
            for _ in range(4):
                w = QWidget()
                w.me = w
                w.plot = pg.PlotWidget()
                w.plot.owner = w
            worker.submit(job, done.append)
            qtbot.waitUntil(lambda: bool(done), timeout=60_000)
            done.clear()
        qtbot.wait(3 * collector.timer.interval())
    finally:
        gc.callbacks.remove(on_gc)
        worker.shutdown()
    assert sum(collector.collections) > 0 and threads, "no collection ran at all"
    assert set(threads) == {gui}, "a collection ran in a worker thread"


def test_a_library_that_switches_collection_back_on_is_overruled(qtbot, qapp):
    collector = install_gui_gc(qapp)
    gc.enable()
    qtbot.waitUntil(lambda: not gc.isenabled(), timeout=5_000)
    assert collector.timer.isActive()


@pytest.mark.parametrize("run", range(3))
def test_worker_allocating_beside_cyclic_qt_garbage_never_hangs(run):
    """The scenario that crashed (SIGSEGV) or hung without the fix, 3 runs."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "smoke" / "gc_scenario.py"), "fix", "15"],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0 and proc.stdout.strip().endswith("ok"), proc.stderr[-2000:]
