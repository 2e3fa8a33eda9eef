"""Figures, not pass/fail: ``python -m benchmarks [--only PREFIX] [--repeat N]``.

Each benchmark is a function registered with :func:`figure`; it returns a dict of named
numbers whose names carry their unit (``_s``, ``_ms``, ``_x``). The harness prints one JSON
object with every figure.
"""

from __future__ import annotations

from typing import Callable

BENCHMARKS: dict[str, Callable[[int], dict[str, float]]] = {}


def figure(group: str):
    """Register ``fn(repeat) -> {name: value}`` under ``group``."""

    def deco(fn):
        BENCHMARKS[group] = fn
        return fn

    return deco
