"""Degenerate and huge data: a clear one-line error or a sensible result, never a crash, a
hang or gigabytes of memory. Every input is made here, in tmp_path; the huge ones are small
stand-ins (caps lowered with monkeypatch, header-only bombs, a gzip bomb of 64 MiB)."""

from __future__ import annotations

import gzip
import io
import struct
import time
import tracemalloc
import zipfile
import zlib

import numpy as np
import pytest

from training.data import checks, user, user_images
from training.data.checks import DataError, check_points
from training.data.user import CsvSource, parse_points_csv, read_points_csv
from training.data.user_images import ImageDataError, load_image, load_images
from training.density import (BoxDensity, FactorizedDensity, FlowDensity, FlowTrainer,
                              GaussianDensity, GMMDensity, KDEDensity)

HANG = 60.0  # seconds: a generous ceiling that only catches hangs, not slow machines


def _one_line(e: BaseException) -> str:
    text = str(e)
    assert text and "\n" not in text, repr(text)
    return text


# -- 2D points ------------------------------------------------------------------------------
def _points(name: str) -> np.ndarray:
    rng = np.random.default_rng(0)
    return {
        "one": np.array([[0.3, 0.7]]),
        "two": np.array([[0.0, 0.0], [1.0, 1.0]]),
        "identical": np.tile([0.3, 0.7], (50, 1)),
        "vertical": np.stack([np.full(50, 0.5), np.linspace(0, 1, 50)], 1),
        "spread1e-3": rng.normal(size=(300, 2)) * 1e-3,
        "huge": rng.normal(size=(100, 2)) * 1e300,
        "offset1e15": 1e15 + rng.normal(size=(300, 2)),
        "offset1e15-wide": 1e15 + 1e3 * rng.normal(size=(300, 2)),
        "mix": np.concatenate([rng.normal(size=(300, 2)) * 1e-3, rng.normal(size=(5, 2)) * 1e12]),
    }[name]


REFUSED = {  # data set → what the message must say (every family but the box / flow below)
    "one": "at least",
    "identical": "all 50 points are identical",
    "huge": "overflow",
    "offset1e15": "subtract the offset",
}
class _QuickGMM(GMMDensity):
    def __init__(self) -> None:
        super().__init__(n_components=2)

    def fit(self, x, **kwargs):
        return super().fit(x, **{"max_iter": 25, **kwargs})


FAMILIES = {
    "box": BoxDensity,
    "gaussian": GaussianDensity,
    "gmm": _QuickGMM,
    "kde": KDEDensity,
    "factorized": FactorizedDensity,
}


@pytest.mark.parametrize("data", ["one", "two", "identical", "vertical", "spread1e-3", "huge",
                                  "offset1e15", "offset1e15-wide", "mix"])
@pytest.mark.parametrize("family", list(FAMILIES))
def test_every_family_fits_or_names_the_data_problem(family, data):
    x = _points(data)
    t0 = time.perf_counter()
    expect = REFUSED.get(data)
    if family == "box" and data == "vertical":
        expect = "vertical line (x = 0.5)"
    if expect is not None:
        with pytest.raises(ValueError, match=expect.replace("(", r"\(").replace(")", r"\)")) as e:
            FAMILIES[family]().fit(x)
        _one_line(e.value)
    else:
        model = FAMILIES[family]().fit(x)
        lp = model.log_prob(x)
        assert lp.shape == (len(x),) and np.isfinite(lp).all()
        s = model.sample(200, seed=0)
        assert s.shape == (200, 2) and np.isfinite(s).all()
        if hasattr(model, "log_prob_grid"):
            lo, hi = x.min(0), x.max(0)
            g = model.log_prob_grid(lo[0], hi[0], lo[1], hi[1], 64)
            assert g.shape == (64, 64) and not np.isnan(g).any() and np.isfinite(g).any()
    assert time.perf_counter() - t0 < HANG


def test_offsets_do_not_cancel_and_small_spreads_are_not_swamped_by_the_ridge():
    # the same cloud at the origin, 1e9 away and 1e-3 the size: the same fitted shape
    x = np.random.default_rng(1).normal(size=(200, 2)) * [1.0, 0.5]

    def nll(name, data):
        return FAMILIES[name]().fit(data).nll(data)

    for n in ("gaussian", "gmm", "kde", "factorized"):
        ref = nll(n, x)
        assert nll(n, x + 1e9) == pytest.approx(ref, abs=0.02), n
        # scaled by 1e-3: the NLL drops by exactly 2·log(1000) nats
        assert nll(n, x * 1e-3) == pytest.approx(ref - 2 * np.log(1e3), abs=0.02), n


def test_ordinary_data_is_fitted_exactly_as_before():
    from training.density.gmm import working_frame

    x = np.random.default_rng(2).normal(size=(500, 2)) * 2
    g = GaussianDensity().fit(x)
    d = x - x.mean(0)
    np.testing.assert_array_equal(g.cov, d.T @ d / len(x) + 1e-6 * np.eye(2))  # bitwise
    shift, scale = working_frame(x)
    assert scale == 1.0 and not shift.any()


def test_check_points_messages():
    ok = check_points([[0, 0], [1, 2]])
    assert ok.dtype == np.float64 and ok.shape == (2, 2)
    for x, match in [
        (np.zeros((3, 3)), r"expected \(N, 2\)"),
        ([[0.0, 1.0]], "1 point; at least 2"),
        ([[0, 0], [np.nan, 1], [2, np.inf]], "2 points of 3 hold NaN or infinity .the first is row 2"),
        ([[0, 1e200], [1, 2]], "overflow"),
        (np.tile([1.5, 2.5], (7, 1)), r"all 7 points are identical \(1.5, 2.5\)"),
        (np.array([[0, 0], [1e-120, 0]]), "spread over only"),
        (1e12 + np.arange(20.0).reshape(10, 2), "subtract the offset"),  # float64 is fine …
    ]:
        with pytest.raises(DataError, match=match) as e:
            check_points(x, "mine.csv", precision="float32" if "offset" in match else "float64")
        assert str(e.value).startswith("mine.csv:")
        _one_line(e.value)
    check_points(1e12 + np.arange(20.0).reshape(10, 2))  # … float32 is not
    with pytest.raises(DataError, match=r"lie on a vertical line \(x = 0.5\)"):
        check_points(_points("vertical"), need_2d=True)
    with pytest.raises(DataError, match=r"lie on a line \(y ≈ 2·x \+ 1\)"):
        t = np.linspace(0, 1, 30)
        check_points(np.stack([t, 2 * t + 1], 1), need_2d=True)
    with pytest.raises(DataError, match="the 2 points lie on a line"):
        check_points(_points("two"), need_2d=True)


# -- binned grids: capped in cells whatever the bandwidth or the view -------------------------
@pytest.mark.parametrize("cls", [KDEDensity, FactorizedDensity])
@pytest.mark.parametrize("spread,width,res", [
    (1e-2, 1e-5, 256),   # zoomed in far: the lattice used to follow the bandwidth (3.7 TiB)
    (1e-1, 1e-3, 256),   # 37.8 GiB before
    (1e-3, 8.0, 256),    # kernels far narrower than a pixel
    (1e-2, 0.0, 128),    # a zero-area view
    (1e-2, -0.5, 64),    # a reversed view
    (1.0, 1e6, 512),
    (1e-4, -8.0, 256),   # reversed and far wider than the kernels
])
def test_grids_stay_small_and_finite(cls, spread, width, res):
    x = np.random.default_rng(3).normal(size=(400, 2)) * spread
    model = cls().fit(x)
    c = x[0]
    tracemalloc.start()
    t0 = time.perf_counter()
    g = model.log_prob_grid(c[0] - width / 2, c[0] + width / 2, c[1] - width / 2, c[1] + width / 2, res)
    took = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert g.shape == (res, res) and not np.isnan(g).any() and np.isfinite(g).any()
    assert peak < 300 * 1024**2 and took < HANG


@pytest.mark.parametrize("cls", [KDEDensity, FactorizedDensity])
def test_grid_of_a_view_narrower_than_the_kernels_matches_the_exact_density(cls):
    x = np.random.default_rng(4).normal(size=(300, 2))
    model = cls().fit(x)
    res = 16
    for x0, x1, y0, y1 in [(0.1, 0.1001, -0.2, -0.1999), (0.3, 0.3, 0.0, 0.0)]:
        g = model.log_prob_grid(x0, x1, y0, y1, res)
        xs = x0 + (x1 - x0) * (np.arange(res) + 0.5) / res
        ys = y0 + (y1 - y0) * (np.arange(res) + 0.5) / res
        gx, gy = np.meshgrid(xs, ys)
        exact = model.log_prob(np.stack([gx.ravel(), gy.ravel()], 1)).reshape(res, res)
        assert np.abs(g - exact).max() < 0.03
    with pytest.raises(ValueError, match="finite"):
        model.log_prob_grid(0, np.inf, 0, 1, 8)
    with pytest.raises(ValueError, match="resolution"):
        model.log_prob_grid(0, 1, 0, 1, 10**6)
    # a reversed view is the same grid read backwards
    g = model.log_prob_grid(-2, 2, -1, 1, 32)
    np.testing.assert_allclose(model.log_prob_grid(2, -2, 1, -1, 32), g[::-1, ::-1], atol=1e-9)


def test_kde_with_an_empty_validation_set_is_refused_clearly():
    with pytest.raises(ValueError, match="held-out"):
        KDEDensity(bandwidth="cv").fit(_points("spread1e-3"), x_val=np.zeros((0, 2)))


# -- flow and diffusion: the data is named before training starts -----------------------------
@pytest.mark.parametrize("data,match", [
    ("two", "the 2 points lie on a line"),
    ("identical", "all 50 points are identical"),
    ("vertical", r"vertical line \(x = 0.5\)"),
    ("huge", "overflow"),
    ("offset1e15-wide", "subtract the offset"),  # fine in float64, rounded in float32
])
def test_flow_refuses_degenerate_points_up_front(data, match):
    with pytest.raises(DataError, match=match) as e:
        FlowTrainer(FlowDensity(n_layers=1, hidden=4, bins=4), _points(data), steps=5)
    _one_line(e.value)


def test_flow_trains_on_a_tiny_spread():
    model = FlowDensity(n_layers=1, hidden=8, bins=4)
    x = _points("spread1e-3")
    FlowTrainer(model, x, steps=10, batch_size=64, eval_every=5).run()
    assert np.isfinite(model.log_prob(x)).all() and np.isfinite(model.sample(50)).all()


def test_diffusion_on_points_without_spread_along_one_axis():
    import torch

    from training.diffusion import DiffusionModel
    from training.diffusion.train import DiffusionTrainer

    x = _points("vertical")
    model = DiffusionModel("mlp", (2,), hidden=16, depth=2)
    model.shift = torch.as_tensor(x.mean(0), dtype=torch.float32)
    model.scale = torch.as_tensor(x.std(0), dtype=torch.float32)  # what the CLI sets: (0, 0.29)
    trainer = DiffusionTrainer(model, x, steps=4, batch_size=16, eval_every=2)
    trainer.run()
    assert bool((model.scale > 0).all()) and all(np.isfinite(h[1]) for h in trainer.history)
    assert np.isfinite(model.sample(8, steps=5)).all()
    with pytest.raises(DataError, match="identical"):
        DiffusionTrainer(DiffusionModel("mlp", (2,), hidden=8, depth=1), _points("identical"), steps=1)


# -- CSV --------------------------------------------------------------------------------------
def test_a_single_huge_line_is_refused_after_reading_one_block(tmp_path):
    p = tmp_path / "one-line.csv"
    p.write_bytes(b"1," * 1_500_000 + b"\n")  # 3 MB stand-in for the 100 MB file
    t0 = time.perf_counter()
    with pytest.raises(DataError, match="line 1 is longer than 10,000 characters") as e:
        read_points_csv(p)
    _one_line(e.value)
    assert time.perf_counter() - t0 < HANG
    q = tmp_path / "big-field.csv"
    q.write_text("x,y,label\n1,2," + "a" * 200_000 + "\n3,4,b\n")  # > csv's 128 KiB field limit
    with pytest.raises(DataError, match="line 2 is longer"):
        read_points_csv(q)


def test_many_distinct_labels_are_read_as_unlabeled_quickly(tmp_path):
    p = tmp_path / "labels.csv"
    p.write_text("x,y,label\n" + "".join(f"{i % 97},{i % 89},L{i}\n" for i in range(20_000)))
    t0 = time.perf_counter()
    ps = read_points_csv(p)
    assert time.perf_counter() - t0 < HANG
    assert ps.labels is None and ps.label_names == () and len(ps.x) == 20_000
    assert "20,000 distinct values" in ps.notes[0]
    ps = parse_points_csv("".join(f"{i},{i * 2},{i % 1000}\n" for i in range(3000)))
    assert len(ps.label_names) == 1000 and ps.label_names[:3] == ("0", "1", "2")
    assert [ps.label_names[k] for k in ps.labels[:3]] == ["0", "1", "2"]
    odd = parse_points_csv("1,2,²\n3,4,10\n5,6,9\n7,8," + "9" * 40 + "\n")
    assert odd.label_names[:2] == ("9", "10")


def test_streamed_file_equals_the_parsed_text_at_every_block_boundary(tmp_path, monkeypatch):
    text = ("\ufeff# a comment\nx;y;cls\r\n1;2;a\r\n\r\n3;4;b\r\n  \n5;6;a\r7;8;b\n"
            "# another\n9;10;c\n" + "".join(f"{i};{-i};a\n" for i in range(40)))
    p = tmp_path / "mixed.csv"
    p.write_bytes(text.encode("utf-8"))
    want = parse_points_csv(text.removeprefix("\ufeff"))
    for block in range(3, 80, 7):
        monkeypatch.setattr(user, "_BLOCK_BYTES", block)
        got = read_points_csv(p)
        np.testing.assert_array_equal(got.x, want.x)
        np.testing.assert_array_equal(got.labels, want.labels)
        assert got.label_names == want.label_names == ("a", "b", "c")


def test_errors_after_the_first_block_name_the_right_line(tmp_path, monkeypatch):
    monkeypatch.setattr(user, "_BLOCK_BYTES", 64)
    rows = [f"{i},{i}\n".encode() for i in range(100)]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"".join(rows[:60]) + b"7,\xff\xfe\n" + b"".join(rows[60:]))
    with pytest.raises(DataError, match=r"not a UTF-8 text file \(line 61\)"):
        read_points_csv(bad)
    nan = tmp_path / "nan.csv"
    nan.write_bytes(b"".join(rows[:70]) + b"1,nan\n" + b"".join(rows[70:]))
    with pytest.raises(DataError, match="line 71 holds NaN"):
        read_points_csv(nan)


def test_big_files_are_sampled_uniformly_and_reproducibly(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("x,y\n" + "".join(f"{i},{i % 7}\n" for i in range(50_000)))
    a = read_points_csv(p, max_points=1000, seed=0)
    b = read_points_csv(p, max_points=1000, seed=0)
    c = read_points_csv(p, max_points=1000, seed=1)
    assert a.x.shape == (1000, 2) and "50,000 rows; using a random subsample of 1,000 (seed 0)" in a.notes[0]
    np.testing.assert_array_equal(a.x, b.x)
    assert not np.array_equal(a.x, c.x)
    rows = a.x[:, 0]
    assert np.all(np.diff(rows) > 0)  # file order
    assert rows.min() < 2500 and rows.max() > 47_500 and 20_000 < rows.mean() < 30_000


def test_streaming_a_csv_keeps_memory_bounded(tmp_path):
    block = "".join(f"{i * 0.001:.6f},{-i * 0.002:.6f}\n" for i in range(40_000)).encode()
    p = tmp_path / "big.csv"
    with open(p, "wb") as fh:
        fh.write(b"x,y\n")
        for _ in range(40):
            fh.write(block)  # 33 MB, 1,600,000 rows
    size = p.stat().st_size
    tracemalloc.start()
    t0 = time.perf_counter()
    ps = read_points_csv(p, max_points=5000)
    took = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert ps.x.shape == (5000, 2) and "1,600,000 rows" in ps.notes[0]
    # the whole file in memory would be ≥ 33 MB (6.9 GB for the 1 GiB file before)
    assert peak < 16 * 1024**2 < size, peak
    assert took < HANG


def test_csv_sources_name_the_data_problem(tmp_path):
    ident = tmp_path / "same.csv"
    ident.write_text("x,y\n" + "0.3,0.7\n" * 50)
    with pytest.raises(DataError, match=r"same.csv: all 50 points are identical \(0.3, 0.7\)"):
        CsvSource(ident)
    off = tmp_path / "offset.csv"
    xs = 1e15 + np.random.default_rng(0).normal(size=(100, 2))
    off.write_text("".join(f"{float(a)!r},{float(b)!r}\n" for a, b in xs))
    np.testing.assert_array_equal(read_points_csv(off).x, xs)  # read exactly …
    with pytest.raises(DataError, match="subtract the offset"):  # … refused for a model
        CsvSource(off)


# -- images -----------------------------------------------------------------------------------
def _png_header_only(path, w, h):
    """A PNG that declares w × h grey pixels but holds only a few rows (a bomb is tiny)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    idat = zlib.compress(b"\x00" * (w + 1) * 4)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def test_image_bombs_and_huge_images_are_refused_before_decoding(tmp_path, monkeypatch):
    from PIL import Image

    bomb = tmp_path / "bomb.png"
    _png_header_only(bomb, 20000, 20000)
    with pytest.raises(ImageDataError, match="bomb.png is too large to decode") as e:
        load_image(bomb, (28, 28))
    _one_line(e.value)
    big = tmp_path / "big.png"
    _png_header_only(big, 12000, 12000)
    t0 = time.perf_counter()
    with pytest.raises(ImageDataError, match="12000×12000 pixels .* limit is 25 megapixels"):
        load_image(big, (28, 28))
    assert time.perf_counter() - t0 < 5
    # a JPEG is decoded at 1/8 scale: 2000×2000 counts as 250×250
    Image.fromarray(np.full((2000, 2000), 200, np.uint8)).save(tmp_path / "photo.jpg")
    monkeypatch.setattr(user_images, "MAX_PIXELS", 100_000)
    assert load_image(tmp_path / "photo.jpg", (28, 28)).shape == (28, 28)
    Image.fromarray(np.zeros((400, 400), np.uint8)).save(tmp_path / "flat.png")
    with pytest.raises(ImageDataError, match="400×400 pixels"):
        load_image(tmp_path / "flat.png", (28, 28))


def test_sixteen_bit_images_keep_their_grey_levels(tmp_path):
    from PIL import Image

    a = np.linspace(0, 65535, 64 * 64).reshape(64, 64).astype(np.uint16)
    Image.fromarray(a).save(tmp_path / "deep.png")
    img = load_image(tmp_path / "deep.png", (64, 64))
    assert len(np.unique(img)) > 200 and img.min() == 0.0 and img.max() == 1.0


def test_a_folder_mixing_image_modes(tmp_path):
    from PIL import Image

    base = np.zeros((40, 40), np.uint8)
    base[10:30, 15:25] = 200
    im = Image.fromarray(base)
    im.convert("1").save(tmp_path / "a.png")
    im.save(tmp_path / "b.png")
    im.convert("LA").save(tmp_path / "c.png")
    im.convert("P").save(tmp_path / "d.png")
    im.convert("RGB").save(tmp_path / "e.jpg")
    im.convert("RGBA").save(tmp_path / "f.png")
    Image.fromarray(base.astype(np.uint16) * 250).save(tmp_path / "g.png")
    Image.fromarray(base.astype(np.int32) * 100_000, mode="I").save(tmp_path / "h.tif")
    Image.fromarray(base.astype(np.float32) / 7, mode="F").save(tmp_path / "i.tif")
    im.convert("CMYK").save(tmp_path / "j.tif")
    nan = base.astype(np.float32)
    nan[0, 0] = np.nan
    Image.fromarray(nan, mode="F").save(tmp_path / "k.tif")
    x, y, rep = load_images(tmp_path, (28, 28))
    assert x.shape == (10, 28, 28) and x.dtype == np.float32 and y is None
    assert 0 <= x.min() and x.max() <= 1 and np.isfinite(x).all()
    assert rep.skipped == [("k.tif", "holds NaN or infinite values.")]


def test_a_folder_of_many_images_is_subsampled_with_a_note(tmp_path):
    from PIL import Image

    for i in range(30):
        a = np.zeros((8, 8), np.uint8)
        a.flat[i] = 255  # every image different
        Image.fromarray(a).save(tmp_path / f"{i:02d}.png")
    x, _, rep = load_images(tmp_path, (8, 8), limit=10)
    x2, _, _ = load_images(tmp_path, (8, 8), limit=10)
    x3, _, _ = load_images(tmp_path, (8, 8), limit=10, seed=1)
    assert x.shape == (10, 8, 8) and "30 image files; a random sample of 10 was used (seed 0)" in rep.summary()
    np.testing.assert_array_equal(x, x2)
    assert not np.array_equal(x, x3)


def test_folder_names_are_the_class_names_and_small_sets_split_sensibly(tmp_path):
    from PIL import Image

    from training.data.images import user_image_splits, validation_split

    base = np.zeros((12, 12), np.uint8)
    base[3:9, 4:8] = 255
    for i in range(20):  # 10 classes of 2: every class rounds to 0 held-out images
        d = tmp_path / "ten" / f"kind-{i % 10}"
        d.mkdir(parents=True, exist_ok=True)
        Image.fromarray(np.roll(base, i, 1)).save(d / f"{i}.png")
    sp = user_image_splits(str(tmp_path / "ten"), (12, 12))
    assert sp.class_names == tuple(f"kind-{i}" for i in range(10))
    assert len(sp.x_test) >= 1 and len(sp.x_train) + len(sp.x_test) == 20
    _, _, x_val, _ = validation_split(sp.x_train, sp.y_train, 0.1, 0)
    assert len(x_val) >= 1
    for i in range(12):
        d = tmp_path / "twelve" / ("cats" if i % 2 else "dogs")
        d.mkdir(parents=True, exist_ok=True)
        Image.fromarray(np.roll(base, i, 1)).save(d / f"{i}.png")
    x, y, rep = load_images(tmp_path / "twelve", (12, 12))
    assert rep.class_names == ("cats", "dogs") and sorted(set(y.tolist())) == [0, 1]
    with pytest.raises(ImageDataError, match="12 usable images; training needs at least 20"):
        user_image_splits(str(tmp_path / "twelve"), (12, 12))


def _idx_header(n, h, w):
    return b"\x00\x00\x08\x03" + struct.pack(">III", n, h, w)


def test_idx_files_declaring_too_much(tmp_path, monkeypatch):
    p = tmp_path / "huge-images-idx3-ubyte"
    p.write_bytes(_idx_header(1, 100_000, 100_000) + b"\x00" * 64)
    with pytest.raises(ImageDataError, match="declares images of 100,000×100,000 pixels") as e:
        load_images(p)
    _one_line(e.value)
    q = tmp_path / "few-images-idx3-ubyte"
    q.write_bytes(_idx_header(2**31, 4, 4) + bytes(range(48)))  # declares 2^31, holds 3
    x, _, rep = load_images(q, (4, 4))
    assert x.shape == (3, 4, 4) and "file truncated" in rep.summary()
    # a gzip bomb: 64 MiB of zeros (about 64 KB compressed) behind a header of 10^7 images
    bomb = tmp_path / "bomb-images-idx3-ubyte.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as fh:
        fh.write(_idx_header(10_000_000, 28, 28))
        zeros = bytes(1 << 20)
        for _ in range(64):
            fh.write(zeros)
    assert bomb.stat().st_size < 1 << 20
    monkeypatch.setattr(user_images, "MAX_ARRAY_BYTES", 2 * 1024**2)
    tracemalloc.start()
    x, _, rep = load_images(bomb, (28, 28))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    n = 2 * 1024**2 // 784
    assert x.shape == (n, 28, 28) and f"declares 10,000,000 images; the first {n:,} were used" in rep.summary()
    assert peak < 32 * 1024**2, peak


def _npz_member(path, name, shape, dtype="<f4", body=b""):
    from numpy.lib import format as npf

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open(name + ".npy", "w", force_zip64=True) as fh:
            npf.write_array_header_1_0(fh, {"descr": dtype, "fortran_order": False, "shape": shape})
            fh.write(body)


def test_npz_files_declaring_too_much_or_not_npz_at_all(tmp_path, monkeypatch):
    big = tmp_path / "big.npz"  # declares 4 GiB of float32 images, holds 2 MiB
    _npz_member(big, "x", (65536, 128, 128), body=bytes(2 * 1024**2))
    t0 = time.perf_counter()
    x, _, rep = load_images(big, (28, 28))
    assert x.shape == (32, 28, 28) and "file truncated" in rep.summary()
    monkeypatch.setattr(user_images, "MAX_ARRAY_BYTES", 1024**2)
    x, _, rep = load_images(big, (28, 28))
    assert x.shape == (16, 28, 28) and "holds 65,536 images; the first 16 were used" in rep.summary()
    assert time.perf_counter() - t0 < HANG
    huge = tmp_path / "huge.npz"
    _npz_member(huge, "images", (2, 10_000, 10_000), "|u1")
    with pytest.raises(ImageDataError, match="10000×10000 pixels"):
        load_images(huge)
    (tmp_path / "text.npz").write_text("not a zip\n")
    (tmp_path / "empty.npz").write_bytes(b"")
    good = io.BytesIO()
    np.savez_compressed(good, x=np.random.default_rng(0).integers(0, 255, (50, 28, 28)))
    data = bytearray(good.getvalue())
    data[200:260] = bytes(60)  # damage the compressed stream, keep the zip directory
    (tmp_path / "damaged.npz").write_bytes(bytes(data))
    (tmp_path / "cut.npz").write_bytes(bytes(data[: len(data) // 2]))
    for name, match in [("text.npz", "not a zip archive"), ("empty.npz", "not a zip archive"),
                        ("cut.npz", "not a zip archive"), ("damaged.npz", "not a readable .npz")]:
        with pytest.raises(ImageDataError, match=match) as e:
            load_images(tmp_path / name)
        _one_line(e.value)
    obj = tmp_path / "obj.npz"
    _npz_member(obj, "x", (3, 4, 4), "|O")
    with pytest.raises(ImageDataError, match="not numeric"):
        load_images(obj)
    # an .npy saved under an .npz name is one image array; labels keep their values as names
    np.save(tmp_path / "plain.npy", np.zeros((4, 6, 6), np.uint8))
    (tmp_path / "plain.npy").rename(tmp_path / "plain.npz")
    assert load_images(tmp_path / "plain.npz", (6, 6))[0].shape == (4, 6, 6)
    buf = io.BytesIO()
    np.savez_compressed(buf, x=np.random.default_rng(0).integers(0, 255, (6, 6, 6)),
                        y=np.array([3, 7, 3, 7, 7, 3]))
    (tmp_path / "lab.npz").write_bytes(buf.getvalue())
    _, y, rep = load_images(tmp_path / "lab.npz", (6, 6))
    assert rep.class_names == ("3", "7") and y.tolist() == [0, 1, 0, 1, 1, 0]


# -- the CLI: one line on stderr and exit status 2 --------------------------------------------
def test_cli_turns_hostile_data_into_one_line_and_exit_2(tmp_path, capsys):
    from training import cli

    same = tmp_path / "same.csv"
    same.write_text("x,y\n" + "0.3,0.7\n" * 50)
    line = tmp_path / "line.csv"
    line.write_text("x,y\n" + "".join(f"0.5,{t}\n" for t in np.linspace(0, 1, 50)))
    long = tmp_path / "long.csv"
    long.write_bytes(b"1," * 600_000 + b"\n")
    (tmp_path / "text.npz").write_text("not a zip\n")
    idx = tmp_path / "huge-images-idx3-ubyte"
    idx.write_bytes(_idx_header(1, 100_000, 100_000))
    cases = [
        (["density", "--family", "kde", "--data", str(same)], "all 50 points are identical"),
        (["density", "--family", "flow", "--data", str(line)], "vertical line"),
        (["density", "--data", str(long)], "line 1 is longer"),
        (["latent", "--family", "pca", "--data", str(tmp_path / "text.npz")], "not a zip archive"),
        (["diffusion", "--data", str(idx)], "megapixels"),
    ]
    for args, match in cases:
        t0 = time.perf_counter()
        code = cli.main(["train", *args, "--out", str(tmp_path / "out"), "--threads", "1"])
        err = capsys.readouterr().err.strip()
        assert code == 2, (args, err)
        assert err.startswith("error: ") and "\n" not in err and match in err, err
        assert time.perf_counter() - t0 < HANG
    assert not (tmp_path / "out").exists()


def test_checks_module_has_no_qt_and_no_torch_at_import():
    import subprocess
    import sys

    code = ("import sys, training.data.checks; "
            "print(any(m.startswith(('PySide6', 'torch')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG)
    assert out.stdout.strip() == "False", out.stderr
    assert checks.DataError is user.DataError
