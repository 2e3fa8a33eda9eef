"""Training a binary RBM by persistent contrastive divergence (PCD, Tieleman 2008) or CD-k
(Hinton 2002), and the figures that watch it.

The log-likelihood gradient of one image is

    ∂ log p(v) / ∂W = E_{p(h|v)}[v hᵀ] − E_{p(v,h)}[v hᵀ]        (biases alike),

data term exact (p(h|v) factorises), model term from Gibbs chains: CD-k restarts them at
the batch's images and runs k steps; PCD keeps ``n_chains`` "fantasy particles" running
across updates (k steps each update), so with a small learning rate they stay close to
p(v). Updates: SGD with momentum (0.5 for the first 5 epochs, then 0.9), L2 weight decay
on W, learning rate decayed linearly to 0 (PCD needs a falling rate to settle).

Images in [0, 1] are binarised stochastically (pixel ~ Bernoulli(intensity)), afresh each
epoch. Per epoch the trainer reports (:class:`training.events.TrainEvent`):

``recon_error``     Σ_pixels (v − p(v | h)), h ~ p(h | v), squared, per training image
``test_pll``        exact pseudo-log-likelihood Σ_i log p(v_i | v_{−i}) of held-out digits
                    (nats per image; every pixel flipped, not a one-pixel estimate)
``fe_gap``          mean F(held-out) − mean F(training): grows when the model overfits
``test_ll``         (H ≤ 20 only) exact log p(v) of held-out digits, nats per image
                    (every 5th epoch and the last when H > 12; None between)
"""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np

from training.events import TrainEvent
from training.rbm.model import RBM, sigmoid, softplus

#: held-out digits scored each epoch (pseudo-likelihood and the free-energy gap)
MONITOR_N = 200


def binarise(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Pixel ~ Bernoulli(intensity): [N, …] in [0, 1] → [N, V] float32 of 0/1."""
    x = np.asarray(x, np.float32).reshape(len(x), -1)
    return (rng.random(x.shape, dtype=np.float32) < x).astype(np.float32)


def pseudo_log_likelihood(model: RBM, v: np.ndarray) -> np.ndarray:
    """Σ_i log p(v_i | v_{−i}) per image [N], exactly (all V pixels flipped).

    log p(v_i | v_{−i}) = −softplus(F(v) − F(v')) with v' = v with pixel i flipped; the
    flip moves c + vW by s_i W_{i,:} and bᵀv by s_i b_i (s_i = 1 − 2 v_i)."""
    v = model._flat(v)
    a = v @ model.W + model.c                              # [N, H]
    base = softplus(a).sum(1)                              # [N]
    out = np.empty(len(v), np.float64)
    for n in range(len(v)):
        s = 1.0 - 2.0 * v[n]                               # [V]
        flipped = softplus(a[n] + s[:, None] * model.W).sum(1)   # [V]
        d = (s * model.b).astype(np.float64) + flipped - base[n]  # F(v) − F(v with i flipped)
        out[n] = -softplus(d).sum()                        # log σ(−d) per pixel, summed
    return out


class RBMTrainer:
    """Epoch-wise PCD / CD-k training of ``model`` on images ``x_train`` [N, H, W] in
    [0, 1], watched on ``x_test``; the trainer protocol of :func:`training.run.run_training`
    (``step``, ``done``, ``progress``, ``total``, ``unit``, ``state`` / ``load_state``)."""

    unit = "epoch"

    def __init__(self, model: RBM, x_train: np.ndarray, x_test: np.ndarray, epochs: int = 50,
                 batch_size: int = 100, lr: float = 0.05, momentum: float = 0.9,
                 weight_decay: float = 2e-4, cd_k: int = 1, persistent: bool = True,
                 seed: int = 0, callback: Callable[[TrainEvent], None] | None = None,
                 monitor_n: int = MONITOR_N) -> None:
        self.model = model
        self.x_train = np.asarray(x_train, np.float32).reshape(len(x_train), -1)
        self.total, self.batch_size, self.lr = int(epochs), int(batch_size), float(lr)
        self.momentum, self.weight_decay = float(momentum), float(weight_decay)
        self.cd_k, self.persistent, self.callback = int(cd_k), bool(persistent), callback
        self.rng = np.random.default_rng(seed)
        fixed = np.random.default_rng(seed + 1)               # the monitor's digits never change
        xt = np.asarray(x_test, np.float32).reshape(len(x_test), -1)
        self.v_test = binarise(xt[fixed.permutation(len(xt))[:monitor_n]], fixed)
        self.v_train_mon = binarise(self.x_train[fixed.permutation(len(self.x_train))[:monitor_n]],
                                    fixed)
        if not model.W.any() or not (model.b.any() or model.c.any()):
            # visible biases from the pixel means (Hinton's guide §8)
            p = np.clip(self.x_train.mean(0), 1e-3, 1 - 1e-3)
            model.b = np.log(p / (1 - p)).astype(np.float32)
        self.chains = binarise(self.x_train[self.rng.permutation(len(self.x_train))
                                            [:self.batch_size]], self.rng)
        self.vel = {k: np.zeros_like(getattr(model, k)) for k in ("W", "b", "c")}
        self.progress, self.history, self.t0, self.elapsed_s = 0, [], time.perf_counter(), 0.0

    @property
    def done(self) -> bool:
        return self.progress >= self.total

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            if self.done:
                return
            t = time.perf_counter()
            recon = self._epoch()
            self.elapsed_s += time.perf_counter() - t
            self.progress += 1
            ev = TrainEvent(self.progress, self.total, {"recon_error": recon, **self.monitor()},
                            self.elapsed_s)
            self.history.append(ev.as_list())
            if self.callback is not None:
                self.callback(ev)

    def _epoch(self) -> float:
        m, rng = self.model, self.rng
        lr = self.lr * (1.0 - self.progress / max(self.total, 1))
        mom = 0.5 if self.progress < 5 else self.momentum
        data = binarise(self.x_train, rng)[rng.permutation(len(self.x_train))]
        err = 0.0
        for lo in range(0, len(data), self.batch_size):
            v0 = data[lo: lo + self.batch_size]
            ph0 = m.p_h(v0)
            h0 = (rng.random(ph0.shape, dtype=np.float32) < ph0).astype(np.float32)
            err += float(((v0 - m.p_v(h0)) ** 2).sum())
            vk = self.chains if self.persistent else v0
            vk = m.gibbs(vk, rng, self.cd_k)
            if self.persistent:
                self.chains = vk
            phk = m.p_h(vk)
            nb, nk = len(v0), len(vk)
            grads = {"W": v0.T @ ph0 / nb - vk.T @ phk / nk - self.weight_decay * m.W,
                     "b": v0.mean(0) - vk.mean(0), "c": ph0.mean(0) - phk.mean(0)}
            for k, g in grads.items():
                self.vel[k] = mom * self.vel[k] + lr * g.astype(np.float32)
                setattr(m, k, getattr(m, k) + self.vel[k])
        if not np.isfinite(m.W).all():
            raise FloatingPointError(f"the weights became non-finite in epoch {self.progress + 1}")
        return err / len(data)

    def monitor(self) -> dict[str, float]:
        m = self.model
        f_test, f_train = m.free_energy(self.v_test), m.free_energy(self.v_train_mon)
        out = {"test_pll": float(pseudo_log_likelihood(m, self.v_test[:100]).mean()),
               "fe_gap": float(f_test.mean() - f_train.mean())}
        if m.n_hidden <= 20:  # exact log Z: every 5th epoch and the last (2^H terms)
            from training.rbm.partition import log_z_exact

            out["test_ll"] = (float(-f_test.mean() - log_z_exact(m, dtype=np.float32))
                              if self.progress % 5 == 0 or self.done or m.n_hidden <= 12
                              else None)
        return out

    def finish(self) -> None:
        """Keep (up to the model's ``n_chains`` of) the persistent chains with the model."""
        m = self.model
        if m.n_chains:
            src = self.chains if self.persistent else m.gibbs(self.chains, self.rng, 1000)
            idx = np.arange(m.n_chains) % len(src)
            m.chains = np.ascontiguousarray(src[idx], np.float32)

    # -- checkpoints -----------------------------------------------------------------------
    def state(self) -> tuple[dict[str, Any], dict[str, Any]]:
        import torch

        m = self.model
        arrays = {"W": m.W, "b": m.b, "c": m.c, "chains": self.chains,
                  **{f"vel.{k}": v for k, v in self.vel.items()}}
        tensors = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in arrays.items()}
        meta = {"progress": self.progress, "history": self.history,
                "elapsed_s": self.elapsed_s, "rng": self.rng.bit_generator.state}
        return tensors, meta

    def load_state(self, tensors: dict[str, Any], meta: dict[str, Any]) -> None:
        m = self.model
        arr = {k: np.asarray(v.numpy() if hasattr(v, "numpy") else v, np.float32)
               for k, v in tensors.items()}
        m.W, m.b, m.c, self.chains = (arr[k].copy() for k in ("W", "b", "c", "chains"))
        self.vel = {k: arr[f"vel.{k}"].copy() for k in ("W", "b", "c")}
        self.progress, self.history = int(meta["progress"]), list(meta["history"])
        self.elapsed_s = float(meta.get("elapsed_s", 0.0))
        self.rng.bit_generator.state = meta["rng"]
