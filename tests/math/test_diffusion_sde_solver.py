"""SDE-DPM-Solver++(2M): hand-computed steps, its first step against DDPM's ancestral step
(DDIM with η = 1), η = 0 as the ODE solver bit for bit, and the marginal it samples with the
exact denoiser of a Gaussian."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from training.diffusion import DDIMScheduler, DiffusionModel, DPMSolverMultistepScheduler


def _tiny(n, eta=1.0):
    s = DPMSolverMultistepScheduler(10, "linear", beta_start=0.05, beta_end=0.3, eta=eta)
    s.set_timesteps(n)
    return s, np.cumprod(1 - np.linspace(0.05, 0.3, 10))


def _asl(ab, t):
    return math.sqrt(ab[t]), math.sqrt(1 - ab[t]), 0.5 * math.log(ab[t] / (1 - ab[t]))


X = np.array([0.7, -0.4])
EPS = [np.array([0.3, -0.2]), np.array([-0.1, 0.5]), np.array([0.25, 0.05])]


def _noises(seed, n, shape=(2,)):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(shape, generator=g, dtype=torch.float64).numpy() for _ in range(n)]


def test_sde_steps_by_hand():
    s, ab = _tiny(3)
    ts = s.timesteps.tolist()
    assert ts == [9, 3, 0]
    (a0, s0, l0), (a1, s1, l1), (a2, s2, l2) = (_asl(ab, t) for t in ts)
    g = torch.Generator().manual_seed(5)
    x, outs = torch.tensor(X), []
    for t, e in zip(ts, EPS):
        outs.append(s.step(torch.tensor(e), t, x, generator=g))
        x = outs[-1].prev_sample
    z1, z2 = _noises(5, 2)
    # step 1, first order: (σ1/σ0) e^{−h} x + α1 (1 − e^{−2h}) x_θ + σ1 √(1 − e^{−2h}) z
    x0_0 = (X - s0 * EPS[0]) / a0
    h1 = l1 - l0
    x1 = s1 / s0 * math.exp(-h1) * X + a1 * (1 - math.exp(-2 * h1)) * x0_0 \
        + s1 * math.sqrt(1 - math.exp(-2 * h1)) * z1
    assert np.allclose(outs[0].prev_sample.numpy(), x1, atol=1e-12)
    # step 2, second order: the ODE solver's D = (1 + 1/2r) x_θ1 − 1/2r x_θ0 in the SDE step
    x0_1 = (x1 - s1 * EPS[1]) / a1
    h2 = l2 - l1
    r = h1 / h2
    d = (1 + 1 / (2 * r)) * x0_1 - 1 / (2 * r) * x0_0
    x2 = s2 / s1 * math.exp(-h2) * x1 + a2 * (1 - math.exp(-2 * h2)) * d \
        + s2 * math.sqrt(1 - math.exp(-2 * h2)) * z2
    assert np.allclose(outs[1].prev_sample.numpy(), x2, atol=1e-12)
    # the last step lands on σ = 0, the data prediction at t = 0, and draws no noise
    x0_2 = (x2 - s2 * EPS[2]) / a2
    assert np.allclose(outs[2].prev_sample.numpy(), x0_2, atol=1e-12)


def test_first_sde_step_is_the_ancestral_step_of_ddim_eta_1():
    """Same x_t, ε̂ and z: the first-order SDE step and DDIM's η = 1 step (eq. 12 and 16)
    agree — the means and the noise variances (σ_t/σ_s)² (1 − α_s²/α_t²) = σ_t² (1 − e^{−2h})."""
    sde = DPMSolverMultistepScheduler(eta=1.0)
    sde.set_timesteps(10)
    ddim = DDIMScheduler(eta=1.0)
    t, prev_t = sde.timesteps[0].item(), sde.timesteps[1].item()
    ddim.timesteps = torch.tensor([t, prev_t])
    ddim.num_inference_steps = 2
    assert ddim.previous_timestep(t) == prev_t
    x = torch.linspace(-2, 2, 9, dtype=torch.float64)
    eps = 0.3 * x + 0.1
    a = sde.step(eps, t, x, generator=torch.Generator().manual_seed(1)).prev_sample
    b = ddim.step(eps, t, x, generator=torch.Generator().manual_seed(1)).prev_sample
    assert torch.allclose(a, b, atol=1e-10)


def test_eta_zero_is_the_ode_solver_bit_for_bit_and_draws_no_noise():
    ode, sde0 = DPMSolverMultistepScheduler(), DPMSolverMultistepScheduler(eta=0.0)
    x = torch.randn(4, 1, 6, 6, generator=torch.Generator().manual_seed(0))
    g = torch.Generator().manual_seed(9)
    before = g.get_state()
    for s in (ode, sde0):
        s.set_timesteps(6)
    xa, xb = x.clone(), x.clone()
    for t in ode.timesteps.tolist():
        eps = 0.5 * xa
        xa = ode.step(eps, t, xa).prev_sample
        xb = sde0.step(0.5 * xb, t, xb, generator=g).prev_sample
    assert torch.equal(xa, xb)
    assert torch.equal(g.get_state(), before)
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError, match="η"):
            DPMSolverMultistepScheduler(eta=bad)


MU, SD = 1.5, 0.4


def _sample_gaussian(sched, n_steps, n, seed=0):
    """SDE samples of N(MU, SD²) data with the exact ε̂ (the Gaussian's own denoiser)."""
    sched.set_timesteps(n_steps)
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, generator=g, dtype=torch.float64)
    ab = sched.alphas_cumprod
    for t in sched.timesteps.tolist():
        a = ab[t].item()
        eps = math.sqrt(1 - a) * (x - math.sqrt(a) * MU) / (a * SD**2 + 1 - a)
        x = sched.step(eps, t, x, generator=g).prev_sample
    return x


@pytest.mark.parametrize("eta,spacing", [(1.0, "logsnr"), (1.0, "quadratic"), (0.5, "logsnr")])
def test_sde_solver_samples_the_data_distribution(eta, spacing):
    """With the exact denoiser the reverse SDE carries N(0, 1) to the data's N(MU, SD²) (the
    final jump to x̂_0 at t = 0 shrinks SD by 0.03 %). The solver gets there as its steps
    shrink: 40,000 samples (standard errors 0.002 in the mean, 0.0014 in the standard
    deviation). Measured std at 10 / 17 / 34 / 68 steps: log-SNR grid 0.404 / 0.416 / 0.404 /
    0.403; quadratic grid 0.486 / 0.447 / 0.409 / 0.403 — its first steps, long in λ, leave
    samples too spread at 17 (the ODE solver on that grid: 0.419)."""
    s = DPMSolverMultistepScheduler(eta=eta, timestep_spacing=spacing)
    x = _sample_gaussian(s, 68, 40_000)
    assert abs(x.mean().item() - MU) < 0.01
    assert abs(x.std().item() - SD) < 0.006
    coarse = _sample_gaussian(DPMSolverMultistepScheduler(eta=eta, timestep_spacing=spacing),
                              10, 40_000)
    assert abs(coarse.std().item() - SD) > abs(x.std().item() - SD)


def test_pipeline_samples_with_the_sde_solver():
    unet = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=1)
    name = "dpm++2m-sde:quadratic"
    a = unet.sample(2, steps=4, sampler=name, seed=3)
    assert a.shape == (2, 28, 28) and 0 <= a.min() <= a.max() <= 1
    assert np.array_equal(a, unet.sample(2, steps=4, sampler=name, seed=3))
    assert not np.array_equal(a, unet.sample(2, steps=4, sampler="dpm++2m:quadratic", seed=3))
    sched = unet.make_scheduler(name, 5)
    assert sched.eta == 1.0 and sched.timestep_spacing == "quadratic"
    assert sched.config()["solver"] == "dpm++2m-sde"
    steps = list(unet.denoise(2, steps=5, sampler=name, seed=0))
    assert steps[-1].prev_t == -1 and torch.equal(steps[-1].x_prev, steps[-1].x0)
    pts = DiffusionModel("mlp", (2,), hidden=16, depth=2, seed=0)
    p = pts.sample(30, steps=6, sampler="dpm++2m-sde", seed=0)
    assert p.shape == (30, 2) and np.isfinite(p).all()


def test_every_menu_sampler_keeps_the_shipped_2d_ddpm_on_its_data():
    """Unclipped points are where a solver's instability shows (images are clipped to
    [−1, 1]). Every sampler of the menu, at the step count it starts with, draws the shipped
    moons DDPM's points within 0.3 of DDIM-200's. Measured share farther (1,000 points):
    DDIM-50 0.1 %, UniPC-2 (t²)-17 0.1 %, SDE-DPM-Solver++(2M)-17 0.1 % on the λ grid and
    0.2 % on t² — but 19 % on the grid even in t (49.5 % at 10 steps), whose long last step
    (t = 62 → 0 at 17 steps, h = 3.1 after 0.69) makes the second-order extrapolation
    (1 + 1/(2r)) ≈ 3.2× the newest data prediction minus 2.2× the one before;
    DPM-Solver++(2M) itself, the ODE, gives 1.6 % there."""
    import training
    from training.artifacts import default_trained_dir
    from training.diffusion.pipeline import DEFAULT_STEPS, SAMPLERS

    model = training.load(default_trained_dir() / "diffusion-moons")
    ref = model.sample(2000, steps=200, sampler="ddim", seed=5)

    def far_share(x):
        d2 = ((x[:, None, :] - ref[None, :, :]) ** 2).sum(-1).min(1)
        return float(np.mean(d2 > 0.3**2))

    for sampler in SAMPLERS:
        x = model.sample(500, steps=DEFAULT_STEPS[sampler], sampler=sampler, seed=0)
        assert far_share(x) < 0.02, sampler
    bad = model.sample(500, steps=17, sampler="dpm++2m-sde:time", seed=0)
    assert far_share(bad) > 0.1
