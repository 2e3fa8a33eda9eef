"""Plain state of the Diffusion view (no widgets): the run settings, the computed trajectory,
the step shown, the selected sample and the forward-process cursor."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from explorer.state.events import Observable


#: the samplers the view offers, in menu order: (name in ``DiffusionModel.make_scheduler``,
#: label, steps it starts with). The solvers' step count is the smallest with classifier
#: figures no worse than DDIM-50 (README, "Fast solvers"; ``benchmarks/solvers.py``); the
#: default, UniPC on the quadratic grid t_i ∝ (1 − i/(n−1))² ("t²"), does it in 17 steps.
#: The SDE solver (fresh noise at every step), on the same t² grid, gives more confident
#: digits and a lower Fréchet distance at 17 steps than DDIM-50, with the rarest digit a
#: little rarer (docs/views.md, "A solver of the reverse SDE"). Kept free of torch so that the app starts fast; a test checks it
#: against the pipeline.
SAMPLER_CHOICES = (
    ("unipc:quadratic", "UniPC-2 (t²)", 17),
    ("dpm++2m-sde:quadratic", "SDE-DPM-Solver++(2M) (t²)", 17),
    ("unipc", "UniPC-2", 20),
    ("dpm++2m", "DPM-Solver++(2M)", 20),
    ("ddim", "DDIM", 50),
    ("ddpm", "DDPM", 50),
)
SAMPLER_LABELS = {name: label for name, label, _ in SAMPLER_CHOICES}
DEFAULT_STEPS = {name: steps for name, _, steps in SAMPLER_CHOICES}
DEFAULT_SAMPLER = SAMPLER_CHOICES[0][0]


@dataclass(frozen=True)
class SamplerConfig:
    sampler: str = DEFAULT_SAMPLER
    steps: int = DEFAULT_STEPS[DEFAULT_SAMPLER]
    eta: float = 0.0

    def label(self) -> str:
        # "UniPC-2-20", "UniPC-2-17 (t²)": the step count follows the solver's name
        name, paren, grid = SAMPLER_LABELS.get(self.sampler, self.sampler.upper()).partition(" (")
        s = f"{name}-{self.steps}" + (f" ({grid}" if paren else "")
        return s + (f", η={self.eta:g}" if self.sampler == "ddim" else "")


@dataclass(frozen=True)
class RunConfig:
    """Everything that defines a reverse run; changing it starts a new trajectory."""

    a: SamplerConfig = SamplerConfig()
    b: SamplerConfig | None = None  # side-by-side comparison from the same x_T
    seed: int = 0
    batch: int = 16
    #: a class-conditional model's prompt (a class index; None: no condition, ∅) and its
    #: classifier-free guidance scale s (ε̂ = ε̂_∅ + s (ε̂_c − ε̂_∅))
    prompt: int | None = None
    guidance: float = 1.0


@dataclass
class Frame:
    """One computed step of one sampler, in display-ready arrays (numpy, float32).

    ``x_t`` is the state before the step (model space), ``eps`` ε̂(x_t, t), ``x0`` x̂_0,
    ``x_prev`` the state after it."""

    t: int
    prev_t: int
    x_t: np.ndarray
    eps: np.ndarray
    x0: np.ndarray
    x_prev: np.ndarray


@dataclass
class Trajectory:
    config: SamplerConfig
    frames: list[Frame] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.config.steps

    def state_at(self, k: int) -> tuple[np.ndarray, Frame | None, int]:
        """(x shown after k steps, the frame predicted from it (None at the end), its t)."""
        if k < len(self.frames):
            f = self.frames[k]
            return f.x_t, f, f.t
        last = self.frames[-1]
        return last.x_prev, None, -1


class DiffusionState:
    """Events: ``run_reset()``, ``progressed()`` (more frames), ``index_changed(k)``,
    ``selected_changed(i)``, ``forward_changed()``."""

    def __init__(self) -> None:
        self.model: Any = None
        self.config = RunConfig()
        self.runs: list[Trajectory] = []
        self.index = 0  # steps taken in sampler A's trajectory (0 = x_T)
        self.selected = 0
        self.forward_t = 500
        self.forward_image = 0
        self.schedule_view = "model"  # which schedule the forward panel shows
        self.run_reset = Observable()
        self.progressed = Observable()
        self.index_changed = Observable()
        self.selected_changed = Observable()
        self.forward_changed = Observable()

    # ---- run
    def set_config(self, **changes: Any) -> None:
        self.config = replace(self.config, **changes)
        self.reset_run()

    def reset_run(self) -> None:
        cfgs = [self.config.a] + ([self.config.b] if self.config.b else [])
        self.runs = [Trajectory(c) for c in cfgs]
        self.index = 0
        self.selected = min(self.selected, max(self.config.batch - 1, 0))
        self.run_reset.emit()

    @property
    def total(self) -> int:
        return self.config.a.steps

    @property
    def computed(self) -> int:
        """Steps of A available to show (B is kept in proportion, see :meth:`index_b`)."""
        if not self.runs:
            return 0
        a = len(self.runs[0].frames)
        if len(self.runs) > 1:
            b = self.runs[1]
            # A-step k needs B-step index_b(k) computed
            while a > 0 and self.index_b(a) > len(b.frames):
                a -= 1
        return a

    def index_b(self, k: int) -> int:
        if len(self.runs) < 2:
            return 0
        return int(round(k * self.runs[1].total / self.total))

    def add_frames(self, frames: list[Frame | None]) -> None:
        for run, f in zip(self.runs, frames):
            if f is not None:
                if run.frames:  # share x_t with the previous step's x_prev (same values)
                    f.x_t = run.frames[-1].x_prev
                run.frames.append(f)
        self.progressed.emit()

    def needs(self) -> list[bool]:
        """Which samplers still have steps to compute up to the end."""
        return [len(r.frames) < r.total for r in self.runs]

    def set_index(self, k: int) -> None:
        k = int(min(max(k, 0), self.computed))
        if k != self.index:
            self.index = k
            self.index_changed.emit(k)

    def set_selected(self, i: int) -> None:
        i = int(min(max(i, 0), self.config.batch - 1))
        if i != self.selected:
            self.selected = i
            self.selected_changed.emit(i)

    # ---- forward process
    def set_forward(self, t: int | None = None, image: int | None = None,
                    schedule: str | None = None) -> None:
        if t is not None:
            self.forward_t = int(t)
        if image is not None:
            self.forward_image = int(image)
        if schedule is not None:
            self.schedule_view = schedule
        self.forward_changed.emit()
