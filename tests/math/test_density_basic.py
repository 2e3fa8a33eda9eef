"""Toy data generators and the closed-form density families (no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from training.data import dataset_names, get_dataset, get_source
from training.density import BoxDensity, GaussianDensity


@pytest.mark.parametrize("name", dataset_names())
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


def _integral(log_prob, lim=8.0, res=801):
    xs = np.linspace(-lim, lim, res)
    gx, gy = np.meshgrid(xs, xs)
    p = np.exp(log_prob(np.stack([gx.ravel(), gy.ravel()], 1)))
    return p.sum() * (xs[1] - xs[0]) ** 2


@pytest.mark.parametrize("name", ["8gaussians", "checkerboard"])
def test_true_densities_integrate_to_one(name):
    assert _integral(get_source(name).true_log_prob) == pytest.approx(1.0, abs=0.01)


def test_true_density_matches_samples():
    # the MC entropy of 8gaussians equals the analytic mixture's within MC error
    src = get_source("8gaussians")
    x, _ = src.sample(50_000, seed=1)
    assert -src.true_log_prob(x).mean() == pytest.approx(src.entropy(), abs=0.02)
    assert get_source("checkerboard").entropy() == pytest.approx(math.log(32))


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
