"""The honest empty state a view shows before it has anything real to show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred title, an explanation of what to do, and an 'Open model…' button.

    Parameters
    ----------
    title : str
        One line saying what is missing.
    body : str
        Rich text: what the view will show and how to get a model for it. No combining
        marks (the hat of ε̂, x̂): in wrapped text Qt draws a mark of a later line on the
        first one ("denoisiñg").
    """

    open_requested = Signal()

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.title.setFont(f)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setFixedWidth(620)
        self.body.setMinimumHeight(self.body.heightForWidth(620))
        self.button = QPushButton(self.tr("Open model…"))
        self.button.clicked.connect(self.open_requested)
        lay.addWidget(self.title)
        lay.addSpacing(12)
        lay.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addSpacing(16)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(3)
