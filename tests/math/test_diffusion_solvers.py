"""DPM-Solver++(2M) and UniPC-2 against hand-computed steps, the exact denoiser of a Gaussian
(where the probability-flow ODE has a closed-form solution) and their convergence order."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from training.diffusion import (
    DDIMScheduler,
    DiffusionModel,
    DPMSolverMultistepScheduler,
    UniPCMultistepScheduler,
)

SOLVERS = (DPMSolverMultistepScheduler, UniPCMultistepScheduler)


# ---------------------------------------------------------------- a tiny schedule by hand
def _tiny(cls, n):
    s = cls(10, "linear", beta_start=0.05, beta_end=0.3)
    s.set_timesteps(n)
    ab = np.cumprod(1 - np.linspace(0.05, 0.3, 10))
    return s, ab


def _asl(ab, t):
    return math.sqrt(ab[t]), math.sqrt(1 - ab[t]), 0.5 * math.log(ab[t] / (1 - ab[t]))


def _expected_timesteps(ab, n):
    lam = 0.5 * np.log(ab / (1 - ab))
    grid = np.linspace(lam[-1], lam[0], n)
    return [int(np.argmin(np.abs(lam - g))) for g in grid]


X = np.array([0.7, -0.4])
EPS = [np.array([0.3, -0.2]), np.array([-0.1, 0.5]), np.array([0.25, 0.05]),
       np.array([-0.4, 0.2])]


def _run(s, eps_list, x):
    outs = []
    for t, e in zip(s.timesteps.tolist(), eps_list):
        out = s.step(torch.tensor(e), t, x)
        outs.append(out)
        x = out.prev_sample
    return outs


def test_dpmsolver_two_steps_by_hand():
    s, ab = _tiny(DPMSolverMultistepScheduler, 3)
    ts = _expected_timesteps(ab, 3)
    assert s.timesteps.tolist() == ts == [9, 3, 0]
    (a0, s0, l0), (a1, s1, l1), (a2, s2, l2) = (_asl(ab, t) for t in ts)
    outs = _run(s, EPS, torch.tensor(X))
    # step 1 (first order, Alg. 2 line 3): x̃_1 = σ1/σ0 x − α1 (e^{−h1} − 1) x_θ(x, t0)
    x0_0 = (X - s0 * EPS[0]) / a0
    h1 = l1 - l0
    x1 = s1 / s0 * X - a1 * (math.exp(-h1) - 1) * x0_0
    assert np.allclose(outs[0].prev_sample.numpy(), x1, atol=1e-12)
    assert np.allclose(outs[0].pred_original_sample.numpy(), x0_0, atol=1e-12)
    # … which is DDIM (η = 0): α1 x̂_0 + σ1 ε
    assert np.allclose(x1, a1 * x0_0 + s1 * EPS[0], atol=1e-12)
    # step 2 (second order, lines 6–8): r = h1/h2, D = (1 + 1/2r) x_θ1 − 1/2r x_θ0
    x0_1 = (x1 - s1 * EPS[1]) / a1
    h2 = l2 - l1
    r = h1 / h2
    d = (1 + 1 / (2 * r)) * x0_1 - 1 / (2 * r) * x0_0
    x2 = s2 / s1 * x1 - a2 * (math.exp(-h2) - 1) * d
    assert np.allclose(outs[1].prev_sample.numpy(), x2, atol=1e-12)
    # the last step lands on σ = 0: exactly the data prediction at t = 0
    x0_2 = (x2 - s2 * EPS[2]) / a2
    assert np.allclose(outs[2].prev_sample.numpy(), x0_2, atol=1e-12)
    assert torch.equal(outs[2].prev_sample, outs[2].pred_original_sample)


def test_unipc_three_steps_by_hand():
    s, ab = _tiny(UniPCMultistepScheduler, 4)
    ts = _expected_timesteps(ab, 4)
    assert s.timesteps.tolist() == ts
    (a0, s0, l0), (a1, s1, l1), (a2, s2, l2), (a3, s3, l3) = (_asl(ab, t) for t in ts)
    outs = _run(s, EPS, torch.tensor(X))
    B = lambda h: 1 - math.exp(-h)  # noqa: E731  bh2 (data prediction)
    # step 1: UniP-1 (no corrector before it)
    x0_0 = (X - s0 * EPS[0]) / a0
    h1 = l1 - l0
    xt1 = s1 / s0 * X + a1 * B(h1) * x0_0
    assert np.allclose(outs[0].prev_sample.numpy(), xt1, atol=1e-12)
    # step 2: UniC-1 on x̃_1 with the new evaluation (a = ½), then UniP-2 (a = ½)
    x0_1 = (xt1 - s1 * EPS[1]) / a1
    xc1 = s1 / s0 * X + a1 * B(h1) * x0_0 + a1 * B(h1) * 0.5 * (x0_1 - x0_0)
    h2 = l2 - l1
    r = (l0 - l1) / h2
    xt2 = s2 / s1 * xc1 + a2 * B(h2) * x0_1 + a2 * B(h2) * 0.5 * (x0_0 - x0_1) / r
    assert np.allclose(outs[1].prev_sample.numpy(), xt2, atol=1e-12)
    # step 3: UniC-2 (2 × 2 order conditions, Cramer's rule by hand), then UniP-2
    x0_2 = (xt2 - s2 * EPS[2]) / a2
    b = B(h2)
    i1 = h2 - 1 + math.exp(-h2)                 # ∫_0^h e^{−(h−u)} u du
    i2 = h2**2 / 2 - h2 + 1 - math.exp(-h2)     # ∫_0^h e^{−(h−u)} u²/2 du
    g1, g2 = i1 / (h2 * b), 2 * i2 / (h2**2 * b)
    ra = (l0 - l1) / h2
    c_a, c_new = (g1 - g2) / (1 - ra), (g2 - ra * g1) / (1 - ra)
    xc2 = (s2 / s1 * xc1 + a2 * b * x0_1
           + a2 * b * (c_a * (x0_0 - x0_1) / ra + c_new * (x0_2 - x0_1)))
    h3 = l3 - l2
    r3 = (l1 - l2) / h3
    xt3 = s3 / s2 * xc2 + a3 * B(h3) * x0_2 + a3 * B(h3) * 0.5 * (x0_1 - x0_2) / r3
    assert np.allclose(outs[2].prev_sample.numpy(), xt3, atol=1e-12)
    x0_3 = (xt3 - s3 * EPS[3]) / a3
    assert np.allclose(outs[3].prev_sample.numpy(), x0_3, atol=1e-12)


def test_unipc_without_corrector_is_dpmsolver_2m():
    a, _ = _tiny(DPMSolverMultistepScheduler, 4)
    b = UniPCMultistepScheduler(10, "linear", beta_start=0.05, beta_end=0.3, corrector=False)
    b.set_timesteps(4)
    for oa, ob in zip(_run(a, EPS, torch.tensor(X)), _run(b, EPS, torch.tensor(X))):
        assert torch.allclose(oa.prev_sample, ob.prev_sample, atol=1e-12)


# ---------------------------------------------------------------- timesteps, order, API
@pytest.mark.parametrize("cls", SOLVERS)
@pytest.mark.parametrize("schedule", ["linear", "cosine"])
def test_timesteps_are_monotone_and_uniform_in_log_snr(cls, schedule):
    s = cls(1000, schedule)
    lam = s.lambdas().numpy()
    for n in (1, 2, 5, 10, 20, 50, 200, 999, 1000):
        s.set_timesteps(n)
        ts = s.timesteps.tolist()
        assert len(ts) == n and ts[0] == 999 and all(a > b for a, b in zip(ts, ts[1:]))
        if n > 1:
            assert ts[-1] == 0
        # linear: no rounding collisions up to 20 steps, each λ within a timestep's gap of the
        # grid (the cosine schedule's last β is clipped at 0.999: a λ gap of 3.5 at t = 998)
        if schedule == "linear" and 2 < n <= 20:
            grid = np.linspace(lam[999], lam[0], n)
            gaps = np.abs(np.diff(lam))
            assert np.all(np.abs(lam[ts] - grid) <= np.maximum(gaps[np.minimum(ts, 998)], 1e-9))
    with pytest.raises(ValueError):
        s.set_timesteps(0)
    with pytest.raises(ValueError):
        s.set_timesteps(1001)


@pytest.mark.parametrize("cls", SOLVERS)
def test_first_step_is_first_order_and_last_output_is_x0(cls):
    s = cls()
    s.set_timesteps(8)
    ts = s.timesteps.tolist()
    x = torch.randn(3, 1, 4, 4, generator=torch.Generator().manual_seed(0))
    eps = torch.randn(3, 1, 4, 4, generator=torch.Generator().manual_seed(1))
    out = s.step(eps, ts[0], x)
    # first order = DDIM's deterministic step to the next kept timestep
    ab0, ab1 = s.alphas_cumprod[ts[0]].item(), s.alphas_cumprod[ts[1]].item()
    x0 = (x - math.sqrt(1 - ab0) * eps) / math.sqrt(ab0)
    assert torch.allclose(out.prev_sample, math.sqrt(ab1) * x0 + math.sqrt(1 - ab1) * eps,
                          atol=1e-5)
    for t in ts[1:]:
        out = s.step(eps, t, out.prev_sample)
    assert torch.equal(out.prev_sample, out.pred_original_sample)
    assert out.prev_sample.dtype == torch.float32
    # a multistep solver refuses steps out of order; the first timestep starts afresh
    with pytest.raises(ValueError, match="in order"):
        s.step(eps, ts[3], x)
    s.step(eps, ts[0], x)
    with pytest.raises(ValueError, match="not one of"):
        s.step(eps, 500 if 500 not in ts else 501, x)


# ---------------------------------------------------------------- the exact Gaussian denoiser
MU, SD = 1.5, 0.4


def _solve(sched, n, x):
    """Run ``sched`` over ``n`` steps with the exact ε of data N(MU, SD²)."""
    sched.set_timesteps(n)
    ab = sched.alphas_cumprod
    for t in sched.timesteps.tolist():
        a = ab[t].item()
        eps = math.sqrt(1 - a) * (x - math.sqrt(a) * MU) / (a * SD**2 + 1 - a)
        x = sched.step(eps, t, x).prev_sample
    return x


def _exact(x_T, sched, t_start):
    """The probability-flow ODE of N(MU, SD²) data keeps z = (x_t − α_t μ)/√(α_t² s² + σ_t²)
    fixed (it transports the marginals N(α_t μ, α_t² s² + σ_t²) affinely). Integrated from
    ``t_start`` to t = 0, then the samplers' final jump x̂_0 = E[x_0 | x_t] at t = 0; also
    the ODE's own end point at σ = 0, μ + s z."""
    a = sched.alphas_cumprod[t_start].item()
    z = (x_T - math.sqrt(a) * MU) / math.sqrt(a * SD**2 + 1 - a)
    a0 = sched.alphas_cumprod[0].item()
    x_0 = math.sqrt(a0) * MU + math.sqrt(a0 * SD**2 + 1 - a0) * z
    x0_hat = MU + math.sqrt(a0) * SD**2 * (x_0 - math.sqrt(a0) * MU) / (a0 * SD**2 + 1 - a0)
    return x0_hat, MU + SD * z


X_T = torch.linspace(-3, 3, 25, dtype=torch.float64)


def _err(cls, n):
    s = cls()
    s.set_timesteps(n)
    target, _ = _exact(X_T, s, s.timesteps[0].item())
    return (_solve(s, n, X_T.clone()) - target).abs().max().item()


def test_all_samplers_reach_the_closed_form_ode_solution():
    s = DDIMScheduler()
    target, ode_end = _exact(X_T, s, 999)
    assert (target - ode_end).abs().max() < 1e-3  # x̂_0 at t = 0 ≈ the σ = 0 end point
    ddim = _solve(DDIMScheduler(), 1000, X_T.clone())
    dpm = _solve(DPMSolverMultistepScheduler(), 20, X_T.clone())
    uni = _solve(UniPCMultistepScheduler(), 20, X_T.clone())
    assert (ddim - target).abs().max() < 5e-3
    assert (dpm - target).abs().max() < 0.03 and (uni - target).abs().max() < 0.02
    assert (dpm - ddim).abs().max() < 0.03 and (uni - ddim).abs().max() < 0.02
    # at the same small step count the second-order solvers are far more accurate
    for n in (10, 20):
        e_ddim = _err(DDIMScheduler, n)
        assert _err(DPMSolverMultistepScheduler, n) < e_ddim / 5
        assert _err(UniPCMultistepScheduler, n) < e_ddim / 3


@pytest.mark.parametrize("cls", SOLVERS)
def test_convergence_order_is_at_least_two(cls):
    """Halving the step (in λ) divides the error by ≈ 4 for a 2nd-order method (measured:
    DPM-Solver++ 3.9 and 4.1, UniPC with its corrector 7.7 and 6.7); DDIM by ≈ 2."""
    e = [_err(cls, n) for n in (20, 40, 80)]
    assert e[0] / e[1] > 3 and e[1] / e[2] > 3
    d = [_err(DDIMScheduler, n) for n in (20, 40, 80)]
    assert 1.5 < d[0] / d[1] < 2.5 and 1.5 < d[1] / d[2] < 2.5


# ---------------------------------------------------------------- in the pipeline
@pytest.mark.parametrize("sampler", ["dpm++2m", "unipc"])
def test_pipeline_samples_with_the_solvers(sampler):
    unet = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=1)
    a = unet.sample(2, steps=4, sampler=sampler, seed=3)
    assert a.shape == (2, 28, 28) and a.dtype == np.float32 and 0 <= a.min() <= a.max() <= 1
    assert np.array_equal(a, unet.sample(2, steps=4, sampler=sampler, seed=3))
    steps = list(unet.denoise(2, steps=5, sampler=sampler, seed=0))
    assert [s.t for s in steps] == unet.make_scheduler(sampler, 5).timesteps.tolist()
    assert steps[-1].prev_t == -1 and torch.equal(steps[-1].x_prev, steps[-1].x0)
    pts = DiffusionModel("mlp", (2,), hidden=16, depth=2, seed=0)
    p = pts.sample(30, steps=6, sampler=sampler, seed=0)
    assert p.shape == (30, 2) and p.dtype == np.float32 and np.isfinite(p).all()


def test_pipeline_validates_step_counts():
    m = DiffusionModel("mlp", (2,), hidden=8, depth=1)
    for bad in (0, -3, 1001, 2.5, True):
        with pytest.raises(ValueError, match="steps"):
            m.make_scheduler("unipc", bad)
    assert m.make_scheduler("dpm++2m", 1000).timesteps.tolist() == list(range(999, -1, -1))


@pytest.mark.parametrize("cls", SOLVERS)
def test_solvers_keep_the_samples_device_and_dtype(cls):
    """Only Python scalars meet the tensors, so the steps run wherever the sample lives:
    the meta device stands in for a GPU here (and CUDA is checked where there is one)."""
    devices = ["meta"] + (["cuda"] if torch.cuda.is_available() else [])
    for device in devices:
        s = cls(clip_sample=True)
        s.set_timesteps(4)
        x = torch.zeros(2, 1, 4, 4, device=device)
        for t in s.timesteps.tolist():
            out = s.step(torch.zeros_like(x), t, x)
            x = out.prev_sample
            assert x.device.type == device and x.dtype == torch.float32


# ---------------------------------------------------------------- other timestep spacings
@pytest.mark.parametrize("cls", SOLVERS)
def test_time_and_quadratic_spacings_follow_their_formulas(cls):
    """"time": t_i = round(999 (1 − i/(n−1))); "quadratic": round(999 (1 − i/(n−1))²); both
    start at T − 1, end at 0, strictly decreasing; the default stays uniform in λ."""
    for n in (2, 5, 15, 50):
        u = 1 - np.linspace(0, 1, n)
        for spacing, want in (("time", np.round(999 * u)), ("quadratic", np.round(999 * u**2))):
            s = cls(timestep_spacing=spacing)
            s.set_timesteps(n)
            ts = s.timesteps.tolist()
            assert ts[0] == 999 and ts[-1] == 0 and all(a > b for a, b in zip(ts, ts[1:]))
            if spacing == "time" or n <= 15:  # 50 quadratic steps crowd t = 0: nudged apart
                assert ts == want.astype(int).tolist()
            assert s.config()["timestep_spacing"] == spacing
    q = cls(timestep_spacing="quadratic")
    q.set_timesteps(50)
    assert len(set(q.timesteps.tolist())) == 50
    assert cls().timestep_spacing == "logsnr"
    with pytest.raises(ValueError, match="spacing"):
        cls(timestep_spacing="karras")


@pytest.mark.parametrize("spacing", ["time", "quadratic"])
@pytest.mark.parametrize("cls", SOLVERS)
def test_every_spacing_converges_to_the_closed_form_solution(cls, spacing):
    """The spacing moves the evaluations, not the ODE: with the exact Gaussian denoiser the
    error still falls > 3× per doubling of the steps. Measured max errors at 40 / 80 / 160
    steps (float64, deterministic): "time" 0.13 / 0.038 / 0.0097 (DPM-Solver++), 0.13 /
    0.031 / 0.0070 (UniPC) — its last step, t = 999/(n−1) → 0, is a long one in λ —
    "quadratic" 0.0068 / 0.0015 / 0.00038 and 0.0021 / 0.00027 / 0.000088; the λ-uniform
    default 0.0046 / 0.0011 / 0.00027 and 0.0015 / 0.00023 / 0.000085."""
    def err(n):
        s = cls(timestep_spacing=spacing)
        s.set_timesteps(n)
        target, _ = _exact(X_T, s, 999)
        return (_solve(s, n, X_T.clone()) - target).abs().max().item()

    e = [err(n) for n in (40, 80, 160)]
    assert e[0] / e[1] > 3 and e[1] / e[2] > 3 and e[2] < (0.012 if spacing == "time" else 5e-4)


def test_pipeline_takes_a_spacing_after_the_solver_name():
    m = DiffusionModel("mlp", (2,), hidden=8, depth=1, seed=0)
    s = m.make_scheduler("unipc:time", 5)
    assert isinstance(s, UniPCMultistepScheduler) and s.timesteps.tolist() == [999, 749, 500,
                                                                               250, 0]
    assert m.make_scheduler("dpm++2m:quadratic", 3).timesteps.tolist() == [999, 250, 0]
    assert m.make_scheduler("unipc", 5).timestep_spacing == "logsnr"
    assert m.sample(4, steps=5, sampler="unipc:quadratic", seed=0).shape == (4, 2)
    with pytest.raises(ValueError, match="spacing"):
        m.make_scheduler("ddim:time", 5)
    with pytest.raises(ValueError, match="spacing"):
        m.make_scheduler("unipc:karras", 5)


def test_the_solver_benchmark_names_and_chooses_spaced_solvers():
    """The parity benchmark's pure parts: the sampler names it accepts and its rule for the
    default (fewest steps among the solvers no worse than DDIM-50 within the tolerance)."""
    import argparse

    from benchmarks.solvers import _sampler, choose_default, table

    assert [_sampler(v) for v in ("ddim", "unipc", "unipc:time", "dpm++2m:quadratic")]
    for bad in ("ddim:time", "unipc:karras", "euler"):
        with pytest.raises(argparse.ArgumentTypeError):
            _sampler(bad)

    def row(sampler, steps, conf, fd):
        return {"sampler": sampler, "steps": steps, "confident_share": conf,
                "min_class_share": 0.08, "frechet_distance": fd, "frechet_floor": 7.7,
                "rms": 0.01, "time16_s": steps * 0.1, "time_vs_ddim50": steps / 50}

    rows = [row("ddim", 50, 0.825, 28.9), row("unipc", 15, 0.810, 31.8),
            row("unipc:quadratic", 15, 0.822, 29.5), row("unipc:quadratic", 12, 0.800, 35.0)]
    best = choose_default(rows)
    assert (best["sampler"], best["steps"]) == ("unipc:quadratic", 15)
    assert "UniPC-2, quadratic spacing | 15 |" in table(
        {"n_ref": 64, "n_eval": 2000, "rows": rows})
    assert choose_default(rows[:2]) is None


def test_the_solver_benchmark_reuses_only_rows_of_the_same_weights_and_samples():
    from benchmarks.solvers import reusable_rows

    prev = {"model_sha256": "abc", "n_ref": 64, "n_eval": 2000, "seed": 0,
            "rows": [{"sampler": "ddim", "steps": 50, "confident_share": 0.8}]}
    assert set(reusable_rows([prev], "abc", 64, 2000, 0)) == {("ddim", 50)}
    assert reusable_rows([prev], "other weights", 64, 2000, 0) == {}
    assert reusable_rows([prev], "abc", 64, 500, 0) == {}
    assert reusable_rows([prev], "abc", 64, 2000, 1) == {}
    assert reusable_rows([], "abc", 64, 2000, 0) == {}
    part = {**prev, "rows": [{"sampler": "unipc:quadratic", "steps": 15}]}
    assert set(reusable_rows([prev, part], "abc", 64, 2000, 0)) == {("ddim", 50),
                                                                     ("unipc:quadratic", 15)}
