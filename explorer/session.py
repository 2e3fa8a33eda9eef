"""Session files (``.lexsession``): what the three views show, saved and reopened exactly.

A session file is a zip archive (Qt-free code, no pickle anywhere)::

    session.json                      schema, app version, tab, per-view state, notes
    arrays/<name>.npy                 numbers too many for JSON (drawn points, a mask);
                                      read with ``np.load(allow_pickle=False)``
    models/<name>/card.json           a user-trained model, embedded: its folder copied
    models/<name>/model.safetensors   into the archive, loaded by ``training.load``

A model shipped in ``trained/`` is only referenced, ``{"shipped": "<folder name>"}``; any
other model folder is embedded, ``{"embedded": "<name>"}``. Arrays are referenced as
``"arrays/<name>.npy"`` strings.

Opening a file from a stranger is safe: :func:`read_session` checks the archive before it
reads anything (size, entry count, total uncompressed size, every entry's name against the
few expected patterns: no absolute path, no ``..``, nothing else), limits the JSON, checks
every field's type and range (:mod:`explorer.session_schema`; unknown keys are ignored
with a note), and loads embedded models only through ``training.load`` (which validates a
card's config against the weights before allocating anything). Every failure is one
:class:`SessionError` with a message for a person.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

SCHEMA_VERSION = 1
SUFFIX = ".lexsession"
SESSION_JSON = "session.json"
#: limits on what a session file may hold
MAX_FILE_BYTES = 512 * 1024**2
MAX_ENTRIES = 64
MAX_TOTAL_BYTES = 600 * 1024**2
MAX_JSON_BYTES = 4 * 1024**2
MAX_ARRAY_BYTES = 64 * 1024**2
MAX_CARD_BYTES = 8 * 1024**2
#: the name of an array / of an embedded model (its folder's name): also a safe file name
_ARRAY = r"[a-z0-9][a-z0-9_-]{0,63}"
_MODEL = r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}"
_ENTRY_RES = (
    (re.compile(r"^session\.json$"), "json"),
    (re.compile(rf"^arrays/({_ARRAY})\.npy$"), "array"),
    (re.compile(rf"^models/({_MODEL})/card\.json$"), "card"),
    (re.compile(rf"^models/({_MODEL})/model\.safetensors$"), "weights"),
)
_DIR_RE = re.compile(rf"^(arrays|models|models/{_MODEL})/$")


class SessionError(Exception):
    """A session file that cannot be saved or opened; the message says why, for a person."""


@dataclass(frozen=True)
class Embed:
    """A model to embed that has no folder yet (trained live in the app): saved with
    ``training.save(model, folder, card)`` when the session is written."""

    model: Any
    card: dict[str, Any]


# ------------------------------------------------------------------------------ writing
def shipped_name(path: Path) -> str | None:
    """The folder name of ``path`` if it is a model shipped in ``trained/``, else None."""
    from training.artifacts import default_trained_dir

    try:
        root = default_trained_dir().resolve()
        p = Path(path).resolve()
    except OSError:
        return None
    return p.name if p.parent == root and (p / "card.json").is_file() else None


def _safe_name(parts: list[str]) -> str:
    name = re.sub(r"[^a-z0-9_-]+", "-", "-".join(parts).lower()).strip("-_") or "x"
    return name[:64]


class _Encoder:
    """Turns a view's state into JSON: a ``Path`` (a model folder) or an :class:`Embed`
    into a model reference, an ``np.ndarray`` into an array entry."""

    def __init__(self) -> None:
        self.models: dict[str, Path | Embed] = {}
        self.arrays: dict[str, np.ndarray] = {}

    def encode(self, value: Any, where: list[str]) -> Any:
        if isinstance(value, dict):
            return {str(k): self.encode(v, where + [str(k)]) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.encode(v, where + [str(i)]) for i, v in enumerate(value)]
        if isinstance(value, (Path, Embed)):
            ship = shipped_name(value) if isinstance(value, Path) else None
            if ship is not None:
                return {"shipped": ship}
            for name, known in self.models.items():
                if known == value:
                    return {"embedded": name}
            # a folder keeps its name (the views show it); a live-trained model gets one
            base = (re.sub(r"[^A-Za-z0-9._-]+", "-", value.name).strip("-._")[:90]
                    if isinstance(value, Path) else "") or _safe_name(where)
            name, k = base, 2
            while name in self.models:
                name, k = f"{base}-{k}", k + 1
            self.models[name] = value
            return {"embedded": name}
        if isinstance(value, np.ndarray):
            name = _safe_name(where)
            self.arrays[name] = value
            return f"arrays/{name}.npy"
        if isinstance(value, (np.integer, np.floating, np.bool_)):
            return value.item()
        return value


def write_session(path: str | os.PathLike, tab: str, views: dict[str, dict],
                  not_restored: list[str], app_version: str) -> Path:
    """Write a session file at ``path`` (atomically: a temporary file, then a rename).

    ``views`` maps a view's name to its ``session_state()`` (see :class:`_Encoder` for
    the model folders and arrays it may hold)."""
    import training

    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    enc = _Encoder()
    doc = {"schema": SCHEMA_VERSION, "app": "latent-explorer", "app_version": app_version,
           "tab": tab, "views": enc.encode(views, []), "not_restored": list(not_restored)}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with tempfile.TemporaryDirectory(prefix="lexsession-") as work, \
                zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(SESSION_JSON, json.dumps(doc, indent=1, allow_nan=False))
            for name, arr in enc.arrays.items():
                buf = io.BytesIO()
                np.save(buf, np.ascontiguousarray(arr), allow_pickle=False)
                zf.writestr(f"arrays/{name}.npy", buf.getvalue())
            for name, src in enc.models.items():
                if isinstance(src, Embed):
                    folder = Path(work) / name
                    training.save(src.model, folder, src.card)
                else:
                    folder = Path(src)
                for file in ("card.json", "model.safetensors"):
                    zf.write(folder / file, f"models/{name}/{file}")
        os.replace(tmp, path)
    except (OSError, ValueError, training.ArtifactError) as e:
        tmp.unlink(missing_ok=True)
        raise SessionError(f"Could not write {path}: {getattr(e, 'strerror', None) or e}") from None
    return path


# ------------------------------------------------------------------------------ reading
@dataclass
class Archive:
    """A checked session archive: its JSON, its arrays, where its embedded models lie."""

    path: Path
    doc: dict[str, Any]
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    model_dirs: dict[str, Path] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # entries the document refers to


def _reject_constant(name: str) -> Any:
    raise SessionError(f"session.json holds {name}, which is not a number JSON allows.")


def check_entries(infos: list[zipfile.ZipInfo]) -> dict[str, tuple[str, str]]:
    """``{entry name: (kind, its name)}`` for every file entry, after checking each
    entry's name, the count, the sizes and flags. Raises :class:`SessionError`."""
    if len(infos) > MAX_ENTRIES:
        raise SessionError(f"The archive has {len(infos)} entries; a session has at most "
                           f"{MAX_ENTRIES}, so this is not one.")
    out: dict[str, tuple[str, str]] = {}
    total = 0
    limits = {"json": MAX_JSON_BYTES, "array": MAX_ARRAY_BYTES, "card": MAX_CARD_BYTES}
    from training.artifact_checks import MAX_WEIGHTS_BYTES

    limits["weights"] = MAX_WEIGHTS_BYTES
    for info in infos:
        name = info.filename
        shown = repr(name[:80])
        if name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name:
            raise SessionError(f"The archive holds an entry with an absolute or unsafe name "
                               f"({shown}); a session file never does.")
        if ".." in name.split("/"):
            raise SessionError(f"The archive holds an entry that points outside it ({shown}).")
        if info.flag_bits & 0x1:
            raise SessionError(f"The archive's entry {shown} is encrypted.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SessionError(f"The archive's entry {shown} uses an unsupported compression.")
        if _DIR_RE.match(name) and info.file_size == 0:
            continue
        for pattern, kind in _ENTRY_RES:
            m = pattern.match(name)
            if m:
                break
        else:
            raise SessionError(f"The archive holds an unexpected entry {shown}; a session "
                               "holds only session.json, arrays/*.npy and models/*/"
                               "(card.json, model.safetensors).")
        if name in out:
            raise SessionError(f"The archive holds {shown} twice.")
        if info.file_size > limits[kind]:
            raise SessionError(f"The archive's entry {shown} would unpack to "
                               f"{info.file_size / 1024**2:.0f} MiB, over the limit of "
                               f"{limits[kind] / 1024**2:.0f} MiB.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise SessionError(f"The archive would unpack to more than "
                               f"{MAX_TOTAL_BYTES / 1024**2:.0f} MiB; a session is smaller.")
        out[name] = (kind, m.group(1) if m.groups() else "")
    if SESSION_JSON not in out:
        raise SessionError("The archive has no session.json, so it is not a session file.")
    return out


def _read_entry(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    try:
        with zf.open(info) as fh:
            raw = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as e:
        raise SessionError(f"The archive's entry '{name}' is damaged ({e}).") from None
    except Exception as e:  # zlib.error and the like: a damaged stream
        raise SessionError(f"The archive's entry '{name}' is damaged ({type(e).__name__}).") from None
    if len(raw) != info.file_size:
        raise SessionError(f"The archive's entry '{name}' is not the size it declares.")
    return raw


def open_archive(path: str | os.PathLike, cache_dir: str | os.PathLike) -> Archive:
    """Check and read the session archive at ``path``; embedded model folders are unpacked
    under ``cache_dir/<content hash>/`` (kept: the models opened from them live on)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise SessionError(f"{path} cannot be read ({e.strerror or e}).") from None
    if size > MAX_FILE_BYTES:
        raise SessionError(f"{path} is {size / 1024**2:.0f} MiB, over the limit of "
                           f"{MAX_FILE_BYTES / 1024**2:.0f} MiB for a session file.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise SessionError(f"{path.name} is not a session file (not a readable zip archive: "
                           f"{getattr(e, 'strerror', None) or e}).") from None
    with zf:
        try:
            infos = zf.infolist()
        except Exception as e:  # noqa: BLE001 (a damaged directory)
            raise SessionError(f"{path.name}: damaged archive ({e}).") from None
        entries = check_entries(infos)
        raw = _read_entry(zf, SESSION_JSON)
        try:
            doc = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        except UnicodeDecodeError:
            raise SessionError("session.json is not UTF-8 text.") from None
        except json.JSONDecodeError as e:
            raise SessionError(f"session.json is not valid JSON (line {e.lineno}, column "
                               f"{e.colno}: {e.msg}).") from None
        except RecursionError:
            raise SessionError("session.json is nested too deeply.") from None
        if not isinstance(doc, dict):
            raise SessionError("session.json must hold a JSON object.")
        arch = Archive(path, doc)
        for name, (kind, sub) in entries.items():
            if kind == "array":
                arch.arrays[sub] = _load_npy(_read_entry(zf, name), name)
        models = sorted({sub for kind, sub in entries.values() if kind in ("card", "weights")})
        for sub in models:
            for file in ("card.json", "model.safetensors"):
                if f"models/{sub}/{file}" not in entries:
                    raise SessionError(f"The embedded model '{sub}' has no {file}.")
        if models:
            arch.model_dirs = _unpack_models(zf, models, Path(cache_dir))
    return arch


def _load_npy(raw: bytes, name: str) -> np.ndarray:
    try:
        arr = np.load(io.BytesIO(raw), allow_pickle=False)
    except ValueError as e:
        if "pickle" in str(e).lower():
            raise SessionError(f"{name} holds Python objects (pickled); a session never "
                               "does, and they are not read.") from None
        raise SessionError(f"{name} is not a valid .npy array ({e}).") from None
    except Exception as e:  # noqa: BLE001 (any malformed header)
        raise SessionError(f"{name} is not a valid .npy array ({type(e).__name__}).") from None
    if not isinstance(arr, np.ndarray) or arr.dtype.kind not in "biuf":
        raise SessionError(f"{name} must hold numbers (it holds {getattr(arr, 'dtype', '?')}).")
    return arr


def _unpack_models(zf: zipfile.ZipFile, names: list[str], cache_dir: Path) -> dict[str, Path]:
    blobs = {n: {f: _read_entry(zf, f"models/{n}/{f}") for f in ("card.json", "model.safetensors")}
             for n in names}
    h = hashlib.sha256()
    for n in names:
        for f, b in blobs[n].items():
            h.update(f"{n}/{f}:{len(b)}:".encode())
            h.update(b)
    home = cache_dir / h.hexdigest()[:20]
    try:
        if not home.is_dir():
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=cache_dir))
            for n, files in blobs.items():
                (tmp / n).mkdir()
                for f, b in files.items():
                    (tmp / n / f).write_bytes(b)
            try:
                os.replace(tmp, home)
            except OSError:  # another window unpacked the same session meanwhile
                shutil.rmtree(tmp, ignore_errors=True)
    except OSError as e:
        raise SessionError(f"Could not unpack the embedded models into {cache_dir} "
                           f"({e.strerror or e}).") from None
    return {n: home / n for n in names}


def load_model_ref(arch: Archive, ref: Any, where: str, view: str):
    """The :class:`LoadedModel` a reference names, loaded and checked to fit ``view``."""
    import training
    from explorer.state.models import LoadedModel
    from training.artifacts import default_trained_dir

    if not isinstance(ref, dict) or len(ref) != 1 or not isinstance(next(iter(ref.values())), str):
        raise SessionError(f"{where} must be {{\"shipped\": NAME}} or {{\"embedded\": NAME}}.")
    how, name = next(iter(ref.items()))
    if how == "shipped":
        root = default_trained_dir()
        folder = root / name
        if not re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", name) or \
                not (folder / "card.json").is_file():
            known = sorted(p.name for p in root.iterdir() if (p / "card.json").is_file()) \
                if root.is_dir() else []
            raise SessionError(f"{where}: no shipped model is called '{name[:80]}' (this "
                               f"version ships {', '.join(known) or 'none'}).")
    elif how == "embedded":
        if name not in arch.model_dirs:
            raise SessionError(f"{where}: the embedded model '{name[:80]}' is not in the file.")
        folder = arch.model_dirs[name]
        arch.used.add(name)
    else:
        raise SessionError(f"{where}: a model is 'shipped' or 'embedded', not '{how[:40]}'.")
    try:
        loaded = LoadedModel(training.load(folder), folder)
    except training.ArtifactError as e:
        what = f"the shipped model '{name}'" if how == "shipped" else f"the embedded model '{name}'"
        raise SessionError(f"{where}: {what} cannot be loaded: {e}") from None
    if view and view not in loaded.places:
        raise SessionError(f"{where}: '{name}' holds a {loaded.kind} model, which the "
                           f"{view} view does not show.")
    return loaded


def array_ref(arch: Archive, ref: Any, where: str, check: Callable[[np.ndarray], str | None]):
    """The array a ``"arrays/<name>.npy"`` reference names, checked by ``check`` (which
    returns what is wrong, or None)."""
    m = re.match(rf"^arrays/({_ARRAY})\.npy$", ref) if isinstance(ref, str) else None
    if m is None:
        raise SessionError(f"{where} must name an array of the file (\"arrays/NAME.npy\").")
    arr = arch.arrays.get(m.group(1))
    if arr is None:
        raise SessionError(f"{where}: the file has no {ref}.")
    arch.used.add("array:" + m.group(1))
    problem = check(arr)
    if problem:
        raise SessionError(f"{where}: {problem}.")
    return arr


def check_all_used(arch: Archive) -> None:
    """Entries nobody refers to are not expected: refuse them (only the expected entries)."""
    extra = [f"models/{n}/" for n in arch.model_dirs if n not in arch.used]
    extra += [f"arrays/{n}.npy" for n in arch.arrays if "array:" + n not in arch.used]
    if extra:
        raise SessionError(f"The archive holds {', '.join(sorted(extra))}, which session.json "
                           "does not refer to; a session file holds only what it uses.")
