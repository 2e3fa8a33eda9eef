"""Maximum-likelihood training of a :class:`PixelCNN` on stochastically binarised images.

Each epoch draws a fresh binarisation x_bin ~ Bernoulli(x) of every training image (so the
model sees the grey levels as probabilities, not one fixed black-and-white copy), shuffles,
and takes Adam steps (cosine decay) on the mean over the batch of −log p(x_bin) in nats per
image. The test set is binarised once (seed + 1) so that its NLL is one fixed number.
Resumable at epoch boundaries (``state`` / ``load_state``, see
:func:`training.checkpoint.run_resumable`).

``device``: the network lives there; the binarisation (numpy, seeded per epoch) and the
shuffle (a CPU torch generator) are drawn on the CPU, so CPU and CUDA runs see the same
batches (their weights differ by the kernels' rounding). Under torchrun every rank draws
the same binarisation and order, takes every ``world``-th image of each batch and scales
its summed loss by world / batch so that DDP's gradient average is the gradient of the
batch's mean NLL, as in one process (the last, shorter batch of an epoch included); the
test NLL is summed over the ranks' shares of the test set.
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np
import torch
from torch.nn import functional as F

from training.autoregressive_images.model import PixelCNN, binarize
from training.optim import CosineAdam


class PixelCNNTrainer:
    unit = "epoch"

    def __init__(self, model: PixelCNN, x_train: np.ndarray, x_test: np.ndarray,
                 epochs: int = 15, batch_size: int = 64, lr: float = 2e-3, seed: int = 0,
                 callback=None, device: str | torch.device = "cpu") -> None:
        from training.data_parallel import check_batch, ddp, rank_world

        self.model, self.epochs, self.batch_size = model, int(epochs), int(batch_size)
        self.device = torch.device(device)
        self.rank, self.world = rank_world()
        check_batch(self.batch_size, self.world)
        model.net.to(self.device)
        #: what a step calls: the network, in DistributedDataParallel under torchrun
        self.net = ddp(model.net, self.device) if self.world > 1 else model.net
        self.x_train = np.asarray(x_train, np.float32)
        self.x_test_bin = binarize(np.asarray(x_test, np.float32),
                                   np.random.default_rng(seed + 1))
        self.callback, self.seed = callback, int(seed)
        self.g = torch.Generator().manual_seed(seed)
        steps = self.epochs * math.ceil(len(self.x_train) / self.batch_size)
        self.opt = CosineAdam(model.net.parameters(), lr, steps, warmup_steps=50)
        self.history: list[list[float]] = []  # [epoch, train_nll, test_nll]
        self._elapsed0, self.t0 = 0.0, time.perf_counter()

    def elapsed(self) -> float:
        return self._elapsed0 + time.perf_counter() - self.t0

    @property
    def progress(self) -> int:
        return len(self.history)

    @property
    def total(self) -> int:
        return self.epochs

    @property
    def done(self) -> bool:
        return self.progress >= self.epochs

    def _test_nll(self) -> float:
        """The mean test NLL; under torchrun each rank scores its share, summed over all."""
        if self.world == 1:
            return float(self.model.nll(self.x_test_bin).mean())
        own = self.model.nll(self.x_test_bin[self.rank::self.world])
        total = torch.tensor([own.sum()], dtype=torch.float64, device=self.device)
        torch.distributed.all_reduce(total)
        return float(total) / len(self.x_test_bin)

    def step(self, n: int = 1) -> None:
        from training.data_parallel import shard

        net, w = self.net, self.world
        for _ in range(n):
            if self.done:
                return
            epoch = self.progress + 1
            # a fresh binarisation every epoch, drawn from this epoch's own seed (resumable)
            xb = torch.from_numpy(binarize(self.x_train, np.random.default_rng(
                [self.seed, epoch])))[:, None]
            perm = torch.randperm(len(xb), generator=self.g)
            self.model.net.train()
            total = 0.0
            for i in range(0, len(xb), self.batch_size):
                b = xb[perm[i:i + self.batch_size]]
                own = shard(b, self.rank, w).to(self.device)
                # this rank's summed NLL × world / batch: DDP's average over the ranks is
                # then the batch's mean NLL (one process: the sum / batch)
                loss = F.binary_cross_entropy_with_logits(net(own), own,
                                                          reduction="sum") * w / len(b)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                total += loss.item() * len(b) / w
            self.model.net.eval()
            if w > 1:
                t = torch.tensor([total], dtype=torch.float64, device=self.device)
                torch.distributed.all_reduce(t)  # a NaN on any rank stops every rank
                total = float(t)
            if not math.isfinite(total):
                raise FloatingPointError(f"the loss became {total} in epoch {epoch}")
            test = self._test_nll()
            self.history.append([epoch, total / len(xb), test])
            if self.callback is not None:
                from training.events import TrainEvent

                self.callback(TrainEvent(epoch, self.epochs, {"train_nll": total / len(xb),
                                                              "test_nll": test},
                                         self.elapsed()))

    def finish(self) -> PixelCNN:
        """The trained model, its network back on the CPU (what is scored and saved)."""
        self.model.net.to("cpu").eval()
        return self.model

    def state(self) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
        from training.checkpoint import optimizer_state, prefixed

        tensors = prefixed("net", self.model.net.state_dict())
        opt, t = optimizer_state(self.opt)
        tensors.update(opt)
        tensors["rng.torch"] = self.g.get_state()
        return tensors, {"opt_t": t, "history": self.history, "elapsed_s": self.elapsed()}

    def load_state(self, tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> None:
        from training.checkpoint import load_optimizer_state, unprefixed

        self.model.net.load_state_dict(unprefixed("net", tensors))
        load_optimizer_state(self.opt, tensors, meta["opt_t"])
        self.g.set_state(tensors["rng.torch"])
        self.history = [list(map(float, row)) for row in meta["history"]]
        self._elapsed0, self.t0 = float(meta.get("elapsed_s", 0.0)), time.perf_counter()
