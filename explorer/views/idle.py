"""Waiting for a window's background work (screenshots, start-up timing, tests)."""

from __future__ import annotations

import time


def wait_until_idle(window, timeout_s: float = 300.0) -> bool:
    """Process events until no background job of ``window`` is pending (``is_busy()``);
    False if ``timeout_s`` passed first. The ceiling only guards against a hang: the work
    may take long on a slow CPU, and the wait returns as soon as it is done."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if not window.is_busy():
            QApplication.processEvents()
            return True
        time.sleep(0.005)
    return False
