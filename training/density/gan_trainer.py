"""Training the 2D GAN of :mod:`training.density.gan_model`: D and G steps (both, or
either alone, as the app's Step D / Step G do), R1, instance noise, the sample figures at
every evaluation, and the trainer protocol of :mod:`training.density.trainer`
(checkpoints and bitwise resume). The objectives are written out in the model module's
docstring.
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any, Callable

import numpy as np
import torch
from torch.nn import functional as F

from training.density.base import DensityModel, as_points
from training.density.trainer import StepCounter, TrainEvent

#: the Adam betas of both players (Radford et al., 2016) and the lr floor of the cosine decay
BETAS = (0.5, 0.999)
MIN_LR_FRAC = 0.1


class GANTrainer(StepCounter):
    """Adversarial training of a :class:`~training.density.gan_model.GANDensity` (which
    imports this module to fit, so it is not imported here) with the trainer protocol of
    :mod:`training.density.trainer` (``step(n)``, ``finish()``, ``state()`` /
    ``load_state()`` …).

    ``step(n, which="both")`` takes n steps of k discriminator updates and one generator
    update (these count as progress); ``which="d"`` / ``"g"`` takes n updates of one player
    only (the app's Step D / Step G; they do not count as progress and work after the end
    too). Every ``eval_every`` steps an event reports ``d_loss`` and ``g_loss`` (means since
    the last event), ``d_real`` / ``d_fake`` (mean D probability on real / generated points)
    and the sample metrics of :func:`~training.density.sample_metrics.sample_metrics`
    (``eval_samples`` samples against as many held-out points).
    """

    unit = "step"

    def __init__(self, model: DensityModel, x: np.ndarray, steps: int = 4000,
                 batch_size: int = 256, lr_g: float = 1e-3, lr_d: float = 1e-3,
                 d_steps: int = 1, label_smoothing: float = 0.0, r1_gamma: float = 0.01,
                 instance_noise: float = 0.0, x_val: np.ndarray | None = None,
                 sampler: Callable[[int, np.random.Generator], np.ndarray] | None = None,
                 eval_every: int = 250, seed: int = 0,
                 callback: Callable[[TrainEvent], None] | None = None,
                 eval_samples: int = 1000) -> None:
        from training.data.checks import check_points
        from training.density.sample_metrics import known_modes
        from training.optim import CosineAdam

        x = check_points(as_points(x), "the training points", need_2d=True, precision="float32")
        self.model, self.steps, self.batch_size = model, int(steps), int(batch_size)
        self.lr_g, self.lr_d, self.d_steps = float(lr_g), float(lr_d), int(d_steps)
        self.label_smoothing, self.r1_gamma = float(label_smoothing), float(r1_gamma)
        self.instance_noise = float(instance_noise)
        self.sampler, self.eval_every, self.callback = sampler, int(eval_every), callback
        self.eval_samples = int(eval_samples)
        self.rng = np.random.default_rng(seed)
        self.gen = torch.Generator().manual_seed(seed)
        net = model.net
        xt = torch.as_tensor(x, dtype=torch.float32)
        std = xt.std(0)
        if not model.fitted:  # a fitted model (opened, or stepped on) keeps its standardisation
            with model.lock:
                net.shift.copy_(xt.mean(0))
                net.scale.copy_(torch.where(std > 0, std, torch.ones_like(std)))
        self.x = model.to_std(xt)
        ref = x if x_val is None or len(x_val) < 2 else as_points(x_val)
        self.reference = ref[: self.eval_samples]
        self.modes = known_modes(ref)
        self.opt_g = CosineAdam(net.g.parameters(), lr=self.lr_g, total_steps=self.steps,
                                betas=BETAS, min_lr_frac=MIN_LR_FRAC)
        self.opt_d = CosineAdam(net.d.parameters(), lr=self.lr_d,
                                total_steps=self.steps * self.d_steps, betas=BETAS,
                                min_lr_frac=MIN_LR_FRAC)
        self.step_count = 0
        self.extra = {"d": 0, "g": 0}  # single-player updates (Step D / Step G)
        self.history: list[TrainEvent] = []
        self._recent: dict[str, list[float]] = {"d_loss": [], "g_loss": []}
        self.last: dict[str, float] = {}
        self.t0 = time.perf_counter()

    # -- the protocol: total, progress, done, elapsed_s from StepCounter ----------------
    def sigma_now(self) -> float:
        """The instance noise σ_t = σ (1 − step / steps) (see the module docstring)."""
        return self.instance_noise * max(0.0, 1.0 - self.step_count / max(self.steps, 1))

    def batch(self) -> torch.Tensor:
        """Real points [B, 2], standardised: fresh from the sampler or drawn from x."""
        if self.sampler is not None:
            pts = torch.as_tensor(self.sampler(self.batch_size, self.rng), dtype=torch.float32)
            return self.model.to_std(pts)
        idx = torch.randint(len(self.x), (min(self.batch_size, len(self.x)),), generator=self.gen)
        return self.x[idx]

    def _blur(self, pts: torch.Tensor) -> torch.Tensor:
        s = self.sigma_now()
        if s <= 0:
            return pts
        return pts + s * torch.randn(pts.shape, generator=self.gen)

    def d_update(self) -> float:
        """One discriminator update; returns L_D (with its penalty)."""
        m, net = self.model, self.model.net
        real = self._blur(self.batch())
        with torch.no_grad():
            fake = net.g(m.noise_tensor(len(real), self.gen))
        fake = self._blur(fake)
        t = 1.0 - self.label_smoothing
        net.d.train()
        try:
            if self.r1_gamma > 0:
                real = real.clone().requires_grad_(True)
            s_real, s_fake = net.d(real), net.d(fake)
            if m.loss == "nonsat":
                loss = (t * F.softplus(-s_real) + (1 - t) * F.softplus(s_real)).mean() \
                    + F.softplus(s_fake).mean()
            else:
                loss = 0.5 * ((s_real - t) ** 2).mean() + 0.5 * (s_fake ** 2).mean()
            if self.r1_gamma > 0:
                loss = loss + r1_penalty(s_real, real, self.r1_gamma)
        finally:
            net.d.eval()
        self._check(loss, "discriminator")
        self.opt_d.zero_grad()
        loss.backward()
        self.opt_d.step()
        return loss.item()

    def g_update(self) -> float:
        """One generator update; returns L_G."""
        m, net = self.model, self.model.net
        fake = self._blur(net.g(m.noise_tensor(self.batch_size, self.gen)))
        loss = m.g_loss_terms(net.d(fake)).mean()
        self._check(loss, "generator")
        self.opt_g.zero_grad()
        loss.backward()
        self.opt_g.step()
        self.opt_d.zero_grad()  # D's gradients of this pass are not D's to use
        return loss.item()

    def _check(self, loss: torch.Tensor, who: str) -> None:
        if not torch.isfinite(loss):
            raise FloatingPointError(
                f"the {who} loss became {loss.item()} at step {self.step_count + 1}")

    def step(self, n: int = 1, which: str = "both") -> TrainEvent | None:
        """``n`` steps of both players (or n updates of D or G alone, see the class);
        returns the last event (for one player alone, an event with that update's loss)."""
        if which not in ("both", "d", "g"):
            raise ValueError(f"which is 'both', 'd' or 'g', not {which!r}")
        event = None
        for _ in range(int(n)):
            if which != "both":
                with self.model.lock:
                    loss = self.d_update() if which == "d" else self.g_update()
                self.extra[which] += 1
                self.last[f"{which}_loss"] = loss
                event = TrainEvent(self.step_count, self.steps,
                                   {f"{which}_loss": loss, "update": which},
                                   time.perf_counter() - self.t0)
                continue
            if self.done:
                break
            with self.model.lock:
                for _k in range(self.d_steps):
                    d = self.d_update()
                g = self.g_update()
            self._recent["d_loss"].append(d)
            self._recent["g_loss"].append(g)
            self.last.update(d_loss=d, g_loss=g)
            self.step_count += 1
            if self.step_count % self.eval_every == 0 or self.done:
                event = self._evaluate()
        if which != "both":
            self.model.refresh_pool()
        if self.done and which == "both":
            self.finish()
        return event

    def evaluate_samples(self) -> dict[str, Any]:
        """The sample metrics of the model now, against the held-out reference points."""
        from training.density.sample_metrics import sample_metrics

        s = self.model.sample(self.eval_samples, seed=12345)
        return sample_metrics(s, self.reference, modes=self.modes, energy_n=500)

    def _evaluate(self) -> TrainEvent:
        metrics: dict[str, Any] = {k: (float(np.mean(v)) if v else math.nan)
                                   for k, v in self._recent.items()}
        self._recent = {"d_loss": [], "g_loss": []}
        m, net = self.model, self.model.net
        with torch.no_grad(), m.lock:
            real = m.to_std(torch.as_tensor(self.reference, dtype=torch.float32))
            fake = net.g(m.noise_tensor(len(real), rng=np.random.default_rng(54321)))
            metrics["d_real"] = float(m.d_prob(net.d(real)).mean())
            metrics["d_fake"] = float(m.d_prob(net.d(fake)).mean())
        metrics.update(self.evaluate_samples())
        self.model.refresh_pool()
        ev = TrainEvent(self.step_count, self.steps, metrics, time.perf_counter() - self.t0)
        self.history.append(ev)
        if self.callback is not None:
            self.callback(ev)
        return ev

    def finish(self) -> None:
        """The last weights are kept (a GAN has no held-out likelihood to select by); the
        pool is refreshed and the model marked fitted."""
        self.model.net.eval()
        self.model.refresh_pool()
        self.model.fitted = True

    def run(self) -> DensityModel:
        while not self.done:
            self.step(self.eval_every)
        self.finish()
        return self.model

    def card_info(self) -> dict[str, Any]:
        last = self.history[-1].metrics if self.history else {}
        keys = ("kl_data_model", "js", "energy_distance", "modes_captured", "modes_total",
                "high_quality_share")
        return dict(
            steps=self.steps, batch_size=self.batch_size, lr_g=self.lr_g, lr_d=self.lr_d,
            d_steps=self.d_steps, label_smoothing=self.label_smoothing,
            r1_gamma=self.r1_gamma, instance_noise=self.instance_noise,
            optimizer=f"Adam β={BETAS}, cosine decay to {MIN_LR_FRAC:g}× each lr",
            batches="fresh samples from the generator each step" if self.sampler is not None
            else "mini-batches of the training split",
            selection="the last weights (a GAN has no likelihood to select by)",
            sample_metrics={k: last[k] for k in keys if k in last},
            sample_metrics_n=self.eval_samples,
            loss_curve=[[ev.step, round(ev.metrics.get("d_loss", math.nan), 5),
                         round(ev.metrics.get("g_loss", math.nan), 5)] for ev in self.history])

    # -- checkpoints (see training.checkpoint.run_resumable) -------------------------------
    def state(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """Weights, both players' Adam moments, the RNGs, counters and history."""
        from training.checkpoint import optimizer_state, prefixed

        tensors = prefixed("net", self.model.net.state_dict())
        og, tg = optimizer_state(self.opt_g, "opt_g")
        od, td = optimizer_state(self.opt_d, "opt_d")
        tensors.update(og)
        tensors.update(od)
        tensors["rng.torch"] = self.gen.get_state()
        meta = {"step": self.step_count, "opt_g_t": tg, "opt_d_t": td,
                "np_rng": self.rng.bit_generator.state, "extra": dict(self.extra),
                "recent": copy.deepcopy(self._recent),
                "history": [ev.as_list() for ev in self.history],
                "elapsed_s": time.perf_counter() - self.t0}
        return tensors, meta

    def load_state(self, tensors: dict[str, Any], meta: dict[str, Any]) -> None:
        from training.checkpoint import load_optimizer_state, unprefixed

        with self.model.lock:
            self.model.net.load_state_dict(unprefixed("net", tensors))
            self.model.net.eval()
        load_optimizer_state(self.opt_g, tensors, meta["opt_g_t"], "opt_g")
        load_optimizer_state(self.opt_d, tensors, meta["opt_d_t"], "opt_d")
        self.gen.set_state(tensors["rng.torch"])
        self.rng.bit_generator.state = meta["np_rng"]
        self.step_count = int(meta["step"])
        self.extra = {k: int(v) for k, v in meta["extra"].items()}
        self._recent = {k: [float(v) for v in vs] for k, vs in meta["recent"].items()}
        self.history = [TrainEvent.from_list(ev) for ev in meta["history"]]
        self.t0 = time.perf_counter() - float(meta["elapsed_s"])
        self.model.refresh_pool()


def r1_penalty(score: torch.Tensor, x: torch.Tensor, gamma: float) -> torch.Tensor:
    """(γ/2) E ‖∇_x D(x)‖² of the scores [B, 1] with respect to the points x [B, 2]
    (``x`` requires grad; the graph is kept so the penalty trains D)."""
    (grad,) = torch.autograd.grad(score.sum(), x, create_graph=True)
    return 0.5 * gamma * (grad ** 2).sum(1).mean()
