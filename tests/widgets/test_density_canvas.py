"""The density canvas's contour lines: drawn from the grid, cheap enough for the GUI."""

from __future__ import annotations

import time

import numpy as np

from explorer.services.density import Bounds, GridResult
from explorer.views.density_canvas import DensityCanvas


def test_contour_lines_follow_the_grid(qtbot):
    canvas = DensityCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 600)
    canvas.show()
    y, x = np.mgrid[-3:3:256j, -3:3:256j]
    grid = GridResult((-(x**2 + y**2) / 2).astype(np.float32), Bounds(-3, 3, -3, 3))
    canvas.set_contours(True)
    t0 = time.perf_counter()
    canvas.set_grid(grid)
    took = time.perf_counter() - t0
    drawn = [c for c in canvas.contours if c.isVisible()]
    assert len(drawn) == len(canvas.contours)
    xs, ys = drawn[0].getData()
    assert len(xs) > 50 and np.isfinite(xs).all()
    canvas.set_contours(False)
    assert not any(c.isVisible() for c in canvas.contours)
    print(f"set_grid with contours: {took * 1000:.1f} ms")
