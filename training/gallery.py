"""The Gallery: every shipped MNIST-5k image model, one evaluator, on the taxonomy.

``python -m training gallery [--samples N] [--out docs/gallery]`` finds every artifact in
``trained/`` that was fitted to MNIST-5k and that a family of :data:`FAMILIES` claims, draws
N samples of each (fixed seed), scores them all with ONE function (:func:`score_samples`:
the shipped classifier's confident share, class shares and missing classes, the Fréchet
distance with its real-vs-real floor, k-NN precision and recall in the classifier's
features, memorisation), adds the likelihood the card carries and says what kind of figure
it is (:class:`Likelihood`), the parameters, the training time and the time to draw 16
samples on this machine, and writes ``gallery.json``, ``gallery.md`` and ``samples.png``
(:mod:`training.gallery_report`).

A family added later is one :class:`Family` in :data:`FAMILIES` (which cards it claims, how
to draw n samples, its likelihood); a family with no shipped model is simply absent.
Binary-sample models (naive, PixelCNN, RBM) are compared with stochastically binarised real
digits, grey-sample models with the grey digits: each row says which.
"""

from __future__ import annotations

import math
import platform
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

#: samples per model. 1,000 was the plan; at 1 thread on this 2-core machine (shared with
#: training jobs) the two PixelCNNs (0.4 and 1.5 s per sample) and the DDPM (0.6 s) made a
#: full run ≈ 45 minutes, so the default is 500 (≈ 25 minutes); --samples 1000 still works.
DEFAULT_SAMPLES = 500
SEED = 0
#: a class is "missing" when fewer than this share of the samples fall in it (10 % expected)
MISSING_SHARE = 0.01
#: k of the k-NN precision and recall (Kynkäänniemi et al. 2019)
KNN_K = 3
DATA = "mnist5k"


# -- what a family declares --------------------------------------------------------------
@dataclass(frozen=True)
class Likelihood:
    """A model's likelihood figure and what it is.

    ``nature``: "exact", "lower bound" (the NLL shown is an upper bound), "exact marginal",
    "estimate" or "none"; ``nll_nats``: −log p(x) per test image (None when there is none);
    ``note``: which figure, on which data (binarisation), and why none when none.
    """

    nature: str
    nll_nats: float | None
    note: str
    bits_per_dim: float | None = None


@dataclass(frozen=True)
class Family:
    """One kind of model in the gallery (one registry entry)."""

    key: str            # the taxonomy leaf it hangs on (see TAXONOMY)
    label: str
    claims: Callable[[dict], bool]                  # card → is it one of ours?
    draw: Callable[[Any, dict, int, int], np.ndarray]  # (model, card, n, seed) → [n, H, W]
    draw_note: str
    binary: bool                                    # samples in {0, 1}
    likelihood: Callable[[dict], Likelihood]


def _m(card: dict, key: str) -> float | None:
    v = card.get("metrics", {}).get(key)
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _bpd(nll: float | None) -> float | None:
    return None if nll is None else nll / (28 * 28 * math.log(2))


def _exact_binary(card: dict) -> Likelihood:
    nll = _m(card, "test_nll_nats")
    return Likelihood("exact", nll, "exact −log p(x) of the 1,000 test digits binarised once "
                      "(x ~ Bernoulli(grey level), seed 1: the PixelCNN's binarisation)",
                      _bpd(nll))


def _vae(card: dict) -> Likelihood:
    elbo = _m(card, "test_elbo_nats")
    return Likelihood("lower bound", None if elbo is None else -elbo,
                      "−ELBO ≥ −log p(x): an upper bound on the NLL (5 Monte-Carlo draws), on "
                      "grey test digits scored by a Bernoulli decoder (cross-entropy on grey "
                      "levels: not a normalised density of grey images, so not comparable "
                      "with the binary NLLs)")


def _pca(card: dict) -> Likelihood:
    ll = _m(card, "test_log_likelihood_nats")
    return Likelihood("exact marginal", None if ll is None else -ll,
                      "exact −log N(x; μ, WWᵀ + σ²I) of the grey test digits: a density of "
                      "continuous pixels (hence negative), not a probability of binary "
                      "images — not comparable with the binary NLLs")


def _rbm(card: dict) -> Likelihood:
    ll = _m(card, "test_ll_nats")
    m = card.get("metrics", {})
    if m.get("log_z_method_exact") == 1:
        how = "log Z exact (a sum over the 2^H hidden states)"
    else:
        how = (f"log Z by AIS ({m.get('ais_runs', '?')} runs, {m.get('ais_betas', '?')} "
               f"temperatures; log Z = {m.get('log_z', float('nan')):.1f}, "
               f"−3σ bound {m.get('log_z_ais_low')}, +3σ {m.get('log_z_ais_high')})")
    nll = None if ll is None else -ll
    return Likelihood("estimate" if m.get("log_z_method_exact") != 1 else "exact", nll,
                      f"−log p(v) = F(v) + log Z on the test digits binarised once (seed "
                      f"1234, the RBM recipe's, not the PixelCNN's); {how}", _bpd(nll))


def _none(why: str) -> Callable[[dict], Likelihood]:
    return lambda card: Likelihood("none", None, why)


def _ddpm(card: dict) -> Likelihood:
    m = card.get("metrics", {})
    key = next((k for k in m if "nll" in k or "elbo" in k or "bits_per_dim" in k), None)
    if key is None:
        return Likelihood("none", None, "no likelihood in the card: a DDPM's is a bound "
                          "(the variational bound of Ho et al. 2020) or an ODE integral; "
                          "neither is computed for this model")
    v = float(m[key])
    nll = v * 28 * 28 * math.log(2) if "bits_per_dim" in key else abs(v)
    return Likelihood("lower bound", nll, f"from the card's {key}: a variational bound")


# -- how each family draws ----------------------------------------------------------------
def _prior_decode(model, card, n, seed):
    z = np.random.default_rng(seed).standard_normal((n, model.latent_dim)).astype(np.float32)
    return model.decode(z)


def _ae_decode(model, card, n, seed):
    st = card.get("latent_stats", {})
    mean = np.asarray(st.get("mean", np.zeros(model.latent_dim)), np.float32)
    std = np.asarray(st.get("std", np.ones(model.latent_dim)), np.float32)
    z = np.random.default_rng(seed).standard_normal((n, model.latent_dim)).astype(np.float32)
    return model.decode(mean + std * z)


def _batched(model, card, n, seed, batch: int = 100):
    return np.concatenate([model.sample(min(batch, n - i), seed=seed + i)
                           for i in range(0, n, batch)])


def _gibbs(model, card, n, seed, steps: int = 1000):
    rng = np.random.default_rng([seed, 1000])
    v = (rng.random((n, model.n_visible), dtype=np.float32) < 0.5).astype(np.float32)
    return model.gibbs(v, rng, steps).reshape(n, *model.image_shape)


def _ddim(model, card, n, seed):
    return model.sample(n, steps=50, sampler="ddim", eta=0.0, seed=seed)


def _cls(*names: str) -> Callable[[dict], bool]:
    return lambda card: card.get("class") in names


def _variational(flag: bool) -> Callable[[dict], bool]:
    return lambda card: (card.get("class") == "VAE"
                         and bool(card.get("config", {}).get("variational", True)) == flag)


def _image_ddpm(card: dict) -> bool:
    shape = card.get("config", {}).get("data_shape") or card.get("config", {}).get("image_shape")
    return (card.get("class") == "DiffusionModel" and shape is not None and len(shape) >= 2
            and not int(card.get("config", {}).get("num_classes", 0) or 0))


def _guided_ddpm(card: dict) -> bool:
    shape = card.get("config", {}).get("data_shape") or []
    return (card.get("class") == "DiffusionModel" and len(shape) >= 2
            and int(card.get("config", {}).get("num_classes", 0) or 0) > 0)


def _guided(model, card, n, seed):
    """Every class equally often, at the card's default guidance scale, UniPC-20 (the
    card's own sampler for its guidance figures)."""
    s = float(card.get("guidance", {}).get("default", 1.0))
    labels = np.arange(n) % model.num_classes
    return model.sample(n, steps=20, sampler="unipc", seed=seed, labels=labels, guidance=s)


#: the registry, in the order of the table (explicit → approximate → implicit → none)
FAMILIES: tuple[Family, ...] = (
    Family("factorised", "naive Bernoulli", _cls("NaiveBernoulli"), _batched,
           "x_i ~ Bernoulli(p_i), every pixel independent", True, _exact_binary),
    Family("autoregressive", "PixelCNN", _cls("PixelCNN"), _batched,
           "ancestral sampling in raster order, 100 at a time", True, _exact_binary),
    Family("pca", "probabilistic PCA", _cls("PPCA"), _prior_decode,
           "decode(z) = Wz + μ (clipped to [0, 1]), z ~ N(0, I); the σ²I noise not added",
           False, _pca),
    Family("vae", "VAE", _variational(True), _prior_decode,
           "decode(z) (the Bernoulli means), z ~ N(0, I), the prior", False, _vae),
    Family("rbm", "RBM", _cls("RBM"), _gibbs,
           "1,000 block-Gibbs steps from uniform noise, the last binary v", True, _rbm),
    Family("diffusion", "DDPM", _image_ddpm, _ddim,
           "DDIM, 50 steps, η = 0, from x_T ~ N(0, I)", False, _ddpm),
    Family("latent-diffusion", "latent DDPM", _cls("LatentDiffusionModel"), _ddim,
           "DDIM, 50 steps, η = 0, in the VAE's latent space, then the VAE's decoder", False,
           _none("no likelihood computed: a DDPM in a VAE's latent space (a bound would need "
                 "the VAE's decoder likelihood too)")),
    Family("guided-diffusion", "DDPM + guidance", _guided_ddpm, _guided,
           "UniPC-2, 20 steps, every digit prompted equally often, classifier-free "
           "guidance at the card's default scale", False,
           _none("no likelihood computed: a class-conditional DDPM sampled with guidance "
                 "(guided samples follow no single density the model writes down)")),
    Family("gan", "GAN", _cls("DCGAN", "StyleGAN"), lambda m, c, n, s: m.sample(n, seed=s),
           "G(z), z ~ N(0, I)", False, _none("no likelihood: implicit model (a sampler "
                                              "with no density)")),
    Family("autoencoder", "autoencoder", _variational(False), _ae_decode,
           "decode(z), z ~ N(mean, std²) of the training codes (card's latent_stats): an "
           "autoencoder has no prior, this Gaussian stands in for one", False,
           _none("no likelihood: an autoencoder is not a probabilistic model (no prior, "
                 "no density)")),
)


@dataclass(frozen=True)
class Node:
    """A node of the taxonomy; ``families`` are the registry keys hanging at a leaf."""

    label: str
    note: str = ""
    children: tuple["Node", ...] = ()
    families: tuple[str, ...] = ()


#: the taxonomy of the notes (explicit / implicit density), with the models placed
TAXONOMY = Node("generative models", children=(
    Node("explicit density", "the model writes down p(x)", children=(
        Node("tractable density", "log p(x) computed exactly", children=(
            Node("factorised", "p(x) = Π p(x_i): pixels independent", families=("factorised",)),
            Node("autoregressive", "p(x) = Π p(x_i | x_<i)", families=("autoregressive",)),
            Node("normalising flows", "exact change of variables; in this app 2D only "
                 "(the Density view), no image flow is shipped"),
            Node("linear-Gaussian latent", "probabilistic PCA: p(x) = N(μ, WWᵀ + σ²I), a "
                 "density of grey pixels", families=("pca",)),
        )),
        Node("approximate density", "log p(x) bounded or estimated", children=(
            Node("variational", "VAE: an ELBO bounds log p(x)", families=("vae",)),
            Node("Markov chain", "RBM: Gibbs sampling; log Z exact or by AIS",
                 families=("rbm",)),
            Node("diffusion", "DDPM: a variational bound (not computed here); in pixels, in "
                 "a VAE's latent space, or class-conditional with guidance",
                 families=("diffusion", "latent-diffusion", "guided-diffusion")),
        )),
    )),
    Node("implicit density", "a sampler without p(x)", children=(
        Node("GAN", "G(z) trained against a discriminator", families=("gan",)),
    )),
    Node("no density", "not a generative model by itself", children=(
        Node("autoencoder", "codes drawn from a Gaussian fitted to the training codes",
             families=("autoencoder",)),
    )),
))


def family_of(card: dict) -> Family | None:
    """The family that claims ``card`` (None: not a gallery model)."""
    if card.get("data", {}).get("name") != DATA or card.get("kind") == "classifier":
        return None
    return next((f for f in FAMILIES if f.claims(card)), None)


def gallery_models(root: str | Path | None = None) -> list[tuple[Path, dict, Family]]:
    """Every MNIST-5k image model under ``root`` (default: the shipped ``trained/``) that a
    family claims, in the order of :data:`FAMILIES`, then by name."""
    from training.artifacts import default_trained_dir, discover

    found = []
    for path, card in discover(root or default_trained_dir()):
        fam = family_of(card)
        if fam is not None:
            found.append((path, card, fam))
    order = {id(f): i for i, f in enumerate(FAMILIES)}
    return sorted(found, key=lambda t: (order[id(t[2])], t[0].name))


# -- the one evaluator --------------------------------------------------------------------
@dataclass
class _Real:
    """What every model's samples are compared with, for one kind of real digits; computed
    once (the same draws as :func:`training.evaluate.image_sample_metrics` with ``seed``)."""

    train: np.ndarray
    test: np.ndarray
    f_test: np.ndarray       # classifier features of the test digits
    f_train: np.ndarray      # … of a random subset of the training digits (the floor)
    test_order: np.ndarray   # the random order in which test digits are taken (n < all)
    tree: Any                # cKDTree of the training digits (pixels)
    d_test: np.ndarray       # each test digit's distance to its nearest training digit


@dataclass
class References:
    """Real digits to compare with: grey and stochastically binarised (seed + 2, as
    :func:`training.evaluate.binary_sample_metrics`), their classifier features and
    nearest-training distances, and the real-vs-real figures (a training subset scored as
    if it were samples) that bound what a perfect model reaches."""

    sp: Any
    classifier: Any
    seed: int = SEED
    _cache: dict = field(default_factory=dict)

    def images(self, binary: bool) -> tuple[np.ndarray, np.ndarray]:
        if not binary:
            return self.sp.x_train, self.sp.x_test
        if "bin" not in self._cache:
            rng = np.random.default_rng(self.seed + 2)
            tr = (rng.random(self.sp.x_train.shape) < self.sp.x_train).astype(np.float32)
            te = (rng.random(self.sp.x_test.shape) < self.sp.x_test).astype(np.float32)
            self._cache["bin"] = (tr, te)
        return self._cache["bin"]

    def real(self, binary: bool) -> _Real:
        if binary not in self._cache:
            from scipy.spatial import cKDTree

            tr, te = self.images(binary)
            rng = np.random.default_rng(self.seed)
            sub = rng.choice(len(tr), size=min(len(te), len(tr)), replace=False)
            order = rng.permutation(len(te))
            tree = cKDTree(tr.reshape(len(tr), -1))
            self._cache[binary] = _Real(
                tr, te, self.classifier.features(te), self.classifier.features(tr[sub]),
                order, tree, tree.query(te.reshape(len(te), -1), k=1)[0])
        return self._cache[binary]

    def real_row(self, binary: bool, n: int) -> dict[str, Any]:
        """The real digits scored as if they were samples: a train subset of n vs test."""
        key = ("real", binary, n)
        if key not in self._cache:
            tr, _ = self.images(binary)
            rng = np.random.default_rng(self.seed + 7)
            sub = tr[rng.choice(len(tr), size=min(n, len(tr)), replace=False)]
            row = score_samples(sub, binary, self)
            # training digits are their own nearest training digits: no memorisation figure
            row.update(memorised_share=None, nn_train_ratio=None)
            self._cache[key] = row
        return self._cache[key]


def score_samples(samples: np.ndarray, binary: bool, ref: References) -> dict[str, Any]:
    """THE evaluator: every model's samples [n, H, W] in [0, 1] go through this.

    Against grey real digits (``binary`` False) or stochastically binarised ones (True),
    with the shipped classifier: the confident share (top probability ≥ 0.9), class shares
    and the missing classes (share < :data:`MISSING_SHARE`); the Fréchet distance of its
    penultimate features to n test digits, next to the floor (n real training digits vs
    the same test digits); k-NN precision and recall (k = :data:`KNN_K`) in those features
    against n test digits; memorisation in pixels: the share of samples nearer to a
    training digit than the 1st percentile of the test digits' nearest-training distances,
    and the median nearest-training distance of the samples over that of the test digits.
    (The figures of :func:`training.evaluate.image_sample_metrics` and
    :func:`~training.evaluate.memorisation`, with the real side computed once.)"""
    from training.evaluate import frechet_distance, knn_precision_recall

    real = ref.real(binary)
    s = np.asarray(samples, np.float32)
    p = ref.classifier.predict_proba(s)
    shares = (np.bincount(p.argmax(1), minlength=p.shape[1]) / len(s)).tolist()
    f_s = ref.classifier.features(s)
    n = min(len(s), len(real.test))
    te_idx = real.test_order[:n] if n < len(real.test) else np.arange(n)
    # n test digits at random for precision / recall (a split may be sorted by class)
    knn_idx = np.sort(np.random.default_rng(ref.seed + 5).permutation(len(real.test))[:n])
    pr = knn_precision_recall(real.f_test[knn_idx], f_s[:n], k=KNN_K)
    d_s = real.tree.query(s.reshape(len(s), -1), k=1)[0]
    radius = float(np.percentile(real.d_test, 1))
    return {"n_samples": len(s), "confident_share": float((p.max(1) >= 0.9).mean()),
            "class_shares": [round(v, 4) for v in shares], "min_class_share": min(shares),
            "missing_classes": [c for c, v in enumerate(shares) if v < MISSING_SHARE],
            "frechet_distance": frechet_distance(f_s[:n], real.f_test[te_idx]),
            "frechet_floor": frechet_distance(real.f_train[:n], real.f_test[te_idx]),
            "precision": pr["precision"], "recall": pr["recall"],
            "memorised_share": float((d_s < radius).mean()),
            "nn_train_ratio": float(np.median(d_s) / max(np.median(real.d_test), 1e-12))}


def _n_params(model: Any, card: dict) -> int | None:
    v = card.get("metrics", {}).get("n_params")
    if isinstance(v, int):
        return v
    v = getattr(model, "n_params", None)
    if isinstance(v, int):
        return v
    if card.get("class") == "RBM":  # W, b, c (the kept chains are not parameters)
        return int(model.W.size + model.b.size + model.c.size)
    return None


def _train_time(card: dict) -> float | None:
    for v in (card.get("training", {}).get("time_s"), card.get("metrics", {}).get("fit_time_s")):
        if isinstance(v, (int, float)):
            return float(v)
    return None


class Cancelled(Exception):
    """The caller asked to stop (:func:`measure`'s ``cancel`` event was set)."""


def stop_on(model: Any, cancel: threading.Event | None) -> None:
    """Make every forward pass of ``model``'s networks raise :class:`Cancelled` once
    ``cancel`` is set, so that a long draw (a PixelCNN's 784 passes per image, a DDPM's
    UNet steps) stops within one pass instead of at the end of the model."""
    if cancel is None:
        return
    import torch

    def check(_module, _inputs):
        if cancel.is_set():
            raise Cancelled()

    for value in vars(model).values():
        if isinstance(value, torch.nn.Module):
            value.register_forward_pre_hook(check)


def measure_one(path: Path, card: dict, fam: Family, ref: References, n: int,
                seed: int = SEED, cancel: threading.Event | None = None
                ) -> tuple[dict[str, Any], np.ndarray]:
    """One row of the gallery and its 16 samples (the first 16 of the n drawn); with
    ``cancel``, drawing stops within one network pass once it is set."""
    import training

    model = training.load(path)
    stop_on(model, cancel)
    t0 = time.perf_counter()
    samples = np.clip(np.asarray(fam.draw(model, card, n, seed), np.float32), 0, 1)
    draw_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    fam.draw(model, card, 16, seed + 1)
    sixteen_s = time.perf_counter() - t0
    lik = fam.likelihood(card)
    row = {"model": path.name, "family": fam.label, "taxonomy": fam.key,
           "samples": "binary" if fam.binary else "grey",
           "compared_with": ("real digits binarised x ~ Bernoulli(grey level), seed "
                             f"{ref.seed + 2}") if fam.binary else "grey real digits",
           "how_drawn": fam.draw_note, "nll_nats": lik.nll_nats, "nll_nature": lik.nature,
           "nll_note": lik.note, "bits_per_dim": lik.bits_per_dim,
           **score_samples(samples, fam.binary, ref),
           "n_params": _n_params(model, card), "train_time_s": _train_time(card),
           "sample_16_s": round(sixteen_s, 5), f"sample_{n}_s": round(draw_s, 2)}
    return row, samples[:16]


def machine() -> dict[str, Any]:
    """Where the timings were measured."""
    import os

    import torch

    from training.precision import cpu_signature

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None  # 1-minute
    return {"host": platform.machine(), "cpu": cpu_signature(), "cores": os.cpu_count(),
            "torch_threads": torch.get_num_threads(), "torch": torch.__version__,
            "numpy": np.__version__, "python": platform.python_version(),
            "load_average_at_end": load}


def measure(n: int = DEFAULT_SAMPLES, root: str | Path | None = None, seed: int = SEED,
            only: list[str] | None = None, progress: Callable[[str], None] | None = None,
            cancel: threading.Event | None = None) -> dict[str, Any]:
    """The whole gallery: a dict ready for ``gallery.json`` plus ``"strips"`` (name → the
    16 samples [16, H, W]) for the picture. ``only``: model names to keep (tests).
    ``cancel``: checked between models; when set, :class:`Cancelled` is raised."""
    from training.data.images import image_splits
    from training.evaluate import default_classifier

    say = progress or (lambda _msg: None)
    ref = References(image_splits(DATA, seed=0), default_classifier(), seed)
    models = [t for t in gallery_models(root) if only is None or t[0].name in only]
    rows, strips = [], {}
    t_all = time.perf_counter()
    for i, (path, card, fam) in enumerate(models):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        say(f"[{i + 1}/{len(models)}] {path.name}: drawing {n} samples ({fam.draw_note})")
        t0 = time.perf_counter()
        row, strip = measure_one(path, card, fam, ref, n, seed, cancel)
        rows.append(row)
        strips[path.name] = strip
        say(f"    done in {time.perf_counter() - t0:.1f} s: confident "
            f"{row['confident_share']:.2f}, FD {row['frechet_distance']:.1f}, precision "
            f"{row['precision']:.2f}, recall {row['recall']:.2f}")
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    reals = {kind: {"model": f"real digits ({kind})", **ref.real_row(kind == "binary", n)}
             for kind in ("grey", "binary")}
    return {"version": 1, "data": DATA, "n_samples": n, "seed": seed, "knn_k": KNN_K,
            "missing_share": MISSING_SHARE, "machine": machine(),
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "total_s": round(time.perf_counter() - t_all, 1),
            "references": reals, "models": rows, "absent_families": [
                f.label for f in FAMILIES if f.key not in {r["taxonomy"] for r in rows}],
            "strips": strips}
