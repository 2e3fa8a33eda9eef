"""Parts of the Latent tab (:mod:`explorer.views.latent`), by responsibility.

* the sliders are in :mod:`explorer.views.latent_slider`;
* :class:`TestSetPanel` and :class:`LatentMap`: the encoded test set, the map of two
  dimensions (or the PCA of z) with its draggable point and manifold grid;
* :class:`EncodePanel`: encode a test image or a file, reconstruction and its error;
* :class:`BookmarksPanel`: named z, interpolation (linear / spherical) and its playback;
* :class:`TraversalPanel` and :class:`LatentExport`: the traversal grid, strip PNG and GIF;
* :func:`manifold_grid`, :func:`traversal_grid`: decoding grids of codes.

The mixins hold methods of :class:`~explorer.views.latent.LatentView` and use its widgets
and state; they are not used on their own.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog,
)

from explorer.services import latent_data
from explorer.state.latent import SliderAxis, interpolate
from explorer.state.models import LoadedModel
from explorer.views.density_canvas import CLASS_COLOURS
from explorer.views.dialogs import open_warning
from explorer.views.imaging import grid_cell, tile
from training.capabilities import can_encode

SLIDER_STEPS = 100  # slider units per σ (of the prior, or of the training codes)
MANIFOLD_N = 16
STRIP_N = 10
PREPARING = QT_TRANSLATE_NOOP("LatentView", "preparing the test set…")


class TestSetPanel:
    """The test set of the model, prepared in a worker."""

    # ================================================================== test set
    def _request_test_set(self, loaded: LoadedModel) -> None:
        """The test set comes from the worker (cached per model folder); until then the
        view says it is being prepared, and the sliders and the image work already."""
        key = latent_data.cache_key(loaded.path)
        self._data_key = key
        hit = self._test_sets.get(key)
        if hit is None and not can_encode(loaded.model):  # a GAN: nothing to prepare
            hit = latent_data.TestSetError(QCoreApplication.translate("latent_data", latent_data.NO_ENCODER))
        if hit is not None:
            self._data_pending = False
            self._show_test_set(hit)
            return
        self._data_pending = True
        model, card = loaded.model, loaded.card
        user = isinstance(card.get("data"), dict) and bool(card["data"].get("path"))
        worker = self.user_data_worker if user else self.data_worker
        worker.submit(lambda: latent_data.prepare_test_set(model, card),
                      lambda ts: self._on_test_set(key, ts), lambda e: self._on_test_set(key, e))

    def _on_test_set(self, key, result) -> None:
        if isinstance(result, Exception) and not isinstance(result, latent_data.TestSetError):
            result = latent_data.TestSetError(
                self.tr("an unexpected error ({name}: {result})").format(name=type(result).__name__, result=result))
        self._test_sets.put(key, result)
        if key != self._data_key or self.state.model is None:
            return  # another model is shown now: keep the result for when it comes back
        self._data_pending = False
        self._show_test_set(result)
        self._draw_map()
        self._draw_browser()

    def _show_test_set(self, result) -> None:
        if isinstance(result, latent_data.TestSetError):
            self._data, self._data_error = {}, str(result)
            return
        self._data, self._data_error = result.as_dict(), ""
        z = self._data["z"]
        # every code of the test set within reach of its slider
        self.state.set_space(self.state.space.covering(z))
        for j, (row, axis) in enumerate(zip(self.rows, self.state.space.axes)):
            row.set_axis(axis)
            row.show_value(float(self.state.z[j]))
            if not self.state.space.has_prior and len(z):
                lo, hi = axis.z_range
                row.set_histogram(latent_data.code_histogram(z[:, j], lo, hi), (lo, hi), False)
        self.pca_check.setEnabled(self.state.dim > 2 and len(z) > 2)

    def is_ready(self) -> bool:
        """A model is shown and its test set is there (or known to be unavailable)."""
        return self.state.model is not None and not self._data_pending

    def _compare_choices(self, loaded: LoadedModel, shipped: list[tuple[Path, dict]]) -> None:
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("none"), None)
        model = loaded.model
        for p, c in shipped:
            if p.resolve() == loaded.path.resolve():
                continue
            cfg = c.get("config", {})
            if (cfg.get("latent_dim") == model.latent_dim
                    and tuple(cfg.get("image_shape", ())) == tuple(model.image_shape)):
                self.compare_combo.addItem(short_name(c, p), str(p))

    def _on_compare(self, i: int) -> None:
        path = self.compare_combo.itemData(i)
        if not path:
            self.compare_model = None
            self.compare_image.setVisible(False)
            return
        import training

        try:
            self.compare_model = training.load(path)
        except training.ArtifactError as e:
            self._warn(self.tr("Could not open the second model"), str(e))
            return
        self.compare_image.set_title(self.tr("{family}, same z").format(family=self.compare_model.family))
        self.compare_image.setVisible(True)
        self._on_z(self.state.z, "compare")


class LatentMap:
    """The latent map: points, draggable z, manifold grid."""

    # ================================================================== map
    def _map_dims(self) -> tuple[int, int]:
        jx = self.map_x.currentData()
        jy = self.map_y.currentData()
        return (0 if jx is None else int(jx)), (0 if jy is None else int(jy))

    def _projection(self) -> tuple[np.ndarray, np.ndarray, tuple[str, str]]:
        """The map's linear view of z: map coordinates m = A (z − c), A with orthonormal
        rows — two coordinate axes, or the test codes' two principal directions."""
        d = self.state.dim
        z = self._data.get("z")
        if self.pca_check.isChecked() and z is not None and len(z) > 2 and d > 2:
            c = z.mean(0)
            _, sv, vt = np.linalg.svd(z - c, full_matrices=False)
            share = sv[:2] ** 2 / (sv**2).sum()
            return (vt[:2].astype(np.float32), c.astype(np.float32),
                    (self.tr("PC 1 of z ({share:.0%} of the variance)").format(share=share[0]),
                     self.tr("PC 2 of z ({share:.0%})").format(share=share[1])))
        jx, jy = self._map_dims()
        a = np.zeros((2, d), np.float32)
        a[0, jx] = 1
        a[1, jy] = 1 if jy != jx else 0
        sym = getattr(self.state.model, "space_name", "z")
        return a, np.zeros(d, np.float32), (f"{sym}{jx}", f"{sym}{jy}")

    def _draw_map(self) -> None:
        if self.state.model is None:
            return
        self._proj = self._projection()  # cached: slider moves must not redo the SVD
        a, c, labels = self._proj
        z = self._data.get("z")
        if z is not None and len(z):
            brushes = _class_brushes()
            m = (z - c) @ a.T
            self.scatter.setData(m[:, 0], m[:, 1],
                                 brush=[brushes[int(k) % len(brushes)] for k in self._data["y"]])
            chips = " ".join(
                f"<span style='color: rgb{CLASS_COLOURS[i % len(CLASS_COLOURS)]}'>●</span> {n}"
                for i, n in enumerate(self._data["classes"]))
            note = f" <i>({self._data['note']})</i>" if self._data.get("note") else ""
            self.legend.setText(self.tr("test set encoded (posterior means, {z} images): {chips}. "
                                "Drag the yellow point.{note}").format(z=len(z), chips=chips, note=note))
        else:
            self.scatter.clear()
            self.legend.setText(
                self.tr("<i>{preparing}</i> the sliders and the image work already.").format(preparing=self.tr(PREPARING)) if self._data_pending
                else self.tr("No test-set map: {data_error}. Drag the yellow point "
                "(it moves z in this plane) or the sliders.").format(data_error=html.escape(self._data_error)) if not can_encode(self.state.model)
                else self.tr("No test set to encode: {none}. "
                "Drag the yellow point or the sliders, or encode an image file.").format(none=html.escape(self._data_error or 'none')))
        (x0, x1), (y0, y1) = self.state.space.map_range(a, c, z)
        self.map.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.map.setLabel("bottom", labels[0])
        self.map.setLabel("left", labels[1])
        mz = a @ (self.state.z - c)
        with QSignalBlocker(self.target):
            self.target.setPos(float(mz[0]), float(mz[1]))
        self._draw_manifold()

    def _on_target_moved(self, *_a) -> None:
        if self.state.model is None:
            return
        p = self.target.pos()
        a, c, _ = self._proj
        z = self.state.z
        # move z within the map's plane only: z' = z + Aᵀ (m_new − A (z − c))
        delta = np.array([p.x(), p.y()], np.float32) - a @ (z - c)
        self.state.set_z(z + a.T @ delta, "map")

    def _schedule_manifold(self) -> None:
        if self.manifold_check.isChecked():
            self._manifold_timer.start()

    def _draw_manifold(self) -> None:
        model = self.state.model
        if model is None or not self.manifold_check.isChecked():
            self.manifold_item.clear()
            self._manifold_contrast(False)
            return
        (x0, x1), (y0, y1) = self.map.getViewBox().viewRange()
        a, c, _ = self._proj
        z = self.state.z.copy()

        def done(result) -> None:
            if self.state.model is not model or not self.manifold_check.isChecked():
                return
            img, rect = result
            self.manifold_item.setImage(img, autoLevels=False, levels=(0, 1))
            self.manifold_item.setRect(*rect)
            self._manifold_contrast(True)

        self.manifold_worker.submit(
            lambda: manifold_grid(model, z, a.copy(), c.copy(), (x0, x1), (y0, y1)), done)

    def _manifold_contrast(self, on: bool) -> None:
        """Over the dark manifold grid the test codes get a white rim and the grid is
        dimmed, so that neither the points nor the draggable z are hidden."""
        self.manifold_item.setOpacity(0.55 if on else 0.9)
        self.scatter.setPen(pg.mkPen(255, 255, 255, 220, width=1) if on else None)
        self.scatter.setSize(6 if on else 4)
        self.target.setPen(pg.mkPen((255, 255, 255) if on else (0, 0, 0), width=2))


class EncodePanel:
    """Encode an image: browser, file, reconstruction."""

    # ================================================================== encode
    def _draw_browser(self) -> None:
        x = self._data.get("x")
        if x is None or not len(x):
            self.browser.show(None)
            self.page_spin.setMaximum(0)
            self.browser.caption.setText(self.tr(PREPARING) if self._data_pending else
                                         self.tr("no test images for this model; encode an image file"))
            return
        self.browser.caption.setText("")
        per = 64
        self.page_spin.setMaximum((len(x) - 1) // per)
        start = self.page_spin.value() * per
        self.browser.show(tile(x[start:start + per], 8, fill=0.5))

    def _on_browser_click(self, px: float, py: float) -> None:
        x = self._data.get("x")
        if x is None or not len(x):
            return
        i = grid_cell(px, py, tuple(x.shape[1:]), min(64, len(x) - self.page_spin.value() * 64), 8)
        if i is not None:
            self.encode_image(x[self.page_spin.value() * 64 + i])

    def encode_image(self, img: np.ndarray) -> np.ndarray:
        """Encode one image (H, W) in [0, 1]: the sliders jump to its code."""
        model = self.state.model
        z = model.encode(img[None])[0]
        rec = model.decode(z[None])[0]
        self.original.show(img)
        self.recon.show(rec)
        mse = float(np.mean((rec - img) ** 2))
        self.recon_label.setText(self.tr("reconstruction error (mean squared, per pixel): {mse:.4f}").format(mse=mse))
        self.state.set_z(z, "encode")
        return z

    def choose_image_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Encode an image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            self.encode_file(path)

    def encode_file(self, path: str | Path) -> bool:
        from training.data.user_images import ImageDataError, load_image

        model = self.state.model
        if not can_encode(model):
            self._warn(self.tr("This model cannot encode"), QCoreApplication.translate("latent_data", latent_data.NO_ENCODER) + ".")
            return False
        try:
            img = load_image(path, tuple(model.image_shape))
        except ImageDataError as e:
            self._warn(self.tr("Could not read the image"), str(e))
            return False
        self.encode_image(img)
        return True


class BookmarksPanel:
    """Bookmarks of z and interpolation between them."""

    # ================================================================== bookmarks
    def ask_bookmark(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Bookmark z"), self.tr("Name:"),
                                        text=f"z{len(self.state.bookmarks) + 1}")
        if ok:
            self.state.add_bookmark(name.strip() or None)

    def _on_bookmarks(self) -> None:
        self.bookmark_list.clear()
        for c in (self.from_combo, self.to_combo):
            c.clear()
        for name, z in self.state.bookmarks:
            self.bookmark_list.addItem(f"{name}: [{', '.join(f'{v:+.2f}' for v in z[:4])}"
                                       f"{', …' if len(z) > 4 else ''}]")
            self.from_combo.addItem(name)
            self.to_combo.addItem(name)
        if len(self.state.bookmarks) >= 2:
            self.from_combo.setCurrentIndex(len(self.state.bookmarks) - 2)
            self.to_combo.setCurrentIndex(len(self.state.bookmarks) - 1)
        self._draw_strip()

    def _path(self, n: int) -> np.ndarray | None:
        b = self.state.bookmarks
        i, j = self.from_combo.currentIndex(), self.to_combo.currentIndex()
        if len(b) < 2 or i < 0 or j < 0:
            return None
        return interpolate(b[i][1], b[j][1], n, "slerp" if self.slerp_radio.isChecked() else "linear")

    def _draw_strip(self) -> None:
        zs = self._path(STRIP_N)
        if zs is None or self.state.model is None:
            self.strip.show(None)
            self.strip.caption.setText(self.tr("bookmark at least two codes to interpolate between them"))
            return
        self.strip.show(tile(self.state.model.decode(zs), STRIP_N, fill=0.5))
        self.strip.caption.setText(f"{self.from_combo.currentText()} → "
                                   f"{self.to_combo.currentText()} "
                                   f"({'spherical' if self.slerp_radio.isChecked() else 'linear'})")

    def _on_interp_slider(self, v: int) -> None:
        zs = self._path(101)
        if zs is not None:
            self.state.set_z(zs[v], "interp")

    def toggle_interp_play(self) -> None:
        if self.play_timer.isActive():
            self.pause_interp()
        elif self._path(2) is not None:
            if self.interp_slider.value() >= 100:
                self.interp_slider.setValue(0)
            self.interp_play.setText(self.tr("⏸ Pause"))
            self.play_timer.start()

    def pause_interp(self) -> None:
        self.play_timer.stop()
        if self._built:
            self.interp_play.setText(self.tr("▶ Play"))

    def _tick_interp(self) -> None:
        v = self.interp_slider.value() + 2
        self.interp_slider.setValue(min(v, 100))
        if v >= 100:
            self.pause_interp()


class TraversalPanel:
    """One row per dimension, z moved along it."""

    # ================================================================== traversal
    def _refresh_tools(self) -> None:
        if self.tools.currentIndex() == 2:
            self._draw_traversal()

    def _draw_traversal(self) -> None:
        model = self.state.model
        if model is None:
            return
        z, axes = self.state.z.copy(), self.state.space.axes
        self.traversal_worker.submit(lambda: traversal_grid(model, z, 11, axes=axes),
                                     lambda result: self._show_traversal(model, *result))

    def _show_traversal(self, model, img: np.ndarray, n: int) -> None:
        if self.state.model is not model:  # a grid of the previous model
            return
        self.traversal.show(img)
        # at least one screen pixel per image pixel: many rows scroll instead of shrinking
        panel = self.traversal
        chrome = panel.title.sizeHint().height() + panel.caption.sizeHint().height() + 12
        panel.setMinimumHeight(int(img.shape[0] * 1.06) + chrome)  # 1.06: the view's padding
        factor_of = {}
        from training.latent.factors import table_of

        space = getattr(model, "space_name", "z")
        table = table_of(self.loaded.card.get("factor_correlation"), space) \
            if self.slot.current else None
        if table:
            for fname, row in table.items():
                j = row["best_dim"]
                if row["best_abs_corr"] > factor_of.get(j, ("", 0))[1]:
                    factor_of[j] = (fname, row["best_abs_corr"])
        kl = self.state.space.kl  # none for an autoencoder (its card's KL 0 means nothing)
        lines = []
        for j in range(n):
            s = f"{space}{j}"
            if kl is not None:
                s += self.tr(" · KL {j:.2f}").format(j=kl[j])
            if j in factor_of:
                s += f" · <b>{factor_of[j][0]}</b> (|r| = {factor_of[j][1]:.2f})"
            lines.append(s)
        more = (self.tr("<br><i>the first {n} of {dim} dimensions</i>").format(n=n, dim=self.state.dim)
                if n < self.state.dim else "")
        self.traversal_labels.setText(self.tr("rows, top to bottom:<br>") + "<br>".join(lines) + more)


class LatentExport:
    """Interpolation strip as PNG, animated GIF."""

    # ================================================================== export
    def choose_strip_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export interpolation strip"), "strip.png",
                                              self.tr("PNG image (*.png)"))
        if path:
            self.export_strip_png(path)

    def choose_gif(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export interpolation as GIF"),
                                              "interpolation.gif", self.tr("GIF animation (*.gif)"))
        if path:
            self.export_gif(path)

    def export_strip_png(self, path: str | Path) -> bool:
        zs = self._path(STRIP_N)
        if zs is None:
            self._warn(self.tr("Nothing to export"), self.tr("Bookmark at least two codes first."))
            return False
        from PIL import Image

        img = tile(self.state.model.decode(zs), STRIP_N, fill=1.0)
        try:
            Image.fromarray(_to_uint8(img, 4)).save(path)
        except (OSError, ValueError) as e:
            self._warn(self.tr("Could not export"), self.tr("Could not write {path}: {e}").format(path=path, e=e))
            return False
        return True

    def export_gif(self, path: str | Path, frames: int = 40) -> bool:
        zs = self._path(frames)
        if zs is None:
            self._warn(self.tr("Nothing to export"), self.tr("Bookmark at least two codes first."))
            return False
        from PIL import Image

        imgs = [Image.fromarray(_to_uint8(x, 8)) for x in self.state.model.decode(zs)]
        imgs = imgs + imgs[::-1]  # there and back
        try:
            imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=50, loop=0,
                         format="GIF")
        except (OSError, ValueError) as e:
            self._warn(self.tr("Could not export"), self.tr("Could not write {path}: {e}").format(path=path, e=e))
            return False
        return True

    def _warn(self, title: str, text: str) -> None:
        self.message_box = open_warning(self, title, text)


def manifold_grid(model, z: np.ndarray, a: np.ndarray, c: np.ndarray, xr, yr,
                  n: int = MANIFOLD_N):
    """Decode an n×n grid of codes over the rectangle xr × yr of the map plane m = A (z − c)
    (the component of ``z`` off the plane kept). Returns (image, (x, y, w, h) in map units)."""
    xs = np.linspace(xr[0], xr[1], n + 1)
    ys = np.linspace(yr[0], yr[1], n + 1)
    cx, cy = (xs[:-1] + xs[1:]) / 2, (ys[:-1] + ys[1:]) / 2
    gx, gy = np.meshgrid(cx, cy)  # grid row r has y = cy[r], increasing
    z = np.asarray(z, np.float32)
    m = np.stack([gx.ravel(), gy.ravel()], 1).astype(np.float32)
    codes = z[None] + (m - a @ (z - c)) @ a
    imgs = model.decode(codes)[:, ::-1]  # the plot's y axis points up: flip each tile
    h, w = imgs.shape[1:]
    big = imgs.reshape(n, n, h, w).transpose(0, 2, 1, 3).reshape(n * h, n * w)
    return np.ascontiguousarray(big), (xr[0], yr[0], xr[1] - xr[0], yr[1] - yr[0])


#: a traversal shows at most this many rows (a GAN's 64 dimensions: 704 decodes of a
#: conv generator would take a second on the GUI thread)
TRAVERSAL_MAX_ROWS = 16


def traversal_grid(model, z: np.ndarray, steps: int = 11, lim: float = 3.0,
                   axes: tuple[SliderAxis, ...] = ()):
    """Rows = dimensions (the first :data:`TRAVERSAL_MAX_ROWS`), columns = z_j swept over
    −lim … +lim σ of the slider's unit (``axes``; prior σ around 0 without them), the
    others fixed at ``z``."""
    d = min(model.latent_dim, TRAVERSAL_MAX_ROWS)
    vals = np.linspace(-lim, lim, steps, dtype=np.float32)
    codes = np.repeat(np.asarray(z, np.float32)[None], d * steps, 0)
    for j in range(d):
        ax = axes[j] if len(axes) == d else SliderAxis(0.0, 1.0, lim)
        codes[j * steps:(j + 1) * steps, j] = ax.centre + ax.scale * vals
    return tile(model.decode(codes), steps, fill=0.5), d


@functools.cache
def _class_brushes() -> list:
    """One brush per class colour, shared by every point (a brush per point makes
    pyqtgraph render a symbol per point: 10× slower for 2,000 codes)."""
    return [pg.mkBrush(*c, 150) for c in CLASS_COLOURS]


def _to_uint8(img: np.ndarray, scale: int) -> np.ndarray:
    g = (np.clip(np.nan_to_num(img, nan=1.0), 0, 1) * 255).astype(np.uint8)
    return np.kron(g, np.ones((scale, scale), np.uint8))


def short_name(card: dict, path: Path) -> str:
    cfg = card.get("config", {})
    return (f"{card.get('family', card['class'])} d={cfg.get('latent_dim', '?')} · "
            f"{card['data']['name']} ({path.name})")
