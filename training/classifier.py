"""A small MNIST classifier: scores generated digits and provides features for a Fréchet distance.

Architecture (LeNet-like): conv 5×5 (32) → max-pool → conv 5×5 (64) → max-pool → fc 128
(the *penultimate features*) → fc 10. Trained on the MNIST-5k training split (4,000
images) with random shifts of up to 2 pixels and dropout; Adam with cosine decay.

``predict_proba(x (N, 28, 28) in [0, 1]) -> (N, 10)``, ``features(x) -> (N, 128)``.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from training.artifacts import register
from training.optim import CosineAdam


class _Net(nn.Module):
    def __init__(self, width: int = 32, feat: int = 128, n_classes: int = 10) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, width, 5, padding=2)
        self.conv2 = nn.Conv2d(width, 2 * width, 5, padding=2)
        self.fc1 = nn.Linear(2 * width * 7 * 7, feat)
        self.drop = nn.Dropout(0.3)
        self.fc2 = nn.Linear(feat, n_classes)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        h = F.max_pool2d(F.relu(self.conv1(x)), 2)
        h = F.max_pool2d(F.relu(self.conv2(h)), 2)
        return F.relu(self.fc1(h.flatten(1)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.drop(self.features(x)))


def _shift(x: torch.Tensor, g: torch.Generator, max_shift: int = 2) -> torch.Tensor:
    """Random translations by up to ``max_shift`` pixels (zero padding)."""
    n = len(x)
    pad = F.pad(x, (max_shift,) * 4)
    dx = torch.randint(0, 2 * max_shift + 1, (n,), generator=g)
    dy = torch.randint(0, 2 * max_shift + 1, (n,), generator=g)
    h, w = x.shape[-2:]
    out = torch.empty_like(x)
    for i in range(n):
        out[i] = pad[i, :, dy[i]:dy[i] + h, dx[i]:dx[i] + w]
    return out


@register
class DigitClassifier:
    kind = "classifier"

    def __init__(self, width: int = 32, feat: int = 128, n_classes: int = 10,
                 image_shape: tuple[int, int] | list[int] = (28, 28), seed: int = 0) -> None:
        self.width, self.feat, self.n_classes = int(width), int(feat), int(n_classes)
        self.image_shape = tuple(int(s) for s in image_shape)
        self.seed = int(seed)
        with torch.random.fork_rng():
            torch.manual_seed(self.seed)
            self.net = _Net(self.width, self.feat, self.n_classes).eval()
        self.card: dict[str, Any] = {}

    def config(self) -> dict[str, Any]:
        return {"width": self.width, "feat": self.feat, "n_classes": self.n_classes,
                "image_shape": list(self.image_shape), "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        w, feat, k = int(config["width"]), int(config["feat"]), int(config["n_classes"])
        h, v = (int(s) for s in config["image_shape"])
        if h // 4 != 7 or v // 4 != 7:  # two 2× poolings must leave the 7×7 that fc1 takes
            raise ValueError(f"the network takes 28×28 images (up to 31×31), not {h}×{v}")
        return {"conv1.weight": (w, 1, 5, 5), "conv1.bias": (w,),
                "conv2.weight": (2 * w, w, 5, 5), "conv2.bias": (2 * w,),
                "fc1.weight": (feat, 2 * w * 7 * 7), "fc1.bias": (feat,),
                "fc2.weight": (k, feat), "fc2.bias": (k,)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {k: v.detach().numpy().copy() for k, v in self.net.state_dict().items()}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        self.net.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in tensors.items()})

    def _x(self, x: np.ndarray) -> torch.Tensor:
        x = np.asarray(x, dtype=np.float32)
        if x.shape[1:] != self.image_shape:
            raise ValueError(f"the classifier takes images {self.image_shape}, not {x.shape[1:]}")
        return torch.from_numpy(x)[:, None]

    @torch.inference_mode()
    def predict_proba(self, x: np.ndarray, batch: int = 500) -> np.ndarray:
        return np.concatenate([F.softmax(self.net(self._x(x[i:i + batch])), 1).numpy()
                               for i in range(0, len(x), batch)])

    @torch.inference_mode()
    def features(self, x: np.ndarray, batch: int = 500) -> np.ndarray:
        return np.concatenate([self.net.features(self._x(x[i:i + batch])).numpy()
                               for i in range(0, len(x), batch)]).astype(np.float64)

    def fit(self, x: np.ndarray, y: np.ndarray, epochs: int = 20, batch_size: int = 64,
            lr: float = 2e-3, seed: int = 0, callback=None) -> "DigitClassifier":
        trainer = ClassifierTrainer(self, x, y, epochs, batch_size, lr, seed, callback)
        trainer.step(epochs)
        return trainer.finish()


class ClassifierTrainer:
    """Adam (cosine decay, weight decay 1e-4) on the cross-entropy of randomly shifted
    digits, one epoch per ``step``; resumable at epoch boundaries (``state`` /
    ``load_state``, see :func:`training.checkpoint.run_resumable`)."""

    unit = "epoch"

    def __init__(self, clf: DigitClassifier, x: np.ndarray, y: np.ndarray, epochs: int = 20,
                 batch_size: int = 64, lr: float = 2e-3, seed: int = 0, callback=None) -> None:
        self.clf, self.epochs, self.batch_size = clf, int(epochs), int(batch_size)
        self.callback = callback
        self.xt, self.yt = clf._x(x), torch.as_tensor(y, dtype=torch.long)
        self.g = torch.Generator().manual_seed(seed)
        steps = epochs * ((len(self.xt) + batch_size - 1) // batch_size)
        self.opt = CosineAdam(clf.net.parameters(), lr, steps, weight_decay=1e-4)
        self.losses: list[float] = []
        self._elapsed0, self.t0 = 0.0, time.perf_counter()

    def elapsed(self) -> float:
        """Seconds of training, including those before a resume."""
        return self._elapsed0 + time.perf_counter() - self.t0

    @property
    def progress(self) -> int:
        return len(self.losses)

    @property
    def done(self) -> bool:
        return self.progress >= self.epochs

    def step(self, n: int = 1) -> None:
        net, xt, yt, g = self.clf.net, self.xt, self.yt, self.g
        for _ in range(n):
            if self.done:
                return
            net.train()
            perm = torch.randperm(len(xt), generator=g)
            total = 0.0
            for i in range(0, len(xt), self.batch_size):
                idx = perm[i:i + self.batch_size]
                with torch.random.fork_rng():  # dropout draws from a seed taken from g
                    torch.manual_seed(int(torch.randint(0, 2**31, (1,), generator=g)))
                    loss = F.cross_entropy(net(_shift(xt[idx], g)), yt[idx])
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                total += loss.item() * len(idx)
            if not np.isfinite(total):
                raise FloatingPointError(f"the loss became {total} in epoch {self.progress + 1}")
            self.losses.append(total / len(xt))
            if self.callback is not None:
                from training.events import TrainEvent

                self.callback(TrainEvent(self.progress, self.epochs, {"loss": self.losses[-1]},
                                         self.elapsed()))
        net.eval()

    def finish(self) -> DigitClassifier:
        self.clf.net.eval()
        return self.clf

    def state(self) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
        from training.checkpoint import optimizer_state, prefixed

        tensors = prefixed("net", self.clf.net.state_dict())
        opt, t = optimizer_state(self.opt)
        tensors.update(opt)
        tensors["rng.torch"] = self.g.get_state()
        return tensors, {"opt_t": t, "losses": self.losses, "elapsed_s": self.elapsed()}

    def load_state(self, tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> None:
        from training.checkpoint import load_optimizer_state, unprefixed

        self.clf.net.load_state_dict(unprefixed("net", tensors))
        load_optimizer_state(self.opt, tensors, meta["opt_t"])
        self.g.set_state(tensors["rng.torch"])
        self.losses = [float(v) for v in meta["losses"]]
        self._elapsed0, self.t0 = float(meta.get("elapsed_s", 0.0)), time.perf_counter()
