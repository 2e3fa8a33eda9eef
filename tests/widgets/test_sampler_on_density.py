"""A 2D DDPM on the density canvas, beside the explicit families: its likelihood by the
probability-flow ODE on the scoreboard (labelled so), its heat map a density estimate of its
samples (the ODE is too slow for the grid)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import training
from explorer.state.models import LoadedModel
from explorer.views.main_window import MainWindow
from tests.conftest import save_points_ddpm
from training.density.implicit import ODEDensity, SampleDensity, has_slow_density, is_2d_sampler
from training.diffusion import DiffusionModel


@pytest.fixture(scope="module")
def ddpm_moons(tmp_path_factory):
    return save_points_ddpm(tmp_path_factory.mktemp("ddpm") / "ddpm-moons", "moons")


def test_a_2d_ddpm_has_a_slow_density_shown_through_its_samples(ddpm_moons):
    model = ddpm_moons.model
    assert has_slow_density(model) and not is_2d_sampler(model)
    assert not has_slow_density(training.density.GaussianDensity())
    est = SampleDensity(model, n_samples=300)  # any sampler's samples: an estimate
    assert est.tractable is False and "no tractable likelihood" in est.likelihood_note
    assert est.sample(100).shape == (100, 2)
    ode = ODEDensity(model, n_samples=300, steps=5)
    assert ode.tractable is True and ode.heatmap_from_samples and ode.likelihood_short == "PF-ODE"
    assert "probability-flow ODE" in ode.likelihood_note
    x = np.array([[0.0, 0.0], [1.0, 0.5]])
    assert np.allclose(ode.log_prob(x), model.log_prob(x, steps=5))
    grid = ode.log_prob_grid(-2, 3, -1, 2, 32)  # the samples' estimate, not the ODE
    assert grid.shape == (32, 32)
    assert np.allclose(grid, est.estimate.log_prob_grid(-2, 3, -1, 2, 32))


def test_diffusion_view_sends_a_2d_ddpm_to_the_density_canvas(qtbot, settings, ddpm_moons):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.slots["diffusion"].set(ddpm_moons)
    dif = w.views["diffusion"]
    assert dif.density_button.isVisibleTo(dif)
    dif.steps_spin.setValue(5)
    dif.density_button.click()
    dens = w.views["density"]
    assert w.tabs.currentWidget() is dens
    # waits on the scoring's result, not on a wall-clock budget (the ODE's cost is the CPU's)
    qtbot.waitUntil(lambda: any(e.label.startswith("DDPM") for e in dens.state.entries),
                    timeout=240_000)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=240_000)
    entry = next(e for e in dens.state.entries if e.label.startswith("DDPM"))
    assert dens.state.data.name == "moons"
    m = entry.metrics
    assert math.isfinite(m["test_nll_nats"]) and math.isfinite(m["train_nll_nats"])
    assert m["test_kl_nats"] == pytest.approx(m["test_nll_nats"] - dens.state.data.entropy)
    assert "samples_plausible_frac" in m  # sample figures as for any model
    row = dens.state.entries.index(entry)
    for col in (1, 2, 3):  # train NLL, test NLL, KL: the figure and how it was computed
        cell = dens.table.item(row, col)
        assert cell.text().endswith("(PF-ODE)") and "probability-flow ODE" in cell.toolTip()
    assert dens.table.item(row, 2).text().startswith(f"{m['test_nll_nats']:.3f}")
    assert "probability-flow ODE" in dens.table.item(row, 0).toolTip()
    assert "test NLL" in dens.status.text() and "probability-flow ODE" in dens.status.text()
    assert math.isfinite(float(np.nanmax(dens.canvas.grid.logp)))
    assert "KDE of its samples" in dens.canvas.colorbar.getAxis("left").labelText
    w.close()


def test_the_density_button_is_hidden_for_image_models(qtbot, settings, tmp_path):
    path = tmp_path / "unet"
    training.save(DiffusionModel("unet", (8, 8), channels=(8, 16, 16)), path,
                  {"data": {"name": "mnist5k"}, "training": {}, "metrics": {},
                   "created_by": "tests"})
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.slots["diffusion"].set(LoadedModel(training.load(path), path))
    assert not w.views["diffusion"].density_button.isVisibleTo(w.views["diffusion"])
    qtbot.waitUntil(lambda: not w.is_busy())
    w.close()
