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
    out = Path(args.out or f"trained/density-{family}-{args.data}")
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
    d.add_argument("--data", choices=dataset_names(), default="8gaussians",
                   help="data set (default: 8gaussians)")
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

    ls = sub.add_parser("list", help="list the artifacts in trained/ and the commands that made them")
    ls.add_argument("--root", help="folder to list (default: the shipped trained/)")
    ls.set_defaults(func=_list)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
