"""A worker that allocates while the GUI thread drops cyclic Qt garbage.

    python tests/smoke/gc_scenario.py fix|nofix ROUNDS

With ``nofix`` Python's collector runs in whichever thread allocates, so Qt objects die in
the worker: PySide6 deadlocks or crashes (here: SIGSEGV in 4 of 4 runs, or a hang). With
``fix`` (the app's :mod:`explorer.services.gc_guard`) collections run on the GUI thread and
the script prints ``ok``. Used by ``tests/smoke/test_gc_guard.py`` and
``benchmarks/gc_deadlock.py``.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from explorer.services.worker import LatestWorker  # noqa: E402


def main(mode: str, rounds: int) -> int:
    app = QApplication([])
    if mode == "fix":
        from explorer.services.gc_guard import install_gui_gc

        install_gui_gc(app)
    worker = LatestWorker("allocating")

    def job() -> int:  # plenty of container allocations: crosses gen-0 thresholds often
        return len([{"a": [i]} for i in range(200_000)])

    def make_garbage() -> None:
        for _ in range(8):
            w = QWidget()
            w.me = w  # a cycle: only the cyclic collector frees it
            menu = QMenu(w)
            menu.addAction("a")
            w.plot = pg.PlotWidget()
            w.plot.owner = w

    count = [0]

    def tick() -> None:
        make_garbage()
        if count[0] < rounds:
            count[0] += 1
            worker.submit(job, lambda r: None)
        else:
            timer.stop()
            worker.shutdown()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1)
    app.exec()
    print("ok", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2])))
