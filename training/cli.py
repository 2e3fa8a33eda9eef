"""``python -m training`` — make the models that ``trained/`` ships, train your own, check them.

    python -m training list
    python -m training train density --family flow --data moons --out runs/my-flow
    python -m training density …            (short for ``train density …``)
    python -m training train diffusion --from diffusion-moons --steps 2000 --out runs/quick
    python -m training eval trained/latent-vae2-mnist5k
    python -m training all [--force]
    python -m training gallery [--samples N] [--out docs/gallery]

Every recipe is a typed dataclass in :mod:`training.recipes`; its fields are the options
below and make the ``created_by`` command of the card.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from training import cli_artifacts
from training.run import (
    Progress, TrainingStopped, choose_device, init_distributed,
    platform_facts, print_saved, refuse_torchrun, run_main, run_training, size_param,
)
from training.shipped import SHIPPED
from training.recipes import (
    RECIPES, ClassifierRecipe, DensityRecipe, DiffusionRecipe, GANRecipe,
    LatentRecipe, Recipe, is_image_data, recipe_from_command, recipe_parser,
)


# -- recipes --------------------------------------------------------------------------------
def _density(cfg: DensityRecipe) -> int:
    """Fit a 2D p_model by maximum likelihood (closed form, EM or Adam) and save it. The
    family (training.density.registry) builds the model from its options and, if it is
    iterative, gives the trainer that run_resumable drives (checkpoints, --resume)."""
    import torch

    from training import artifacts
    from training.data import get_source, make_splits
    from training.density.registry import get as get_family

    refuse_torchrun(cfg)
    device = choose_device(cfg, gpu_capable=False)
    torch.set_num_threads(cfg.threads)
    cfg = cfg.resolved()
    params = {"min_population": cfg.min_population} if cfg.data == "world-cities" else {}
    source = get_source(cfg.data, **params)
    splits = make_splits(cfg.data, seed=cfg.seed, n_train=cfg.n_train, n_val=cfg.n_val,
                         n_test=cfg.n_test, **params)
    family = cfg.family
    fam = get_family(family)
    hyper = cfg.family_options()
    model = fam.build(hyper, seed=cfg.seed)
    t0 = time.perf_counter()
    if fam.iterative:
        fixed = getattr(source, "fixed", False)
        progress: list[Progress] = []
        trainer = fam.trainer(
            model, splits.train, hyper, x_val=splits.val, seed=cfg.seed,
            sampler=None if fixed else (lambda n, rng: source.generate(n, rng)[0]),
            callback=lambda ev: progress[0].event(ev))
        progress.append(Progress(trainer.total, trainer.unit, cfg.log_json))
        run_training(cfg, trainer)
        trainer.finish()
        progress[0].close()
        fit_s = trainer.elapsed_s
        info = trainer.card_info()
    else:
        info = fam.fit(model, splits.train, hyper, x_val=splits.val, seed=cfg.seed)
        fit_s = time.perf_counter() - t0
    from training.evaluate import density_metrics

    metrics = {**density_metrics(model, splits, source.entropy()),
               "n_params": model.n_params, "fit_time_s": round(fit_s, 3)}
    card = {
        "data": {**splits.description, "description": source.description},
        "training": {"recipe": f"density/{family}", "seed": cfg.seed, "time_s": round(fit_s, 3),
                     **platform_facts(cfg, device), **info},
        "metrics": metrics,
        "created_by": cfg.command(),
        "family": model.family,
    }
    if getattr(model, "tractable", True) is False:
        card["likelihood"] = model.likelihood_note
    artifacts.save(model, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0


def _diffusion(cfg: DiffusionRecipe) -> int:
    """Train a DDPM denoiser (UNet on images, MLP on 2D points) and save the pipeline."""
    import torch

    from training import artifacts
    from training.diffusion import DiffusionModel
    from training.diffusion.train import DiffusionTrainer, diffusion_objective, ema_weights_text

    device = choose_device(cfg, gpu_capable=True)
    torch.set_num_threads(cfg.threads)
    dist = init_distributed(device)
    rank0 = dist is None or dist[0] == 0
    cfg = cfg.resolved()
    images = is_image_data(cfg.data)
    if images:
        from training.data.images import image_splits

        splits = image_splits(cfg.data, seed=cfg.seed, **size_param(cfg))
        x_train, x_val = splits.x_train, splits.x_test
        y_train, y_val = splits.y_train, splits.y_test
        names = splits.class_names if cfg.conditional else ()
        data_desc = splits.description
        model = DiffusionModel("unet", splits.image_shape, channels=tuple(cfg.channels),
                               schedule=cfg.schedule, seed=cfg.seed, num_classes=len(names),
                               class_names=names, prediction=cfg.prediction)
        sampler = None
    else:
        from training.data import get_source, make_splits

        params = {"min_population": cfg.min_population} if cfg.data == "world-cities" else {}
        source = get_source(cfg.data, **params)
        sp = make_splits(cfg.data, seed=cfg.seed, **params)
        x_train, x_val = sp.train, sp.val
        y_train, y_val = sp.y_train, sp.y_val
        names = tuple(getattr(source, "label_names", ()) or ()) if cfg.conditional else ()
        if cfg.conditional and len(names) < 2:
            raise SystemExit(f"error: '{cfg.data}' has no class labels to condition on")
        data_desc = {**sp.description, "description": source.description}
        model = DiffusionModel("mlp", (2,), hidden=cfg.hidden, depth=cfg.depth,
                               schedule=cfg.schedule, seed=cfg.seed, fourier=cfg.fourier,
                               num_classes=len(names), class_names=names,
                               prediction=cfg.prediction)  # refuses v, with a message
        model.shift = torch.as_tensor(x_train.mean(0), dtype=torch.float32)
        model.scale = torch.as_tensor(x_train.std(0), dtype=torch.float32)
        fresh = not getattr(source, "fixed", False)
        sampler = None
        if fresh:
            sampler = ((lambda n, rng: source.generate(n, rng)) if cfg.conditional
                       else (lambda n, rng: source.generate(n, rng)[0]))
    from training.diffusion.conditional import conditioning_facts, randomise_labels, start_from

    if cfg.init_from:
        start_from(model, cfg.init_from)
    if cfg.label_init == "normal":
        randomise_labels(model, cfg.seed, fine_tune=bool(cfg.init_from))
    out = Path(cfg.out)
    progress = Progress(cfg.steps, "step", cfg.log_json, enabled=rank0)
    trainer = DiffusionTrainer(
        model, x_train, cfg.steps, cfg.batch_size, cfg.lr, warmup=cfg.warmup, ema=cfg.ema,
        bf16=cfg.bf16, seed=cfg.seed, x_val=x_val, sampler=sampler, eval_every=cfg.eval_every,
        device=device, callback=progress.event,
        y_train=y_train if cfg.conditional else None, y_val=y_val if cfg.conditional else None,
        p_uncond=cfg.p_uncond, min_snr=cfg.min_snr)
    run_training(cfg, trainer, save=rank0)
    trainer.finish()
    progress.close()
    if dist is not None:
        torch.distributed.destroy_process_group()
    if not rank0:
        return 0
    hist = trainer.history
    training_info = {
        "recipe": "diffusion/" + ("unet" if images else "mlp"), "seed": cfg.seed,
        "steps": cfg.steps, "batch_size": cfg.batch_size, "lr": cfg.lr,
        "warmup_steps": cfg.warmup, "ema_decay": cfg.ema, "time_s": round(trainer.elapsed(), 1),
        **platform_facts(cfg, device), "processes": 1 if dist is None else dist[1],
        "bf16_autocast": trainer.bf16, "precision": trainer.precision_reason,
        "objective": diffusion_objective(cfg.min_snr, model.prediction),
        "optimizer": "Adam, linear warm-up, cosine decay to 0.1·lr, grad-norm clip 1",
        "weights": ema_weights_text(cfg.ema, cfg.steps),
        **({"min_snr_gamma": cfg.min_snr} if cfg.min_snr else {}),
        **conditioning_facts(cfg),
        "loss_curve": [[s, round(l, 5), None if v is None else round(v, 5)] for s, l, v in hist],
    }
    metrics = {"n_params": model.n_params, "final_train_loss": hist[-1][1] if hist else None,
               "final_val_loss": hist[-1][2] if hist else None}
    metrics = {k: v for k, v in metrics.items() if v is not None}
    card = {"data": data_desc, "training": training_info, "metrics": metrics,
            "created_by": cfg.command()}
    artifacts.save(model, out, card)
    print_saved(out, metrics, True)
    if not cfg.skip_eval:
        try:
            from training.diffusion.conditional import diffusion_card_figures

            metrics.update(diffusion_card_figures(model, cfg.data, card, seed=cfg.seed,
                                                  n=cfg.eval_samples))
            artifacts.save(model, out, {**card, "metrics": metrics})
            print_saved(out, metrics, cfg.log_json)
        except Exception as e:  # the artifact is saved; quality figures can be redone by eval
            print(f"warning: evaluation failed ({type(e).__name__}: {e}); "
                  f"run `python -m training eval {out}`", file=sys.stderr)
    return 0


def _latent(cfg: LatentRecipe) -> int:
    """Fit a latent-variable model (VAE, autoencoder, probabilistic PCA) to images."""
    import torch

    from training import artifacts
    from training.data.images import image_splits, validation_split
    from training.latent import PPCA, VAE, VAETrainer, latent_statistics

    refuse_torchrun(cfg)
    device = choose_device(cfg, gpu_capable=False)
    torch.set_num_threads(cfg.threads)
    cfg = cfg.resolved()
    sp = image_splits(cfg.data, seed=cfg.seed, **size_param(cfg))
    x_fit, y_fit, x_val, _ = validation_split(sp.x_train, sp.y_train, 0.1, cfg.seed)
    t0 = time.perf_counter()
    family = cfg.family
    if family == "pca":
        model = PPCA(sp.image_shape, cfg.latent_dim, seed=cfg.seed).fit(sp.x_train)
        info = {"method": "closed-form maximum likelihood (Tipping & Bishop 1999)"}
        fit_s = time.perf_counter() - t0
    else:
        model = VAE(sp.image_shape, cfg.latent_dim, hidden=tuple(cfg.hidden),
                    variational=family == "vae", beta=cfg.beta, seed=cfg.seed)
        progress = Progress(cfg.epochs, "epoch", cfg.log_json)
        trainer = VAETrainer(
            model, x_fit, x_val, epochs=cfg.epochs, batch_size=cfg.batch_size, lr=cfg.lr,
            seed=cfg.seed, patience=cfg.patience, warmup_epochs=cfg.kl_warmup,
            callback=progress.event)
        run_training(cfg, trainer)
        res = trainer.finish()
        progress.close()
        fit_s = res["time_s"]
        info = {"epochs": cfg.epochs, "epochs_run": res["epochs_run"],
                "best_epoch": res["best_epoch"], "batch_size": cfg.batch_size, "lr": cfg.lr,
                "beta": cfg.beta, "kl_warmup_epochs": cfg.kl_warmup, "patience": cfg.patience,
                "optimizer": "Adam, cosine decay",
                "selection": "weights with the best validation loss (10 % of the training "
                             "split held out, class-stratified)",
                "likelihood": "Bernoulli on grey levels (binary cross-entropy)",
                "loss_curve": res["history"]}
    from training.evaluate import factor_table, latent_metrics

    metrics = latent_metrics(model, sp, cfg.seed)
    metrics["fit_time_s"] = round(fit_s, 2)
    z_train = model.encode(sp.x_train)
    stats = latent_statistics(z_train, model.kl_per_dim(sp.x_train))
    card = {
        "data": {**sp.description, "class_names": list(sp.class_names)},
        "training": {"recipe": f"latent/{family}", "seed": cfg.seed, "time_s": round(fit_s, 2),
                     **platform_facts(cfg, device), **info},
        "metrics": metrics,
        "latent_stats": stats,
        "family": model.family,
        "created_by": cfg.command(),
    }
    if sp.factors_test:
        card["factor_correlation"] = factor_table(model, sp)
    artifacts.save(model, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0


def _classifier(cfg: ClassifierRecipe) -> int:
    """Train the MNIST-5k digit classifier used to score generated digits."""
    import torch

    from training import artifacts
    from training.classifier import ClassifierTrainer, DigitClassifier
    from training.data.images import image_splits

    refuse_torchrun(cfg)
    device = choose_device(cfg, gpu_capable=False)
    torch.set_num_threads(cfg.threads)
    cfg = cfg.resolved()
    sp = image_splits("mnist5k", seed=cfg.seed)
    clf = DigitClassifier(seed=cfg.seed)
    progress = Progress(cfg.epochs, "epoch", cfg.log_json)
    trainer = ClassifierTrainer(clf, sp.x_train, sp.y_train, epochs=cfg.epochs, lr=cfg.lr,
                                seed=cfg.seed, callback=progress.event)
    run_training(cfg, trainer)
    trainer.finish()
    progress.close()
    fit_s = trainer.elapsed()
    p_test = clf.predict_proba(sp.x_test)
    p_train = clf.predict_proba(sp.x_train)
    metrics = {
        "train_accuracy": float((p_train.argmax(1) == sp.y_train).mean()),
        "test_accuracy": float((p_test.argmax(1) == sp.y_test).mean()),
        "test_confident_share": float((p_test.max(1) >= 0.9).mean()),
        "test_nll_nats": float(-np.log(p_test[np.arange(len(p_test)), sp.y_test] + 1e-12).mean()),
        "n_params": sum(p.numel() for p in clf.net.parameters()),
    }
    card = {
        "data": sp.description,
        "training": {"recipe": "classifier/lenet", "seed": cfg.seed, "epochs": cfg.epochs,
                     "lr": cfg.lr, "batch_size": 64, "time_s": round(fit_s, 1),
                     **platform_facts(cfg, device),
                     "augmentation": "random shifts of up to 2 pixels",
                     "optimizer": "Adam, cosine decay, weight decay 1e-4"},
        "metrics": metrics,
        "created_by": cfg.command(),
    }
    artifacts.save(clf, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0


def _gan(cfg: GANRecipe) -> int:
    """Train an image GAN (training/latent/gan.py) and save its EMA generator, scored with
    the shipped classifier (MNIST) and a memorisation check."""
    import torch

    from training import artifacts
    from training.data.images import image_splits
    from training.evaluate import generator_metrics
    from training.latent.gan import ARCHS, prior_latent_statistics
    from training.latent.gan_train import GANTrainer

    device = choose_device(cfg, gpu_capable=True)
    torch.set_num_threads(cfg.threads)
    dist = init_distributed(device)
    rank0 = dist is None or dist[0] == 0
    cfg = cfg.resolved()
    sp = image_splits(cfg.data, seed=cfg.seed, **size_param(cfg))
    if cfg.arch == "dcgan":
        if len(cfg.channels) != 1:
            raise ValueError("--channels: the dcgan generator takes one width")
        model = ARCHS["dcgan"](sp.image_shape, cfg.latent_dim, channels=cfg.channels[0],
                               d_channels=cfg.d_channels, seed=cfg.seed)
    else:
        model = ARCHS["style"](sp.image_shape, cfg.latent_dim, channels=cfg.channels,
                               d_channels=cfg.d_channels, seed=cfg.seed)
    progress = Progress(cfg.steps, "step", cfg.log_json, enabled=rank0)
    trainer = GANTrainer(model, sp.x_train, steps=cfg.steps, batch_size=cfg.batch_size,
                         lr=cfg.lr, r1_gamma=cfg.r1_gamma, r1_every=cfg.r1_every,
                         augment=cfg.augment, ema=cfg.ema, seed=cfg.seed,
                         callback=progress.event, device=device)
    run_training(cfg, trainer, save=rank0)
    res = trainer.finish()  # the EMA generator, on the CPU
    progress.close()
    if dist is not None:
        torch.distributed.destroy_process_group()
    if not rank0:
        return 0
    metrics = {**generator_metrics(model, sp, cfg.seed, cfg.eval_samples),
               "fit_time_s": res["time_s"]}
    card = {
        "data": {**sp.description, "class_names": list(sp.class_names)},
        "training": {"recipe": f"gan/{cfg.arch}", "seed": cfg.seed, "steps": cfg.steps,
                     "batch_size": cfg.batch_size, "lr": cfg.lr, "r1_gamma": cfg.r1_gamma,
                     "r1_every": cfg.r1_every, "diff_augment": cfg.augment, "ema_decay": cfg.ema,
                     "time_s": res["time_s"], **platform_facts(cfg, device),
                     "processes": 1 if dist is None else dist[1],
                     "objective": "non-saturating logistic GAN loss; R1 on real images "
                                  "(Mescheder et al. 2018), lazy",
                     "optimizer": "Adam (beta 0.5, 0.99) for G and D, one step each",
                     "weights": f"EMA of the generator (decay {cfg.ema}); D not saved",
                     "loss_curve_columns": ["step", "loss_d", "loss_g", "r1"],
                     "loss_curve": res["loss_curve"]},
        "metrics": metrics,
        "latent_stats": prior_latent_statistics(model.latent_dim, seed=cfg.seed),
        "family": model.family,
        "created_by": cfg.command(),
    }
    if sp.factors_test:  # the shapes: which z (and w) coordinates follow which factor
        from training.evaluate import any_factor_table

        card["factor_correlation"] = any_factor_table(model, sp, cfg.seed)
    artifacts.save(model, Path(cfg.out), card)
    print_saved(Path(cfg.out), metrics, cfg.log_json)
    return 0


#: recipe name → its handler: a function here, or "module:function" of a family whose
#: recipe lives beside its model (imported only when that recipe runs)
HANDLERS = {"classifier": _classifier, "density": _density, "latent": _latent,
            "diffusion": _diffusion, "gan": _gan,
            "pixelcnn": "training.autoregressive_images.recipe:run_recipe",
            "rbm": "training.rbm.recipe:run_rbm", "naive": "training.naive.recipe:run_naive",
            "latent-diffusion": "training.diffusion.latent_recipe:run_latent_diffusion"}


def _handler(name: str):
    h = HANDLERS[name]
    if isinstance(h, str):
        import importlib

        module, _, func = h.partition(":")
        h = getattr(importlib.import_module(module), func)
    return h


def _recipe_parser(cls: type[Recipe], sub) -> argparse.ArgumentParser:
    p = sub.add_parser(cls.name, help=cls.summary, description=cls.__doc__,
                       epilog="Options marked as run options are not part of the recipe: they "
                       "change how it runs, not what it computes, and are not in created_by.")
    p.add_argument("--from", dest="from_", metavar="ARTIFACT",
                   help="start from the recipe of a shipped artifact (a name from `list`, or "
                   "a model folder) and change only the options given; needs --out")
    recipe_parser(cls, p)
    p.set_defaults(func=None, recipe=cls)
    return p


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m training",
        description="Train the models Latent Explorer shows and write them as artifacts "
        "(a folder with model.safetensors and card.json). The recipes are typed "
        "dataclasses (training/recipes.py); `python -m training train RECIPE --help` "
        "lists every option of one.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    tr = sub.add_parser("train", help="train a recipe: " + ", ".join(RECIPES),
                        description="Train one recipe and save the artifact. `python -m "
                        "training RECIPE …` is the same command.")
    tsub = tr.add_subparsers(dest="recipe_name", required=True, metavar="RECIPE")
    for cls in RECIPES.values():
        _recipe_parser(cls, tsub)
    for cls in RECIPES.values():
        _recipe_parser(cls, sub)

    ev = sub.add_parser("eval", help="recompute an artifact's metrics and compare with its card",
                        description="Load an artifact, recompute the quality figures of its "
                        "card from the weights and the re-made data, print both as JSON.")
    ev.add_argument("artifact", help="the model folder, e.g. trained/latent-vae2-mnist5k")
    ev.add_argument("--threads", type=int, default=2, help="torch CPU threads (default: 2)")
    ev.add_argument("--write", action="store_true",
                    help="also store the recomputed metrics in the card (e.g. the quality "
                    "figures of a run whose final evaluation failed)")
    ev.add_argument("--samples", type=int, metavar="N",
                    help="draw N samples for the sample figures instead of the card's count "
                    "(a smaller standard error; with --write the card records N)")
    ev.set_defaults(func=cli_artifacts.eval_command)

    al = sub.add_parser("all", help="re-make every artifact in trained/ from its recipe",
                        description="Run the recipe of every shipped artifact (training/"
                        "shipped.py), skipping artifacts whose card says they were made by "
                        "the same command, unless --force. Prints the time per artifact, "
                        "the largest metric change against the card it replaced and whether "
                        "the weights came out bitwise the same.")
    al.add_argument("--force", action="store_true", help="re-make up-to-date artifacts too")
    al.add_argument("--only", metavar="PREFIX", nargs="+",
                    help="only artifacts whose name starts with one of these")
    al.add_argument("--start-at", metavar="NAME",
                    help="skip the artifacts before NAME in the order of `list` (to go on "
                    "with an interrupted run)")
    al.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    al.add_argument("--jobs", type=int, default=1,
                    help="recipes run at once, as long as their threads fit the CPU cores "
                    "(default: 1; the times per artifact are then shared-machine times)")
    al.set_defaults(func=cli_artifacts.all_command)

    from training.gallery_report import add_parser as add_gallery

    add_gallery(sub)
    ls = sub.add_parser("list", help="list the artifacts in trained/ and the commands that made them")
    ls.add_argument("--root", help="folder to list (default: the shipped trained/)")
    ls.add_argument("--times", action="store_true",
                    help="a Markdown table of the recorded training times, longest first")
    ls.set_defaults(func=cli_artifacts.list_command)
    return p


def _protect_shipped(cfg: Recipe) -> None:
    """Refuse to replace a shipped artifact with anything but its own recipe (re-making it
    is fine): ``--out`` defaults to ``trained/NAME``, and the classifier there scores every
    other model's samples."""
    from training.artifacts import default_trained_dir

    out = Path(cfg.resolved().out).resolve()
    name = out.name
    if out.parent == default_trained_dir().resolve() and name in SHIPPED \
            and cfg.command() != SHIPPED[name]:
        raise ValueError(f"this would replace the shipped model {name} with another recipe; "
                         "give --out a folder of your own (e.g. --out runs/my-model)")


def _base_recipe(ref: str) -> Recipe:
    """The recipe of a shipped artifact (by name) or of any artifact folder (its card)."""
    if ref in SHIPPED:
        return recipe_from_command(SHIPPED[ref])
    from training.artifacts import read_card

    return recipe_from_command(read_card(ref)["created_by"])


def _recipe_args(argv: list[str], name: str) -> list[str]:
    i = argv.index(name)
    return argv[i + 1:]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.func is not None:
            return args.func(args)
        cls = args.recipe
        if args.from_:
            base = _base_recipe(args.from_)
            if base.name != cls.name:
                raise ValueError(f"--from {args.from_}: that artifact was made by the "
                                 f"{base.name} recipe, not {cls.name}")
            if args.out is None:
                raise ValueError("--from: give --out (the default would overwrite the "
                                 f"shipped {base.resolved().out})")
            p = argparse.ArgumentParser(prog=f"python -m training {cls.name}")
            p.add_argument("--from", dest="from_")
            recipe_parser(cls, p)
            p.set_defaults(**base.as_dict())
            own = _recipe_args(argv, cls.name)
            args = p.parse_args(own)
            if cls is DiffusionRecipe and is_image_data(args.data) != is_image_data(base.data):
                # images ↔ points: the base's step count, batch, lr and prediction (v is for
                # the UNet) belong to the other kind of net; the new kind's unless given
                for name, value in (("steps", None), ("batch_size", None), ("lr", None),
                                    ("prediction", "epsilon")):
                    if "--" + name.replace("_", "-") not in own:
                        setattr(args, name, value)
            if cls is DensityRecipe and args.family != base.family:
                # another family: the base's options were the old family's; the new one
                # starts from its own defaults except for the options given here
                from training.density.registry import families

                for h in {h.name: h for f in families() for h in f.hypers}.values():
                    flags = {"--" + h.name.replace("_", "-"), h.negative}
                    if not flags & {a.split("=")[0] for a in own}:
                        setattr(args, h.name, None)
        cfg = cls.from_namespace(args)
        _protect_shipped(cfg)
        return _handler(cls.name)(cfg)
    except TrainingStopped as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    except (ValueError, KeyError, FileNotFoundError) as e:  # includes DataError, ImageDataError
        msg = e.args[0] if isinstance(e, KeyError) and e.args else e
        print(f"error: {msg}", file=sys.stderr)
        return 2
    except Exception as e:
        from training.artifacts import ArtifactError

        if isinstance(e, ArtifactError):
            print(f"error: {e}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    run_main(main)
