"""The binary RBM (training/rbm/): energies, exact log Z against brute force, AIS against
exact, PCD training, Gibbs chains and clamping, the artifact."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

import training
from training import ArtifactError
from training.rbm import RBM, hidden_grid
from training.rbm.partition import ais, base_rate_bias, betas_paper, log_z_exact
from training.rbm.trainer import RBMTrainer, pseudo_log_likelihood


def _random_rbm(n_hidden, shape, seed=0, scale=1.0, n_chains=0):
    rng = np.random.default_rng(seed)
    m = RBM(n_hidden=n_hidden, image_shape=shape, n_chains=n_chains, seed=seed)
    V = m.n_visible
    m.W = (scale * rng.standard_normal((V, n_hidden))).astype(np.float32)
    m.b = rng.standard_normal(V).astype(np.float32)
    m.c = rng.standard_normal(n_hidden).astype(np.float32)
    m.chains = (rng.random((n_chains, V)) < 0.5).astype(np.float32)
    return m


def _states(n):
    return np.array(list(itertools.product([0.0, 1.0], repeat=n)))


def _logsumexp(x):
    m = x.max()
    return m + np.log(np.exp(x - m).sum())


def test_exact_log_z_equals_brute_force_over_all_states():
    """A 3×2-pixel, 3-hidden RBM (and 3×2 visible, 2 hidden): log Z from the 2^H hidden
    sum equals log Σ_{v,h} exp(−E(v, h)) over all 2^(V+H) joint states."""
    for H in (2, 3):
        m = _random_rbm(H, (3, 2), seed=H)
        v, h = _states(6), _states(H)
        vv = np.repeat(v, len(h), 0)
        hh = np.tile(h, (len(v), 1))
        brute = _logsumexp(-m.energy(vv, hh))
        assert log_z_exact(m) == pytest.approx(brute, abs=1e-9)
        assert log_z_exact(m, chunk=3) == pytest.approx(brute, abs=1e-9)  # chunks agree


def test_free_energy_is_minus_log_sum_over_hidden():
    m = _random_rbm(4, (2, 3), seed=5)
    v, h = _states(6), _states(4)
    for x in v[::7]:
        e = m.energy(np.repeat(x[None], len(h), 0), h)
        assert m.free_energy(x[None])[0] == pytest.approx(-_logsumexp(-e), abs=1e-5)
    # log p(v) sums to one over every v
    assert _logsumexp(m.log_prob(v)) == pytest.approx(0.0, abs=1e-5)


def test_ais_agrees_with_exact_log_z():
    """AIS (1,000 runs… no: 200 runs, 3,000 temperatures) on a 12-hidden RBM over 5×5
    pixels with sizeable weights: within 0.1 nats of the exact value, and the exact value
    inside its ±3σ interval widened by that tolerance."""
    m = _random_rbm(12, (5, 5), seed=3, scale=0.6)
    exact = log_z_exact(m)
    data = (np.random.default_rng(0).random((200, 25)) < 0.3).astype(np.float32)
    r = ais(m, base_rate_bias(data), n_runs=200, betas=3000, seed=1)
    assert abs(r.log_z - exact) < 0.1, (r.log_z, exact)
    assert r.log_z_low - 0.1 <= exact <= r.log_z_high + 0.1
    assert r.plus_minus < 0.5


def test_betas_follow_the_paper():
    b = betas_paper()
    assert len(b) == 14_501 and b[0] == 0 and b[-1] == 1 and np.all(np.diff(b) > 0)
    assert (b < 0.5).sum() == 500 and ((b >= 0.5) & (b < 0.9)).sum() == 4000


def test_pseudo_log_likelihood_is_exact():
    m = _random_rbm(5, (3, 4), seed=2)
    v = (np.random.default_rng(1).random((3, 12)) < 0.5).astype(np.float32)
    f = m.free_energy(v)
    for n in range(3):
        flips = np.repeat(v[n:n + 1], 12, 0)
        flips[np.arange(12), np.arange(12)] = 1 - flips[np.arange(12), np.arange(12)]
        ref = -np.logaddexp(0, f[n] - m.free_energy(flips)).sum()
        assert pseudo_log_likelihood(m, v[n:n + 1])[0] == pytest.approx(ref, abs=1e-4)


def _tiny_data(n=200, seed=0):
    """Bars on 4×4 images: one horizontal or vertical bar each, intensity 0.95."""
    rng = np.random.default_rng(seed)
    x = np.full((n, 4, 4), 0.05, np.float32)
    for i in range(n):
        k = rng.integers(4)
        if rng.random() < 0.5:
            x[i, k, :] = 0.95
        else:
            x[i, :, k] = 0.95
    return x


@pytest.mark.parametrize("persistent", [True, False])
def test_training_lowers_reconstruction_error(persistent):
    x = _tiny_data()
    m = RBM(n_hidden=8, image_shape=(4, 4), n_chains=4, seed=0)
    events = []
    tr = RBMTrainer(m, x[:160], x[160:], epochs=60, batch_size=20, lr=0.1,
                    persistent=persistent, seed=0, callback=events.append, monitor_n=40)
    tr.step(60)
    assert tr.done and len(events) == 60

    def mean(key, part):
        return np.mean([e.metrics[key] for e in part])

    assert mean("recon_error", events[-5:]) < 0.8 * mean("recon_error", events[:5])
    assert mean("test_ll", events[-5:]) > mean("test_ll", events[:5]) + 0.5
    assert {"recon_error", "test_pll", "fe_gap", "test_ll"} <= set(events[-1].metrics)
    tr.finish()
    assert m.chains.shape == (4, 16) and set(np.unique(m.chains)) <= {0.0, 1.0}


def test_checkpoint_resume_is_bitwise():
    x = _tiny_data(100)
    a = RBM(n_hidden=6, image_shape=(4, 4), seed=1)
    ta = RBMTrainer(a, x[:80], x[80:], epochs=4, batch_size=10, seed=2, monitor_n=10)
    ta.step(2)
    tensors, meta = ta.state()
    meta = json.loads(json.dumps(meta))  # the checkpoint's JSON
    ta.step(2)
    b = RBM(n_hidden=6, image_shape=(4, 4), seed=1)
    tb = RBMTrainer(b, x[:80], x[80:], epochs=4, batch_size=10, seed=2, monitor_n=10)
    tb.load_state(tensors, meta)
    tb.step(2)
    np.testing.assert_array_equal(a.W, b.W)
    np.testing.assert_array_equal(ta.chains, tb.chains)


def test_gibbs_chain_shapes_and_clamped_pixels():
    m = _random_rbm(10, (6, 6), seed=4, n_chains=3)
    digits = np.random.default_rng(0).random((20, 6, 6)).astype(np.float32)
    m.test_images = digits
    assert m.filters().shape == (10, 6, 6)
    for start in ("noise", "test digit", "persistent"):
        steps = list(m.iter_steps(5, seed=2, start=start, steps=4, clamp="top half",
                                  k_per_step=3))
        assert [s.index for s in steps] == [0, 1, 2, 3, 4] and steps[-1].total == 4
        first = steps[0].panels["visible sample v"]
        for s in steps:
            assert set(s.panels) == set(m.step_names)
            assert s.panels["visible sample v"].shape == (5, 6, 6)
            assert s.panels["visible p(v|h)"].shape == (5, 6, 6)
            assert s.panels["hidden p(h|v)"].shape == (5, *hidden_grid(10))
            # the clamped top half never changes
            np.testing.assert_array_equal(s.panels["visible sample v"][:, :3], first[:, :3])
            assert set(np.unique(s.panels["visible sample v"])) <= {0.0, 1.0}
    # without a clamp the chain moves
    steps = list(m.iter_steps(5, seed=2, steps=3))
    assert (steps[-1].panels["visible sample v"] != steps[0].panels["visible sample v"]).any()
    with pytest.raises(ValueError, match="start"):
        next(m.iter_steps(2, start="sideways"))


def test_step_options_are_hypers_the_view_can_use():
    names = [h.name for h in RBM.step_options]
    assert names == ["start", "steps", "clamp", "k_per_step"]
    from training.capabilities import can_step, places

    m = RBM(n_hidden=4, image_shape=(3, 3))
    assert can_step(m) and places(m) == ("diffusion",)


@pytest.mark.parametrize("n, grid", [(16, (4, 4)), (500, (20, 25)), (1, (1, 1)),
                                     (13, (4, 4)), (6, (2, 3))])
def test_hidden_grid(n, grid):
    assert hidden_grid(n) == grid


def test_artifact_round_trip(tmp_path):
    m = _random_rbm(7, (4, 5), seed=6, n_chains=3)
    card = {"data": {"name": "test"}, "training": {}, "metrics": {"log_z": log_z_exact(m)},
            "created_by": "tests/math/test_rbm.py"}
    path = training.save(m, tmp_path / "rbm", card)
    assert not any(p.suffix in (".pkl", ".pt") for p in path.iterdir())
    got = training.load(path)
    assert isinstance(got, RBM) and got.card["kind"] == "energy"
    for k, v in m.get_tensors().items():
        np.testing.assert_array_equal(got.get_tensors()[k], v)
    v = (np.random.default_rng(0).random((4, 20)) < 0.5).astype(np.float32)
    np.testing.assert_allclose(got.log_prob(v), m.log_prob(v))


def test_huge_hidden_size_refused_before_allocation(tmp_path, monkeypatch):
    m = _random_rbm(3, (4, 4), seed=0)
    path = training.save(m, tmp_path / "rbm", {"data": {"name": "t"}, "training": {},
                                                "metrics": {}, "created_by": "test"})
    card = json.loads((path / "card.json").read_text())
    card["config"]["n_hidden"] = 65536
    (path / "card.json").write_text(json.dumps(card))
    built = []
    original = RBM.__init__
    monkeypatch.setattr(RBM, "__init__", lambda self, *a, **k: built.append(k)
                        or original(self, *a, **k))
    with pytest.raises(ArtifactError, match="config"):
        training.load(path)
    assert not built
    card["config"]["n_hidden"] = 10**9
    (path / "card.json").write_text(json.dumps(card))
    with pytest.raises(ArtifactError):
        training.load(path)
    assert not built
