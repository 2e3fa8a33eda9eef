"""State of the generic step-through view: the sampler's request and the frames computed so far.

A *run* is one request (model, batch size, seed, options). Its frames (one per step, panels
kept as float16 to hold 784 steps of 16 digits in ~40 MB) arrive in chunks from the worker;
``index`` is the frame shown. Events: ``run_reset()``, ``progressed(n_frames)``,
``index_changed(index)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.state.events import Observable


@dataclass(frozen=True)
class StepRequest:
    """What a run samples: a snapshot the worker reads (never changed after submission)."""

    n: int
    seed: int
    options: tuple[tuple[str, Any], ...] = ()

    def kwargs(self) -> dict[str, Any]:
        return dict(self.options)


@dataclass
class Frame:
    index: int
    total: int
    caption: str
    panels: dict[str, np.ndarray]
    info: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0  # compute time of this step


class StepThroughState:
    def __init__(self) -> None:
        self.model: Any = None
        self.n, self.seed = 16, 0
        self.options: dict[str, Any] = {}
        self.frames: list[Frame] = []
        self.total = 0
        self.index = -1
        self.run_id = 0
        self.run_reset = Observable()
        self.progressed = Observable()
        self.index_changed = Observable()

    def request(self) -> StepRequest:
        return StepRequest(int(self.n), int(self.seed), tuple(sorted(self.options.items())))

    def reset(self) -> None:
        """A new run: forget the frames (the seed, batch or options changed)."""
        self.run_id += 1
        self.frames, self.total, self.index = [], 0, -1
        self.run_reset.emit()

    def add_frames(self, run_id: int, frames: list[Frame]) -> bool:
        """Append ``frames`` of run ``run_id``; False (and nothing kept) for an older run."""
        if run_id != self.run_id or not frames:
            return False
        self.frames.extend(frames)
        self.total = frames[-1].total
        self.progressed.emit(len(self.frames))
        return True

    @property
    def finished(self) -> bool:
        return bool(self.frames) and len(self.frames) >= self.total

    def set_index(self, index: int) -> None:
        index = max(-1, min(int(index), len(self.frames) - 1))
        if index != self.index:
            self.index = index
            self.index_changed.emit(index)

    def current(self) -> Frame | None:
        return self.frames[self.index] if 0 <= self.index < len(self.frames) else None
