"""Latent diffusion: a DDPM on the codes of a shipped VAE, decoded by that VAE's decoder.

After Rombach et al. 2022 ("High-Resolution Image Synthesis with Latent Diffusion Models",
§3): train an autoencoder first, then a diffusion model on its latent codes, and decode
what the diffusion model samples. Here the autoencoder is a shipped VAE
(``trained/latent-vae16-mnist5k``: 16-d codes, an MLP decoder) and the denoiser is the
residual MLP of the 2D models (:class:`~training.diffusion.nets.PointMLP` on 16-d vectors);
schedule, samplers and trainer are the pixel DDPM's (:class:`DiffusionModel`,
:class:`~training.diffusion.train.DiffusionTrainer`), unchanged.

===========  ===================  ==========================================================
code         symbol               meaning
===========  ===================  ==========================================================
``z``        z = μ_φ(x)           the VAE encoder's **mean** of q_φ(z | x) (not a sample), [N, d]
``shift``    m ∈ R^d              mean of the training codes (per dimension, or one number)
``scale``    s ∈ R^d              their standard deviation (per dimension, or one number)
``u``        u = (z − m) / s      standardised code: unit variance, what the DDPM models
``u_t``      u_t = √ᾱ_t u + √(1−ᾱ_t) ε    the forward process (DDPM eq. 4) on codes
``u0``       û₀                   the denoiser's predicted clean code at each step
``decode``   D(s ⊙ u + m)         the VAE decoder's Bernoulli means, images [N, H, W] in [0, 1]
===========  ===================  ==========================================================

Standardising matters: the DDPM's forward process ends at N(0, I), so the data it
diffuses should have unit variance (Rombach et al. rescale by one global factor, §4.3.2 and
Appendix G; here per dimension by default, as the 2D models are). m and s live in the
weights file (``data.shift``, ``data.scale``) and in the card (``latent_standardisation``);
decoding always un-standardises with them.

The model decodes with a VAE it does not contain: its config names the VAE artifact
(``vae``) and the SHA-256 of that artifact's weights (``vae_sha256``). :func:`training.load`
calls :meth:`LatentDiffusionModel.load_dependencies`, which finds the VAE beside the
artifact or in ``trained/``, checks the hash and refuses, with a message saying what to do,
when it is missing or different. Nothing samples without it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import torch

from training.artifact_checks import MAX_CONFIG_STR, ArtifactError
from training.artifacts import register
from training.density.family import Hyper
from training.diffusion.pipeline import SAMPLER_LABELS, SAMPLERS, DiffusionModel

#: the pixel DDPM that the step-through can run beside this model (same seed, sampler, steps)
PIXEL_REFERENCE = "diffusion-mnist5k"
#: longest VAE reference a card's config can keep
MAX_REF_CHARS = MAX_CONFIG_STR


class MissingVAE(ArtifactError):
    """The VAE a latent diffusion model decodes with is missing or not the one it was
    trained on (:func:`training.load` turns this into an ArtifactError)."""


def weights_sha256(folder: str | Path) -> str:
    """SHA-256 (hex) of ``folder/model.safetensors``: the identity of an artifact's weights."""
    return hashlib.sha256((Path(folder) / "model.safetensors").read_bytes()).hexdigest()


def find_artifact(ref: str, near: str | Path | None = None) -> Path | None:
    """The folder of the artifact ``ref`` (a name in ``trained/`` or a path): beside the
    folder ``near`` first (a copied pair keeps working), then as a path, then in
    ``trained/``. None when no candidate holds a card."""
    from training.artifacts import default_trained_dir

    cands = []
    if near is not None:
        cands.append(Path(near).parent / Path(ref).name)
    cands += [Path(ref), default_trained_dir() / Path(ref).name]
    return next((c for c in cands if (c / "card.json").is_file()), None)


def latent_grid(d: int) -> tuple[int, int]:
    """How a d-vector is shown as a small image: 4×4 for 16, else the most square h×w."""
    h = int(np.floor(np.sqrt(d)))
    while d % h:
        h -= 1
    return h, d // h


@register
class LatentDiffusionModel:
    """ε-prediction DDPM on the standardised codes of a VAE; see the module docstring."""

    kind = "latent-diffusion"
    family = "latent DDPM"
    is_points = False  # draws images (through the decoder), never on the density canvas
    #: the step-through panels (:mod:`training.capabilities`): the code u_t as a small
    #: signed image, the decoded u_t and the decoded prediction û₀; with ``beside_pixel``
    #: the pixel DDPM's x_t and x̂₀ on the same seed
    step_names = ("z_t", "decode(z_t)", "decode(ẑ₀)", "pixel DDPM: x_t", "pixel DDPM: x̂₀")
    step_panel_kinds = {"z_t": "signed"}
    step_options = (
        Hyper("sampler", str, "unipc", "the reverse-process sampler (the pixel DDPM's)",
              choices=tuple((s, SAMPLER_LABELS[s]) for s in SAMPLERS)),
        Hyper("steps", int, 20, "denoiser evaluations (T = 1000)", min=1, max=1000),
        Hyper("eta", float, 0.0, "DDIM η: 0 deterministic, 1 as noisy as DDPM",
              label="η (DDIM)", min=0.0, max=1.0),
        Hyper("beside_pixel", bool, False, f"run the pixel DDPM ({PIXEL_REFERENCE}) beside it "
              "on the same seed, sampler and steps (a second row of panels)",
              label="beside pixel DDPM"),
    )

    def __init__(self, vae: str = "latent-vae16-mnist5k", vae_sha256: str = "",
                 latent_dim: int = 16, hidden: int = 512, depth: int = 4, fourier: int = 0,
                 schedule: str = "linear", num_train_timesteps: int = 1000,
                 seed: int = 0) -> None:
        self.vae_ref, self.vae_sha256 = str(vae), str(vae_sha256)
        self.latent_dim = int(latent_dim)
        self.ddpm = DiffusionModel("mlp", (self.latent_dim,), hidden=hidden, depth=depth,
                                   schedule=schedule, num_train_timesteps=num_train_timesteps,
                                   seed=seed, fourier=fourier)
        self.vae = None      # attached by load_dependencies (load) or attach_vae (training)
        self.vae_path: Path | None = None
        self.card: dict[str, Any] = {}
        self._pixel = None

    # -- artifact protocol ------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        d = self.ddpm
        return {"vae": self.vae_ref, "vae_sha256": self.vae_sha256,
                "latent_dim": self.latent_dim, "hidden": d.hidden, "depth": d.depth,
                "fourier": d.fourier, "schedule": d.schedule_name, "num_train_timesteps": d.T,
                "seed": d.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """The inner point DDPM's tensors (``net.*``, ``data.shift``, ``data.scale``)."""
        return DiffusionModel.expected_shapes(
            {"net": "mlp", "data_shape": [int(config["latent_dim"])],
             "hidden": config["hidden"], "depth": config["depth"],
             "fourier": config["fourier"]})

    def get_tensors(self) -> dict[str, np.ndarray]:
        return self.ddpm.get_tensors()

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        self.ddpm.set_tensors(tensors)

    def load_dependencies(self, path: str | Path) -> None:
        """Find, check and attach the VAE (called by :func:`training.load` with the
        artifact's folder). Raises :class:`MissingVAE` with what to do."""
        from training.shipped import SHIPPED

        where = find_artifact(self.vae_ref, near=path)
        remake = SHIPPED.get(Path(self.vae_ref).name)
        how = (f"re-make it with `{remake}`" if remake
               else "put that VAE's folder beside this one")
        if where is None:
            raise MissingVAE(
                f"{path}: this latent diffusion model decodes its samples with the VAE "
                f"'{self.vae_ref}', which is not beside it nor in trained/; {how}")
        if self.vae_sha256 and weights_sha256(where) != self.vae_sha256:
            raise MissingVAE(
                f"{path}: the VAE at {where} is not the one this model was trained on (its weights' "
                f"SHA-256 differs from {self.vae_sha256[:12]}…): its latent space is another "
                "one; re-train this model on it (python -m training latent-diffusion …)")
        from training.artifacts import load

        vae = load(where)
        self.attach_vae(vae, where)

    def attach_vae(self, vae, path: str | Path | None = None) -> None:
        if int(getattr(vae, "latent_dim", -1)) != self.latent_dim or not callable(
                getattr(vae, "decode", None)):
            raise MissingVAE(f"{path or 'the VAE'} has {getattr(vae, 'latent_dim', '?')}-d "
                             f"codes; this model diffuses {self.latent_dim}-d ones")
        self.vae, self.vae_path = vae, None if path is None else Path(path)

    # -- spaces -----------------------------------------------------------------------------
    @property
    def net(self) -> torch.nn.Module:
        return self.ddpm.net

    @property
    def n_params(self) -> int:
        return self.ddpm.n_params

    @property
    def T(self) -> int:  # noqa: N802 (the paper's symbol)
        return self.ddpm.T

    @property
    def image_shape(self) -> tuple[int, ...]:
        return tuple(self.vae.image_shape) if self.vae is not None else (28, 28)

    def standardise(self, z: np.ndarray) -> np.ndarray:
        """u = (z − m) / s with the model's (the card's) m and s."""
        return self.ddpm.to_model(z).numpy()

    def unstandardise(self, u: np.ndarray | torch.Tensor) -> np.ndarray:
        """z = s ⊙ u + m."""
        return self.ddpm.to_data(torch.as_tensor(np.asarray(u, np.float32)))

    def decode_standardised(self, u: np.ndarray | torch.Tensor) -> np.ndarray:
        """Images [N, H, W] in [0, 1] of standardised codes u [N, d]: D(s ⊙ u + m)."""
        if self.vae is None:
            raise RuntimeError("no VAE attached: load the model with training.load")
        return self.vae.decode(self.unstandardise(u))

    def encode_standardised(self, x: np.ndarray) -> np.ndarray:
        """u = (μ_φ(x) − m) / s of images [N, H, W] (the training codes of the module
        docstring)."""
        return self.standardise(self.vae.encode(x))

    def card_summary(self, card: dict[str, Any]) -> list[str]:
        """The card in a few lines (the step-through view's model label)."""
        m = card.get("metrics", {})
        per = card.get("latent_standardisation", {}).get("per", "dimension")
        lines = [f"{self.latent_dim}-d codes of {self.vae_ref} (encoder means, standardised "
                 f"per {per}); MLP denoiser, {self.n_params:,} parameters"]

        def fig(prefix: str) -> str:
            return (f"{m[prefix + '_confident_share']:.0%} confident, Fréchet "
                    f"{m[prefix + '_frechet_distance']:.1f}")

        if "ddim50_confident_share" in m:
            lines.append(f"DDIM-50 samples: {fig('ddim50')} (floor "
                         f"{m['ddim50_frechet_floor']:.1f})")
        if "vae_prior_confident_share" in m:
            lines.append(f"VAE alone: prior samples {fig('vae_prior')}; reconstructions "
                         f"{fig('vae_reconstructions')} (the ceiling)")
        return lines

    # -- sampling ---------------------------------------------------------------------------
    def sample(self, n: int, steps: int = 50, sampler: str = "ddim", eta: float = 0.0,
               seed: int = 0, batch_size: int = 256) -> np.ndarray:
        """``n`` images (n, H, W) in [0, 1]: the DDPM samples codes, the VAE decodes once."""
        z = self.ddpm.sample(n, steps=steps, sampler=sampler, eta=eta, seed=seed,
                             batch_size=batch_size)
        return self.vae.decode(z)

    def pixel_reference(self):
        """The pixel DDPM run beside this model (loaded once, on first use)."""
        if self._pixel is None:
            from training.artifacts import load

            where = find_artifact(PIXEL_REFERENCE, near=self.vae_path)
            if where is None:
                raise ArtifactError(f"the pixel DDPM {PIXEL_REFERENCE} is not in trained/, so "
                                 "it cannot run beside this model")
            self._pixel = load(where)
        return self._pixel

    def iter_steps(self, n: int, seed: int = 0, sampler: str = "unipc", steps: int = 20,
                   eta: float = 0.0, beside_pixel: bool = False, **_options) -> Iterator:
        """One :class:`training.capabilities.Step` per reverse step, every code decoded:
        ``z_t`` [n, h, w] (u_t as an h×w image, standardised units), ``decode(z_t)`` and
        ``decode(ẑ₀)`` [n, H, W]; with ``beside_pixel`` also the pixel DDPM's ``x_t`` and
        ``x̂₀`` on the same seed, sampler and steps (its own x_T: another space)."""
        from training.capabilities import Step

        eta = float(eta) if sampler == "ddim" else 0.0
        pixel = self.pixel_reference().denoise(n, steps=steps, sampler=sampler, eta=eta,
                                               seed=seed) if beside_pixel else None
        h, w = latent_grid(self.latent_dim)
        for s in self.ddpm.denoise(n, steps=steps, sampler=sampler, eta=eta, seed=seed):
            panels = {"z_t": s.x_t.numpy().reshape(n, h, w),
                      "decode(z_t)": self.decode_standardised(s.x_t),
                      "decode(ẑ₀)": self.decode_standardised(s.x0)}
            if pixel is not None:
                p = next(pixel)
                ref = self._pixel
                panels["pixel DDPM: x_t"] = ref.to_data(p.x_t)
                panels["pixel DDPM: x̂₀"] = ref.to_data(p.x0)
            end = str(s.prev_t) if s.prev_t >= 0 else "z₀"
            yield Step(s.index, s.steps, f"t = {s.t} → {end}", panels,
                       {"t": s.t, "prev_t": s.prev_t})
