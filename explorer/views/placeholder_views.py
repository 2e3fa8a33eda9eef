"""Latent and Diffusion views: for now, the model slot and an honest empty state."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.state import ModelSlot
from explorer.views.empty import EmptyState

_TEXT = {
    "latent": (
        "No latent-variable model loaded yet",
        "This view will put a slider on every latent dimension of a trained VAE, autoencoder "
        "or PCA model and redraw the decoded image as you drag them, with a map of the "
        "encoded test set beside it.<br><br>Use <b>File → Open model…</b> (Ctrl+O) and pick "
        "a model folder whose card says <code>\"kind\": \"latent\"</code>. "
        "Latent models are made with <code>python -m training</code>; "
        "<code>python -m training list</code> shows what is shipped.",
    ),
    "diffusion": (
        "No diffusion model loaded yet",
        "This view will step through denoising, from pure noise x<sub>T</sub> to an image "
        "x<sub>0</sub>, showing x<sub>t</sub>, the predicted noise and the predicted clean "
        "image side by side, with DDPM and DDIM samplers and the noise schedule."
        "<br><br>Use <b>File → Open model…</b> (Ctrl+O) and pick a model folder whose card "
        "says <code>\"kind\": \"diffusion\"</code>. "
        "<code>python -m training list</code> shows what is shipped.",
    ),
}


class ModelSlotView(QWidget):
    """A view that shows its empty state: no model family of this kind exists yet, so
    ``training.load`` cannot produce one and the slot stays empty."""

    def __init__(self, slot: ModelSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        title, body = _TEXT[slot.kind]
        self.empty = EmptyState(title, body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.empty)

    def is_busy(self) -> bool:
        return False

    def shutdown(self) -> None:
        pass
