"""Schedules and the DDPM / DDIM schedulers against the equations, with fake denoisers."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from training.diffusion import DDIMScheduler, DDPMScheduler, make_schedule


def test_linear_schedule_matches_the_paper():
    s = make_schedule("linear", 1000)
    assert s.T == 1000
    assert s.betas[0].item() == pytest.approx(1e-4)
    assert s.betas[-1].item() == pytest.approx(0.02)
    assert np.allclose(np.diff(s.betas.numpy()), (0.02 - 1e-4) / 999)
    ab = s.alphas_cumprod
    assert ab[0].item() == pytest.approx(1 - 1e-4)
    # ᾱ_t = ∏ (1 − β_s): check one by hand
    assert ab[9].item() == pytest.approx(np.prod(1 - s.betas[:10].numpy()))
    assert ab[-1].item() < 1e-4  # x_T is nearly pure noise
    assert torch.all(s.log_snr()[1:] < s.log_snr()[:-1])  # SNR falls monotonically


def test_cosine_schedule():
    s = make_schedule("cosine", 1000)
    f = lambda t: math.cos((t / 1000 + 0.008) / 1.008 * math.pi / 2) ** 2  # noqa: E731
    assert s.alphas_cumprod[499].item() == pytest.approx(f(500) / f(0), rel=1e-9)
    assert s.betas.max().item() <= 0.999
    with pytest.raises(ValueError, match="unknown schedule"):
        make_schedule("quadratic")


def test_set_timesteps_leading_spacing():
    s = DDIMScheduler()
    s.set_timesteps(50)
    assert s.timesteps.tolist() == list(range(980, -1, -20))
    assert s.previous_timestep(980) == 960 and s.previous_timestep(0) == -1
    s.set_timesteps(1000)
    assert s.timesteps.tolist() == list(range(999, -1, -1))
    with pytest.raises(ValueError):
        s.set_timesteps(0)


def test_add_noise_formula_and_marginals():
    s = DDPMScheduler()
    x0 = torch.full((4, 3), 2.0)
    eps = torch.randn(4, 3, generator=torch.Generator().manual_seed(0))
    t = torch.tensor([0, 10, 500, 999])
    ab = s.alphas_cumprod.float()[t][:, None]
    assert torch.allclose(s.add_noise(x0, eps, t), ab.sqrt() * x0 + (1 - ab).sqrt() * eps)
    # statistically: x_t | x_0 ~ N(√ᾱ_t x_0, 1 − ᾱ_t)
    g = torch.Generator().manual_seed(1)
    n = 200_000
    x0 = torch.full((n,), 1.5)
    for tt in (50, 300, 900):
        xt = s.add_noise(x0, torch.randn(n, generator=g), torch.full((n,), tt))
        a = s.alphas_cumprod[tt].item()
        assert xt.mean().item() == pytest.approx(math.sqrt(a) * 1.5, abs=0.01)
        assert xt.var().item() == pytest.approx(1 - a, rel=0.02)


def _by_hand(t, prev, sample, eps, sched):
    ab = sched.alphas_cumprod.numpy()
    ab_t, ab_p = ab[t], (ab[prev] if prev >= 0 else 1.0)
    x0 = (sample - math.sqrt(1 - ab_t) * eps) / math.sqrt(ab_t)
    return ab_t, ab_p, x0


def test_ddpm_step_equals_eq11_and_posterior_by_hand():
    s = DDPMScheduler()  # all 1000 steps, no clipping
    x = torch.tensor([[0.3, -1.2]], dtype=torch.float64)
    eps = torch.tensor([[0.5, 0.1]], dtype=torch.float64)
    t = 600
    # σ = 0 part: compare the mean by using a zero-noise generator trick (two runs, same seed)
    g1, g2 = torch.Generator().manual_seed(3), torch.Generator().manual_seed(3)
    out = s.step(eps, t, x, generator=g1)
    z = torch.randn(x.shape, generator=g2, dtype=x.dtype)
    beta = s.betas[t].item()
    ab_t = s.alphas_cumprod[t].item()
    ab_p = s.alphas_cumprod[t - 1].item()
    mean_eq11 = (x - beta / math.sqrt(1 - ab_t) * eps) / math.sqrt(1 - beta)
    var = (1 - ab_p) / (1 - ab_t) * beta
    assert torch.allclose(out.prev_sample, mean_eq11 + math.sqrt(var) * z, atol=1e-12)
    assert torch.allclose(out.pred_original_sample,
                          (x - math.sqrt(1 - ab_t) * eps) / math.sqrt(ab_t), atol=1e-12)
    # the last step adds no noise and returns the posterior mean
    last = s.step(eps, 0, x)
    assert torch.allclose(last.prev_sample, last.pred_original_sample, atol=1e-9)


def test_ddpm_subsampled_uses_the_skipped_beta():
    s = DDPMScheduler(variance_type="fixed_large")
    s.set_timesteps(10)  # 900, 800, …
    x = torch.tensor([[1.0]], dtype=torch.float64)
    eps = torch.tensor([[0.2]], dtype=torch.float64)
    g1, g2 = torch.Generator().manual_seed(0), torch.Generator().manual_seed(0)
    out = s.step(eps, 900, x, generator=g1)
    z = torch.randn((1, 1), generator=g2, dtype=torch.float64)
    ab_t, ab_p, x0 = _by_hand(900, 800, x, eps, s)
    beta = 1 - ab_t / ab_p
    mean = math.sqrt(ab_p) * beta / (1 - ab_t) * x0 + math.sqrt(1 - beta) * (1 - ab_p) / (1 - ab_t) * x
    assert torch.allclose(out.prev_sample, mean + math.sqrt(beta) * z, atol=1e-12)


def test_ddim_step_eq12_by_hand_and_eta1_equals_ddpm():
    x = torch.tensor([[0.7, -0.4, 2.0]], dtype=torch.float64)
    eps = torch.tensor([[-0.3, 0.9, 0.05]], dtype=torch.float64)
    s = DDIMScheduler()
    s.set_timesteps(20)
    t, prev = 500, 450
    out = s.step(eps, t, x)  # η = 0
    ab_t, ab_p, x0 = _by_hand(t, prev, x, eps, s)
    expected = math.sqrt(ab_p) * x0 + math.sqrt(1 - ab_p) * eps
    assert torch.allclose(out.prev_sample, expected, atol=1e-12)
    # η = 1: σ² equals DDPM's posterior variance β̃ and the mean equals DDPM's posterior mean
    d = DDPMScheduler()
    d.set_timesteps(20)
    g = [torch.Generator().manual_seed(5) for _ in range(2)]
    a = s.step(eps, t, x, generator=g[0], eta=1.0).prev_sample
    b = d.step(eps, t, x, generator=g[1]).prev_sample
    assert torch.allclose(a, b, atol=1e-10)


def test_ddim_eta0_is_deterministic_and_clipping_keeps_range():
    s = DDIMScheduler(clip_sample=True)
    s.set_timesteps(10)
    x = torch.randn(5, 1, 4, 4, generator=torch.Generator().manual_seed(0)) * 3
    eps = torch.zeros_like(x)
    o1 = s.step(eps, 900, x, generator=torch.Generator().manual_seed(1))
    o2 = s.step(eps, 900, x, generator=torch.Generator().manual_seed(2))
    assert torch.equal(o1.prev_sample, o2.prev_sample)
    assert o1.pred_original_sample.abs().max() <= 1.0


def _gaussian_denoiser(mu: float, sd: float, sched):
    """Exact E[ε | x_t] for data x_0 ~ N(mu, sd²) in 1D."""
    ab = sched.alphas_cumprod

    def eps(x, t):
        a = ab[t].item()
        return math.sqrt(1 - a) * (x - math.sqrt(a) * mu) / (a * sd**2 + 1 - a)

    return eps


@pytest.mark.parametrize("sampler,steps", [("ddim", 1000), ("ddim", 50), ("ddpm", 1000)])
def test_samplers_recover_a_gaussian_with_the_exact_denoiser(sampler, steps):
    """With the exact ε-predictor of N(μ, s²) data, DDPM (ancestral) and DDIM η=0 (the
    probability-flow discretisation) both map N(0, 1) noise to N(μ, s²)."""
    mu, sd = 1.5, 0.4
    s = DDIMScheduler() if sampler == "ddim" else DDPMScheduler()
    s.set_timesteps(steps)
    f = _gaussian_denoiser(mu, sd, s)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(20_000, generator=g, dtype=torch.float64)
    x_start = x.clone()
    for t in s.timesteps.tolist():
        x = s.step(f(x, t), t, x, generator=g).prev_sample
    assert x.mean().item() == pytest.approx(mu, abs=0.02)
    # 50 DDIM steps carry a visible discretisation error (≈ 6 % too narrow, measured)
    assert x.std().item() == pytest.approx(sd, rel=0.03 if steps == 1000 else 0.1)
    if sampler == "ddim" and steps == 1000:
        # deterministic, monotone map of the noise: the ODE transports N(0,1) affinely here
        slope = np.polyfit(x_start.numpy(), x.numpy(), 1)
        assert slope[0] == pytest.approx(sd, rel=0.02)
        resid = x.numpy() - np.polyval(slope, x_start.numpy())
        assert np.abs(resid).max() < 1e-3


def test_ddim_eta0_full_steps_matches_ddpm_mean_path():
    """With all 1000 steps the DDIM(η=0) update and DDPM's posterior mean differ by O(β²):
    both discretise the same reverse dynamics; check they stay close along a path."""
    mu, sd = -0.5, 0.8
    ddim, ddpm = DDIMScheduler(), DDPMScheduler()
    f = _gaussian_denoiser(mu, sd, ddim)
    x = torch.linspace(-2, 2, 9, dtype=torch.float64)
    xi = x.clone()
    xp = x.clone()
    for t in ddim.timesteps.tolist():
        xi = ddim.step(f(xi, t), t, xi).prev_sample
        # DDPM mean path = the posterior mean without noise (σ dropped)
        ab_t = ddpm.alphas_cumprod[t].item()
        beta = ddpm.betas[t].item()
        xp = (xp - beta / math.sqrt(1 - ab_t) * f(xp, t)) / math.sqrt(1 - beta)
    # probability-flow and mean path both end near the data mean ordering-preserving
    assert torch.all(torch.diff(xi) > 0) and torch.all(torch.diff(xp) > 0)
    # DDIM η=0 transports quantiles: x_T's marginal N(√ᾱ_T μ, ᾱ_T s² + 1 − ᾱ_T) → N(μ, s²)
    a = ddim.alphas_cumprod[-1].item()
    exact = mu + sd * (x - math.sqrt(a) * mu) / math.sqrt(a * sd**2 + 1 - a)
    assert torch.allclose(xi, exact, atol=5e-3)  # 1000 Euler-like steps: ≈0.2 % slope error
    # the DDPM mean path contracts further (it drops the noise the ancestral sampler adds)
    assert xp.std() < xi.std()
