"""Latent models: shapes and ranges, training lowers the loss, artifacts round-trip,
latent statistics, interpolation, the shapes generator and user image sources."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest

import training
from explorer.state.latent import interpolate, slerp
from training.data.shapes import FACTOR_LEVELS, make_shapes, render
from training.data.user_images import ImageDataError, load_image, load_images
from training.latent import PPCA, VAE, latent_statistics, train_vae


def _card(name="mnist5k", **extra):
    return {"data": {"name": name}, "training": {"recipe": "test"}, "metrics": {},
            "created_by": "tests", **extra}


@pytest.fixture(scope="module")
def small_images():
    rng = np.random.default_rng(0)
    return make_shapes(600, seed=1, size=16).images, rng


def test_vae_encode_decode_shapes_and_ranges(small_images):
    x, _ = small_images
    m = VAE((16, 16), latent_dim=3, hidden=(32,), seed=0)
    z = m.encode(x[:5])
    assert z.shape == (5, 3)
    out = m.decode(z)
    assert out.shape == (5, 16, 16) and out.min() >= 0 and out.max() <= 1
    with pytest.raises(ValueError, match="takes images"):
        m.encode(np.zeros((2, 8, 8)))


def test_elbo_improves_with_a_few_epochs_and_ae_has_no_kl(small_images):
    x, _ = small_images
    m = VAE((16, 16), latent_dim=4, hidden=(64,), seed=0)
    before = m.elbo(x[500:])["elbo"]
    res = train_vae(m, x[:500], x[500:], epochs=8, batch_size=64, lr=3e-3, patience=20)
    after = m.elbo(x[500:])["elbo"]
    assert after > before + 20  # nats per image
    assert res["history"][-1][1] < res["history"][0][1]
    ae = VAE((16, 16), latent_dim=4, hidden=(64,), variational=False, seed=0)
    train_vae(ae, x[:500], x[500:], epochs=3, batch_size=64)
    assert ae.elbo(x[:10])["kl"] == 0.0
    assert np.allclose(ae.kl_per_dim(x[:10]), 0)


def test_vae_artifact_round_trip_identical_decodes(tmp_path, small_images):
    x, _ = small_images
    m = VAE((16, 16), latent_dim=2, hidden=(32, 16), seed=3)
    training.save(m, tmp_path / "v", _card("shapes"))
    back = training.load(tmp_path / "v")
    z = np.random.default_rng(0).normal(size=(7, 2)).astype(np.float32)
    assert np.array_equal(back.decode(z), m.decode(z))
    assert np.array_equal(back.encode(x[:4]), m.encode(x[:4]))


def test_ppca_matches_theory(tmp_path, small_images):
    x, _ = small_images
    p = PPCA((16, 16), latent_dim=5).fit(x)
    # W columns are orthogonal; the posterior-mean encoder inverts the decoder on its range
    wtw = p.W.T @ p.W
    assert np.allclose(wtw, np.diag(np.diag(wtw)), atol=1e-3 * wtw.max())
    z = np.random.default_rng(0).normal(size=(3, 5)).astype(np.float32)
    xs = (z @ p.W.T + p.mu).reshape(3, 16, 16)
    m = p.W.T @ p.W + p.sigma2[0] * np.eye(5)
    shrink = np.linalg.solve(m, p.W.T @ p.W)  # E[z | x = Wz + μ] = M⁻¹WᵀW z
    assert np.allclose(p.encode(xs), z @ shrink.T, atol=1e-3)
    # more components never explain less; log-likelihood is finite and better than 1 component
    assert PPCA((16, 16), 1).fit(x).log_likelihood(x) < p.log_likelihood(x)
    training.save(p, tmp_path / "p", _card("shapes"))
    assert np.allclose(training.load(tmp_path / "p").decode(z), p.decode(z))


def test_latent_statistics():
    z = np.random.default_rng(0).normal(size=(4000, 3))
    s = latent_statistics(z, kl_per_dim=np.array([1.0, 0.0, 2.0]))
    assert np.allclose(s["mean"], 0, atol=0.05) and np.allclose(s["std"], 1, atol=0.05)
    assert len(s["hist"]) == 3 and len(s["hist"][0]) == s["hist_edges"][2]
    assert sum(s["hist"][0]) == 4000 and s["kl"] == [1.0, 0.0, 2.0]


def test_interpolation_linear_and_spherical():
    a, b = np.array([1.0, 0, 0]), np.array([0, 2.0, 0])
    lin = interpolate(a, b, 5)
    assert np.allclose(lin[0], a) and np.allclose(lin[-1], b) and np.allclose(lin[2], (a + b) / 2)
    sl = interpolate(a, b, 5, "slerp")
    assert np.allclose(sl[0], a) and np.allclose(sl[-1], b)
    # slerp between equal-norm vectors keeps the norm (the straight line dips)
    c = np.array([0, 1.0, 0])
    assert np.isclose(np.linalg.norm(slerp(a, c, 0.5)), 1.0)
    assert np.linalg.norm(interpolate(a, c, 3)[1]) < 0.75


def test_shapes_generator_is_seeded_and_follows_its_factors():
    s1, s2 = make_shapes(20, seed=4), make_shapes(20, seed=4)
    assert np.array_equal(s1.images, s2.images)
    assert set(np.unique(s1.images)) <= {0.0, 1.0}
    small = render(0, 0.5, 0, 0.5, 0.5).sum()
    big = render(0, 1.0, 0, 0.5, 0.5).sum()
    assert big > 3 * small  # area ∝ scale²
    left = render(1, 0.7, 0, 0.0, 0.5)
    right = render(1, 0.7, 0, 1.0, 0.5)
    cols = np.arange(32)
    assert (left.sum(0) * cols).sum() / left.sum() < (right.sum(0) * cols).sum() / right.sum()
    assert len(FACTOR_LEVELS["rotation"]) == 40


def test_user_images_folder_npz_idx_and_errors(tmp_path):
    from PIL import Image

    folder = tmp_path / "imgs"
    folder.mkdir()
    for i in range(3):  # dark digit on a light background: gets inverted
        a = np.full((40, 30), 230, np.uint8)
        a[10:30, 12:18] = 20
        Image.fromarray(a).save(folder / f"{i}.png")
    (folder / "notes.txt").write_text("hello")
    (folder / "broken.png").write_bytes(b"not a png")
    x, y, rep = load_images(folder, (28, 28))
    assert x.shape == (3, 28, 28) and 0 <= x.min() and x.max() <= 1
    assert x[:, 0, 0].max() < 0.1  # background made dark
    assert len(rep.skipped) == 2 and "2 skipped" in rep.summary()
    np.savez(tmp_path / "a.npz", images=np.random.default_rng(0).integers(0, 255, (5, 28, 28)),
             labels=np.arange(5))
    x, y, _ = load_images(tmp_path / "a.npz", (28, 28))
    assert x.shape == (5, 28, 28) and list(y) == [0, 1, 2, 3, 4]
    raw = np.random.default_rng(1).integers(0, 255, (4, 28, 28), dtype=np.uint8)
    with gzip.open(tmp_path / "t-images-idx3-ubyte.gz", "wb") as fh:
        fh.write(b"\x00\x00\x08\x03" + struct.pack(">III", 4, 28, 28) + raw.tobytes())
    x, _, _ = load_images(tmp_path / "t-images-idx3-ubyte.gz", (28, 28))
    assert x.shape == (4, 28, 28)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImageDataError, match="no usable image"):
        load_images(empty)
    (tmp_path / "bad-idx1-ubyte").write_bytes(b"\x00\x00\x08\x01" + b"\x00" * 8)
    with pytest.raises(ImageDataError, match="1-D"):
        load_images(tmp_path / "bad-idx1-ubyte")
    np.savez(tmp_path / "b.npz", w=np.zeros(3))
    with pytest.raises(ImageDataError, match="no image array"):
        load_images(tmp_path / "b.npz")
    (tmp_path / "x.csv").write_text("1,2")
    with pytest.raises(ImageDataError, match="choose a folder"):
        load_images(tmp_path / "x.csv")
    with pytest.raises(ImageDataError, match="not an image"):
        load_image(folder / "broken.png", (28, 28))


def test_shipped_latent_cards_record_statistics_and_quality():
    found = {p.name: c for p, c in training.discover(training.artifacts.default_trained_dir())
             if c["kind"] == "latent"}
    for name in ("latent-vae2-mnist5k", "latent-vae16-mnist5k", "latent-ae2-mnist5k",
                 "latent-pca16-mnist5k", "latent-vae8-shapes", "latent-vae2-digits8"):
        card = found[name]
        stats = card["latent_stats"]
        d = card["config"]["latent_dim"]
        assert len(stats["mean"]) == d and len(stats["hist"]) == d
        assert card["metrics"]["test_mse"] > 0
    assert found["latent-vae16-mnist5k"]["metrics"]["test_mse"] < \
        found["latent-vae2-mnist5k"]["metrics"]["test_mse"]
    assert set(found["latent-vae8-shapes"]["factor_correlation"]) == set(FACTOR_LEVELS)
