"""Training a denoiser by the simplified DDPM objective (Ho et al. 2020, Algorithm 1 / eq. 14):

    L(θ) = E_{x_0, t ~ U{0..T−1}, ε ~ N(0, I)} ‖ε − ε_θ(√ᾱ_t x_0 + √(1−ᾱ_t) ε, t)‖²

A class-conditional model (``y_train`` given) learns ε_θ(x_t, t, y) with the label replaced
by the null label ∅ with probability ``p_uncond`` (Ho & Salimans 2022, Algorithm 1), so the
same network also learns ε_θ(x_t, t, ∅) for classifier-free guidance.

With ``min_snr`` = γ > 0 each example's loss is weighted by min(SNR_t, γ) / SNR_t, SNR_t =
ᾱ_t / (1 − ᾱ_t) (Min-SNR-γ, Hang et al. 2023, for ε-prediction): the nearly clean timesteps,
whose noise is hard to tell from the image and whose gradients conflict with the noisy ones,
count less; the validation loss stays the unweighted one, comparable across recipes.

A v-prediction model (``model.prediction == "v"``) regresses v = α_t ε − σ_t x_0 instead:
‖v − v_θ‖² = ‖ε − ε̂‖² / α_t², the ε error weighted by 1 + 1/SNR_t, so the noisy timesteps,
where the digit's shape is decided, count more (Salimans & Ho 2022); with Min-SNR-γ its
weight is min(SNR_t, γ)/(SNR_t + 1). The validation loss is the ε error either way.

Training runs with Adam (linear warm-up, cosine decay), gradient-norm clipping at 1 and an exponential
moving average of the weights, which is what gets sampled and saved. Its decay after s steps
is min(``ema``, (1+s)/(10+s)) (:func:`ema_decay_at`): the warm-up keeps the initial weights
from dominating, and it reaches 0.999 only after 8,990 steps, so in the shipped pixel and
2D runs (6,000–8,000 steps) the warm-up sets the decay throughout (0.99872 at the last of
7,000 steps); the latent DDPM's 20,000 steps reach 0.999.

The trainer advances in steps (``step(n)``) so a CLI, a test or the GUI can drive it, report
progress through one callback, checkpoint (:meth:`state` / :meth:`load_state`) and resume.
"""

from __future__ import annotations

import copy
import time
from typing import Callable

import numpy as np
import torch

from training.diffusion.pipeline import DiffusionModel
from training.events import TrainEvent
from training.optim import CosineAdam, ema_decay_at


#: the diffusion trainer's events are :class:`training.events.TrainEvent` with the metrics
#: ``loss`` (mean training loss since the previous event), ``val_loss`` (EMA weights on a
#: fixed validation batch, fixed t and ε) and ``samples_per_s``
DiffusionEvent = TrainEvent


def ema_weights_text(ema: float, steps: int) -> str:
    """The card's words for the saved weights of a run of ``steps`` steps."""
    return (f"EMA of the training weights, decay min({ema:g}, (1+s)/(10+s)) after s steps "
            f"({ema_decay_at(steps - 1, ema):.5f} at the last step)")


def diffusion_objective(min_snr: float = 0.0, prediction: str = "epsilon") -> str:
    """The card's words for the training objective."""
    if prediction == "v":
        text = ("v-prediction loss ‖v − v_θ(x_t, t)‖², v = √ᾱ_t ε − √(1−ᾱ_t) x_0 "
                "(Salimans & Ho 2022)")
        denominator = "(SNR_t + 1)"
    else:
        text = "simplified DDPM loss ‖ε − ε_θ(x_t, t)‖² (Ho et al. 2020, eq. 14)"
        denominator = "SNR_t"
    if min_snr:
        text += (f", each example weighted by min(SNR_t, {min_snr:g})/{denominator} "
                 "(Min-SNR-γ, Hang et al. 2023)")
    return text


class NonFiniteLoss(FloatingPointError):
    pass


class DiffusionTrainer:
    def __init__(self, model: DiffusionModel, x_train: np.ndarray, steps: int,
                 batch_size: int = 64, lr: float = 5e-4, warmup: int = 200,
                 ema: float = 0.999, bf16: bool = True, seed: int = 0,
                 x_val: np.ndarray | None = None, sampler: Callable | None = None,
                 eval_every: int = 250,
                 callback: Callable[[DiffusionEvent], None] | None = None,
                 device: str | torch.device = "cpu", y_train: np.ndarray | None = None,
                 y_val: np.ndarray | None = None, p_uncond: float = 0.1,
                 min_snr: float = 0.0) -> None:
        # batches, timesteps and noise are drawn on the CPU from one seeded generator (the
        # same stream on every device) and moved to ``device``, where the nets live
        self.device = torch.device(device)
        model.net.to(self.device)
        self.model = model
        if model.is_points and np.ndim(x_train) == 2 and np.shape(x_train)[1] == 2:
            # degenerate points are named up front (not found as a NaN loss), and an axis
            # without spread is standardised by the other axis' scale, never divided by 0
            from training.data.checks import check_points, safe_scale

            check_points(x_train, "the training points", precision="float32")
            model.scale = safe_scale(model.scale)
        self.data = model.to_model(x_train)
        # optional: (n, np.random.Generator) -> fresh data-space points (and their labels,
        # as a pair, for a conditional model)
        self.sampler = sampler
        self.labels = None
        if model.conditional:
            if y_train is None:
                raise ValueError("a class-conditional model trains on labelled data")
            self.labels = model.check_labels(np.asarray(y_train), len(self.data))
            if bool((self.labels < 0).any()):
                raise ValueError("every training example needs a label")
        if not 0.0 <= float(p_uncond) < 1.0:
            raise ValueError(f"p_uncond must lie in [0, 1), not {p_uncond}")
        self.p_uncond = float(p_uncond)
        if not (np.isfinite(min_snr) and float(min_snr) >= 0.0):
            raise ValueError(f"min_snr must be a finite number ≥ 0 (0: unweighted), not {min_snr}")
        self.min_snr = float(min_snr)
        self.loss_weights = None
        if self.min_snr > 0:
            ab = model.scheduler.alphas_cumprod.double()
            snr = ab / (1 - ab)
            denominator = snr + 1 if model.prediction == "v" else snr
            self.loss_weights = (snr.clamp(max=self.min_snr) / denominator).float()
        self.total, self.batch_size = int(steps), int(batch_size)
        self.ema_decay, self.eval_every = float(ema), int(eval_every)
        # bfloat16 autocast only where this machine does it well (asked for and not vetoed by
        # training.precision: an AVX2 CPU emulates it ~15x slower than float32)
        self.precision_reason = "float32 (2D points: the MLP is small)"
        self.bf16 = False
        if bool(bf16) and not model.is_points:
            from training import precision

            probe = model.to_model(np.asarray(x_train[: int(batch_size)])).to(self.device)
            verdict = precision.choose(
                self.device, lambda: model.net(probe, 500),
                key=("unet-train", model.channels, tuple(probe.shape)))
            self.bf16, self.precision_reason = verdict.enabled, verdict.reason
        elif not model.is_points:
            self.precision_reason = "float32 (--no-bf16)"
        self.callback = callback
        self.net = model.net.train()
        self.ema_net = copy.deepcopy(model.net).eval()
        # data parallel (torchrun): every rank draws the same global batch from the same
        # generator and trains on its shard; DDP averages the gradients, so N ranks follow
        # the single-process trajectory up to floating-point summation order
        self.rank, self.world = 0, 1
        self.ddp = None
        if torch.distributed.is_available() and torch.distributed.is_initialized():
            self.rank = torch.distributed.get_rank()
            self.world = torch.distributed.get_world_size()
            if self.batch_size % self.world:
                raise ValueError(f"the batch size {self.batch_size} must be divisible by the "
                                 f"number of processes ({self.world})")
            self.ddp = torch.nn.parallel.DistributedDataParallel(
                self.net, device_ids=[self.device.index] if self.device.type == "cuda" else None)
        for p in self.ema_net.parameters():
            p.requires_grad_(False)
        self.opt = CosineAdam(self.net.parameters(), lr, steps, warmup_steps=warmup,
                              min_lr_frac=0.1)
        self.gen = torch.Generator().manual_seed(seed)
        self.np_rng = np.random.default_rng(seed)
        self.sched = model.scheduler
        self.step_count = 0
        self.history: list[tuple[int, float, float | None]] = []
        self._acc, self._acc_n = 0.0, 0
        self._t0 = time.perf_counter()
        self._elapsed0 = 0.0
        self._last = (0, self._t0)
        self.val = None
        if x_val is not None and len(x_val):
            g = torch.Generator().manual_seed(seed + 12345)
            xv = model.to_model(x_val[:512])
            yv = None
            if model.conditional and y_val is not None:
                yv = model.check_labels(np.asarray(y_val)[:512], len(xv))
            self.val = (xv, torch.randint(0, model.T, (len(xv),), generator=g),
                        torch.randn(xv.shape, generator=g), yv)

    @property
    def done(self) -> bool:
        return self.step_count >= self.total

    def _batch(self) -> tuple[torch.Tensor, torch.Tensor | None]:
        """A batch in model space and, for a conditional model, its labels with a share
        ``p_uncond`` replaced by −1 (the null label ∅)."""
        if self.sampler is not None:
            drawn = self.sampler(self.batch_size, self.np_rng)
            if self.labels is None:
                return self.model.to_model(drawn), None
            x, y = drawn
            x, y = self.model.to_model(x), torch.as_tensor(np.asarray(y), dtype=torch.long)
        else:
            idx = torch.randint(0, len(self.data), (self.batch_size,), generator=self.gen)
            if self.labels is None:  # the unconditional stream of draws, unchanged
                return self.data[idx], None
            x, y = self.data[idx], self.labels[idx]
        drop = torch.rand(len(y), generator=self.gen) < self.p_uncond
        return x, torch.where(drop, torch.full_like(y, -1), y)

    def step(self, n: int = 1) -> DiffusionEvent | None:
        """Run up to ``n`` optimisation steps; returns an event when one is due."""
        event = None
        for _ in range(n):
            if self.done:
                break
            x0, y = self._batch()
            t = torch.randint(0, self.model.T, (len(x0),), generator=self.gen)
            eps = torch.randn(x0.shape, generator=self.gen)
            if self.world > 1:  # this rank's shard of the global batch
                x0, t, eps = (v[self.rank::self.world] for v in (x0, t, eps))
                y = None if y is None else y[self.rank::self.world]
            x_t = self.sched.add_noise(x0, eps, t)
            target = self._target(x0, eps, t)
            if self.device.type != "cpu":
                x_t, t, target = (v.to(self.device, non_blocking=True) for v in (x_t, t, target))
                y = None if y is None else y.to(self.device, non_blocking=True)
            net = self.ddp if self.ddp is not None else self.net
            with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.bf16):
                pred = net(x_t, t) if y is None else net(x_t, t, y)
            loss = self._loss(pred.float(), target, t)
            finite = torch.isfinite(loss.detach()).float()
            if self.world > 1:  # every rank stops together, not one of them alone
                torch.distributed.all_reduce(finite, op=torch.distributed.ReduceOp.MIN)
            if not bool(finite):
                raise NonFiniteLoss(
                    f"the loss became {loss.item()} at step {self.step_count + 1}; "
                    "training stopped (lower the learning rate)")
            self.opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(self.net.parameters(), 1.0)
            self.opt.step()
            self._update_ema()
            self.step_count += 1
            if self.world > 1:  # report the global batch's loss, as a single process would
                loss = loss.detach().clone()
                torch.distributed.all_reduce(loss)
                loss /= self.world
            self._acc += loss.item()
            self._acc_n += 1
            if self.step_count % self.eval_every == 0 or self.done:
                event = self._event()
        return event

    def _target(self, x0: torch.Tensor, eps: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """What the network regresses: ε, or v = √ᾱ_t ε − √(1−ᾱ_t) x_0 (the forward
        process's formula with ε and −x_0)."""
        if self.model.prediction == "epsilon":
            return eps
        return self.sched.add_noise(eps, -x0, t)

    def _loss(self, pred: torch.Tensor, target: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """Mean squared error against the target, each example weighted if asked."""
        sq = (pred - target) ** 2
        if self.loss_weights is None:
            return torch.mean(sq)
        w = self.loss_weights.to(sq.device)[t.to(sq.device)]
        return torch.mean(sq.flatten(1).mean(1) * w)

    @torch.no_grad()
    def _update_ema(self) -> None:
        # warmed up so that early checkpoints are not dominated by the initial weights
        d = ema_decay_at(self.step_count, self.ema_decay)
        for pe, p in zip(self.ema_net.parameters(), self.net.parameters()):
            pe.lerp_(p.detach(), 1 - d)
        for be, b in zip(self.ema_net.buffers(), self.net.buffers()):
            be.copy_(b)

    @torch.no_grad()
    def val_loss(self) -> float | None:
        if self.val is None:
            return None
        xv, tv, ev, yv = self.val
        x_t = self.sched.add_noise(xv, ev, tv)
        if self.device.type != "cpu":
            x_t, tv, ev = x_t.to(self.device), tv.to(self.device), ev.to(self.device)
            yv = None if yv is None else yv.to(self.device)
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.bf16):
            pred = self.ema_net(x_t, tv) if yv is None else self.ema_net(x_t, tv, yv)
        eps_hat = self.model.output_to_noise(pred.float(), x_t, tv)
        return float(torch.mean((eps_hat - ev) ** 2))

    def elapsed(self) -> float:
        return self._elapsed0 + time.perf_counter() - self._t0

    def _event(self) -> DiffusionEvent:
        now = time.perf_counter()
        steps_since = self.step_count - self._last[0]
        rate = steps_since * self.batch_size / max(now - self._last[1], 1e-9)
        self._last = (self.step_count, now)
        loss = self._acc / max(self._acc_n, 1)
        self._acc, self._acc_n = 0.0, 0
        ev = TrainEvent(self.step_count, self.total,
                        {"loss": loss, "val_loss": self.val_loss(), "samples_per_s": rate},
                        self.elapsed())
        self.history.append((ev.step, ev.loss, ev.val_loss))
        if self.callback is not None:
            self.callback(ev)
        return ev

    def run(self) -> DiffusionModel:
        while not self.done:
            self.step(self.eval_every)
        return self.finish()

    def finish(self) -> DiffusionModel:
        """Put the EMA weights into the model (what is sampled and saved), on the CPU."""
        self.model.net = copy.deepcopy(self.ema_net).eval().to("cpu")
        return self.model

    # -- checkpoints (see training.checkpoint.run_resumable) -------------------------------
    unit = "step"

    @property
    def progress(self) -> int:
        return self.step_count

    def state(self) -> tuple[dict[str, torch.Tensor], dict]:
        tensors = {f"net.{k}": v for k, v in self.net.state_dict().items()}
        tensors.update({f"ema.{k}": v for k, v in self.ema_net.state_dict().items()})
        opt = self.opt.state_dict()
        tensors.update({f"opt.m.{i}": m for i, m in enumerate(opt["m"])})
        tensors.update({f"opt.v.{i}": v for i, v in enumerate(opt["v"])})
        tensors["rng.torch"] = self.gen.get_state()
        meta = {"step": self.step_count, "opt_t": opt["t"], "history": self.history,
                "elapsed_s": self.elapsed(), "acc": [self._acc, self._acc_n],
                "np_rng": self.np_rng.bit_generator.state}
        return tensors, meta

    def load_state(self, tensors: dict[str, torch.Tensor], meta: dict) -> None:
        self.net.load_state_dict({k[4:]: v for k, v in tensors.items() if k.startswith("net.")})
        self.ema_net.load_state_dict({k[4:]: v for k, v in tensors.items() if k.startswith("ema.")})
        n = len(self.opt.m)
        self.opt.load_state_dict({"t": meta["opt_t"],
                                  "m": [tensors[f"opt.m.{i}"] for i in range(n)],
                                  "v": [tensors[f"opt.v.{i}"] for i in range(n)]})
        self.gen.set_state(tensors["rng.torch"])
        self.np_rng.bit_generator.state = meta["np_rng"]
        self.step_count = int(meta["step"])
        self.history = [tuple(h) for h in meta["history"]]
        self._elapsed0 = float(meta["elapsed_s"])
        self._acc, self._acc_n = meta.get("acc", [0.0, 0])
        self._acc_n = int(self._acc_n)
        self._t0 = time.perf_counter()
        self._last = (self.step_count, self._t0)
