"""The naive pixel-independent model (training/naive/): the fit, the exact NLL, sampling,
the step sampler, the artifact and hostile cards."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

import training
from training import ArtifactError
from training.capabilities import places
from training.naive import NaiveBernoulli


def _binary(n, shape=(3, 4), seed=0, p=0.3):
    return (np.random.default_rng(seed).random((n, *shape)) < p).astype(np.float32)


def test_the_fit_is_the_per_pixel_mean_with_the_stated_beta_prior():
    x = _binary(50)
    k = x.reshape(50, -1).sum(0)
    m = NaiveBernoulli((3, 4), alpha=1.0).fit(x)
    np.testing.assert_allclose(m.p, (k + 1) / (50 + 2))  # Laplace: (k + 1) / (n + 2)
    tiny = NaiveBernoulli((3, 4), alpha=1e-9).fit(x)  # α → 0: maximum likelihood
    np.testing.assert_allclose(tiny.p, np.clip(k / 50, 1e-12, None), atol=1e-9)
    assert (m.p > 0).all() and (m.p < 1).all()  # even for pixels never (or always) on


def test_nll_is_the_sum_of_the_bernoulli_nlls():
    m = NaiveBernoulli((3, 4)).fit(_binary(40, seed=1))
    x = _binary(5, seed=2, p=0.5)
    p = m.p.reshape(3, 4)
    by_hand = np.array([-sum(math.log(p[i, j]) if img[i, j] else math.log(1 - p[i, j])
                             for i in range(3) for j in range(4)) for img in x])
    np.testing.assert_allclose(m.nll(x), by_hand, rtol=1e-12)
    np.testing.assert_allclose(m.log_prob(x), -by_hand, rtol=1e-12)
    assert m.bits_per_dim(by_hand.mean()) == pytest.approx(by_hand.mean() / (12 * math.log(2)))
    # the probabilities of all 2^12 images sum to 1
    allx = ((np.arange(2 ** 12)[:, None] >> np.arange(12)) & 1).reshape(-1, 3, 4)
    assert np.exp(m.log_prob(allx)).sum() == pytest.approx(1.0, rel=1e-10)


def test_samples_follow_p_and_the_step_sampler_ends_on_the_same_images():
    m = NaiveBernoulli((3, 4)).fit(_binary(40, seed=1))
    s = m.sample(20000, seed=3)
    assert set(np.unique(s)) <= {0.0, 1.0}
    np.testing.assert_allclose(s.reshape(20000, -1).mean(0), m.p, atol=0.015)
    steps = list(m.iter_steps(4, seed=5))
    assert len(steps) == 12 and places(m) == ("diffusion",)
    np.testing.assert_array_equal(steps[-1].panels["image so far"], m.sample(4, seed=5))
    heat = steps[5].panels["p(next pixel = 1)"].reshape(4, -1)
    assert np.isnan(heat[:, :5]).all()  # drawn pixels: no heat
    np.testing.assert_allclose(heat[0, 5:], m.p[5:])  # the rest: p_i, whatever came before


def _save(m, tmp_path):
    return training.save(m, tmp_path / "naive", {"data": {"name": "t"}, "training": {},
                                                  "metrics": {}, "created_by": "test"})


def test_artifact_round_trip(tmp_path):
    m = NaiveBernoulli((3, 4), alpha=0.5).fit(_binary(30))
    got = training.load(_save(m, tmp_path))
    assert isinstance(got, NaiveBernoulli) and got.card["kind"] == "factorised"
    assert got.alpha == 0.5 and got.image_shape == (3, 4)
    np.testing.assert_array_equal(got.p, m.p)
    x = _binary(3, seed=9)
    np.testing.assert_array_equal(got.nll(x), m.nll(x))


@pytest.mark.parametrize("change, match", [
    ({"image_shape": [100000, 100000]}, "config|image_shape|pixels"),
    ({"image_shape": [28]}, "config|image_shape"),
    ({"alpha": -1.0}, "config|alpha"),
    ({"alpha": 0.0}, "config|alpha"),
])
def test_a_hostile_config_is_refused_before_anything_is_built(change, match, tmp_path,
                                                              monkeypatch):
    path = _save(NaiveBernoulli((3, 4)).fit(_binary(30)), tmp_path)
    card = json.loads((path / "card.json").read_text())
    card["config"].update(change)
    (path / "card.json").write_text(json.dumps(card))
    built = []
    original = NaiveBernoulli.__init__
    monkeypatch.setattr(NaiveBernoulli, "__init__",
                        lambda self, *a, **k: built.append(k) or original(self, *a, **k))
    with pytest.raises(ArtifactError, match=match):
        training.load(path)
    assert not built


@pytest.mark.parametrize("p", [0.0, 1.0, float("nan")])
def test_probabilities_outside_the_open_interval_are_refused(p, tmp_path):
    from safetensors.numpy import save_file

    m = NaiveBernoulli((3, 4)).fit(_binary(30))
    path = _save(m, tmp_path)
    bad = m.p.copy()
    bad[3] = p
    save_file({"p": bad}, str(path / "model.safetensors"))
    with pytest.raises(ArtifactError):
        training.load(path)


def test_the_shipped_naive_model_is_far_behind_the_pixelcnn_on_the_same_digits():
    """The lesson, in figures: exact NLL far above the PixelCNN's, same binarisation."""
    from training.artifacts import default_trained_dir

    root = default_trained_dir()
    naive = training.load(root / "naive-mnist5k")
    pixelcnn = training.read_card(root / "pixelcnn-gated-mnist5k")
    assert naive.card["created_by"].startswith("python -m training naive")
    assert naive.card["metrics"]["test_nll_nats"] > pixelcnn["metrics"]["test_nll_nats"] + 50
    assert naive.card["metrics"]["test_nll_nats"] < 784 * math.log(2)  # beats a fair coin
