"""Fast ODE solvers against DDIM on the shipped MNIST DDPM: quality per step count and time.

``python -m benchmarks.solvers [--n-ref 64] [--n-eval 500] [--repeat 3]`` (or the
``solvers`` group of ``python -m benchmarks``) samples every sampler × step count from the
same x_T and reports, for each:

* ``rms``: per-image RMS difference (pixels in [0, 1]) to a DDIM-500 reference from the same
  x_T, mean over the first ``n_ref`` images (how far from the ODE's solution);
* the shipped classifier's figures of ``n_eval`` samples (:func:`training.evaluate.
  image_sample_metrics`, the DDPM card's recipe): share classified with confidence ≥ 0.9,
  the smallest class share, the Fréchet distance and its real-vs-real floor at the same n;
* wall time of 16 samples (``pipeline.sample``), median of ``repeat`` rounds that time
  every configuration in turn (after the sampling), and its ratio to DDIM-50's.

It writes ``benchmarks/results/solvers.json`` and prints a Markdown table. The default step
count it proposes is the smallest step count of a solver whose classifier figures are no
worse than DDIM-50's (see :func:`choose_default`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks import figure

RESULTS = Path(__file__).parent / "results" / "solvers.json"
SOLVERS = ("dpm++2m", "unipc")
#: solvers of the reverse SDE: accepted by --samplers, not in the default set, and never the
#: proposed default (their samples do not converge to DDIM-500's, so ``rms`` says nothing)
SDE_SOLVERS = ("dpm++2m-sde",)
STEPS = (5, 8, 10, 15, 20)
#: "no worse than DDIM-50": confident share and min class share at most this much lower,
#: Fréchet distance at most this factor higher (paired samples, same x_T)
TOL_SHARE, TOL_FD = 0.01, 1.05


def _sample(model, x_T, sampler: str, steps: int, batch: int = 64) -> np.ndarray:
    import torch

    outs = []
    for start in range(0, len(x_T), batch):
        last = None
        # a stochastic sampler's noise: a stream of its own for every batch (the ODE
        # solvers draw none, so their samples do not depend on it)
        g = torch.Generator().manual_seed(1 + start)
        for last in model.denoise(len(x_T[start:start + batch]), steps, sampler, 0.0, 0,
                                  x_T=x_T[start:start + batch], generator=g):
            pass
        outs.append(model.to_data(last.x_prev))
    return np.concatenate(outs)


def time_interleaved(configs: list[tuple[str, int]], repeat: int = 5, threads: int = 1,
                     log=print) -> dict[str, float]:
    """16-sample wall time of each (sampler, steps), median of ``repeat`` rounds that run
    the configurations in turn (so that a load change on the machine hits all of them)."""
    import torch

    import training
    from training.artifacts import default_trained_dir

    torch.set_num_threads(threads)
    model = training.load(default_trained_dir() / "diffusion-mnist5k")
    model.sample(2, steps=3)
    times: dict[str, list[float]] = {f"{s}-{n}": [] for s, n in configs}
    for r in range(repeat):
        for s, n in configs:
            t0 = time.perf_counter()
            model.sample(16, steps=n, sampler=s, seed=100 + r)
            times[f"{s}-{n}"].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    base = med.get("ddim-50")
    for k, v in med.items():
        log(f"{k:20s} {v:6.3f} s" + (f"  {v / base:.3f} × DDIM-50" if base else ""))
    return med


def choose_default(rows: list[dict]) -> dict | None:
    """The row with the fewest steps among the solvers whose confident share and minimum
    class share are within ``TOL_SHARE`` of DDIM-50's and whose Fréchet distance is within
    ``TOL_FD`` × DDIM-50's (ties: the lower Fréchet distance); None if no row passes."""
    base = next(r for r in rows if r["sampler"] == "ddim" and r["steps"] == 50)
    ok = [r for r in rows if r["sampler"].partition(":")[0] in SOLVERS
          and r["confident_share"] >= base["confident_share"] - TOL_SHARE
          and r["min_class_share"] >= base["min_class_share"] - TOL_SHARE
          and r["frechet_distance"] <= base["frechet_distance"] * TOL_FD]
    return min(ok, key=lambda r: (r["steps"], r["frechet_distance"])) if ok else None


def reusable_rows(previous: list[dict], model_sha256: str, n_ref: int, n_eval: int,
                  seed: int) -> dict[tuple[str, int], dict]:
    """The rows of earlier runs (``--reuse``) measured on the same weights, x_T (seed) and
    sample counts, by (sampler, steps): their samples would be the same, so they are not
    drawn again (their 16-sample times are re-measured in this process)."""
    rows: dict[tuple[str, int], dict] = {}
    for prev in previous or []:
        if prev.get("model_sha256") != model_sha256 or (
                prev.get("n_ref"), prev.get("n_eval"), prev.get("seed")) != (n_ref, n_eval, seed):
            continue
        rows.update({(r["sampler"], r["steps"]): r for r in prev.get("rows", [])})
    return rows


def run(n_ref: int = 64, n_eval: int = 500, repeat: int = 3, seed: int = 0,
        steps: tuple[int, ...] = STEPS, threads: int = 1, log=print,
        samplers: tuple[str, ...] = ("ddim", *SOLVERS), previous: list[dict] | None = None,
        baseline: bool = True) -> dict:
    import torch

    import training
    from training.artifacts import default_trained_dir
    from training.data.images import image_splits
    from training.diffusion.latent_diffusion import weights_sha256
    from training.evaluate import default_classifier, image_sample_metrics

    torch.set_num_threads(threads)
    folder = default_trained_dir() / "diffusion-mnist5k"
    model = training.load(folder)
    sha = weights_sha256(folder)
    done = reusable_rows(previous, sha, n_ref, n_eval, seed)
    clf = default_classifier()
    sp = image_splits("mnist5k", seed=0)
    n_all = max(n_ref, n_eval)
    x_T = model.initial_noise(n_all, seed)
    configs = [("ddim", 50)] if baseline else []
    configs += [(s, n) for s in samplers for n in steps if (s, n) != ("ddim", 50)]
    t0 = time.perf_counter()
    ref = None
    if any(c not in done for c in configs):
        ref = _sample(model, x_T[:n_ref], "ddim", 500)
        log(f"DDIM-500 reference for {n_ref} images: {time.perf_counter() - t0:.0f} s")
    model.sample(2, steps=3)  # warm-up before timing
    rows = []
    for sampler, n in configs:
        t0 = time.perf_counter()
        if (sampler, n) in done:
            rows.append({**done[(sampler, n)], "reused": True})
            log(f"{sampler:8s} {n:3d}: reused (same weights, x_T and n)")
            continue
        x = _sample(model, x_T[:n_eval], sampler, n)
        x_ref = x[:n_ref] if n_eval >= n_ref else _sample(model, x_T[:n_ref], sampler, n)
        rms = np.sqrt(((x_ref - ref) ** 2).mean(axis=(1, 2)))
        m = image_sample_metrics(x, sp.x_train, sp.x_test, classifier=clf, seed=seed)
        row = {"sampler": sampler, "steps": n, "rms": float(rms.mean()),
               "rms_max": float(rms.max()), "confident_share": m["confident_share"],
               "min_class_share": m["min_class_share"],
               "class_shares": [m[f"class_share_{c}"] for c in range(10)],
               "frechet_distance": m["frechet_distance"], "frechet_floor": m["frechet_floor"]}
        rows.append(row)
        log(f"{sampler:8s} {n:3d}: rms {row['rms']:.4f}  conf {row['confident_share']:.3f}  "
            f"min class {row['min_class_share']:.3f}  FD {row['frechet_distance']:.2f}  "
            f"({time.perf_counter() - t0:.0f} s)")
    # the times last, all configurations in turn in each round (a load change on the
    # machine then hits every one of them alike)
    times = time_interleaved(configs, repeat, threads, log=log)
    for row in rows:
        row["time16_s"] = times[f"{row['sampler']}-{row['steps']}"]
    base_t = rows[0]["time16_s"] if baseline else None
    for r in rows:
        r["time_vs_ddim50"] = r["time16_s"] / base_t if base_t else None
    best = choose_default(rows) if baseline else None
    return {"n_ref": n_ref, "n_eval": n_eval, "repeat": repeat, "seed": seed,
            "threads": threads, "reference": "ddim-500", "model_sha256": sha, "rows": rows,
            "default": ({"sampler": best["sampler"], "steps": best["steps"],
                         "time_vs_ddim50": best["time_vs_ddim50"]} if best else None),
            "tolerance": {"share": TOL_SHARE, "frechet_factor": TOL_FD}}


#: what a card's ``solver_parity`` keeps of each row (the Step-through view plots it)
CARD_ROW_KEYS = ("sampler", "steps", "rms", "confident_share", "min_class_share",
                 "frechet_distance", "frechet_floor", "time16_s", "time_vs_ddim50")


def write_card(res: dict, folder: Path, command: str) -> None:
    """Store ``res`` as ``solver_parity`` in the card of the model it measured (atomically;
    refused if the weights changed since)."""
    import os

    from training.diffusion.latent_diffusion import weights_sha256
    from training.precision import cpu_signature

    if weights_sha256(folder) != res["model_sha256"]:
        raise SystemExit(f"error: the weights in {folder} are not the ones measured")
    path = folder / "card.json"
    card = json.loads(path.read_text(encoding="utf-8"))
    card["solver_parity"] = {
        "command": command, "measured_at": time.strftime("%Y-%m-%d"), "cpu": cpu_signature(),
        **{k: res[k] for k in ("n_ref", "n_eval", "seed", "threads", "reference",
                               "model_sha256", "tolerance", "default")},
        "rows": [{k: r[k] for k in CARD_ROW_KEYS} for r in res["rows"]]}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(card, indent=2, allow_nan=False) + "\n",
                   encoding="utf-8")
    os.replace(tmp, path)


def table(res: dict) -> str:
    """The Markdown table of :func:`run`'s result."""
    names = {"ddim": "DDIM", "dpm++2m": "DPM-Solver++(2M)", "unipc": "UniPC-2",
             "dpm++2m-sde": "SDE-DPM-Solver++(2M)"}

    def label(sampler: str) -> str:
        base, _, spacing = sampler.partition(":")
        return names[base] + (f", {spacing} spacing" if spacing else "")

    head = (f"| sampler | steps | RMS vs DDIM-500 (n={res['n_ref']}) | confident ≥ 0.9 "
            f"(n={res['n_eval']}) | min class share | Fréchet (floor) | 16 samples, s "
            "| × DDIM-50 |")
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in res["rows"]:
        lines.append(f"| {label(r['sampler'])} | {r['steps']} | {r['rms']:.4f} | "
                     f"{r['confident_share']:.1%} | {r['min_class_share']:.1%} | "
                     f"{r['frechet_distance']:.1f} ({r['frechet_floor']:.1f}) | "
                     f"{r['time16_s']:.2f} | "
                     + (f"{r['time_vs_ddim50']:.2f} |" if r["time_vs_ddim50"] else "– |"))
    return "\n".join(lines)


@figure("solvers")
def solvers(repeat: int) -> dict[str, float]:
    """Small version for the harness: 16 images vs the reference, 100 for the classifier."""
    res = run(n_ref=16, n_eval=100, repeat=max(repeat // 2, 1),
              log=lambda s: print(s, file=sys.stderr))
    return {f"{r['sampler']}{r['steps']}_{k}": round(r[k], 4) for r in res["rows"]
            for k in ("rms", "confident_share", "time_vs_ddim50")}


def _sampler(value: str) -> str:
    from training.diffusion.scheduler_base import LogSNRSchedulerBase

    base, colon, spacing = value.partition(":")
    if base == "ddim" and not colon:
        return value
    if base in SOLVERS + SDE_SOLVERS and (not colon or spacing in LogSNRSchedulerBase.SPACINGS):
        return value
    raise argparse.ArgumentTypeError(
        f"'{value}': expected ddim, {', '.join(SOLVERS + SDE_SOLVERS)}, or a solver with a "
        f"spacing ({', '.join(LogSNRSchedulerBase.SPACINGS)}), e.g. unipc:quadratic")


def _without_reuse(args: list[str]) -> list[str]:
    """The command line less ``--reuse FILE…`` (reused rows are the rows it would draw)."""
    out, skipping = [], False
    for a in args:
        if a == "--reuse":
            skipping = True
        elif not (skipping and not a.startswith("--")):
            skipping = False
            out.append(a)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.solvers", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n-ref", type=int, default=64, help="images compared with DDIM-500")
    p.add_argument("--n-eval", type=int, default=500, help="images for the classifier figures")
    p.add_argument("--repeat", type=int, default=3, help="timed runs of 16 samples (median)")
    p.add_argument("--steps", type=int, nargs="+", default=list(STEPS))
    p.add_argument("--samplers", nargs="+", default=["ddim", *SOLVERS], type=_sampler,
                   help="samplers compared with DDIM-50 at each --steps (default: ddim "
                        "dpm++2m unipc; dpm++2m-sde, the SDE solver, on request); a solver "
                        "may name a timestep spacing after a colon: unipc:time, "
                        "unipc:quadratic (default: uniform in log-SNR)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=0,
                   help="seed of the shared x_T (another seed: a fresh set of paired samples)")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--reuse", type=Path, nargs="+", metavar="JSON",
                   help="earlier --out files: their rows of the same weights, seed and n "
                        "are not sampled again (only re-timed)")
    p.add_argument("--no-ddim50", action="store_true",
                   help="leave out the DDIM-50 baseline (to split a long run across "
                        "processes; a later run with --reuse of each part merges them)")
    p.add_argument("--write-card", action="store_true",
                   help="store the table in trained/diffusion-mnist5k/card.json "
                        "(solver_parity), where the Step-through view's \"Quality vs steps\" "
                        "plot reads it")
    p.add_argument("--time-only", nargs="+", metavar="SAMPLER-STEPS",
                   help="only time these, interleaved (e.g. ddim-50 unipc-20), median of "
                        "--repeat rounds")
    a = p.parse_args(argv)
    if a.time_only:
        configs = [(c.rsplit("-", 1)[0], int(c.rsplit("-", 1)[1])) for c in a.time_only]
        time_interleaved(configs, a.repeat, a.threads)
        return 0
    previous = [json.loads(f.read_text()) for f in a.reuse or [] if f.exists()]
    res = run(a.n_ref, a.n_eval, a.repeat, seed=a.seed, steps=tuple(a.steps), threads=a.threads,
              log=lambda s: print(s, flush=True), samplers=tuple(a.samplers),
              previous=previous, baseline=not a.no_ddim50)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=1) + "\n")
    if a.write_card:
        from training.artifacts import default_trained_dir

        write_card(res, default_trained_dir() / "diffusion-mnist5k",
                   "python -m benchmarks.solvers " + " ".join(_without_reuse(
                       sys.argv[1:] if argv is None else argv)))
    print(table(res))
    print("default:", res["default"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
