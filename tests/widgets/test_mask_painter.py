"""Completion from a painted region: the painter shows for the painted option only, a
stroke becomes one new run, and the kept pixels never change (PixelCNN and RBM)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from explorer.views.density_panels import set_widget_value
from explorer.views.mask_painter import MaskPainter
from tests.widgets.test_stepthrough import tiny_pixelcnn  # noqa: F401  (fixture)
from training.artifacts import default_trained_dir
from training.autoregressive_images.model import STARTS


pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_painter_brush_presets_and_one_signal_per_stroke(qtbot):
    p = MaskPainter()
    qtbot.addWidget(p)
    p.set_shape((28, 28))
    assert p.mask[:14].all() and not p.mask[14:].any()  # the top half to begin with
    emitted = []
    p.changed.connect(lambda: emitted.append(1))
    p.preset("Clear")
    assert not p.mask.any() and len(emitted) == 1
    p.brush.setValue(1)
    for x in range(5, 10):  # one stroke along row 20
        p.paint_at(x + 0.5, 20.5)
    assert not emitted[1:]  # nothing until the stroke ends
    p.finish_stroke()
    assert len(emitted) == 2
    assert p.mask[20, 5:10].all() and p.mask[19, 7] and p.mask[21, 7] and not p.mask[20, 12]
    p.paint_at(7.5, 20.5, erase=True)
    p.finish_stroke()
    assert not p.mask[20, 7] and p.mask[20, 5]
    p.preset("Invert")
    assert p.mask[20, 7] and not p.mask[20, 5]
    p.preset("Left")
    assert p.mask[:, :14].all() and not p.mask[:, 14:].any()
    assert "392 of 784" in p.count.text() and len(p.flat()) == 784
    # a mouse drag on the picture paints through the item's own events
    p.preset("Clear")
    p.resize(300, 300)
    p.show()
    qtbot.waitExposed(p)
    qtbot.wait(50)  # the view box ranges itself on the image
    port = p.view.viewport()

    def at(x, y):
        return p.view.mapFromScene(p.item.mapToScene(QPointF(x, y)))

    def send(kind, pos, buttons):
        local = QPointF(pos)
        ev = QMouseEvent(kind, local, port.mapToGlobal(local), Qt.MouseButton.LeftButton,
                         buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(port, ev)

    emitted.clear()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, at(6.5, 14.5), left)
    for x in range(7, 22):  # a move with the button held (QTest's mouseMove holds none)
        send(QEvent.Type.MouseMove, at(x + 0.5, 14.5), left)
    send(QEvent.Type.MouseButtonRelease, at(21.5, 14.5), none)
    assert p.mask[14, 8:20].all() and not p.mask[5].any() and len(emitted) == 1


def test_pixelcnn_completes_a_painted_region(window, qtbot, tiny_pixelcnn):  # noqa: F811
    path, digits = tiny_pixelcnn
    window.open_model(path)
    diff = window.views["diffusion"]
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None
                    and len(diff.generic.state.frames) >= 1, timeout=20_000)
    view = diff.generic
    st = view.state
    view.state.model.test_digits = lambda: digits
    assert not view.mask_painter.isVisible()
    set_widget_value(view.option_widgets["start"], STARTS[3])
    qtbot.waitUntil(lambda: st.options.get("start") == STARTS[3] and len(st.frames) >= 1,
                    timeout=20_000)
    assert view.mask_painter.isVisible()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=20_000)
    assert np.allclose(view.mask_painter.background, digits[0])
    painter = view.mask_painter
    painter.preset("Clear")
    painter.brush.setValue(2)
    painter.paint_at(10.5, 10.5)
    painter.paint_at(12.5, 10.5)
    painter.finish_stroke()
    kept = painter.mask.copy()
    qtbot.waitUntil(lambda: "mask" in st.options and np.array_equal(
        np.asarray(st.options["mask"]).reshape(28, 28), kept) and st.current() is not None,
        timeout=20_000)
    assert st.current().total == 784 - kept.sum()
    view.run_to_end()
    qtbot.waitUntil(lambda: st.finished, timeout=60_000)
    first = st.frames[0].panels["image so far"].astype(np.float32)
    last = st.frames[-1].panels["image so far"].astype(np.float32)
    np.testing.assert_array_equal(first[:, kept], last[:, kept])
    assert set(np.unique(first[:, kept])) <= {0.0, 1.0}
    # another start: the mask is no longer sent
    set_widget_value(view.option_widgets["start"], STARTS[0])
    qtbot.waitUntil(lambda: st.options.get("start") == STARTS[0], timeout=20_000)
    assert "mask" not in st.options and not view.mask_painter.isVisible()


def test_rbm_clamps_a_painted_region(window, qtbot):
    window.open_model(default_trained_dir() / "rbm16-mnist5k")
    diff = window.views["diffusion"]
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None
                    and len(diff.generic.state.frames) >= 1, timeout=60_000)
    view = diff.generic
    st = view.state
    set_widget_value(view.option_widgets["steps"], 5)
    set_widget_value(view.option_widgets["clamp"], "painted")
    qtbot.waitUntil(lambda: view.mask_painter.isVisible() and "mask" in st.options,
                    timeout=30_000)
    view.mask_painter.preset("Left")
    qtbot.waitUntil(lambda: np.asarray(st.options["mask"]).reshape(28, 28)[:, :14].all()
                    and len(st.frames) >= 1, timeout=30_000)
    view.run_to_end()
    qtbot.waitUntil(lambda: st.finished and not view.is_busy(), timeout=60_000)
    first = st.frames[0].panels["visible sample v"]
    last = st.frames[-1].panels["visible sample v"]
    np.testing.assert_array_equal(first[:, :, :14], last[:, :, :14])
    assert not np.array_equal(first[:, :, 14:], last[:, :, 14:])
