"""Class-conditional diffusion: prompts, fine-tuning start, and the guidance figures.

Classifier-free guidance (Ho & Salimans 2022) mixes the conditional and the unconditional
noise predictions of one network, ε̂ = ε̂_∅ + s (ε̂_c − ε̂_∅)
(:func:`training.diffusion.pipeline.guided_noise`). Its trade-off, measured here for every
guidance scale s of a grid:

* **accuracy** — the share of samples drawn for class c that a classifier assigns to c (the
  shipped digit classifier for images; for 2D points a 15-nearest-neighbour classifier
  (distance-weighted) fitted on the labelled training points);
* **diversity** — how spread the samples of one class are, relative to real data of that
  class: the mean pairwise distance (in the digit classifier's features for images, in
  data units for points) of the samples of class c divided by the same for real examples
  of class c, averaged over the classes (1 = as varied as the data; → 0 as the samples
  collapse onto one prototype).

``python -m training diffusion --conditional`` stores both curves in the card's
``guidance`` entry with the default scale the app starts at: the smallest s of the grid at
which the accuracy reaches 95 % (the largest accuracy's s if none does).
"""

from __future__ import annotations

import re
import time
from typing import Any

import numpy as np

#: the guidance scales of the card's curve (s = 0 unconditional, 1 conditional)
GUIDANCE_GRID = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0)
#: the accuracy the default scale must reach
TARGET_ACCURACY = 0.95
#: the sampler of the guidance figures (the app's default fast solver)
EVAL_SAMPLER, EVAL_STEPS = "unipc", 20

_NUMBER_WORDS = {
    # English, Spanish, Portuguese, Chinese (the languages of the course)
    0: ("zero", "cero", "zero", "零", "〇"),
    1: ("one", "uno", "una", "um", "uma", "一", "壹"),
    2: ("two", "dos", "dois", "duas", "二", "两", "貳", "贰"),
    3: ("three", "tres", "três", "三", "叁"),
    4: ("four", "cuatro", "quatro", "四", "肆"),
    5: ("five", "cinco", "五", "伍"),
    6: ("six", "seis", "六", "陆"),
    7: ("seven", "siete", "sete", "七", "柒"),
    8: ("eight", "ocho", "oito", "八", "捌"),
    9: ("nine", "nueve", "nove", "九", "玖"),
}
_FILLERS = {"a", "an", "the", "digit", "number", "draw", "me", "un", "una", "el", "la",
            "número", "numero", "dígito", "digito", "o", "um", "uma", "数字", "一个", "个",
            "please", "of", "de", "some"}


def parse_prompt(text: str, class_names: tuple[str, ...] | list[str] = ()) -> int | None:
    """The class a short prompt asks for, or None when it names none (or several).

    Understands numerals ("7"), digit words in English, Spanish, Portuguese and Chinese
    ("seven", "a three", "siete", "七") and, for other models, a class name ("Europe").
    """
    t = " ".join(str(text).strip().lower().split())
    if not t:
        return None
    names = [str(c).lower() for c in class_names]
    if t in names:
        return names.index(t)
    found: set[int] = set()
    for tok in re.findall(r"\d+|[\u4e00-\u9fff]|[^\W\d_]+", t):
        if tok.isdigit():
            if len(tok) == 1:
                found.add(int(tok))
            else:
                return None
            continue
        if tok in _FILLERS:
            continue
        hit = [d for d, words in _NUMBER_WORDS.items() if tok in words]
        if hit:
            found.add(hit[0])
        elif tok in names:
            found.add(names.index(tok))
    # "一" also means "a"/"one": "一个七" asks for 7
    if len(found) == 2 and 1 in found and "一" in t and "1" not in t:
        found.discard(1)
    if len(found) != 1:
        return None
    c = found.pop()
    k = len(class_names) if class_names else 10
    return c if c < k else None


def start_from(model, path: str) -> None:
    """Load the weights of the unconditional diffusion artifact ``path`` into the
    conditional ``model`` (same network; only the label embedding is new and stays zero)."""
    from training import artifacts

    src = artifacts.load(path)
    if getattr(src, "kind", None) != "diffusion":
        raise SystemExit(f"error: {path} is not a diffusion model")
    mine, theirs = model.config(), src.config()
    keys = ("net", "data_shape", "channels", "hidden", "depth", "schedule",
            "num_train_timesteps", "fourier", "prediction")
    diff = [k for k in keys if mine[k] != theirs[k]]
    if diff:
        raise SystemExit(f"error: {path} has a different network ({', '.join(diff)}); "
                         "--init-from needs the same one")
    missing, unexpected = model.net.load_state_dict(src.net.state_dict(), strict=False)
    if unexpected or any(not k.startswith("label.") for k in missing):
        raise SystemExit(f"error: {path}'s weights do not fit this network")
    if model.is_points:
        model.shift, model.scale = src.shift.clone(), src.scale.clone()


def randomise_labels(model, seed: int, fine_tune: bool = False) -> None:
    """``--label-init normal``: the label embedding's entries drawn from N(0, 1) (seeded), as a
    freshly built class embedding is (ADM's, a framework's default), instead of zero. Every
    class then changes the time embedding from the first step, so the network learns to read
    the label together with everything else; from zero, the label's gradient in a batch is
    mostly noise and the conditioning lags (measured: docs/views.md). Not with a fine-tune,
    which must start as the unconditional model."""
    import torch

    if fine_tune:
        raise SystemExit("error: --label-init normal starts the labels away from the "
                         "unconditional model that --init-from loads; use one or the other")
    table = model.net.label
    g = torch.Generator().manual_seed(int(seed) + 7919)
    with torch.no_grad():
        table.weight.copy_(torch.randn(table.weight.shape, generator=g))


def conditioning_facts(cfg) -> dict:
    """The card's training facts of a diffusion recipe's conditioning options."""
    out = {"init_from": cfg.init_from} if cfg.init_from else {}
    if cfg.conditional:
        out["conditioning"] = (f"class label, the null label with probability {cfg.p_uncond} "
                               "(classifier-free guidance, Ho & Salimans 2022)")
        out["label_embedding_init"] = ("N(0, 1)" if cfg.label_init == "normal" else "zero")
    return out


def _mean_pairwise(f: np.ndarray) -> float:
    if len(f) < 2:
        return float("nan")
    sq = (f ** 2).sum(1)
    d2 = np.maximum(sq[:, None] + sq[None] - 2 * f @ f.T, 0)
    n = len(f)
    return float(np.sqrt(d2)[~np.eye(n, dtype=bool)].mean())


class GuidanceJudge:
    """Accuracy and diversity of class-conditional samples (see the module docstring)."""

    def __init__(self, model, data_name: str, seed: int = 0, card: dict | None = None) -> None:
        self.model = model
        self.images = not model.is_points
        if self.images:
            from training.data.images import image_splits
            from training.image_metrics import default_classifier

            sp = image_splits(data_name, seed=seed)
            self.clf = default_classifier()
            self.x_train, self.x_test = sp.x_train, sp.x_test
            y_train = sp.y_train
            feats, y = self.clf.features(sp.x_test), sp.y_test
        else:
            from sklearn.neighbors import KNeighborsClassifier

            if card is not None:
                from training.data.from_card import point_splits

                sp = point_splits(card)
            else:
                from training.data import make_splits

                sp = make_splits(data_name, seed=seed)
            self.x_train, y_train = sp.train, sp.y_train
            # distance-weighted: a class with a handful of points (Oceania's 3 biggest
            # cities) still wins where its points are the nearest
            self.knn = KNeighborsClassifier(min(15, len(sp.train)), weights="distance").fit(
                sp.train, sp.y_train)
            feats, y = sp.test, sp.y_test
        #: the classes with training examples (a prompt for another one asks for nothing the
        #: model has seen: the world's biggest cities include none in Antarctica)
        self.classes = np.unique(np.asarray(y_train))
        self.y_train = np.asarray(y_train)
        self.class_counts = np.bincount(self.y_train, minlength=model.num_classes)
        rng = np.random.default_rng(seed)
        self.real_spread = {}
        for c in range(model.num_classes):
            fc = feats[y == c]
            if len(fc) > 200:
                fc = fc[rng.choice(len(fc), 200, replace=False)]
            self.real_spread[c] = _mean_pairwise(fc) if len(fc) >= 2 else float("nan")

    def judge(self, samples: np.ndarray, labels: np.ndarray) -> dict[str, float]:
        """``accuracy``, ``diversity`` (and ``confident_share`` for digits) of samples drawn
        for ``labels``."""
        labels = np.asarray(labels)
        if self.images:
            p = self.clf.predict_proba(samples)
            pred, feats = p.argmax(1), self.clf.features(samples)
        else:
            pred, feats = self.knn.predict(samples), np.asarray(samples)
        ratios = []
        for c in np.unique(labels):
            real = self.real_spread.get(int(c), float("nan"))
            mine = _mean_pairwise(feats[labels == c])
            if np.isfinite(real) and real > 0 and np.isfinite(mine):
                ratios.append(mine / real)
        out = {"accuracy": float((pred == labels).mean()),
               "diversity": float(np.mean(ratios)) if ratios else float("nan")}
        if self.images:
            out["confident_share"] = float((p.max(1) >= 0.9).mean())
        return out


def balanced_labels(classes: int | np.ndarray, n: int) -> np.ndarray:
    """n labels cycling through ``classes`` (a count K: 0 … K−1), every class equally often."""
    classes = np.arange(classes) if np.ndim(classes) == 0 else np.asarray(classes)
    return classes[np.arange(n) % len(classes)]


def guidance_curve(model, judge: GuidanceJudge, labels: np.ndarray, grid=GUIDANCE_GRID,
                   seed: int = 0, sampler: str = EVAL_SAMPLER, steps: int = EVAL_STEPS,
                   should_stop=None, on_point=None) -> list[dict[str, float]]:
    """For each s of ``grid``: sample ``labels`` (one sample each, the same x_T for every
    s) and judge them. ``should_stop()`` ends early; ``on_point(i, row)`` reports."""
    rows = []
    for i, s in enumerate(grid):
        if should_stop is not None and should_stop():
            break
        x = model.sample(len(labels), steps=steps, sampler=sampler, seed=seed,
                         labels=labels, guidance=float(s))
        row = {"s": float(s), **judge.judge(x, labels)}
        rows.append(row)
        if on_point is not None:
            on_point(i, row)
    return rows


def default_guidance(rows: list[dict[str, float]]) -> float:
    """The smallest s whose accuracy reaches :data:`TARGET_ACCURACY` (else the best s)."""
    for r in rows:
        if r["accuracy"] >= TARGET_ACCURACY:
            return r["s"]
    return max(rows, key=lambda r: r["accuracy"])["s"]


def evaluate_guidance(model, data_name: str, seed: int = 0, n: int = 1000,
                      per_class_curve: int = 30) -> tuple[dict[str, Any], dict[str, Any]]:
    """The card's figures of a conditional model: (metrics, the card's ``guidance`` entry).

    The curve uses ``per_class_curve`` samples per class at each s of the grid; the default
    s is then scored on ``n`` class-balanced samples with the unconditional model's figures
    (confident share, class shares, Fréchet distance … for digits; the 2D sample metrics for
    points) so both can be compared."""
    judge = GuidanceJudge(model, data_name, seed=seed, card=getattr(model, "card", None) or None)
    classes = judge.classes
    k = len(classes)
    per_class_curve = min(int(per_class_curve), max(2, n // k))
    t0 = time.perf_counter()
    rows = guidance_curve(model, judge, balanced_labels(classes, k * per_class_curve),
                          seed=seed + 2000)
    curve_s = time.perf_counter() - t0
    s_def = default_guidance(rows)
    # the quality figures compare the samples with the data: their labels follow the
    # training set's class frequencies (balanced classes would not be p_data when the
    # classes are not: most big cities are in Asia)
    counts = judge.class_counts.astype(float)
    labels = np.random.default_rng(seed + 3000).choice(len(counts), size=n,
                                                       p=counts / counts.sum())
    t0 = time.perf_counter()
    x = model.sample(n, steps=EVAL_STEPS, sampler=EVAL_SAMPLER, seed=seed + 1000,
                     labels=labels, guidance=s_def)
    dt = time.perf_counter() - t0
    at = judge.judge(x, labels)
    # the prompted class's share, averaged over the classes (a rare class counts as much)
    per_class = [judge.judge(x[labels == c], labels[labels == c])["accuracy"]
                 for c in np.unique(labels)]
    if model.is_points:
        from training.evaluate import points_sample_metrics

        quality = points_sample_metrics(x, data_name, judge.x_train, seed=seed)
    else:
        from training.image_metrics import image_sample_metrics

        quality = image_sample_metrics(x, judge.x_train, judge.x_test, seed=seed)
    tag = f"{EVAL_SAMPLER}{EVAL_STEPS}"
    metrics = {"guidance_default": s_def,
               "guided_accuracy": float(np.mean(per_class)),
               "guided_accuracy_overall": at["accuracy"], "guided_diversity": at["diversity"],
               **{f"{tag}_guided_{key}": v for key, v in quality.items()
                  if isinstance(v, (int, float))},
               f"{tag}_guided_sampling_s_per_{n}": round(dt, 2)}
    entry = {"default": s_def, "convention": "eps = eps_null + s * (eps_cond - eps_null); "
             "s = 0 unconditional, s = 1 conditional",
             "sampler": EVAL_SAMPLER, "steps": EVAL_STEPS,
             "samples_per_class": per_class_curve, "time_s": round(curve_s, 1),
             "quality_labels": "drawn with the training set's class frequencies",
             "training_examples_per_class": [int(c) for c in judge.class_counts],
             "accuracy_by": ("the shipped digit classifier" if not model.is_points else
                             "15-nearest-neighbour classifier (distance-weighted) on the "
                             "labelled training points"),
             "curve": [{k2: round(v, 4) for k2, v in r.items()} for r in rows]}
    return metrics, entry


def diffusion_card_figures(model, data_name: str, card: dict, seed: int = 0,
                           n: int = 1000) -> dict[str, Any]:
    """The quality figures of a new diffusion card: DDIM-50 samples scored by
    :func:`training.evaluate.evaluate_diffusion`, or for a class-conditional model the
    guidance figures above, whose curve goes into ``card["guidance"]``."""
    if getattr(model, "conditional", False):
        figures, card["guidance"] = evaluate_guidance(model, data_name, seed=seed, n=n)
        return figures
    from training.evaluate import evaluate_diffusion

    return evaluate_diffusion(model, data_name, seed=seed, n=n)
