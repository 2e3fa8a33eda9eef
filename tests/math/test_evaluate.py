"""Sample-quality figures: Fréchet distance, energy distance, memorisation."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import linalg

from training.evaluate import energy_distance, frechet_distance


def test_frechet_distance_matches_the_textbook_formula_and_handles_singular_covariances():
    rng = np.random.default_rng(0)
    a = rng.normal(size=(3000, 6))
    b = rng.normal(size=(3000, 6)) @ np.diag([1, 2, 1, 1, 0.5, 1]) + 0.3
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    ref = ((a.mean(0) - b.mean(0)) ** 2).sum() + np.trace(
        s1 + s2 - 2 * np.real(linalg.sqrtm(s1 @ s2)))
    assert np.isclose(frechet_distance(a, b), ref, rtol=1e-9)
    assert abs(frechet_distance(a, a)) < 1e-8
    dead = a.copy()
    dead[:, 2] = 0.0  # a dead ReLU unit: singular covariance
    d = frechet_distance(dead, b)
    assert np.isfinite(d) and d > 0


def test_energy_distance_is_zero_for_the_same_law_and_grows_with_a_shift():
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=(1500, 2)), rng.normal(size=(1500, 2))
    near = energy_distance(x, y)
    far = energy_distance(x, y + 1.0)
    assert abs(near) < 0.02 and far > 0.3


def test_knn_precision_and_recall_on_a_toy_case_worked_by_hand():
    """Kynkäänniemi et al. 2019, k = 1 on the line. Real {0, 1, 2, 3}: each ball has radius
    1 (distance to the nearest other real point), so the real manifold is [−1, 4]. Fake
    {0.5, 10}: radii 9.5 each, so the fake manifold is [−9, 19.5]. Precision: 0.5 is in
    the real manifold, 10 is not → 1/2. Recall: every real point is in the fake one → 1."""
    from training.evaluate import knn_precision_recall

    real = np.array([[0.0], [1.0], [2.0], [3.0]])
    fake = np.array([[0.5], [10.0]])
    assert knn_precision_recall(real, fake, k=1) == {"precision": 0.5, "recall": 1.0}
    # points off the real manifold [−1, 4] do not count as precise
    far = np.array([[4.5], [-2.5], [1.5]])
    r = knn_precision_recall(real, far, k=1)
    assert r["precision"] == 1 / 3  # only 1.5 lies within 1 of a real point
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(400, 5)), rng.normal(size=(400, 5))
    same = knn_precision_recall(a, b, k=3)
    assert same["precision"] > 0.8 and same["recall"] > 0.8  # one law: both high
    collapsed = knn_precision_recall(a, 0.01 * b, k=3)  # all samples near the mode
    assert collapsed["precision"] > 0.9 and collapsed["recall"] < 0.2
    with pytest.raises(ValueError):
        knn_precision_recall(real, fake, k=3)
