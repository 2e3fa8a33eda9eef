"""The Step-through view in a session file. A mixin of
:class:`~explorer.views.diffusion.DiffusionView`.

A diffusion model saves its run (sampler A and the optional sampler B, steps, η, seed,
batch), the step shown, the steps computed, the selected sample, the process tab, the grid's
choice and the forward cursor; any other step sampler (PixelCNN, RBM) its seed, batch,
options, the painted region and the step shown. Reopening recomputes the run from the same
seed up to where it was: the samplers are deterministic given their seed, so the pictures
come back the same.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox

#: what the view does not save (shown in the status bar when a session opens)
NOT_SAVED = (QT_TRANSLATE_NOOP("SessionActions", "Step-through: the playback speed and the 2D trails / ε̂-field switches"),)


def _sampler(cfg) -> dict[str, Any]:
    return {"sampler": cfg.sampler, "steps": int(cfg.steps), "eta": float(cfg.eta)}


class DiffusionSession:
    """``session_state()`` / ``restore_session(state)`` of the Step-through view."""

    def _generic_shown(self):
        g = getattr(self, "generic", None)
        return g if g is not None and self.stack.currentWidget() is g else None

    def session_state(self) -> dict[str, Any] | None:
        loaded = self.slot.current
        if loaded is None:
            return None
        g = self._generic_shown()
        if g is not None:
            opts = g.option_values()
            opts.pop("mask", None)
            out = {"model": loaded.path, "kind": "steps", "seed": g.seed_spin.value(),
                   "batch": g.n_spin.value(), "options": opts, "index": int(g.state.index)}
            if g.painting():
                out["mask"] = g.mask_painter.mask.astype(np.uint8)
            return out
        st = self.state
        if st.model is None:
            return None
        cfg = st.config
        return {"model": loaded.path, "kind": "diffusion", "a": _sampler(cfg.a),
                "b": None if cfg.b is None else _sampler(cfg.b), "seed": int(cfg.seed),
                "batch": self.batch_spin.value(), "index": int(st.index),
                "computed": int(st.computed), "selected": int(st.selected),
                "process_tab": self.tabs.currentIndex(),
                "grid": "x0" if self.grid_x0.isChecked() else "x_t",
                "forward_t": int(st.forward_t),
                **({"prompt": self.prompt_box.prompt_edit.text(),
                    "guidance": self.prompt_box.guidance()} if st.model.conditional else {})}

    def session_not_restored(self) -> list[str]:
        return list(NOT_SAVED) if self.slot.current is not None else []

    def restore_session(self, s: dict[str, Any]) -> None:
        """Show the checked state ``s`` (its model loaded already)."""
        self.slot.set(s["loaded"])
        if s["kind"] == "steps":
            self._restore_steps(s)
            return
        a, b = s["a"], s["b"]
        widgets = (self.sampler_combo, self.steps_spin, self.eta_spin, self.seed_spin,
                   self.batch_spin, self.compare_check, self.sampler_b, self.steps_b, self.eta_b)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.sampler_combo.setCurrentIndex(self.sampler_combo.findData(a.sampler))
        self.steps_spin.setValue(a.steps)
        self.eta_spin.setValue(a.eta)
        self.seed_spin.setValue(s["seed"])
        self.batch_spin.setValue(s["batch"])
        self.compare_check.setChecked(b is not None)
        if b is not None:
            self.sampler_b.setCurrentIndex(self.sampler_b.findData(b.sampler))
            self.steps_b.setValue(b.steps)
            self.eta_b.setValue(b.eta)
        del blockers
        for c in (self.sampler_combo, self.sampler_b):
            self._last_sampler[c] = c.currentData()
        if "prompt" in s:
            with QSignalBlocker(self.prompt_box):
                self.prompt_box.set_prompt(s["prompt"], s["guidance"])
        self._apply_config(force=True)
        self.state.set_selected(s["selected"])
        self.tabs.setCurrentIndex(s["process_tab"])
        (self.grid_x0 if s["grid"] == "x0" else self.grid_xt).setChecked(True)
        self.state.set_forward(t=s["forward_t"])
        # recompute what was computed (the step shown needs its prediction too)
        need = min(max(s["computed"], s["index"] + 1), self.state.total)
        if s["index"] > 0:
            self._want = s["index"]
        if need > 1:
            self.runner.request(need)

    def _restore_steps(self, s: dict[str, Any]) -> None:
        g = self.generic
        g.pause()
        blockers = [QSignalBlocker(w) for w in (g.seed_spin, g.n_spin, g.mask_painter,
                                               *g.option_widgets.values())]
        g.seed_spin.setValue(s["seed"])
        g.n_spin.setValue(s["batch"])
        for name, value in s["options"].items():
            w = g.option_widgets[name]
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            else:
                w.setValue(value)
        if s.get("mask") is not None:
            g.mask_painter.mask = np.array(s["mask"], bool)
            g.mask_painter._draw()
        del blockers
        g._on_request_changed()
        g.go_to(s["index"])
