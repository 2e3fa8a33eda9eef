"""Generative vs discriminative classifiers (training.density.gen_vs_disc): accuracy on
easy data, Bayes' rule by hand, the learning curve's shape and determinism."""

from __future__ import annotations

import numpy as np
import pytest

from training.density.gen_vs_disc import (
    PAIRS,
    BayesClassifier,
    Cancelled,
    DiscriminativeClassifier,
    LearningCurve,
    learning_curve,
    make_pair,
    per_class_subsample,
    pool_for,
)


def two_blobs(n, seed, gap=6.0):
    rng = np.random.default_rng(seed)
    y = np.repeat([0, 1], n)
    x = rng.normal(size=(2 * n, 2)) + np.where(y[:, None] == 0, -gap / 2, gap / 2) * np.array([1.0, 0.0])
    return x, y


@pytest.mark.parametrize("pair", list(PAIRS))
def test_well_separated_gaussians_are_classified_almost_perfectly(pair):
    x, y = two_blobs(100, 0)
    xt, yt = two_blobs(500, 1)
    gen, disc = make_pair(pair)
    assert gen.fit(x, y).accuracy(xt, yt) > 0.99
    assert disc.fit(x, y).accuracy(xt, yt) > 0.99


@pytest.mark.parametrize("density", ["lda", "qda", "kde"])
def test_bayes_posterior_sums_to_one_everywhere(density):
    x, y = two_blobs(50, 2, gap=2.0)
    clf = BayesClassifier(density).fit(np.concatenate([x, x[:20] + 5]), np.r_[y, np.full(20, 2)])
    far = np.array([[1e3, -1e3], [0.0, 0.0], [40.0, 40.0]])  # a KDE is 0 for every class far out
    post = clf.posterior(np.concatenate([x, far]))
    assert post.shape == (len(x) + 3, 3)
    np.testing.assert_allclose(post.sum(1), 1.0, atol=1e-12)
    assert np.isfinite(post).all()


def test_qda_posterior_is_bayes_rule_by_hand():
    from scipy.stats import multivariate_normal

    x, y = two_blobs(30, 3, gap=1.5)
    y[:10] = 1  # unequal priors: 20 / 40
    clf = BayesClassifier("qda").fit(x, y)
    q = np.array([[0.3, -0.2], [-1.0, 0.5]])
    joint = []
    for c in (0, 1):
        xc = x[y == c]
        cov = np.cov(xc.T, bias=True)
        joint.append(multivariate_normal(xc.mean(0), cov).pdf(q) * (y == c).mean())
    joint = np.stack(joint, 1)
    np.testing.assert_allclose(clf.posterior(q), joint / joint.sum(1, keepdims=True), rtol=1e-5)


def test_lda_log_odds_are_affine_in_x():
    """Shared Σ: log p(1|x) − log p(0|x) = wᵀx + b, so it is linear along any segment."""
    x, y = two_blobs(40, 4, gap=2.0)
    clf = BayesClassifier("lda").fit(x, y)
    a, b = np.array([-3.0, 1.0]), np.array([2.0, -2.5])
    lp = clf.log_posterior(np.stack([a, (a + b) / 2, b]))
    odds = lp[:, 1] - lp[:, 0]
    assert odds[1] == pytest.approx((odds[0] + odds[2]) / 2, abs=1e-9)


def test_discriminative_posterior_sums_to_one_and_predicts_labels():
    x, y = two_blobs(20, 5, gap=1.0)
    y = y + 3  # labels need not start at 0
    for model in ("logistic", "quadratic", "mlp"):
        clf = DiscriminativeClassifier(model).fit(x, y)
        np.testing.assert_allclose(clf.posterior(x).sum(1), 1.0, atol=1e-9)
        assert set(clf.predict(x)) <= {3, 4}


def test_learning_curve_shape_and_determinism():
    from training.data import get_source

    (x, y), (xt, yt) = pool_for(get_source("moons"), seed=0, per_class=50, n_test=300)
    sizes = (5, 10, 20, 10_000)
    a = learning_curve("quadratic", x, y, xt, yt, sizes=sizes, seeds=3)
    b = learning_curve("quadratic", x, y, xt, yt, sizes=sizes, seeds=3)
    assert a.sizes == (5, 10, 20) and a.dropped == (10_000,)
    assert a.gen.shape == a.disc.shape == (3, 3)
    np.testing.assert_array_equal(a.gen, b.gen)
    np.testing.assert_array_equal(a.disc, b.disc)
    assert ((a.gen > 0.5) & (a.gen <= 1)).all() and ((a.disc > 0.5) & (a.disc <= 1)).all()
    assert a.gen_median.shape == (3,)


def test_learning_curve_reports_progress_and_cancels():
    x, y = two_blobs(30, 6)
    seen = []
    learning_curve("linear", x, y, x, y, sizes=(5, 10), seeds=2,
                   progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with pytest.raises(Cancelled):
        learning_curve("linear", x, y, x, y, sizes=(5,), seeds=2, cancelled=lambda: True)


def test_subsample_takes_n_of_each_class_seeded():
    y = np.array([0] * 30 + [1] * 12 + [2] * 50)
    idx = per_class_subsample(y, 10, 7, np.unique(y))
    assert np.bincount(y[idx]).tolist() == [10, 10, 10]
    np.testing.assert_array_equal(idx, per_class_subsample(y, 10, 7, np.unique(y)))
    assert not np.array_equal(idx, per_class_subsample(y, 10, 8, np.unique(y)))


def test_crossover_is_where_the_discriminative_median_stays_ahead():
    gen = np.array([[0.9], [0.92], [0.93], [0.93]])
    disc = np.array([[0.8], [0.91], [0.94], [0.95]])
    assert LearningCurve("linear", (5, 10, 20, 50), gen, disc).crossover() == 20
    assert LearningCurve("linear", (5, 10), gen[:2], gen[:2]).crossover() is None


def test_bad_input_says_what_is_wrong():
    x, y = two_blobs(10, 0)
    with pytest.raises(ValueError, match="two classes"):
        BayesClassifier().fit(x, np.zeros(len(x)))
    with pytest.raises(ValueError, match="NaN"):
        DiscriminativeClassifier().fit(np.where(x > 5, np.nan, x) * np.nan, y)
    with pytest.raises(KeyError, match="known"):
        make_pair("cubic")
