"""GUI soak: thousands of random interactions across the tabs, as a restless user would.

Each interaction picks a visible, enabled control of the current tab (a button, check box,
combo box, spin box or slider; controls that open a file or text dialog are skipped) or
switches tabs, moves the mouse over a plot, or waits a moment; then the event loop runs
briefly. Figures: exceptions raised in slots, memory (RSS) growth after a warm-up, threads
and active timers at the end against the start, and the longest stall of the GUI thread
(the longest gap between 5 ms heartbeats, and the slowest single interaction).

``python -m benchmarks --only soak`` runs 10,000 interactions (``LATENT_EXPLORER_SOAK_N``
changes that); ``tests/smoke/test_soak.py`` runs a short one.
"""

from __future__ import annotations

import os
import random
import sys
import threading
import time
import traceback

from benchmarks import figure

#: control texts / tooltips that open a dialog (file, text input, training) — never clicked
SKIP_WORDS = ("…", "...", "Export", "Import", "Train", "Open", "Bookmark", "Clear drawing")
#: the largest value a spin box is set to (keeps single jobs short; big values are tested
#: elsewhere)
SPIN_CAP = {"steps": 200, "n": 5000, "batch": 16, "hidden": 64, "layers": 4, "k": 16}


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError):
        return 0.0


def _settled_rss() -> float:
    """RSS after a full collection and handing freed heap pages back to the OS: what the
    process really holds, not what the allocator happens to keep."""
    import gc

    from explorer.services.gc_guard import _malloc_trim

    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
    return rss_mb()


def thread_names():
    """The OS threads of this process by name (a Counter)."""
    from collections import Counter

    names = Counter()
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/comm") as fh:
                names[fh.read().strip()] += 1
    except OSError:
        pass
    return names


def os_threads() -> int:
    """Threads of this process as the OS counts them (QThreads included)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return threading.active_count()


def _controls(root):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider,
                                   QTabBar)

    out = []
    for w in root.findChildren(QAbstractButton) + root.findChildren(QComboBox) + \
            root.findChildren(QAbstractSpinBox) + root.findChildren(QSlider):
        if isinstance(w, QTabBar) or not w.isVisible() or not w.isEnabled():
            continue
        text = (getattr(w, "text", lambda: "")() or "") + " " + (w.toolTip() or "")
        if any(s in text for s in SKIP_WORDS):
            continue
        out.append(w)
    return out


def _cap(w, lo: int, hi: int) -> int:
    name = (w.objectName() or "").lower()
    for key, cap in SPIN_CAP.items():
        if key in name:
            return min(hi, max(lo, cap))
    return min(hi, lo + 200)


def _act(rng: random.Random, window) -> str:
    """One random interaction; returns what it did (for the report of a failure)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QDoubleSpinBox,
                                   QSlider, QSpinBox)
    import pyqtgraph as pg

    r = rng.random()
    if r < 0.06:
        i = rng.randrange(window.tabs.count())
        window.tabs.setCurrentIndex(i)
        return f"tab {i}"
    view = window.tabs.currentWidget()
    if r < 0.16:
        plots = [p for p in view.findChildren(pg.GraphicsView) if p.isVisible()]
        if plots:
            p = rng.choice(plots)
            pos = QPoint(rng.randrange(max(p.width(), 1)), rng.randrange(max(p.height(), 1)))
            QTest.mouseMove(p.viewport(), pos)
            return f"mouse over {type(p).__name__}"
    if r < 0.2:
        return "wait"
    controls = _controls(view)
    if not controls:
        return "no control"
    w = rng.choice(controls)
    name = f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
    if isinstance(w, QCheckBox):
        w.click()
    elif isinstance(w, QAbstractButton):
        w.click()
    elif isinstance(w, QComboBox):
        if w.count():
            w.setCurrentIndex(rng.randrange(w.count()))
    elif isinstance(w, QSpinBox):
        hi = _cap(w, w.minimum(), w.maximum())
        w.setValue(rng.randint(w.minimum(), hi))
    elif isinstance(w, QDoubleSpinBox):
        w.setValue(rng.uniform(w.minimum(), min(w.maximum(), w.minimum() + 10)))
    elif isinstance(w, QSlider):
        w.setValue(rng.randint(w.minimum(), w.maximum()))
    _ = Qt
    return name


def run_soak(window, app, n: int, seed: int = 0, settle_ms: int = 15,
             warmup: int | None = None) -> dict:
    """Drive ``window`` with ``n`` random interactions; return the figures (see module)."""

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    rng = random.Random(seed)
    errors: list[str] = []
    threads_warm = thread_names()
    old_hook = sys.excepthook

    def hook(tp, val, tb):  # an exception in a slot lands here, not in the caller
        errors.append("".join(traceback.format_exception(tp, val, tb))[-1500:])

    # dialogs a click might open answer at once, as a user pressing Cancel would
    patches = [(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", ""))),
               (QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", ""))),
               (QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: "")),
               (QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False))),
               (QMessageBox, "question",
                staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))]
    saved = [(cls, name, cls.__dict__.get(name)) for cls, name, _ in patches]
    for cls, name, fn in patches:
        setattr(cls, name, fn)
    sys.excepthook = hook

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    doing = ["start"]
    worst = [0.0, ""]

    def beat():
        now = clock.nsecsElapsed()
        gap = (now - last[0]) / 1e6
        gaps.append(gap)
        last[0] = now
        if gap > worst[0] and len(gaps) > 2:
            worst[:] = [gap, doing[0]]

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    threads0 = os_threads()
    warmup = max(1, n // 10) if warmup is None else warmup
    rss0 = rss_mb()
    rss_warm = None
    slowest = (0.0, "")
    t_start = time.perf_counter()
    heart.start()
    try:
        for i in range(n):
            if i == warmup:
                _drain(app, window)
                rss_warm = _settled_rss()
                threads_warm = thread_names()
            t0 = time.perf_counter()
            doing[0] = f"#{i} (choosing)"
            try:
                what = _act(rng, window)
                doing[0] = f"#{i} after {what}"
            except Exception:
                what = "raised"
                errors.append(traceback.format_exc()[-1500:])
            dt = (time.perf_counter() - t0) * 1000
            if dt > slowest[0]:
                slowest = (dt, what)
            if len(errors) > 20:
                break
            end = time.perf_counter() + settle_ms / 1000
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)
            # close any message box a bad input opened (the user reads it and presses OK)
            for box in app.topLevelWidgets():
                if isinstance(box, QMessageBox) and box.isVisible():
                    errors_text = box.text()
                    if "Traceback" in errors_text:
                        errors.append("traceback dialog: " + errors_text[:500])
                    box.close()
        heart.stop()
        _drain(app, window)
    finally:
        heart.stop()
        sys.excepthook = old_hook
        for cls, name, fn in saved:
            if fn is None:
                delattr(cls, name)
            else:
                setattr(cls, name, fn)
    rss1 = _settled_rss()
    threads_end = thread_names()
    new_threads = sorted((threads_end - threads_warm).elements()) if i >= warmup else []
    g = sorted(gaps[2:]) or [0.0]
    return {
        "interactions": i + 1,
        "seconds": round(time.perf_counter() - t_start, 1),
        "errors": errors,
        "rss_start_mb": round(rss0, 1),
        "rss_after_warmup_mb": round(rss_warm or rss0, 1),
        "rss_end_mb": round(rss1, 1),
        "rss_growth_mb": round(rss1 - (rss_warm or rss0), 1),
        "threads_start": threads0,
        "threads_end": os_threads(),
        "threads_new_after_warmup": new_threads,
        "active_timers_end": sum(t.isActive() for t in window.findChildren(QTimer)),
        "worst_gap_ms": round(g[-1], 1),
        "worst_gap_during": worst[1],
        "gap_p99_ms": round(g[int(0.99 * (len(g) - 1))], 1),
        "slowest_interaction_ms": round(slowest[0], 1),
        "slowest_interaction": slowest[1],
    }


def _drain(app, window, timeout_s: float = 120.0) -> None:
    """Pause what plays, then let background work finish."""
    for view in window.views.values():
        pause = getattr(view, "pause", None)
        if callable(pause):
            pause()
        if getattr(view, "playing", False) and hasattr(view, "toggle_play"):
            view.toggle_play()
    deadline = time.perf_counter() + timeout_s
    while window.is_busy() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def make_window():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from explorer.app import make_app
    from explorer.views.main_window import MainWindow

    app = make_app([])
    tmp = tempfile.mkdtemp(prefix="soak-")
    settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings)
    w.resize(1280, 800)
    w.show()
    w.load_startup_models()
    return app, w


@figure("soak")
def soak(repeat: int) -> dict:
    """10,000 random interactions (see the module docstring)."""
    n = int(os.environ.get("LATENT_EXPLORER_SOAK_N", "10000"))
    app, w = make_window()
    _drain(app, w)
    out = run_soak(w, app, n, seed=1)
    w.close()
    out["errors"] = len(out["errors"])
    return {f"soak_{k}": v for k, v in out.items()}
