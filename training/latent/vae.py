"""Variational and plain autoencoders with MLP encoder and decoder.

VAE (Kingma & Welling 2014): q_φ(z | x) = N(μ_φ(x), diag σ²_φ(x)), p(z) = N(0, I),
p_θ(x | z) = ∏ Bernoulli(x_i; sigmoid(f_θ(z)_i)). Training maximises the ELBO

    ELBO(x) = E_q[log p_θ(x | z)] − KL(q_φ(z | x) ‖ p(z))       (nats per image)

with one reparameterised sample z = μ + σ ⊙ ε. The Bernoulli log-likelihood is evaluated on
grey levels in [0, 1] (cross-entropy), as is common for MNIST: it is a bound on that
Bernoulli likelihood, not on a density of continuous pixels, so compare ELBOs only
between models scored the same way. ``beta`` weights the KL term (β-VAE, Higgins et al.
2017; β = 1 is the plain VAE).

Plain autoencoder (``variational=False``): the same networks, the encoder's mean is the
code, no noise and no KL term — its latent space has holes the VAE's prior closes.

Shapes: images (N, H, W) in [0, 1] are flattened to (N, H·W); z is (N, d).
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any, Callable

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from training.artifacts import register
from training.events import TrainEvent
from training.latent.base import LatentModel
from training.optim import CosineAdam


class _ConvEncoder(nn.Module):
    """Two stride-2 convolutions (H → H/4), then an MLP to 2·d outputs (μ, log σ²)."""

    def __init__(self, image_shape: tuple[int, int], hidden: int, out: int) -> None:
        super().__init__()
        self.shape = image_shape
        h, w = image_shape
        self.conv = nn.Sequential(nn.Conv2d(1, 32, 4, 2, 1), nn.ReLU(),
                                  nn.Conv2d(32, 64, 4, 2, 1), nn.ReLU())
        self.fc = nn.Sequential(nn.Linear(64 * (h // 4) * (w // 4), hidden), nn.ReLU(),
                                nn.Linear(hidden, out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(self.conv(x.reshape(len(x), 1, *self.shape)).flatten(1))


def _mlp(sizes: list[int]) -> nn.Sequential:
    layers: list[nn.Module] = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(a, b), nn.ReLU()]
    return nn.Sequential(*layers[:-1])


@register
class VAE(LatentModel):
    """MLP VAE or autoencoder; see the module docstring."""

    def __init__(self, image_shape: tuple[int, int] | list[int] = (28, 28), latent_dim: int = 2,
                 hidden: tuple[int, ...] | list[int] = (512, 256), variational: bool = True,
                 beta: float = 1.0, seed: int = 0, encoder: str = "mlp") -> None:
        self.image_shape = tuple(int(s) for s in image_shape)
        self.latent_dim = int(latent_dim)
        self.hidden = tuple(int(h) for h in hidden)
        self.variational = bool(variational)
        self.beta = float(beta)
        self.seed = int(seed)
        self.encoder_type = encoder
        if encoder not in ("mlp", "conv"):
            raise ValueError("encoder must be 'mlp' or 'conv'")
        if encoder == "conv" and any(s % 4 for s in self.image_shape):
            raise ValueError("the conv encoder needs image sides divisible by 4")
        if self.latent_dim < 1:
            raise ValueError("latent_dim must be at least 1")
        n = int(np.prod(self.image_shape))
        with torch.random.fork_rng():
            torch.manual_seed(self.seed)
            if encoder == "conv":
                self.encoder = _ConvEncoder(self.image_shape, self.hidden[0], 2 * self.latent_dim)
            else:
                self.encoder = nn.Sequential(_mlp([n, *self.hidden]), nn.ReLU(),
                                             nn.Linear(self.hidden[-1], 2 * self.latent_dim))
            self.decoder = _mlp([self.latent_dim, *reversed(self.hidden), n])
        self.encoder.eval()
        self.decoder.eval()
        self.card: dict[str, Any] = {}

    @property
    def family(self) -> str:  # type: ignore[override]
        return "VAE" if self.variational else "Autoencoder"

    # -- artifact protocol ----------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {"image_shape": list(self.image_shape), "latent_dim": self.latent_dim,
                "hidden": list(self.hidden), "variational": self.variational,
                "beta": self.beta, "seed": self.seed, "encoder": self.encoder_type}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        shape = [int(s) for s in config["image_shape"]]
        d, hidden = int(config["latent_dim"]), [int(h) for h in config["hidden"]]
        n = int(np.prod(shape))
        shapes: dict[str, tuple[int, ...]] = {}

        def linear(name: str, n_in: int, n_out: int) -> None:
            shapes[name + ".weight"], shapes[name + ".bias"] = (n_out, n_in), (n_out,)

        def mlp(prefix: str, sizes: list[int]) -> None:  # _mlp: Linear, ReLU, Linear, …
            for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
                linear(f"{prefix}.{2 * i}", a, b)

        if config["encoder"] == "conv":
            shapes.update({"encoder.conv.0.weight": (32, 1, 4, 4), "encoder.conv.0.bias": (32,),
                           "encoder.conv.2.weight": (64, 32, 4, 4), "encoder.conv.2.bias": (64,)})
            linear("encoder.fc.0", 64 * (shape[0] // 4) * (shape[1] // 4), hidden[0])
            linear("encoder.fc.2", hidden[0], 2 * d)
        else:
            mlp("encoder.0", [n, *hidden])
            linear("encoder.2", hidden[-1], 2 * d)
        mlp("decoder", [d, *reversed(hidden), n])
        return shapes

    def get_tensors(self) -> dict[str, np.ndarray]:
        out = {f"encoder.{k}": v.detach().numpy().copy() for k, v in self.encoder.state_dict().items()}
        out.update({f"decoder.{k}": v.detach().numpy().copy()
                    for k, v in self.decoder.state_dict().items()})
        return out

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        for name, net in (("encoder", self.encoder), ("decoder", self.decoder)):
            net.load_state_dict({k[len(name) + 1:]: torch.from_numpy(np.array(v))
                                 for k, v in tensors.items() if k.startswith(name + ".")})

    @property
    def n_params(self) -> int:
        return sum(p.numel() for net in (self.encoder, self.decoder) for p in net.parameters())

    # -- the model ------------------------------------------------------------------------
    def _posterior(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.encoder(x)
        mu, logvar = h[:, : self.latent_dim], h[:, self.latent_dim:]
        return mu, logvar.clamp(-12, 8)

    @torch.inference_mode()
    def encode(self, x: np.ndarray, return_logvar: bool = False):
        mu, logvar = self._posterior(torch.from_numpy(self._flat(x)))
        if return_logvar:
            return mu.numpy(), logvar.numpy()
        return mu.numpy()

    @torch.inference_mode()
    def decode(self, z: np.ndarray) -> np.ndarray:
        z = torch.as_tensor(np.asarray(z, dtype=np.float32)).reshape(-1, self.latent_dim)
        return torch.sigmoid(self.decoder(z)).numpy().reshape(len(z), *self.image_shape)

    def loss_terms(self, x: torch.Tensor, generator: torch.Generator | None = None,
                   sample: bool = True) -> tuple[torch.Tensor, torch.Tensor]:
        """Per-image (reconstruction NLL, KL) in nats for a flat batch x (N, H·W)."""
        mu, logvar = self._posterior(x)
        if self.variational:
            z = mu
            if sample:
                eps = torch.randn(mu.shape, generator=generator)
                z = mu + torch.exp(0.5 * logvar) * eps  # reparameterisation trick
            # KL(N(μ, σ²) ‖ N(0, 1)) = ½ Σ (μ² + σ² − log σ² − 1)
            kl = 0.5 * (mu**2 + logvar.exp() - logvar - 1).sum(1)
        else:
            z, kl = mu, torch.zeros(len(x))
        logits = self.decoder(z)
        rec = F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(1)
        return rec, kl

    def kl_per_dim(self, x: np.ndarray) -> np.ndarray:
        """Mean KL(q(z_j | x) ‖ N(0, 1)) over the images, per dimension (nats)."""
        if not self.variational:
            return np.zeros(self.latent_dim)
        mu, logvar = self.encode(x, return_logvar=True)
        return (0.5 * (mu**2 + np.exp(logvar) - logvar - 1)).mean(0)

    @torch.inference_mode()
    def elbo(self, x: np.ndarray, seed: int = 0, n_mc: int = 1) -> dict[str, float]:
        """Mean ELBO, reconstruction NLL and KL in nats per image (VAE), or the mean
        reconstruction cross-entropy (autoencoder)."""
        xt = torch.from_numpy(self._flat(x))
        g = torch.Generator().manual_seed(seed)
        recs, kls = [], []
        for _ in range(n_mc):
            rec, kl = self.loss_terms(xt, g, sample=self.variational)
            recs.append(rec.mean().item())
            kls.append(kl.mean().item())
        rec, kl = float(np.mean(recs)), float(np.mean(kls))
        return {"elbo": -(rec + kl), "rec_nll": rec, "kl": kl}


#: the VAE trainer's events are :class:`training.events.TrainEvent` (one per epoch) with the
#: metrics ``train_loss`` and ``val_loss`` (negative ELBO, β-weighted, nats per image)
LatentEvent = TrainEvent


class VAETrainer:
    """Adam (cosine decay) on the negative ELBO (β-weighted KL), one epoch per ``step``,
    keeping the weights with the best validation loss (early stopping after ``patience``
    epochs without progress). ``warmup_epochs`` ramps β from 0 (KL annealing, Bowman et
    al. 2016). ``state`` / ``load_state`` make it resumable at epoch boundaries
    (:func:`training.checkpoint.run_resumable`)."""

    unit = "epoch"

    def __init__(self, model: VAE, x_train: np.ndarray, x_val: np.ndarray, epochs: int = 60,
                 batch_size: int = 128, lr: float = 1e-3, seed: int = 0, patience: int = 10,
                 warmup_epochs: int = 0,
                 callback: Callable[[LatentEvent], None] | None = None) -> None:
        self.model, self.epochs, self.batch_size = model, int(epochs), int(batch_size)
        self.seed, self.patience, self.warmup_epochs = seed, int(patience), int(warmup_epochs)
        self.callback = callback
        self.xt = torch.from_numpy(model._flat(x_train))
        self.xv = torch.from_numpy(model._flat(x_val))
        self.g = torch.Generator().manual_seed(seed)
        params = list(model.encoder.parameters()) + list(model.decoder.parameters())
        steps_per_epoch = math.ceil(len(self.xt) / batch_size)
        self.opt = CosineAdam(params, lr, epochs * steps_per_epoch)
        self.best, self.best_epoch, self.since = math.inf, 0, 0
        self.best_state: tuple[dict, dict] | None = None
        self.history: list[list[float]] = []
        self.stopped = False
        self._elapsed0, self.t0 = 0.0, time.perf_counter()

    @property
    def progress(self) -> int:
        return len(self.history)

    @property
    def done(self) -> bool:
        return self.stopped or self.progress >= self.epochs

    def elapsed(self) -> float:
        return self._elapsed0 + time.perf_counter() - self.t0

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            if self.done:
                return
            self._epoch(self.progress + 1)

    def _epoch(self, ep: int) -> None:
        model, xt, g = self.model, self.xt, self.g
        warm = self.warmup_epochs
        model.encoder.train()
        model.decoder.train()
        beta = model.beta * (min(1.0, ep / warm) if warm else 1.0)
        perm = torch.randperm(len(xt), generator=g)
        total = 0.0
        for i in range(0, len(xt), self.batch_size):
            xb = xt[perm[i:i + self.batch_size]]
            rec, kl = model.loss_terms(xb, g)
            loss = (rec + beta * kl).mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item() * len(xb)
        model.encoder.eval()
        model.decoder.eval()
        with torch.inference_mode():
            rec, kl = model.loss_terms(self.xv, torch.Generator().manual_seed(self.seed + 1))
            val = (rec + model.beta * kl).mean().item()
        self.history.append([ep, round(total / len(xt), 4), round(val, 4)])
        if self.callback is not None:
            self.callback(TrainEvent(ep, self.epochs, {"train_loss": total / len(xt),
                                                       "val_loss": val}, self.elapsed()))
        if not math.isfinite(val):
            raise FloatingPointError(f"the validation loss became {val} at epoch {ep}")
        if val < self.best - 1e-3 and (not warm or ep >= warm):
            self.best, self.best_epoch, self.since = val, ep, 0
            self.best_state = (copy.deepcopy(model.encoder.state_dict()),
                               copy.deepcopy(model.decoder.state_dict()))
        else:
            self.since += 1
            if self.since >= self.patience and (not warm or ep >= warm):
                self.stopped = True

    def finish(self) -> dict[str, Any]:
        """Load the best validation weights; return the summary the card records."""
        if self.best_state is not None:
            self.model.encoder.load_state_dict(self.best_state[0])
            self.model.decoder.load_state_dict(self.best_state[1])
        return {"history": self.history, "best_epoch": self.best_epoch,
                "best_val_loss": self.best, "epochs_run": len(self.history),
                "time_s": self.elapsed()}

    def state(self) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
        from training.checkpoint import optimizer_state, prefixed

        m = self.model
        tensors = {**prefixed("encoder", m.encoder.state_dict()),
                   **prefixed("decoder", m.decoder.state_dict())}
        opt, t = optimizer_state(self.opt)
        tensors.update(opt)
        if self.best_state is not None:
            tensors.update(prefixed("best_encoder", self.best_state[0]))
            tensors.update(prefixed("best_decoder", self.best_state[1]))
        tensors["rng.torch"] = self.g.get_state()
        meta = {"opt_t": t, "best": self.best, "best_epoch": self.best_epoch,
                "since": self.since, "stopped": self.stopped, "history": self.history,
                "elapsed_s": self.elapsed()}
        return tensors, meta

    def load_state(self, tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> None:
        from training.checkpoint import load_optimizer_state, unprefixed

        m = self.model
        m.encoder.load_state_dict(unprefixed("encoder", tensors))
        m.decoder.load_state_dict(unprefixed("decoder", tensors))
        load_optimizer_state(self.opt, tensors, meta["opt_t"])
        be, bd = unprefixed("best_encoder", tensors), unprefixed("best_decoder", tensors)
        self.best_state = (be, bd) if be else None
        self.g.set_state(tensors["rng.torch"])
        self.best, self.best_epoch = float(meta["best"]), int(meta["best_epoch"])
        self.since, self.stopped = int(meta["since"]), bool(meta["stopped"])
        self.history = [list(h) for h in meta["history"]]
        self._elapsed0, self.t0 = float(meta["elapsed_s"]), time.perf_counter()


def train_vae(model: VAE, x_train: np.ndarray, x_val: np.ndarray, epochs: int = 60,
              batch_size: int = 128, lr: float = 1e-3, seed: int = 0, patience: int = 10,
              warmup_epochs: int = 0,
              callback: Callable[[LatentEvent], None] | None = None) -> dict[str, Any]:
    """Train to the end in one call (see :class:`VAETrainer`)."""
    trainer = VAETrainer(model, x_train, x_val, epochs, batch_size, lr, seed, patience,
                         warmup_epochs, callback)
    trainer.step(epochs)
    return trainer.finish()
