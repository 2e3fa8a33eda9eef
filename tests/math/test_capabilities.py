"""Where a model shows is decided by what it can do (training/capabilities.py)."""

from __future__ import annotations

import numpy as np
import pytest

import training
from training import capabilities as C
from training.artifacts import default_trained_dir

TRAINED = default_trained_dir()


@pytest.mark.parametrize("name, places", [
    ("diffusion-8gaussians", ("diffusion", "density")),
    ("diffusion-mnist5k", ("diffusion",)),
    ("latent-vae2-mnist5k", ("latent",)),
    ("latent-pca16-mnist5k", ("latent",)),
    ("density-flow-moons", ("density",)),
    ("density-gaussian-8gaussians", ("density",)),
    ("classifier-mnist5k", ()),
])
def test_places_of_the_shipped_models(name, places):
    assert C.places(training.load(TRAINED / name)) == places


class _Generator:
    """A decoder without an encoder (a GAN's generator)."""

    latent_dim = 3

    def decode(self, z):
        return np.zeros((len(z), 4, 4))


class _Points:
    """A 2D sampler without log_prob (a 2D GAN)."""

    is_points = True
    data_shape = (2,)

    def sample(self, n, seed=0):
        return np.random.default_rng(seed).normal(size=(n, 2))


class _Chain:
    step_names = ("v", "h")

    def iter_steps(self, n, seed=0, **options):
        for i in range(3):
            yield C.Step(i, 3, f"step {i}", {"v": np.zeros((n, 2, 2)), "h": np.zeros((n, 4))})


def test_capabilities_of_objects_that_name_no_kind():
    g, p, c = _Generator(), _Points(), _Chain()
    assert C.places(g) == ("latent",) and C.can_decode(g) and not C.can_encode(g)
    assert C.places(p) == ("density",) and C.is_2d_sampler(p) and not C.has_density_2d(p)
    assert C.places(c) == ("diffusion",) and [s.index for s in c.iter_steps(2)] == [0, 1, 2]
    assert C.describe(g) == ["decoder z → image"]
    assert "without a tractable density" in C.describe(p)[0]


def test_a_model_that_says_its_density_is_not_tractable_is_a_sampler():
    class Estimate(_Points):
        tractable = False

        def log_prob(self, x):
            return np.zeros(len(x))

    assert C.is_2d_sampler(Estimate()) and not C.has_density_2d(Estimate())


def test_diffusion_steps_carry_named_panels():
    model = training.load(TRAINED / "diffusion-8gaussians")
    steps = list(model.iter_steps(6, seed=1, steps=4))
    assert [s.index for s in steps] == [0, 1, 2, 3] and steps[-1].total == 4
    assert set(steps[0].panels) == set(model.step_names)
    assert all(v.shape == (6, 2) for v in steps[-1].panels.values())
    assert steps[-1].caption.endswith("x₀")
    # the last x̂₀ is what sample() returns for the same seed
    np.testing.assert_allclose(steps[-1].panels["x0"],
                               model.sample(6, steps=4, seed=1), atol=1e-5)
