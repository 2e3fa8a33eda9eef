"""The Density tab's inputs and outputs (:mod:`explorer.views.density`): painting points,
the autosaved drawing, CSV import / export, the canvas as PNG, and models opened from
artifacts (scored on their data set).

The mixins hold methods of :class:`~explorer.views.density.DensityView`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
)

from explorer.i18n.model_labels import model_label
from explorer.services.fitting import (
    loaded_label,
    score_loaded,
)
from explorer.state import DRAWN, DataSet, LoadedModel


class DrawingPanel:
    """Painting points with the mouse; the drawing autosaved and restored."""

    # ================================================================== drawing
    def _set_draw_mode(self, on: bool) -> None:
        self.canvas.vb.draw_mode = on
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def _on_stroke(self, x: float, y: float, finished: bool) -> None:
        if not self.canvas.vb.draw_mode:
            return
        r = self.brush_size.value()
        if self.erase_radio.isChecked():
            self.state.erase_drawn((x, y), r)
        else:
            rng = np.random.default_rng()
            n = self.brush_density.value()
            ang = rng.uniform(0, 2 * np.pi, n)
            rad = r * np.sqrt(rng.uniform(0, 1, n))
            pts = np.stack([x + rad * np.cos(ang), y + rad * np.sin(ang)], 1)
            self.state.add_drawn(pts, self.draw_class.value())
        if finished:
            self._rebuild_drawn()

    def _on_drawn(self, pts: np.ndarray) -> None:
        if self.state.data is not None and self.state.data.name == DRAWN:
            labels = self.state.drawn_labels
            self.canvas.set_data_points(pts, labels)
        self._autosave_timer.start()

    def _rebuild_drawn(self) -> None:
        """After a stroke: make the drawn points the data set (80 / 20 split)."""
        view = self.canvas.vb.viewRange()
        self.state.set_data(DRAWN, seed=self.seed_spin.value())
        self.canvas.vb.setRange(xRange=view[0], yRange=view[1], padding=0)
        if self.state.drawn_labels is not None:
            self.canvas.set_data_points(self.state.data.train, self.state.data.y_train)

    def clear_drawing(self, confirm: bool = True) -> bool:
        """Remove every drawn point, after asking (it cannot be undone)."""
        if len(self.state.drawn) == 0:
            return True
        if confirm and not self._ask(self.tr("Clear the drawing?"),
                                     self.tr("Remove all {drawn:,} points you drew or imported? "
                                     "Export them as CSV first if you want to keep them.").format(drawn=len(self.state.drawn))):
            return False
        self.state.set_drawn(np.zeros((0, 2)))
        if self.state.data is not None and self.state.data.name == DRAWN:
            self._rebuild_drawn()
        return True

    def _drawing_file(self) -> Path:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return Path(base or Path.home() / ".latent-explorer") / "drawing.csv"

    def autosave_drawing(self) -> None:
        """Keep the drawing on disk so quitting never loses it."""
        from training.data.user import write_points_csv

        path = self._drawing_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_points_csv(path, self.state.drawn, self.state.drawn_labels, self.state.drawn_label_names)
        except OSError as e:
            self.status.setText(self.tr("Could not save the drawing to {path}: {e}").format(path=path, e=e))

    def _restore_drawing(self) -> None:
        from training.data.user import DataError, read_points_csv

        path = self._drawing_file()
        if path.is_file():
            try:
                ps = read_points_csv(path)
            except DataError:
                return
            self.state.drawn, self.state.drawn_labels = ps.x, ps.labels
            self.state.drawn_label_names = ps.label_names


class DensityFiles:
    """CSV import / export of points and samples, PNG of the canvas."""

    # ================================================================== CSV / PNG
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import points"), str(Path.home()),
                                              self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str | Path, confirm: bool = True) -> None:
        """Read points from a CSV (off the GUI thread: a 10-million-row file takes seconds)
        into the drawing, asking before replacing one. ``last_import_ok`` tells the outcome."""
        from training.data.user import read_points_csv

        self.last_import_ok = None
        self.status.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.progress.setRange(0, 0)
        limit = self.max_import_points
        self.io_worker.submit(lambda: read_points_csv(path, max_points=limit),
                              lambda ps: self._apply_import(ps, Path(path), confirm),
                              lambda e: self._import_failed(Path(path), e))

    def _import_failed(self, path: Path, error: Exception) -> None:
        from training.data.user import DataError

        self._progress_done()
        self.last_import_ok = False
        self.status.setText(self.tr("Import failed; nothing was changed."))
        text = str(error) if isinstance(error, DataError) else f"{path}: {getattr(error, 'strerror', None) or error}"
        self._error(self.tr("Could not import the points"), text)

    def _apply_import(self, ps, path: Path, confirm: bool) -> None:
        self._progress_done()
        if len(self.state.drawn) and confirm and not self._ask(
            self.tr("Replace the drawing?"),
            self.tr("Replace the {drawn:,} points you have with the "
            "{x:,} points of {name}?").format(drawn=len(self.state.drawn), x=len(ps.x), name=path.name)):
            self.last_import_ok = False
            self.status.setText(self.tr("Import cancelled; your drawing is unchanged."))
            return
        self.state.set_drawn(ps.x, ps.labels, ps.label_names)
        self.select_data(DRAWN)
        note = " ".join(ps.notes)
        self.status.setText(self.tr("Imported {x:,} points from {name}. {note}").format(x=len(ps.x), name=path.name, note=note).strip())
        if ps.labels is not None:
            self.canvas.set_data_points(self.state.data.train, self.state.data.y_train)
        self.last_import_ok = True
        pending, self._score_after_import = getattr(self, "_score_after_import", None), None
        if pending is not None:
            self._score_loaded(pending)

    def choose_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export points"), str(Path.home() / "points.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_points_csv(path)

    def export_points_csv(self, path: str | Path) -> bool:
        """Write the current data set's points (train + held-out) as CSV."""
        from training.data.user import write_points_csv

        data = self.state.data
        if data is None:
            return False
        if data.name == DRAWN:
            x, lab, names = self.state.drawn, self.state.drawn_labels, self.state.drawn_label_names
        else:
            x = data.all_points
            lab = None
            names = data.label_names
        header = ("longitude", "latitude") if data.is_map else ("x", "y")
        try:
            write_points_csv(path, x, lab, names, header=header)
        except OSError as e:
            self._error(self.tr("Could not export"), f"{path}: {e.strerror or e}")
            return False
        self.status.setText(self.tr("Wrote {x:,} points to {path}").format(x=len(x), path=path))
        return True

    def choose_export_samples(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export samples"), str(Path.home() / "samples.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_samples_csv(path)

    def export_samples_csv(self, path: str | Path) -> bool:
        from training.metrics import CATEGORY_NAMES
        from training.data.user import write_points_csv

        r = self.result
        if r is None:
            self._error(self.tr("Nothing to export"), self.tr("Fit a model first: its samples are what gets exported."))
            return False
        try:
            write_points_csv(path, r.samples, r.category, CATEGORY_NAMES)
        except OSError as e:
            self._error(self.tr("Could not export"), f"{path}: {e.strerror or e}")
            return False
        self.status.setText(self.tr("Wrote {samples:,} samples to {path}").format(samples=len(r.samples), path=path))
        return True

    def choose_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export canvas"), str(Path.home() / "density.png"),
                                              self.tr("PNG image (*.png)"))
        if path:
            self.export_canvas_png(path)

    def export_canvas_png(self, path: str | Path) -> bool:
        ok = self.canvas_tabs.currentWidget().grab().save(str(path), "PNG")
        if not ok:
            self._error(self.tr("Could not export"), self.tr("Could not write {path}.").format(path=path))
        return ok


class OpenedModels:
    """Models opened from a file: switch to their data set, score them there."""

    # ================================================================== artifacts
    def _shipped_models(self, data: DataSet) -> list[tuple[str, Path]]:
        """(name, folder) of every shipped 2D model of this data set: each family that ships
        one (``trained/density-KEY-DATA``: the flow, the GAN …) and the 2D DDPM
        (``trained/diffusion-DATA``, shown through its samples)."""
        from training.artifacts import default_trained_dir
        from training.density.registry import families

        if data is None or data.name == DRAWN:
            return []
        root = default_trained_dir()
        out = [(fam.short, root / f"density-{fam.key}-{data.name}") for fam in families()
               if fam.shipped]
        out.append(("DDPM", root / f"diffusion-{data.name}"))
        return [(name, p) for name, p in out if (p / "card.json").is_file()]

    def _shipped_path(self, data: DataSet):
        """(name, folder) of the shipped model the button opens: the chosen family's if it
        ships one for this data set, else the first; None if there is none."""
        found = self._shipped_models(data)
        if not found:
            return None
        chosen = getattr(self, "model_box", None)
        key = chosen.family() if chosen is not None else None
        for name, p in found:
            if key and p.name == f"density-{key}-{data.name}":
                return name, p
        return found[0]

    def _update_shipped_button(self) -> None:
        """The button names what it opens; with several shipped models a menu lists all."""
        from PySide6.QtWidgets import QMenu

        data = self.state.data
        found = self._shipped_models(data) if data is not None else []
        first = self._shipped_path(data) if data is not None else None
        button = self.shipped_button
        button.setEnabled(bool(found))
        button.setText(self.tr("No shipped model for this data set") if first is None
                       else self.tr("Open the shipped {first} for this data set").format(first=model_label(first[0]))
                       + (self.tr(" (+{found} more)").format(found=len(found) - 1) if len(found) > 1 else ""))
        if len(found) > 1:
            menu = button.menu() or QMenu(button)
            menu.clear()
            for name, p in sorted(found, key=lambda f: f[1] != first[1]):
                menu.addAction(f"{model_label(name)} ({p.name})", lambda p=p: self.open_shipped(p))
            button.setMenu(menu)
        elif button.menu() is not None:
            button.setMenu(None)

    def open_shipped(self, path: Path | None = None) -> None:
        data = self.state.data
        if path is None:
            found = None if data is None else self._shipped_path(data)
            if found is None:
                self.status.setText(self.tr("No shipped model for this data set."))
                return
            path = found[1]
        import training

        try:
            model = training.load(path)
        except training.ArtifactError as e:
            self._error(self.tr("Could not open the shipped model"), str(e))
            return
        self.slot.set(LoadedModel(model, path))

    def _on_loaded_model(self, loaded: LoadedModel | None) -> None:
        """A density artifact was opened: switch to its data set and score it there."""
        if loaded is None:
            return
        card = loaded.card
        name = card["data"].get("name")
        from training.data import dataset_names
        from training.data.from_card import source_params

        if name in dataset_names():
            params = source_params(card) or None
            if self.state.data is None or self.state.data.name != name or (
                    params and self.state.data.params != params):
                self.select_data(name, params)
        elif card["data"].get("path") and Path(card["data"]["path"]).is_file():
            # trained on the user's CSV: bring those points in (asking before replacing a
            # drawing), then score the model on them
            self._score_after_import = loaded
            self.import_csv(card["data"]["path"], confirm=True)
            return
        self._score_loaded(loaded)

    def _score_loaded(self, loaded: LoadedModel) -> None:
        card = loaded.card
        data = self.state.data
        bounds = self.canvas.view_bounds()
        label = loaded_label(card, loaded.path.name)
        self.status.setText(self.tr("Scoring {name} on {name2}…").format(name=loaded.path.name, name2=data.name))
        self.progress.setRange(0, 0)
        def job():
            r = score_loaded(loaded.model, data, label, bounds)
            r.entry.extras["loaded"] = loaded  # where it came from (a session refers to it)
            return r

        self.fit_worker.submit(job, self._on_fit_result, self._on_fit_error)
