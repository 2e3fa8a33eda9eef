"""Marching-squares iso-lines (explorer.services.contours): on the level, in the right
place, and cheap."""

from __future__ import annotations

import numpy as np
from scipy.ndimage import map_coordinates

from explorer.services.contours import contour_segments


def test_segments_lie_on_the_level_and_trace_a_circle():
    y, x = np.mgrid[0:101, 0:101].astype(float)
    img = -np.hypot(x - 50, y - 50)  # level −r: a circle of radius r around (50, 50)
    xs, ys = contour_segments(img, -30.3)  # no grid point exactly on it
    assert len(xs) % 2 == 0 and len(xs) > 100
    v = map_coordinates(img, [ys - 0.5, xs - 0.5], order=1)  # back to array indices
    assert np.abs(v + 30.3).max() < 1e-9
    r = np.hypot(xs - 0.5 - 50, ys - 0.5 - 50)
    assert np.abs(r - 30.3).max() < 0.2  # bilinear interpolation of a cone: close to r
    # segments join up: every end point is shared by two segments (a closed curve)
    pts = np.round(np.stack([xs, ys], 1), 9)
    _, counts = np.unique(pts, axis=0, return_counts=True)
    assert (counts == 2).all()


def test_flat_tiny_and_saddle_inputs():
    assert len(contour_segments(np.zeros((5, 5)), 1.0)[0]) == 0
    assert len(contour_segments(np.zeros((1, 5)), 0.0)[0]) == 0
    saddle = np.array([[1.0, 0.0], [0.0, 1.0]])
    xs, ys = contour_segments(saddle, 0.5)
    assert len(xs) == 4 and np.isfinite(xs).all() and np.isfinite(ys).all()
