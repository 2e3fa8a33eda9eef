"""The Step-through view's "Quality vs steps…" plot of a card's solver parity table: drawn
from a card that has one, disabled (with a reason) for a card without, hostile rows
skipped; and the benchmark writes the table into a card, refusing changed weights."""

from __future__ import annotations

import json

import pytest

import training
from explorer.state.models import LoadedModel
from explorer.views.solver_parity import SolverParityDialog, parity_series
from training.diffusion import DiffusionModel


def _row(sampler, steps, conf, fd, ratio=None):
    return {"sampler": sampler, "steps": steps, "confident_share": conf,
            "frechet_distance": fd, "time_vs_ddim50": ratio if ratio else steps / 50,
            "rms": 0.01, "min_class_share": 0.08}


PARITY = {"n_eval": 500, "measured_at": "2026-11-28", "cpu": "test CPU", "threads": 2,
          "tolerance": {"share": 0.01, "frechet_factor": 1.05},
          "default": {"sampler": "unipc:quadratic", "steps": 17},
          "rows": [_row("ddim", 50, 0.83, 28.9, 1.0), _row("ddim", 10, 0.75, 31.0),
                   _row("unipc", 10, 0.77, 30.0), _row("unipc", 20, 0.82, 28.8),
                   _row("unipc:quadratic", 10, 0.78, 29.9),
                   _row("unipc:quadratic", 17, 0.823, 29.6, 0.34)]}


def _card(parity=None):
    c = {"data": {"name": "mnist5k"}, "training": {"recipe": "test", "steps": 0},
         "metrics": {}, "created_by": "tests"}
    if parity is not None:
        c["solver_parity"] = parity
    return c


def _model(path, parity=None):
    training.save(DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0), path,
                  _card(parity))
    return LoadedModel(training.load(path), path)


@pytest.fixture
def view(diffusion_view):
    return diffusion_view


def test_parity_series_groups_by_sampler_and_skips_hostile_rows():
    bad = {**PARITY, "rows": PARITY["rows"] + [
        "junk", {"sampler": "unipc", "steps": "many", "confident_share": 0.5,
                 "frechet_distance": 1.0},
        {"sampler": "unipc", "steps": 5, "confident_share": float("nan"),
         "frechet_distance": 1.0},
        {"sampler": "unipc", "steps": True, "confident_share": 0.5, "frechet_distance": 1.0},
        {"sampler": "unipc", "steps": 10 ** 9, "confident_share": 0.5, "frechet_distance": 1}]}
    d = parity_series(bad)
    assert d["baseline"]["confident_share"] == 0.83
    assert [r["steps"] for r in d["series"]["unipc"]] == [10, 20]
    assert [r["steps"] for r in d["series"]["unipc:quadratic"]] == [10, 17]
    assert [r["steps"] for r in d["series"]["ddim"]] == [10]  # DDIM-50 is the baseline
    assert d["default"] == ("unipc:quadratic", 17) and d["tolerance"] == (0.01, 1.05)
    assert d["proposal"] == ("unipc:quadratic", 17)
    # nothing to plot: no baseline, no other row, not a table at all
    assert parity_series({"rows": [_row("unipc", 10, 0.8, 30)]}) is None
    assert parity_series({"rows": [_row("ddim", 50, 0.8, 30)]}) is None
    for junk in (None, "x", {"rows": "x"}, {"rows": [1, 2]}, []):
        assert parity_series(junk) is None


def test_the_button_opens_the_plot_for_a_card_with_a_table(qtbot, view, tmp_path):
    view.slot.set(_model(tmp_path / "with", PARITY))
    b = view.parity_button
    assert b.isEnabled() and "measured for this model" in b.toolTip()
    b.click()
    d = b.dialog
    assert isinstance(d, SolverParityDialog) and d.isVisible()
    qtbot.addWidget(d)
    assert set(d.curves) == {"ddim", "unipc", "unipc:quadratic"}
    conf, fd = d.curves["unipc:quadratic"]
    xs, ys = conf.getData()
    assert list(xs) == [10, 17] and ys[1] == pytest.approx(82.3)
    assert list(fd.getData()[1]) == [29.9, 29.6]
    assert len(d.default_marks) == 2  # the default ringed in both plots
    legend = [label.text for _, label in d.conf_plot.getPlotItem().legend.items]
    assert "DDIM-50" in legend  # the dashed reference has a key of its own
    assert "UniPC-2 (t²), 17 steps" in d.footer.text() and "0.34" in d.footer.text()
    assert "500 samples" in d.caption.text() and "1 point" in d.caption.text()
    assert "with" in d.windowTitle()
    # another model: the plot of the first one goes, the button follows the new card
    view.slot.set(_model(tmp_path / "without"))
    assert b.dialog is None and not b.isEnabled()
    assert "no solver parity table" in b.toolTip()
    view.slot.set(_model(tmp_path / "hostile", {"rows": "not a list", "default": 3}))
    assert not b.isEnabled()
    b.click()  # disabled: nothing happens, nothing breaks
    assert b.dialog is None


def test_the_ring_is_the_views_default_and_a_different_proposal_is_named(qtbot):
    """The card's default is the benchmark's proposal on its own samples; the dialog rings
    what the view opens with and names the proposal when the two differ."""
    from explorer.state.diffusion import DEFAULT_SAMPLER, DEFAULT_STEPS

    view_default = (DEFAULT_SAMPLER, DEFAULT_STEPS[DEFAULT_SAMPLER])
    rows = PARITY["rows"] + [_row("unipc:quadratic", 20, 0.835, 29.0, 0.41)]
    data = parity_series({**PARITY, "rows": rows,
                          "default": {"sampler": "unipc:quadratic", "steps": 20}})
    assert data["default"] == view_default and data["proposal"] == ("unipc:quadratic", 20)
    d = SolverParityDialog(data, "m")
    qtbot.addWidget(d)
    ringed = {tuple(m.getData()[0]) for m in d.default_marks}
    assert ringed == {(float(view_default[1]),)}  # the view's step count, in both plots
    foot = d.footer.text()
    assert "default: UniPC-2 (t²), 17 steps" in foot
    assert "fewest steps inside the band: UniPC-2 (t²), 20" in foot
    # the same proposal as the view's default: nothing extra to say
    same = SolverParityDialog(parity_series(PARITY), "m")
    qtbot.addWidget(same)
    assert "fewest steps" not in same.footer.text()


def test_the_benchmark_writes_the_table_into_the_card_of_the_weights_it_measured(tmp_path):
    from benchmarks.solvers import write_card
    from training.diffusion.latent_diffusion import weights_sha256

    folder = tmp_path / "m"
    _model(folder)
    sha = weights_sha256(folder)
    res = {"n_ref": 16, "n_eval": 500, "seed": 0, "threads": 1, "reference": "ddim-500",
           "model_sha256": sha, "tolerance": PARITY["tolerance"],
           "default": {"sampler": "unipc:quadratic", "steps": 17, "time_vs_ddim50": 0.34},
           "rows": [{**r, "frechet_floor": 7.7, "time16_s": 1.0, "reused": True}
                    for r in PARITY["rows"]]}
    write_card(res, folder, "python -m benchmarks.solvers --write-card")
    card = json.loads((folder / "card.json").read_text())
    sp = card["solver_parity"]
    assert sp["model_sha256"] == sha and sp["command"].endswith("--write-card")
    assert len(sp["rows"]) == len(PARITY["rows"]) and "reused" not in sp["rows"][0]
    assert parity_series(sp)["proposal"] == ("unipc:quadratic", 17)
    assert training.load(folder) is not None  # still a loadable artifact
    with pytest.raises(SystemExit, match="not the ones measured"):
        write_card({**res, "model_sha256": "0" * 64}, folder, "x")
