"""Screenshots of every view in its main states at one window size (default 1280 × 800).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.layout_shots OUT_DIR [--size 1280x800]

A figure, not a test: look at each PNG for clipped text, squeezed controls and hidden
data (tests/widgets/test_layout_1280.py checks the cheap geometry facts).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINED = ROOT / "trained"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--size", default="1280x800")
    p.add_argument("--only", default="", help="comma-separated shot name prefixes")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="layout-shots-"))

    from PySide6.QtCore import QSettings

    from explorer.app import make_app
    from explorer.state import DRAWN
    from explorer.views.idle import wait_until_idle
    from explorer.views.main_window import MainWindow

    app = make_app(sys.argv[:1])  # noqa: F841 (kept alive)
    tmp = tempfile.mkdtemp(prefix="layout-shots-settings-")
    w = MainWindow(settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
    width, height = (int(v) for v in args.size.lower().split("x"))
    w.resize(width, height)
    w.show()
    args.out.mkdir(parents=True, exist_ok=True)
    only = [s for s in args.only.split(",") if s]
    density, latent, diffusion = (w.views[n] for n in ("density", "latent", "diffusion"))

    def idle():
        wait_until_idle(w)
        wait_until_idle(w)

    def shot(name: str) -> None:
        idle()
        path = args.out / f"{name}.png"
        w.grab().save(str(path), "PNG")
        print(path, flush=True)

    def want(name: str) -> bool:
        return not only or any(name.startswith(o) for o in only)

    # ---- empty states (before any model is opened)
    if want("empty"):
        w.tabs.blockSignals(True)  # no automatic opening of the shipped default
        for i, name in ((1, "latent"), (2, "diffusion")):
            w.tabs.setCurrentIndex(i)
            shot(f"empty-{name}")
        w.tabs.setCurrentIndex(0)
        w.tabs.blockSignals(False)

    # ---- density
    w.tabs.setCurrentIndex(0)
    if want("density"):
        density.select_data("world-cities")
        density.fit_ladder()
        shot("density-1-cities-ladder")
        density.canvas_tabs.setCurrentWidget(density.class_panel)
        shot("density-2-cities-classmap")
        density.canvas_tabs.setCurrentIndex(0)
        density.select_data("8gaussians")
        density.family_combo.setCurrentIndex(density.family_combo.findData("gmm"))
        density.fit()
        shot("density-3-gmm")
        density.family_combo.setCurrentIndex(density.family_combo.findData("flow"))
        density.hyper_pages["flow"].set_values(layers=2, hidden=16, steps=150)
        density.fit()
        shot("density-4-flow")
        density.canvas_tabs.setCurrentWidget(density.layers_panel)
        shot("density-5-flow-layers")
        density.canvas_tabs.setCurrentIndex(0)
        density.select_data(DRAWN)
        density.family_combo.setCurrentIndex(density.family_combo.findData("gmm"))
        shot("density-6-drawn")

    # ---- latent
    def open_latent(name):
        w.open_model(TRAINED / name)
        idle()
        if name == "latent-vae2-mnist5k":
            shot(f"{name}-0-before-encoding")
        latent.prepare_screenshot()

    if want("latent"):
        for name in ("latent-vae2-mnist5k", "latent-vae8-shapes", "latent-vae16-mnist5k"):
            open_latent(name)
            shot(f"{name}-encoded")
            latent.tools.setCurrentIndex(2)
            shot(f"{name}-traversal")
            latent.tools.setCurrentIndex(0)

    # ---- diffusion
    if want("diffusion"):
        w.open_model(TRAINED / "diffusion-mnist5k")
        idle()
        diffusion.run_to_end()
        shot("diffusion-1-mnist")
        diffusion.compare_check.setChecked(True)
        diffusion.run_to_end()
        shot("diffusion-2-mnist-side")
        diffusion.tabs.setCurrentIndex(1)
        shot("diffusion-3-forward")
        diffusion.tabs.setCurrentIndex(0)
        diffusion.compare_check.setChecked(False)
        w.open_model(TRAINED / "diffusion-moons")
        idle()
        diffusion.run_to_end()
        shot("diffusion-4-moons")
        diffusion.compare_check.setChecked(True)
        diffusion.run_to_end()
        shot("diffusion-5-moons-side")
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
