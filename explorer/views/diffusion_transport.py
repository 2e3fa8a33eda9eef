"""The Diffusion view's transport: step, step back, play / pause (which also stops
computing), run to the end, scrub, and the keys (Space, ←, →, Home).

A mixin of :class:`~explorer.views.diffusion.DiffusionView`: it moves the shown step of the
view's state and asks the view's runner for more steps; it holds no state of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


class Transport:
    """Stepping and playback of the reverse process (see the module docstring)."""

    def step_forward(self) -> None:
        st = self.state
        if st.index < st.computed:
            st.set_index(st.index + 1)
        self.runner.request(st.index + 1)

    def step_back(self) -> None:
        self.state.set_index(self.state.index - 1)

    def run_to_end(self) -> None:
        self.play()
        self.play_timer.setInterval(1)  # show each step as soon as it is computed

    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.state.model is None:
            return
        if self.state.index >= self.state.total:
            self.state.set_index(0)
        self.playing = True
        self.play_button.setText(self.tr("⏸ Pause"))
        self.play_timer.setInterval(int(1000 / self.speed_spin.value()))
        self.play_timer.start()
        self.runner.request(self.state.total)

    def pause(self) -> None:
        self.playing = False
        self.play_timer.stop()
        self.runner.hold()  # Pause stops computing too, not only the display
        if self._built:
            self.play_button.setText(self.tr("▶ Play"))

    def _tick(self) -> None:
        st = self.state
        if st.index >= st.total:
            self.pause()
            return
        if st.index < st.computed:
            st.set_index(st.index + 1)

    def _on_scrub(self, v: int) -> None:
        st = self.state
        if v > st.computed:
            self._want = v
            self.runner.request(v)
        st.set_index(v)
        if st.index != v:
            self.scrub.blockSignals(True)
            self.scrub.setValue(st.index)
            self.scrub.blockSignals(False)

    def keyPressEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        key = ev.key()
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Right:
            self.step_forward()
        elif key == Qt.Key.Key_Left:
            self.step_back()
        elif key == Qt.Key.Key_Home:
            self.state.set_index(0)
        else:
            super().keyPressEvent(ev)
