"""The machinery every recipe shares: typed options, the Recipe base class, run options.

A recipe (:mod:`training.recipes`) is a dataclass whose fields are declared with :func:`opt`;
:class:`Recipe` turns them into command-line options and back into the canonical command of
a card's ``created_by``; :class:`RunOptions` holds what changes how a run is carried out
(device, threads, checkpoints, logging), not what it computes.
"""

from __future__ import annotations

import argparse
import dataclasses
import shlex
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, ClassVar

from training.data.images import IMAGE_DATASETS as IMAGE_SETS


# -- argparse types for data options --------------------------------------------------------
def image_data(value: str) -> str:
    """A shipped image set or an existing folder / .npz / IDX file."""
    if value in IMAGE_SETS or Path(value).exists():
        return value
    raise argparse.ArgumentTypeError(
        f"'{value}' is neither a known image set ({', '.join(IMAGE_SETS)}) nor an existing "
        "folder / .npz / IDX file")


def points_data(value: str) -> str:
    """A shipped 2D data set or an existing CSV file of points."""
    from training.data import dataset_names

    if value in dataset_names():
        return value
    if value.lower().endswith(".csv") and Path(value).is_file():
        return value
    raise argparse.ArgumentTypeError(
        f"'{value}' is neither a known 2D data set ({', '.join(dataset_names())}) nor an "
        "existing .csv file")


def any_data(value: str) -> str:
    try:
        return points_data(value)
    except argparse.ArgumentTypeError:
        return image_data(value)


def is_image_data(data: str) -> bool:
    if data in IMAGE_SETS:
        return True
    p = Path(data)
    return p.is_dir() or p.suffix.lower() in (".npz", ".gz") or "idx" in p.name or \
        p.name.endswith("-ubyte")


def slug(data: str) -> str:
    """A data-set name or a user path → a short folder-name part."""
    p = Path(data)
    return p.stem if (p.suffix or p.exists()) else data


def positive_int(value: str) -> int:
    try:
        v = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number ≥ 1, not {value}")
    return v


def positive_float(value: str) -> float:
    try:
        v = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number") from None
    if not v > 0 or v != v or v == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number > 0, not {value}")
    return v


#: options that must be > 0 (a zero step count or learning rate is a typo, not a recipe)
POSITIVE = {"components", "epochs", "steps", "batch_size", "lr", "n_train", "n_val", "n_test", "layers",
            "bins", "hidden", "latent_dim", "depth", "patience", "threads", "eval_every",
            "eval_samples"}


# -- fields ---------------------------------------------------------------------------------
def opt(default: Any = None, help: str = "", *, when: Callable[[Any], bool] | None = None,
        run: bool = False, choices=None, nargs=None, metavar=None, type=None,
        negative: str | None = None, group: str | None = None) -> Any:
    """A recipe field.

    ``when(recipe)`` says whether the option belongs to the canonical command (e.g. flow
    options only for ``--family flow``); ``run=True`` marks a run option (never in the
    command); ``negative`` names the flag that sets a boolean that defaults to True to False.
    """
    meta = dict(help=help, when=when, run=run, choices=choices, nargs=nargs,
                metavar=metavar, type=type, negative=negative, group=group)
    if isinstance(default, list):
        return field(default_factory=lambda d=tuple(default): list(d), metadata=meta)
    return field(default=default, metadata=meta)


def _flag(f: dataclasses.Field) -> str:
    return f.metadata.get("negative") or "--" + f.name.replace("_", "-")


def _fmt(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(_fmt(v) for v in value)
    return shlex.quote(str(value))


class Recipe:
    """Shared behaviour of the recipe dataclasses below."""

    name: ClassVar[str]
    summary: ClassVar[str]
    threads_default: ClassVar[int] = 1

    def resolved(self) -> "Recipe":
        """A copy with the defaults that depend on other fields filled in (output folder …)."""
        return dataclasses.replace(self, out=self.out or self.default_out())

    def default_out(self) -> str:  # pragma: no cover - every recipe overrides it
        raise NotImplementedError

    def command(self) -> str:
        """The canonical command line (the card's ``created_by``)."""
        r = self.resolved()
        parts = ["python -m training", r.name]
        for f in fields(r):
            if f.metadata.get("run") or f.name == "out":
                continue
            when = f.metadata.get("when")
            if when is not None and not when(r):
                continue
            value = getattr(r, f.name)
            if isinstance(value, bool):
                if f.metadata.get("negative"):
                    if not value:
                        parts.append(_flag(f))
                elif value:
                    parts.append(_flag(f))
                continue
            if value is None:
                continue
            parts += [_flag(f), _fmt(value)]
        parts += ["--out", shlex.quote(str(r.out))]
        return " ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        """The recipe fields (not the run options), for the card."""
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.metadata.get("run")}

    # -- argparse --------------------------------------------------------------------------
    @classmethod
    def add_arguments(cls, parser: argparse.ArgumentParser) -> None:
        groups: dict[str, Any] = {}
        ordered = sorted(fields(cls), key=lambda f: bool(f.metadata.get("run")))
        for f in ordered:
            m = f.metadata
            target = parser
            gname = m.get("group") or ("run options" if m.get("run") else None)
            if gname:
                if gname not in groups:
                    groups[gname] = parser.add_argument_group(gname)
                target = groups[gname]
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            if f.name == "threads":
                default = cls.threads_default
            kw: dict[str, Any] = {"dest": f.name, "default": default}
            help_ = m.get("help", "")
            if isinstance(default, bool):
                if m.get("negative"):  # --name / --no-name; the command shows --no-name
                    kw["action"] = argparse.BooleanOptionalAction
                    target.add_argument("--" + f.name.replace("_", "-"), help=help_, **kw)
                else:
                    kw["action"] = "store_true"
                    target.add_argument(_flag(f), help=help_, **kw)
                continue
            typ = m.get("type") or _base_type(f)
            if f.name in POSITIVE and not m.get("type"):
                typ = positive_int if typ is int else positive_float
            kw.update(type=typ)
            for key in ("choices", "nargs", "metavar"):
                if m.get(key) is not None:
                    kw[key] = m[key]
            if default is not None and "(default" not in help_:
                help_ += f" (default: {_fmt(default) if isinstance(default, list) else default})"
            target.add_argument(_flag(f), help=help_, **kw)

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> "Recipe":
        return cls(**{f.name: getattr(ns, f.name) for f in fields(cls)})


def _base_type(f: dataclasses.Field):
    t = str(f.type)
    for name, typ in (("int", int), ("float", float)):
        if t.startswith(name) or t.startswith(f"list[{name}]"):
            return typ
    return str


@dataclass
class RunOptions:
    """How a run is carried out (never part of ``created_by``)."""

    device: str = opt("cpu", "training device: cpu, cuda (an error when torch has no CUDA) or "
                      "auto (cuda when available, else cpu); the density, latent and "
                      "classifier recipes are small and train on the CPU", run=True,
                      choices=("cpu", "cuda", "auto"))
    threads: int = opt(1, "torch CPU threads", run=True)
    log_json: bool = opt(False, "print one JSON line per progress event instead of a "
                         "progress bar (what the app's Train… dialog reads)", run=True)
    run_dir: str | None = opt(None, "folder of the run's checkpoint (default: runs/<out name>)",
                              run=True)
    checkpoint_every: int = opt(0, "progress units (steps or epochs) between checkpoints; "
                                "0: none", run=True)
    resume: bool = opt(False, "continue from the checkpoint in RUN_DIR (starts from scratch, "
                       "with a message, when there is none)", run=True)


# -- the recipes ----------------------------------------------------------------------------
def _is_cities(r) -> bool:
    return r.data == "world-cities"


def _not_pca(r) -> bool:
    return r.family != "pca"


def _user_images(r) -> bool:
    return r.data not in IMAGE_SETS and is_image_data(r.data)


def _images(r) -> bool:
    return is_image_data(r.data)


def _points(r) -> bool:
    return not is_image_data(r.data)



def recipe_parser(cls: type[Recipe], parser: argparse.ArgumentParser | None = None
                  ) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(prog=f"python -m training {cls.name}",
                                               description=cls.__doc__)
    cls.add_arguments(parser)
    return parser


class _RaisingParser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing usage and exiting."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(exit_on_error=False, **kw)

    def error(self, message: str):  # unknown options, missing values …
        raise argparse.ArgumentError(None, message)
