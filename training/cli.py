"""``python -m training`` — make the models that ``trained/`` ships, and list them.

    python -m training list
    python -m training density --family gaussian --data 8gaussians --out trained/density-gaussian-8gaussians
"""

from __future__ import annotations

import argparse
import json
import platform
import shlex
import sys
import time
from pathlib import Path

import numpy as np


FLOW_OPTIONS = ("steps", "batch_size", "lr", "weight_decay", "layers", "bins", "hidden")


def _density(args: argparse.Namespace) -> int:
    import torch

    from training import artifacts
    from training.data import get_source, make_splits
    from training.density import FAMILIES

    torch.set_num_threads(args.threads)
    params = {"min_population": args.min_population} if args.data == "world-cities" else {}
    source = get_source(args.data, **params)
    splits = make_splits(args.data, seed=args.seed, n_train=args.n_train, n_val=args.n_val,
                         n_test=args.n_test, **params)
    family = args.family
    extra_cmd = ""
    fit_kwargs: dict = {}
    steps = 1
    if family == "flow":
        model = FAMILIES[family](n_layers=args.layers, bins=args.bins, hidden=args.hidden, seed=args.seed)
        fresh = args.fresh and not getattr(source, "fixed", False)
        fit_kwargs = dict(
            steps=args.steps, batch_size=args.batch_size, lr=args.lr,
            weight_decay=args.weight_decay, x_val=splits.val, seed=args.seed,
            sampler=(lambda n, rng: source.generate(n, rng)[0]) if fresh else None,
            callback=_progress(args.steps),
        )
        steps = args.steps
        extra_cmd = (f" --steps {args.steps} --batch-size {args.batch_size} --lr {args.lr} "
                     f"--weight-decay {args.weight_decay} --layers {args.layers} --bins {args.bins} "
                     f"--hidden {args.hidden}" + ("" if args.fresh else " --no-fresh"))
    else:
        model = FAMILIES[family]()
    t0 = time.perf_counter()
    model.fit(splits.train, **fit_kwargs)
    fit_s = time.perf_counter() - t0
    metrics = {
        "train_nll_nats": model.nll(splits.train),
        "val_nll_nats": model.nll(splits.val),
        "test_nll_nats": model.nll(splits.test),
        "n_params": model.n_params,
        "fit_time_s": round(fit_s, 3),
    }
    h = source.entropy()
    if h is not None:
        metrics["data_entropy_nats"] = h
        metrics["test_kl_nats"] = metrics["test_nll_nats"] - h
    out = Path(args.out or f"trained/density-{family}-{_slug(args.data)}")
    data_opts = f" --min-population {args.min_population}" if params else ""
    command = (
        f"python -m training density --family {family} --data {args.data}{data_opts} "
        f"--n-train {args.n_train} --n-val {args.n_val} --n-test {args.n_test} --seed {args.seed}"
        f"{extra_cmd} --out {shlex.quote(str(out))}"
    )
    training_info = {
        "recipe": f"density/{family}",
        "seed": args.seed,
        "steps": steps,
        "time_s": round(fit_s, 3),
        "device": "cpu",
        "threads": args.threads,
        "host": platform.machine(),
        "torch": torch.__version__,
        "numpy": np.__version__,
    }
    if family == "flow":
        training_info.update(
            batch_size=args.batch_size, lr=args.lr, weight_decay=args.weight_decay,
            optimizer="Adam, cosine decay to 0, grad-norm clip 10",
            batches="fresh samples from the generator each step" if fit_kwargs["sampler"]
            else "mini-batches of the training split",
            selection="weights with the lowest validation NLL (checked every 250 steps)",
        )
    card = {
        "data": {**splits.description, "description": source.description},
        "training": training_info,
        "metrics": metrics,
        "created_by": command,
        "family": model.family,
    }
    artifacts.save(model, out, card)
    print(json.dumps({"saved": str(out), "metrics": metrics}, indent=2))
    return 0


def _progress(total: int):
    """A tqdm bar on a terminal, nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="step", leave=False)

    def cb(ev) -> None:
        bar.update(ev.step - bar.n)
        bar.set_postfix(train_nll=f"{ev.train_nll:.3f}",
                        val_nll="-" if ev.val_nll is None else f"{ev.val_nll:.3f}")
        if ev.step >= ev.total_steps:
            bar.close()

    return cb


def _diffusion(args: argparse.Namespace) -> int:
    """Train a DDPM denoiser (UNet on images, MLP on 2D points) and save the pipeline."""
    import torch

    from training import artifacts
    from training.checkpoint import load_checkpoint, save_checkpoint
    from training.diffusion import DiffusionModel
    from training.diffusion.train import DiffusionTrainer, NonFiniteLoss

    torch.set_num_threads(args.threads)
    dist = _init_distributed(args.device)
    rank0 = dist is None or dist[0] == 0
    images = _is_image_data(args.data)
    if images:
        from training.data.images import image_splits

        splits = image_splits(args.data, seed=args.seed, **_size_param(args))
        x_train, x_val = splits.x_train, splits.x_test
        data_desc = splits.description
        model = DiffusionModel("unet", splits.image_shape, channels=tuple(args.channels),
                               schedule=args.schedule, seed=args.seed)
        sampler = None
        defaults = dict(steps=8000, batch_size=64, lr=5e-4)
    else:
        from training.data import get_source, make_splits

        params = {"min_population": args.min_population} if args.data == "world-cities" else {}
        source = get_source(args.data, **params)
        sp = make_splits(args.data, seed=args.seed, **params)
        x_train, x_val = sp.train, sp.val
        data_desc = {**sp.description, "description": source.description}
        model = DiffusionModel("mlp", (2,), hidden=args.hidden, depth=args.depth,
                               schedule=args.schedule, seed=args.seed, fourier=args.fourier)
        model.shift = torch.as_tensor(x_train.mean(0), dtype=torch.float32)
        model.scale = torch.as_tensor(x_train.std(0), dtype=torch.float32)
        fresh = not getattr(source, "fixed", False)
        sampler = (lambda n, rng: source.generate(n, rng)[0]) if fresh else None
        defaults = dict(steps=6000, batch_size=512, lr=2e-3)
    steps = args.steps or defaults["steps"]
    batch = args.batch_size or defaults["batch_size"]
    lr = args.lr or defaults["lr"]
    out = Path(args.out or f"trained/diffusion-{_slug(args.data)}")
    run_dir = Path(args.run_dir or f"runs/{out.name}")
    trainer = DiffusionTrainer(model, x_train, steps, batch, lr, warmup=args.warmup, ema=args.ema,
                               bf16=not args.no_bf16, seed=args.seed, x_val=x_val,
                               sampler=sampler, eval_every=args.eval_every,
                               callback=_diffusion_progress(steps, args.log_json) if rank0 else None)
    ckpt = run_dir / "checkpoint"
    if args.resume:
        try:
            tensors, meta = load_checkpoint(ckpt)
        except FileNotFoundError:
            print(f"no checkpoint in {ckpt}; starting from scratch", file=sys.stderr)
        else:
            trainer.load_state(tensors, meta)
            print(f"resumed from step {trainer.step_count}", file=sys.stderr)
    try:
        while not trainer.done:
            trainer.step(args.eval_every)
            if rank0 and args.checkpoint_every and (
                    trainer.step_count % args.checkpoint_every == 0 or trainer.done):
                save_checkpoint(ckpt, *trainer.state())
    except NonFiniteLoss as e:
        print(f"error: {e}; the last good checkpoint is in {ckpt}", file=sys.stderr)
        return 3
    trainer.finish()
    if not rank0:
        return 0
    opts = (f" --steps {steps} --batch-size {batch} --lr {lr} --warmup {args.warmup} "
            f"--ema {args.ema} --schedule {args.schedule} --seed {args.seed}")
    if images:
        opts += " --channels " + " ".join(str(c) for c in args.channels)
        if args.data not in IMAGE_SETS:
            opts += f" --image-size {args.image_size[0]} {args.image_size[1]}"
        opts += " --no-bf16" if args.no_bf16 else ""
    else:
        opts += f" --hidden {args.hidden} --depth {args.depth} --fourier {args.fourier}"
        if args.data == "world-cities":
            opts += f" --min-population {args.min_population}"
    command = f"python -m training diffusion --data {args.data}{opts} --out {shlex.quote(str(out))}"
    hist = trainer.history
    training_info = {
        "recipe": "diffusion/" + ("unet" if images else "mlp"), "seed": args.seed,
        "steps": steps, "batch_size": batch, "lr": lr, "warmup_steps": args.warmup,
        "ema_decay": args.ema, "time_s": round(trainer.elapsed(), 1), "device": "cpu",
        "processes": 1 if dist is None else dist[1],
        "threads": args.threads, "bf16_autocast": trainer.bf16, "host": platform.machine(),
        "torch": torch.__version__,
        "objective": "simplified DDPM loss ‖ε − ε_θ(x_t, t)‖² (Ho et al. 2020, eq. 14)",
        "optimizer": "Adam, linear warm-up, cosine decay to 0.1·lr, grad-norm clip 1",
        "weights": f"EMA of the training weights (decay {args.ema})",
        "loss_curve": [[s, round(l, 5), None if v is None else round(v, 5)] for s, l, v in hist],
    }
    metrics = {"n_params": model.n_params, "final_train_loss": hist[-1][1] if hist else None,
               "final_val_loss": hist[-1][2] if hist else None}
    metrics = {k: v for k, v in metrics.items() if v is not None}
    card = {"data": data_desc, "training": training_info, "metrics": metrics,
            "created_by": command}
    artifacts.save(model, out, card)
    print(json.dumps({"saved": str(out), "metrics": metrics}), flush=True)
    if not args.skip_eval:
        try:
            from training.evaluate import evaluate_diffusion

            metrics.update(evaluate_diffusion(model, args.data, seed=args.seed,
                                              n=args.eval_samples))
            artifacts.save(model, out, {**card, "metrics": metrics})
            print(json.dumps({"saved": str(out), "metrics": metrics},
                             indent=None if args.log_json else 2), flush=True)
        except Exception as e:  # the artifact is saved; quality figures can be redone by eval
            print(f"warning: evaluation failed ({type(e).__name__}: {e}); "
                  f"run `python -m training eval {out}`", file=sys.stderr)
    return 0


IMAGE_SETS = ("mnist5k", "digits8", "shapes")


def _init_distributed(device: str = "cpu"):
    """Under torchrun (WORLD_SIZE > 1): join the process group (gloo: this version trains
    on the CPU) and return (rank, world size); otherwise None."""
    import os

    import torch

    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return None
    if not torch.distributed.is_initialized():
        torch.distributed.init_process_group("gloo")  # CPU training
    return torch.distributed.get_rank(), torch.distributed.get_world_size()


def _slug(data: str) -> str:
    """A data-set name or a user path → a short folder-name part."""
    p = Path(data)
    return p.stem if (p.suffix or p.exists()) else data


def _size_param(args: argparse.Namespace) -> dict:
    """``--image-size`` applies to your own images only (the shipped sets have theirs)."""
    return {} if args.data in IMAGE_SETS else {"size": tuple(args.image_size)}


def _is_image_data(data: str) -> bool:
    if data in IMAGE_SETS:
        return True
    p = Path(data)
    return p.is_dir() or p.suffix.lower() in (".npz", ".gz") or "idx" in p.name or \
        p.name.endswith("-ubyte")


def _image_data(value: str) -> str:
    if value in IMAGE_SETS or Path(value).exists():
        return value
    raise argparse.ArgumentTypeError(
        f"'{value}' is neither a known image set ({', '.join(IMAGE_SETS)}) nor an existing "
        "folder / .npz / IDX file")


def _points_data(value: str) -> str:
    from training.data import dataset_names

    if value in dataset_names():
        return value
    if value.lower().endswith(".csv") and Path(value).is_file():
        return value
    raise argparse.ArgumentTypeError(
        f"'{value}' is neither a known 2D data set ({', '.join(dataset_names())}) nor an "
        "existing .csv file")


def _any_data(value: str) -> str:
    try:
        return _points_data(value)
    except argparse.ArgumentTypeError:
        return _image_data(value)


def _latent(args: argparse.Namespace) -> int:
    """Fit a latent-variable model (VAE, autoencoder, probabilistic PCA) to images."""
    import torch

    from training import artifacts
    from training.data.images import image_splits, validation_split
    from training.latent import PPCA, VAE, latent_statistics, train_vae

    torch.set_num_threads(args.threads)
    sp = image_splits(args.data, seed=args.seed, **_size_param(args))
    x_fit, y_fit, x_val, _ = validation_split(sp.x_train, sp.y_train, 0.1, args.seed)
    t0 = time.perf_counter()
    info: dict = {}
    family = args.family
    if family == "pca":
        model = PPCA(sp.image_shape, args.latent_dim, seed=args.seed).fit(sp.x_train)
        info = {"method": "closed-form maximum likelihood (Tipping & Bishop 1999)"}
    else:
        model = VAE(sp.image_shape, args.latent_dim, hidden=tuple(args.hidden),
                    variational=family == "vae", beta=args.beta, seed=args.seed)

        bar = None
        if sys.stderr.isatty() and not args.log_json:
            from tqdm import tqdm

            bar = tqdm(total=args.epochs, unit="epoch")

        def cb(ev):
            if args.log_json:
                print(json.dumps({"epoch": ev.epoch, "total": ev.total_epochs,
                                  "train_loss": round(ev.train_loss, 4),
                                  "val_loss": round(ev.val_loss, 4)}), flush=True)
            elif bar is not None:
                bar.update(1)
                bar.set_postfix(loss=f"{ev.train_loss:.2f}", val=f"{ev.val_loss:.2f}")

        res = train_vae(model, x_fit, x_val, epochs=args.epochs, batch_size=args.batch_size,
                        lr=args.lr, seed=args.seed, patience=args.patience,
                        warmup_epochs=args.kl_warmup, callback=cb)
        if bar is not None:
            bar.close()
        info = {"epochs": args.epochs, "epochs_run": res["epochs_run"],
                "best_epoch": res["best_epoch"], "batch_size": args.batch_size, "lr": args.lr,
                "beta": args.beta, "kl_warmup_epochs": args.kl_warmup, "patience": args.patience,
                "optimizer": "Adam, cosine decay",
                "selection": "weights with the best validation loss (10 % of the training "
                             "split held out, class-stratified)",
                "likelihood": "Bernoulli on grey levels (binary cross-entropy)",
                "loss_curve": res["history"]}
    fit_s = time.perf_counter() - t0
    from training.evaluate import factor_table, latent_metrics

    metrics = latent_metrics(model, sp, args.seed)
    metrics["fit_time_s"] = round(fit_s, 2)
    z_train = model.encode(sp.x_train)
    stats = latent_statistics(z_train, model.kl_per_dim(sp.x_train))
    out = Path(args.out or f"trained/latent-{family}{args.latent_dim}-{_slug(args.data)}")
    opts = f" --latent-dim {args.latent_dim} --seed {args.seed}"
    if args.data not in IMAGE_SETS:
        opts += f" --image-size {args.image_size[0]} {args.image_size[1]}"
    if family != "pca":
        opts += (f" --epochs {args.epochs} --batch-size {args.batch_size} --lr {args.lr} "
                 f"--beta {args.beta} --kl-warmup {args.kl_warmup} --patience {args.patience} "
                 f"--hidden {' '.join(str(h) for h in args.hidden)}")
    card = {
        "data": {**sp.description, "class_names": list(sp.class_names)},
        "training": {"recipe": f"latent/{family}", "seed": args.seed, "time_s": round(fit_s, 2),
                     "device": "cpu", "threads": args.threads, "torch": torch.__version__,
                     **info},
        "metrics": metrics,
        "latent_stats": stats,
        "family": model.family,
        "created_by": f"python -m training latent --family {family} --data {args.data}{opts} "
                      f"--out {shlex.quote(str(out))}",
    }
    if sp.factors_test:
        card["factor_correlation"] = factor_table(model, sp)
    artifacts.save(model, out, card)
    print(json.dumps({"saved": str(out), "metrics": metrics}, indent=None if args.log_json else 2))
    return 0


def _classifier(args: argparse.Namespace) -> int:
    """Train the MNIST-5k digit classifier used to score generated digits."""
    import torch

    from training import artifacts
    from training.classifier import DigitClassifier
    from training.data.images import image_splits

    torch.set_num_threads(args.threads)
    sp = image_splits("mnist5k", seed=args.seed)
    clf = DigitClassifier(seed=args.seed)
    t0 = time.perf_counter()

    def cb(ep, total, loss):
        if args.log_json:
            print(json.dumps({"epoch": ep, "total": total, "loss": loss}), flush=True)

    clf.fit(sp.x_train, sp.y_train, epochs=args.epochs, lr=args.lr, seed=args.seed, callback=cb)
    fit_s = time.perf_counter() - t0
    p_test = clf.predict_proba(sp.x_test)
    p_train = clf.predict_proba(sp.x_train)
    metrics = {
        "train_accuracy": float((p_train.argmax(1) == sp.y_train).mean()),
        "test_accuracy": float((p_test.argmax(1) == sp.y_test).mean()),
        "test_confident_share": float((p_test.max(1) >= 0.9).mean()),
        "test_nll_nats": float(-np.log(p_test[np.arange(len(p_test)), sp.y_test] + 1e-12).mean()),
        "n_params": sum(p.numel() for p in clf.net.parameters()),
    }
    out = Path(args.out or "trained/classifier-mnist5k")
    card = {
        "data": sp.description,
        "training": {"recipe": "classifier/lenet", "seed": args.seed, "epochs": args.epochs,
                     "lr": args.lr, "batch_size": 64, "time_s": round(fit_s, 1),
                     "device": "cpu", "threads": args.threads, "torch": torch.__version__,
                     "augmentation": "random shifts of up to 2 pixels",
                     "optimizer": "Adam, cosine decay, weight decay 1e-4"},
        "metrics": metrics,
        "created_by": f"python -m training classifier --epochs {args.epochs} --lr {args.lr} "
                      f"--seed {args.seed} --out {shlex.quote(str(out))}",
    }
    artifacts.save(clf, out, card)
    print(json.dumps({"saved": str(out), "metrics": metrics}, indent=2))
    return 0


def _diffusion_progress(total: int, log_json: bool):
    bar = None
    if sys.stderr.isatty() and not log_json:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="step")

    def cb(ev) -> None:
        if log_json:
            print(json.dumps({"step": ev.step, "total": ev.total_steps, "loss": ev.loss,
                              "val_loss": ev.val_loss, "elapsed_s": round(ev.elapsed_s, 2),
                              "samples_per_s": round(ev.samples_per_s, 1)}), flush=True)
        elif bar is not None:
            bar.update(ev.step - bar.n)
            bar.set_postfix(loss=f"{ev.loss:.4f}", val=f"{ev.val_loss or 0:.4f}",
                            rate=f"{ev.samples_per_s:.0f}/s")
            if ev.step >= ev.total_steps:
                bar.close()

    return cb


def _eval(args: argparse.Namespace) -> int:
    """Recompute an artifact's metrics and print them next to the card's, as JSON."""
    import torch

    from training import artifacts
    from training.evaluate import compare_metrics, recompute_metrics

    torch.set_num_threads(args.threads)
    try:
        model = artifacts.load(args.artifact)
    except artifacts.ArtifactError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    now = recompute_metrics(model)
    rows = compare_metrics(model.card["metrics"], now)
    worst = max((r.get("abs_diff", 0.0) for r in rows.values()), default=0.0)
    print(json.dumps({"artifact": str(args.artifact), "kind": model.card["kind"],
                      "eval_time_s": round(time.perf_counter() - t0, 2),
                      "max_abs_diff": worst, "metrics": rows}, indent=2))
    if args.write:
        card = {k: v for k, v in model.card.items()
                if k not in ("schema", "kind", "class", "config")}
        card["metrics"] = {**card["metrics"], **now}
        card["evaluated_by"] = f"python -m training eval {args.artifact} --write"
        artifacts.save(model, args.artifact, card)
        print(f"wrote {len(now)} metrics into {args.artifact}/card.json", file=sys.stderr)
    return 0


def _all(args: argparse.Namespace) -> int:
    """Re-make every shipped artifact from its recipe (skipping up-to-date ones)."""
    import subprocess

    from training.artifacts import ArtifactError, default_trained_dir, read_card
    from training.recipes import SHIPPED

    root = default_trained_dir()
    repo = root.parent
    table = []
    for name, command in SHIPPED.items():
        if args.only and not name.startswith(args.only):
            continue
        path = root / name
        try:
            up_to_date = read_card(path)["created_by"] == command
        except ArtifactError:
            up_to_date = False
        if up_to_date and not args.force:
            print(f"{name}: up to date (made by the same command); --force re-makes it",
                  file=sys.stderr)
            continue
        argv = shlex.split(command)
        if argv[:3] != ["python", "-m", "training"]:
            raise ValueError(f"bad recipe for {name}: {command}")
        print(f"{name}: {command}", file=sys.stderr, flush=True)
        if args.dry_run:
            continue
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "training", *argv[3:]], cwd=repo)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            print(f"error: {name} failed (exit status {r.returncode})", file=sys.stderr)
            return r.returncode
        table.append({"artifact": name, "time_s": round(dt, 1),
                      "metrics": read_card(path)["metrics"]})
    print(json.dumps(table, indent=2))
    return 0


def _list(args: argparse.Namespace) -> int:
    from training.artifacts import default_trained_dir, discover

    root = Path(args.root) if args.root else default_trained_dir()
    found = discover(root)
    if not found:
        print(f"no artifacts under {root}")
        return 0
    for path, card in found:
        metrics = ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                            for k, v in card["metrics"].items())
        print(f"{path.name}  [{card['kind']} · {card['class']} · data {card['data']['name']}]")
        print(f"    made by: {card['created_by']}")
        print(f"    metrics: {metrics}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from training.data import dataset_names
    from training.density import FAMILIES

    p = argparse.ArgumentParser(
        prog="python -m training",
        description="Train the models Latent Explorer shows and write them as artifacts "
        "(a folder with model.safetensors and card.json).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    d = sub.add_parser("density", help="fit a 2D density model (p_model) to a data set",
                       description="Fit a 2D p_model to samples of a data set and save it.")
    d.add_argument("--family", choices=sorted(FAMILIES), default="gaussian",
                   help="model family (default: gaussian)")
    d.add_argument("--data", type=_points_data, default="8gaussians", metavar="DATA",
                   help=f"data set ({', '.join(dataset_names())}) or a CSV file of 2D points "
                   "(default: 8gaussians)")
    d.add_argument("--min-population", type=int, default=1_000_000,
                   help="world-cities only: keep cities with more people than this (default 1000000)")
    d.add_argument("--n-train", type=int, default=5000, help="training points (default: 5000)")
    d.add_argument("--n-val", type=int, default=5000, help="validation points (default: 5000)")
    d.add_argument("--n-test", type=int, default=20000, help="held-out test points (default: 20000)")
    d.add_argument("--seed", type=int, default=0,
                   help="seed of the training sample; validation uses seed+2, test seed+1 "
                   "(world-cities: seed of the 70/15/15 split) (default: 0)")
    d.add_argument("--out", help="output folder (default: trained/density-FAMILY-DATA)")
    d.add_argument("--threads", type=int, default=1, help="torch CPU threads (default: 1)")
    f = d.add_argument_group("flow options (--family flow)")
    f.add_argument("--steps", type=int, default=4000, help="optimisation steps (default: 4000)")
    f.add_argument("--batch-size", type=int, default=512, help="mini-batch size (default: 512)")
    f.add_argument("--lr", type=float, default=2e-3, help="Adam learning rate (default: 2e-3)")
    f.add_argument("--weight-decay", type=float, default=0.0, help="Adam weight decay (default: 0)")
    f.add_argument("--layers", type=int, default=8, help="coupling layers (default: 8)")
    f.add_argument("--bins", type=int, default=16, help="spline bins (default: 16)")
    f.add_argument("--hidden", type=int, default=128, help="conditioner width (default: 128)")
    f.add_argument("--no-fresh", dest="fresh", action="store_false",
                   help="train on the fixed training split instead of fresh generator samples")
    d.set_defaults(func=_density)

    df = sub.add_parser("diffusion", help="train a DDPM (UNet on images, MLP on 2D points)",
                        description="Train an ε-prediction denoiser by the DDPM objective and "
                        "save it with its noise schedule. Checkpoints go to RUN_DIR/checkpoint.")
    df.add_argument("--data", type=_any_data, default="mnist5k", metavar="DATA",
                    help=f"image set ({', '.join(IMAGE_SETS)}) or an image folder / .npz / IDX "
                    f"file (UNet); 2D set ({', '.join(dataset_names())}) or a CSV of points "
                    "(MLP) (default: mnist5k)")
    df.add_argument("--image-size", type=int, nargs=2, default=[28, 28], metavar=("H", "W"),
                    help="size your images are converted to (default: 28 28)")
    df.add_argument("--steps", type=int, help="optimisation steps (default: 8000 images, 6000 2D)")
    df.add_argument("--batch-size", type=int, help="batch size (default: 64 images, 512 2D)")
    df.add_argument("--lr", type=float, help="peak learning rate (default: 5e-4 images, 2e-3 2D)")
    df.add_argument("--warmup", type=int, default=200, help="warm-up steps (default: 200)")
    df.add_argument("--ema", type=float, default=0.999, help="EMA decay (default: 0.999)")
    df.add_argument("--schedule", choices=["linear", "cosine"], default="linear",
                    help="noise schedule, T = 1000 (default: linear 1e-4 → 0.02)")
    df.add_argument("--channels", type=int, nargs=3, default=[32, 64, 96],
                    help="UNet channels per resolution (default: 32 64 96)")
    df.add_argument("--hidden", type=int, default=256, help="MLP width (default: 256)")
    df.add_argument("--depth", type=int, default=4, help="MLP residual layers (default: 4)")
    df.add_argument("--fourier", type=int, default=6,
                    help="MLP Fourier-feature frequencies of the input (0: none; default: 6)")
    df.add_argument("--min-population", type=int, default=1_000_000,
                    help="world-cities only (default: 1000000)")
    df.add_argument("--no-bf16", action="store_true", help="train the UNet in float32")
    df.add_argument("--seed", type=int, default=0, help="seed of init, split and batches")
    df.add_argument("--out", help="output folder (default: trained/diffusion-DATA)")
    df.add_argument("--run-dir", help="checkpoint folder (default: runs/<out name>)")
    df.add_argument("--checkpoint-every", type=int, default=500,
                    help="steps between checkpoints (0: none; default: 500)")
    df.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    df.add_argument("--eval-every", type=int, default=250,
                    help="steps between progress events (default: 250)")
    df.add_argument("--eval-samples", type=int, default=1000,
                    help="samples drawn for the quality figures (default: 1000)")
    df.add_argument("--skip-eval", action="store_true", help="save without quality figures")
    df.add_argument("--log-json", action="store_true",
                    help="print one JSON line per progress event instead of a bar")
    df.add_argument("--threads", type=int, default=2, help="torch CPU threads (default: 2)")
    df.add_argument("--device", choices=["cpu", "auto"], default="cpu",
                    help="training device; this version trains on the CPU only ('auto' = cpu), "
                    "and under torchrun uses the gloo backend (default: cpu)")
    df.set_defaults(func=_diffusion)

    la = sub.add_parser("latent", help="fit a latent-variable model (VAE, AE, PCA) to images",
                        description="Fit a VAE, a plain autoencoder or probabilistic PCA to an "
                        "image data set and save it with its latent statistics.")
    la.add_argument("--family", choices=["vae", "ae", "pca"], default="vae",
                    help="vae, ae (same networks, no KL) or pca (default: vae)")
    la.add_argument("--data", type=_image_data, default="mnist5k", metavar="DATA",
                    help=f"image data set ({', '.join(IMAGE_SETS)}) or a folder of images, an "
                    ".npz with an image array, or an MNIST IDX file (default: mnist5k)")
    la.add_argument("--image-size", type=int, nargs=2, default=[28, 28], metavar=("H", "W"),
                    help="size your images are converted to (default: 28 28)")
    la.add_argument("--latent-dim", type=int, default=2, help="latent dimensions (default: 2)")
    la.add_argument("--hidden", type=int, nargs="+", default=[512, 256],
                    help="encoder widths, mirrored by the decoder (default: 512 256)")
    la.add_argument("--epochs", type=int, default=100, help="most epochs (default: 100)")
    la.add_argument("--patience", type=int, default=10,
                    help="stop after this many epochs without validation progress (default: 10)")
    la.add_argument("--batch-size", type=int, default=128, help="batch size (default: 128)")
    la.add_argument("--lr", type=float, default=1e-3, help="Adam learning rate (default: 1e-3)")
    la.add_argument("--beta", type=float, default=1.0, help="KL weight β (default: 1)")
    la.add_argument("--kl-warmup", type=int, default=0,
                    help="epochs over which β ramps up from 0 (default: 0)")
    la.add_argument("--seed", type=int, default=0, help="seed of init, split and batches")
    la.add_argument("--out", help="output folder (default: trained/latent-FAMILYd-DATA)")
    la.add_argument("--log-json", action="store_true", help="one JSON line per epoch")
    la.add_argument("--threads", type=int, default=2, help="torch CPU threads (default: 2)")
    la.set_defaults(func=_latent)

    c = sub.add_parser("classifier", help="train the MNIST-5k digit classifier (scores samples)",
                       description="Train the small CNN that scores generated digits "
                       "(confidence, class histogram, Fréchet distance in its features).")
    c.add_argument("--epochs", type=int, default=20, help="epochs (default: 20)")
    c.add_argument("--lr", type=float, default=2e-3, help="Adam learning rate (default: 2e-3)")
    c.add_argument("--seed", type=int, default=0, help="seed of init, split and batches")
    c.add_argument("--out", help="output folder (default: trained/classifier-mnist5k)")
    c.add_argument("--log-json", action="store_true", help="one JSON line per epoch")
    c.add_argument("--threads", type=int, default=1, help="torch CPU threads (default: 1)")
    c.set_defaults(func=_classifier)

    ev = sub.add_parser("eval", help="recompute an artifact's metrics and compare with its card",
                        description="Load an artifact, recompute the quality figures of its "
                        "card from the weights and the re-made data, print both as JSON.")
    ev.add_argument("artifact", help="the model folder, e.g. trained/latent-vae2-mnist5k")
    ev.add_argument("--threads", type=int, default=2, help="torch CPU threads (default: 2)")
    ev.add_argument("--write", action="store_true",
                    help="also store the recomputed metrics in the card (e.g. the quality "
                    "figures of a run whose final evaluation failed)")
    ev.set_defaults(func=_eval)

    al = sub.add_parser("all", help="re-make every artifact in trained/ from its recipe",
                        description="Run the recipe of every shipped artifact (training/"
                        "recipes.py), skipping artifacts whose card says they were made by "
                        "the same command, unless --force. Prints the time per artifact.")
    al.add_argument("--force", action="store_true", help="re-make up-to-date artifacts too")
    al.add_argument("--only", metavar="PREFIX", help="only artifacts whose name starts so")
    al.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    al.set_defaults(func=_all)

    ls = sub.add_parser("list", help="list the artifacts in trained/ and the commands that made them")
    ls.add_argument("--root", help="folder to list (default: the shipped trained/)")
    ls.set_defaults(func=_list)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, KeyError) as e:  # includes DataError / ImageDataError
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
