"""The session file format without Qt: a good file reads back; every hostile or corrupted
file gives one SessionError with a clear message (the widget tests open the same files in
a window and check that nothing changes)."""

from __future__ import annotations

import io
import json
import pickle
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import TRAINED


def _views(tmp: Path) -> dict:
    folder = tmp / "my-vae"
    if not folder.exists():
        shutil.copytree(TRAINED / "latent-vae2-mnist5k", folder)
    pts = np.random.default_rng(0).normal(size=(200, 2))
    return {
        "density": {
            "data": {"name": "drawn points", "params": {}, "seed": 1, "n_train": 2000},
            "drawn": {"points": pts, "labels": (pts[:, 0] > 0).astype(np.int64),
                      "label_names": ["left", "right"]},
            "family": {"key": "gaussian", "hyper": {}},
            "entries": [{"how": "refit", "label": "Gaussian", "family": "gaussian",
                         "hyper": {}, "fit_time_s": 0.01}],
            "current": 0,
            "layers": {"data": True, "samples": True, "diagnosis": True, "contours": False},
            "view_range": [[-3.0, 3.0], [-3.0, 3.0]],
            "canvas_tab": 0,
        },
        "latent": {"model": folder, "space": "z", "z": [0.5, -0.25],
                   "bookmarks": [{"name": "a", "z": [1.0, 2.0]}], "truncation": 1.0,
                   "tool_tab": 1},
        "diffusion": {"model": TRAINED / "rbm-mnist5k", "kind": "steps", "seed": 3, "batch": 4,
                      "options": {"clamp": "painted", "steps": 10}, "index": 2,
                      "mask": np.eye(28, dtype=np.uint8)},
    }


def good_session(path: Path) -> Path:
    """A valid session with an embedded model, a shipped one, drawn points and a mask."""
    from explorer.session import write_session

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_session(path, "latent", _views(path.parent), ["nothing"], "0.1.0")


def _rezip(src: Path, dst: Path, edit=None, add=(), drop=(), doc=None) -> Path:
    """A copy of ``src`` with entries changed: ``edit(name, bytes) -> bytes``, extra
    ``add`` (name, bytes) pairs, ``drop`` names, or ``doc(dict)`` editing session.json."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info.filename)
            if doc is not None and info.filename == "session.json":
                d = json.loads(data)
                doc(d)
                data = json.dumps(d).encode()
            if edit is not None:
                data = edit(info.filename, data)
            zout.writestr(info.filename, data)
        for name, data in add:
            zout.writestr(name, data)
    return dst


def _set(path: tuple, value):
    def go(d):
        for k in path[:-1]:
            d = d[k]
        d[path[-1]] = value
    return go


def _leaves(d, path=()):
    if isinstance(d, dict):
        for k, v in d.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(d, list) and d and all(isinstance(x, dict) for x in d):
        for i, v in enumerate(d):
            yield from _leaves(v, path + (i,))
    if path:
        yield path, d


def _wrong(v):
    if isinstance(v, bool):
        return "yes"
    if isinstance(v, (int, float)):
        return "1"
    if isinstance(v, str):
        return 12345
    if isinstance(v, list):
        return "x"
    if isinstance(v, dict):
        return 7
    return None


def _npy(a, allow_pickle=False) -> bytes:
    buf = io.BytesIO()
    np.save(buf, a, allow_pickle=allow_pickle)
    return buf.getvalue()


def hostile_files(good: Path, out: Path) -> list[tuple[str, Path]]:
    """(what, file) for each corrupted or hostile variant of the session ``good``."""
    out.mkdir(parents=True, exist_ok=True)
    cases: list[tuple[str, Path]] = []
    n = iter(range(10**6))

    def new(name: str) -> Path:
        p = out / f"{next(n):03d}.lexsession"
        cases.append((name, p))
        return p

    raw = good.read_bytes()
    new("not a zip").write_text("hello, I am text")
    new("empty file").write_bytes(b"")
    new("truncated zip").write_bytes(raw[: len(raw) // 2])
    new("truncated end").write_bytes(raw[:-30])
    with zipfile.ZipFile(good) as z:
        doc = json.loads(z.read("session.json"))
        emb = next(n_ for n_ in z.namelist() if n_.endswith("card.json"))
        model_dir = emb.rsplit("/", 1)[0]
        arrays = [n_ for n_ in z.namelist() if n_.startswith("arrays/")]
    _rezip(good, new("no session.json"), drop={"session.json"})
    _rezip(good, new("path traversal"), add=[("../evil.json", b"{}")])
    _rezip(good, new("traversal inside"), add=[("models/../../x", b"1")])
    _rezip(good, new("absolute name"), add=[("/etc/evil", b"1")])
    _rezip(good, new("backslash name"), add=[("models\\x\\card.json", b"{}")])
    _rezip(good, new("drive name"), add=[("C:/x.json", b"{}")])
    _rezip(good, new("extra entry"), add=[("readme.txt", b"hi")])
    _rezip(good, new("pickle file inside"), add=[("arrays/evil.pkl", pickle.dumps({"a": 1}))])
    _rezip(good, new("pickled npy"), edit=lambda name, d: _npy(
        np.array([{"x": 1}], dtype=object), allow_pickle=True) if name == arrays[0] else d)
    _rezip(good, new("unreferenced array"), add=[("arrays/spare.npy", _npy(np.zeros(3)))])
    _rezip(good, new("unreferenced model"), add=[
        ("models/spare/card.json", b"{}"), ("models/spare/model.safetensors", b"12345678")])
    _rezip(good, new("duplicate entry"), add=[("session.json", b"{}")])
    _rezip(good, new("too many entries"),
           add=[(f"arrays/a{i}.npy", _npy(np.zeros(1))) for i in range(70)])
    _rezip(good, new("bomb-sized json"),
           edit=lambda name, d: d + b" " * (5 * 1024**2) if name == "session.json" else d)
    _rezip(good, new("json syntax error"), edit=lambda name, d: d[:-5] if name == "session.json" else d)
    _rezip(good, new("json NaN"), doc=_set(("views", "latent", "z"), [float("nan"), 0.0]))
    _rezip(good, new("json Infinity"), doc=_set(("views", "density", "view_range"),
                                                [[float("-inf"), 1.0], [0.0, 1.0]]))
    _rezip(good, new("json not utf-8"), edit=lambda name, d: b"\xff\xfe" + d if name == "session.json" else d)
    _rezip(good, new("json a list"), edit=lambda name, d: b"[1, 2]" if name == "session.json" else d)
    _rezip(good, new("json nested too deep"),
           edit=lambda name, d: b"[" * 100000 + b"]" * 100000 if name == "session.json" else d)
    _rezip(good, new("garbage weights"), edit=lambda name, d: b"\x00" * 64
           if name.endswith("model.safetensors") and name.startswith(model_dir) else d)
    vae16 = (TRAINED / "latent-vae16-mnist5k" / "model.safetensors").read_bytes()
    _rezip(good, new("weights of the wrong shape"), edit=lambda name, d: vae16
           if name == f"{model_dir}/model.safetensors" else d)

    def wide(name, d):
        if name != emb:
            return d
        card = json.loads(d)
        card["config"]["hidden"] = [10**9, 128]
        return json.dumps(card).encode()
    _rezip(good, new("card asking for a 10^9-wide layer"), edit=wide)
    _rezip(good, new("embedded model without weights"), drop={f"{model_dir}/model.safetensors"})
    edits = {
        "newer schema": (("schema",), 99),
        "schema zero": (("schema",), 0),
        "unknown tab": (("tab",), "settings"),
        "unknown shipped model": (("views", "diffusion", "model"), {"shipped": "no-such-model"}),
        "shipped name with a path": (("views", "diffusion", "model"), {"shipped": "../trained/rbm-mnist5k"}),
        "embedded name missing": (("views", "latent", "model"), {"embedded": "nothing-here"}),
        "model ref of another kind": (("views", "latent", "model"), {"downloaded": "x"}),
        "density model in the latent view": (("views", "latent", "model"),
                                             {"shipped": "density-gaussian-8gaussians"}),
        "negative seed": (("views", "diffusion", "seed"), -1),
        "huge batch": (("views", "diffusion", "batch"), 10**12),
        "huge z": (("views", "latent", "z"), [1e300, 0.0]),
        "z of the wrong length": (("views", "latent", "z"), [0.0, 0.0, 0.0]),
        "bookmark of the wrong length": (("views", "latent", "bookmarks", 0, "z"), [1.0]),
        "space w of a VAE": (("views", "latent", "space"), "w"),
        "truncation out of range": (("views", "latent", "truncation"), 7.5),
        "tool tab out of range": (("views", "latent", "tool_tab"), 99),
        "unknown data set": (("views", "density", "data", "name"), "mars"),
        "n_train too small": (("views", "density", "data", "n_train"), 3),
        "unknown family": (("views", "density", "family", "key"), "transformer"),
        "unknown hyperparameter": (("views", "density", "entries", 0, "hyper"), {"nope": 1}),
        "current beyond the scoreboard": (("views", "density", "current"), 5),
        "reversed view range": (("views", "density", "view_range"), [[3.0, -3.0], [-1.0, 1.0]]),
        "view range of the wrong shape": (("views", "density", "view_range"), [[1.0], [2.0]]),
        "label too long": (("views", "density", "entries", 0, "label"), "x" * 5000),
        "negative fit time": (("views", "density", "entries", 0, "fit_time_s"), -1.0),
        "unknown step option": (("views", "diffusion", "options"), {"temperature": 2.0}),
        "step option out of choices": (("views", "diffusion", "options"), {"clamp": "everything"}),
        "kind does not fit the model": (("views", "diffusion", "kind"), "diffusion"),
        "index far beyond": (("views", "diffusion", "index"), 10**9),
        "array name with a path": (("views", "diffusion", "mask"), "arrays/../../etc.npy"),
    }
    for name, (path, value) in edits.items():
        _rezip(good, new(name), doc=_set(path, value))
    _rezip(good, new("drawn points of the wrong shape"), edit=lambda name, d: _npy(np.zeros((5, 3)))
           if name == arrays[0] else d)
    _rezip(good, new("drawn points infinite"), edit=lambda name, d: _npy(np.full((5, 2), np.inf))
           if name.endswith("points.npy") else d)
    _rezip(good, new("mask of the wrong shape"), edit=lambda name, d: _npy(np.ones((3, 3), np.uint8))
           if name.endswith("mask.npy") else d)
    _rezip(good, new("labels out of range"), edit=lambda name, d: _npy(np.full(200, 9, np.int64))
           if name.endswith("labels.npy") else d)
    for path, value in _leaves(doc):
        wrong = _wrong(value)
        if wrong is not None and path[-1] not in ("not_restored",):
            _rezip(good, new(f"wrong type at {'.'.join(map(str, path))}"), doc=_set(path, wrong))
    return cases


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return good_session(tmp_path_factory.mktemp("session") / "good.lexsession")


def test_a_good_session_reads_back(good, tmp_path):
    from explorer.session_schema import read_session

    s = read_session(good, tmp_path / "cache")
    assert s.tab == "latent" and s.not_restored == ["nothing"] and not s.notes
    lat = s.views["latent"]
    assert lat["loaded"].path.parent.parent == tmp_path / "cache"  # embedded, unpacked
    assert np.array_equal(lat["z"], np.array([0.5, -0.25], np.float32))
    dens = s.views["density"]
    assert dens["drawn"].shape == (200, 2) and dens["results"][0].entry.label == "Gaussian"
    st = s.views["diffusion"]
    assert st["options"]["clamp"] == "painted" and st["mask"].shape == (28, 28)
    with zipfile.ZipFile(good) as z:
        names = set(z.namelist())
    assert "models/my-vae/card.json" in names and "session.json" in names
    assert not any("rbm" in n for n in names)  # the shipped model is only referenced


def test_unknown_keys_are_ignored_with_a_note(good, tmp_path):
    from explorer.session_schema import read_session

    path = _rezip(good, tmp_path / "x.lexsession", doc=_set(("views", "latent", "colour"), "red"))
    s = read_session(path, tmp_path / "cache")
    assert any("views.latent.colour" in n for n in s.notes)


def test_every_hostile_file_gives_one_clear_session_error(good, tmp_path):
    from explorer.session import SessionError
    from explorer.session_schema import read_session

    cases = hostile_files(good, tmp_path / "bad")
    assert len(cases) >= 50
    for name, path in cases:
        with pytest.raises(SessionError) as info:
            read_session(path, tmp_path / "cache")
        text = str(info.value)
        assert text and "Traceback" not in text and len(text) < 2000, name
    assert not (tmp_path / "evil.json").exists() and not Path("/etc/evil").exists()


def test_wrong_types_name_the_field(good, tmp_path):
    from explorer.session import SessionError
    from explorer.session_schema import read_session

    path = _rezip(good, tmp_path / "t.lexsession", doc=_set(("views", "diffusion", "seed"), "3"))
    with pytest.raises(SessionError, match=r"views\.diffusion\.seed must be a whole number"):
        read_session(path, tmp_path / "cache")


def test_saving_to_an_unwritable_place_is_a_session_error(tmp_path):
    from explorer.session import SessionError, write_session

    with pytest.raises(SessionError, match="Could not write"):
        write_session(tmp_path / "no" / "dir" / "s.lexsession", "density", {}, [], "0")
