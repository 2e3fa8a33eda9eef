"""Every density family: normalisation, fitting, sampling, artifacts; the flow's algebra."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from training.data import get_dataset
from training.density import (FAMILIES, FactorizedDensity, FlowDensity, FlowTrainer, GMMDensity,
                              KDEDensity)
from training.density.registry import families, get as get_family
from training.density.spline import rq_spline

X = get_dataset("moons", 600, seed=0)


#: small hyperparameters so that every family fits in a second or two
SMALL = {"gmm": {"components": 4},
         "flow": {"layers": 2, "hidden": 16, "bins": 6, "steps": 60, "batch_size": 128},
         "autoregressive": {"bins": 32, "hidden": 16, "steps": 200, "batch_size": 128},
         "gan": {"g_width": 16, "d_width": 16, "g_depth": 2, "d_depth": 2, "steps": 100,
                 "batch_size": 64}}


def _fit(name):
    """Through the registry, as the CLI and the app fit (an iterative family: its trainer)."""
    fam = get_family(name)
    model = fam.build(SMALL.get(name, {}))
    fam.fit(model, X, SMALL.get(name, {}), x_val=X[:200])
    assert model.fitted
    return model


@pytest.mark.parametrize("name", list(FAMILIES))
def test_density_integrates_to_one(name):
    model = _fit(name)
    xs = np.linspace(-6, 6, 401)
    gx, gy = np.meshgrid(xs, xs)
    p = np.exp(model.log_prob(np.stack([gx.ravel(), gy.ravel()], 1)))
    assert p.sum() * (xs[1] - xs[0]) ** 2 == pytest.approx(1.0, abs=0.02)


@pytest.mark.parametrize("name", list(FAMILIES))
def test_samples_are_seeded_and_artifact_round_trip(name, tmp_path):
    model = _fit(name)
    s1, s2 = model.sample(200, seed=4), model.sample(200, seed=4)
    assert s1.shape == (200, 2) and np.isfinite(s1).all()
    np.testing.assert_array_equal(s1, s2)
    assert model.n_params > 0
    card = {"data": {"name": "moons"}, "training": {}, "metrics": {}, "created_by": "test"}
    loaded = training.load(training.save(model, tmp_path / name, card))
    q = get_dataset("moons", 50, seed=5)
    np.testing.assert_allclose(loaded.log_prob(q), model.log_prob(q), rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(loaded.sample(20, seed=1), model.sample(20, seed=1), atol=1e-6)


def test_gmm_em_never_decreases_likelihood():
    gm = GMMDensity(n_components=6)
    nlls = [nll for _, nll in zip(range(25), gm.em(X, seed=0))]
    assert all(b <= a + 1e-9 for a, b in zip(nlls, nlls[1:]))
    assert gm.weights.sum() == pytest.approx(1.0)


def test_factorised_model_ignores_dependence():
    # perfectly correlated data: the factorised model spreads mass off the diagonal
    t = np.random.default_rng(0).normal(size=2000)
    x = np.stack([t, t], 1)
    f = FactorizedDensity().fit(x)
    s = f.sample(2000, seed=0)
    assert abs(np.corrcoef(s.T)[0, 1]) < 0.1
    grid = f.log_prob_grid(-2, 2, -1, 1, 16)
    xs = -2 + 4 * (np.arange(16) + 0.5) / 16
    ys = -1 + 2 * (np.arange(16) + 0.5) / 16
    gx, gy = np.meshgrid(xs, ys)
    # binned 1D marginals: within 0.02 nats of the exact product where p is not tiny
    np.testing.assert_allclose(grid.ravel(), f.log_prob(np.stack([gx.ravel(), gy.ravel()], 1)), atol=0.02)


def test_binned_kde_grid_matches_exact_kde():
    x = get_dataset("8gaussians", 3000, seed=0)
    k = KDEDensity().fit(x)
    res = 96
    grid = k.log_prob_grid(-5, 5, -4, 4, res)
    xs = -5 + 10 * (np.arange(res) + 0.5) / res
    ys = -4 + 8 * (np.arange(res) + 0.5) / res
    gx, gy = np.meshgrid(xs, ys)
    exact = k.log_prob(np.stack([gx.ravel(), gy.ravel()], 1)).reshape(res, res)
    where = exact > np.log(1e-3)
    assert where.sum() > 1000
    assert np.abs(grid - exact)[where].max() < 0.05


def test_kde_bandwidth_by_held_out_likelihood():
    x = get_dataset("moons", 1500, seed=0)
    val = get_dataset("moons", 1500, seed=2)
    test = get_dataset("moons", 3000, seed=1)
    cv = KDEDensity(bandwidth="cv").fit(x, x_val=val)
    scott = KDEDensity().fit(x)
    assert cv.factor < 1.0  # Scott over-smooths a curve-like set
    assert cv.nll(test) < scott.nll(test)
    with pytest.raises(ValueError, match="held-out"):
        KDEDensity(bandwidth="cv").fit(x)


def test_spline_inverse_and_derivative():
    g = torch.Generator().manual_seed(0)
    n, k = 500, 8
    w, h, d = (torch.randn(n, k, generator=g), torch.randn(n, k, generator=g),
               torch.randn(n, k - 1, generator=g))
    x = torch.linspace(-5, 5, n, dtype=torch.float64)
    w, h, d = w.double(), h.double(), d.double()
    y, ld = rq_spline(x, w, h, d, bound=3.0)
    x2, ld_inv = rq_spline(y, w, h, d, bound=3.0, inverse=True)
    torch.testing.assert_close(x2, x, atol=1e-8, rtol=0)
    torch.testing.assert_close(ld_inv, -ld, atol=1e-8, rtol=0)
    # one spline applied to a sweep of inputs is strictly increasing
    ys, _ = rq_spline(x, w[:1].expand(n, k), h[:1].expand(n, k), d[:1].expand(n, k - 1), bound=3.0)
    assert (ys[1:] > ys[:-1]).all()
    # derivative against finite differences of the same spline
    eps = 1e-6
    yp, _ = rq_spline(x + eps, w, h, d, bound=3.0)
    ym, _ = rq_spline(x - eps, w, h, d, bound=3.0)
    fd = (yp - ym) / (2 * eps)
    torch.testing.assert_close(torch.log(fd), ld, atol=1e-5, rtol=0)


def _trained_flow():
    f = FlowDensity(n_layers=4, bins=8, hidden=32)
    FlowTrainer(f, X, steps=150, batch_size=256, eval_every=50).run()
    return f


def test_flow_inverse_and_logdet_against_autograd_jacobian():
    f = _trained_flow()
    net = f.net.double()
    x = torch.as_tensor(get_dataset("moons", 40, seed=3))
    z, logdet = net.to_base(x)
    torch.testing.assert_close(net.from_base(z), x, atol=1e-8, rtol=0)
    for i in range(5):
        jac = torch.autograd.functional.jacobian(lambda v: net.to_base(v[None])[0][0], x[i])
        torch.testing.assert_close(torch.logdet(jac), logdet[i], atol=1e-8, rtol=0)


def test_flow_learns_and_layers_scrub():
    f = _trained_flow()
    assert f.nll(get_dataset("moons", 2000, seed=1)) < 3.0  # a Gaussian scores 3.29
    assert f.through_layers(X[:10], 0) == pytest.approx(X[:10])
    base = f.through_layers(X, f.n_layers)
    assert abs(base.mean()) < 0.3 and abs(base.std() - 1) < 0.3
    z = np.random.default_rng(0).normal(size=(10, 2))
    np.testing.assert_allclose(f.from_base_to_stage(z, f.n_layers), z, atol=1e-6)
    np.testing.assert_allclose(f.through_layers(f.from_base_to_stage(z, 0), f.n_layers), z, atol=1e-4)


def test_flow_training_is_deterministic_and_rejects_bad_data():
    torch.set_num_threads(1)
    a, b = _trained_flow(), _trained_flow()
    for k, v in a.get_tensors().items():
        np.testing.assert_array_equal(v, b.get_tensors()[k])
    with pytest.raises(ValueError, match="NaN"):
        FlowDensity().fit(np.array([[0.0, np.nan], [1.0, 2.0]]))


# -- the registry ---------------------------------------------------------------------------
def test_every_family_is_declared_once_and_consistently():
    fams = families()
    assert [f.key for f in fams] == list(FAMILIES)
    assert len({f.model for f in fams}) == len(fams)
    for f in fams:
        h = f.complete()
        assert isinstance(f.describe(h), str) and f.label and f.short
        model = f.build(h)
        assert isinstance(model, FAMILIES[f.key])
        for p in f.hypers:  # every declared default passes its own checks
            assert p.check(p.default) == p.default and p.check(p.app_default) == p.app_default
    assert [f.key for f in fams if f.ladder] == ["box", "gaussian", "factorized", "gmm", "kde"]
    assert [f.key for f in fams if f.iterative] == ["gmm", "flow", "autoregressive", "gan"]


def test_em_trainer_steps_checkpoints_and_resumes_bitwise():
    from training.density import EMTrainer

    make = lambda: EMTrainer(GMMDensity(n_components=5), X, max_iter=30, tol=-1.0,  # noqa: E731
                             seed=2, x_val=X[:100])
    a = make()
    a.step(30)
    b = make()
    b.step(11)
    tensors, meta = b.state()
    c = make()
    c.load_state({k: v.clone() for k, v in tensors.items()}, meta)
    assert c.progress == 11 and c.unit == "iteration"
    c.step(19)
    assert a.done and c.done
    for k in ("weights", "means", "covariances"):
        np.testing.assert_array_equal(getattr(a.model, k), getattr(c.model, k))
    assert [e.train_nll for e in a.history] == [e.train_nll for e in c.history]
    # convergence lowers the total: the live view's bar ends where EM stopped
    d = EMTrainer(GMMDensity(n_components=2), X, max_iter=500, seed=0)
    d.run()
    assert d.done and d.total == d.progress < 500
