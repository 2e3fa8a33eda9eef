"""What the Latent and Diffusion views share: an empty state until a model is open, the
shipped default model, and widgets built on first use (kept out of start-up)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedLayout, QWidget

from explorer.state import ModelSlot
from explorer.views.empty import EmptyState


class ModelView(QWidget):
    """Base of a view that shows one model of ``slot``.

    Subclasses set ``SHIPPED`` (folder name in ``trained/``), ``EMPTY_TITLE``,
    ``EMPTY_BODY`` and ``SHIPPED_LABEL`` and implement :meth:`_build_content`, which runs
    once, the first time the view is shown or gets a model (its image views are costly).
    """

    SHIPPED = ""
    SHIPPED_LABEL = ""
    EMPTY_TITLE = ""
    EMPTY_BODY = ""

    open_path_requested = Signal(str)
    train_requested = Signal()

    def __init__(self, slot: ModelSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.empty = EmptyState(self.tr(self.EMPTY_TITLE), self.tr(self.EMPTY_BODY))
        shipped = self.shipped_path()
        if shipped is not None:
            self.empty.button.setText(self.tr(self.SHIPPED_LABEL))
            self.empty.button.clicked.disconnect()
            self.empty.button.clicked.connect(lambda: self.open_path_requested.emit(str(shipped)))
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self._built = False

    @classmethod
    def shipped_path(cls) -> Path | None:
        """The shipped default model of this view, if ``trained/`` has it."""
        from training.artifacts import default_trained_dir

        p = default_trained_dir() / cls.SHIPPED
        return p if (p / "card.json").is_file() else None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._ensure_built()
        super().showEvent(event)

    def _ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        content = QWidget()
        self.stack.addWidget(content)
        self._build_content(content)
        from PySide6.QtWidgets import QTabWidget

        from explorer.views.layout import unclipped_tabs

        for tabs in content.findChildren(QTabWidget):
            unclipped_tabs(tabs)  # titles such as x_t keep their underscore

    def _build_content(self, content: QWidget) -> None:
        raise NotImplementedError
