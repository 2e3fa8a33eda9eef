"""A 2D DDPM — a sampler without a tractable likelihood — on the density canvas, beside the
explicit families: samples, a density estimate of them, no likelihood figure imputed."""

from __future__ import annotations

import math

import numpy as np
import pytest
import training
from explorer.state.models import LoadedModel
from explorer.views.main_window import MainWindow
from tests.conftest import save_points_ddpm
from training.density.implicit import SampleDensity, is_2d_sampler
from training.diffusion import DiffusionModel


@pytest.fixture(scope="module")
def ddpm_moons(tmp_path_factory):
    return save_points_ddpm(tmp_path_factory.mktemp("ddpm") / "ddpm-moons", "moons")


def test_sample_density_is_an_estimate_not_a_likelihood(ddpm_moons):
    model = ddpm_moons.model
    assert is_2d_sampler(model) and not is_2d_sampler(training.density.GaussianDensity())
    est = SampleDensity(model, n_samples=300)
    assert est.tractable is False and "no tractable likelihood" in est.likelihood_note
    assert est.sample(100).shape == (100, 2)
    lp = est.log_prob(np.zeros((5, 2)))
    assert lp.shape == (5,) and np.isfinite(lp).all()
    grid = est.log_prob_grid(-2, 3, -1, 2, 32)
    assert grid.shape == (32, 32)


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
    qtbot.waitUntil(lambda: any(e.label.startswith("DDPM") for e in dens.state.entries))
    qtbot.waitUntil(lambda: not w.is_busy())
    entry = next(e for e in dens.state.entries if e.label.startswith("DDPM"))
    assert dens.state.data.name == "moons"
    assert "test_nll_nats" not in entry.metrics and "train_nll_nats" not in entry.metrics
    assert "samples_plausible_frac" in entry.metrics  # sample figures as for any model
    assert "no tractable likelihood" in dens.status.text()
    row = dens.state.entries.index(entry)
    # never an imputed likelihood: the cell says why there is none
    assert dens.table.item(row, 2).text() == "n/a: intractable"
    assert "no tractable likelihood" in dens.table.item(row, 2).toolTip()
    assert "no tractable likelihood" in dens.table.item(row, 0).toolTip()
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
