"""Class-conditional diffusion and classifier-free guidance: the formula, the label
embedding, label dropout, prompts, the guidance figures, hostile cards."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

import training
from training.artifact_checks import ArtifactError
from training.diffusion import DiffusionModel
from training.diffusion.conditional import (
    GUIDANCE_GRID, balanced_labels, default_guidance, parse_prompt, randomise_labels,
    start_from,
)
from training.diffusion.pipeline import guided_noise
from training.diffusion.train import DiffusionTrainer


def _card(name="8gaussians"):
    return {"data": {"name": name}, "training": {"recipe": "test", "steps": 0},
            "metrics": {}, "created_by": "tests"}


def _cond_points(k=3, seed=0):
    m = DiffusionModel("mlp", (2,), hidden=32, depth=2, seed=seed, num_classes=k,
                       class_names=[f"c{i}" for i in range(k)])
    with torch.no_grad():  # a label embedding and an output layer that are not zero
        g = torch.Generator().manual_seed(1)
        m.net.label.weight.normal_(0, 0.5, generator=g)
        m.net.out[-1].weight.normal_(0, 0.3, generator=g)
    return m


def test_guidance_formula():
    c, u = torch.tensor([2.0, -1.0]), torch.tensor([0.5, 1.0])
    assert torch.equal(guided_noise(c, u, 0.0), u)
    assert torch.equal(guided_noise(c, u, 1.0), c)
    assert torch.allclose(guided_noise(c, u, 3.0), u + 3 * (c - u))
    assert torch.allclose(guided_noise(c, u, 2.0), torch.tensor([3.5, -3.0]))


def test_predict_noise_combines_the_two_passes():
    m = _cond_points()
    x = torch.randn(5, 2, generator=torch.Generator().manual_seed(0))
    y = torch.tensor([0, 1, 2, 1, 0])
    with torch.no_grad():
        eps_c = m.net(x, 400, y)
        eps_u = m.net(x, 400)                 # no label = the null label
        eps_u2 = m.net(x, 400, torch.full((5,), -1))
    assert torch.allclose(eps_u, eps_u2)
    assert not torch.allclose(eps_c, eps_u)   # the label changes the prediction
    for s in (0.0, 1.0, 2.5, 7.0):
        got = m.predict_noise(x, 400, y, s)
        assert torch.allclose(got, eps_u + s * (eps_c - eps_u), atol=1e-5), s
    # a sample with no label (−1) gets ε̂_∅ whatever s is
    got = m.predict_noise(x, 400, torch.tensor([0, -1, 2, -1, 0]), 4.0)
    assert torch.allclose(got[1], eps_u[1], atol=1e-5)


def test_sampling_follows_labels_and_is_reproducible():
    m = _cond_points()
    a = m.sample(8, steps=10, sampler="unipc", seed=3, labels=[1], guidance=2.0)
    b = m.sample(8, steps=10, sampler="unipc", seed=3, labels=[1] * 8, guidance=2.0)
    c = m.sample(8, steps=10, sampler="unipc", seed=3, labels=[2], guidance=2.0)
    assert np.allclose(a, b) and not np.allclose(a, c)
    steps = list(m.iter_steps(4, seed=1, steps=5, sampler="ddim", labels=[0], guidance=3.0))
    assert len(steps) == 5 and steps[-1].panels["x0"].shape == (4, 2)


@pytest.mark.parametrize("labels", [[3], [-2], [0, 1], [[0]] * 3 + [[1, 2]]])
def test_bad_labels_are_refused(labels):
    m = _cond_points()
    with pytest.raises(ValueError):
        m.sample(4, steps=2, labels=labels)


def test_unconditional_models_refuse_labels_and_bad_scales():
    m = DiffusionModel("mlp", (2,), hidden=16, depth=1)
    with pytest.raises(ValueError, match="unconditional"):
        m.sample(2, steps=2, labels=[0])
    c = _cond_points()
    for s in (float("nan"), float("inf"), 1e6):
        with pytest.raises(ValueError, match="guidance"):
            c.sample(2, steps=2, labels=[0], guidance=s)


def test_a_fresh_conditional_net_starts_as_its_unconditional_parent(tmp_path):
    parent = DiffusionModel("mlp", (2,), hidden=32, depth=2, seed=4)
    parent.shift, parent.scale = torch.tensor([1.0, -2.0]), torch.tensor([0.5, 3.0])
    training.save(parent, tmp_path / "parent", _card())
    child = DiffusionModel("mlp", (2,), hidden=32, depth=2, seed=9, num_classes=3)
    start_from(child, str(tmp_path / "parent"))
    x = torch.randn(6, 2)
    with torch.no_grad():
        want = parent.net(x, 100)
        for y in (None, torch.tensor([0, 1, 2, 0, 1, 2])):
            assert torch.allclose(child.net(x, 100, y), want, atol=1e-6)
    assert torch.equal(child.shift, parent.shift) and torch.equal(child.scale, parent.scale)
    other = DiffusionModel("mlp", (2,), hidden=16, depth=2, num_classes=3)
    with pytest.raises(SystemExit, match="different network"):
        start_from(other, str(tmp_path / "parent"))


def test_label_init_normal_is_seeded_distinct_and_refused_with_a_fine_tune():
    """``--label-init normal``: every class (and ∅) gets its own N(0, 1) vector, the same
    for the same seed; the default (zero) leaves the recipe's command unchanged."""
    from training.recipes import DiffusionRecipe

    a, b = (DiffusionModel("mlp", (2,), hidden=16, depth=1, num_classes=3) for _ in range(2))
    randomise_labels(a, 5)
    randomise_labels(b, 5)
    w = a.net.label.weight.detach()
    assert torch.equal(w, b.net.label.weight) and w.shape == (4, 16)
    assert 0.5 < float(w.std()) < 1.5 and float(torch.cdist(w, w).add(10 * torch.eye(4)).min()) > 1
    with pytest.raises(SystemExit, match="init-from"):
        randomise_labels(a, 5, fine_tune=True)
    base = dict(data="moons", conditional=True)
    assert "--label-init" not in DiffusionRecipe(**base).command()
    assert "--label-init normal" in DiffusionRecipe(**base, label_init="normal").command()
    assert "--label-init" not in DiffusionRecipe(data="moons", label_init="normal").command()


def test_label_dropout_share_and_labels_kept():
    m = _cond_points(k=4)
    x = np.random.default_rng(0).normal(size=(400, 2))
    y = np.arange(400) % 4
    tr = DiffusionTrainer(m, x, steps=1, batch_size=4000, y_train=y, p_uncond=0.2)
    xb, yb = tr._batch()
    assert abs(float((yb == -1).float().mean()) - 0.2) < 0.03
    kept = yb >= 0
    # every kept label belongs to its point
    idx = [int(np.argmin(((x - p.numpy() * m.scale.numpy() - m.shift.numpy()) ** 2).sum(1)))
           for p in xb[kept][:50]]
    assert np.array_equal(y[idx], yb[kept][:50].numpy())
    with pytest.raises(ValueError, match="labelled"):
        DiffusionTrainer(_cond_points(), x, steps=1)
    with pytest.raises(ValueError, match="p_uncond"):
        DiffusionTrainer(_cond_points(), x, steps=1, y_train=y % 3, p_uncond=1.0)


def test_a_tiny_conditional_model_trains():
    from training.data import make_splits

    sp = make_splits("8gaussians", seed=0, n_train=512, n_val=128, n_test=128)
    m = DiffusionModel("mlp", (2,), hidden=32, depth=2, num_classes=8,
                       class_names=[str(i) for i in range(8)])
    m.shift = torch.as_tensor(sp.train.mean(0), dtype=torch.float32)
    m.scale = torch.as_tensor(sp.train.std(0), dtype=torch.float32)
    tr = DiffusionTrainer(m, sp.train, steps=30, batch_size=64, y_train=sp.y_train,
                          x_val=sp.val, y_val=sp.y_val, eval_every=10)
    tr.run()
    assert all(np.isfinite(h[1]) and np.isfinite(h[2]) for h in tr.history)
    assert float(m.net.label.weight.abs().sum()) > 0  # the embedding learned something


@pytest.mark.parametrize("text,want", [
    ("7", 7), ("seven", 7), ("a three", 3), ("Three", 3), ("  the digit 0 ", 0),
    ("siete", 7), ("sete", 7), ("um dois", 2), ("one two", None), ("七", 7), ("一个七", 7), ("nine!", 9),
    ("", None), ("12", None), ("3 or 4", None), ("banana", None), ("una cinco", 5),
])
def test_parse_prompt_digits(text, want):
    assert parse_prompt(text, [str(i) for i in range(10)]) == want


def test_parse_prompt_class_names():
    names = ("Africa", "Asia", "Europe", "North America")
    assert parse_prompt("europe", names) == 2
    assert parse_prompt("North America", names) == 3
    assert parse_prompt("8", names) is None           # no class 8 among four
    assert parse_prompt("2", names) == 2


def test_default_guidance_and_balanced_labels():
    rows = [{"s": s, "accuracy": a} for s, a in ((0, 0.1), (1, 0.8), (2, 0.96), (3, 0.99))]
    assert default_guidance(rows) == 2
    assert default_guidance(rows[:2]) == 1
    assert np.bincount(balanced_labels(10, 1000)).tolist() == [100] * 10
    assert GUIDANCE_GRID[0] == 0.0 and 1.0 in GUIDANCE_GRID


def test_conditional_artifact_round_trip_and_hostile_cards(tmp_path):
    m = _cond_points()
    training.save(m, tmp_path / "ok", _card())
    back = training.load(tmp_path / "ok")
    assert back.num_classes == 3 and back.class_names == ("c0", "c1", "c2")
    x = torch.randn(3, 2)
    assert torch.allclose(back.predict_noise(x, 10, torch.tensor([0, 1, 2]), 2.0),
                          m.predict_noise(x, 10, torch.tensor([0, 1, 2]), 2.0), atol=1e-6)
    card_path = tmp_path / "ok" / "card.json"
    card = json.loads(card_path.read_text())
    for bad in (10**9, -3, 5):  # a huge table, a negative count, a count the file lacks
        card["config"]["num_classes"] = bad
        card["config"]["class_names"] = []
        card_path.write_text(json.dumps(card))
        with pytest.raises((ArtifactError, ValueError)):
            training.load(tmp_path / "ok")


def test_guidance_figures_of_a_tiny_2d_model():
    from training.diffusion.conditional import evaluate_guidance

    m = _cond_points(k=8)
    m.class_names = tuple(str(i) for i in range(8))
    metrics, entry = evaluate_guidance(m, "8gaussians", n=32, per_class_curve=2)
    assert [r["s"] for r in entry["curve"]] == list(GUIDANCE_GRID)
    for r in entry["curve"]:
        assert 0 <= r["accuracy"] <= 1 and np.isfinite(r["diversity"])
    assert metrics["guidance_default"] in GUIDANCE_GRID
    assert all(isinstance(v, (int, float)) for v in metrics.values())
