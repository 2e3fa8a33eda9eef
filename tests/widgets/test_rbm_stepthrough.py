"""An RBM in the step-through view: its Gibbs chain steps, its options come from its
declaration, clamped pixels stay, and its filters are shown beside the chains."""

from __future__ import annotations

import numpy as np

from training.artifacts import default_trained_dir


def test_the_shipped_small_rbm_steps_a_gibbs_chain(window, qtbot):
    window.open_model(default_trained_dir() / "rbm16-mnist5k")
    diff = window.views["diffusion"]
    qtbot.waitUntil(lambda: getattr(diff, "generic", None) is not None
                    and len(diff.generic.state.frames) >= 1, timeout=60_000)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Step-through"
    view = diff.generic
    model = view.state.model
    assert set(view.panels) == set(model.step_names)
    assert set(view.option_widgets) == {h.name for h in model.step_options}
    assert view.filters_panel.isVisible() and view.filters_panel.image() is not None
    assert "exact log Z" in view.model_label.text()
    assert not view.rf_box.isVisible()  # no receptive field for an RBM
    st = view.state
    view.step()
    qtbot.waitUntil(lambda: st.index == 1, timeout=30_000)
    frame = st.current()
    v = frame.panels["visible sample v"]
    assert v.shape[1:] == (28, 28) and set(np.unique(v)) <= {0.0, 1.0}
    # clamped completion: the top half of the test digit never changes along the chain
    from explorer.views.density_panels import set_widget_value

    set_widget_value(view.option_widgets["clamp"], "top half")
    set_widget_value(view.option_widgets["start"], "test digit")
    qtbot.waitUntil(lambda: len(st.frames) >= 1 and st.index == 0, timeout=30_000)
    view.run_to_end()
    qtbot.waitUntil(lambda: not view.is_busy() and len(st.frames) >= 3, timeout=120_000)
    first = st.frames[0].panels["visible sample v"]
    last = st.frames[-1].panels["visible sample v"]
    np.testing.assert_array_equal(first[:, :14], last[:, :14])
