"""Self-describing model artifacts: a folder with ``model.safetensors`` and ``card.json``.

The card says what the model is (``kind``, ``class``), how to rebuild it (``config``: the
constructor's keyword arguments), what it was fitted to (``data``), how (``training``), how
well (``metrics``, each name carrying its unit) and which command made it (``created_by``).
:func:`load` rebuilds the model from the card, then checks every tensor in the file against
the freshly built model (names, shapes, dtypes, finiteness) before loading it. Nothing is
ever unpickled: tensors come from safetensors, everything else is JSON.

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

SCHEMA_VERSION = 1
CARD_NAME = "card.json"
WEIGHTS_NAME = "model.safetensors"
#: Largest weights file we agree to read (the biggest shipped model is a few MB).
MAX_WEIGHTS_BYTES = 512 * 1024**2
#: Largest card we agree to parse (cards hold metrics and small statistics only).
MAX_CARD_BYTES = 8 * 1024**2
KINDS = ("density", "latent", "diffusion", "classifier")
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


class ArtifactError(Exception):
    """A model folder that cannot be loaded; the message says why in plain words."""


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

    for mod in ("training.density", "training.diffusion", "training.classifier", "training.latent"):
        importlib.import_module(mod)


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
    size = card_path.stat().st_size
    if size > MAX_CARD_BYTES:
        raise ArtifactError(
            f"{card_path} is {size / 1e6:.1f} MB; a model card is at most "
            f"{MAX_CARD_BYTES / 1e6:.0f} MB, so this is not one."
        )
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ArtifactError(f"{card_path} is not a text file.") from None
    except json.JSONDecodeError as e:
        raise ArtifactError(
            f"{card_path} is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})."
        ) from None
    except RecursionError:
        raise ArtifactError(f"{card_path} is nested too deeply to be a model card.") from None
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
            f"{where}: unknown model kind '{card['kind']}' (known: {', '.join(KINDS)})."
        )
    if not isinstance(card["data"].get("name"), str):
        raise ArtifactError(f"{where}: the card's 'data' needs a 'name' (the data set).")
    for name, value in card["metrics"].items():
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        ok = ok or value in ("inf", "-inf", "nan")
        if not ok:
            raise ArtifactError(f"{where}: metric '{name}' is not a number.")


def load(path: str | os.PathLike) -> Any:
    """Rebuild the model stored in the folder ``path``; its card is attached as ``.card``.

    Raises
    ------
    ArtifactError
        For anything that keeps the folder from being a usable model, with a message meant
        for the person who picked the folder.
    """
    path = Path(path)
    card = read_card(path)
    classes = registered_classes()
    cls = classes.get(card["class"])
    if cls is None:
        raise ArtifactError(
            f"{path}: unknown model class '{card['class']}' "
            f"(this version knows {', '.join(sorted(classes))})."
        )
    if getattr(cls, "kind", None) != card["kind"]:
        raise ArtifactError(
            f"{path}: the card says kind '{card['kind']}' but {card['class']} is a "
            f"'{getattr(cls, 'kind', '?')}' model."
        )
    try:
        model = cls(**card["config"])
    except (TypeError, ValueError) as e:
        raise ArtifactError(f"{path}: the card's config does not fit {card['class']}: {e}") from None
    tensors = _read_tensors(path / WEIGHTS_NAME)
    _check_tensors(tensors, model.get_tensors(), path)
    try:
        model.set_tensors(tensors)
    except (ValueError, RuntimeError) as e:
        raise ArtifactError(f"{path}: the weights do not fit the model: {e}") from None
    model.card = card
    return model


def _read_tensors(weights: Path) -> dict[str, np.ndarray]:
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    if not weights.is_file():
        raise ArtifactError(f"{weights.parent} has no {WEIGHTS_NAME} (the weights are missing).")
    size = weights.stat().st_size
    if size > MAX_WEIGHTS_BYTES:
        raise ArtifactError(
            f"{weights} is {size / 1024**2:.0f} MiB, over the limit of "
            f"{MAX_WEIGHTS_BYTES / 1024**2:.0f} MiB for a model file."
        )
    if size < 8:
        raise ArtifactError(f"{weights} is truncated or empty ({size} bytes).")
    with open(weights, "rb") as fh:
        header_len = int.from_bytes(fh.read(8), "little")
    if header_len > size - 8 or header_len > 100 * 1024**2:
        raise ArtifactError(f"{weights} is not a safetensors file (bad header length).")
    try:
        return load_file(str(weights))
    except (SafetensorError, ValueError, OSError, TypeError) as e:
        raise ArtifactError(f"{weights} is corrupt or not a safetensors file ({e}).") from None


def _check_tensors(
    got: dict[str, np.ndarray], expected: dict[str, np.ndarray], path: Path
) -> None:
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing[:5]) + ("…" if len(missing) > 5 else ""))
        if extra:
            parts.append("unexpected " + ", ".join(extra[:5]) + ("…" if len(extra) > 5 else ""))
        raise ArtifactError(f"{path}: the weights do not match the card: {'; '.join(parts)}.")
    for name, ref in expected.items():
        arr = got[name]
        if arr.shape != ref.shape:
            raise ArtifactError(
                f"{path}: tensor '{name}' has shape {tuple(arr.shape)}, "
                f"expected {tuple(ref.shape)}."
            )
        if arr.dtype != ref.dtype:
            raise ArtifactError(
                f"{path}: tensor '{name}' has dtype {arr.dtype}, expected {ref.dtype}."
            )
        if arr.dtype.kind == "f" and not np.isfinite(arr).all():
            raise ArtifactError(f"{path}: tensor '{name}' holds NaN or infinite values.")


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

