"""The Latent view's "Invert an image" tab: a generator without an encoder (a GAN) finds z.

A GAN cannot place an image in z; it can *search* for one. The panel picks a test image of
the model's data set, runs :meth:`invert` (Adam on z from several draws of the prior, the
generator fixed) in a worker, and shows the target, G(z*) and their difference; "Use this
z" puts z* on the sliders. The test set is read in the worker too (once per model).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from explorer.services.worker import LatestWorker
from explorer.views.imaging import ImagePanel, diverging_lut


def can_invert(model: Any) -> bool:
    """A decoder that can search z for an image (and has no encoder to do it directly)."""
    from training.capabilities import can_encode

    return callable(getattr(model, "invert", None)) and not can_encode(model)


class InvertPanel(QWidget):
    """Pick a test image, invert it, show target | G(z*) | difference; emit ``z_found``."""

    z_found = Signal(object)

    def __init__(self, sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = LatestWorker("latent-invert", sync=sync, parent=self)
        self.loaded: Any = None
        self._images: np.ndarray | None = None
        self.result: tuple[np.ndarray, float] | None = None
        lay = QHBoxLayout(self)
        side = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("test image")))
        self.index = QSpinBox(minimum=0, maximum=0)
        row.addWidget(self.index)
        side.addLayout(row)
        self.invert_button = QPushButton(self.tr("Invert: search z for it"))
        self.invert_button.setToolTip(
            self.tr("A GAN has no encoder: Adam searches z (from 8 draws of the prior, the generator "
            "fixed) for the image closest to this one"))
        self.invert_button.clicked.connect(self.invert)
        side.addWidget(self.invert_button)
        self.use_button = QPushButton(self.tr("Use this z on the sliders"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self._use)
        side.addWidget(self.use_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        side.addStretch(1)
        lay.addLayout(side, 2)
        self.target = ImagePanel(self.tr("test image x"))
        self.recon = ImagePanel(self.tr("G(z*): the nearest it can draw"))
        self.diff = ImagePanel("G(z*) − x", lut=diverging_lut(), levels=(-1.0, 1.0))
        for p in (self.target, self.recon, self.diff):
            lay.addWidget(p, 2)
        self.index.valueChanged.connect(self._show_target)

    def set_model(self, loaded: Any) -> None:
        """Show ``loaded`` (or hide the results for a model that cannot be inverted)."""
        self.worker.cancel()
        self.loaded = loaded if loaded is not None and can_invert(loaded.model) else None
        self._images, self.result = None, None
        self.use_button.setEnabled(False)
        for p in (self.target, self.recon, self.diff):
            p.show(None)
        self.status.setText("")
        if self.loaded is None:
            return
        card = self.loaded.card

        def read():
            from training.data.from_card import image_splits_of

            return image_splits_of(card, tuple(self.loaded.model.image_shape)).x_test

        self.status.setText(self.tr("Reading the test images …"))
        self.worker.submit(read, self._on_images, self._on_error)

    def _on_images(self, images: np.ndarray) -> None:
        self._images = np.asarray(images, np.float32)
        self.index.setMaximum(len(self._images) - 1)
        self.status.setText(self.tr("Pick a test image and press Invert."))
        self._show_target()

    def _on_error(self, error: Exception) -> None:
        self.status.setText(self.tr("Cannot invert: {error}").format(error=error))

    def _show_target(self) -> None:
        if self._images is not None:
            self.target.show(self._images[self.index.value()])

    def invert(self) -> None:
        if self.loaded is None or self._images is None:
            return
        model, x = self.loaded.model, self._images[self.index.value()].copy()
        self.status.setText(self.tr("Searching z …"))
        self.use_button.setEnabled(False)
        self.worker.submit(lambda: (x, *model.invert(x)), self._on_inverted, self._on_error)

    def _on_inverted(self, result) -> None:
        x, z, mse = result
        if self.loaded is None:
            return
        recon = self.loaded.model.decode(z[None])[0]
        self.result = (z, mse)
        self.recon.show(recon)
        self.diff.show(recon - x)
        self.status.setText(self.tr("mean squared error {mse:.4f} per pixel · ‖z*‖ = "
                            "{z:.1f} (prior draws: ≈ {z2:.1f})").format(mse=mse, z=np.linalg.norm(z), z2=np.sqrt(len(z))))
        self.use_button.setEnabled(True)

    def _use(self) -> None:
        if self.result is not None:
            self.z_found.emit(self.result[0])

    def shutdown(self) -> None:
        self.worker.shutdown()
