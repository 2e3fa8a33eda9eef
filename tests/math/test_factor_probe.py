"""The factor table of a generator: the nearest-training-image probe and the correlations."""

from __future__ import annotations

import numpy as np

from training.latent.factors import correlation_table, generator_factor_table, nearest_factors


def test_nearest_factors_returns_the_factors_of_the_closest_image():
    rng = np.random.default_rng(0)
    train = rng.random((50, 6, 6)).astype(np.float32)
    factors = {"x": np.arange(50, dtype=np.float32), "shape": np.arange(50) % 3}
    noisy = train[[7, 3, 41]] + 0.01 * rng.standard_normal((3, 6, 6)).astype(np.float32)
    got = nearest_factors(noisy, train, factors, chunk=2)
    assert got["x"].tolist() == [7, 3, 41] and got["shape"].tolist() == [1, 0, 2]


def test_correlation_table_finds_the_coordinate_that_carries_a_factor():
    rng = np.random.default_rng(1)
    codes = rng.standard_normal((400, 4))
    factors = {"x": 2 * codes[:, 2] + 0.1 * rng.standard_normal(400),
               "rotation": np.arctan2(codes[:, 1], codes[:, 0]) * 0 + codes[:, 3]}
    t = correlation_table(codes, factors)
    assert t["x"]["best_dim"] == 2 and t["x"]["best_abs_corr"] > 0.99
    assert t["rotation"]["best_dim"] == 3  # through cos / sin of the angle
    assert all(0 <= c <= 1 for c in t["x"]["abs_corr"])


class _Gen:
    """A 'generator' that draws a bar at column z₀: its images' x factor is z₀ itself."""

    latent_dim = 2

    def prior_z(self, n, seed=0):
        return np.random.default_rng(seed).uniform(0, 7.99, (n, 2)).astype(np.float32)

    def decode(self, z):
        img = np.zeros((len(z), 8, 8), np.float32)
        img[np.arange(len(z)), :, np.floor(z[:, 0]).astype(int)] = 1
        return img


def test_generator_table_reads_factors_off_generated_images():
    class SP:
        x_train = np.zeros((8, 8, 8), np.float32)
        factors_train = {"x": np.arange(8, dtype=np.float32)}
        x_test = x_train
        factors_test = factors_train

    for c in range(8):
        SP.x_train[c, :, c] = 1
    t = generator_factor_table(_Gen(), SP, n=200)
    assert t["z"]["x"]["best_dim"] == 0 and t["z"]["x"]["best_abs_corr"] > 0.95
    assert t["probe"]["x_abs_corr"] == 1.0 and "w" not in t
