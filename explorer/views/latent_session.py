"""The Latent view in a session file: the model (a shipped one by name, another embedded),
the space the sliders span (z, or w for a generator with a mapping network), z itself,
the bookmarks of that space, the truncation ψ and the tool tab. A mixin of
:class:`~explorer.views.latent.LatentView`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker

#: what the view does not save (shown in the status bar when a session opens)
NOT_SAVED = (QT_TRANSLATE_NOOP("SessionActions", "Latent: the compare-with model, the interpolation path, the map axes and grid, "
             "an encoded image, the style-mixing and inversion settings"),)


class LatentSession:
    """``session_state()`` / ``restore_session(state)`` of the Latent view."""

    def session_state(self) -> dict[str, Any] | None:
        loaded = self.slot.current
        if loaded is None or self.state.model is None:
            return None
        space = self.space_switch.space if self.space_switch.isVisibleTo(self) else "z"
        out: dict[str, Any] = {
            "model": loaded.path,
            "space": space,
            "z": [float(v) for v in self.state.z],
            "bookmarks": [{"name": n, "z": [float(v) for v in z]} for n, z in self.state.bookmarks],
            "tool_tab": self.tools.currentIndex(),
        }
        if hasattr(self.state.model, "truncation"):
            out["truncation"] = float(self.state.model.truncation)
        return out

    def session_not_restored(self) -> list[str]:
        return list(NOT_SAVED) if self.slot.current is not None else []

    def restore_session(self, s: dict[str, Any]) -> None:
        """Show the checked state ``s`` (its model loaded already)."""
        self.slot.set(s["loaded"])  # z at the model's reset point, the switch at z
        if s["space"] == "w":
            self.space_switch.combo.setCurrentIndex(self.space_switch.combo.findData("w"))
        if hasattr(self.state.model, "truncation") and self.truncation_row.isVisibleTo(self):
            value = int(round(s["truncation"] * 100))
            if value != self.truncation.value():
                self.truncation.setValue(value)
            else:
                with QSignalBlocker(self.truncation):
                    self._on_truncation(value)
        self.state.bookmarks = [(n, np.asarray(z, np.float32)) for n, z in s["bookmarks"]]
        self.state.bookmarks_changed.emit()
        tab = s["tool_tab"]
        if self.tools.isTabVisible(tab) and self.tools.isTabEnabled(tab):
            self.tools.setCurrentIndex(tab)
        self.state.set_z(s["z"], "session")
