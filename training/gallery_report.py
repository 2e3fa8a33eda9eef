"""The Gallery's outputs and command: ``gallery.json``, ``gallery.md``, ``samples.png``.

``python -m training gallery [--samples N] [--out docs/gallery] [--only NAME … [--merge]]``
(:mod:`training.gallery` measures; this module writes). ``--merge`` measures only the named
models and puts their rows into the gallery already in ``--out``: the other rows, their
strips of samples (cut out of the old picture) and the references stay as they were
measured, and ``updates`` records what was measured when, on which machine.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

#: the picture: each sample drawn SCALE× (28 px → 56 px), a label column on the left
SCALE, PAD, LABEL_W = 2, 4, 300


def _fmt(v: Any, digits: int = 2) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    return str(v)


def _seconds(v: float | None) -> str:
    if v is None:
        return "—"
    if v >= 120:
        return f"{v / 60:.1f} min"
    if v < 1:
        return f"{1000 * v:.0f} ms" if v >= 0.0095 else f"{1000 * v:.1f} ms"
    return f"{v:.2f} s" if v < 10 else f"{v:.0f} s"


def markdown(g: dict[str, Any]) -> str:
    """The table of ``gallery.json`` as GitHub markdown, notes below it."""
    mach = g["machine"]
    head = ("| model | family | samples vs real | NLL nats/image (kind) | bits/dim | "
            "confident ≥ 0.9 | min class share (missing) | Fréchet (floor) | precision | "
            "recall | memorised | NN ratio | params | training | 16 samples |")
    lines = [f"Gallery of the shipped MNIST-5k image models: {g['n_samples']:,} samples each "
             f"(seed {g['seed']}), scored by one evaluator (`training.gallery.score_samples`)"
             f" with the shipped classifier. Measured {g['measured_at']} on {mach['cpu']} "
             f"({mach['cores']} cores shared with other jobs, torch threads "
             f"{mach['torch_threads']}, load average {_fmt(mach.get('load_average_at_end'), 1)}"
             " at the end); whole run "
             f"{_seconds(g.get('total_s'))}." + "".join(
                 f" Re-measured {u['measured_at']} ({u['machine']['torch_threads']} torch "
                 f"threads, load average {_fmt(u['machine'].get('load_average_at_end'), 1)}):"
                 f" {', '.join(u['models'])}." for u in g.get("updates", [])), "", head,
             "|" + "---|" * head.count(" | ") + "---|"]

    def row(r: dict[str, Any], real: bool = False) -> str:
        nll = ("—" if r.get("nll_nats") is None
               else f"{r['nll_nats']:.1f} ({r['nll_nature']})")
        if not real and r.get("nll_nature") == "none":
            nll = "none"
        missing = ", ".join(str(c) for c in r["missing_classes"]) or "none"
        vs = r.get("samples", "") + (" vs binarised" if r.get("samples") == "binary"
                                     else " vs grey")
        return "| " + " | ".join([
            f"**{r['model']}**" if not real else f"*{r['model']}*",
            r.get("family", "reference"), vs if not real else "train subset vs test",
            nll, _fmt(r.get("bits_per_dim"), 3), _fmt(r["confident_share"]),
            f"{r['min_class_share']:.3f} ({missing})",
            f"{r['frechet_distance']:.1f} ({r['frechet_floor']:.1f})",
            _fmt(r["precision"]), _fmt(r["recall"]), _fmt(r["memorised_share"], 3),
            _fmt(r["nn_train_ratio"]), _fmt(r.get("n_params")) if r.get("n_params") is None
            else f"{r['n_params']:,}", _seconds(r.get("train_time_s")),
            _seconds(r.get("sample_16_s"))]) + " |"

    lines += [row(r) for r in g["models"]]
    lines += [row(r, real=True) for r in g["references"].values()]
    lines += ["", "How each model was sampled and what its likelihood figure is:", ""]
    for r in g["models"]:
        lines.append(f"* **{r['model']}** ({r['family']}) — drawn by {r['how_drawn']}; "
                     f"likelihood: {r['nll_nature']} — {r['nll_note']}.")
    lines += ["", "Columns: *confident* = share of samples whose top class probability is ≥ "
              "0.9; *missing* = classes with under "
              f"{g['missing_share']:.0%} of the samples; *Fréchet* = Fréchet distance of "
              "the classifier's penultimate features to the test digits (floor: real "
              "training vs test digits, same n); *precision / recall* = k-NN precision and "
              f"recall (Kynkäänniemi et al. 2019, k = {g['knn_k']}) in the same features "
              "(read precision with recall: samples with weak features — noise, blur — fall "
              "inside the large k-NN balls of real outlier digits and look precise, a known "
              "weakness of the measure, Naeem et al. 2020); "
              "*memorised* = share of samples nearer a training digit than 99 % of test "
              "digits are; *NN ratio* = median nearest-training distance of the samples / "
              "of the test digits (≪ 1: copying). Binary-sample models are compared with "
              "stochastically binarised real digits, grey ones with grey digits; the "
              "*real digits* rows are the same evaluator on real training digits, the best "
              "a model can do. NLLs of binary and grey models are different quantities "
              "(probabilities of binary images vs densities of grey ones) and do not "
              "compare across that line."]
    if g.get("absent_families"):
        lines += ["", "Families in the registry with no shipped model (left out): "
                  + ", ".join(g["absent_families"]) + "."]
    return "\n".join(lines) + "\n"


def _font(size: int):
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # an old Pillow without scalable default font
        return ImageFont.load_default()


def picture(strips: dict[str, np.ndarray], labels: dict[str, str], path: Path
            ) -> dict[str, Any]:
    """One labelled row of 16 samples per model; returns where each row lies (the Gallery
    tab cuts its strips out of this picture)."""
    from PIL import Image, ImageDraw

    names = list(strips)
    h, w = next(iter(strips.values())).shape[1:] if names else (28, 28)
    cell_h, cell_w = h * SCALE, w * SCALE
    row_h = cell_h + 2 * PAD
    width = LABEL_W + 16 * (cell_w + PAD) + PAD
    img = Image.new("L", (width, max(1, row_h * len(names))), 255)
    draw = ImageDraw.Draw(img)
    big, small = _font(15), _font(12)
    rows = {}
    for i, name in enumerate(names):
        y = i * row_h + PAD
        draw.text((PAD * 2, y + 4), name, fill=0, font=big)
        draw.text((PAD * 2, y + 26), labels.get(name, ""), fill=90, font=small)
        for j, s in enumerate(np.asarray(strips[name])[:16]):
            tile = Image.fromarray((np.clip(s, 0, 1) * 255).astype(np.uint8), "L")
            img.paste(tile.resize((cell_w, cell_h), Image.NEAREST),
                      (LABEL_W + j * (cell_w + PAD), y))
        rows[name] = y
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)
    return {"file": path.name, "x0": LABEL_W, "cell_w": cell_w, "cell_h": cell_h,
            "step": cell_w + PAD, "count": 16, "rows": rows}


def write(g: dict[str, Any], out: str | Path) -> list[Path]:
    """Write ``gallery.json``, ``gallery.md`` and ``samples.png`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    g = dict(g)
    strips = g.pop("strips", {})
    labels = {r["model"]: f"{r['family']} · {r['samples']} · " + (
        "no likelihood" if r["nll_nature"] == "none" else f"{r['nll_nature']} likelihood")
        for r in g["models"]}
    g["grid"] = picture(strips, labels, out / "samples.png")
    from training.artifacts import _jsonable

    (out / "gallery.json").write_text(json.dumps(_jsonable(g), indent=1, allow_nan=False)
                                      + "\n", encoding="utf-8")
    (out / "gallery.md").write_text(markdown(g), encoding="utf-8")
    return [out / "gallery.json", out / "gallery.md", out / "samples.png"]


def add_parser(sub) -> None:
    """The ``gallery`` subcommand of ``python -m training``."""
    from training.gallery import DEFAULT_SAMPLES

    p = sub.add_parser("gallery", help="sample and score every shipped MNIST-5k image model "
                       "with one evaluator; write docs/gallery",
                       description="Find every artifact fitted to MNIST-5k that a family of "
                       "training/gallery.py claims, draw N samples of each (fixed seed), score "
                       "them all with one evaluator (classifier confidence, class shares, "
                       "Fréchet distance with its floor, k-NN precision/recall, memorisation), "
                       "add the card's likelihood and what kind of figure it is, the "
                       "parameters, training time and the time to draw 16 samples here; "
                       "write gallery.json, gallery.md and samples.png.")
    p.add_argument("--samples", type=int, default=DEFAULT_SAMPLES,
                   help=f"samples per model (default: {DEFAULT_SAMPLES}; ≥ 10)")
    p.add_argument("--out", default="docs/gallery", help="output folder (default: docs/gallery)")
    p.add_argument("--root", help="folder of models (default: the shipped trained/)")
    p.add_argument("--only", nargs="+", metavar="NAME", help="only these models")
    p.add_argument("--merge", action="store_true",
                   help="with --only: measure only those models and put their rows into the "
                   "gallery already in --out (the other rows stay as measured)")
    p.add_argument("--threads", type=int, default=1, help="torch CPU threads (default: 1)")
    p.set_defaults(func=gallery_command)


def gallery_command(args: argparse.Namespace) -> int:
    import torch

    from training.gallery import KNN_K, measure

    if args.samples <= KNN_K + 6:
        print(f"error: --samples must be at least {KNN_K + 7}", file=sys.stderr)
        return 2
    old = None
    if args.merge:
        try:
            old = load_gallery(args.out) if args.only else None
        except ValueError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        if old is None:
            print("error: --merge needs --only and a gallery.json in --out", file=sys.stderr)
            return 2
        if old.get("n_samples") != args.samples:
            print(f"error: the gallery in {args.out} drew {old.get('n_samples')} samples per "
                  f"model; merge with --samples {old.get('n_samples')}", file=sys.stderr)
            return 2
    torch.set_num_threads(max(1, args.threads))
    g = measure(args.samples, root=args.root, only=args.only,
                progress=lambda msg: print(msg, file=sys.stderr, flush=True))
    if not g["models"]:
        print("error: no MNIST-5k image model found", file=sys.stderr)
        return 2
    if old is not None:
        g = merge(old, g, Path(args.out), root=args.root)
    for p in write(g, args.out):
        print(p)
    return 0


def load_gallery(folder: str | Path) -> dict[str, Any] | None:
    """``folder/gallery.json`` read and checked (None when there is none); raises
    ValueError when it is there but is not a gallery file."""
    path = Path(folder) / "gallery.json"
    if not path.is_file():
        return None
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path} cannot be read ({e})") from None
    if not isinstance(g, dict) or not isinstance(g.get("models"), list):
        raise ValueError(f"{path} is not a gallery file (no list of models)")
    for r in g["models"]:
        if not isinstance(r, dict) or not isinstance(r.get("model"), str):
            raise ValueError(f"{path}: a row without a model name")
        for k, v in r.items():
            if isinstance(v, float) and not math.isfinite(v):
                r[k] = None
    return g


def strips_of(g: dict[str, Any], folder: Path) -> dict[str, np.ndarray]:
    """The 16 samples of each row, cut back out of ``folder``'s picture (grey levels as
    saved, 8 bits) at the places its ``grid`` entry records."""
    from PIL import Image

    grid = g["grid"]
    img = np.asarray(Image.open(folder / grid["file"]).convert("L"), np.float32) / 255.0
    h, w, step, x0 = grid["cell_h"], grid["cell_w"], grid["step"], grid["x0"]
    out = {}
    for name, y in grid["rows"].items():
        tiles = [img[y:y + h:SCALE, x0 + j * step:x0 + j * step + w:SCALE]
                 for j in range(grid["count"])]
        out[name] = np.stack(tiles)
    return out


def merge(old: dict[str, Any], new: dict[str, Any], folder: Path,
          root: str | Path | None = None) -> dict[str, Any]:
    """``old`` with the rows (and strips) of ``new`` put in, in the gallery's order; the
    models no longer shipped are dropped; ``updates`` lists each partial measurement."""
    from training.gallery import FAMILIES, gallery_models

    strips = strips_of(old, folder)
    strips.update(new["strips"])
    rows = {r["model"]: r for r in old["models"]}
    rows.update({r["model"]: r for r in new["models"]})
    order = [p.name for p, _card, _fam in gallery_models(root)]
    kept = [rows[name] for name in order if name in rows]
    g = {k: v for k, v in old.items() if k not in ("models", "grid", "strips")}
    g["models"] = kept
    g["strips"] = {r["model"]: strips[r["model"]] for r in kept}
    g["absent_families"] = [f.label for f in FAMILIES
                            if f.key not in {r["taxonomy"] for r in kept}]
    g["updates"] = [*old.get("updates", []), {
        "models": [r["model"] for r in new["models"]], "measured_at": new["measured_at"],
        "machine": new["machine"], "total_s": new["total_s"]}]
    return g
