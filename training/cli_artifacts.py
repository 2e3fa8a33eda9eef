"""``python -m training list | eval | all``: the commands over the shipped artifacts.

``list`` prints every shipped artifact and the command that made it; ``eval`` recomputes a
card's metrics next to the card's own; ``all`` re-makes the artifacts from their recipes
(side by side with ``--jobs``) and reports what changed: metrics, the largest weight
difference, and whether the weights are bitwise the same on the CPU that made the card.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from training.recipes import recipe_from_command
from training.shipped import DEPENDS_ON, SHIPPED


def eval_command(args: argparse.Namespace) -> int:
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
    if getattr(args, "samples", None):
        if args.samples < 10:
            print("error: --samples takes at least 10", file=sys.stderr)
            return 2
        # every family reads its sample count from the card's *n_samples entries
        m = model.card["metrics"]
        keys = [k for k in m if k.endswith("n_samples")] or ["n_samples"]
        for k in keys:
            m[k] = int(args.samples)
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
        if model.card["kind"] == "latent" and card["data"].get("name") == "shapes":
            from training.data.from_card import image_splits_of
            from training.evaluate import any_factor_table

            sp = image_splits_of(model.card, tuple(model.image_shape))
            card["factor_correlation"] = any_factor_table(model, sp)
        more = f" --samples {args.samples}" if getattr(args, "samples", None) else ""
        card["evaluated_by"] = f"python -m training eval {args.artifact}{more} --write"
        artifacts.save(model, args.artifact, card)
        print(f"wrote {len(now)} metrics into {args.artifact}/card.json", file=sys.stderr)
    return 0


def all_command(args: argparse.Namespace) -> int:
    """Re-make every shipped artifact from its recipe (skipping up-to-date ones), then
    compare each with the card it replaced: metrics and whether the weights are bitwise
    the same. With ``--jobs N``, up to N recipes run at once as long as their threads fit
    the CPU cores (the classifier first and alone: the others score samples with it)."""
    import hashlib
    import shlex
    import subprocess

    from training.artifacts import ArtifactError, default_trained_dir, read_card
    from training.evaluate import compare_metrics
    from training.precision import cpu_signature

    root = default_trained_dir()
    repo = root.parent
    if root.name != "trained":  # the recipes write to trained/NAME relative to repo
        raise ValueError(f"{root}: the artifacts folder must be called 'trained'")

    def digest(path: Path) -> str | None:
        f = path / "model.safetensors"
        return hashlib.sha256(f.read_bytes()).hexdigest() if f.is_file() else None

    names = list(SHIPPED)
    if args.start_at:
        if args.start_at not in SHIPPED:
            raise ValueError(f"--start-at {args.start_at}: not a shipped artifact (see list)")
        names = names[names.index(args.start_at):]
    jobs = []
    for name in names:
        command = SHIPPED[name]
        if args.only and not any(name.startswith(p) for p in args.only):
            continue
        path = root / name
        try:
            before = read_card(path)
        except ArtifactError:
            before = None
        stale = any(d in {j["name"] for j in jobs} for d in DEPENDS_ON.get(name, ()))
        if before and before["created_by"] == command and not args.force and not stale:
            print(f"{name}: up to date (made by the same command); --force re-makes it",
                  file=sys.stderr)
            continue
        argv = shlex.split(command)
        # the thread count is a run option, but it can change the order of floating-point
        # sums: re-make with the card's count so that the weights can come out bitwise equal
        threads = (before or {}).get("training", {}).get("threads")
        if threads:
            argv += ["--threads", str(int(threads))]
        else:
            threads = recipe_from_command(command).threads
        print(f"{name}: {shlex.join(argv)}", file=sys.stderr, flush=True)
        jobs.append({"name": name, "argv": argv, "threads": int(threads), "before": before,
                     "path": path})
    if args.dry_run:
        print("[]")
        return 0
    cores = os.cpu_count() or 1
    pending, running, table, status = list(jobs), {}, {}, 0
    while (pending and status == 0) or running:
        while pending and status == 0 and len(running) < max(args.jobs, 1):
            job = pending[0]
            used = sum(j["threads"] for j in running.values())
            alone = job["name"].startswith("classifier") or any(
                j["name"].startswith("classifier") for j in running.values())
            waits = any(j["name"] in DEPENDS_ON.get(job["name"], ()) for j in running.values())
            if running and (alone or waits or used + job["threads"] > cores):
                break
            pending.pop(0)
            job["digest"], job["t0"] = digest(job["path"]), time.perf_counter()
            job["weights"] = _read_weights(job["path"])
            # the recipe's own output goes to stderr: stdout carries only the final table
            proc = subprocess.Popen([sys.executable, "-m", "training", *job["argv"][3:]],
                                    cwd=repo, stdout=_stderr_fd())
            running[proc] = job
        time.sleep(0.2)
        for proc in [p for p in running if p.poll() is not None]:
            job = running.pop(proc)
            dt = time.perf_counter() - job["t0"]
            if proc.returncode != 0:
                how = (f"was killed by signal {-proc.returncode}" if proc.returncode < 0
                       else f"failed (exit status {proc.returncode})")
                print(f"error: {job['name']} {how}", file=sys.stderr)
                status = status or (proc.returncode if proc.returncode > 0 else 1)
                continue
            after = read_card(job["path"])
            row = {"artifact": job["name"], "time_s": round(dt, 1),
                   "train_time_s": after["training"].get("time_s"),
                   "metrics": after["metrics"]}
            if job["before"] is not None:
                diffs = compare_metrics(job["before"]["metrics"], after["metrics"])
                row["max_abs_metric_diff"] = max(
                    (d.get("abs_diff", 0.0) for d in diffs.values()), default=0.0)
                row["same_weights"] = job["digest"] == digest(job["path"])
                row["max_abs_weight_diff"] = _weight_diff(job["weights"],
                                                          _read_weights(job["path"]))
                made_on = job["before"]["training"].get("cpu")
                # bitwise equality is only to be expected on the CPU that made the card
                row["same_cpu"] = None if made_on is None else made_on == cpu_signature()
            table[job["name"]] = row
            print(json.dumps({k: v for k, v in row.items() if k != "metrics"}),
                  file=sys.stderr, flush=True)
    print(json.dumps([table[n] for n in SHIPPED if n in table], indent=2))
    return status


def _read_weights(path: Path) -> dict | None:
    try:
        from safetensors.numpy import load_file

        return load_file(str(path / "model.safetensors"))
    except Exception:  # missing or unreadable: nothing to compare
        return None


def _weight_diff(a: dict | None, b: dict | None) -> float | None:
    """Largest absolute difference between two sets of weights (None: not comparable)."""
    if a is None or b is None or set(a) != set(b):
        return None
    worst = 0.0
    for k, v in a.items():
        if v.shape != b[k].shape:
            return None
        if v.size:
            worst = max(worst, float(np.max(np.abs(v.astype(np.float64) - b[k]))))
    return worst


def _stderr_fd():
    try:
        return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # a replaced stderr (tests)
        return None


def list_command(args: argparse.Namespace) -> int:
    from training.artifacts import default_trained_dir, discover

    root = Path(args.root) if args.root else default_trained_dir()
    found = discover(root)
    if not found:
        print(f"no artifacts under {root}")
        return 0
    if getattr(args, "times", False):
        print(times_table(found))
        return 0
    for path, card in found:
        metrics = ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                            for k, v in card["metrics"].items())
        print(f"{path.name}  [{card['kind']} · {card['class']} · data {card['data']['name']}]")
        print(f"    made by: {card['created_by']}")
        print(f"    metrics: {metrics}")
    return 0


def _time_s(card: dict) -> float | None:
    t = card.get("training", {}).get("time_s", card.get("metrics", {}).get("fit_time_s"))
    return float(t) if isinstance(t, (int, float)) else None


def _yes_no(value) -> str:
    return "–" if value is None else ("yes" if value else "no")


def times_table(found: list[tuple[Path, dict]]) -> str:
    """A Markdown table of each artifact's recorded training time and where it was measured
    (threads, CPU, bfloat16, the load average when it was saved where the card has it), and
    the total: what ``python -m training all`` costs, from the cards (no run of ``all``)."""
    rows = ["| artifact | training time | threads | CPU | bf16 | load (1 min) |",
            "|---|---:|---:|---|---|---:|"]
    total = 0.0
    for path, card in sorted(found, key=lambda f: -(_time_s(f[1]) or 0.0)):
        t, tr = _time_s(card), card.get("training", {})
        total += t or 0.0
        load = tr.get("load_average_1min")
        rows.append(f"| `{path.name}` | {'–' if t is None else f'{t:,.0f} s'} | "
                    f"{tr.get('threads', '–')} | "
                    f"{(tr.get('cpu') or 'not recorded').replace('|', '·')} | "
                    f"{_yes_no(tr.get('bf16_autocast'))} | "
                    f"{'–' if load is None else f'{load:.1f}'} |")
    rows.append(f"| **all {len(found)}** | **{total / 60:,.0f} min** | | | | |")
    return "\n".join(rows)
