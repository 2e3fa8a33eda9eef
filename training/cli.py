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


def _density(args: argparse.Namespace) -> int:
    from training import artifacts
    from training.data import get_source
    from training.density import FAMILIES

    source = get_source(args.data)
    x_train, _ = source.sample(args.n_train, seed=args.seed)
    x_test, _ = source.sample(args.n_test, seed=args.seed + 1)
    model = FAMILIES[args.family]()
    t0 = time.perf_counter()
    model.fit(x_train)
    fit_s = time.perf_counter() - t0
    metrics = {
        "train_nll_nats": model.nll(x_train),
        "test_nll_nats": model.nll(x_test),
        "n_params": model.n_params,
        "fit_time_s": round(fit_s, 4),
    }
    h = source.entropy()
    if h is not None:
        metrics["data_entropy_nats"] = h
        metrics["test_kl_nats"] = metrics["test_nll_nats"] - h
    out = Path(args.out or f"trained/density-{args.family}-{args.data}")
    command = (
        f"python -m training density --family {args.family} --data {args.data} "
        f"--n-train {args.n_train} --n-test {args.n_test} --seed {args.seed} "
        f"--out {shlex.quote(str(out))}"
    )
    card = {
        "data": {
            "name": args.data,
            "n_train": args.n_train,
            "n_test": args.n_test,
            "train_seed": args.seed,
            "test_seed": args.seed + 1,
            "description": source.description,
        },
        "training": {
            "recipe": f"density/{args.family}",
            "seed": args.seed,
            "steps": 1,
            "time_s": round(fit_s, 4),
            "device": "cpu",
            "host": platform.machine(),
            "numpy": np.__version__,
        },
        "metrics": metrics,
        "created_by": command,
        "family": model.family,
    }
    artifacts.save(model, out, card)
    print(json.dumps({"saved": str(out), "metrics": metrics}, indent=2))
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
    d.add_argument("--data", choices=dataset_names(), default="8gaussians",
                   help="data set (default: 8gaussians)")
    d.add_argument("--n-train", type=int, default=5000, help="training points (default: 5000)")
    d.add_argument("--n-test", type=int, default=5000, help="held-out points (default: 5000)")
    d.add_argument("--seed", type=int, default=0,
                   help="seed of the training sample; the test sample uses seed+1 (default: 0)")
    d.add_argument("--out", help="output folder (default: trained/density-FAMILY-DATA)")
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
