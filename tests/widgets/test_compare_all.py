"""Compare all on the Density view: every family fitted, trained or loaded, scored in one
table and on the scoreboard; cancel; the latest request wins."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from explorer.state import DRAWN


def idle(qtbot, v):
    qtbot.waitUntil(lambda: not v.is_busy())


def drawn(v, n=300):
    rng = np.random.default_rng(0)
    v.state.set_drawn(np.concatenate([rng.normal(size=(n // 2, 2)) - 2,
                                      rng.normal(size=(n - n // 2, 2)) + 2]))
    v.select_data(DRAWN)


def rows(panel):
    return {panel.cell(r, 0).split(" ")[0].rstrip(","): [panel.cell(r, c) for c in range(panel.table.columnCount())]
            for r in range(panel.table.rowCount())}


def test_compare_all_fits_and_trains_every_family(density_view, qtbot):
    from training.density.registry import families

    v = density_view
    drawn(v)
    c = v.extras.compare
    c.steps_spin.setValue(20)  # iterative families: 20 steps, so the test takes seconds
    qtbot.mouseClick(c.run_button, Qt.MouseButton.LeftButton)
    assert v.canvas_tabs.currentWidget() is c.tab_page
    idle(qtbot, v)
    assert c._run is None and c.table.rowCount() == len(families()) + 1
    # every family but the DDPM (no shipped one for your own points) joined the scoreboard
    assert len(v.state.entries) == len(families())
    assert v.table.rowCount() == len(families())
    by = {r.item.key: r for r in c.rows}
    assert by["ddpm"].result is None and "no shipped 2D DDPM" in by["ddpm"].note
    assert by["flow"].note == "trained here" and by["box"].note == "fitted here"
    gan = rows(c)["GAN"]
    assert gan[2] == "n/a: implicit"  # a GAN says why it has no NLL
    for r in c.rows[:-1]:
        m = r.result.entry.metrics
        assert {"energy_distance", "js", "kl_data_model", "n_params"} <= set(m)
        assert np.isfinite(m["energy_distance"]) and 0 <= m["js"] <= np.log(2) + 1e-9
    # the best test NLL is on the canvas
    nll = {e.label: e.metrics["test_nll_nats"] for e in v.state.entries if "test_nll_nats" in e.metrics}
    assert v.state.current.label == min(nll, key=nll.get)
    assert "Lowest test NLL" in c.status.text()
    # clicking a compared row shows that model
    c._on_click(0, 0)
    assert v.state.current is c.rows[0].result.entry


def test_compare_all_loads_shipped_models(density_view, qtbot, monkeypatch):
    from training.density.implicit import ODEDensity

    import explorer.services.compare as compare

    monkeypatch.setattr(ODEDensity, "score_points", 8)  # the PF-ODE on 8 points per split
    plan = compare.plan  # the shipped models only (the fitted ones are the test above)
    monkeypatch.setattr(compare, "plan", lambda *a: [i for i in plan(*a) if i.how != "fit"])
    v = density_view
    v.n_spin.setValue(500)
    v.select_data("8gaussians")
    c = v.extras.compare
    c.train_check.setChecked(False)  # families without a shipped model are skipped, saying why
    c.start()
    idle(qtbot, v)
    by = {r.item.key: r for r in c.rows}
    assert by["flow"].note == by["gan"].note == by["ddpm"].note == "shipped"
    assert by["ddpm"].item.path.name == "diffusion-8gaussians"
    assert by["autoregressive"].result is None and "no shipped" in by["autoregressive"].note
    table = rows(c)
    assert table["DDPM"][2].endswith(")")  # how the NLL was computed: the PF-ODE
    assert table["Flow"][7].startswith("8 / 8 · ")  # modes captured, share near a mode
    near = {k: float(v[7].split("·")[1].split("%")[0]) for k, v in table.items()
            if "·" in v[7]}
    assert near["Flow"] > 90
    assert by["flow"].result.entry.metrics["test_kl_nats"] < 0.1
    assert by["flow"].result.entry.extras["loaded"].path.name == "density-flow-8gaussians"


def test_cancel_and_latest_request_wins(density_view, qtbot):
    v = density_view
    drawn(v)
    c = v.extras.compare
    c.steps_spin.setValue(100_000)  # would take far too long: it is cancelled
    c.start()
    qtbot.waitUntil(lambda: c._run is None or c._run["todo"][0].how == "train" or len(c.rows) >= 5)
    c.cancel()
    assert c._run is None and "Cancelled" in c.status.text()
    idle(qtbot, v)
    n = c.table.rowCount()
    assert n < 9
    # a second request replaces a first one still running: one set of rows
    c.steps_spin.setValue(10)
    c.start()
    c.start()
    idle(qtbot, v)
    assert c.table.rowCount() == len(c.rows) == 9
    # a new data set clears the table and stops a run
    c.start()
    v.select_data("moons")
    assert c._run is None and c.table.rowCount() == 0
    idle(qtbot, v)
    assert c.table.rowCount() == 0


def test_compare_all_needs_points(density_view, qtbot):
    v = density_view
    v.state.set_drawn(np.zeros((0, 2)))
    v.select_data(DRAWN)
    v.extras.compare.start()
    assert "At least 2 training points" in v.extras.compare.status.text()
