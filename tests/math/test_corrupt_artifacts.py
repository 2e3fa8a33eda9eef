"""training.load on hostile model folders: a usable model or ArtifactError, never anything else.

A seeded generator derives corrupt artifacts from small real ones (saved here with
``training.save``) and from copies of a few shipped ones: mutated card JSON (hostile values
in every config key, 1e999, wrong types, deep nesting, huge texts, missing fields, swapped
classes), mutated safetensors files (truncation, byte flips, header length lies, overlapping
or out-of-range offsets, unknown dtypes such as F8_E4M3, shape lies, duplicated names,
non-UTF-8 or non-object headers, extra or missing tensors, NaN / 1e30 weights) and weights
swapped between models. Each load runs in a worker thread under a time ceiling; a model that
loads must then run on a few inputs and give finite numbers.
"""

from __future__ import annotations

import inspect
import json
import queue
import random
import resource
import shutil
import struct
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import training
from training import ArtifactError
from training.artifacts import CARD_NAME, WEIGHTS_NAME, registered_classes

#: cases per block and blocks: BLOCKS × PER_BLOCK generated cases in all
PER_BLOCK = 40
BLOCKS = 15
#: seconds one load may take before it counts as a hang (tiny models load in milliseconds)
CEILING_S = 5.0
SHIPPED = ["density-gaussian-8gaussians", "density-flow-world-cities", "latent-pca16-mnist5k"]

CARD = {"data": {"name": "test"}, "training": {}, "metrics": {"nll": 1.0},
        "created_by": "tests/math/test_corrupt_artifacts.py"}


# ------------------------------------------------------------------ base artifacts
def _perturb(model, rng, scale=0.3):
    """Small random weights, so that the saved networks are not the identity."""
    t = model.get_tensors()
    model.set_tensors({k: (v + rng.normal(0, scale, v.shape).astype(v.dtype)
                           if v.dtype.kind == "f" and not k.endswith(("scale", "sigma2")) else v)
                       for k, v in t.items()})
    return model


def _build_bases(root: Path) -> dict[str, Path]:
    from training.classifier import DigitClassifier
    from training.density import (BoxDensity, FactorizedDensity, FlowDensity, GaussianDensity,
                                  GMMDensity, KDEDensity)
    from training.diffusion.pipeline import DiffusionModel
    from training.latent.pca import PPCA
    from training.latent.vae import VAE
    from training.rbm import RBM
    from tests.conftest import TRAINED

    rng = np.random.default_rng(0)
    pts = rng.normal(size=(60, 2)) * [1.0, 0.5] + [0.3, -0.2]
    images = rng.random((40, 4, 4)).astype(np.float32)
    models = {
        "gaussian": GaussianDensity().fit(pts),
        "gmm": GMMDensity(n_components=3).fit(pts, max_iter=5),
        "kde": KDEDensity().fit(pts[:25]),
        "factorized": FactorizedDensity().fit(pts[:25]),
        "box": BoxDensity().fit(pts),
        "flow": _perturb(FlowDensity(n_layers=2, bins=4, hidden=8), rng),
        "vae": _perturb(VAE(image_shape=(4, 4), latent_dim=2, hidden=(8,)), rng),
        "vae-conv": _perturb(VAE(image_shape=(8, 8), latent_dim=2, hidden=(8,), encoder="conv"),
                             rng),
        "ppca": PPCA(image_shape=(4, 4), latent_dim=2).fit(images),
        "ddpm-mlp": _perturb(DiffusionModel(net="mlp", data_shape=[2], hidden=16, depth=1,
                                            num_train_timesteps=10, fourier=2), rng, 0.1),
        "ddpm-unet": _perturb(DiffusionModel(net="unet", data_shape=[8, 8], channels=[8, 8, 8],
                                             num_train_timesteps=10), rng, 0.05),
        "classifier": _perturb(DigitClassifier(width=2, feat=4), rng, 0.05),
        "rbm": _perturb(RBM(n_hidden=5, image_shape=(4, 4)), rng),
    }
    bases = {name: training.save(m, root / name, CARD) for name, m in models.items()}
    for name in SHIPPED:
        shutil.copytree(TRAINED / name, root / name)
        bases[name] = root / name
    return bases


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """Tiny forward passes in one thread: on a busy machine OpenMP's waits between two
    threads stretch a millisecond pass to a second (and the timing ceiling is for hangs)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    return _build_bases(tmp_path_factory.mktemp("bases"))


# ------------------------------------------------------------------ raw safetensors helpers
def _split(raw: bytes) -> tuple[dict, bytes]:
    n = struct.unpack("<Q", raw[:8])[0]
    return json.loads(raw[8:8 + n]), raw[8 + n:]


def _pack(header, data: bytes) -> bytes:
    text = header if isinstance(header, (str, bytes)) else json.dumps(header)
    blob = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(blob)) + blob + data


def _tensor_names(header: dict) -> list[str]:
    return sorted(k for k in header if k != "__metadata__")


def _rewrite_tensors(folder: Path, change) -> None:
    """Load the (valid) weights, let ``change(tensors)`` edit them, save them back."""
    from safetensors.numpy import load_file, save_file

    tensors = {k: v.copy() for k, v in load_file(str(folder / WEIGHTS_NAME)).items()}
    change(tensors)
    save_file(tensors, str(folder / WEIGHTS_NAME))


# ------------------------------------------------------------------ hostile values
_CONFIG_KEYS = sorted({k for cls in registered_classes().values()
                       for k in inspect.signature(cls).parameters})


def _hostile_value(rng: random.Random):
    pool = [
        10**9, 10**18, 2**63, -(2**63) - 1, 2**16, 2**16 + 1, 256, 257, -1, 0, 1, 2, 3,
        1.5, 0.0, -0.0, 1e-300, -1e6, 1e6 + 1, 1e308, True, False, None, "", "mlp", "unet",
        "conv", "cosine", "scott", "cv", "x" * 100_000, "\u0000\ud7ff", [], [0], [1, 1],
        [10**9, 10**9], [4, 4], [28, 28], [3, 5], [-4, 4], [2**16] * 3, [1] * 1000,
        [[1, 2]], [1.5, 2], [True, False], ["a"], [None], {}, {"a": 1}, [8, 8, 8],
        [32, 64, 96], [0, 0, 0], [2**16, 2**16, 2**16, 2**16],
    ]
    return rng.choice(pool)


_RAW_NUMBERS = ["1e999", "-1e999", "NaN", "Infinity", "-Infinity", "1" * 5000, "1e-999",
                "123456789012345678901234567890", "-0", "1.0e+400"]
_DTYPES = ["F8_E4M3", "F8_E5M2", "BF16", "F16", "F32", "F64", "I64", "I32", "U8", "BOOL",
           "U64", "C64", "f32", "F32 ", "", None, 5, ["F32"], {"a": 1}]


# ------------------------------------------------------------------ mutations
# Each takes (folder, rng, bases) and returns a short description.

def m_config_value(folder, rng, bases):
    card = json.loads((folder / CARD_NAME).read_text())
    keys = list(card["config"]) + _CONFIG_KEYS
    key = rng.choice(keys)
    value = _hostile_value(rng)
    card["config"][key] = value
    (folder / CARD_NAME).write_text(json.dumps(card))
    return f"config[{key!r}] = {str(value)[:40]}"


def m_config_raw_number(folder, rng, bases):
    card = json.loads((folder / CARD_NAME).read_text())
    keys = list(card["config"]) or ["ridge"]
    key = rng.choice(keys)
    card["config"][key] = "@@RAW@@"
    raw = rng.choice(_RAW_NUMBERS)
    wrap = rng.choice(["{}", "[{}]", "[{}, {}]"])
    text = json.dumps(card).replace('"@@RAW@@"', wrap.replace("{}", raw))
    (folder / CARD_NAME).write_text(text)
    return f"config[{key!r}] = {wrap.replace('{}', raw[:20])} (raw JSON)"


def m_config_many(folder, rng, bases):
    card = json.loads((folder / CARD_NAME).read_text())
    for key in card["config"]:
        if rng.random() < 0.5:
            card["config"][key] = _hostile_value(rng)
    (folder / CARD_NAME).write_text(json.dumps(card))
    return "several config values"


def m_config_delete(folder, rng, bases):
    card = json.loads((folder / CARD_NAME).read_text())
    if card["config"]:
        key = rng.choice(list(card["config"]))
        del card["config"][key]
    else:
        key = None
    (folder / CARD_NAME).write_text(json.dumps(card))
    return f"config lacks {key!r}"


def m_config_scale(folder, rng, bases):
    """A plausible but different size: the weights no longer match the config."""
    card = json.loads((folder / CARD_NAME).read_text())
    ints = [k for k, v in card["config"].items() if type(v) is int and k != "seed"]
    lists = [k for k, v in card["config"].items() if isinstance(v, list)]
    if not ints and not lists:
        return m_config_value(folder, rng, bases)
    key = rng.choice(ints + lists)
    factor = rng.choice([2, 10, 1000, 10**6, 10**9])
    v = card["config"][key]
    card["config"][key] = [x * factor for x in v] if isinstance(v, list) else v * factor + 1
    (folder / CARD_NAME).write_text(json.dumps(card))
    return f"config[{key!r}] × {factor}"


def m_config_whole(folder, rng, bases):
    card = json.loads((folder / CARD_NAME).read_text())
    deep = "[" * 50_000 + "]" * 50_000
    choice = rng.choice(["list", "string", "null", "number", "empty", "deep", "many", "nested"])
    card["config"] = {"list": [1, 2], "string": "ridge=1", "null": None, "number": 3,
                      "empty": {}, "deep": "@@DEEP@@",
                      "many": {f"k{i}": i for i in range(5000)},
                      "nested": {"hidden": "@@DEEP@@"}}[choice]
    text = json.dumps(card).replace('"@@DEEP@@"', deep)
    (folder / CARD_NAME).write_text(text)
    return f"config is {choice}"


def m_card_field(folder, rng, bases):
    card = json.loads((folder / CARD_NAME).read_text())
    field = rng.choice(["schema", "kind", "class", "config", "data", "training", "metrics",
                        "created_by"])
    classes = sorted(registered_classes())
    options = [_hostile_value(rng), "__delete__", rng.choice(classes), "density", "latent",
               "diffusion", "classifier", 1, 2, {"name": 5}, {"name": "x"}, {"a": [1e308]}]
    value = rng.choice(options)
    if value == "__delete__":
        card.pop(field, None)
    else:
        card[field] = value
    (folder / CARD_NAME).write_text(json.dumps(card))
    return f"card[{field!r}] = {str(value)[:40]}"


def m_card_swap_class(folder, rng, bases):
    """The card claims another registered class (with its kind): the weights do not fit."""
    other = json.loads((bases[rng.choice(sorted(bases))] / CARD_NAME).read_text())
    card = json.loads((folder / CARD_NAME).read_text())
    card["class"], card["kind"] = other["class"], other["kind"]
    if rng.random() < 0.5:
        card["config"] = other["config"]
    (folder / CARD_NAME).write_text(json.dumps(card))
    return f"card claims {other['class']}"


def m_card_swap(folder, rng, bases):
    other = rng.choice(sorted(bases))
    shutil.copy(bases[other] / CARD_NAME, folder / CARD_NAME)
    return f"card of {other}"


def m_weights_swap(folder, rng, bases):
    other = rng.choice(sorted(bases))
    shutil.copy(bases[other] / WEIGHTS_NAME, folder / WEIGHTS_NAME)
    return f"weights of {other}"


def m_card_bytes(folder, rng, bases):
    raw = bytearray((folder / CARD_NAME).read_bytes())
    how = rng.choice(["truncate", "flip", "non-utf8", "empty", "bom", "nul"])
    if how == "truncate":
        raw = raw[: rng.randrange(len(raw))]
    elif how == "flip":
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(raw))
            raw[i] ^= 1 << rng.randrange(8)
    elif how == "non-utf8":
        raw[rng.randrange(len(raw))] = 0xFF
    elif how == "empty":
        raw = bytearray()
    elif how == "bom":
        raw = bytearray(b"\xef\xbb\xbf") + raw
    else:
        raw[rng.randrange(len(raw))] = 0
    (folder / CARD_NAME).write_bytes(bytes(raw))
    return f"card bytes: {how}"


def m_truncate(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    cut = rng.choice([0, 1, 7, 8, 9, rng.randrange(len(raw)), len(raw) - 1, len(raw) - 4])
    (folder / WEIGHTS_NAME).write_bytes(raw[:cut])
    return f"weights truncated at {cut}/{len(raw)}"


def m_append(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    extra = bytes(rng.randrange(256) for _ in range(rng.choice([1, 4, 8, 100])))
    (folder / WEIGHTS_NAME).write_bytes(raw + extra)
    return "bytes appended to the weights"


def m_flip_header(folder, rng, bases):
    raw = bytearray((folder / WEIGHTS_NAME).read_bytes())
    n = struct.unpack("<Q", raw[:8])[0]
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(8, 8 + n)
        raw[i] ^= 1 << rng.randrange(8)
    (folder / WEIGHTS_NAME).write_bytes(bytes(raw))
    return "bit flips in the header"


def m_flip_data(folder, rng, bases):
    raw = bytearray((folder / WEIGHTS_NAME).read_bytes())
    n = struct.unpack("<Q", raw[:8])[0]
    if len(raw) == 8 + n:
        return "no data to flip"
    flips = rng.choice([1, 1, 2, 5, 50])
    for _ in range(flips):
        i = rng.randrange(8 + n, len(raw))
        raw[i] ^= 1 << rng.randrange(8)
    (folder / WEIGHTS_NAME).write_bytes(bytes(raw))
    return f"{flips} bit flips in the data"


def m_header_length(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    lie = rng.choice([0, 1, 2, n - 1, n + 1, n + 8, len(raw) - 8, len(raw), 2**63, 2**64 - 1,
                      100 * 1024**2, n // 2])
    (folder / WEIGHTS_NAME).write_bytes(struct.pack("<Q", lie) + raw[8:])
    return f"header length {n} → {lie}"


def m_offsets(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    header, data = _split(raw)
    names = _tensor_names(header)
    name = rng.choice(names)
    b, e = header[name]["data_offsets"]
    how = rng.choice(["overlap", "swap", "beyond", "negative", "reversed", "float", "short",
                      "three", "huge", "string"])
    if how == "overlap" and b >= 4:
        header[name]["data_offsets"] = [b - 4, e - 4]
    elif how == "swap" and len(names) > 1:
        other = rng.choice([n for n in names if n != name])
        header[name]["data_offsets"], header[other]["data_offsets"] = (
            header[other]["data_offsets"], header[name]["data_offsets"])
    elif how == "beyond":
        header[name]["data_offsets"] = [b + len(data), e + len(data)]
    elif how == "negative":
        header[name]["data_offsets"] = [-8, e - b - 8]
    elif how == "reversed":
        header[name]["data_offsets"] = [e, b]
    elif how == "float":
        header[name]["data_offsets"] = [float(b), float(e)]
    elif how == "short":
        header[name]["data_offsets"] = [b]
    elif how == "three":
        header[name]["data_offsets"] = [b, e, e]
    elif how == "huge":
        header[name]["data_offsets"] = [b, 2**70]
    else:
        header[name]["data_offsets"] = [str(b), str(e)]
    (folder / WEIGHTS_NAME).write_bytes(_pack(header, data))
    return f"offsets of {name}: {how}"


def m_dtype(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    header, data = _split(raw)
    name = rng.choice(_tensor_names(header))
    dtype = rng.choice(_DTYPES)
    header[name]["dtype"] = dtype
    (folder / WEIGHTS_NAME).write_bytes(_pack(header, data))
    return f"dtype of {name} = {dtype!r}"


def m_shape(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    header, data = _split(raw)
    name = rng.choice(_tensor_names(header))
    shape = list(header[name]["shape"])
    how = rng.choice(["bigger", "transpose", "negative", "float", "huge", "empty", "extra-dim",
                      "zero", "string", "nested", "bool", "many-dims"])
    if how == "bigger" and shape:
        shape[0] += 1
    elif how == "transpose":
        shape = shape[::-1]
    elif how == "negative" and shape:
        shape[0] = -shape[0]
    elif how == "float":
        shape = [float(s) for s in shape]
    elif how == "huge":
        shape = [2**40, 2**40]
    elif how == "empty":
        shape = []
    elif how == "extra-dim":
        shape = shape + [1]
    elif how == "zero":
        shape = [0] + shape
    elif how == "string":
        shape = "2,2"
    elif how == "nested":
        shape = [shape]
    elif how == "bool":
        shape = [True] * len(shape)
    else:
        shape = [1] * 40
    header[name]["shape"] = shape
    (folder / WEIGHTS_NAME).write_bytes(_pack(header, data))
    return f"shape of {name}: {how}"


def m_header_structure(folder, rng, bases):
    raw = (folder / WEIGHTS_NAME).read_bytes()
    header, data = _split(raw)
    names = _tensor_names(header)
    how = rng.choice(["duplicate", "non-utf8", "list", "string", "number", "null", "extra",
                      "missing", "rename", "metadata", "entry-keys", "entry-list", "deep",
                      "nan", "padding", "many"])
    text = json.dumps(header)
    if how == "duplicate":
        name = rng.choice(names)
        entry = json.dumps({name: header[name]})[1:-1]
        text = "{" + entry + ", " + text[1:]
    elif how == "non-utf8":
        b = bytearray(text.encode())
        b[rng.randrange(len(b))] = 0xC3 if rng.random() < 0.5 else 0xFF
        text = bytes(b)
    elif how in ("list", "string", "number", "null"):
        text = {"list": "[1, 2, 3]", "string": '"hello"', "number": "42", "null": "null"}[how]
    elif how == "extra":
        text = json.dumps({**header, "zz.extra": {"dtype": "F32", "shape": [0],
                                                   "data_offsets": [len(data), len(data)]}})
    elif how == "missing":
        name = rng.choice(names)
        b, e = header[name]["data_offsets"]
        del header[name]
        # keep the remaining data tiled: drop the missing tensor's bytes
        for k in _tensor_names(header):
            ob, oe = header[k]["data_offsets"]
            if ob >= e:
                header[k]["data_offsets"] = [ob - (e - b), oe - (e - b)]
        data = data[:b] + data[e:]
        text = json.dumps(header)
    elif how == "rename":
        name = rng.choice(names)
        header["x" + name] = header.pop(name)
        text = json.dumps(header)
    elif how == "metadata":
        header["__metadata__"] = rng.choice([{"a": 1}, [1], "x", None, {"format": "pt"}])
        text = json.dumps(header)
    elif how == "entry-keys":
        name = rng.choice(names)
        header[name]["extra"] = 1
        text = json.dumps(header)
    elif how == "entry-list":
        header[rng.choice(names)] = [1, 2]
        text = json.dumps(header)
    elif how == "deep":
        text = "[" * 100_000 + "]" * 100_000
    elif how == "nan":
        name = rng.choice(names)
        text = json.dumps(header).replace(json.dumps(header[name]["shape"]), "[NaN]", 1)
    elif how == "padding":
        text = text + " " * rng.choice([1, 7, 8])
    else:  # a header listing very many zero-size tensors
        many = {f"t{i}": {"dtype": "F32", "shape": [0], "data_offsets": [0, 0]}
                for i in range(20_000)}
        text = json.dumps({**header, **many})
    (folder / WEIGHTS_NAME).write_bytes(_pack(text, data))
    return f"header: {how}"


def m_values(folder, rng, bases):
    value = rng.choice([np.nan, np.inf, -np.inf, 1e30, -1e30, 1e20, 3e38, 1e15, 1e8, -1e8,
                        0.0, 1e-45, -1.0, 1e250, 1e300])
    how = rng.choice(["one", "all", "some"])
    picked = []

    def change(t):
        floats = [k for k, v in t.items() if v.dtype.kind == "f" and v.size]
        name = rng.choice(floats)
        picked.append(name)
        arr = t[name]
        with np.errstate(over="ignore"):
            v = np.array(value).astype(arr.dtype)
        if how == "all":
            arr[...] = v
        elif how == "one":
            arr.flat[rng.randrange(arr.size)] = v
        else:
            arr.flat[:: max(1, arr.size // 5)] = v
    _rewrite_tensors(folder, change)
    return f"{how} of {picked[0]} = {value:g}"


def m_retype(folder, rng, bases):
    dtype = rng.choice([np.float16, np.float32, np.float64, np.int32, np.int64, np.uint8])
    picked = []

    def change(t):
        name = rng.choice(sorted(t))
        picked.append(name)
        with np.errstate(all="ignore"):
            t[name] = t[name].astype(dtype)
    _rewrite_tensors(folder, change)
    return f"{picked[0]} as {np.dtype(dtype).name}"


def m_tensor_set(folder, rng, bases):
    how = rng.choice(["drop", "add", "rename", "reshape", "empty"])

    def change(t):
        name = rng.choice(sorted(t))
        if how == "drop":
            del t[name]
        elif how == "add":
            t[name + ".extra"] = np.zeros(3, np.float32)
        elif how == "rename":
            t[name.upper() + "_"] = t.pop(name)
        elif how == "reshape":
            t[name] = t[name].reshape(-1)[:-1] if t[name].size > 1 else np.zeros(2, t[name].dtype)
        else:
            t.clear()
            t["x"] = np.zeros(0, np.float32)
    _rewrite_tensors(folder, change)
    return f"tensors: {how}"


def m_file_kind(folder, rng, bases):
    how = rng.choice(["weights-dir", "card-dir", "no-weights", "no-card", "weights-is-card",
                      "empty-weights", "pickle", "zeros"])
    w, c = folder / WEIGHTS_NAME, folder / CARD_NAME
    if how == "weights-dir":
        w.unlink()
        w.mkdir()
    elif how == "card-dir":
        c.unlink()
        c.mkdir()
    elif how == "no-weights":
        w.unlink()
    elif how == "no-card":
        c.unlink()
    elif how == "weights-is-card":
        shutil.copy(c, w)
    elif how == "empty-weights":
        w.write_bytes(b"")
    elif how == "pickle":
        w.write_bytes(b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94.")
    else:
        w.write_bytes(bytes(rng.choice([16, 64, 4096])))
    return f"files: {how}"


MUTATIONS = [
    (m_config_value, 6), (m_config_raw_number, 2), (m_config_many, 2), (m_config_delete, 1),
    (m_config_scale, 3), (m_config_whole, 1), (m_card_field, 2), (m_card_swap_class, 2),
    (m_card_swap, 1), (m_weights_swap, 2), (m_card_bytes, 1), (m_truncate, 2), (m_append, 1),
    (m_flip_header, 2), (m_flip_data, 4), (m_header_length, 1), (m_offsets, 2), (m_dtype, 2),
    (m_shape, 2), (m_header_structure, 3), (m_values, 4), (m_retype, 1), (m_tensor_set, 2),
    (m_file_kind, 1),
]


def make_case(seed: int, bases: dict[str, Path], root: Path) -> tuple[Path, str]:
    """The corrupt folder of case ``seed`` under ``root``, and what was done to it."""
    rng = random.Random(seed)
    base = rng.choice(sorted(bases))
    folder = root / f"case{seed}"
    shutil.copytree(bases[base], folder)
    funcs, weights = zip(*MUTATIONS)
    done = [rng.choices(funcs, weights)[0](folder, rng, bases)]
    if rng.random() < 0.2:  # a second mutation on top; it may not apply to the first's result
        mutate = rng.choices(funcs, weights)[0]
        try:
            done.append(mutate(folder, rng, bases))
        except Exception:  # noqa: BLE001 - e.g. the first one removed or garbled a file
            done.append(f"{mutate.__name__} (did not apply)")
    return folder, f"{base}: " + "; ".join(done)


# ------------------------------------------------------------------ running a case
class _Worker:
    """One daemon thread that runs loads, so that a hang is a failure, not a stuck run."""

    def __init__(self) -> None:
        self._start()

    def _start(self) -> None:
        self.jobs: queue.Queue = queue.Queue()
        self.results: queue.Queue = queue.Queue()
        threading.Thread(target=self._loop, args=(self.jobs, self.results), daemon=True).start()

    @staticmethod
    def _loop(jobs, results) -> None:
        while True:
            fn = jobs.get()
            t0 = time.perf_counter()
            try:
                results.put(("ok", fn(), time.perf_counter() - t0))
            except BaseException as e:  # noqa: BLE001 - reported to the test thread
                results.put(("error", e, time.perf_counter() - t0))

    def run(self, fn, timeout: float):
        self.jobs.put(fn)
        try:
            return self.results.get(timeout=timeout)
        except queue.Empty:
            self._start()  # the old thread is stuck; later cases get a fresh one
            return ("hang", None, timeout)


@pytest.fixture(scope="module")
def worker():
    return _Worker()


def usable(model, kind: str) -> None:
    """Use the loaded model through its public interface; every number must be finite."""
    import torch

    with np.errstate(all="ignore"):
        if kind == "density":
            x = model.sample(16, seed=3)
            outs = [x, model.log_prob(x)]
        elif kind == "latent":
            z = np.random.default_rng(1).normal(size=(3, model.latent_dim)).astype(np.float32)
            img = model.decode(z)
            outs = [img, model.encode(img)]
        elif kind == "diffusion":
            shape = (2, *model.data_shape) if model.is_points else (1, 1, 8, 8)
            x = torch.randn(shape, generator=torch.Generator().manual_seed(0))
            outs = [model.predict_noise(x, model.T // 2), model.to_data(x)]
        elif kind == "latent-diffusion":  # a DDPM on a VAE's codes: a step, decoded
            outs = list(list(model.iter_steps(2, seed=1, steps=1))[-1].panels.values())
        elif kind == "energy":  # an RBM: energies, a Gibbs step from noise, log p(v)
            steps = list(model.iter_steps(2, seed=1, steps=1))
            v = steps[-1].panels["visible sample v"]
            outs = [*model.test_output(), *steps[-1].panels.values(), model.log_prob(v)]
        else:
            p = model.predict_proba(np.random.default_rng(2).random((2, *model.image_shape)))
            outs = [p]
            assert np.allclose(p.sum(1), 1, atol=1e-4)
    for out in outs:
        assert np.isfinite(np.asarray(out, dtype=np.float64)).all()


def run_case(seed: int, bases, root: Path, worker) -> tuple[str, str]:
    """('loaded' | 'refused', description); fails the test for anything else."""
    folder, what = make_case(seed, bases, root)
    status, value, seconds = worker.run(lambda: training.load(folder), CEILING_S)
    where = f"case {seed} ({what})"
    if status == "hang":
        pytest.fail(f"{where}: training.load took more than {CEILING_S} s")
    assert seconds < CEILING_S, f"{where}: training.load took {seconds:.1f} s"
    if status == "error":
        if not isinstance(value, ArtifactError):
            pytest.fail(f"{where}: {type(value).__name__} escaped training.load: {value}")
        msg = str(value)
        assert 20 < len(msg) < 1000 and "Traceback" not in msg and "\n" not in msg, (where, msg)
        return "refused", what
    try:
        usable(value, value.card["kind"])
    except Exception as e:  # noqa: BLE001
        pytest.fail(f"{where}: loaded, but the model is not usable: {type(e).__name__}: {e}")
    return "loaded", what


@pytest.mark.parametrize("block", range(BLOCKS))
def test_generated_corrupt_artifacts(block, bases, worker, tmp_path):
    outcomes = [run_case(seed, bases, tmp_path, worker)[0]
                for seed in range(block * PER_BLOCK, (block + 1) * PER_BLOCK)]
    assert "refused" in outcomes


def test_generator_covers_both_outcomes(bases, worker, tmp_path):
    """The generator is not degenerate: most cases are refused, some still load."""
    outcomes = [run_case(seed, bases, tmp_path, worker)[0] for seed in range(10_000, 10_080)]
    assert 0 < outcomes.count("loaded") < outcomes.count("refused")


# ------------------------------------------------------------------ named regressions
def _edit_card(folder: Path, **config) -> None:
    card = json.loads((folder / CARD_NAME).read_text())
    card["config"].update(config)
    (folder / CARD_NAME).write_text(json.dumps(card))


def _copy(bases, name, tmp_path) -> Path:
    return Path(shutil.copytree(bases[name], tmp_path / name))


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("name, config", [
    ("flow", {"hidden": 10**9}),
    ("flow", {"hidden": 65536}),  # within the limits, but not what the weights hold
    ("flow", {"n_layers": 256, "hidden": 4096}),
    ("vae", {"hidden": [10**9]}),
    ("vae", {"hidden": [65536, 65536]}),
    ("vae", {"image_shape": [4096, 4096]}),
    ("ppca", {"image_shape": [65536, 65536], "latent_dim": 65535}),
    ("ppca", {"image_shape": [4096, 4096], "latent_dim": 4096}),
    ("kde", {"n_points": 10**12}),
    ("ddpm-unet", {"channels": [65536, 65536, 65536]}),
    ("ddpm-mlp", {"hidden": 65536, "depth": 256}),
    ("ddpm-mlp", {"num_train_timesteps": 10**9}),
    ("classifier", {"width": 65536, "feat": 65536}),
    ("rbm", {"n_hidden": 65536, "image_shape": [4096, 4096]}),
])
def test_huge_config_is_refused_without_building(name, config, bases, tmp_path, monkeypatch):
    folder = _copy(bases, name, tmp_path)
    _edit_card(folder, **config)
    cls = registered_classes()[json.loads((folder / CARD_NAME).read_text())["class"]]
    built = []
    original = cls.__init__

    def spy(self, *a, **k):
        built.append(k)
        original(self, *a, **k)

    monkeypatch.setattr(cls, "__init__", spy)
    rss, t0 = _maxrss_mb(), time.perf_counter()
    with pytest.raises(ArtifactError, match="config|card"):
        training.load(folder)
    assert time.perf_counter() - t0 < 2.0
    assert not built, "the model was built from a config that does not match its weights"
    assert _maxrss_mb() - rss < 200


@pytest.mark.parametrize("dtype", ["F8_E4M3", "F8_E5M2", "BF16", "U64"])
def test_unsupported_dtype_is_refused(dtype, bases, tmp_path):
    folder = _copy(bases, "gaussian", tmp_path)
    header, data = _split((folder / WEIGHTS_NAME).read_bytes())
    header["cov"]["dtype"] = dtype
    header["cov"]["shape"] = [2, 2, 8 // {"F8_E4M3": 1, "F8_E5M2": 1, "BF16": 2, "U64": 8}[dtype]]
    (folder / WEIGHTS_NAME).write_bytes(_pack(header, data))
    with pytest.raises(ArtifactError, match="unsupported dtype"):
        training.load(folder)


def test_overlapping_offsets_are_refused(bases, tmp_path):
    folder = _copy(bases, "gaussian", tmp_path)
    header, data = _split((folder / WEIGHTS_NAME).read_bytes())
    # both tensors read the first 16 bytes (+ the rest stays unread): safetensors' own
    # reader accepted some of these layouts silently
    header["mean"]["data_offsets"] = [0, 16]
    (folder / WEIGHTS_NAME).write_bytes(_pack(header, data))
    with pytest.raises(ArtifactError, match="overlaps|bytes of data"):
        training.load(folder)
    header["mean"]["data_offsets"] = [32, 48]
    header["cov"]["data_offsets"] = [0, 32]
    (folder / WEIGHTS_NAME).write_bytes(_pack(header, data))
    assert isinstance(training.load(folder), registered_classes()["GaussianDensity"])


def test_duplicate_tensor_names_are_refused(bases, tmp_path):
    folder = _copy(bases, "gaussian", tmp_path)
    header, data = _split((folder / WEIGHTS_NAME).read_bytes())
    text = json.dumps(header)
    text = '{"mean": ' + json.dumps(header["mean"]) + ", " + text[1:]
    (folder / WEIGHTS_NAME).write_bytes(_pack(text, data))
    with pytest.raises(ArtifactError, match="twice"):
        training.load(folder)


@pytest.mark.parametrize("raw", ["1e999", "-1e999", "NaN", "Infinity"])
def test_non_finite_config_float_is_refused(raw, bases, tmp_path):
    folder = _copy(bases, "flow", tmp_path)
    text = (folder / CARD_NAME).read_text()
    card = json.loads(text)
    card["config"]["bound"] = "@@"
    (folder / CARD_NAME).write_text(json.dumps(card).replace('"@@"', raw))
    with pytest.raises(ArtifactError, match="finite"):
        training.load(folder)


@pytest.mark.parametrize("value", [1e30, -1e31, 3e38, np.nan, np.inf])
def test_huge_weights_are_refused(value, bases, tmp_path):
    folder = _copy(bases, "flow", tmp_path)

    def change(t):
        t["layers.0.net.2.weight"][0, 0] = value
    _rewrite_tensors(folder, change)
    with pytest.raises(ArtifactError, match="layers.0.net.2.weight"):
        training.load(folder)


@pytest.mark.parametrize("name, tensor, value", [
    ("flow", "layers.1.net.4.weight", 1e25),   # finite, but the spline's slopes overflow
    ("flow", "scale", -1.0),                   # log of a negative scale
    ("ddpm-mlp", "net.blocks.0.1.weight", 1e20),
    ("vae", "decoder.0.weight", 1e25),
])
def test_weights_that_overflow_are_refused(name, tensor, value, bases, tmp_path):
    folder = _copy(bases, name, tmp_path)

    def change(t):
        t[tensor][...] = value
    _rewrite_tensors(folder, change)
    try:
        model = training.load(folder)
    except ArtifactError as e:
        assert "test input" in str(e) or "beyond" in str(e) or "positive" in str(e)
    else:
        usable(model, model.card["kind"])


def test_config_types_are_checked(bases, tmp_path):
    for config, match in [({"n_layers": True}, "boolean"), ({"n_layers": 2.0}, "should be int"),
                          ({"hidden": "8"}, "should be int"), ({"bound": [4.0]}, "single value"),
                          ({"bins": None}, "null"), ({"n_layers": -1}, "outside the range"),
                          ({"n_layers": 257}, "outside the range"),
                          ({"bound": 1e7}, "beyond"), ({"evil": 1}, "unexpected")]:
        folder = _copy(bases, "flow", tmp_path / str(len(list(tmp_path.iterdir()))))
        _edit_card(folder, **config)
        with pytest.raises(ArtifactError, match=match):
            training.load(folder)


def test_class_without_expected_shapes_is_checked_on_the_meta_device(tmp_path, monkeypatch):
    """A registered class that offers no ``expected_shapes``: its size is counted on torch's
    meta device (no memory), and a config implying more numbers than the file holds is
    refused before the real model is built."""
    import torch

    from training import artifacts

    class Dummy:
        kind = "density"

        def __init__(self, width: int = 4) -> None:
            self.layer = torch.nn.Linear(2, int(width))

        def config(self):
            return {"width": self.layer.out_features}

        def get_tensors(self):
            return {k: v.detach().numpy().copy() for k, v in self.layer.state_dict().items()}

        def set_tensors(self, t):
            self.layer.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in t.items()})

        def sample(self, n, seed=0):
            return np.random.default_rng(seed).normal(size=(n, 2))

        def log_prob(self, x):
            with torch.no_grad():
                return self.layer(torch.as_tensor(x, dtype=torch.float32)).sum(1).numpy()

    monkeypatch.setitem(artifacts._REGISTRY, "Dummy", Dummy)
    path = training.save(Dummy(4), tmp_path / "dummy", CARD)
    assert isinstance(training.load(path), Dummy)
    _edit_card(path, width=65536)
    t0 = time.perf_counter()
    with pytest.raises(ArtifactError, match="implies a model of"):
        training.load(path)
    assert time.perf_counter() - t0 < 5.0


def test_every_base_artifact_loads(bases):
    for name, path in bases.items():
        model = training.load(path)
        usable(model, model.card["kind"])
