"""Which trained model each view shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from explorer.state.events import Observable


@dataclass(frozen=True)
class LoadedModel:
    """A model rebuilt by ``training.load`` together with where it came from."""

    model: Any
    path: Path

    @property
    def card(self) -> dict[str, Any]:
        return self.model.card

    @property
    def kind(self) -> str:
        return self.card["kind"]

    @property
    def places(self) -> tuple[str, ...]:
        """The views that can show this model, its home first (:mod:`training.capabilities`)."""
        from training.capabilities import places

        return places(self.model)

    @property
    def home(self) -> str | None:
        """The view it opens in (None: no view shows it)."""
        return self.places[0] if self.places else None

    @property
    def title(self) -> str:
        """Short description for status bars and titles."""
        card = self.card
        family = card.get("family", card["class"])
        return QCoreApplication.translate("LoadedModel", "{family} on {name} ({name2})").format(family=family, name=card['data']['name'], name2=self.path.name)


class ModelSlot:
    """The model currently shown by one view; ``changed(LoadedModel | None)`` on change."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.current: LoadedModel | None = None
        self.changed = Observable()

    def accepts(self, loaded: LoadedModel) -> bool:
        """Whether this view can show ``loaded``, by what the model can do, not by its kind
        (the density canvas also shows a 2D sampler without a tractable density)."""
        return self.kind in loaded.places

    def set(self, loaded: LoadedModel | None) -> None:
        if loaded is not None and not self.accepts(loaded):
            raise ValueError(f"a {loaded.kind} model cannot go in the {self.kind} slot")
        self.current = loaded
        self.changed.emit(loaded)
