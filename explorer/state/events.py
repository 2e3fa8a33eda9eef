"""A minimal observer: callbacks called synchronously, in order, on the caller's thread."""

from __future__ import annotations

from typing import Any, Callable


class Observable:
    """A list of callbacks. ``connect(cb)``; ``emit(*args)`` calls each with ``args``."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for cb in list(self._callbacks):
            cb(*args)
