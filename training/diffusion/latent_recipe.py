"""``python -m training latent-diffusion …``: a DDPM on a trained VAE's codes, and its card.

Training codes: the VAE encoder's means μ_φ(x) of the training digits (not samples of
q_φ(z | x): the means are what the decoder turns into the sharpest images, and with them a
perfect latent model would reproduce the VAE's reconstructions), standardised to unit
variance (:func:`standardisation`). Held-out codes (the test digits) give the trainer's
validation loss. The denoiser, schedule, samplers and trainer are the pixel DDPM's.

The card's figures (:func:`card_metrics`, recomputed by ``python -m training eval``):

* ``ddim50_*`` — the pixel DDPM's evaluator (:func:`training.image_metrics.image_sample_metrics`:
  shipped classifier's confident share and class shares, Fréchet distance with its
  real-vs-real floor, memorisation) on DDIM-50 samples, decoded;
* ``vae_reconstructions_*`` — the same figures of the VAE's reconstructions D(μ_φ(x)) of the
  real test digits: the decoder's ceiling, which no model of its codes can beat by much;
* ``vae_prior_*`` — the same figures of D(z), z ~ N(0, I): what the VAE draws on its own,
  the floor a latent model has to clear;
* ``latent_nn_ratio`` — median distance (standardised codes) of a sampled code to its nearest
  training code over that of a test code: well below 1 means the DDPM copies training codes;
* ``sample_16_*_s`` — seconds to draw 16 digits (DDIM-50 and UniPC-20), decode included.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from training.diffusion.latent_diffusion import (
    MAX_REF_CHARS, LatentDiffusionModel, find_artifact, weights_sha256,
)


def standardisation(z: np.ndarray, how: str = "dimension") -> tuple[np.ndarray, np.ndarray]:
    """(m, s) [d] with (z − m) / s of unit variance: per dimension, or one global mean and
    scale broadcast to every dimension (the scalar factor of Rombach et al. 2022)."""
    z = np.asarray(z, np.float64)
    if how == "dimension":
        m, s = z.mean(0), z.std(0)
    elif how == "global":
        m, s = np.full(z.shape[1], z.mean()), np.full(z.shape[1], z.std())
    else:
        raise ValueError(f"standardise must be 'dimension' or 'global', not {how!r}")
    if not np.all(s > 0):
        raise ValueError("a latent dimension has no spread across the training codes; "
                         "use --standardise global")
    return m.astype(np.float32), s.astype(np.float32)


def load_vae(ref: str):
    """The VAE artifact ``ref`` (a name in trained/ or a folder) and its folder."""
    from training import artifacts
    from training.capabilities import can_encode

    where = find_artifact(ref)
    if where is None:
        raise ValueError(f"--vae {ref}: no such artifact (a name in trained/, e.g. "
                         "latent-vae16-mnist5k, or a model folder)")
    vae = artifacts.load(where)
    if not can_encode(vae):
        raise ValueError(f"--vae {ref}: a {vae.card['class']} has no encoder and decoder; "
                         "latent diffusion needs a VAE (or an autoencoder, or PCA)")
    return vae, where


def _vae_splits(vae):
    from training.data.from_card import image_splits_of

    return image_splits_of(vae.card, tuple(vae.image_shape))


def _prefixed(prefix: str, d: dict[str, Any]) -> dict[str, Any]:
    return {f"{prefix}_{k}": v for k, v in d.items()}


def sample_metrics(model: LatentDiffusionModel, sp, seed: int = 0, n: int = 1000,
                   steps: int = 50) -> dict[str, Any]:
    """``ddim50_*`` (as the pixel DDPM's card), ``latent_nn_ratio`` and 16-sample times."""
    from training.image_metrics import image_sample_metrics

    t0 = time.perf_counter()
    z = model.ddpm.sample(n, steps=steps, sampler="ddim", eta=0.0, seed=seed + 1000)
    x = model.vae.decode(z)
    dt = time.perf_counter() - t0
    out = _prefixed(f"ddim{steps}", image_sample_metrics(x, sp.x_train, sp.x_test, seed=seed))
    out[f"ddim{steps}_sampling_s_per_{n}"] = round(dt, 2)
    from scipy.spatial import cKDTree

    tree = cKDTree(model.encode_standardised(sp.x_train))
    d_s, _ = tree.query(model.standardise(z), k=1)
    d_t, _ = tree.query(model.encode_standardised(sp.x_test), k=1)
    out["latent_nn_ratio"] = float(np.median(d_s) / max(np.median(d_t), 1e-12))
    for sampler, k in (("ddim", 50), ("unipc", 20)):
        model.sample(16, steps=k, sampler=sampler, seed=seed)  # warm-up
        t0 = time.perf_counter()
        model.sample(16, steps=k, sampler=sampler, seed=seed)
        out[f"sample_16_{sampler}{k}_s"] = round(time.perf_counter() - t0, 4)
    return out


def vae_ceiling_metrics(vae, sp, seed: int = 0, n: int = 1000) -> dict[str, Any]:
    """The same figures for the VAE alone: reconstructions of the real test digits (the
    decoder's ceiling) and decoded prior samples z ~ N(0, I) (seed + 99, as the VAE's card)."""
    from training.image_metrics import image_sample_metrics

    rec = vae.decode(vae.encode(sp.x_test))
    z = np.random.default_rng(seed + 99).standard_normal((n, vae.latent_dim)).astype(np.float32)
    prior = vae.decode(z)
    return {**_prefixed("vae_reconstructions",
                        image_sample_metrics(rec, sp.x_train, sp.x_test, seed=seed)),
            **_prefixed("vae_prior", image_sample_metrics(prior, sp.x_train, sp.x_test,
                                                          seed=seed))}


def card_metrics(model: LatentDiffusionModel) -> dict[str, Any]:
    """The card's quality figures, recomputed (``python -m training eval``)."""
    card = model.card
    n = int(card["metrics"].get("ddim50_n_samples", 1000))
    seed = int(card["training"].get("seed", 0))
    sp = _vae_splits(model.vae)
    return {**sample_metrics(model, sp, seed, n), **vae_ceiling_metrics(model.vae, sp, seed, n)}


def run_latent_diffusion(cfg) -> int:
    """Encode, standardise, train (DiffusionTrainer), save, score, save again."""
    import torch

    from training import artifacts
    from training.diffusion.train import DiffusionTrainer, ema_weights_text
    from training.run import (
        Progress, choose_device, platform_facts, print_saved, refuse_torchrun, run_training,
    )

    refuse_torchrun(cfg)
    device = choose_device(cfg, gpu_capable=False)
    torch.set_num_threads(cfg.threads)
    cfg = cfg.resolved()
    if len(cfg.vae) > MAX_REF_CHARS:
        raise ValueError(f"--vae: a path of at most {MAX_REF_CHARS} characters (the card "
                         "keeps it); move the VAE folder beside the output or into trained/")
    vae, where = load_vae(cfg.vae)
    sp = _vae_splits(vae)
    z_train, z_test = vae.encode(sp.x_train), vae.encode(sp.x_test)
    shift, scale = standardisation(z_train, cfg.standardise)
    model = LatentDiffusionModel(cfg.vae, weights_sha256(where), vae.latent_dim,
                                 hidden=cfg.hidden, depth=cfg.depth, fourier=cfg.fourier,
                                 schedule=cfg.schedule, seed=cfg.seed)
    model.ddpm.shift, model.ddpm.scale = torch.from_numpy(shift), torch.from_numpy(scale)
    model.attach_vae(vae, where)
    out = Path(cfg.out)
    progress = Progress(cfg.steps, "step", cfg.log_json)
    trainer = DiffusionTrainer(model.ddpm, z_train, cfg.steps, cfg.batch_size, cfg.lr,
                               warmup=cfg.warmup, ema=cfg.ema, bf16=False, seed=cfg.seed,
                               x_val=z_test, eval_every=cfg.eval_every, device=device,
                               callback=progress.event)
    run_training(cfg, trainer)
    trainer.finish()
    progress.close()
    hist = trainer.history
    vc = vae.card
    card = {
        "data": {**vc["data"], "codes": "encoder means μ_φ(x) of q_φ(z|x) of the training "
                 "digits (not samples), standardised", "n_codes_train": len(z_train)},
        "depends_on": {"vae": {"artifact": cfg.vae, "weights_sha256": model.vae_sha256,
                               "created_by": vc["created_by"], "class": vc["class"]}},
        "latent_standardisation": {"per": cfg.standardise, "mean": shift.tolist(),
                                   "scale": scale.tolist(),
                                   "formula": "u = (z − mean) / scale; decode(scale·u + mean)"},
        "family": model.family,
        "training": {
            "recipe": "latent-diffusion/mlp", "seed": cfg.seed, "steps": cfg.steps,
            "batch_size": cfg.batch_size, "lr": cfg.lr, "warmup_steps": cfg.warmup,
            "ema_decay": cfg.ema, "time_s": round(trainer.elapsed(), 1),
            **platform_facts(cfg, device),
            "objective": "simplified DDPM loss ‖ε − ε_θ(u_t, t)‖² on standardised codes "
                         "(Ho et al. 2020, eq. 14; Rombach et al. 2022)",
            "optimizer": "Adam, linear warm-up, cosine decay to 0.1·lr, grad-norm clip 1",
            "weights": ema_weights_text(cfg.ema, cfg.steps),
            "loss_curve": [[s, round(lo, 5), None if v is None else round(v, 5)]
                           for s, lo, v in hist]},
        "metrics": {k: v for k, v in {
            "n_params": model.n_params, "latent_dim": model.latent_dim,
            "final_train_loss": hist[-1][1] if hist else None,
            "final_val_loss": hist[-1][2] if hist else None}.items() if v is not None},
        "created_by": cfg.command(),
    }
    artifacts.save(model, out, card)
    print_saved(out, card["metrics"], True)
    if not cfg.skip_eval:
        try:
            t0 = time.perf_counter()
            card["metrics"].update(sample_metrics(model, sp, cfg.seed, cfg.eval_samples))
            card["metrics"].update(vae_ceiling_metrics(vae, sp, cfg.seed, cfg.eval_samples))
            card["training"]["eval_time_s"] = round(time.perf_counter() - t0, 1)
            artifacts.save(model, out, card)
            print_saved(out, card["metrics"], cfg.log_json)
        except Exception as e:  # the artifact is saved; the figures can be redone by eval
            print(f"warning: evaluation failed ({type(e).__name__}: {e}); "
                  f"run `python -m training eval {out}`", file=sys.stderr)
    return 0
