"""Toy data generators and the closed-form density families (no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from training.data import dataset_names, get_dataset, get_source
from training.density import BoxDensity, GaussianDensity


TOY = [n for n in dataset_names() if n != "world-cities"]


@pytest.mark.parametrize("name", TOY)
def test_toy_sets_are_reproducible_by_seed(name):
    a = get_dataset(name, 1000, seed=7)
    b = get_dataset(name, 1000, seed=7)
    c = get_dataset(name, 1000, seed=8)
    assert a.shape == (1000, 2) and a.dtype == np.float64
    assert np.isfinite(a).all()
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)
    x, y = get_source(name).sample(1000, seed=7)
    assert y.shape == (1000,) and len(np.unique(y)) == len(get_source(name).label_names)


def test_unknown_data_set_lists_known_ones():
    with pytest.raises(KeyError, match="8gaussians.*checkerboard"):
        get_dataset("nope")


def test_world_cities():
    from training.data.cities import is_land

    x, y = get_source("world-cities").sample(None)
    assert x.shape == (562, 2)
    assert (np.abs(x[:, 0]) <= 180).all() and (np.abs(x[:, 1]) <= 90).all()
    assert is_land(x).all()  # coast-tolerant mask: every big city is on land
    assert set(np.unique(y)) <= set(range(7)) and len(np.unique(y)) == 6
    # open sea points are sea, the middle of continents land
    sea = np.array([[-30.0, 0.0], [-150.0, -30.0], [80.0, -20.0]])
    land = np.array([[20.0, 10.0], [-100.0, 40.0], [100.0, 60.0], [135.0, -25.0]])
    assert not is_land(sea).any() and is_land(land).all()
    assert not is_land(np.array([[200.0, 0.0], [np.nan, 0.0]])).any()
    sub = get_dataset("world-cities", 100, seed=1)
    assert sub.shape == (100, 2)
    np.testing.assert_array_equal(sub, get_dataset("world-cities", 100, seed=1))
    assert len(get_dataset("world-cities", None, min_population=100_000)) > 3000
    with pytest.raises(ValueError, match="at least 15,000"):
        get_dataset("world-cities", None, min_population=10)


def test_splits_are_seeded_and_disjoint():
    from training.data import make_splits

    a = make_splits("world-cities", seed=3)
    b = make_splits("world-cities", seed=3)
    np.testing.assert_array_equal(a.test, b.test)
    assert len(a.train) + len(a.val) + len(a.test) == 562
    allpts = np.concatenate([a.train, a.val, a.test])
    assert len(np.unique(allpts, axis=0)) == len(np.unique(get_dataset("world-cities", None), axis=0))
    t = make_splits("moons", seed=0, n_train=100, n_val=50, n_test=70)
    assert (len(t.train), len(t.val), len(t.test)) == (100, 50, 70)
    np.testing.assert_array_equal(t.test, get_dataset("moons", 70, seed=1))


def _integral(log_prob, lim=8.0, res=801):
    xs = np.linspace(-lim, lim, res)
    gx, gy = np.meshgrid(xs, xs)
    p = np.exp(log_prob(np.stack([gx.ravel(), gy.ravel()], 1)))
    return p.sum() * (xs[1] - xs[0]) ** 2


@pytest.mark.parametrize("name", ["8gaussians", "checkerboard", "moons", "circles", "rings",
                                  "swissroll", "2spirals"])
def test_true_densities_integrate_to_one(name):
    # quadrature densities are costly: a grid with spacing below the noise scale suffices
    res = {"2spirals": 121, "rings": 241}.get(name, 161)
    lim = 5.0 if name == "2spirals" else 6.0
    assert _integral(get_source(name).true_log_prob, lim=lim, res=res) == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize("name", ["8gaussians", "moons", "circles"])
def test_tabulated_entropy_matches_a_fresh_estimate(name):
    src = get_source(name)
    assert src.mc_entropy(n=20_000, seed=99) == pytest.approx(src.entropy(), abs=0.03)


def test_true_density_agrees_with_a_histogram_of_samples():
    src = get_source("moons")
    x, _ = src.sample(200_000, seed=9)
    probe, _ = src.sample(30, seed=3)
    h = 0.2
    counts = np.array([np.sum((np.abs(x - p) < h / 2).all(1)) for p in probe])
    emp = counts / len(x) / h**2
    true = np.exp(src.true_log_prob(probe))
    ok = counts > 200
    assert ok.sum() > 15
    np.testing.assert_allclose(emp[ok], true[ok], rtol=0.2)


def test_exact_entropies():
    assert get_source("checkerboard").entropy() == pytest.approx(math.log(32))
    assert get_source("pinwheel").entropy() is None


def test_checkerboard_samples_have_positive_true_density():
    src = get_source("checkerboard")
    x, _ = src.sample(5000, seed=0)
    assert np.isfinite(src.true_log_prob(x)).all()


def test_box_mle_is_bounding_box():
    x = get_dataset("moons", 2000, seed=0)
    box = BoxDensity().fit(x)
    np.testing.assert_array_equal(box.lo, x.min(0))
    np.testing.assert_array_equal(box.hi, x.max(0))
    assert box.n_params == 4
    assert _integral(box.log_prob) == pytest.approx(1.0, abs=0.01)
    outside = np.array([[box.hi[0] + 1, 0.0]])
    assert box.log_prob(outside)[0] == -np.inf
    assert box.nll(np.vstack([x[:5], outside])) == math.inf
    s = box.sample(1000, seed=0)
    assert np.isfinite(box.log_prob(s)).all()


def test_gaussian_mle_and_normalisation():
    x = get_dataset("8gaussians", 5000, seed=0)
    g = GaussianDensity().fit(x)
    np.testing.assert_allclose(g.mean, x.mean(0))
    np.testing.assert_allclose(g.cov, np.cov(x.T, bias=True), atol=1e-5)
    assert _integral(g.log_prob, lim=12) == pytest.approx(1.0, abs=0.01)
    from scipy.stats import multivariate_normal

    np.testing.assert_allclose(g.log_prob(x[:50]), multivariate_normal(g.mean, g.cov).logpdf(x[:50]))
    s = g.sample(20000, seed=0)
    np.testing.assert_allclose(s.mean(0), g.mean, atol=0.06)


def test_degenerate_inputs_raise_clearly():
    with pytest.raises(ValueError, match="at least 2"):
        GaussianDensity().fit(np.zeros((1, 2)))
    with pytest.raises(ValueError, match="zero area"):
        BoxDensity().fit(np.array([[0.0, 1.0], [0.0, 2.0]]))
    with pytest.raises(ValueError, match=r"\(N, 2\)"):
        GaussianDensity().fit(np.zeros((5, 3)))
