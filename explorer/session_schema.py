"""Every field of a session file, checked (Qt-free): :func:`read_session` turns a
``.lexsession`` file into an :class:`OpenedSession` whose models are loaded and whose
per-view states are type- and range-checked, or raises one
:class:`~explorer.session.SessionError` naming the field. Nothing here touches the views:
the window applies an :class:`OpenedSession` only once all of it is known to be good.

Unknown keys are ignored with a note (a newer app's file opens in an older one).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.session import (
    SCHEMA_VERSION, Archive, SessionError, array_ref, check_all_used, load_model_ref,
    open_archive,
)

VIEWS = ("density", "latent", "diffusion")
#: the tabs a session may have been saved on (the Gallery has no state of its own)
TABS = (*VIEWS, "gallery")
MAX_POINTS = 200_000
MAX_ENTRIES = 32
MAX_BOOKMARKS = 1000
MAX_ABS = 1e6
_MISSING = object()


@dataclass
class OpenedSession:
    """A checked session: each view's cleaned state (models loaded, the Density view's data
    set built and its models fitted), the tab to show, notes for the status bar."""

    path: Any
    tab: str
    views: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    not_restored: list[str] = field(default_factory=list)


class Fields:
    """Typed reads of a JSON object ``d`` found at ``where`` (e.g. ``views.latent``)."""

    def __init__(self, d: Any, where: str, known: tuple[str, ...], notes: list[str]) -> None:
        if not isinstance(d, dict):
            raise SessionError(f"{where} must be a JSON object, not {_kind(d)}.")
        for k in d:
            if k not in known:
                notes.append(f"ignored the unknown field {where}.{str(k)[:40]}")
        self.d, self.where = d, where

    def has(self, key: str) -> bool:
        return key in self.d and self.d[key] is not None

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.d:
            if default is _MISSING:
                raise SessionError(f"{self.where}.{key} is missing.")
            return default
        return self.d[key]

    def int(self, key: str, lo: int, hi: int, default: Any = _MISSING) -> int:
        v = self._get(key, default)
        if isinstance(v, bool) or not isinstance(v, int):
            raise SessionError(f"{self.where}.{key} must be a whole number, not {_kind(v)}.")
        if not lo <= v <= hi:
            raise SessionError(f"{self.where}.{key} is {_short(v)}, outside {lo} … {hi}.")
        return v

    def num(self, key: str, lo: float, hi: float, default: Any = _MISSING) -> float:
        return number(self._get(key, default), f"{self.where}.{key}", lo, hi)

    def bool(self, key: str, default: Any = _MISSING) -> bool:
        v = self._get(key, default)
        if not isinstance(v, bool):
            raise SessionError(f"{self.where}.{key} must be true or false, not {_kind(v)}.")
        return v

    def str(self, key: str, choices: tuple | list | None = None, max_len: int = 200,
            default: Any = _MISSING) -> str:
        v = self._get(key, default)
        if not isinstance(v, str):
            raise SessionError(f"{self.where}.{key} must be text, not {_kind(v)}.")
        if len(v) > max_len:
            raise SessionError(f"{self.where}.{key} is {len(v)} characters long (at most {max_len}).")
        if choices is not None and v not in choices:
            raise SessionError(f"{self.where}.{key} is '{v[:60]}'; it is one of "
                               f"{', '.join(map(str, choices))}.")
        return v

    def list(self, key: str, max_len: int, default: Any = _MISSING) -> list:
        v = self._get(key, default)
        if not isinstance(v, list):
            raise SessionError(f"{self.where}.{key} must be a list, not {_kind(v)}.")
        if len(v) > max_len:
            raise SessionError(f"{self.where}.{key} has {len(v)} items (at most {max_len}).")
        return v

    def obj(self, key: str, default: Any = _MISSING) -> dict:
        v = self._get(key, default)
        if not isinstance(v, dict):
            raise SessionError(f"{self.where}.{key} must be a JSON object, not {_kind(v)}.")
        return v


def _kind(v: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(v), type(v).__name__)


def _short(v: Any) -> str:
    s = repr(v)
    return s if len(s) <= 40 else s[:37] + "…"


def number(v: Any, where: str, lo: float, hi: float) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SessionError(f"{where} must be a number, not {_kind(v)}.")
    if not math.isfinite(v):
        raise SessionError(f"{where} must be a finite number.")
    if not lo <= v <= hi:
        raise SessionError(f"{where} is {_short(v)}, outside {lo:g} … {hi:g}.")
    return float(v)


def vector(v: Any, where: str, dim: int, lim: float = 1e4) -> np.ndarray:
    """A list of ``dim`` finite numbers within ±``lim``."""
    if not isinstance(v, list):
        raise SessionError(f"{where} must be a list of numbers, not {_kind(v)}.")
    if len(v) != dim:
        raise SessionError(f"{where} has {len(v)} values; the model's latent space has {dim}.")
    return np.array([number(x, f"{where}[{i}]", -lim, lim) for i, x in enumerate(v)], np.float32)


def hyper_values(key: str, hyper: Any, where: str) -> dict[str, Any]:
    """A density family's hyperparameters, checked by the family's own declarations."""
    from training.density.registry import get

    if not isinstance(hyper, dict):
        raise SessionError(f"{where} must be a JSON object, not {_kind(hyper)}.")
    for k, v in hyper.items():
        if not isinstance(v, (int, float, str, bool)) or (isinstance(v, float) and not math.isfinite(v)):
            raise SessionError(f"{where}.{str(k)[:40]} must be a number, text or true/false.")
    try:
        return get(key).complete(hyper, app=True)
    except (ValueError, TypeError, KeyError) as e:
        raise SessionError(f"{where}: {e}") from None


def step_options(model: Any, opts: Any, where: str) -> dict[str, Any]:
    """A step sampler's options, checked against what the model declares."""
    if not isinstance(opts, dict):
        raise SessionError(f"{where} must be a JSON object, not {_kind(opts)}.")
    decl = {h.name: h for h in getattr(model, "step_options", ()) or ()}
    out = {}
    for name, h in decl.items():
        value = opts.get(name, h.default)
        if isinstance(value, (list, dict)) or value is None:
            raise SessionError(f"{where}.{name} must be a number, text or true/false.")
        if h.type in (int, float) and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise SessionError(f"{where}.{name} must be a number, not {_kind(value)}.")
        try:
            value = h.check(value)
        except ValueError as e:
            raise SessionError(f"{where}: {e}") from None
        if h.type in (int, float) and ((h.min is not None and value < h.min)
                                       or (h.max is not None and value > h.max)):
            raise SessionError(f"{where}.{name} is {value}, outside {h.min} … {h.max}.")
        if h.choices and value not in [c for c, _ in h.choices]:
            raise SessionError(f"{where}.{name} is {value!r}, not one of its choices.")
        out[name] = value
    for name in opts:
        if name not in decl:
            raise SessionError(f"{where}: the model has no option '{str(name)[:40]}'.")
    return out


# ------------------------------------------------------------------------------ views
def _density(arch: Archive, d: Any, notes: list[str]) -> dict[str, Any]:
    """The Density view's state, checked; its data set built and its models fitted
    (the slow part: this runs in a worker)."""
    from explorer.services.density import Bounds
    from explorer.services.fitting import fit_closed_form, finish, score_loaded
    from explorer.state.density import CITY_THRESHOLDS, DRAWN, build_dataset
    from training.data import WORLD_CITIES, dataset_names
    from training.density.registry import families

    w = "views.density"
    f = Fields(d, w, ("data", "drawn", "family", "entries", "current", "layers",
                      "view_range", "canvas_tab"), notes)
    dd = Fields(f.obj("data"), f"{w}.data", ("name", "params", "seed", "n_train"), notes)
    name = dd.str("name", [*dataset_names(), DRAWN])
    pp = Fields(dd.obj("params", {}), f"{w}.data.params", ("min_population",), notes)
    params = {}
    if name == WORLD_CITIES:
        params["min_population"] = pp.int("min_population", 0, 10**9, 1_000_000)
        if params["min_population"] not in CITY_THRESHOLDS:
            raise SessionError(f"{w}.data.params.min_population is one of "
                               f"{', '.join(map(str, CITY_THRESHOLDS))}.")
    out: dict[str, Any] = {"name": name, "params": params, "seed": dd.int("seed", 0, 10**6),
                           "n_train": dd.int("n_train", 50, 50_000)}
    drawn = labels = None
    label_names: tuple[str, ...] = ()
    if name == DRAWN:
        df = Fields(f.obj("drawn"), f"{w}.drawn", ("points", "labels", "label_names"), notes)

        def points_ok(a: np.ndarray) -> str | None:
            if a.ndim != 2 or a.shape[1] != 2 or a.dtype.kind != "f":
                return f"the points must be an (n, 2) array of floats, not {a.dtype} {a.shape}"
            if len(a) > MAX_POINTS:
                return f"{len(a):,} points, over the limit of {MAX_POINTS:,}"
            if not np.isfinite(a).all() or np.abs(a).max(initial=0) > MAX_ABS:
                return f"the points must be finite and within ±{MAX_ABS:g}"
            return None

        drawn = array_ref(arch, df._get("points", _MISSING), f"{w}.drawn.points", points_ok)
        names = df.list("label_names", 64, [])
        for i, s in enumerate(names):
            if not isinstance(s, str) or len(s) > 100:
                raise SessionError(f"{w}.drawn.label_names[{i}] must be text (≤ 100 characters).")
        label_names = tuple(names)
        if df.has("labels"):
            labels = array_ref(arch, df.d["labels"], f"{w}.drawn.labels", lambda a: None if (
                a.ndim == 1 and len(a) == len(drawn) and a.dtype.kind in "iu"
                and (not len(a) or (a.min() >= 0 and a.max() < max(len(label_names), 1))))
                else "labels must be one whole number per point, each naming a label")
            labels = labels.astype(np.int64)
        drawn = drawn.astype(np.float64)
    keys = [fam.key for fam in families()]
    ff = Fields(f.obj("family"), f"{w}.family", ("key", "hyper"), notes)
    fam_key = ff.str("key", keys)
    out["family"] = {"key": fam_key, "hyper": hyper_values(fam_key, ff.obj("hyper", {}),
                                                           f"{w}.family.hyper")}
    lf = Fields(f.obj("layers"), f"{w}.layers", ("data", "samples", "diagnosis", "contours"), notes)
    out["layers"] = {k: lf.bool(k) for k in ("data", "samples", "diagnosis", "contours")}
    out["canvas_tab"] = f.int("canvas_tab", 0, 5, 0)
    vr = f.list("view_range", 2)
    if len(vr) != 2 or not all(isinstance(r, list) and len(r) == 2 for r in vr):
        raise SessionError(f"{w}.view_range must be [[x0, x1], [y0, y1]].")
    vr = [[number(v, f"{w}.view_range[{i}][{j}]", -MAX_ABS, MAX_ABS) for j, v in enumerate(r)]
          for i, r in enumerate(vr)]
    if not (vr[0][0] < vr[0][1] and vr[1][0] < vr[1][1]):
        raise SessionError(f"{w}.view_range must go from low to high on both axes.")
    out["view_range"] = vr
    specs = []
    for i, e in enumerate(f.list("entries", MAX_ENTRIES, [])):
        ew = f"{w}.entries[{i}]"
        ef = Fields(e, ew, ("label", "family", "hyper", "how", "model", "fit_time_s"), notes)
        how = ef.str("how", ("refit", "weights", "artifact"))
        spec = {"how": how, "label": ef.str("label"),
                "fit_time_s": ef.num("fit_time_s", 0, 1e7) if ef.has("fit_time_s") else None}
        if how == "artifact":
            spec["loaded"] = load_model_ref(arch, ef._get("model", _MISSING), f"{ew}.model", "density")
        else:
            spec["family"] = ef.str("family", keys)
            spec["hyper"] = hyper_values(spec["family"], ef.obj("hyper", {}), f"{ew}.hyper")
            if how == "weights":
                spec["loaded"] = load_model_ref(arch, ef._get("model", _MISSING), f"{ew}.model", "")
        specs.append(spec)
    current = f.d.get("current")
    if current is not None:
        current = f.int("current", 0, max(len(specs) - 1, 0))
        if not specs:
            raise SessionError(f"{w}.current names a model, but there are none.")
    out["current"] = current
    # the slow part: the data set, then every model fitted (or scored) on it, as the
    # original was; a closed-form fit is deterministic, so it gives the same model
    data = build_dataset(name, params, out["seed"], out["n_train"], drawn, labels, label_names)
    out.update(data=data, drawn=drawn, labels=labels, label_names=label_names)
    bounds = Bounds(vr[0][0], vr[0][1], vr[1][0], vr[1][1])
    results = []
    for i, s in enumerate(specs):
        if len(data.train) < 2 and s["how"] != "artifact":
            raise SessionError(f"{w}.entries[{i}]: the data set has too few points to fit.")
        try:
            if s["how"] == "refit":
                r = fit_closed_form(s["family"], s["hyper"], data, bounds)
            elif s["how"] == "weights":
                r = finish(s["loaded"].model, data, s["label"], s["family"], bounds, 256, None)
            else:
                r = score_loaded(s["loaded"].model, data, s["label"], bounds)
        except SessionError:
            raise
        except Exception as e:  # noqa: BLE001 (a family that cannot fit this data)
            raise SessionError(f"{w}.entries[{i}] ({s['label'][:60]}) could not be fitted "
                               f"again: {type(e).__name__}: {e}") from None
        r.entry.label = s["label"]
        if s["fit_time_s"] is not None:  # the original fit's time, not this re-fit's
            r.entry.metrics["fit_time_s"] = s["fit_time_s"]
        elif "fit_time_s" in r.entry.metrics:
            del r.entry.metrics["fit_time_s"]
        if s["how"] != "artifact":
            r.entry.extras["hyper"] = s["hyper"]
        r.entry.extras["result"] = r
        if s["how"] == "artifact":
            r.entry.extras["loaded"] = s["loaded"]
        results.append(r)
    out["results"] = results
    return out


def _latent(arch: Archive, d: Any, notes: list[str]) -> dict[str, Any]:
    w = "views.latent"
    f = Fields(d, w, ("model", "space", "z", "bookmarks", "truncation", "tool_tab"), notes)
    loaded = load_model_ref(arch, f._get("model", _MISSING), f"{w}.model", "latent")
    model = loaded.model
    space = f.str("space", ("z", "w"), default="z")
    if space == "w" and not callable(getattr(model, "w_space", None)):
        raise SessionError(f"{w}.space is 'w', but this model has no w space.")
    dim = int(model.w_space().latent_dim if space == "w" else model.latent_dim)
    out = {"loaded": loaded, "space": space, "z": vector(f._get("z", _MISSING), f"{w}.z", dim)}
    marks = []
    for i, b in enumerate(f.list("bookmarks", MAX_BOOKMARKS, [])):
        bf = Fields(b, f"{w}.bookmarks[{i}]", ("name", "z"), notes)
        marks.append((bf.str("name", max_len=100), vector(bf._get("z", _MISSING),
                                                          f"{w}.bookmarks[{i}].z", dim)))
    out["bookmarks"] = marks
    out["truncation"] = f.num("truncation", 0.0, 1.5, 1.0)
    out["tool_tab"] = f.int("tool_tab", 0, 4, 1)
    return out


def _sampler(d: Any, where: str, notes: list[str]):
    from explorer.state.diffusion import SamplerConfig

    f = Fields(d, where, ("sampler", "steps", "eta"), notes)
    from explorer.state.diffusion import SAMPLER_CHOICES

    s = f.str("sampler", tuple(name for name, _, _ in SAMPLER_CHOICES))
    return SamplerConfig(s, f.int("steps", 1, 1000), f.num("eta", 0.0, 1.0) if s == "ddim" else 0.0)


def _diffusion(arch: Archive, d: Any, notes: list[str]) -> dict[str, Any]:
    from training.diffusion.pipeline import DiffusionModel

    w = "views.diffusion"
    f = Fields(d, w, ("model", "kind", "a", "b", "seed", "batch", "index", "computed",
                      "selected", "process_tab", "grid", "forward_t", "options", "mask",
                      "prompt", "guidance"), notes)
    loaded = load_model_ref(arch, f._get("model", _MISSING), f"{w}.model", "diffusion")
    model = loaded.model
    kind = f.str("kind", ("diffusion", "steps"))
    if (kind == "diffusion") != isinstance(model, DiffusionModel):
        raise SessionError(f"{w}.kind is '{kind}', which does not fit the model "
                           f"({loaded.card.get('class', '?')}).")
    out: dict[str, Any] = {"loaded": loaded, "kind": kind, "seed": f.int("seed", 0, 2**31 - 1)}
    if kind == "diffusion":
        points = bool(model.is_points)
        out["a"] = _sampler(f._get("a", _MISSING), f"{w}.a", notes)
        out["b"] = _sampler(f.d["b"], f"{w}.b", notes) if f.has("b") else None
        out["batch"] = f.int("batch", 1, 5000 if points else 64)
        out["index"] = f.int("index", 0, out["a"].steps)
        out["computed"] = f.int("computed", 0, out["a"].steps, 0)
        out["selected"] = f.int("selected", 0, out["batch"] - 1, 0)
        out["process_tab"] = f.int("process_tab", 0, 1, 0)
        out["grid"] = f.str("grid", ("x_t", "x0"), default="x_t")
        out["forward_t"] = f.int("forward_t", 0, int(model.T) - 1, min(500, int(model.T) - 1))
        if getattr(model, "conditional", False) and f.has("prompt"):
            out["prompt"] = f.str("prompt", max_len=200)
            out["guidance"] = f.num("guidance", 0.0, 10.0, 1.0)
        return out
    out["batch"] = f.int("batch", 1, 64)
    out["options"] = step_options(model, f.obj("options", {}), f"{w}.options")
    out["index"] = f.int("index", -1, 10**6)
    shape = tuple(getattr(model, "image_shape", ()) or ())
    if f.has("mask"):
        if not (shape and getattr(model, "paint_option", None)):
            raise SessionError(f"{w}.mask is given, but this model paints no region.")
        out["mask"] = array_ref(arch, f.d["mask"], f"{w}.mask", lambda a: None if (
            a.shape == shape and a.dtype.kind in "biu" and ((a == 0) | (a == 1)).all())
            else f"the mask must be {shape[0]}×{shape[1]} zeros and ones").astype(bool)
    return out


def read_session(path: str | os.PathLike, cache_dir: str | os.PathLike) -> OpenedSession:
    """Check everything in the session file at ``path`` and load what it names (in a
    worker: models load and data sets are fitted here). Raises :class:`SessionError`."""
    arch = open_archive(path, cache_dir)
    notes: list[str] = []
    f = Fields(arch.doc, "session.json", ("schema", "app", "app_version", "tab", "views",
                                          "not_restored"), notes)
    schema = f.int("schema", 1, 10**6)
    if schema > SCHEMA_VERSION:
        raise SessionError(f"This session was saved by a newer Latent Explorer (schema "
                           f"{schema}; this version reads {SCHEMA_VERSION}).")
    f.str("app", ("latent-explorer",))
    f.str("app_version", max_len=40, default="")
    out = OpenedSession(arch.path, f.str("tab", TABS))
    for i, s in enumerate(f.list("not_restored", 100, [])):
        if not isinstance(s, str) or len(s) > 300:
            raise SessionError(f"session.json.not_restored[{i}] must be text (≤ 300 characters).")
        out.not_restored.append(s)
    vf = Fields(f.obj("views"), "views", VIEWS, notes)
    for name, clean in (("density", _density), ("latent", _latent), ("diffusion", _diffusion)):
        if vf.has(name):
            out.views[name] = clean(arch, vf.d[name], notes)
    check_all_used(arch)
    out.notes = notes
    return out
