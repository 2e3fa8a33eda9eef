"""The whole window offscreen, as the screenshots show it: the Latent tab opens the shipped
VAE with sliders, a decoded digit and the map; the Diffusion tab opens the shipped MNIST
DDPM, mid-trajectory with the three panels and the schedule plot."""

from __future__ import annotations

import numpy as np

from explorer.views.idle import wait_until_idle
from explorer.views.main_window import MainWindow


def test_latent_and_diffusion_tabs_open_the_shipped_models(qtbot, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.slots["latent"].current is not None, timeout=20000)
    qtbot.waitUntil(w.views["latent"].is_ready)  # the test set is prepared in a worker
    lat = w.views["latent"]
    assert len(lat.rows) == 2
    img = lat.image.image()
    assert img.shape == (28, 28) and img.max() > 0.5  # a digit, not a blank
    assert len(lat.scatter.data) == 1000
    w.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: w.slots["diffusion"].current is not None, timeout=20000)
    dif = w.views["diffusion"]
    dif.batch_spin.setValue(4)  # small work: the test must not depend on the CPU's speed
    dif.prepare_screenshot()
    assert wait_until_idle(w, 240)
    # the default sampler's whole run (UniPC-2 on the t² grid, 17 steps), shown at 80 % of it
    total = dif.state.total
    assert dif.state.config.a.sampler == "unipc:quadratic" and total == 17
    assert dif.state.index == int(0.8 * total) and dif.state.computed == total
    for p in dif.panels_a:
        assert p.image() is not None and np.isfinite(p.image()).all()
    assert len(dif.schedule.ab.getData()[0]) == 1000
    assert dif.schedule.cursors[0].value() == dif.state.runs[0].frames[dif.state.index].t
    w.close()
