"""Fixtures shared by the widget tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def latent_view(qtbot):
    """An empty Latent view, shown at a realistic size."""
    from explorer.state import ModelSlot
    from explorer.views.latent import LatentView

    v = LatentView(ModelSlot("latent"))
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    return v


@pytest.fixture
def diffusion_view(qtbot):
    """An empty Step-through (diffusion) view, shown at a realistic size."""
    from explorer.state import ModelSlot
    from explorer.views.diffusion import DiffusionView

    v = DiffusionView(ModelSlot("diffusion"))
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    return v


@pytest.fixture
def density_view(qtbot, tmp_path, monkeypatch):
    """An empty Density view (no autostart), its drawing kept in ``tmp_path``, shown at a
    realistic size."""
    from explorer.state import ModelSlot
    from explorer.views.density import DensityView

    monkeypatch.setattr(DensityView, "_drawing_file", lambda self: tmp_path / "drawing.csv")
    v = DensityView(ModelSlot("density"), autostart=False)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    return v


@pytest.fixture
def one_torch_thread():
    """torch on one thread for the test (samplers in worker threads stay predictable)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
