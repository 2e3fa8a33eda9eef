"""The whole app, as a user starts it: subprocesses, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def _run(args, env=None, timeout=120):
    e = dict(os.environ)
    e.update(env or {})
    e = {k: v for k, v in e.items() if v is not None}
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=e)


def test_screenshot_writes_four_nonblank_pngs(tmp_path):
    r = _run(["-m", "explorer", "--screenshot", str(tmp_path)], env={"QT_QPA_PLATFORM": None})
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    for name in ("density", "latent", "diffusion", "gallery"):
        img = QImage(str(tmp_path / f"{name}.png"))
        assert img.width() == 1280 and img.height() == 800, name
        # not blank: many distinct colours
        colours = {img.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
        assert len(colours) > 3, name
    # the density view shows a fitted heatmap: many distinct colours over the plot area
    img = QImage(str(tmp_path / "density.png"))
    colours = {img.pixel(x, y) for x in range(100, 900, 8) for y in range(80, 700, 8)}
    assert len(colours) > 200


def test_no_display_prints_advice_and_exits_nonzero():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "explorer"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 2
    assert "xvfb-run" in r.stderr and "--screenshot" in r.stderr
    assert "Aborted" not in r.stderr and "Traceback" not in r.stderr


def test_app_starts_and_quits_after_first_paint():
    r = _run(["-m", "explorer", "--exit-after-first-paint"], env={"QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert "first-paint" in r.stdout


def test_cli_entry_points():
    r = _run(["-m", "training", "--help"])
    assert r.returncode == 0 and "density" in r.stdout
    r = _run(["-m", "training", "list"])
    assert r.returncode == 0 and "python -m training density" in r.stdout
    r = _run(["-m", "explorer", "--version"])
    assert r.returncode == 0 and "latent-explorer" in r.stdout


def test_shipped_artifact_is_reproducible(tmp_path):
    """Re-running the card's command gives the same metrics."""
    import json
    import shlex

    card = json.loads((ROOT / "trained/density-gaussian-8gaussians/card.json").read_text())
    args = shlex.split(card["created_by"])[1:]
    out = tmp_path / "re"
    args[args.index("--out") + 1] = str(out)
    r = _run(args)
    assert r.returncode == 0, r.stderr
    again = json.loads((out / "card.json").read_text())
    for k in ("train_nll_nats", "test_nll_nats", "test_kl_nats"):
        assert abs(again["metrics"][k] - card["metrics"][k]) < 1e-9


def test_benchmark_harness_lists_and_rejects_unknown_group():
    r = _run(["-m", "benchmarks", "--list"])
    assert r.returncode == 0 and "startup" in r.stdout.split()
    r = _run(["-m", "benchmarks", "--only", "nosuchgroup"])
    assert r.returncode == 2 and "groups:" in r.stderr
