"""Binary images of simple shapes with known generative factors (in the spirit of dSprites).

Each image is ``size × size`` (default 32) and shows one shape — square, ellipse or
heart — drawn from five independent factors on a grid, like dSprites:

=========  ============================  ======
factor     values                        levels
=========  ============================  ======
shape      0 square, 1 ellipse, 2 heart  3
scale      0.5 … 1.0                     6
rotation   0 … 2π (exclusive)            40
x          0 … 1 (centre, image width)   16
y          0 … 1                         16
=========  ============================  ======

A shape is rendered by mapping every pixel centre into the shape's own frame (translate,
rotate by −θ, divide by the scale) and testing membership there, anti-aliased by 2×2
super-sampling then thresholded at one half, so images are exactly binary.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SHAPE_NAMES = ("square", "ellipse", "heart")
FACTOR_LEVELS = {
    "shape": np.arange(3, dtype=np.float32),
    "scale": np.linspace(0.5, 1.0, 6, dtype=np.float32),
    "rotation": np.linspace(0, 2 * np.pi, 40, endpoint=False, dtype=np.float32),
    "x": np.linspace(0, 1, 16, dtype=np.float32),
    "y": np.linspace(0, 1, 16, dtype=np.float32),
}
FACTOR_NAMES = tuple(FACTOR_LEVELS)


@dataclass(frozen=True)
class Shapes:
    images: np.ndarray  # (N, size, size) float32 in {0, 1}
    factors: dict[str, np.ndarray]  # factor name -> (N,) float32 values


def _inside(shape: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Membership in the unit-frame shape (extent about [−1, 1]²)."""
    if shape == 0:
        return (np.abs(u) <= 0.8) & (np.abs(v) <= 0.8)
    if shape == 1:
        return (u / 1.0) ** 2 + (v / 0.55) ** 2 <= 1.0
    # heart: (x² + y² − 1)³ − x² y³ ≤ 0, y pointing up in the shape's frame
    x, y = u * 1.25, -v * 1.25 + 0.15
    return (x * x + y * y - 1) ** 3 - x * x * y**3 <= 0


def render(shape: int, scale: float, rotation: float, x: float, y: float,
           size: int = 32) -> np.ndarray:
    """One image (size, size) float32 in {0, 1}."""
    ss = 2
    c = (np.arange(size * ss) + 0.5) / (size * ss)  # pixel centres in [0, 1]
    gx, gy = np.meshgrid(c, c)
    # shape centre ranges over [0.25, 0.75] of the image, the shape radius is 0.22·scale
    cx, cy = 0.25 + 0.5 * x, 0.25 + 0.5 * y
    radius = 0.22 * scale
    dx, dy = (gx - cx) / radius, (gy - cy) / radius
    cos, sin = np.cos(rotation), np.sin(rotation)
    u, v = cos * dx + sin * dy, -sin * dx + cos * dy
    inside = _inside(int(shape), u, v).astype(np.float32)
    img = inside.reshape(size, ss, size, ss).mean(axis=(1, 3))
    return (img >= 0.5).astype(np.float32)


def make_shapes(n: int, seed: int = 0, size: int = 32) -> Shapes:
    """``n`` images with factors drawn uniformly from the grid above, reproducible by seed."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = np.random.default_rng(seed)
    idx = {k: rng.integers(0, len(v), n) for k, v in FACTOR_LEVELS.items()}
    factors = {k: FACTOR_LEVELS[k][i] for k, i in idx.items()}
    images = np.empty((n, size, size), np.float32)
    for i in range(n):
        images[i] = render(int(factors["shape"][i]), float(factors["scale"][i]),
                           float(factors["rotation"][i]), float(factors["x"][i]),
                           float(factors["y"][i]), size)
    return Shapes(images, factors)
