"""Off-GUI-thread stepping of a step sampler's generator (no Qt here)."""

from __future__ import annotations

import time
from typing import Any, Iterator

import numpy as np

from explorer.state.stepthrough import Frame, StepRequest


def start_run(model: Any, req: StepRequest) -> Iterator:
    """The sampler's generator for ``req`` (created lazily: no work until advanced)."""
    return iter(model.iter_steps(req.n, seed=req.seed, **req.kwargs()))


def advance(gen: Iterator, max_steps: int, budget_s: float = 0.1) -> list[Frame]:
    """Up to ``max_steps`` frames from ``gen``, stopping early after ``budget_s`` seconds so
    the view shows progress live; an exhausted generator returns fewer (or none)."""
    out: list[Frame] = []
    t_start = time.perf_counter()
    while len(out) < max_steps:
        t0 = time.perf_counter()
        try:
            step = next(gen)
        except StopIteration:
            break
        panels = {k: np.asarray(v, dtype=np.float16) for k, v in step.panels.items()}
        out.append(Frame(step.index, step.total, step.caption, panels, dict(step.info),
                         time.perf_counter() - t0))
        if time.perf_counter() - t_start > budget_s:
            break
    return out
