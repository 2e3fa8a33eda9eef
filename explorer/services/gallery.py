"""The Gallery's work, off the GUI thread and without Qt: read a gallery folder, re-measure.

A gallery folder holds ``gallery.json`` (the rows), ``samples.png`` (one row of 16 samples
per model; ``gallery.json``'s ``grid`` says where) and ``gallery.md``
(:mod:`training.gallery_report`). The shipped one is ``docs/gallery``; a re-measure made in
the app goes to the user's data folder and is shown from then on.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_GALLERY = ROOT / "docs" / "gallery"


@dataclass(frozen=True)
class GalleryData:
    """A gallery read from ``folder``: the file's dict and each model's 16 samples."""

    folder: Path
    gallery: dict[str, Any]
    strips: dict[str, np.ndarray] = field(default_factory=dict)  # name → [16, H, W] uint8

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self.gallery["models"]


def read_gallery(folder: str | Path) -> GalleryData | None:
    """The gallery in ``folder`` (None when it has no ``gallery.json``); ValueError when the
    files are there but unreadable. The strips are cut out of ``samples.png``; a missing
    or damaged picture leaves them empty (the table still shows)."""
    from training.gallery_report import load_gallery

    folder = Path(folder)
    g = load_gallery(folder)
    if g is None:
        return None
    return GalleryData(folder, g, _strips(folder, g.get("grid")))


def _strips(folder: Path, grid: Any) -> dict[str, np.ndarray]:
    if not isinstance(grid, dict) or not isinstance(grid.get("rows"), dict):
        return {}
    try:
        from PIL import Image

        with Image.open(folder / str(grid.get("file", "samples.png"))) as im:
            pic = np.asarray(im.convert("L"))
        x0, cw, ch = int(grid["x0"]), int(grid["cell_w"]), int(grid["cell_h"])
        step, count = int(grid["step"]), int(grid.get("count", 16))
        out = {}
        for name, y in grid["rows"].items():
            y = int(y)
            if y < 0 or y + ch > pic.shape[0] or x0 + (count - 1) * step + cw > pic.shape[1]:
                continue
            out[str(name)] = np.stack([pic[y:y + ch, x0 + j * step:x0 + j * step + cw]
                                       for j in range(count)])
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def choose_folder(user: Path | None, shipped: Path = SHIPPED_GALLERY) -> Path:
    """Where the gallery to show lies: the user's own re-measure when there is one, else
    the shipped one."""
    if user is not None and (user / "gallery.json").is_file():
        return user
    return shipped


@dataclass(frozen=True)
class MeasureRequest:
    """A re-measure: ``n`` samples per model, written to ``out``; ``cancel`` stops it
    within one network pass (:func:`training.gallery.stop_on`)."""

    n: int
    out: Path
    cancel: threading.Event
    only: tuple[str, ...] | None = None


def remeasure(req: MeasureRequest, progress: Callable[[str], None] | None = None
              ) -> GalleryData:
    """Run :func:`training.gallery.measure` and write the folder (in the worker thread)."""
    from training.gallery import measure
    from training.gallery_report import write

    g = measure(req.n, only=list(req.only) if req.only else None, progress=progress,
                cancel=req.cancel)
    write(g, req.out)
    data = read_gallery(req.out)
    if data is None:  # pragma: no cover - write() just made it
        raise OSError(f"could not write {req.out}")
    return data


def model_path(name: str, root: Path | None = None) -> Path:
    """The folder of a gallery row's model (the shipped ``trained/`` by default)."""
    from training.artifacts import default_trained_dir

    return (root or default_trained_dir()) / name
