"""Plain state of the Latent view (no widgets): the current latent vector, bookmarks, and
which latent dimensions the map shows. Every widget that shows z listens to
``z_changed(z, source)`` and updates itself with its own signals blocked (one-way binding)."""

from __future__ import annotations

from typing import Any

import numpy as np

from explorer.state.events import Observable


def slerp(a: np.ndarray, b: np.ndarray, t: float) -> np.ndarray:
    """Spherical interpolation (Shoemake 1985) — keeps the norm typical of N(0, I) samples
    in high dimension, where the straight line passes through the low-norm centre."""
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    if na < 1e-8 or nb < 1e-8:
        return (1 - t) * a + t * b
    cos = float(np.clip(np.dot(a / na, b / nb), -1.0, 1.0))
    omega = np.arccos(cos)
    if omega < 1e-6:
        return (1 - t) * a + t * b
    return (np.sin((1 - t) * omega) * a + np.sin(t * omega) * b) / np.sin(omega)


def interpolate(a: np.ndarray, b: np.ndarray, n: int, method: str = "linear") -> np.ndarray:
    """``n`` points from ``a`` to ``b`` inclusive: (n, d)."""
    ts = np.linspace(0, 1, n)
    if method == "slerp":
        return np.stack([slerp(a, b, t) for t in ts]).astype(np.float32)
    return ((1 - ts)[:, None] * a + ts[:, None] * b).astype(np.float32)


class LatentState:
    """Events: ``model_changed(model)``, ``z_changed(z, source)``, ``bookmarks_changed()``."""

    def __init__(self) -> None:
        self.model: Any = None
        self.z = np.zeros(0, np.float32)
        self.bookmarks: list[tuple[str, np.ndarray]] = []
        self.model_changed = Observable()
        self.z_changed = Observable()
        self.bookmarks_changed = Observable()

    @property
    def dim(self) -> int:
        return 0 if self.model is None else int(self.model.latent_dim)

    def set_model(self, model: Any) -> None:
        self.model = model
        self.z = np.zeros(self.dim, np.float32)
        self.bookmarks = [(n, z) for n, z in self.bookmarks if len(z) == self.dim]
        self.model_changed.emit(model)
        self.bookmarks_changed.emit()
        self.z_changed.emit(self.z, "model")

    def set_z(self, z: np.ndarray, source: str = "") -> None:
        z = np.asarray(z, np.float32).reshape(-1)
        if len(z) != self.dim:
            raise ValueError(f"z must have {self.dim} values, not {len(z)}")
        if not np.isfinite(z).all():
            return
        self.z = z.copy()
        self.z_changed.emit(self.z, source)

    def set_component(self, j: int, value: float, source: str = "") -> None:
        z = self.z.copy()
        z[j] = value
        self.set_z(z, source)

    def add_bookmark(self, name: str | None = None, z: np.ndarray | None = None) -> str:
        name = name or f"z{len(self.bookmarks) + 1}"
        names = {n for n, _ in self.bookmarks}
        base, k = name, 2
        while name in names:
            name, k = f"{base} ({k})", k + 1
        self.bookmarks.append((name, (self.z if z is None else z).astype(np.float32).copy()))
        self.bookmarks_changed.emit()
        return name

    def remove_bookmark(self, index: int) -> None:
        if 0 <= index < len(self.bookmarks):
            del self.bookmarks[index]
            self.bookmarks_changed.emit()
