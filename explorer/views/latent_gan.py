"""The Latent tab's panel for style-based generators: style mixing.

A style generator maps z to w and feeds one copy of w to each layer (its *styles*).
Style mixing gives the coarse layers (low resolution: pose, size, thickness) the w of one
z and the fine layers (high resolution: stroke detail) the w of another. The panel shows
source A, source B, the mix at the chosen crossover, and a strip with every crossover from
"all B" to "all A". It is offered to any model that has ``mapping(z) -> w``,
``synthesis(ws) -> images`` and ``n_styles`` (:func:`can_mix_styles`), whatever its class.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from explorer.views.imaging import ImagePanel, tile


def can_mix_styles(model: Any) -> bool:
    """The model has per-layer styles: ``mapping``, ``synthesis`` and an int ``n_styles``."""
    return (model is not None and callable(getattr(model, "mapping", None))
            and callable(getattr(model, "synthesis", None))
            and isinstance(getattr(model, "n_styles", None), int) and model.n_styles > 0)


def seed_z(seed: int, dim: int) -> np.ndarray:
    """The z ~ N(0, I) of a seed (the same z for the same seed, in every session)."""
    return np.random.default_rng(int(seed)).standard_normal(dim).astype(np.float32)


def mixed_ws(w_a: np.ndarray, w_b: np.ndarray, crossover: int, n_styles: int) -> np.ndarray:
    """(n_styles, w_dim): A's w for the styles before ``crossover``, B's from there on."""
    c = int(np.clip(crossover, 0, n_styles))
    ws = np.repeat(np.asarray(w_b, np.float32)[None], n_styles, axis=0)
    ws[:c] = np.asarray(w_a, np.float32)
    return ws


class StyleMixPanel(QWidget):
    """Two sources (seeds, or the sliders' z for A), a crossover layer, the mixed image.

    Attributes
    ----------
    seed_a, seed_b : QSpinBox
        The seeds of z_A and z_B.
    use_sliders : QCheckBox
        A is the sliders' z instead of seed A's.
    crossover : QSlider
        Styles 0 … crossover − 1 come from A, the rest from B.
    mixed : ImagePanel
        The mix; ``last_mixed`` holds its array.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: Any = None
        self.slider_z: np.ndarray | None = None
        self.last_mixed: np.ndarray | None = None
        lay = QHBoxLayout(self)
        controls = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("seed A")))
        self.seed_a = QSpinBox(minimum=0, maximum=99999, value=1)
        row.addWidget(self.seed_a)
        row.addWidget(QLabel(self.tr("seed B")))
        self.seed_b = QSpinBox(minimum=0, maximum=99999, value=2)
        row.addWidget(self.seed_b)
        controls.addLayout(row)
        self.use_sliders = QCheckBox(self.tr("A = the sliders' z"))
        self.use_sliders.setToolTip(self.tr("take source A from the sliders: drag them and watch which "
                                    "features the coarse styles carry"))
        controls.addWidget(self.use_sliders)
        crow = QHBoxLayout()
        crow.addWidget(QLabel(self.tr("crossover")))
        self.crossover = QSlider(Qt.Orientation.Horizontal)
        self.crossover.setToolTip(self.tr("styles before this layer come from A (coarse: shape, pose, "
                                  "thickness), the rest from B (fine: stroke detail)"))
        crow.addWidget(self.crossover, 1)
        self.crossover_label = QLabel()
        self.crossover_label.setMinimumWidth(30)
        crow.addWidget(self.crossover_label)
        controls.addLayout(crow)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        controls.addWidget(self.explain)
        controls.addStretch(1)
        lay.addLayout(controls, 2)
        self.image_a = ImagePanel("A", min_size=60)
        self.image_b = ImagePanel("B", min_size=60)
        self.mixed = ImagePanel(self.tr("mix"), min_size=60)
        for p in (self.image_a, self.image_b, self.mixed):
            lay.addWidget(p, 1)
        self.strip = ImagePanel(self.tr("every crossover: all B (left) … all A (right)"), min_size=60)
        lay.addWidget(self.strip, 3)
        for spin in (self.seed_a, self.seed_b):
            spin.valueChanged.connect(lambda _v: self.redraw())
        self.use_sliders.toggled.connect(self._on_use_sliders)
        self.crossover.valueChanged.connect(lambda _v: self.redraw())

    # ------------------------------------------------------------------ model
    def set_model(self, model: Any) -> None:
        """Show ``model`` (a style generator), or nothing when it has no styles."""
        self.model = model if can_mix_styles(model) else None
        if self.model is None:
            return
        n = int(self.model.n_styles)
        with QSignalBlocker(self.crossover):
            self.crossover.setRange(0, n)
            self.crossover.setValue(min(max(n // 2, 1), n))
        self.redraw()

    def set_slider_z(self, z: np.ndarray) -> None:
        """The sliders' z changed: redraw when it is source A."""
        self.slider_z = np.asarray(z, np.float32)
        if self.use_sliders.isChecked() and self.isVisible():
            self.redraw()

    def _on_use_sliders(self, on: bool) -> None:
        self.seed_a.setEnabled(not on)
        self.redraw()

    def z_a(self) -> np.ndarray:
        d = int(self.model.latent_dim)
        if self.use_sliders.isChecked() and self.slider_z is not None and len(self.slider_z) == d:
            return self.slider_z
        return seed_z(self.seed_a.value(), d)

    def z_b(self) -> np.ndarray:
        return seed_z(self.seed_b.value(), int(self.model.latent_dim))

    # ------------------------------------------------------------------ drawing
    def redraw(self) -> None:
        model = self.model
        if model is None:
            return
        n, c = int(model.n_styles), int(self.crossover.value())
        w = model.mapping(np.stack([self.z_a(), self.z_b()]))
        w_a, w_b = w[0], w[1]
        # one batch: A, B, then the mix at every crossover 0 … n
        batch = np.stack([mixed_ws(w_a, w_a, n, n), mixed_ws(w_b, w_b, 0, n)]
                         + [mixed_ws(w_a, w_b, k, n) for k in range(n + 1)])
        imgs = model.synthesis(batch)
        self.image_a.show(imgs[0])
        self.image_b.show(imgs[1])
        self.last_mixed = imgs[2 + c]
        self.mixed.show(self.last_mixed)
        self.strip.show(tile(imgs[2:], n + 1, fill=0.5))
        self.crossover_label.setText(f"{c}/{n}")
        res = getattr(model, "style_resolutions", None)
        where = ""
        if isinstance(res, (list, tuple)) and len(res) == n and 0 < c < n:
            where = self.tr(" (up to the {c}×{c} layers)").format(c=res[c - 1])
        if c == 0:
            text = self.tr("all styles from <b>B</b>: the mix is B")
        elif c == n:
            text = self.tr("all styles from <b>A</b>: the mix is A")
        else:
            text = (self.tr("styles 0–{c} from <b>A</b>{where}, styles {c2}–{n} from <b>B</b>: "
                    "coarse layers set shape and pose, fine ones the strokes").format(c=c - 1, where=where, c2=c, n=n - 1))
        self.explain.setText(text)


class SpaceSwitch(QWidget):
    """z / w: the latent space the sliders span, for a generator with a mapping network
    (``w_space()``, :class:`training.latent.gan_wspace.WSpace`).

    Switching to w maps the current z to its w = f(z) (the image stays); switching back
    restores the z the sliders had. Everything else in the view (bookmarks, interpolation,
    traversal, inversion) then works in the chosen space, because the view is simply shown
    the W-space decoder as its model (``show(loaded)``); bookmarks are kept per space.
    """

    def __init__(self, show, state, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox

        super().__init__(parent)
        self._show, self._state = show, state
        self._base = self._w = None  # LoadedModel of the generator / of its W space
        self._z_saved: np.ndarray | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("sliders over")))
        self.combo = QComboBox()
        self.combo.addItem(self.tr("z — the input noise"), "z")
        self.combo.addItem(self.tr("w — after the mapping network"), "w")
        self.combo.setToolTip(self.tr("z ~ N(0, I) is what the generator is fed; w = f(z) is what "
                              "its layers are styled by. Single w coordinates tend to follow "
                              "single factors of the digits more closely than z's"))
        self.combo.currentIndexChanged.connect(self._on_combo)
        lay.addWidget(self.combo, 1)
        self.setVisible(False)

    @property
    def space(self) -> str:
        return str(self.combo.currentData())

    def offer(self, loaded) -> None:
        """The view shows ``loaded``: a new generator resets the switch to z."""
        if loaded is not None and (loaded is self._w or loaded is self._base):
            return  # the switch itself is showing one of its two spaces
        model = None if loaded is None else loaded.model
        self._base = loaded if callable(getattr(model, "w_space", None)) else None
        self._w, self._z_saved = None, None
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(0)
        self.setVisible(self._base is not None)

    def _on_combo(self, index: int) -> None:
        from explorer.state.models import LoadedModel

        if self._base is None:
            return
        if self.space == "w":
            z = np.asarray(self._state.z, np.float32).copy()
            self._z_saved = z
            if self._w is None:
                self._w = LoadedModel(self._base.model.w_space(), self._base.path)
            w = self._w.model.from_z(z[None])[0]
            self._show(self._w)
            self._state.set_z(w, "space")
        else:
            self._show(self._base)
            if self._z_saved is not None:
                self._state.set_z(self._z_saved, "space")
