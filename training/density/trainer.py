"""One trainer protocol and one progress event for the iterative density families.

A trainer advances a model one unit at a time and knows nothing of who watches:

* ``unit`` ("step", "iteration"), ``total`` (units planned; EM lowers it when it
  converges), ``progress`` (units done), ``done``;
* ``step(n)`` advances up to ``n`` units and returns the last :class:`TrainEvent` it emitted
  (or None); every event also goes to ``callback``;
* ``finish()`` settles the model (best held-out weights) and marks it fitted; ``run()``
  steps to the end and finishes;
* ``state() -> (tensors, meta)`` and ``load_state(tensors, meta)`` hold everything needed to
  continue bitwise (see :func:`training.checkpoint.run_resumable`);
* ``eval_every`` (units between two events: the app's live view advances that many at a
  time), ``history`` (the events so far), ``elapsed_s`` and ``card_info()`` (what the artifact's
  card records about the training).

The app's live training (``explorer.services.fitting.LiveTraining``), the command line's
progress bar / JSON lines and its checkpoints all drive these objects.

:class:`GradientTrainer` is the maximum-likelihood loop of the neural families (Adam with a
cosine decay, mini-batches from the split or fresh from a generator, held-out checks with
early stopping); a family supplies only how its model prepares for the data and its
mini-batch NLL.
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any, Callable

import numpy as np

from training.events import TrainEvent  # noqa: F401  (the one progress event)


class StepCounter:
    """``total``, ``progress``, ``done`` and ``elapsed_s`` of the trainer protocol for a
    trainer that counts ``step_count`` of ``steps`` optimisation steps since ``t0``."""

    unit = "step"

    @property
    def total(self) -> int:
        return self.steps

    @property
    def progress(self) -> int:
        return self.step_count

    @property
    def done(self) -> bool:
        return self.step_count >= self.steps

    @property
    def elapsed_s(self) -> float:
        return time.perf_counter() - self.t0


class GradientTrainer(StepCounter):
    """Maximum-likelihood training of a model with a torch module ``model.net``.

    The model provides ``prepare(trainer)`` (called once, before the optimiser is built:
    standardisation, bounding box …) and ``batch_nll(batch[B, 2]) -> scalar tensor`` (the
    mean NLL in nats of a float32 batch); a subclass may override :meth:`check` to refuse
    data the model cannot fit.

    Parameters
    ----------
    x : array [N, 2]
        Training points.
    steps, batch_size, lr, weight_decay
        Adam with cosine decay from ``lr`` to 0 over ``steps``
        (:class:`training.optim.CosineAdam`); gradients clipped to norm ``clip``.
    x_val : array [M, 2], optional
        Held-out points, evaluated every ``eval_every`` steps; with ``keep_best`` the
        weights with the lowest held-out NLL are kept (early stopping).
    sampler : callable(n, rng) -> array [n, 2], optional
        Draws a fresh mini-batch each step instead of sub-sampling ``x``.
    callback : callable(TrainEvent), optional
        Called every ``eval_every`` steps and at the end.
    """

    unit = "step"
    #: what the card says about the batches and selection (see card_info)
    optimizer_text = "Adam, cosine decay to 0, grad-norm clip 10"

    def __init__(self, model: Any, x: np.ndarray, steps: int = 4000, batch_size: int = 512,
                 lr: float = 2e-3, weight_decay: float = 0.0, x_val: np.ndarray | None = None,
                 sampler: Callable[[int, np.random.Generator], np.ndarray] | None = None,
                 eval_every: int = 250, keep_best: bool = True, seed: int = 0,
                 callback: Callable[[TrainEvent], None] | None = None, clip: float = 10.0) -> None:
        import torch

        from training.density.base import as_points
        from training.optim import CosineAdam

        x = self.check(as_points(x))
        self.model, self.steps, self.batch_size = model, int(steps), int(batch_size)
        self.lr, self.weight_decay, self.clip = float(lr), float(weight_decay), float(clip)
        self.x = torch.as_tensor(x, dtype=torch.float32)
        self.x_val = None if x_val is None else torch.as_tensor(as_points(x_val), dtype=torch.float32)
        self.sampler, self.eval_every, self.keep_best = sampler, int(eval_every), keep_best
        self.callback = callback
        torch.manual_seed(seed)
        self.rng = np.random.default_rng(seed)
        self.gen = torch.Generator().manual_seed(seed)
        model.prepare(self)
        self.opt = CosineAdam(model.net.parameters(), lr=lr, total_steps=self.steps,
                              weight_decay=weight_decay)
        self.step_count = 0
        self.history: list[TrainEvent] = []
        self.best_val = math.inf
        self.best_state: dict | None = None
        self.t0 = time.perf_counter()
        self._recent: list[float] = []

    def check(self, x: np.ndarray) -> np.ndarray:
        """Refuse data the model cannot fit (a subclass names the reason); return ``x``."""
        return x

    # ---------------------------------------------------------------- the protocol
    # total, progress, done and elapsed_s come from StepCounter

    def batch(self):
        """The next mini-batch [B, 2] (float32): fresh from the sampler or drawn from x."""
        import torch

        if self.sampler is not None:
            return torch.as_tensor(self.sampler(self.batch_size, self.rng), dtype=torch.float32)
        idx = torch.randint(len(self.x), (min(self.batch_size, len(self.x)),), generator=self.gen)
        return self.x[idx]

    def step(self, n: int = 1) -> TrainEvent | None:
        """Take up to ``n`` optimisation steps; return the last evaluation event, if any."""
        import torch
        from torch import nn

        net = self.model.net
        event = None
        for _ in range(n):
            if self.done:
                break
            net.train()
            loss = self.model.batch_nll(self.batch())
            if not torch.isfinite(loss):
                raise FloatingPointError(
                    f"the loss became {loss.item()} at step {self.step_count + 1}")
            self.opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), self.clip)
            self.opt.step()
            self.step_count += 1
            self._recent.append(loss.item())
            if self.step_count % self.eval_every == 0 or self.done:
                event = self._evaluate()
        net.eval()
        if self.done:
            self.finish()
        return event

    def _evaluate(self) -> TrainEvent:
        import torch

        net = self.model.net
        net.eval()
        train = float(np.mean(self._recent)) if self._recent else math.nan
        self._recent = []
        val = None
        if self.x_val is not None:
            with torch.no_grad():
                val = float(self.model.batch_nll(self.x_val))
            if self.keep_best and val < self.best_val:
                self.best_val = val
                self.best_state = copy.deepcopy(net.state_dict())
        ev = TrainEvent(self.step_count, self.steps, {"train_nll": train, "val_nll": val},
                        time.perf_counter() - self.t0)
        self.history.append(ev)
        if self.callback is not None:
            self.callback(ev)
        return ev

    def finish(self) -> None:
        """Restore the best held-out weights (if tracked) and mark the model fitted."""
        if self.keep_best and self.best_state is not None:
            self.model.net.load_state_dict(self.best_state)
        self.model.net.eval()
        self.model.fitted = True

    def run(self):
        while not self.done:
            self.step(self.eval_every)
        return self.model

    def card_info(self) -> dict[str, Any]:
        return dict(
            steps=self.steps, batch_size=self.batch_size, lr=self.lr,
            weight_decay=self.weight_decay, optimizer=self.optimizer_text,
            batches="fresh samples from the generator each step" if self.sampler is not None
            else "mini-batches of the training split",
            selection=f"weights with the lowest validation NLL (checked every "
                      f"{self.eval_every} steps)",
            loss_curve=[[ev.step, round(ev.train_nll, 5),
                         None if ev.val_nll is None else round(ev.val_nll, 5)]
                        for ev in self.history])

    # -- checkpoints (see training.checkpoint.run_resumable) -------------------------------
    def state(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """Everything needed to continue bitwise: weights, Adam moments, both RNGs, the
        best held-out weights so far, the history and the running loss average."""
        import torch

        from training.checkpoint import optimizer_state, prefixed

        tensors = prefixed("net", self.model.net.state_dict())
        opt, t = optimizer_state(self.opt)
        tensors.update(opt)
        if self.best_state is not None:
            tensors.update(prefixed("best", self.best_state))
        tensors["rng.torch"] = self.gen.get_state()
        tensors["rng.global"] = torch.get_rng_state()
        meta = {"step": self.step_count, "opt_t": t, "np_rng": self.rng.bit_generator.state,
                "best_val": self.best_val, "recent": self._recent,
                "history": [ev.as_list() for ev in self.history],
                "elapsed_s": time.perf_counter() - self.t0}
        return tensors, meta

    def load_state(self, tensors: dict[str, Any], meta: dict[str, Any]) -> None:
        import torch

        from training.checkpoint import load_optimizer_state, unprefixed

        self.model.net.load_state_dict(unprefixed("net", tensors))
        load_optimizer_state(self.opt, tensors, meta["opt_t"])
        best = unprefixed("best", tensors)
        self.best_state = best or None
        self.best_val = float(meta["best_val"])
        self.gen.set_state(tensors["rng.torch"])
        torch.set_rng_state(tensors["rng.global"])
        self.rng.bit_generator.state = meta["np_rng"]
        self.step_count = int(meta["step"])
        self._recent = [float(v) for v in meta["recent"]]
        self.history = [TrainEvent.from_list(ev) for ev in meta["history"]]
        self.t0 = time.perf_counter() - float(meta["elapsed_s"])


def fresh_sampler(hyper: dict[str, Any], sampler):
    """The generator's sampler when the ``fresh`` hyperparameter asks for it, else None."""
    return sampler if hyper.get("fresh", False) else None
