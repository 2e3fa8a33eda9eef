"""The torch model of the 2D GAN family (declared in :mod:`training.density.gan`).

A 2D generative adversarial network (Goodfellow et al., 2014) as a density family.

Two MLPs play a game on standardised data (x̃ = (x − μ) / s, μ and s the training points'
mean and standard deviation per axis, as the flow does):

* the generator G: z ↦ x̃, z ∈ ℝ^q (q = 1 or 2) drawn from N(0, I) or U(−1, 1)^q;
* the discriminator D: x̃ ↦ a logit ℓ(x̃) (with ``loss="lsgan"`` a raw score).

One training *step* is k = ``d_steps`` discriminator updates, then one generator update
(Adam, β = (0.5, 0.999), cosine decay to 10 % of each learning rate). With t = 1 − smoothing
the real label (one-sided label smoothing, Salimans et al., 2016) and σ(·) the logistic:

    nonsat  L_D = E_x[t·softplus(−ℓ(x)) + (1 − t)·softplus(ℓ(x))] + E_z[softplus(ℓ(G(z)))]
            L_G = E_z[softplus(−ℓ(G(z)))]                  (non-saturating, −log D(G(z)))
    lsgan   L_D = ½ E_x[(ℓ(x) − t)²] + ½ E_z[ℓ(G(z))²]
            L_G = ½ E_z[(ℓ(G(z)) − 1)²]                     (Mao et al., 2017)

Regularisers of D, each optional:

* R1 penalty (Mescheder et al., 2018): L_D += (γ/2) E_x ‖∇_x̃ ℓ(x̃)‖² on real points;
* instance noise (Sønderby et al., 2017; Arjovsky & Bottou, 2017): N(0, σ_t² I) added to the
  real and generated points D sees, annealed linearly from σ at step 0 to 0 at the last step,
  σ_t = σ (1 − step / steps): blurred early (overlapping supports), exact at the end;
* spectral normalisation of every layer of D (Miyato et al., 2018;
  ``torch.nn.utils.parametrizations.spectral_norm``).

A GAN has no likelihood: ``tractable = False``, and ``log_prob`` is a kernel density estimate
of a pool of ``POOL`` samples (as :class:`~training.density.implicit.SampleDensity`),
refreshed when the trainer reports, finishes, or the weights are set — a picture of where
the samples fall, not p_model(x). The figures that judge it are the sample metrics of
:mod:`training.density.sample_metrics`, reported at every evaluation.

What the app draws, all numpy in / out: :meth:`GANDensity.discriminator_grid` (D(x) as a
probability on a grid), :meth:`GANDensity.generator_gradients` (where the generator loss
pushes each generated point) and :meth:`GANDensity.manifold` (a regular grid of noise
through G).

Shapes: points ``[N, 2]`` in data units; ``log_prob`` returns ``[N]`` (float64).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from training.artifacts import register
from training.density.base import DensityModel, as_points

#: samples in the pool whose KDE stands in for log p, and that pool's seed
POOL = 4000
POOL_SEED = 0
NOISES = ("gaussian", "uniform")
LOSSES = ("nonsat", "lsgan")


def _mlp(n_in: int, width: int, depth: int, n_out: int, act: Callable[[], nn.Module],
         spectral: bool = False) -> nn.Sequential:
    """``depth`` hidden layers of ``width`` units (``act`` after each), then a linear layer."""
    from torch.nn.utils.parametrizations import spectral_norm

    layers: list[nn.Module] = []
    d = n_in
    for _ in range(depth):
        lin = nn.Linear(d, width)
        layers += [spectral_norm(lin) if spectral else lin, act()]
        d = width
    last = nn.Linear(d, n_out)
    layers.append(spectral_norm(last) if spectral else last)
    return nn.Sequential(*layers)


class _GANNet(nn.Module):
    def __init__(self, noise_dim: int, g_depth: int, g_width: int, d_depth: int, d_width: int,
                 spectral: bool) -> None:
        super().__init__()
        self.register_buffer("shift", torch.zeros(2))
        self.register_buffer("scale", torch.ones(2))
        self.g = _mlp(noise_dim, g_width, g_depth, 2, nn.ReLU)
        self.d = _mlp(2, d_width, d_depth, 1, lambda: nn.LeakyReLU(0.2), spectral)


@register
class GANDensity(DensityModel):
    """A generator and a discriminator on 2D points; see the module docstring."""

    family = "GAN (generator vs discriminator)"
    tractable = False
    #: the scoreboard's likelihood cells: a GAN defines no density at all
    likelihood_short = "n/a: implicit"
    likelihood_note = ("not available — implicit model: a GAN only draws samples; the "
                       "heatmap is a kernel density estimate of its samples")

    def __init__(self, noise_dim: int = 2, noise: str = "gaussian", g_depth: int = 3,
                 g_width: int = 128, d_depth: int = 3, d_width: int = 128,
                 spectral_norm: bool = False, loss: str = "nonsat", seed: int = 0) -> None:
        super().__init__()
        self.noise_dim, self.noise = int(noise_dim), str(noise)
        self.g_depth, self.g_width = int(g_depth), int(g_width)
        self.d_depth, self.d_width = int(d_depth), int(d_width)
        self.spectral_norm, self.loss, self.seed = bool(spectral_norm), str(loss), int(seed)
        if self.noise_dim not in (1, 2):
            raise ValueError(f"the noise dimension is 1 or 2, not {noise_dim}")
        if self.noise not in NOISES:
            raise ValueError(f"the noise is one of {', '.join(NOISES)}, not {noise!r}")
        if self.loss not in LOSSES:
            raise ValueError(f"the loss is one of {', '.join(LOSSES)}, not {loss!r}")
        if not (0 <= self.g_depth <= 16 and 0 <= self.d_depth <= 16
                and 1 <= self.g_width <= 4096 and 1 <= self.d_width <= 4096):
            raise ValueError("depths 0 … 16 and widths 1 … 4096 are required")
        # the initial weights are a function of the config alone (see FlowDensity)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(self.seed)
            self.net = _GANNet(self.noise_dim, self.g_depth, self.g_width, self.d_depth,
                               self.d_width, self.spectral_norm)
        self.net.eval()
        #: held while a trainer updates the weights and while the app's pictures read them
        self.lock = threading.RLock()
        self.pool: np.ndarray | None = None
        self._kde = None

    # ---------------------------------------------------------------- noise and players
    def noise_tensor(self, n: int, generator: torch.Generator | None = None,
                     rng: np.random.Generator | None = None) -> torch.Tensor:
        """z [n, q] from the noise distribution (torch generator, or numpy rng)."""
        q = self.noise_dim
        if rng is not None:
            z = rng.standard_normal((n, q)) if self.noise == "gaussian" else rng.uniform(-1, 1, (n, q))
            return torch.as_tensor(z, dtype=torch.float32)
        if self.noise == "gaussian":
            return torch.randn(n, q, generator=generator)
        return torch.rand(n, q, generator=generator) * 2 - 1

    def to_data(self, xs: torch.Tensor) -> torch.Tensor:
        return xs * self.net.scale + self.net.shift

    def to_std(self, x: torch.Tensor) -> torch.Tensor:
        return (x - self.net.shift) / self.net.scale

    def d_prob(self, score: torch.Tensor) -> torch.Tensor:
        """D's output as "probability real": σ(ℓ) (nonsat), the score clipped to [0, 1] (lsgan)."""
        return torch.sigmoid(score) if self.loss == "nonsat" else score.clamp(0.0, 1.0)

    def g_loss_terms(self, score: torch.Tensor) -> torch.Tensor:
        """Per-sample generator loss of D's output on generated points."""
        if self.loss == "nonsat":
            return F.softplus(-score)
        return 0.5 * (score - 1.0) ** 2

    # ---------------------------------------------------------------- the interface
    def fit(self, x: np.ndarray, **kwargs: Any) -> "GANDensity":
        """Train adversarially; keyword arguments go to :class:`GANTrainer`."""
        from training.density.gan_trainer import GANTrainer

        GANTrainer(self, x, **kwargs).run()
        return self

    @torch.no_grad()
    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """G(z) for n noise draws of ``numpy.random.default_rng(seed)``, in data units."""
        n = int(n)
        z = self.noise_tensor(n, rng=np.random.default_rng(seed))
        with self.lock:
            out = self.to_data(self.net.g(z))
        return out.double().numpy()

    def refresh_pool(self) -> None:
        """Draw the pool afresh from G and refit its KDE (after weights change)."""
        from training.density.kde import KDEDensity

        pool = self.sample(POOL, seed=POOL_SEED)
        pool = pool[np.isfinite(pool).all(1)]
        if len(pool) < 2:
            raise FloatingPointError("the generator drew fewer than 2 finite points")
        kde = KDEDensity().fit(pool)
        self.pool, self._kde = pool, kde

    def _estimate(self):
        if self._kde is None:
            self.refresh_pool()
        return self._kde

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        """log of the KDE of the sample pool at x — an estimate, not a likelihood."""
        return self._estimate().log_prob(as_points(x))

    def log_prob_grid(self, x0: float, x1: float, y0: float, y1: float, res: int) -> np.ndarray:
        return self._estimate().log_prob_grid(x0, x1, y0, y1, res)

    @property
    def n_params(self) -> int:
        """Parameters of G and D together (G alone: :attr:`n_params_g`)."""
        return sum(p.numel() for p in self.net.g.parameters()) + \
            sum(p.numel() for p in self.net.d.parameters())

    @property
    def n_params_g(self) -> int:
        return sum(p.numel() for p in self.net.g.parameters())

    def config(self) -> dict[str, Any]:
        return {"noise_dim": self.noise_dim, "noise": self.noise, "g_depth": self.g_depth,
                "g_width": self.g_width, "d_depth": self.d_depth, "d_width": self.d_width,
                "spectral_norm": self.spectral_norm, "loss": self.loss, "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (without building it)."""
        out: dict[str, tuple[int, ...]] = {"shift": (2,), "scale": (2,)}

        def mlp(prefix: str, n_in: int, width: int, depth: int, n_out: int, sn: bool) -> None:
            sizes = [n_in] + [width] * depth + [n_out]
            for i in range(depth + 1):
                a, b = sizes[i], sizes[i + 1]
                name = f"{prefix}.{2 * i}"
                out[f"{name}.bias"] = (b,)
                if sn:
                    out[f"{name}.parametrizations.weight.original"] = (b, a)
                    out[f"{name}.parametrizations.weight.0._u"] = (b,)
                    out[f"{name}.parametrizations.weight.0._v"] = (a,)
                else:
                    out[f"{name}.weight"] = (b, a)

        mlp("g", int(config["noise_dim"]), int(config["g_width"]), int(config["g_depth"]), 2, False)
        mlp("d", 2, int(config["d_width"]), int(config["d_depth"]), 1, bool(config["spectral_norm"]))
        return out

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {k: v.detach().cpu().numpy().copy() for k, v in self.net.state_dict().items()}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        if "scale" in tensors and not np.all(np.asarray(tensors["scale"]) > 0):
            raise ValueError("the standardisation scale must be positive")
        with self.lock:
            self.net.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in tensors.items()})
            self.net.eval()
        self.fitted = True
        self.refresh_pool()

    # ---------------------------------------------------------------- what the app draws
    @torch.no_grad()
    def discriminator_grid(self, x0: float, x1: float, y0: float, y1: float,
                           res: int) -> np.ndarray:
        """D(x) as a probability of "real" at the centres of a res × res grid over
        [x0, x1] × [y0, y1], rows along y: [res, res] float32."""
        res = int(res)
        xs = x0 + (np.arange(res) + 0.5) * (x1 - x0) / res
        ys = y0 + (np.arange(res) + 0.5) * (y1 - y0) / res
        gx, gy = np.meshgrid(xs, ys)
        pts = torch.as_tensor(np.stack([gx.ravel(), gy.ravel()], 1), dtype=torch.float32)
        with self.lock:
            p = self.d_prob(self.net.d(self.to_std(pts)))[:, 0]
        return p.numpy().reshape(res, res).astype(np.float32)

    def generator_gradients(self, n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Generated points [n, 2] and the direction the generator loss pushes each,
        −∇_x L_G(x) in data units [n, 2] (gradient descent on the points themselves; G's
        update moves them along these arrows as far as its weights allow)."""
        z = self.noise_tensor(int(n), rng=np.random.default_rng(seed))
        with self.lock:
            with torch.no_grad():
                xs = self.net.g(z)
            xs = xs.clone().requires_grad_(True)
            loss = self.g_loss_terms(self.net.d(xs)).sum()
            (grad,) = torch.autograd.grad(loss, xs)
            pts = self.to_data(xs.detach())
            # x = x̃ s + μ, so ∇_x L = ∇_x̃ L / s
            push = -grad / self.net.scale
        return pts.double().numpy(), push.double().numpy()

    @torch.no_grad()
    def manifold(self, grid: int = 20) -> np.ndarray:
        """A regular grid of noise through G: [grid, grid, 2] (2D noise; row i, column j is
        G(z₁ = u_i, z₂ = u_j)) or [grid, 2] (1D noise). Gaussian noise is gridded at equal
        probability steps u_i = Φ⁻¹((i + ½) / grid), uniform noise evenly on (−1, 1)."""
        from scipy.special import ndtri

        grid = int(grid)
        u = (np.arange(grid) + 0.5) / grid
        u = ndtri(u) if self.noise == "gaussian" else 2 * u - 1
        if self.noise_dim == 1:
            z = u[:, None]
        else:
            a, b = np.meshgrid(u, u, indexing="ij")
            z = np.stack([a.ravel(), b.ravel()], 1)
        with self.lock:
            x = self.to_data(self.net.g(torch.as_tensor(z, dtype=torch.float32)))
        x = x.double().numpy()
        return x if self.noise_dim == 1 else x.reshape(grid, grid, 2)
