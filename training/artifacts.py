"""Self-describing model artifacts: a folder with ``model.safetensors`` and ``card.json``.

The card says what the model is (``kind``, ``class``), how to rebuild it (``config``: the
constructor's keyword arguments), what it was fitted to (``data``), how (``training``), how
well (``metrics``, each name carrying its unit) and which command made it (``created_by``).
:func:`load` checks the card's config (types and sizes), the weights file's header and the
tensors the config implies (``expected_shapes``) before it builds anything, then checks
every tensor against the freshly built model (names, shapes, dtypes, finite and bounded
values), loads it and runs the model once on a tiny input. Nothing is ever unpickled:
tensors come from safetensors, everything else is JSON. Whatever a folder holds, ``load``
returns a usable model or raises :class:`ArtifactError`.

Models that can be saved implement the small :class:`Saveable` protocol and are registered
with :func:`register` under their class name.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from training.artifact_checks import (  # noqa: F401 (ArtifactError is this module's too)
    MAX_TRUSTED_WEIGHT,
    MAX_WEIGHTS_BYTES,
    ArtifactError,
    check_config,
    check_implied_size,
    check_output,
    check_tensors,
    holds_torch_modules,
    parse_safetensors,
    reason,
    short,
)

SCHEMA_VERSION = 1
CARD_NAME = "card.json"
WEIGHTS_NAME = "model.safetensors"
#: Largest card we agree to parse (cards hold metrics and small statistics only).
MAX_CARD_BYTES = 8 * 1024**2
KINDS = ("density", "latent", "diffusion", "classifier", "autoregressive", "energy",
         "factorised", "latent-diffusion")
REQUIRED_FIELDS = {
    "schema": int,
    "kind": str,
    "class": str,
    "config": dict,
    "data": dict,
    "training": dict,
    "metrics": dict,
    "created_by": str,
}



@runtime_checkable
class Saveable(Protocol):
    """What a model class needs so that :func:`save` and :func:`load` can handle it."""

    kind: str

    def config(self) -> dict[str, Any]:
        """Keyword arguments that rebuild an unfitted model of the same shape."""

    def get_tensors(self) -> dict[str, np.ndarray]:
        """All fitted parameters, as C-contiguous numpy arrays."""

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        """Load parameters previously returned by :meth:`get_tensors`."""


_REGISTRY: dict[str, type] = {}


def register(cls: type) -> type:
    """Class decorator: make ``cls`` loadable by the name stored in ``card['class']``."""
    _REGISTRY[cls.__name__] = cls
    return cls


def registered_classes() -> dict[str, type]:
    """Registered model classes by name (imports the model packages first)."""
    _import_model_packages()
    return dict(_REGISTRY)


def _import_model_packages() -> None:
    # Importing a family package registers its classes. Kept lazy so that importing
    # ``training`` stays cheap.
    import importlib

    for mod in ("training.density", "training.diffusion", "training.classifier", "training.latent",
                "training.rbm", "training.naive",
                "training.autoregressive_images"):
        importlib.import_module(mod)
    from training.density.registry import import_models

    import_models()


# ---------------------------------------------------------------------------------------
# save


@contextlib.contextmanager
def atomic_folder(path: Path):
    """Yield a fresh temporary sibling folder of ``path``; when the block succeeds, fsync
    its files and swap it in by rename (the old folder goes to ``.NAME.old-PID`` first and
    is removed after), so readers see the old complete folder or the new one, never a mix.
    On an error the temporary folder is removed and ``path`` is untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
    try:
        yield tmp
        for f in tmp.iterdir():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
        old = None
        if path.exists():
            old = path.parent / f".{path.name}.old-{os.getpid()}"
            if old.exists():
                shutil.rmtree(old)
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def save(model: Saveable, path: str | os.PathLike, card: dict[str, Any]) -> Path:
    """Write ``model`` and its card to the folder ``path``, atomically.

    Both files are written into a temporary sibling folder which then replaces ``path`` by
    rename, so a crash never leaves a half-written artifact where a good one stood.

    ``card`` must hold ``data``, ``training``, ``metrics`` and ``created_by``; ``schema``,
    ``kind``, ``class`` and ``config`` are filled in from the model. Extra keys are kept.
    """
    from safetensors.numpy import save_file

    path = Path(path)
    cls = type(model)
    if cls.__name__ not in _REGISTRY:
        raise ArtifactError(f"{cls.__name__} is not a registered model class")
    full = dict(card)
    full.update(
        schema=SCHEMA_VERSION,
        kind=model.kind,
        **{"class": cls.__name__},
        config=model.config(),
    )
    full.setdefault("saved_at", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    _validate_card(full, where=str(path))
    tensors = {k: np.ascontiguousarray(v) for k, v in model.get_tensors().items()}
    text = json.dumps(_jsonable(full), indent=2, allow_nan=False) + "\n"

    with atomic_folder(path) as tmp:
        save_file(tensors, str(tmp / WEIGHTS_NAME), metadata={"format": "latent-explorer"})
        (tmp / CARD_NAME).write_text(text, encoding="utf-8")
    return path


def _jsonable(obj: Any) -> Any:
    """Turn numpy scalars/arrays and tuples into JSON types; refuse NaN/inf in metrics."""
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, np.ndarray):
        return _jsonable(obj.tolist())
    if isinstance(obj, np.generic):
        return _jsonable(obj.item())
    if isinstance(obj, float) and not math.isfinite(obj):
        # JSON has no infinity; an infinite NLL is meaningful (box model), so keep it as text.
        return "inf" if obj > 0 else ("-inf" if obj < 0 else "nan")
    return obj


# ---------------------------------------------------------------------------------------
# load


def read_card(path: str | os.PathLike) -> dict[str, Any]:
    """Read and validate ``path/card.json`` without touching the weights."""
    path = Path(path)
    if not path.exists():
        raise ArtifactError(f"{path} does not exist.")
    if not path.is_dir():
        raise ArtifactError(
            f"{path} is a file; a model is a folder holding {CARD_NAME} and {WEIGHTS_NAME}."
        )
    card_path = path / CARD_NAME
    if not card_path.is_file():
        raise ArtifactError(f"{path} is not a model folder: it has no {CARD_NAME}.")
    try:
        size = card_path.stat().st_size
        if size > MAX_CARD_BYTES:
            raise ArtifactError(
                f"{card_path} is {size / 1e6:.1f} MB; a model card is at most "
                f"{MAX_CARD_BYTES / 1e6:.0f} MB, so this is not one."
            )
        with open(card_path, "rb") as fh:
            raw = fh.read(MAX_CARD_BYTES + 1)
    except OSError as e:
        raise ArtifactError(f"{card_path} cannot be read ({e.strerror or e}).") from None
    if len(raw) > MAX_CARD_BYTES:
        raise ArtifactError(f"{card_path} is over {MAX_CARD_BYTES / 1e6:.0f} MB, so it is not "
                            "a model card.")
    try:
        card = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ArtifactError(f"{card_path} is not a text file.") from None
    except json.JSONDecodeError as e:
        raise ArtifactError(
            f"{card_path} is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})."
        ) from None
    except RecursionError:
        raise ArtifactError(f"{card_path} is nested too deeply to be a model card.") from None
    except ValueError:  # e.g. an integer of more than 4300 digits
        raise ArtifactError(f"{card_path} holds a number too long to be read.") from None
    _validate_card(card, where=str(card_path))
    return card


def _validate_card(card: Any, where: str) -> None:
    if not isinstance(card, dict):
        raise ArtifactError(f"{where}: the card must be a JSON object.")
    missing = [k for k in REQUIRED_FIELDS if k not in card]
    if missing:
        raise ArtifactError(f"{where}: the card lacks the field(s) {', '.join(missing)}.")
    for key, typ in REQUIRED_FIELDS.items():
        if not isinstance(card[key], typ) or (typ is int and isinstance(card[key], bool)):
            raise ArtifactError(
                f"{where}: the card's '{key}' should be a {typ.__name__}, "
                f"not {type(card[key]).__name__}."
            )
    if card["schema"] != SCHEMA_VERSION:
        raise ArtifactError(
            f"{where}: card schema version {card['schema']} is not supported "
            f"(this version of Latent Explorer reads schema {SCHEMA_VERSION})."
        )
    if card["kind"] not in KINDS:
        raise ArtifactError(
            f"{where}: unknown model kind '{short(card['kind'])}' (known: {', '.join(KINDS)})."
        )
    if not isinstance(card["data"].get("name"), str):
        raise ArtifactError(f"{where}: the card's 'data' needs a 'name' (the data set).")
    for name, value in card["metrics"].items():
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        ok = ok or value in ("inf", "-inf", "nan")
        if not ok:
            raise ArtifactError(f"{where}: metric '{short(name)}' is not a number.")


def load(path: str | os.PathLike) -> Any:
    """Rebuild the model stored in the folder ``path``; its card is attached as ``.card``.

    Nothing is built before the card's config and the weights file have been checked
    against each other: the config's values against their types and sizes, the file's
    header against the safetensors format, and the tensors the config implies (the class's
    ``expected_shapes``) against the ones the file holds. After loading, the model runs on
    a tiny test input and must give finite numbers.

    Raises
    ------
    ArtifactError
        For anything that keeps the folder from being a usable model, with a message meant
        for the person who picked the folder. No other exception leaves this function.
    """
    path = Path(path)
    try:
        return _load(path)
    except ArtifactError:
        raise
    except Exception as e:  # the promise above: a bad folder never shows a traceback
        raise ArtifactError(f"{path} cannot be loaded ({reason(e)}).") from None


def _load(path: Path) -> Any:
    card = read_card(path)
    classes = registered_classes()
    cls = classes.get(card["class"])
    if cls is None:
        raise ArtifactError(
            f"{path}: unknown model class '{short(card['class'])}' "
            f"(this version knows {', '.join(sorted(classes))})."
        )
    if getattr(cls, "kind", None) != card["kind"]:
        raise ArtifactError(
            f"{path}: the card says kind '{card['kind']}' but {card['class']} is a "
            f"'{getattr(cls, 'kind', '?')}' model."
        )
    args = check_config(cls, card["config"], path)
    tensors = _read_tensors(path / WEIGHTS_NAME)
    check_implied_size(cls, args, tensors, path)
    try:
        model = cls(*args.args, **args.kwargs)
        expected = model.get_tensors()
    except Exception as e:
        raise ArtifactError(
            f"{path}: the card's config does not fit {card['class']}: {reason(e)}."
        ) from None
    peak = check_tensors(tensors, expected, path)
    try:
        with np.errstate(all="ignore"):  # corrupt values are refused below, not warned about
            model.set_tensors(tensors)
    except Exception as e:
        raise ArtifactError(f"{path}: the weights do not fit the model: {reason(e)}.") from None
    if peak > MAX_TRUSTED_WEIGHT or not holds_torch_modules(model):
        check_output(model, card["kind"], path)
    model.card = card
    # a model that works with another artifact (a latent DDPM decodes with its VAE) finds
    # and checks it here; it raises an ArtifactError saying what is missing and what to do
    if callable(getattr(model, "load_dependencies", None)):
        model.load_dependencies(path)
    return model


# ---------------------------------------------------------------------------------------
# the weights file


def _read_tensors(weights: Path) -> dict[str, np.ndarray]:
    """Every tensor of the safetensors file ``weights``, after checking its header.

    The format: an 8-byte little-endian header length N, N bytes of JSON mapping each name
    to its dtype, shape and [begin, end) byte range in the data that follows. The ranges
    must tile the data exactly (no gaps, no overlaps, nothing after); each range's size is
    its shape's element count times its dtype's size. Arrays are views of one buffer.
    """
    if not weights.is_file():
        raise ArtifactError(f"{weights.parent} has no {WEIGHTS_NAME} (the weights are missing).")
    try:
        size = weights.stat().st_size
        if size > MAX_WEIGHTS_BYTES:
            raise ArtifactError(
                f"{weights} is {size / 1024**2:.0f} MiB, over the limit of "
                f"{MAX_WEIGHTS_BYTES / 1024**2:.0f} MiB for a model file."
            )
        if size < 8:
            raise ArtifactError(f"{weights} is truncated or empty ({size} bytes).")
        buf = bytearray(size)
        with open(weights, "rb") as fh:
            got = fh.readinto(buf)
            more = fh.read(1)
    except OSError as e:
        raise ArtifactError(f"{weights} cannot be read ({e.strerror or e}).") from None
    if got != size or more:
        raise ArtifactError(f"{weights} changed while it was being read.")
    return parse_safetensors(buf, weights)



def discover(root: str | os.PathLike) -> list[tuple[Path, dict[str, Any]]]:
    """Every readable artifact folder directly under ``root``, with its card."""
    out = []
    root = Path(root)
    if not root.is_dir():
        return out
    for sub in sorted(root.iterdir()):
        if (sub / CARD_NAME).is_file():
            try:
                out.append((sub, read_card(sub)))
            except ArtifactError:
                continue
    return out


def default_trained_dir() -> Path:
    """The ``trained/`` folder of the source tree (where shipped models live)."""
    env = os.environ.get("LATENT_EXPLORER_TRAINED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "trained"

