"""The Density view in a session file (:mod:`explorer.session`): what it saves and how it
comes back. A mixin of :class:`~explorer.views.density.DensityView`.

Saved: the data set (name, parameters, seed, size; your own points as an array), the
family chosen in the p_model box and its hyperparameters, every model of the scoreboard,
which one is on the canvas, the layers shown, the canvas tab and the view range.

How each model comes back:

* fitted in one go (Gaussian, histogram, KDE, mixture …, or an iterative family run to the
  end by *Fit ladder*): **re-fitted** from the same data and hyperparameters, which is
  deterministic, so the canvas and the scores come back the same; the *fit s* column
  shows the original fit's time;
* trained live (a flow, a GAN, …, stopped whenever you chose): its **weights are embedded**
  in the session file (``training.save``), so it comes back exactly as it was;
* opened from a model folder: **referenced** (a shipped model by name) or **embedded**
  (any other folder).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker

from explorer.state import DRAWN

#: what the view does not save (shown in the status bar when a session opens)
NOT_SAVED = (QT_TRANSLATE_NOOP("SessionActions", "Density: the live-training curve (the models are saved)"),)


def _saveable(model: Any) -> bool:
    from training.artifacts import registered_classes

    return type(model).__name__ in registered_classes() and callable(
        getattr(model, "get_tensors", None))


class DensitySession:
    """``session_state()`` / ``restore_session(state)`` of the Density view."""

    def session_state(self) -> dict[str, Any] | None:
        """The view's state for a session file (None while there is no data set yet)."""
        from explorer.session import Embed

        st, data = self.state, self.state.data
        if data is None:
            return None
        entries, skipped = [], []
        current = None
        for e in st.entries:
            spec = self._entry_spec(e, data, Embed)
            if spec is None:
                skipped.append(e.label)
                continue
            if e is st.current:
                current = len(entries)
            entries.append(spec)
        self._session_skipped = skipped
        # the range asked for (the view box widens one axis to keep the aspect ratio)
        (x0, x1), (y0, y1) = self.canvas.vb.targetRange()
        out: dict[str, Any] = {
            "data": {"name": data.name, "params": dict(data.params), "seed": int(data.seed),
                     "n_train": int(data.n_train)},
            "family": {"key": self.model_box.family(), "hyper": self.model_box.hyper()},
            "entries": entries,
            "current": current,
            "layers": {"data": self.show_data.isChecked(), "samples": self.show_samples.isChecked(),
                       "diagnosis": self.show_diag.isChecked(),
                       "contours": self.show_contours.isChecked()},
            "view_range": [[float(x0), float(x1)], [float(y0), float(y1)]],
            "canvas_tab": self.canvas_tabs.currentIndex(),
        }
        if data.name == DRAWN:
            drawn: dict[str, Any] = {"points": np.asarray(st.drawn, np.float64),
                                     "label_names": list(st.drawn_label_names)}
            if st.drawn_labels is not None:
                drawn["labels"] = np.asarray(st.drawn_labels, np.int64)
            out["drawn"] = drawn
        return out

    def _entry_spec(self, e, data, embed_cls) -> dict[str, Any] | None:
        fit_s = e.metrics.get("fit_time_s")
        base = {"label": e.label, "fit_time_s": None if fit_s is None else float(fit_s)}
        loaded = e.extras.get("loaded")
        if loaded is not None:
            return {**base, "how": "artifact", "model": loaded.path}
        hyper = e.extras.get("hyper")
        if hyper is None:
            return None
        spec = {**base, "family": e.family, "hyper": dict(hyper)}
        if not e.extras.get("live"):
            return {**spec, "how": "refit"}
        if not _saveable(e.model):
            return None
        card = {"data": {"name": data.name, "n_train": int(len(data.train)),
                         "train_seed": int(data.seed)},
                "training": {"recipe": f"density/{e.family} (trained live in the app)",
                             "steps": 0, "seed": 0},
                "metrics": {}, "created_by": "Latent Explorer, saved with a session",
                "family": e.label}
        return {**spec, "how": "weights", "model": embed_cls(e.model, card)}

    def session_not_restored(self) -> list[str]:
        out = list(NOT_SAVED)
        out += [self.tr("Density: the model '{label}' (it can be neither re-fitted nor saved)").format(label=label)
                for label in getattr(self, "_session_skipped", [])]
        if self.training is not None:
            out.append(self.tr("Density: the live training in progress (saved as it is now)"))
        return out

    def session_question(self, state: dict[str, Any]) -> str | None:
        """What to ask before restoring ``state`` (it would replace your drawing), or None."""
        mine = self.state.drawn
        if state.get("drawn") is None or not len(mine) or (
                mine.shape == state["drawn"].shape and np.array_equal(mine, state["drawn"])):
            return None
        return (self.tr("The session holds {drawn:,} points of its own: replace the "
                "{mine:,} points you drew or imported? Export them as CSV first if you "
                "want to keep them.").format(drawn=len(state['drawn']), mine=len(mine)))

    def restore_session(self, s: dict[str, Any]) -> None:
        """Show the checked state ``s`` (:func:`explorer.session_schema.read_session`:
        its data set is built and its models fitted already)."""
        self._ladder = None
        self._stop_training()
        self.io_worker.cancel()  # the default data set, if it is still being read
        if self.fit_worker.pending():
            self.fit_worker.cancel()
        self._progress_done()
        if s["drawn"] is not None:
            self.state.set_drawn(s["drawn"], s["labels"], s["label_names"])
        for w in (self.data_combo, self.city_combo, self.n_spin, self.seed_spin):
            w.blockSignals(True)
        try:
            self.data_combo.setCurrentIndex(max(0, self.data_combo.findData(s["name"])))
            if "min_population" in s["params"]:
                self.city_combo.setCurrentIndex(
                    max(0, self.city_combo.findData(s["params"]["min_population"])))
            self.n_spin.setValue(s["n_train"])
            self.seed_spin.setValue(s["seed"])
        finally:
            for w in (self.data_combo, self.city_combo, self.n_spin, self.seed_spin):
                w.blockSignals(False)
        data = s["data"]
        self.state.show_data(data)
        if data.name == DRAWN and data.y_train is not None:
            self.canvas.set_data_points(data.train, data.y_train)
        fam = s["family"]
        self.model_box.set_family(fam["key"])
        page = self.model_box.page(fam["key"])
        page.set_values(**{k: v for k, v in fam["hyper"].items() if k in page.widgets})
        for box, key in ((self.show_data, "data"), (self.show_samples, "samples"),
                         (self.show_diag, "diagnosis"), (self.show_contours, "contours")):
            box.setChecked(s["layers"][key])
        self.canvas_tabs.setCurrentIndex(s["canvas_tab"])
        entries = [r.entry for r in s["results"]]
        self.state.entries = entries
        self.state.entries_changed.emit(entries)
        if s["current"] is not None:
            self.state.set_current(entries[s["current"]])
            if s["results"]:
                self.result = s["results"][s["current"]]
        (x0, x1), (y0, y1) = s["view_range"]
        self.canvas.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        if s["current"] is not None:  # the family box shows the saved choice, not the model's
            self.model_box.set_family(fam["key"])
        self.status.setText(self.tr("Restored from the session."))
        self._update_buttons()
