"""training/data/from_card.py: a model's data made again from its card, in one place."""

from __future__ import annotations

import numpy as np
import pytest

from training.artifacts import default_trained_dir, read_card
from training.data import make_splits
from training.data.from_card import (CardDataError, data_name, image_splits_of, point_splits,
                                     source_params)

TRAINED = default_trained_dir()


def test_points_of_a_generator_and_of_the_cities_are_the_recipes():
    card = read_card(TRAINED / "density-flow-moons")
    sp = point_splits(card)
    ref = make_splits("moons", seed=0, n_train=5000, n_val=5000, n_test=20000)
    np.testing.assert_array_equal(sp.test, ref.test)
    assert len(point_splits(card, n_train=100).train) == 100
    cities = read_card(TRAINED / "density-flow-world-cities")
    assert source_params(cities) == {"min_population": 1_000_000}
    assert len(point_splits(cities).train) == cities["data"]["n_train"]


def test_images_of_mnist_and_of_the_shapes():
    sp = image_splits_of(read_card(TRAINED / "diffusion-mnist5k"))
    assert sp.x_test.shape == (1000, 28, 28)
    shapes = read_card(TRAINED / "latent-vae8-shapes")
    assert image_splits_of(shapes).x_train.shape[1:] == (32, 32)


@pytest.mark.parametrize("data, match", [
    (None, "does not say"),
    ({"name": "no-such-set"}, "not a data set"),
    ({"name": "mine", "path": "/nonexistent/points.csv"}, "no longer there"),
    ({"name": "x", "train_seed": "zero"}, "not a number"),
])
def test_what_cannot_be_made_again_is_named(data, match):
    card = {"data": data} if data is not None else {}
    with pytest.raises(CardDataError, match=match):
        point_splits(card)


def test_a_users_folder_that_is_gone():
    card = {"data": {"name": "my images", "path": "/nonexistent/folder"}}
    assert data_name(card) == "/nonexistent/folder"
    with pytest.raises(CardDataError, match="no longer there"):
        image_splits_of(card, (28, 28))
