"""Latent diffusion (training/diffusion/latent_diffusion.py): standardisation, decoding with
the card's scale, the VAE dependency, a tiny model trained a few steps, the recipe."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import torch

import training
from training import ArtifactError
from training.diffusion.latent_diffusion import LatentDiffusionModel, latent_grid, weights_sha256
from training.diffusion.latent_recipe import standardisation
from tests.conftest import TRAINED

VAE = "latent-vae16-mnist5k"
CARD = {"data": {"name": "mnist5k"}, "training": {"seed": 0}, "metrics": {},
        "created_by": "test"}


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def _tiny(shift=None, scale=None, vae=VAE, sha=None) -> LatentDiffusionModel:
    m = LatentDiffusionModel(vae, weights_sha256(TRAINED / VAE) if sha is None else sha,
                             latent_dim=16, hidden=8, depth=1)
    if shift is not None:
        m.ddpm.shift = torch.as_tensor(shift, dtype=torch.float32)
        m.ddpm.scale = torch.as_tensor(scale, dtype=torch.float32)
    return m


def test_standardisation_round_trip_per_dimension_and_global():
    rng = np.random.default_rng(0)
    z = rng.normal(size=(500, 16)) * np.linspace(0.1, 3, 16) + np.arange(16)
    m, s = standardisation(z, "dimension")
    model = _tiny(m, s)
    u = model.standardise(z)
    np.testing.assert_allclose(u.mean(0), 0, atol=1e-4)
    np.testing.assert_allclose(u.std(0), 1, atol=1e-4)
    np.testing.assert_allclose(model.unstandardise(u), z, rtol=1e-5, atol=1e-4)
    mg, sg = standardisation(z, "global")
    assert np.ptp(mg) == 0 and np.ptp(sg) == 0
    assert np.isclose(model.standardise(z).std(), 1, atol=1e-3)
    with pytest.raises(ValueError, match="no spread"):
        standardisation(np.ones((10, 3)), "dimension")


def test_decode_uses_the_scale_of_the_card(tmp_path):
    rng = np.random.default_rng(1)
    shift, scale = rng.normal(size=16).astype(np.float32), rng.uniform(0.2, 2, 16).astype(np.float32)
    card = {**CARD, "latent_standardisation": {"mean": shift.tolist(), "scale": scale.tolist()}}
    training.save(_tiny(shift, scale), tmp_path / "ldm", card)
    model = training.load(tmp_path / "ldm")
    assert model.vae is not None and model.vae_path.name == VAE
    np.testing.assert_array_equal(model.ddpm.scale.numpy(),
                                  np.asarray(model.card["latent_standardisation"]["scale"], np.float32))
    u = rng.normal(size=(3, 16)).astype(np.float32)
    got = model.decode_standardised(u)
    vae = training.load(TRAINED / VAE)
    np.testing.assert_allclose(got, vae.decode(u * scale + shift), atol=1e-6)
    assert not np.allclose(got, vae.decode(u), atol=1e-3)  # the scale matters
    # and the codes of real digits go back through the same m and s
    x = vae.decode(rng.normal(size=(2, 16)))
    np.testing.assert_allclose(model.encode_standardised(x), (vae.encode(x) - shift) / scale,
                               rtol=1e-5, atol=1e-5)


def test_load_refuses_without_its_vae_or_with_another(tmp_path, monkeypatch):
    training.save(_tiny(vae="latent-vae16-gone"), tmp_path / "a", CARD)
    with pytest.raises(ArtifactError, match="latent-vae16-gone.*not beside it nor in trained"):
        training.load(tmp_path / "a")
    training.save(_tiny(sha="0" * 64), tmp_path / "b", CARD)
    with pytest.raises(ArtifactError, match="not the one this model was trained on"):
        training.load(tmp_path / "b")
    # the shipped VAE gone from trained/ (and not beside the model): refused, with the remedy
    training.save(_tiny(), tmp_path / "c", CARD)
    monkeypatch.setenv("LATENT_EXPLORER_TRAINED", str(tmp_path / "empty"))
    with pytest.raises(ArtifactError, match=r"python -m training latent --family vae"):
        training.load(tmp_path / "c")
    # a copy of the VAE beside the model is found there
    shutil.copytree(TRAINED / VAE, tmp_path / VAE)
    assert training.load(tmp_path / "c").vae_path == tmp_path / VAE


def test_a_tiny_latent_ddpm_trains_and_steps_with_the_three_panels(tmp_path):
    from training.diffusion.train import DiffusionTrainer

    vae = training.load(TRAINED / VAE)
    x = vae.decode(np.random.default_rng(2).normal(size=(64, 16)))
    z = vae.encode(x)
    m, s = standardisation(z)
    model = _tiny(m, s)
    model.attach_vae(vae, TRAINED / VAE)
    trainer = DiffusionTrainer(model.ddpm, z, steps=6, batch_size=16, bf16=False, eval_every=3)
    trainer.run()
    assert trainer.step_count == 6 and np.isfinite(trainer.history[-1][1])
    steps = list(model.iter_steps(3, seed=4, sampler="ddim", steps=5))
    assert [st.index for st in steps] == list(range(5)) and steps[-1].total == 5
    assert set(steps[0].panels) == {"z_t", "decode(z_t)", "decode(ẑ₀)"}
    assert steps[0].panels["z_t"].shape == (3, 4, 4)
    for name in ("decode(z_t)", "decode(ẑ₀)"):
        img = steps[-1].panels[name]
        assert img.shape == (3, 28, 28) and img.min() >= 0 and img.max() <= 1
    # z_T is the seed's N(0, I) draw, the same as the inner DDPM's
    np.testing.assert_allclose(steps[0].panels["z_t"].reshape(3, 16),
                               model.ddpm.initial_noise(3, 4).numpy())
    assert steps[-1].caption.endswith("z₀")
    # beside the pixel DDPM: its x_t and x̂₀ on the same steps
    both = list(model.iter_steps(2, seed=4, sampler="ddim", steps=2, beside_pixel=True))
    assert len(both) == 2 and both[-1].panels["pixel DDPM: x_t"].shape == (2, 28, 28)
    assert set(both[0].panels) == set(model.step_names)
    # sample: decoded images, reproducible by seed
    a, b = model.sample(4, steps=3, seed=1), model.sample(4, steps=3, seed=1)
    assert a.shape == (4, 28, 28) and np.array_equal(a, b)


def test_latent_grid():
    assert latent_grid(16) == (4, 4) and latent_grid(8) == (2, 4) and latent_grid(7) == (1, 7)


def test_the_recipe_trains_saves_and_records_its_vae(tmp_path, capsys):
    from training import cli

    out = tmp_path / "ldm"
    code = cli.main(["latent-diffusion", "--steps", "4", "--batch-size", "8", "--hidden", "8",
                     "--depth", "1", "--skip-eval", "--checkpoint-every", "0", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    card = json.loads((out / "card.json").read_text())
    assert card["kind"] == "latent-diffusion" and card["config"]["vae"] == VAE
    dep = card["depends_on"]["vae"]
    assert dep["weights_sha256"] == weights_sha256(TRAINED / VAE) == card["config"]["vae_sha256"]
    assert "encoder means" in card["data"]["codes"]
    model = training.load(out)
    np.testing.assert_allclose(model.ddpm.scale.numpy(), card["latent_standardisation"]["scale"],
                               rtol=1e-6)
    assert cli.main(["latent-diffusion", "--vae", "no-such-vae", "--out",
                     str(tmp_path / "x")]) == 2
    assert "no such artifact" in capsys.readouterr().err


def test_all_remakes_the_latent_ddpm_after_and_whenever_its_vae(tmp_path, monkeypatch, capsys):
    from training import cli
    from training.shipped import DEPENDS_ON, SHIPPED

    order = list(SHIPPED)
    for name, deps in DEPENDS_ON.items():
        assert all(order.index(d) < order.index(name) for d in deps), name
    root = tmp_path / "trained"
    for name in SHIPPED:  # every card up to date …
        (root / name).mkdir(parents=True)
        card = {"schema": 1, "kind": "latent", "class": "VAE", "config": {},
                "data": {"name": "x"}, "training": {}, "metrics": {},
                "created_by": SHIPPED[name]}
        if name == VAE:  # … but the VAE's, whose recipe changed
            card["created_by"] += " --old"
        (root / name / "card.json").write_text(json.dumps(card))
    monkeypatch.setenv("LATENT_EXPLORER_TRAINED", str(root))
    assert cli.main(["all", "--dry-run"]) == 0
    made = [ln.split(":")[0] for ln in capsys.readouterr().err.splitlines()
            if "python -m training" in ln]
    assert made == [VAE, "diffusion-vae16-mnist5k"]
