"""The checks behind :func:`training.artifacts.load`: a model folder is checked before
anything is built from it.

* the card's config against the constructor's annotated types and bounded sizes
  (:func:`check_config`), and the size the config implies against the weights file
  (:func:`check_implied_size`);
* the safetensors header, parsed here (:func:`parse_safetensors`): allowed dtypes, shapes
  whose sizes match their byte ranges, ranges that tile the data exactly;
* the tensors against the freshly built model (:func:`check_tensors`: names, shapes,
  dtypes, finite and bounded values) and a run on a tiny input (:func:`check_output`).

Every failure is an :class:`ArtifactError` whose message names the folder and says why.
"""

from __future__ import annotations

import inspect
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np


class ArtifactError(Exception):
    """A model folder that cannot be loaded; the message says why in plain words."""


#: Largest weights file we agree to read (the biggest shipped model is a few MB).
MAX_WEIGHTS_BYTES = 512 * 1024**2
#: Largest header of a weights file (names, dtypes, shapes, offsets: a few KB in practice).
MAX_HEADER_BYTES = 16 * 1024**2
#: Most tensors in one weights file (the biggest shipped model has 124).
MAX_TENSORS = 10_000
#: Most dimensions of one tensor.
MAX_NDIM = 8
#: The safetensors dtypes read, as little-endian numpy types. The models store F32 and F64;
#: anything else (BF16, the F8 variants, unsigned or complex types) is refused by name.
DTYPES = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4"}
#: Largest |value| a weights file may hold, by dtype. Trained network weights are O(1) (the
#: shipped maximum is 68, a data shift in degrees), but models also keep statistics of the
#: user's points in the data's own units: training takes float64 coordinates up to ±1e100
#: (covariances up to 1e200) and float32 ones (the torch models) up to ±1e30. Nothing
#: trained goes beyond these; a value that does is corruption, and the test run after
#: loading catches finite weights that still overflow.
MAX_ABS_WEIGHT = {"float16": 65504.0, "float32": 1e30, "float64": 1e201}
#: Torch models are run on a test input after loading only when a weight is beyond this
#: (numpy models always are: it costs microseconds). A forward pass of a flow or a UNet
#: costs as much as building it, and on a busy CPU OpenMP can stretch it to a second;
#: with every weight within ±1e4 these small networks cannot overflow float32, and the
#: classes' ``set_tensors`` refuse what would break them otherwise (a scale ≤ 0).
MAX_TRUSTED_WEIGHT = 1e4
# Limits on a card's config, checked before anything is built. The shipped models use
# sizes up to 1000 (timesteps) and 512 (widths); these leave a wide margin.
#: Largest integer setting (widths, bins, components, image sides…).
MAX_CONFIG_INT = 2**16
#: Largest depth or number of layers.
MAX_CONFIG_DEPTH = 256
#: Largest number of diffusion timesteps and largest latent dimension.
MAX_CONFIG_TIMESTEPS = 100_000
MAX_CONFIG_LATENT = 1024
#: Largest and smallest nonzero |float setting| (ridges, bounds, β, bandwidth factors).
MAX_CONFIG_FLOAT = 1e6
MIN_CONFIG_FLOAT = 1e-30
#: Longest text setting, longest list setting and most settings.
MAX_CONFIG_STR = 64
MAX_CONFIG_LIST = 32
MAX_CONFIG_KEYS = 64
#: Most values per item a ``*shape`` setting may describe (pixels of an image).
MAX_SHAPE_ELEMENTS = 2**24


# ---------------------------------------------------------------------------------------
# the card's config


def _int_range(key: str) -> tuple[int, int]:
    """The integers a config value called ``key`` may hold."""
    if key == "seed":
        return -(2**63), 2**64 - 1  # what torch.manual_seed accepts
    if key in ("depth", "n_layers"):
        return 0, MAX_CONFIG_DEPTH
    if key == "n_points":  # a KDE keeps its points: float64 (n, 2) in the weights file
        return 0, MAX_WEIGHTS_BYTES // 16
    if key == "num_train_timesteps":
        return 0, MAX_CONFIG_TIMESTEPS
    if key == "latent_dim":  # PPCA solves a latent_dim² system when it is built
        return 0, MAX_CONFIG_LATENT
    if key == "fourier":  # frequencies 2^k: beyond 2^64 sin and cos see only infinities
        return 0, 64
    return 0, MAX_CONFIG_INT


def _split_top(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += (ch == "[") - (ch == "]")
        if ch == sep and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return parts


_SCALARS = {"int", "float", "str", "bool", "None"}
_SEQUENCES = {"list", "tuple", "Sequence"}


def _annotation_types(param: inspect.Parameter | None) -> tuple[set[str] | None, set[str] | None]:
    """(value types, list element types) a constructor parameter accepts, read from its
    annotation ('tuple[int, int] | list[int]' → ({tuple, list}, {int})); None where the
    annotation says nothing we understand (then any JSON scalar or flat list passes)."""
    if param is None:
        return None, None
    ann = param.annotation
    if ann is inspect.Parameter.empty:
        if param.default is inspect.Parameter.empty or param.default is None:
            return None, None
        ann = type(param.default).__name__
    if not isinstance(ann, str):
        ann = inspect.formatannotation(ann)
    tops: set[str] = set()
    elems: set[str] = set()
    todo = _split_top(ann, "|")
    while todo:
        part = todo.pop()
        base, _, inner = part.partition("[")
        base, inner = base.strip().rsplit(".", 1)[-1], inner.rstrip("]")
        if base in ("Union", "Optional"):
            todo += _split_top(inner, ",") + (["None"] if base == "Optional" else [])
        elif base in _SEQUENCES:
            tops.add(base)
            elems |= {w for w in re.findall(r"\w+", inner) if w in _SCALARS}
        elif base in _SCALARS or base == "NoneType":
            tops.add("None" if base == "NoneType" else base)
        else:
            return None, None
    return tops, (elems or None)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {short(value)}"
    if isinstance(value, str):
        return f"the text {short(value)!r}"
    return f"a {type(value).__name__}"


def _check_scalar(key: str, value: Any, types: set[str] | None, label: str) -> None:
    kind = "None" if value is None else type(value).__name__
    if kind not in _SCALARS:
        raise ArtifactError(f"{label} is {_describe(value)}; a config holds numbers, text, "
                            "booleans and flat lists of them.")
    if types is not None:
        ok = kind in types or (kind == "int" and "float" in types)
        if not ok:
            want = " or ".join(sorted(t if t != "None" else "null" for t in types))
            raise ArtifactError(f"{label} is {_describe(value)}, but it should be {want}.")
    as_float = kind == "float" or (kind == "int" and types is not None and "int" not in types)
    if as_float:
        if not math.isfinite(value):
            raise ArtifactError(f"{label} is {_describe(value)}, not a finite number.")
        if abs(value) > MAX_CONFIG_FLOAT:
            raise ArtifactError(f"{label} is {_describe(value)}, beyond the ±{MAX_CONFIG_FLOAT:g} "
                                "a model's settings stay within.")
        if 0 < abs(value) < MIN_CONFIG_FLOAT:
            raise ArtifactError(f"{label} is {_describe(value)}, too close to 0 to compute with.")
    elif kind == "int":
        lo, hi = _int_range(key)
        if not lo <= value <= hi:
            raise ArtifactError(f"{label} is {_describe(value)}, outside the range {lo} to {hi} "
                                "a model of this program uses.")
    elif kind == "str" and len(value) > MAX_CONFIG_STR:
        raise ArtifactError(f"{label} is a text of {len(value)} characters, too long for a "
                            "setting.")


def check_config(cls: type, config: dict[str, Any], path: Path) -> inspect.BoundArguments:
    """The constructor's arguments from the card's ``config`` (defaults filled in), after
    checking each value's type against the constructor's annotations and its size against
    the limits above: nothing is built from a config that fails here."""
    name = cls.__name__
    if len(config) > MAX_CONFIG_KEYS:
        raise ArtifactError(f"{path}: the card's config has {len(config)} entries, "
                            f"far more than a {name} takes.")
    sig = inspect.signature(cls)
    try:
        bound = sig.bind(**config)
    except TypeError as e:
        raise ArtifactError(
            f"{path}: the card's config does not fit {name}: {reason(e)}."
        ) from None
    for key, value in config.items():
        label = f"{path}: the card's config value '{short(key)}'"
        types, elems = _annotation_types(sig.parameters.get(key))
        if isinstance(value, list):
            if types is not None and not types & _SEQUENCES:
                raise ArtifactError(f"{label} is a list, but {name} takes a single value there.")
            if len(value) > MAX_CONFIG_LIST:
                raise ArtifactError(f"{label} is a list of {len(value)} items; a setting has "
                                    f"at most {MAX_CONFIG_LIST}.")
            for item in value:
                _check_scalar(key, item, elems, label)
            if key.endswith("shape") and all(type(v) is int for v in value) \
                    and math.prod(value) > MAX_SHAPE_ELEMENTS:
                raise ArtifactError(f"{label} describes {math.prod(value):,} values per item, "
                                    f"more than the {MAX_SHAPE_ELEMENTS:,} a model here handles.")
        else:
            if types is not None and not types & _SCALARS and value is not None:
                raise ArtifactError(f"{label} is {_describe(value)}, but {name} takes a list "
                                    "there.")
            _check_scalar(key, value, types, label)
    bound.apply_defaults()
    return bound


def check_implied_size(cls: type, args: inspect.BoundArguments,
                        tensors: dict[str, np.ndarray], path: Path) -> None:
    """Compare the tensors the config implies with the file's before building anything.

    A class with ``expected_shapes(config)`` answers exactly, without allocating; any other
    class is built under torch's meta device (its torch tensors take no memory; numpy arrays
    are real, but bounded by the config limits) and its size compared with the file's: a
    config that implies more numbers than the file holds is refused."""
    hook = getattr(cls, "expected_shapes", None)
    try:
        if hook is not None:
            shapes = {str(k): tuple(int(d) for d in v)
                      for k, v in hook(dict(args.arguments)).items()}
        else:
            implied = _meta_size(cls, args)
    except Exception as e:
        raise ArtifactError(
            f"{path}: the card's config does not fit {cls.__name__}: {reason(e)}."
        ) from None
    if hook is not None:
        if any(d < 0 for shape in shapes.values() for d in shape):
            raise ArtifactError(f"{path}: the card's config does not fit {cls.__name__}: "
                                "it implies a tensor of negative size.")
        _check_layout({k: v.shape for k, v in tensors.items()}, shapes, path,
                      "but the card's config implies")
        return
    held = sum(v.size for v in tensors.values())
    if implied > held + 4096:
        raise ArtifactError(f"{path}: the card's config implies a model of {implied:,} numbers "
                            f"but the weights file holds {held:,}.")


def _meta_size(cls: type, args: inspect.BoundArguments) -> int:
    """How many numbers a model built from ``args`` holds, counted on the meta device."""
    import torch

    with torch.device("meta"):
        model = cls(*args.args, **args.kwargs)
    total = 0
    for value in vars(model).values():
        if isinstance(value, torch.nn.Module):
            total += sum(t.numel() for t in value.state_dict().values())
        elif isinstance(value, torch.Tensor):
            total += value.numel()
        elif isinstance(value, np.ndarray):
            total += value.size
    return total


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _is_int(v: Any) -> bool:
    return type(v) is int


def parse_safetensors(buf: bytearray, where: Path) -> dict[str, np.ndarray]:
    n = int.from_bytes(buf[:8], "little")
    start = 8 + n
    if n < 2 or n > MAX_HEADER_BYTES or start > len(buf):
        raise ArtifactError(f"{where} is not a safetensors file (bad header length).")
    try:
        header = json.loads(bytes(buf[8:start]).decode("utf-8"), object_pairs_hook=_unique_object)
    except UnicodeDecodeError:
        raise ArtifactError(f"{where} is corrupt: its header is not text.") from None
    except _DuplicateKey as e:
        raise ArtifactError(
            f"{where} is corrupt: its header has '{short(e.key)}' twice."
        ) from None
    except (ValueError, RecursionError):
        raise ArtifactError(
            f"{where} is not a safetensors file (its header is not JSON)."
        ) from None
    if not isinstance(header, dict):
        raise ArtifactError(f"{where} is corrupt: its header is not a JSON object.")
    meta = header.pop("__metadata__", None)
    if meta is not None and not (isinstance(meta, dict)
                                 and all(isinstance(v, str) for v in meta.values())):
        raise ArtifactError(f"{where} is corrupt: its metadata is not a table of texts.")
    if len(header) > MAX_TENSORS:
        raise ArtifactError(f"{where} lists {len(header):,} tensors, more than the "
                            f"{MAX_TENSORS:,} a model file may hold.")
    spans = []
    for name, info in header.items():
        label = f"{where}: tensor '{short(name)}'"
        if not isinstance(info, dict) or set(info) != {"dtype", "shape", "data_offsets"}:
            raise ArtifactError(f"{label} has a malformed header entry.")
        dtype, shape, offsets = info["dtype"], info["shape"], info["data_offsets"]
        if not isinstance(dtype, str) or dtype not in DTYPES:
            raise ArtifactError(f"{label} has the unsupported dtype {short(dtype)} "
                                f"(this program reads {', '.join(DTYPES)}).")
        if not (isinstance(shape, list) and len(shape) <= MAX_NDIM
                and all(_is_int(d) and 0 <= d <= len(buf) for d in shape)):
            raise ArtifactError(f"{label} has the invalid shape {short(shape)}.")
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(map(_is_int, offsets))
                and 0 <= offsets[0] <= offsets[1]):
            raise ArtifactError(f"{label} has the invalid data offsets {short(offsets)}.")
        nbytes = math.prod(shape) * np.dtype(DTYPES[dtype]).itemsize
        if nbytes != offsets[1] - offsets[0]:
            raise ArtifactError(f"{label} has shape {tuple(shape)} ({nbytes:,} bytes) but "
                                f"{offsets[1] - offsets[0]:,} bytes of data.")
        spans.append((offsets[0], offsets[1], name, DTYPES[dtype], shape))
    spans.sort(key=lambda s: (s[0], s[1]))
    pos = 0
    for begin, end, name, _, _ in spans:
        if begin != pos:
            how = "overlaps another tensor's" if begin < pos else "leaves a gap before it"
            raise ArtifactError(f"{where} is corrupt: the data of tensor '{short(name)}' {how}.")
        pos = end
    if pos != len(buf) - start:
        raise ArtifactError(f"{where} is corrupt: its header describes {pos:,} bytes of data "
                            f"but the file holds {len(buf) - start:,}.")
    tensors = {}
    for begin, end, name, code, shape in spans:
        dtype = np.dtype(code)
        arr = np.frombuffer(buf, dtype, (end - begin) // dtype.itemsize, start + begin)
        tensors[name] = arr.reshape(shape)
    return tensors


def _check_layout(got: dict[str, tuple[int, ...]], expected: dict[str, tuple[int, ...]],
                  path: Path, source: str = "expected") -> None:
    """Same tensor names and shapes in the file (``got``) as the model needs (``expected``,
    which ``source`` names in the message)."""
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing[:5]) + ("…" if len(missing) > 5 else ""))
        if extra:
            parts.append("unexpected " + ", ".join(short(e) for e in extra[:5])
                         + ("…" if len(extra) > 5 else ""))
        raise ArtifactError(f"{path}: the weights do not match the card: {'; '.join(parts)}.")
    for name, ref in expected.items():
        if tuple(got[name]) != tuple(ref):
            raise ArtifactError(
                f"{path}: tensor '{name}' has shape {tuple(got[name])}, {source} {tuple(ref)}."
            )


def check_tensors(
    got: dict[str, np.ndarray], expected: dict[str, np.ndarray], path: Path
) -> float:
    """Names, shapes, dtypes and values (finite, within ``MAX_ABS_WEIGHT``) of the file's
    tensors against the model's; returns the largest |value|."""
    peak = 0.0
    _check_layout({k: v.shape for k, v in got.items()},
                  {k: v.shape for k, v in expected.items()}, path)
    for name, ref in expected.items():
        arr = got[name]
        if arr.dtype != ref.dtype:
            raise ArtifactError(
                f"{path}: tensor '{name}' has dtype {arr.dtype}, expected {ref.dtype}."
            )
        if arr.dtype.kind == "f" and arr.size:
            lo, hi = float(arr.min()), float(arr.max())  # NaN propagates through both
            if not (math.isfinite(lo) and math.isfinite(hi)):
                raise ArtifactError(f"{path}: tensor '{name}' holds NaN or infinite values.")
            limit = MAX_ABS_WEIGHT.get(arr.dtype.name, MAX_ABS_WEIGHT["float32"])
            if max(-lo, hi) > limit:
                raise ArtifactError(
                    f"{path}: tensor '{name}' holds the value {lo if -lo > hi else hi:.3g}, "
                    f"beyond the ±{limit:.3g} a {arr.dtype.name} weight may reach."
                )
            peak = max(peak, -lo, hi)
    return peak


# ---------------------------------------------------------------------------------------
# the loaded model


def _test_outputs(model: Any, kind: str) -> list[Any]:
    """A few outputs of ``model`` on a tiny input, through the interface of its kind."""
    if kind == "density":
        x = model.sample(4, seed=0)
        return [x, model.log_prob(x)]
    if kind == "latent":
        image = model.decode(np.zeros((1, model.latent_dim), np.float32))
        if not callable(getattr(model, "encode", None)):  # a GAN: a decoder without encoder
            return [image]
        return [image, model.encode(image)]
    if kind == "diffusion":
        import torch

        # the UNet is convolutional: an image of at most 8×8 exercises every weight cheaply
        if model.is_points:
            shape = (1, *model.data_shape)
        else:
            shape = (1, 1, *model.data_shape) if math.prod(model.data_shape) <= 64 else (1, 1, 8, 8)
        x = torch.linspace(-1.0, 1.0, math.prod(shape)).reshape(shape)
        return [model.predict_noise(x, model.T - 1), model.to_data(x)]
    if kind in ("energy", "factorised"):  # an RBM, the naive model: their own test run
        return model.test_output()
    if kind == "classifier":
        shape = model.image_shape if math.prod(model.image_shape) <= 4096 else (64, 64)
        return [model.predict_proba(np.zeros((1, *shape), np.float32))]
    return []


def holds_torch_modules(model: Any) -> bool:
    torch = sys.modules.get("torch")
    return torch is not None and any(isinstance(v, torch.nn.Module) for v in vars(model).values())


def check_output(model: Any, kind: str, path: Path) -> None:
    """The loaded model must run on a tiny input and give finite numbers."""
    try:
        with np.errstate(all="ignore"):
            outputs = _test_outputs(model, kind)
            finite = all(np.isfinite(np.asarray(o, dtype=np.float64)).all() for o in outputs)
    except Exception as e:
        raise ArtifactError(f"{path}: the model fails on a test input ({reason(e)}).") from None
    if not finite:
        raise ArtifactError(f"{path}: the model gives NaN or infinite values on a test input, "
                            "so its weights are broken.")


def short(value: Any, limit: int = 60) -> str:
    """``value`` as text of at most ``limit`` characters, for messages."""
    try:
        text = value if isinstance(value, str) and value.isprintable() else repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reason(e: BaseException) -> str:
    """An exception as a short phrase: its first line, or its type when it has no text."""
    text = str(e).strip().splitlines()[0] if str(e).strip() else ""
    if not text or isinstance(e, (MemoryError, RecursionError, KeyError, IndexError,
                                  AttributeError, OverflowError)):
        text = f"{type(e).__name__}" + (f": {text}" if text else "")
    return short(text, 200).rstrip(".")
