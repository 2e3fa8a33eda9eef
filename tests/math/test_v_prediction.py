"""v-prediction (Salimans & Ho 2022): the target, its conversion to ε̂, the loss weights,
the card and the command; every sampler reads ε̂, so it must be exact."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import training
from training.diffusion import DiffusionModel
from training.diffusion.train import DiffusionTrainer, diffusion_objective


@pytest.fixture(scope="module")
def v_unet():
    return DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=1, prediction="v")


def _draw(seed=0, n=6):
    g = torch.Generator().manual_seed(seed)
    x0 = torch.rand(n, 1, 28, 28, generator=g) * 2 - 1
    eps = torch.randn(n, 1, 28, 28, generator=g)
    t = torch.tensor([0, 1, 250, 500, 900, 999])[:n]
    return x0, eps, t


def test_the_v_target_converts_back_to_the_noise_and_the_clean_image(v_unet):
    """v = α ε − σ x_0 with α = √ᾱ_t, σ = √(1−ᾱ_t); ε = σ x_t + α v and x_0 = α x_t − σ v
    (α² + σ² = 1), at every noise level including the ends of the schedule."""
    x0, eps, t = _draw()
    tr = DiffusionTrainer(v_unet, np.zeros((8, 28, 28), np.float32), steps=1, batch_size=4)
    x_t = v_unet.scheduler.add_noise(x0, eps, t)
    v = tr._target(x0, eps, t)
    ab = v_unet.scheduler.alphas_cumprod[t].double().reshape(-1, 1, 1, 1)
    want = ab.sqrt() * eps.double() - (1 - ab).sqrt() * x0.double()
    assert torch.allclose(v.double(), want, atol=1e-6)
    assert torch.allclose(v_unet.output_to_noise(v, x_t, t), eps, atol=1e-5)
    x0_back = ab.sqrt() * x_t.double() - (1 - ab).sqrt() * v.double()
    assert torch.allclose(x0_back.float(), x0, atol=1e-5)
    # one timestep for the whole batch (as the samplers call it) gives the same ε
    one = v_unet.output_to_noise(v[3:4], x_t[3:4], int(t[3]))
    assert torch.allclose(one, eps[3:4], atol=1e-5)


def test_predict_noise_of_a_v_model_is_the_converted_output(v_unet):
    x0, eps, t = _draw(1, n=2)
    x_t = v_unet.scheduler.add_noise(x0, eps, 400)
    with torch.no_grad():
        raw = v_unet.net(x_t, 400).float()
    want = v_unet.output_to_noise(raw, x_t, 400)
    assert torch.allclose(v_unet.predict_noise(x_t, 400), want, atol=1e-5)
    eps_model = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=1)
    with torch.no_grad():  # the same weights read as ε: the output unchanged
        assert torch.allclose(eps_model.predict_noise(x_t, 400), eps_model.net(x_t, 400))


def test_guidance_of_a_v_model_equals_guiding_the_converted_noise():
    m = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=2, num_classes=3,
                       prediction="v")
    torch.nn.init.normal_(m.net.label.weight)
    torch.nn.init.normal_(m.net.conv_out.weight, std=0.1)  # zero-initialised: make it speak
    x0, eps, _ = _draw(2, n=2)
    x_t = m.scheduler.add_noise(x0, eps, 300)
    y = torch.tensor([0, 2])
    cond = m.predict_noise(x_t, 300, y, guidance=1.0)
    uncond = m.predict_noise(x_t, 300, y, guidance=0.0)
    guided = m.predict_noise(x_t, 300, y, guidance=3.0)
    assert not torch.allclose(cond, uncond)
    assert torch.allclose(guided, uncond + 3.0 * (cond - uncond), atol=1e-4)


def test_v_training_loss_min_snr_weights_and_validation_loss():
    """The training loss regresses v; Min-SNR-γ for v weighs min(SNR, γ)/(SNR + 1); the
    validation loss is still the ε error (comparable with an ε model's)."""
    rng = np.random.default_rng(0)
    x = rng.random((32, 28, 28)).astype(np.float32)
    m = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0, prediction="v")
    tr = DiffusionTrainer(m, x, steps=3, batch_size=8, min_snr=5.0, x_val=x[:16], bf16=False)
    ab = m.scheduler.alphas_cumprod.double()
    snr = ab / (1 - ab)
    for t in (0, 100, 500, 999):
        want = min(float(snr[t]), 5.0) / (float(snr[t]) + 1)
        assert float(tr.loss_weights[t]) == pytest.approx(want, rel=1e-6)
    xv, tv, ev, _ = tr.val
    x_t = m.scheduler.add_noise(xv, ev, tv)
    with torch.no_grad():
        eps_hat = m.output_to_noise(tr.ema_net(x_t, tv).float(), x_t, tv)
    assert tr.val_loss() == pytest.approx(float(((eps_hat - ev) ** 2).mean()), rel=1e-5)
    before = tr.val_loss()
    while not tr.done:
        tr.step(1)
    assert np.isfinite(tr._acc / max(tr._acc_n, 1)) and np.isfinite(before)
    assert "v-prediction" in diffusion_objective(5.0, "v")
    assert "(SNR_t + 1)" in diffusion_objective(5.0, "v")
    assert "v-prediction" not in diffusion_objective(0.0)


def test_prediction_round_trips_and_bad_values_are_refused(tmp_path, v_unet):
    card = {"data": {"name": "mnist5k"}, "training": {"recipe": "test", "steps": 0},
            "metrics": {}, "created_by": "tests"}
    training.artifacts.save(v_unet, tmp_path / "v", card)
    back = training.load(tmp_path / "v")
    assert back.prediction == "v" and back.config()["prediction"] == "v"
    assert np.array_equal(back.sample(2, steps=3, seed=4), v_unet.sample(2, steps=3, seed=4))
    # a card from before the option: ε-prediction
    cfg = {k: v for k, v in v_unet.config().items() if k != "prediction"}
    assert DiffusionModel(**cfg).prediction == "epsilon"
    with pytest.raises(ValueError, match="prediction must be one of"):
        DiffusionModel("unet", (28, 28), channels=(8, 16, 16), prediction="x0")
    with pytest.raises(ValueError, match="image UNet only"):
        DiffusionModel("mlp", (2,), hidden=8, depth=1, prediction="v")


def test_prediction_option_reaches_the_canonical_command():
    from training.recipes import DiffusionRecipe

    assert "--prediction" not in DiffusionRecipe().command()  # the shipped recipes unchanged
    assert "--prediction v" in DiffusionRecipe(prediction="v").command()


def test_v_prediction_on_2d_points_is_refused_with_a_message(tmp_path, capsys):
    """The 2D MLP predicts ε: asking it for v stops before training, naming why (it used to
    be ignored silently)."""
    from training import cli

    assert cli.main(["diffusion", "--data", "moons", "--prediction", "v", "--steps", "1",
                     "--out", str(tmp_path / "m")]) == 2
    assert "--prediction v is offered for images" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()
