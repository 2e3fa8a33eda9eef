"""The RBM filters panel (explorer/views/rbm_filters.py) on a tiny RBM."""

from __future__ import annotations

import numpy as np

from training.rbm import RBM


def test_filters_panel_tiles_every_unit(qtbot):
    from explorer.views.rbm_filters import RBMFiltersPanel, filter_mosaic

    m = RBM(n_hidden=6, image_shape=(5, 4), seed=1)
    m.W[:, 2] = 3.0
    panel = RBMFiltersPanel()
    qtbot.addWidget(panel)
    panel.set_model(m)
    img = panel.image()
    mosaic, s = filter_mosaic(m.filters())
    assert img.shape == mosaic.shape == (2 * 5 + 1, 3 * 4 + 2)  # 6 tiles, 3 per row
    np.testing.assert_array_equal(img[:5, 10:14], 3.0)  # unit 2's tile: first row, third
    assert s == 3.0 and "6 units" in panel.caption.text()
    panel.set_model(object())  # no filters: hidden, cleared
    assert not panel.isVisible() and panel.image() is None


def test_filters_panel_caps_the_units(qtbot):
    from explorer.views.rbm_filters import RBMFiltersPanel

    m = RBM(n_hidden=30, image_shape=(3, 3), seed=0)
    panel = RBMFiltersPanel(max_units=9)
    qtbot.addWidget(panel)
    panel.set_model(m)
    assert panel.image().shape == (3 * 4 - 1, 3 * 4 - 1)
    assert panel.caption.text().startswith("9 of 30 units")
