"""training.save / training.load: round trip and every way an artifact can be broken."""

from __future__ import annotations

import json
import os
import shutil
import struct

import numpy as np
import pytest

import training
from training import ArtifactError
from training.artifacts import CARD_NAME, WEIGHTS_NAME
from training.density import BoxDensity, GaussianDensity


def _card(path):
    return json.loads((path / CARD_NAME).read_text())


def _write_card(path, card):
    (path / CARD_NAME).write_text(json.dumps(card))


def test_round_trip_gives_identical_model(gaussian_artifact):
    model = training.load(gaussian_artifact)
    assert isinstance(model, GaussianDensity)
    card = model.card
    assert card["schema"] == 1 and card["kind"] == "density"
    assert card["class"] == "GaussianDensity"
    assert card["config"] == {"ridge": 1e-6}
    assert card["data"]["name"] == "moons"
    x = np.random.default_rng(0).normal(size=(100, 2))
    ref = GaussianDensity().fit(training.data.get_dataset("moons", 500, seed=3))
    np.testing.assert_array_equal(model.log_prob(x), ref.log_prob(x))
    np.testing.assert_array_equal(model.sample(10, seed=1), ref.sample(10, seed=1))


def test_card_has_every_required_field(gaussian_artifact):
    card = _card(gaussian_artifact)
    for key in ("schema", "kind", "class", "config", "data", "training", "metrics", "created_by"):
        assert key in card


def test_save_is_atomic_and_replaces(tmp_path, gaussian_artifact):
    model = training.load(gaussian_artifact)
    box = BoxDensity().fit(np.array([[0.0, 0.0], [1.0, 2.0]]))
    card = {k: model.card[k] for k in ("data", "training", "metrics", "created_by")}
    training.save(box, gaussian_artifact, card)
    assert isinstance(training.load(gaussian_artifact), BoxDensity)
    # no temporary folders left beside it
    assert [p.name for p in gaussian_artifact.parent.iterdir()] == [gaussian_artifact.name]


def test_save_failure_leaves_previous_artifact(tmp_path, gaussian_artifact, monkeypatch):
    model = training.load(gaussian_artifact)
    card = {k: model.card[k] for k in ("data", "training", "metrics", "created_by")}

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr("safetensors.numpy.save_file", boom)
    with pytest.raises(OSError):
        training.save(model, gaussian_artifact, card)
    assert isinstance(training.load(gaussian_artifact), GaussianDensity)
    assert [p.name for p in gaussian_artifact.parent.iterdir()] == [gaussian_artifact.name]


def test_save_refuses_nan_metrics_as_numbers(tmp_path):
    model = BoxDensity().fit(np.array([[0.0, 0.0], [1.0, 2.0]]))
    card = {"data": {"name": "x"}, "training": {}, "metrics": {"test_nll_nats": float("inf")},
            "created_by": "test"}
    path = training.save(model, tmp_path / "box", card)
    assert _card(path)["metrics"]["test_nll_nats"] == "inf"
    assert training.load(path).card["metrics"]["test_nll_nats"] == "inf"


# ------------------------------------------------------------------ corrupt variants
def _mutate_card(**changes):
    def f(path):
        card = _card(path)
        for k, v in changes.items():
            if v is _DELETE:
                del card[k]
            else:
                card[k] = v
        _write_card(path, card)
    return f


_DELETE = object()


def _weights(path, tensors):
    from safetensors.numpy import save_file

    save_file(tensors, str(path / WEIGHTS_NAME))


CORRUPTIONS = {
    "missing folder": lambda p: shutil.rmtree(p),
    "a file, not a folder": lambda p: (shutil.rmtree(p), p.write_text("hello")),
    "missing card": lambda p: (p / CARD_NAME).unlink(),
    "missing weights": lambda p: (p / WEIGHTS_NAME).unlink(),
    "empty card": lambda p: (p / CARD_NAME).write_text(""),
    "malformed JSON": lambda p: (p / CARD_NAME).write_text('{"schema": 1, "kind": '),
    "binary card": lambda p: (p / CARD_NAME).write_bytes(b"\xff\xfe\x00\x81" * 10),
    "card is a list": lambda p: (p / CARD_NAME).write_text("[1, 2, 3]"),
    "deeply nested card": lambda p: (p / CARD_NAME).write_text("[" * 100000 + "]" * 100000),
    "huge card": lambda p: (p / CARD_NAME).write_text(" " * (9 * 1024**2) + "{}"),
    "wrong schema": _mutate_card(schema=99),
    "schema as string": _mutate_card(schema="1"),
    "missing kind": _mutate_card(kind=_DELETE),
    "unknown kind": _mutate_card(kind="spaceship"),
    "kind mismatch": _mutate_card(kind="latent"),
    "unknown class": _mutate_card(**{"class": "os.system"}),
    "bad config": _mutate_card(config={"ridge": 1e-6, "evil": 1}),
    "config wrong type": _mutate_card(config="ridge=1"),
    "data without name": _mutate_card(data={"n": 5}),
    "metric not a number": _mutate_card(metrics={"test_nll_nats": "low"}),
    "missing created_by": _mutate_card(created_by=_DELETE),
    "empty weights": lambda p: (p / WEIGHTS_NAME).write_bytes(b""),
    "truncated weights": lambda p: (p / WEIGHTS_NAME).write_bytes((p / WEIGHTS_NAME).read_bytes()[:40]),
    "garbage weights": lambda p: (p / WEIGHTS_NAME).write_bytes(os.urandom(4096)),
    "header length lies": lambda p: (p / WEIGHTS_NAME).write_bytes(struct.pack("<Q", 2**62) + b"{}"),
    "header not JSON": lambda p: (p / WEIGHTS_NAME).write_bytes(struct.pack("<Q", 4) + b"abcd"),
    "pickle instead of safetensors": lambda p: (p / WEIGHTS_NAME).write_bytes(
        b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system\x94\x93\x94."),
    "missing tensor": lambda p: _weights(p, {"mean": np.zeros(2)}),
    "extra tensor": lambda p: _weights(p, {"mean": np.zeros(2), "cov": np.eye(2), "x": np.zeros(1)}),
    "wrong tensor name": lambda p: _weights(p, {"mu": np.zeros(2), "cov": np.eye(2)}),
    "wrong shape": lambda p: _weights(p, {"mean": np.zeros(3), "cov": np.eye(2)}),
    "wrong dtype": lambda p: _weights(p, {"mean": np.zeros(2, np.float32), "cov": np.eye(2)}),
    "NaN weights": lambda p: _weights(p, {"mean": np.array([np.nan, 0.0]), "cov": np.eye(2)}),
    "infinite weights": lambda p: _weights(p, {"mean": np.zeros(2), "cov": np.full((2, 2), np.inf)}),
    "invalid covariance": lambda p: _weights(p, {"mean": np.zeros(2), "cov": -np.eye(2)}),
    "weights is a folder": lambda p: ((p / WEIGHTS_NAME).unlink(), (p / WEIGHTS_NAME).mkdir()),
}


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_corrupt_artifact_raises_artifact_error(name, gaussian_artifact):
    CORRUPTIONS[name](gaussian_artifact)
    with pytest.raises(ArtifactError) as info:
        training.load(gaussian_artifact)
    msg = str(info.value)
    assert len(msg) > 20 and "Traceback" not in msg


def test_oversized_weights_rejected_before_reading(gaussian_artifact, monkeypatch):
    monkeypatch.setattr("training.artifacts.MAX_WEIGHTS_BYTES", 16)
    with pytest.raises(ArtifactError, match="over the limit"):
        training.load(gaussian_artifact)


def test_shipped_artifacts_all_load():
    from tests.conftest import TRAINED

    found = training.discover(TRAINED)
    assert found, "trained/ ships at least one artifact"
    for path, card in found:
        model = training.load(path)
        assert card["created_by"].startswith("python -m training")
        assert model.card == card


def test_every_shipped_artifact_is_made_by_its_recipe():
    """trained/ and training/recipes.py agree: `python -m training all` re-makes exactly
    what ships, each by the command recorded in its card."""
    from training.artifacts import default_trained_dir
    from training.shipped import SHIPPED

    found = {p.name: c for p, c in training.discover(default_trained_dir())}
    assert set(found) == set(SHIPPED)
    for name, card in found.items():
        assert card["created_by"] == SHIPPED[name], name
        assert card["created_by"].endswith(f"--out trained/{name}")


# ------------------------------------------------------------------ expected_shapes
def _filled(cls, config):
    from training.artifact_checks import check_config

    return dict(check_config(cls, config, "test").arguments)


def _real_shapes(cls, config):
    return {k: v.shape for k, v in cls(**config).get_tensors().items()}


SMALL_CONFIGS = {
    "AutoregressiveDensity": [{"bins": 2, "hidden": 1, "fourier": 0},
                              {"bins": 17, "hidden": 5, "fourier": 3}],
    "GaussianDensity": [{}, {"ridge": 1e-3}],
    "GANDensity": [{"noise_dim": 1, "g_depth": 0, "g_width": 3, "d_depth": 1, "d_width": 4},
                   {"g_depth": 2, "g_width": 5, "d_depth": 2, "d_width": 3,
                    "spectral_norm": True}],
    "BoxDensity": [{}],
    "GMMDensity": [{"n_components": 1}, {"n_components": 5}],
    "KDEDensity": [{"n_points": 0}, {"n_points": 7, "bandwidth": 0.5}],
    "FactorizedDensity": [{"n_points": 3}],
    "FlowDensity": [{"n_layers": 1, "bins": 2, "hidden": 3},
                    {"n_layers": 3, "bins": 5, "hidden": 7}],
    "PPCA": [{"image_shape": [4, 4], "latent_dim": 2}, {"image_shape": [3, 5], "latent_dim": 1}],
    "VAE": [{"image_shape": [4, 4], "latent_dim": 3, "hidden": [5]},
            {"image_shape": [6, 2], "latent_dim": 2, "hidden": [7, 3], "variational": False},
            {"image_shape": [8, 8], "latent_dim": 2, "hidden": [5], "encoder": "conv"},
            {"image_shape": [12, 8], "latent_dim": 4, "hidden": [6, 3], "encoder": "conv"}],
    "DiffusionModel": [
        {"net": "mlp", "data_shape": [3], "hidden": 5, "depth": 0, "fourier": 0},
        {"net": "mlp", "data_shape": [2], "hidden": 7, "depth": 2, "fourier": 3},
        {"net": "unet", "data_shape": [8, 8], "channels": [8, 16, 8]},
        {"net": "unet", "data_shape": [4, 12], "channels": [2, 4, 4]}],
    "DCGAN": [{"latent_dim": 3, "channels": 2, "d_channels": 2},
              {"image_shape": [20, 24], "latent_dim": 5, "channels": 3, "d_channels": 1}],
    "StyleGAN": [{"latent_dim": 2, "w_dim": 3, "mapping_layers": 1, "channels": [2, 3, 2, 1],
                  "d_channels": 1},
                 {"latent_dim": 4, "w_dim": 5, "mapping_layers": 3, "channels": [4, 2, 3, 2]}],
    "DigitClassifier": [{"width": 3, "feat": 5, "n_classes": 4},
                        {"width": 1, "feat": 1, "n_classes": 2, "image_shape": [31, 29]}],
    "RBM": [{"n_hidden": 1, "image_shape": [1, 1]},
            {"n_hidden": 7, "image_shape": [3, 5], "n_chains": 4}],
    "PixelCNN": [{"arch": "gated", "channels": 2, "layers": 1, "first_kernel": 3,
                  "image_shape": [4, 4]},
                 {"arch": "plain", "channels": 3, "layers": 2, "first_kernel": 5,
                  "image_shape": [6, 5]}],
    "NaiveBernoulli": [{"image_shape": [1, 1]}, {"image_shape": [3, 5], "alpha": 0.5}],
    "LatentDiffusionModel": [{"latent_dim": 3, "hidden": 5, "depth": 0},
                             {"latent_dim": 16, "hidden": 7, "depth": 2, "fourier": 2}],
}


def test_every_registered_class_describes_its_tensors():
    classes = training.artifacts.registered_classes()
    assert set(SMALL_CONFIGS) == set(classes)
    for name, cls in classes.items():
        assert callable(getattr(cls, "expected_shapes", None)), name
        for config in SMALL_CONFIGS[name]:
            expected = cls.expected_shapes(_filled(cls, config))
            assert expected == _real_shapes(cls, config), (name, config)


def test_expected_shapes_match_every_shipped_model():
    from tests.conftest import TRAINED

    classes = training.artifacts.registered_classes()
    for path, card in training.discover(TRAINED):
        cls = classes[card["class"]]
        model = training.load(path)
        shapes = {k: v.shape for k, v in model.get_tensors().items()}
        assert cls.expected_shapes(_filled(cls, card["config"])) == shapes, path.name


@pytest.mark.parametrize("config, match", [
    ({"image_shape": [32, 32]}, "28×28"),
    ({"image_shape": [28]}, "does not fit"),
])
def test_classifier_config_it_cannot_run_is_refused(tmp_path, config, match):
    from training.classifier import DigitClassifier

    path = training.save(DigitClassifier(width=2, feat=3), tmp_path / "clf",
                         {"data": {"name": "x"}, "training": {}, "metrics": {}, "created_by": "t"})
    card = _card(path)
    card["config"].update(config)
    _write_card(path, card)
    with pytest.raises(ArtifactError, match=match):
        training.load(path)
