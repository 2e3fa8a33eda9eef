"""Off-GUI-thread denoising for the Diffusion view.

:class:`DenoiseRunner` advances the samplers' generators (``DiffusionModel.denoise``) one
step per job on a :class:`LatestWorker`; each finished step is appended to the state on the
GUI thread and the next job is submitted while the target is not reached. A new run (reset)
cancels the pending job, so the latest request wins. ``target`` is how many steps should
exist: the step button raises it by one, play raises it to the end.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np

from explorer.services.worker import LatestWorker
from explorer.state.diffusion import DiffusionState, Frame


def _frame(step: Any) -> Frame:
    # images are kept as float16 (display only): a DDPM-1000 run of 16 digits holds ~75 MB
    dt = np.float16 if step.x_t.dim() > 2 else np.float32
    return Frame(step.t, step.prev_t, step.x_t.numpy().astype(dt),
                 step.eps.numpy().astype(dt), step.x0.numpy().astype(dt),
                 step.x_prev.numpy().astype(dt))


class DenoiseRunner:
    def __init__(self, state: DiffusionState, sync: bool = False, parent=None,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        self.state = state
        self.worker = LatestWorker("diffusion-sampler", sync=sync, parent=parent)
        self.on_error = on_error
        self.target = 0
        self._gens: list = []
        self._busy = False
        self._pumping = False
        self._run = 0
        self.x_T = None  # torch.Tensor once a run starts (torch is imported lazily)
        #: seconds per step of the current run (a running average; None before the first)
        self.step_s: float | None = None
        state.run_reset.connect(self._on_reset)

    # ---- lifecycle of a run
    def _on_reset(self) -> None:
        self.worker.cancel()
        self._busy = False
        self._run += 1
        self.target = 0
        self.step_s = None
        st, model = self.state, self.state.model
        if model is None:
            self._gens = []
            return
        import torch

        cfg = st.config
        self.x_T = model.initial_noise(cfg.batch, cfg.seed)
        self._gens = [
            model.denoise(cfg.batch, c.steps, c.sampler, c.eta, cfg.seed, x_T=self.x_T,
                          generator=torch.Generator().manual_seed(cfg.seed + 1),
                          **_conditioning(model, cfg))
            for c in ([cfg.a] + ([cfg.b] if cfg.b else []))
        ]

    def request(self, steps_of_a: int) -> None:
        """Make sure ``steps_of_a`` steps of sampler A (and B in proportion) get computed."""
        self.target = min(max(self.target, int(steps_of_a)), self.state.total)
        self._pump()

    def hold(self) -> None:
        """Stop computing ahead (Pause): nothing beyond the step being computed now."""
        self.target = min(self.target, self.state.computed + (1 if self._busy else 0))

    def is_busy(self) -> bool:
        return self._busy

    def eta_s(self) -> float | None:
        """Seconds until the target is reached, from the measured seconds per step."""
        if self.step_s is None:
            return None
        return max(self.target - self.state.computed, 0) * self.step_s

    def _pump(self) -> None:
        # a loop, not recursion: in sync mode (tests) each job completes inside submit()
        if self._pumping:
            return
        self._pumping = True
        try:
            while self._submit_next():
                pass
        finally:
            self._pumping = False

    def _submit_next(self) -> bool:
        """Submit the next step if one is wanted; True if it already completed (sync)."""
        st = self.state
        if self._busy or not self._gens or st.computed >= self.target:
            return False
        # the next A-step to show needs A's frame `need` and B's frames up to index_b(need)
        need = min(st.computed + 1, st.total)
        todo = [len(st.runs[0].frames) < need]
        if len(st.runs) > 1:
            todo.append(len(st.runs[1].frames) < min(st.index_b(need), st.runs[1].total))
        gens, run = self._gens, self._run

        def job() -> tuple[float, list[Frame | None]]:
            t0 = time.perf_counter()
            frames = [_frame(next(g)) if do else None for g, do in zip(gens, todo)]
            return time.perf_counter() - t0, frames

        self._busy = True
        self.worker.submit(job, lambda frames: self._done(run, frames), self._failed)
        return not self._busy

    def _done(self, run: int, result: tuple[float, list[Frame | None]]) -> None:
        self._busy = False
        if run != self._run:
            return
        dt, frames = result
        self.step_s = dt if self.step_s is None else 0.8 * self.step_s + 0.2 * dt
        self.state.add_frames(frames)
        self._pump()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.target = self.state.computed
        if self.on_error is not None:
            self.on_error(error)

    def shutdown(self) -> None:
        self._gens = []
        self.worker.shutdown()


def _conditioning(model, cfg) -> dict:
    """The prompt and guidance of a run, for a class-conditional model only."""
    if not getattr(model, "conditional", False) or cfg.prompt is None:
        return {}
    return {"labels": [int(cfg.prompt)], "guidance": float(cfg.guidance)}
