"""The autoregressive grid density p(x₁) p(x₂ | x₁): exact normalisation, sampling against
log_prob, learning, KL to the truth, artifacts, and the command line (options, checkpoints,
resume). It was added as its own file plus one registry line; the view tests drive it live
(tests/widgets/test_density_view.py)."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
import torch

import training
from training import cli
from training.data import get_dataset, get_source, make_splits
from training.density.autoregressive_model import MARGIN, ARTrainer, AutoregressiveDensity
from training.density.registry import get

X = get_dataset("moons", 600, seed=0)


def _trained(bins=16, hidden=16, steps=150, x=X, **kw):
    m = AutoregressiveDensity(bins=bins, hidden=hidden, seed=0)
    ARTrainer(m, x, steps=steps, batch_size=128, lr=1e-2, eval_every=50, **kw).run()
    return m


@pytest.fixture(scope="module")
def model():
    return _trained()


def _midpoints(lo, hi, n):
    """Centres of an n × n grid over [lo, hi], and the area of one of its squares."""
    w = (hi - lo) / n
    gx, gy = np.meshgrid(lo[0] + (np.arange(n) + 0.5) * w[0], lo[1] + (np.arange(n) + 0.5) * w[1])
    return np.stack([gx.ravel(), gy.ravel()], 1), float(w.prod())


def test_the_box_is_the_data_box_with_a_margin(model):
    lo, hi = model.box
    span = X.max(0) - X.min(0)
    np.testing.assert_allclose(lo, X.min(0) - MARGIN * span, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(hi, X.max(0) + MARGIN * span, rtol=1e-6, atol=1e-6)


def test_log_prob_integrates_to_one_over_the_box(model):
    lo, hi = model.box
    d = model.bins
    # cell centres: exactly Σ P(b₁, b₂) = 1
    w = (hi - lo) / d
    c = lo + (np.stack(np.meshgrid(np.arange(d), np.arange(d), indexing="ij"), -1).reshape(-1, 2)
              + 0.5) * w
    assert np.exp(model.log_prob(c)).sum() * w.prod() == pytest.approx(1.0, abs=1e-9)
    # a fine grid over the box, not aligned with the cells (2001 is no multiple of d)
    pts, area = _midpoints(lo, hi, 2001)
    assert np.exp(model.log_prob(pts)).sum() * area == pytest.approx(1.0, abs=1e-3)


def test_log_prob_is_the_exact_formula_and_minus_inf_outside(model):
    lo, hi = model.box
    d = model.bins
    table = model.log_table()
    x = get_dataset("moons", 50, seed=9)
    b = np.floor((x - lo) / (hi - lo) * d).astype(int)
    want = table[b[:, 0], b[:, 1]] - math.log(np.prod((hi - lo) / d))
    np.testing.assert_allclose(model.log_prob(x), want, rtol=0, atol=1e-12)
    # the marginal and the conditionals are normalised categoricals
    np.testing.assert_allclose(np.exp(table).sum(), 1.0, atol=1e-12)
    np.testing.assert_allclose(np.exp(np.logaddexp.reduce(table, 1)).sum(), 1.0, atol=1e-12)
    out = np.array([[lo[0] - 1e-6, (lo[1] + hi[1]) / 2], [hi[0] + 1, hi[1] + 1], [np.nan, 0.0]])
    assert np.all(model.log_prob(out) == -np.inf)
    assert np.isfinite(model.log_prob(np.array([lo, hi]))).all()  # the box is closed


def test_samples_follow_log_prob(model):
    s = model.sample(200_000, seed=3)
    s2 = model.sample(200_000, seed=3)
    np.testing.assert_array_equal(s, s2)
    lo, hi = model.box
    assert np.all((s >= lo) & (s <= hi))
    d = model.bins
    u = (s - lo) / (hi - lo) * d
    b = np.minimum(np.floor(u).astype(int), d - 1)
    counts = np.zeros((d, d))
    np.add.at(counts, (b[:, 0], b[:, 1]), 1)
    p = np.exp(model.log_table())
    n = len(s)
    # every cell within 5 standard errors of its probability, total variation small
    se = np.sqrt(n * p * (1 - p)) + 1e-9
    assert np.max(np.abs(counts - n * p) / se) < 5.0
    assert 0.5 * np.abs(counts / n - p).sum() < 0.01
    # uniform within the cell
    frac = u - np.floor(u)
    assert abs(frac.mean() - 0.5) < 0.01 and abs(frac.var() - 1 / 12) < 0.005


def test_nll_falls_on_moons_within_a_few_hundred_steps():
    m = AutoregressiveDensity(bins=32, hidden=16, seed=0)
    tr = ARTrainer(m, X, steps=300, batch_size=128, lr=1e-2, x_val=X[:200], eval_every=50)
    lo, hi = m.net.lo.numpy(), m.net.hi.numpy()
    # untrained: uniform on the box
    assert m.nll(X[:10]) == pytest.approx(math.log(np.prod(hi - lo)), abs=1e-9)
    tr.run()
    vals = [ev.val_nll for ev in tr.history]
    trains = [ev.train_nll for ev in tr.history]
    assert trains[-1] < trains[0] - 0.3 and vals[-1] < math.log(np.prod(hi - lo)) - 0.5
    assert [ev.step for ev in tr.history] == [50, 100, 150, 200, 250, 300]
    assert m.fitted


@pytest.mark.parametrize("name", ["moons", "checkerboard"])
def test_kl_to_the_truth_is_positive_and_small(name, capsys):
    src = get_source(name)
    sp = make_splits(name, seed=0, n_train=3000, n_val=2000, n_test=20_000)
    m = AutoregressiveDensity(bins=64, hidden=32, seed=0)
    tr = ARTrainer(m, sp.train, steps=400, batch_size=512, lr=5e-3, x_val=sp.val,
                   eval_every=100, sampler=lambda n, rng: src.generate(n, rng)[0])
    tr.run()
    h = src.entropy()
    if name == "checkerboard":
        assert h == pytest.approx(math.log(32))
    kl = m.nll(sp.test) - h
    with capsys.disabled():
        print(f"\n[autoregressive 64×64, 400 steps] {name}: test NLL {m.nll(sp.test):.4f} "
              f"nats, H = {h:.4f}, KL = {kl:.4f} nats")
    assert 0 < kl < 0.3


def test_degenerate_data_is_refused_by_name():
    t = np.linspace(0, 1, 50)
    with pytest.raises(ValueError, match="line"):
        ARTrainer(AutoregressiveDensity(bins=16, hidden=4), np.stack([t, 2 * t], 1), steps=5)
    with pytest.raises(ValueError, match="bins"):
        AutoregressiveDensity(bins=1)


def test_artifact_round_trip_and_shapes(model, tmp_path):
    shapes = {k: v.shape for k, v in model.get_tensors().items()}
    assert AutoregressiveDensity.expected_shapes(model.config()) == shapes
    card = {"data": {"name": "moons"}, "training": {}, "metrics": {}, "created_by": "test"}
    loaded = training.load(training.save(model, tmp_path / "ar", card))
    q = get_dataset("moons", 100, seed=5)
    np.testing.assert_array_equal(loaded.log_prob(q), model.log_prob(q))
    np.testing.assert_array_equal(loaded.sample(50, seed=1), model.sample(50, seed=1))
    d, h, f = 16, 16, 1 + 2 * 4  # bins, hidden, features (u and 4 sin/cos pairs)
    assert loaded.n_params == model.n_params == d + (f * h + h) + (h * h + h) + (h * d + d)


def test_trainer_resumes_bitwise():
    make = lambda: ARTrainer(AutoregressiveDensity(bins=16, hidden=8, seed=0), X,  # noqa: E731
                             steps=60, batch_size=64, x_val=X[:100], eval_every=25, seed=1)
    a = make()
    a.step(60)
    b = make()
    b.step(37)
    tensors, meta = b.state()
    c = make()
    c.load_state({k: v.clone() for k, v in tensors.items()}, meta)
    assert c.progress == 37
    c.step(23)
    for k, v in a.model.net.state_dict().items():
        assert torch.equal(v, c.model.net.state_dict()[k]), k
    assert [e.as_list()[:3] for e in a.history] == [e.as_list()[:3] for e in c.history]


# -- the registry and the command line -------------------------------------------------------
def test_registered_once_with_its_hyperparameters():
    fam = get("autoregressive")
    assert fam.iterative and fam.ladder is None and fam.model_class is AutoregressiveDensity
    assert fam.defaults()["bins"] == 64 and fam.hyper("bins").min == 16
    assert fam.hyper("bins").max == 128
    assert fam.describe(fam.complete({"bins": 32})) == "Autoregressive 32×32"
    with pytest.raises(ValueError, match="16 … 128"):
        fam.complete({"bins": 8})


def test_the_command_line_offers_it(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["train", "density", "--family", "autoregressive", "--help"])
    assert e.value.code == 0
    text = capsys.readouterr().out
    assert "autoregressive" in text and "grid cells per axis" in text and "--bins" in text
    from training.recipes import recipe_from_command

    r = recipe_from_command("python -m training density --family autoregressive --data moons "
                            "--out runs/ar")
    assert r.resolved().bins == 64 and "--bins 64 --hidden 128" in r.command()
    # options the families declare with different defaults are written out for this one
    assert recipe_from_command(r.command()) == dataclasses.replace(
        r, bins=64, hidden=128, lr=0.005, steps=4000, batch_size=512)
    assert cli.main(["train", "density", "--family", "autoregressive", "--bins", "8",
                     "--out", "runs/x"]) == 2
    assert "bins must be 16 … 128" in capsys.readouterr().err


class _Killed(Exception):
    """Stands for a SIGKILL between two checkpoints."""


def test_checkpoint_and_resume_equal_an_uninterrupted_run(tmp_path, monkeypatch, capsys):
    from safetensors.numpy import load_file

    args = ["train", "density", "--family", "autoregressive", "--data", "moons", "--n-train",
            "500", "--n-val", "300", "--n-test", "300", "--steps", "300", "--bins", "16",
            "--hidden", "8", "--checkpoint-every", "100"]
    assert cli.main([*args, "--out", str(tmp_path / "ref"), "--run-dir",
                     str(tmp_path / "ref-run")]) == 0
    real_step = ARTrainer.step

    def dying_step(self, n=1):
        if self.progress >= 250:
            raise _Killed
        return real_step(self, n)

    run = ["--out", str(tmp_path / "b"), "--run-dir", str(tmp_path / "b-run")]
    monkeypatch.setattr(ARTrainer, "step", dying_step)
    with pytest.raises(_Killed):
        cli.main([*args, *run])
    monkeypatch.setattr(ARTrainer, "step", real_step)
    assert not (tmp_path / "b").exists()
    capsys.readouterr()
    assert cli.main([*args, *run, "--resume"]) == 0
    assert "resumed from step 200" in capsys.readouterr().err
    a, b = load_file(str(tmp_path / "ref" / "model.safetensors")), \
        load_file(str(tmp_path / "b" / "model.safetensors"))
    assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
