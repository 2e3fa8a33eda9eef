"""Which trained model each view shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    def title(self) -> str:
        """Short description for status bars and titles."""
        card = self.card
        family = card.get("family", card["class"])
        return f"{family} on {card['data']['name']} ({self.path.name})"


class ModelSlot:
    """The model currently shown by one view; ``changed(LoadedModel | None)`` on change."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.current: LoadedModel | None = None
        self.changed = Observable()

    def accepts(self, loaded: LoadedModel) -> bool:
        """Whether this view can show ``loaded``: its own kind, or by what the model can do
        (the density canvas also shows a 2D sampler without a tractable density)."""
        if loaded.kind == self.kind:
            return True
        if self.kind == "density":
            from training.density.implicit import is_2d_sampler

            return is_2d_sampler(loaded.model)
        return False

    def set(self, loaded: LoadedModel | None) -> None:
        if loaded is not None and not self.accepts(loaded):
            raise ValueError(f"a {loaded.kind} model cannot go in the {self.kind} slot")
        self.current = loaded
        self.changed.emit(loaded)
