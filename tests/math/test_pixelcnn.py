"""PixelCNN (training/autoregressive_images/): masks tested the way they break (autograd on
tiny 8×8 nets, every output position), the plain network's blind spot against the gated one's
full view, the exact NLL, the step sampler, the artifact round trip and the recipe."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from torch.nn import functional as F

import training
from training.autoregressive_images.model import HEAT_MAPS, STARTS, PixelCNN
from training.autoregressive_images.nets import rows_of_context
from training.capabilities import can_step, places

H = W = 8


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    """Tiny convolutions: one thread is faster, and far faster on a busy machine."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def _tiny(arch: str, layers: int = 4, seed: int = 0, shape=(H, W), channels: int = 4):
    m = PixelCNN(arch, channels=channels, layers=layers, first_kernel=5, image_shape=shape,
                 seed=seed)
    with torch.no_grad():  # biases and weights away from zero so no path is silent by chance
        for p in m.net.parameters():
            p.add_(0.3 * torch.randn(p.shape, generator=torch.Generator().manual_seed(1)))
    return m


def _jacobian_support(m: PixelCNN) -> np.ndarray:
    """[H·W outputs, H·W inputs]: True where ∂ℓ_i/∂x_j ≠ 0 (several random inputs)."""
    n = H * W
    support = np.zeros((n, n), bool)
    for s in range(3):
        x = (torch.rand(1, 1, H, W, generator=torch.Generator().manual_seed(s)) < 0.5).float()
        jac = torch.autograd.functional.jacobian(lambda t: m.net(t).reshape(-1), x,
                                                 vectorize=True)
        support |= (jac.reshape(n, n) != 0).numpy()
    return support


@pytest.mark.parametrize("arch", ["plain", "gated"])
def test_no_output_sees_itself_or_the_future(arch):
    support = _jacobian_support(_tiny(arch))
    i, j = np.indices(support.shape)
    assert not support[j >= i].any(), "an output depends on its own pixel or a later one"


def test_plain_has_a_blind_spot_and_gated_sees_every_earlier_pixel():
    plain = _jacobian_support(_tiny("plain", layers=6))
    gated = _jacobian_support(_tiny("gated", layers=6))
    i, j = np.indices(plain.shape)
    earlier = j < i
    # the gated net (6 layers, first kernel 5: 2 + 5 + 1 rows up, 2 + 5 columns left and
    # right) sees every earlier pixel of an 8×8 image from every position
    missing = earlier & ~gated
    assert not missing.any(), f"gated misses {missing.sum()} earlier pixels"
    blind = earlier & ~plain
    assert blind.any()
    # the receptive field the view draws is that support: zero on the blind spot
    out, pix = np.argwhere(blind)[0]
    (r, c), (br, bc) = divmod(int(out), W), divmod(int(pix), W)
    assert br < r  # the blind spot lies in the rows above
    rf = _tiny("plain", layers=6).receptive_field(r, c)
    assert rf.shape == (H, W) and rf.max() == 1 and rf[br, bc] == 0
    assert _tiny("gated", layers=6).receptive_field(r, c)[br, bc] > 0


@pytest.mark.parametrize("arch", ["plain", "gated"])
def test_nll_is_the_sum_of_bernoulli_log_likelihoods(arch):
    m = _tiny(arch)
    x = (np.random.default_rng(0).random((5, H, W)) < 0.4).astype(np.float32)
    p = 1 / (1 + np.exp(-m.logits(x).astype(np.float64)))
    by_hand = -(x * np.log(p) + (1 - x) * np.log1p(-p)).sum((1, 2))
    np.testing.assert_allclose(m.nll(x), by_hand, rtol=1e-4)
    # a normalised distribution: on a 2×2 image the 16 probabilities sum to 1
    small = _tiny(arch, shape=(2, 2))
    every = np.array([[(k >> b) & 1 for b in range(4)] for k in range(16)],
                     np.float32).reshape(16, 2, 2)
    assert math.isclose(np.exp(-small.nll(every)).sum(), 1.0, rel_tol=1e-5)


@pytest.mark.parametrize("arch", ["plain", "gated"])
def test_row_cache_gives_the_logits_of_a_full_pass(arch):
    m = _tiny(arch, shape=(12, 6))
    x = (torch.rand(3, 1, 12, 6, generator=torch.Generator().manual_seed(0)) < 0.5).float()
    reach = rows_of_context(arch, m.layers, m.first_kernel)
    full = m.net(x)
    for r in range(12):
        r0 = max(0, r - reach)
        torch.testing.assert_close(m.net(x[:, :, r0:r + 1])[:, :, -1], full[:, :, r])


def test_gated_row_sampler_matches_the_full_pass():
    """The vertical stack cached once per row + the horizontal stack on one row give the
    full pass's logits of that row, whatever the pixels of the row and below hold."""
    m = _tiny("gated", shape=(10, 7))
    g = torch.Generator().manual_seed(1)
    x = (torch.rand(3, 1, 10, 7, generator=g) < 0.5).float()
    with torch.no_grad():
        for r in range(10):
            full, cache = m.net.forward_with_row_cache(x, r)
            torch.testing.assert_close(full, m.net(x))
            y = x.clone()
            y[:, :, r] = (torch.rand(3, 1, 7, generator=g) < 0.5).float()  # the row changes
            torch.testing.assert_close(m.net.row_logits(y[:, :, r:r + 1], cache),
                                       m.net(y)[:, 0, r], atol=1e-5, rtol=1e-5)


def test_vertical_cache_on_a_band_equals_the_full_pass_cache():
    m = _tiny("gated", shape=(12, 5))
    x = (torch.rand(2, 1, 12, 5, generator=torch.Generator().manual_seed(2)) < 0.5).float()
    reach = rows_of_context("gated", m.layers, m.first_kernel)
    with torch.no_grad():
        for r in range(12):
            _, full = m.net.forward_with_row_cache(x, r)
            band = m.net.vertical_cache(x, r, reach)
            for a, b in zip(band, full):
                torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-5)


def test_sample_draws_the_images_of_iter_steps():
    m = _tiny("gated", shape=(8, 6))
    last = list(m.iter_steps(3, seed=4))[-1].panels["image so far"]
    np.testing.assert_array_equal(m.sample(3, seed=4), last)


def test_fast_and_exact_samplers_draw_the_same_images():
    from training.autoregressive_images.model import HEAT_MAPS

    m = _tiny("gated", shape=(8, 6))
    fast = list(m.iter_steps(2, seed=3))[-1].panels["image so far"]
    exact = list(m.iter_steps(2, seed=3, heat_map=HEAT_MAPS[1]))[-1].panels["image so far"]
    np.testing.assert_array_equal(fast, exact)


def test_iter_steps_empty_start():
    m = _tiny("gated", shape=(28, 28), layers=2)
    assert can_step(m) and places(m)[0] == "diffusion"
    steps = list(m.iter_steps(3, seed=1))
    assert len(steps) == 784 and steps[-1].index == 783 and steps[0].total == 784
    img = steps[-1].panels["image so far"]
    assert img.shape == (3, 28, 28) and set(np.unique(img)) <= {0.0, 1.0}
    heat = steps[0].panels["p(next pixel = 1)"]
    assert np.isfinite(heat).all() and ((heat >= 0) & (heat <= 1)).all()
    assert np.isnan(steps[-1].panels["p(next pixel = 1)"][:, :-1]).all()
    assert steps[10].info["pixel"] == (0, 10)
    # the same seed, the same samples; the exact heat map draws the same pixels
    again = m.sample(3, seed=1)
    np.testing.assert_array_equal(again, img)
    exact = list(m.iter_steps(3, seed=1, heat_map=HEAT_MAPS[1]))[-1].panels["image so far"]
    np.testing.assert_array_equal(exact, img)


def test_iter_steps_keeps_the_clamped_top_half(monkeypatch):
    m = _tiny("plain", shape=(28, 28), layers=2)
    digits = (np.random.default_rng(3).random((10, 28, 28)) < 0.3).astype(np.float32)
    monkeypatch.setattr(m, "test_digits", lambda: digits)
    steps = list(m.iter_steps(2, seed=0, start=STARTS[1], test_digit=4))
    assert len(steps) == 392 and steps[0].info["pixel"] == (14, 0)
    first, last = steps[0].panels["image so far"], steps[-1].panels["image so far"]
    np.testing.assert_array_equal(first[:, :14], digits[4:6, :14])  # binary already
    np.testing.assert_array_equal(last[:, :14], digits[4:6, :14])
    assert set(np.unique(last)) <= {0.0, 1.0}
    mask = np.zeros((28, 28), bool)
    mask[::2] = True
    known = np.ones((1, 28, 28), np.float32)
    out = list(m.iter_steps(1, seed=0, mask=mask, known=known))
    assert len(out) == 392 and (out[-1].panels["image so far"][0][mask] == 1).all()


def test_artifact_round_trip(tmp_path):
    m = _tiny("gated")
    card = {"data": {"name": "test"}, "training": {}, "metrics": {"test_nll_nats": 1.0},
            "created_by": "test"}
    training.save(m, tmp_path / "pcnn", card)
    back = training.load(tmp_path / "pcnn")
    assert isinstance(back, PixelCNN) and back.config() == m.config()
    x = (np.random.default_rng(0).random((4, H, W)) < 0.5).astype(np.float32)
    np.testing.assert_allclose(back.nll(x), m.nll(x), rtol=1e-6)
    assert PixelCNN.expected_shapes(m.config()) == {
        k: tuple(v.shape) for k, v in m.get_tensors().items()}
    with pytest.raises(ValueError):
        PixelCNN.expected_shapes({**m.config(), "channels": 10**9})


def test_trainer_lowers_the_nll_and_resumes():
    from training.autoregressive_images.train import PixelCNNTrainer

    rng = np.random.default_rng(0)
    x = np.zeros((256, H, W), np.float32)
    x[:, 2:6, 3:5] = 0.9  # a bar: easy to learn
    x += 0.05 * rng.random(x.shape).astype(np.float32)
    m = PixelCNN("gated", 8, 2, 3, (H, W))
    tr = PixelCNNTrainer(m, x, x[:16], epochs=6, batch_size=16, lr=1e-2)
    tr.step(3)
    state = tr.state()
    tr.step(3)
    assert tr.done and tr.history[-1][2] < 0.8 * tr.history[0][2]
    m2 = PixelCNN("gated", 8, 2, 3, (H, W))
    tr2 = PixelCNNTrainer(m2, x, x[:16], epochs=6, batch_size=16, lr=1e-2)
    tr2.load_state(*state)
    tr2.step(3)
    np.testing.assert_allclose(tr2.history[-1], tr.history[-1], rtol=1e-5)


def test_recipe_command_round_trips():
    from training.recipes import RECIPES, recipe_from_command

    r = RECIPES["pixelcnn"](arch="plain", layers=7, epochs=20)
    assert recipe_from_command(r.command()).command() == r.command()
    assert r.resolved().out == "trained/pixelcnn-plain-mnist5k"
