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
