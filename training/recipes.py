"""Recipes: one typed config dataclass per model family (the machinery they share is in
:mod:`training.recipe_base`; the command of every shipped artifact in :mod:`training.shipped`).

A recipe is everything that decides what a training run computes (data, model size,
optimiser, seed, output folder). Its fields generate the command-line options (``--help``
documents each one from the field's ``help``) and, back, the canonical command line stored
in the card as ``created_by`` — so a card always names a command that re-makes it.
Run options (device, threads, checkpoints, logging) change how a run is carried out, not
what it computes, and are left out of ``created_by``.

    >>> from training.shipped import SHIPPED
    >>> r = recipe_from_command(SHIPPED["latent-vae2-mnist5k"])
    >>> r.latent_dim, r.command() == SHIPPED["latent-vae2-mnist5k"]
    (2, True)

``SHIPPED`` lists the artifacts in the order ``python -m training all`` makes them (the
classifier first: other recipes score their samples with it). A test checks that every
folder in ``trained/`` was made by exactly its command and that each command round-trips
through its dataclass.
"""
from __future__ import annotations

import argparse
import dataclasses
import shlex
from dataclasses import dataclass
from typing import Any, Callable, ClassVar

from training.recipe_base import (  # noqa: F401  (re-exported: the recipes' public names)
    IMAGE_SETS, Recipe, RunOptions, _images, _is_cities, _not_pca, _points, _RaisingParser,
    _user_images, any_data, image_data, is_image_data, opt, points_data, positive_float,
    positive_int, recipe_parser, slug,
)


@dataclass
class ClassifierRecipe(RunOptions, Recipe):
    """Train the small CNN (LeNet-style, random 2-pixel shifts) that scores generated
    digits: confidence, class histogram, Fréchet distance in its penultimate features."""

    name: ClassVar[str] = "classifier"
    summary: ClassVar[str] = "train the MNIST-5k digit classifier (scores samples)"
    epochs: int = opt(20, "epochs")
    lr: float = opt(2e-3, "peak Adam learning rate (cosine decay)")
    seed: int = opt(0, "seed of init, split and batches")
    out: str | None = opt(None, "output folder (default: trained/classifier-mnist5k)")
    checkpoint_every: int = opt(1, "epochs between checkpoints; 0: none", run=True)

    def default_out(self) -> str:
        return "trained/classifier-mnist5k"


# -- the density recipe: its family options come from the family registry ----------------
def _cli_type(h) -> Callable[[str], Any] | None:
    """The argparse type of a family hyperparameter (None: ``add_arguments`` decides)."""
    if h.parse is not None:
        def parse(value: str, h=h) -> Any:
            try:
                return h.parse(value)
            except ValueError as e:
                raise argparse.ArgumentTypeError(str(e)) from None
        parse.__name__ = h.name
        return parse
    if h.type is int and h.min is not None and h.min >= 1:
        return positive_int
    if h.type is float and h.min is not None and h.min > 0:
        return positive_float
    return None


def _family_fields() -> list[tuple[str, str, dataclasses.Field]]:
    """One recipe field per hyperparameter name of the registered families.

    Families may share a name (``--hidden`` is the flow's conditioner width and the
    autoregressive model's MLP width): the option then belongs to the command of each of
    them. Where their defaults differ, the field's default is None and :meth:`resolved`
    fills in the family's own. Fields come in the order of the registry, each family's in
    the order it declares them (the order of ``created_by``)."""
    from training.density.registry import families

    owners: dict[str, list] = {}
    for fam in families():
        for h in fam.hypers:
            owners.setdefault(h.name, []).append((fam.key, h))
    out = []
    for name, pairs in owners.items():
        keys = tuple(k for k, _ in pairs)
        hs = [h for _, h in pairs]
        if len({h.type for h in hs}) != 1:
            raise TypeError(f"--{name}: the families {keys} declare it with different types")
        defaults = {repr(h.default) for h in hs}
        default = hs[0].default if len(defaults) == 1 else None
        if hs[0].type is bool and default is None:
            raise TypeError(f"--{name}: a flag needs one default for {keys}")
        helps = {h.help for h in hs}
        text = hs[0].help if len(helps) == 1 else "; ".join(f"{k}: {h.help}" for k, h in pairs)
        if default is None:
            text += " (default: " + ", ".join(f"{h.default} for {k}" for k, h in pairs) + ")"
        when = (lambda r, keys=keys: r.family in keys)
        group = f"--family {' / '.join(keys)} options"
        typ = hs[0].type.__name__
        # argparse formats help text with %: a "10 %" in a family's help must stay literal
        meta = opt(default, text.replace("%", "%%"), when=when, type=_cli_type(hs[0]), negative=hs[0].negative,
                   group=group, choices=None if hs[0].parse or not hs[0].choices
                   else tuple(c for c, _ in hs[0].choices))
        out.append((name, typ if default is not None else f"{typ} | None", meta))
    return out


class _DensityMethods:
    """Methods of :data:`DensityRecipe` (a dataclass made from the family registry)."""

    name: ClassVar[str] = "density"
    summary: ClassVar[str] = "fit a 2D density model (p_model) to a data set"

    def __post_init__(self) -> None:
        """Each option of the chosen family is checked against the family's bounds (a
        ``--bins`` fine for one family may be out of range for another)."""
        from training.density.registry import get

        fam = get(self.family)
        for h in fam.hypers:
            value = getattr(self, h.name)
            if value is not None:
                try:
                    h.check(value)
                except ValueError as e:
                    raise ValueError(f"--family {self.family}: {e}") from None

    def family_options(self) -> dict[str, Any]:
        """The chosen family's hyperparameters (defaults filled in), by name."""
        from training.density.registry import get

        fam = get(self.family)
        return fam.complete({h.name: getattr(self, h.name) for h in fam.hypers})

    def resolved(self) -> "Recipe":
        return dataclasses.replace(self, out=self.out or self.default_out(),
                                   **self.family_options())

    def default_out(self) -> str:
        return f"trained/density-{self.family}-{slug(self.data)}"


def _density_recipe() -> type:
    from training.density.registry import families

    fams = families()
    doc = ("Fit a 2D p_model to samples of a data set by maximum likelihood and save it. "
           "Families: " + "; ".join(
               f"{f.key} ({f.label}, {'trained step by step' if f.iterative else 'closed form'})"
               for f in fams) + ".")
    common = [
        ("family", "str", opt("gaussian", "model family", choices=tuple(f.key for f in fams))),
        ("data", "str", opt("8gaussians", "a 2D data set (8gaussians, checkerboard, moons, "
                            "circles, rings, 2spirals, swissroll, pinwheel, world-cities) or a "
                            "CSV file of 2D points", type=points_data, metavar="DATA")),
        ("min_population", "int", opt(1_000_000, "world-cities only: keep cities with more "
                                      "people than this", when=_is_cities)),
        ("n_train", "int", opt(5000, "training points")),
        ("n_val", "int", opt(5000, "validation points")),
        ("n_test", "int", opt(20000, "held-out test points")),
        ("seed", "int", opt(0, "seed of the training sample; validation uses seed+2, test "
                            "seed+1 (world-cities and CSV files: seed of the 70/15/15 split)")),
    ]
    tail = [
        ("out", "str | None", opt(None, "output folder (default: trained/density-FAMILY-DATA)")),
        ("checkpoint_every", "int", opt(500, "progress units (steps, EM iterations) between "
                                        "checkpoints of an iterative family; 0: none", run=True)),
    ]
    return dataclasses.make_dataclass(
        "DensityRecipe", common + _family_fields() + tail,
        bases=(_DensityMethods, RunOptions, Recipe),
        namespace={"__doc__": doc, "__module__": __name__})


#: the density recipe: common fields, then one field per family hyperparameter name
DensityRecipe = _density_recipe()


@dataclass
class LatentRecipe(RunOptions, Recipe):
    """Fit a VAE, a plain autoencoder (the same networks, no KL) or probabilistic PCA to an
    image data set and save it with its per-dimension latent statistics."""

    name: ClassVar[str] = "latent"
    summary: ClassVar[str] = "fit a latent-variable model (VAE, AE, PCA) to images"
    threads_default: ClassVar[int] = 2
    family: str = opt("vae", "vae, ae (same networks, no KL) or pca (closed form)",
                      choices=("vae", "ae", "pca"))
    data: str = opt("mnist5k", "an image set (mnist5k, digits8, shapes) or a folder of "
                    "images, an .npz with an image array, or an MNIST IDX file",
                    type=image_data, metavar="DATA")
    latent_dim: int = opt(2, "latent dimensions")
    seed: int = opt(0, "seed of init, split and batches")
    image_size: list[int] = opt([28, 28], "size your images are converted to", nargs=2,
                                metavar=("H", "W"), when=_user_images)
    epochs: int = opt(100, "most epochs", when=_not_pca, group="network options (vae, ae)")
    batch_size: int = opt(128, "batch size", when=_not_pca, group="network options (vae, ae)")
    lr: float = opt(1e-3, "peak Adam learning rate (cosine decay)", when=_not_pca,
                    group="network options (vae, ae)")
    beta: float = opt(1.0, "KL weight β", when=_not_pca, group="network options (vae, ae)")
    kl_warmup: int = opt(0, "epochs over which β ramps up from 0", when=_not_pca,
                         group="network options (vae, ae)")
    patience: int = opt(10, "stop after this many epochs without validation progress",
                        when=_not_pca, group="network options (vae, ae)")
    hidden: list[int] = opt([512, 256], "encoder widths, mirrored by the decoder", nargs="+",
                            metavar="WIDTH",
                            when=_not_pca, group="network options (vae, ae)")
    out: str | None = opt(None, "output folder (default: trained/latent-FAMILYDIM-DATA)")
    checkpoint_every: int = opt(5, "epochs between checkpoints; 0: none", run=True)

    def default_out(self) -> str:
        return f"trained/latent-{self.family}{self.latent_dim}-{slug(self.data)}"


def _conditional(r) -> bool:
    return bool(r.conditional)


def _weighted(r) -> bool:
    return bool(r.min_snr)


def _v_prediction(r) -> bool:
    return r.prediction != "epsilon"


def nonnegative_float(value: str) -> float:
    """A finite number ≥ 0."""
    try:
        v = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number") from None
    if not (v >= 0.0 and v != float("inf")):
        raise argparse.ArgumentTypeError(f"must be a finite number ≥ 0, not {value}")
    return v


def unit_fraction(value: str) -> float:
    """A number in [0, 1)."""
    try:
        v = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number") from None
    if not 0.0 <= v < 1.0:
        raise argparse.ArgumentTypeError(f"must be a number in [0, 1), not {value}")
    return v


@dataclass
class DiffusionRecipe(RunOptions, Recipe):
    """Train an ε-prediction denoiser by the simplified DDPM objective (a UNet on images,
    a residual MLP with Fourier features on 2D points) and save it with its noise
    schedule. Checkpoints go to RUN_DIR/checkpoint; under torchrun it trains data-parallel."""

    name: ClassVar[str] = "diffusion"
    summary: ClassVar[str] = "train a DDPM (UNet on images, MLP on 2D points)"
    threads_default: ClassVar[int] = 2
    data: str = opt("mnist5k", "an image set (mnist5k, digits8, shapes) or an image folder / "
                    ".npz / IDX file (UNet); a 2D set or a CSV of points (MLP)",
                    type=any_data, metavar="DATA")
    steps: int | None = opt(None, "optimisation steps (default: 8000 images, 6000 2D)")
    batch_size: int | None = opt(None, "global batch size (default: 64 images, 512 2D)")
    lr: float | None = opt(None, "peak learning rate (default: 5e-4 images, 2e-3 2D)")
    warmup: int = opt(200, "linear warm-up steps")
    ema: float = opt(0.999, "EMA decay of the saved weights; after s steps it is "
                      "min(EMA, (1+s)/(10+s)): the default 0.999 only from step 8,990 on")
    schedule: str = opt("linear", "noise schedule, T = 1000 (linear: β 1e-4 → 0.02)",
                        choices=("linear", "cosine"))
    min_snr: float = opt(0.0, "Min-SNR-γ loss weighting: each example's ε error weighted by "
                         "min(SNR_t, γ)/SNR_t (Hang et al. 2023; 0: unweighted, the default)",
                         type=nonnegative_float, metavar="GAMMA", when=_weighted)
    seed: int = opt(0, "seed of init, split and batches")
    prediction: str = opt("epsilon", "what the UNet predicts: the noise ε (the default) or "
                          "the velocity v = √ᾱ_t ε − √(1−ᾱ_t) x_0 (Salimans & Ho 2022)",
                          choices=("epsilon", "v"), when=_v_prediction,
                          group="UNet options (images)")
    channels: list[int] = opt([32, 64, 96], "UNet channels per resolution", nargs=3,
                              metavar=("C1", "C2", "C3"),
                              when=_images, group="UNet options (images)")
    image_size: list[int] = opt([28, 28], "size your images are converted to", nargs=2,
                                metavar=("H", "W"), when=_user_images,
                                group="UNet options (images)")
    bf16: bool = opt(True, "bfloat16 autocast for the UNet where this machine runs it faster "
                     "(detected and timed once; --no-bf16: always float32)",
                     negative="--no-bf16", when=_images, group="UNet options (images)")
    hidden: int = opt(256, "MLP width", when=_points, group="MLP options (2D points)")
    depth: int = opt(4, "MLP residual layers", when=_points, group="MLP options (2D points)")
    fourier: int = opt(6, "Fourier-feature frequencies of the input (0: none)", when=_points,
                       group="MLP options (2D points)")
    min_population: int = opt(1_000_000, "world-cities only: keep cities with more people "
                              "than this", when=_is_cities, group="MLP options (2D points)")
    conditional: bool = opt(False, "class-conditional on the data's labels (digits, mixture "
                            "components, continents), for classifier-free guidance",
                            group="class-conditional (guidance)")
    p_uncond: float = opt(0.1, "share of training examples whose label is dropped to the null "
                          "label", when=_conditional, type=unit_fraction,
                          group="class-conditional (guidance)")
    init_from: str | None = opt(None, "start from the weights of this unconditional diffusion "
                                "artifact (same network; the label embedding starts at zero)",
                                group="class-conditional (guidance)")
    label_init: str | None = opt(None, "the label embedding's start: zero (the default: the "
                                 "conditional net starts as the unconditional one, as "
                                 "--init-from needs) or normal (N(0, 1) entries, distinct "
                                 "for every class from the first step)", when=_conditional,
                                 choices=("zero", "normal"),
                                 group="class-conditional (guidance)")
    out: str | None = opt(None, "output folder (default: trained/diffusion-DATA)")
    checkpoint_every: int = opt(500, "steps between checkpoints; 0: none", run=True)
    eval_every: int = opt(250, "steps between progress events", run=True)
    eval_samples: int = opt(1000, "samples drawn for the quality figures", run=True)
    skip_eval: bool = opt(False, "save without the quality figures", run=True)

    def default_out(self) -> str:
        cond = "cond-" if self.conditional else ""
        return f"trained/diffusion-{cond}{slug(self.data)}"

    def resolved(self) -> "DiffusionRecipe":
        images = is_image_data(self.data)
        return dataclasses.replace(
            self, out=self.out or self.default_out(),
            steps=(8000 if images else 6000) if self.steps is None else self.steps,
            batch_size=(64 if images else 512) if self.batch_size is None else self.batch_size,
            lr=(5e-4 if images else 2e-3) if self.lr is None else self.lr)


@dataclass
class LatentDiffusionRecipe(RunOptions, Recipe):
    """Train a DDPM on the codes of a trained VAE (latent diffusion, Rombach et al. 2022):
    the VAE's encoder means of the training digits, standardised to unit variance, modelled
    by the residual MLP denoiser with the pixel DDPM's schedule and trainer; samples are
    decoded by the VAE (training/diffusion/latent_diffusion.py). The card names the VAE and
    its weights' SHA-256; the model refuses to load without that VAE."""

    name: ClassVar[str] = "latent-diffusion"
    summary: ClassVar[str] = "train a DDPM in the latent space of a trained VAE"
    threads_default: ClassVar[int] = 1
    vae: str = opt("latent-vae16-mnist5k", "the VAE artifact whose codes are diffused (a "
                   "name in trained/ or a folder)", metavar="ARTIFACT")
    standardise: str = opt("dimension", "codes standardised per dimension or by one global "
                           "mean and scale", choices=("dimension", "global"))
    steps: int = opt(20000, "optimisation steps")
    batch_size: int = opt(256, "batch size")
    lr: float = opt(1e-3, "peak learning rate (warm-up, cosine decay)")
    warmup: int = opt(200, "linear warm-up steps")
    ema: float = opt(0.999, "EMA decay of the saved weights; after s steps it is "
                      "min(EMA, (1+s)/(10+s)): the default 0.999 only from step 8,990 on")
    schedule: str = opt("linear", "noise schedule, T = 1000 (linear: β 1e-4 → 0.02)",
                        choices=("linear", "cosine"))
    seed: int = opt(0, "seed of init and batches")
    hidden: int = opt(256, "MLP width")
    depth: int = opt(4, "MLP residual layers")
    fourier: int = opt(0, "Fourier-feature frequencies of the input (0: none)")
    out: str | None = opt(None, "output folder (default: trained/diffusion-VAE, e.g. "
                          "trained/diffusion-vae16-mnist5k)")
    checkpoint_every: int = opt(2000, "steps between checkpoints; 0: none", run=True)
    eval_every: int = opt(500, "steps between progress events", run=True)
    eval_samples: int = opt(1000, "samples drawn for the quality figures", run=True)
    skip_eval: bool = opt(False, "save without the quality figures", run=True)

    def default_out(self) -> str:
        from pathlib import Path

        return f"trained/diffusion-{Path(self.vae).name.removeprefix('latent-')}"


def _style(r) -> bool:
    return r.arch == "style"


@dataclass
class GANRecipe(RunOptions, Recipe):
    """Train an image GAN (training/latent/gan.py): a DCGAN or a small style-based
    generator, non-saturating loss, R1 penalty on real images, DiffAugment, EMA weights;
    scored with the shipped digit classifier and a memorisation check."""

    name: ClassVar[str] = "gan"
    summary: ClassVar[str] = "train an image GAN (DCGAN or style-based) for the latent sliders"
    arch: str = opt("dcgan", "generator: dcgan (transposed convolutions + BatchNorm) or style "
                    "(mapping network, modulated convolutions)", choices=("dcgan", "style"))
    data: str = opt("mnist5k", "an image set (mnist5k, digits8, shapes) or a folder / .npz / "
                    "IDX file of images (at most 32×32)", type=image_data, metavar="DATA")
    latent_dim: int | None = opt(None, "z dimensions (default: 64 dcgan, 32 style)")
    seed: int = opt(0, "seed of init, split and batches")
    steps: int = opt(3000, "optimisation steps (one D step and one G step each)")
    batch_size: int = opt(64, "batch size")
    lr: float = opt(5e-4, "Adam learning rate of G and D (β = 0.5, 0.99)")
    r1_gamma: float = opt(1.0, "R1 penalty weight γ (0: none)")
    r1_every: int = opt(4, "apply R1 every this many D steps (lazy regularisation)")
    augment: bool = opt(True, "DiffAugment (translation + cutout) before D (--no-augment: "
                        "none)", negative="--no-augment")
    ema: float = opt(0.995, "EMA decay of the saved generator weights (ramped up from 0.1)")
    channels: list[int] | None = opt(None, "generator widths: dcgan one width c (4c, 2c, c); "
                                     "style four (at 4, 8, 16, 32 px) (default: 32; 64 32 16 "
                                     "8)", nargs="+", metavar="C")
    d_channels: int = opt(32, "discriminator width c (c, 2c, 4c)")
    image_size: list[int] = opt([28, 28], "size your images are converted to", nargs=2,
                                metavar=("H", "W"), when=_user_images)
    out: str | None = opt(None, "output folder (default: trained/gan-ARCH-DATA)")
    checkpoint_every: int = opt(500, "steps between checkpoints; 0: none", run=True)
    eval_samples: int = opt(1000, "samples drawn for the quality figures", run=True)

    def default_out(self) -> str:
        return f"trained/gan-{self.arch}-{slug(self.data)}"

    def resolved(self) -> "GANRecipe":
        dcgan = self.arch == "dcgan"
        return dataclasses.replace(
            self, out=self.out or self.default_out(),
            latent_dim=(64 if dcgan else 32) if self.latent_dim is None else self.latent_dim,
            channels=([32] if dcgan else [64, 32, 16, 8]) if self.channels is None
            else list(self.channels))


@dataclass
class PixelCNNRecipe(RunOptions, Recipe):
    """Train a PixelCNN (training/autoregressive_images/) on stochastically binarised images
    (resampled every epoch) by exact maximum likelihood; the card holds the test NLL in nats
    per image and bits per dimension (test set binarised once, seed + 1)."""

    name: ClassVar[str] = "pixelcnn"
    summary: ClassVar[str] = "train a gated or plain PixelCNN on binarised digits (step sampler)"
    arch: str = opt("gated", "gated (vertical + horizontal stacks, no blind spot) or plain "
                    "(mask A, then mask B: has the blind spot)", choices=("gated", "plain"))
    data: str = opt("mnist5k", "an image set (mnist5k, digits8, shapes)", type=image_data,
                    metavar="DATA")
    channels: int = opt(32, "feature channels")
    layers: int = opt(5, "masked (plain) or gated layers")
    first_kernel: int = opt(7, "size of the first layer's kernel (odd)")
    epochs: int = opt(15, "epochs (a fresh binarisation each)")
    batch_size: int = opt(64, "batch size")
    lr: float = opt(2e-3, "peak Adam learning rate (50 warm-up steps, cosine decay)")
    seed: int = opt(0, "seed of init, split, binarisation and batches")
    image_size: list[int] = opt([28, 28], "size your images are converted to", nargs=2,
                                metavar=("H", "W"), when=_user_images)
    out: str | None = opt(None, "output folder (default: trained/pixelcnn-ARCH-DATA)")
    checkpoint_every: int = opt(1, "epochs between checkpoints; 0: none", run=True)
    samples: int = opt(1000, "samples drawn after training and scored by the shipped "
                       "classifier for the card (0: none; scoring only, the weights are the "
                       "same)", run=True)

    def default_out(self) -> str:
        return f"trained/pixelcnn-{self.arch}-{slug(self.data)}"


@dataclass
class RBMRecipe(RunOptions, Recipe):
    """Train a binary restricted Boltzmann machine (training/rbm/) on stochastically
    binarised images (resampled every epoch) by persistent contrastive divergence (or CD-k
    with --no-persistent); the card holds log Z (exact for up to 20 hidden units, else by
    annealed importance sampling with its spread) and the held-out log-likelihood in nats
    per image."""

    name: ClassVar[str] = "rbm"
    summary: ClassVar[str] = "train a binary RBM by PCD / CD-k (Gibbs-chain step sampler)"
    data: str = opt("mnist5k", "an image set (mnist5k, digits8, shapes) or a folder / .npz / "
                    "IDX file of images (binarised stochastically)", type=image_data,
                    metavar="DATA")
    hidden: int = opt(16, "hidden units (log Z exact up to 20, else AIS)")
    epochs: int = opt(50, "epochs (a fresh binarisation each)")
    batch_size: int = opt(100, "batch size (and number of persistent chains)")
    lr: float = opt(0.01, "SGD learning rate (decayed linearly to 0)")
    momentum: float = opt(0.9, "momentum after the first 5 epochs (0.5 before)")
    weight_decay: float = opt(2e-4, "L2 penalty on the weights")
    cd_k: int = opt(1, "Gibbs steps per update (of the persistent chains with PCD)")
    persistent: bool = opt(True, "persistent chains (PCD); --no-persistent: CD-k restarted "
                           "at the data", negative="--no-persistent")
    keep_chains: int = opt(32, "persistent chains kept in the artifact (the step-through "
                           "view's 'persistent' start)")
    ais_runs: int = opt(100, "AIS runs M (more than 20 hidden units)")
    ais_betas: int = opt(14500, "AIS temperatures K, spaced as Salakhutdinov & Murray 2008")
    seed: int = opt(0, "seed of init, split, binarisation and chains")
    image_size: list[int] = opt([28, 28], "size your images are converted to", nargs=2,
                                metavar=("H", "W"), when=_user_images)
    out: str | None = opt(None, "output folder (default: trained/rbmHIDDEN-DATA)")
    checkpoint_every: int = opt(10, "epochs between checkpoints; 0: none", run=True)
    samples: int = opt(1000, "Gibbs samples (1,000 steps from noise) scored by the shipped "
                       "classifier for the card (0: none; scoring only)", run=True)

    def default_out(self) -> str:
        return f"trained/rbm{self.hidden}-{slug(self.data)}"


@dataclass
class NaiveRecipe(RunOptions, Recipe):
    """Fit the naive pixel-independent model (training/naive/): a product of per-pixel
    Bernoullis, p_i = (k_i + α) / (n + 2α) over BINARISATIONS stochastic binarisations of
    the training digits (closed form, seconds); the card holds the exact test NLL in nats
    per image and bits per dimension on the test digits binarised once with seed + 1 (the
    PixelCNN's, so the two NLLs compare) and the sample figures of its binary samples."""

    name: ClassVar[str] = "naive"
    summary: ClassVar[str] = "fit independent per-pixel Bernoullis to binarised digits"
    data: str = opt("mnist5k", "an image set (mnist5k, digits8, shapes)", type=image_data,
                    metavar="DATA")
    binarisations: int = opt(10, "stochastic binarisations of the training set counted "
                             "(x_bin ~ Bernoulli(grey level), seeds [seed, 1 …])",
                             type=positive_int)
    alpha: float = opt(1.0, "pseudo-count α of the Beta(α, α) prior on each p_i (1: "
                       "Laplace's rule)", type=positive_float)
    seed: int = opt(0, "seed of split and binarisations")
    image_size: list[int] = opt([28, 28], "size your images are converted to", nargs=2,
                                metavar=("H", "W"), when=_user_images)
    out: str | None = opt(None, "output folder (default: trained/naive-DATA)")
    samples: int = opt(1000, "samples scored by the shipped classifier for the card (0: "
                       "none; scoring only)", run=True)

    def default_out(self) -> str:
        return f"trained/naive-{slug(self.data)}"


RECIPES: dict[str, type[Recipe]] = {
    r.name: r for r in (ClassifierRecipe, DensityRecipe, LatentRecipe, DiffusionRecipe,
                        LatentDiffusionRecipe, GANRecipe, PixelCNNRecipe, RBMRecipe,
                        NaiveRecipe)}


def recipe_from_command(command: str) -> Recipe:
    """Parse a ``python -m training RECIPE …`` (or ``… train RECIPE …``) command line."""
    argv = shlex.split(command)
    if argv[:3] != ["python", "-m", "training"]:
        raise ValueError(f"not a training command: {command}")
    argv = argv[3:]
    if argv and argv[0] == "train":
        argv = argv[1:]
    if not argv or argv[0] not in RECIPES:
        raise ValueError(f"unknown recipe in: {command} (known: {', '.join(RECIPES)})")
    cls = RECIPES[argv[0]]
    parser = _RaisingParser(prog=f"python -m training {cls.name}")
    recipe_parser(cls, parser)
    try:
        ns = parser.parse_args(argv[1:])
    except argparse.ArgumentError as e:
        raise ValueError(f"{e} (in: {command})") from None
    return cls.from_namespace(ns)
