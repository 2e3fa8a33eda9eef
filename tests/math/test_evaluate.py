"""Sample-quality figures: Fréchet distance, energy distance, memorisation."""

from __future__ import annotations

import numpy as np
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
