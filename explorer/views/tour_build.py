"""Make the shipped tour's sessions by driving the app offscreen.

    python -m explorer.views.tour_build                  # rewrite explorer/tours/chapter/*.lexsession
    python -m explorer.views.tour_build --out DIR        # somewhere else (tests, a try-out)
    python -m explorer.views.tour_build --shots docs/screenshots   # and the README's pictures

The text of each stop is written by hand in ``tour.toml``; the sessions are generated here,
so they can be re-made whenever the session format or a view changes. Each stop has a
*recipe*: a function that does in a fresh main window what a person would (choose a data
set, fit a family, open a shipped model, move z, step a sampler) and names the tab to show
and the views whose state the stop's session holds (the others keep what they show when
the stop opens). The sessions are written by the same code as File → Save session
(each view's ``session_state`` and :func:`explorer.session.write_session`); shipped models
are referenced by name, so the files stay small.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from explorer.tour import TOUR_FILE, load_tour, shipped_tour_dir

SIZE = (1280, 800)


@dataclass(frozen=True)
class Recipe:
    """What a recipe leaves: the tab to show and the views the session saves."""

    tab: str
    views: tuple[str, ...]


def _trained(name: str) -> Path:
    from training.artifacts import default_trained_dir

    return default_trained_dir() / name


def settle(window, timeout_s: float = 600.0) -> None:
    """Process events until no view of ``window`` is busy (loading, fitting, sampling)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    quiet = 0
    while quiet < 5:  # a few idle rounds in a row: a finished job may start the next one
        QApplication.processEvents()
        quiet = 0 if window.is_busy() else quiet + 1
        if time.monotonic() > end:
            raise TimeoutError("the window stayed busy for more than "
                               f"{timeout_s:.0f} s while making a stop")
        time.sleep(0.02)


def _fit(window, family: str, **hyper) -> None:
    v = window.views["density"]
    v.family_combo.setCurrentIndex(v.family_combo.findData(family))
    if hyper:
        v.hyper_pages[family].set_values(**hyper)
    v.fit()
    settle(window)


def _density_data(window, name: str, params: dict | None = None, seed: int = 0) -> None:
    v = window.views["density"]
    v.seed_spin.setValue(seed)
    v.select_data(name, params)
    settle(window)


# ------------------------------------------------------------------------------ recipes
def generative_discriminative(window) -> Recipe:
    """Moons (two labelled classes): one KDE per class and the Bayes decision map."""
    _density_data(window, "moons")
    _fit(window, "kde")
    v = window.views["density"]
    v.canvas_tabs.setCurrentIndex(2)  # Classes: p(y | x)
    settle(window)
    return Recipe("density", ("density",))


def pdata_pmodel(window) -> Recipe:
    """8 Gaussians: one Gaussian, then a mixture of 8, the mixture on the canvas."""
    _density_data(window, "8gaussians")
    _fit(window, "gaussian")
    _fit(window, "gmm")
    v = window.views["density"]
    v.show_samples.setChecked(False)
    settle(window)
    return Recipe("density", ("density",))


def box_world_map(window) -> Recipe:
    """World cities: the uniform box fitted by maximum likelihood, with its samples."""
    _density_data(window, "world-cities", {"min_population": 100_000})
    _fit(window, "gaussian")
    _fit(window, "box")
    v = window.views["density"]
    v.show_samples.setChecked(True)
    settle(window)
    return Recipe("density", ("density",))


def naive_bayes(window) -> Recipe:
    """The per-pixel Bernoulli model stepped pixel by pixel, halfway down the images."""
    window.open_model(_trained("naive-mnist5k"))
    settle(window)
    g = window.views["diffusion"].generic
    g.n_spin.setValue(8)
    g.seed_spin.setValue(1)
    settle(window)
    g.go_to(28 * 14)
    settle(window)
    return Recipe("diffusion", ("diffusion",))


def latent_sliders(window) -> Recipe:
    """The 2D VAE: z moved off the origin, the traversal grid beside it."""
    window.open_model(_trained("latent-vae2-mnist5k"))
    settle(window)
    v = window.views["latent"]
    v.tools.setCurrentIndex(2)  # Traversal grid
    v.state.set_z(np.array([0.8, -0.6], np.float32), "tour")
    settle(window)
    return Recipe("latent", ("latent",))


def taxonomy(window) -> Recipe:
    """The Gallery: every image model on the taxonomy (no view state of its own)."""
    window.tabs.setCurrentIndex(list(window.views).index("gallery"))
    settle(window)
    return Recipe("gallery", ())


def vae(window) -> Recipe:
    """The 16-dimensional VAE, with bookmarks to interpolate between."""
    window.open_model(_trained("latent-vae16-mnist5k"))
    settle(window)
    v = window.views["latent"]
    rng = np.random.default_rng(3)
    v.state.add_bookmark("a", rng.normal(size=v.state.model.latent_dim).astype(np.float32))
    v.state.add_bookmark("b", rng.normal(size=v.state.model.latent_dim).astype(np.float32))
    v.tools.setCurrentIndex(1)  # Bookmarks and interpolation
    v.state.set_z(v.state.bookmarks[0][1], "tour")
    settle(window)
    return Recipe("latent", ("latent",))


def gan(window) -> Recipe:
    """The DCGAN under the same sliders: a decoder without an encoder."""
    window.open_model(_trained("gan-dcgan-mnist5k"))
    settle(window)
    v = window.views["latent"]
    rng = np.random.default_rng(5)
    v.state.set_z(rng.normal(size=v.state.model.latent_dim).astype(np.float32), "tour")
    v.tools.setCurrentIndex(2)
    settle(window)
    return Recipe("latent", ("latent",))


def flow(window) -> Recipe:
    """The shipped spline flow on moons, its layers tab shown."""
    window.open_model(_trained("density-flow-moons"))
    settle(window)
    v = window.views["density"]
    v.canvas_tabs.setCurrentIndex(1)  # Flow layers
    settle(window)
    return Recipe("density", ("density",))


def _diffusion(window, sampler: str, steps: int, index: int, grid_x0: bool) -> None:
    window.open_model(_trained("diffusion-mnist5k"))
    settle(window)
    v = window.views["diffusion"]
    v.sampler_combo.setCurrentIndex(v.sampler_combo.findData(sampler))
    v.steps_spin.setValue(steps)
    v.seed_spin.setValue(2)
    v.batch_spin.setValue(8)
    settle(window)
    (v.grid_x0 if grid_x0 else v.grid_xt).setChecked(True)
    v.runner.request(index + 1)
    settle(window)
    v._on_scrub(index)
    settle(window)


def diffusion(window) -> Recipe:
    """The MNIST DDPM, 50 DDPM steps, stopped two thirds of the way down."""
    _diffusion(window, "ddpm", 50, 34, grid_x0=False)
    return Recipe("diffusion", ("diffusion",))


def latent_diffusion(window) -> Recipe:
    """The digits' class-conditional DDPM prompted "a seven" at its card's default guidance,
    UniPC-20, 16 digits, stopped part-way."""
    window.open_model(_trained("diffusion-cond-mnist5k"))
    settle(window)
    v = window.views["diffusion"]
    v.sampler_combo.setCurrentIndex(v.sampler_combo.findData("unipc"))
    v.steps_spin.setValue(20)
    v.seed_spin.setValue(2)
    v.batch_spin.setValue(16)
    v.prompt_box.set_prompt("a seven", None)  # at the card's default scale (set_model's)
    settle(window)
    v.runner.request(15)
    settle(window)
    v._on_scrub(14)
    settle(window)
    return Recipe("diffusion", ("diffusion",))


#: session file name → recipe (``tour.toml`` names the files; every one needs a recipe)
RECIPES: dict[str, Callable] = {
    "01-generative-discriminative.lexsession": generative_discriminative,
    "02-pdata-pmodel.lexsession": pdata_pmodel,
    "03-box-world-map.lexsession": box_world_map,
    "04-naive-bayes.lexsession": naive_bayes,
    "05-latent-sliders.lexsession": latent_sliders,
    "06-taxonomy.lexsession": taxonomy,
    "07-vae.lexsession": vae,
    "08-gan.lexsession": gan,
    "09-flow.lexsession": flow,
    "10-diffusion.lexsession": diffusion,
    "11-latent-diffusion-guidance.lexsession": latent_diffusion,
}


def make_window(settings_path: Path, with_panel: bool = True):
    from PySide6.QtCore import QSettings

    from explorer.views.main_window import MainWindow
    from explorer.views.tour_panel import tour_dock

    w = MainWindow(settings=QSettings(str(settings_path), QSettings.Format.IniFormat))
    w.resize(*SIZE)
    w.show()
    if with_panel:  # the views get the size they have during the tour (view ranges fit)
        tour_dock(w).reveal()
    settle(w)
    return w


def build_stop(name: str, out: Path, work: Path) -> Path:
    """Run the recipe of ``name`` in a fresh window and write its session into ``out``."""
    import explorer
    from explorer.session import write_session

    window = make_window(work / f"{name}.ini")
    try:
        recipe = RECIPES[name](window)
        views = {}
        for v in recipe.views:
            state = window.views[v].session_state()
            if state is None:
                raise RuntimeError(f"{name}: the {v} view has nothing to save")
            views[v] = state
        # what a view leaves out is beside the point of a stop: no 'Not restored' notes
        return write_session(out / name, recipe.tab, views, [], explorer.__version__)
    finally:
        window.close()
        window.deleteLater()


def build(out: Path | None = None, only: list[str] | None = None, log=print) -> list[Path]:
    """Make every session the shipped ``tour.toml`` names (or those in ``only``) in
    ``out`` (default: the shipped tour's folder)."""
    import tempfile
    import tomllib

    src = shipped_tour_dir()
    # read the names without load_tour: on a first build the sessions are not there yet
    doc = tomllib.loads((src / TOUR_FILE).read_text("utf-8"))
    names = [str(stop["session"]) for stop in doc["stop"]]
    missing = [n for n in names if n not in RECIPES]
    if missing:
        raise SystemExit(f"{TOUR_FILE} names sessions without a recipe: {', '.join(missing)}")
    out = Path(out) if out is not None else src
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory(prefix="tour-build-") as work:
        for i, name in enumerate(names):
            if only and name not in only:
                continue
            t0 = time.perf_counter()
            made.append(build_stop(name, out, Path(work)))
            log(f"[{i + 1}/{len(names)}] {name}: {time.perf_counter() - t0:.1f} s")
    return made


#: the screenshots of the README's "Guided tour" section: stop number → file name
SHOTS = {1: "tour-stop-1.png", 3: "tour-world-map.png", 10: "tour-diffusion.png",
         11: "tour-guidance.png"}


def screenshots(out_dir: Path, shots: dict[int, str] | None = None, log=print) -> list[Path]:
    """Open the shipped tour as a person does (Help → Tour, then Next) in a fresh 1280×800
    window and save the window at each stop of ``shots``."""
    import tempfile

    shots = SHOTS if shots is None else shots
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="tour-shots-") as work:
        window = make_window(Path(work) / "s.ini", with_panel=False)
        try:
            window.tour_action.trigger()
            settle(window)
            panel = window.tour_dock.panel
            for k in sorted(shots):
                panel.go(k - 1)
                settle(window)
                if panel.error:
                    raise RuntimeError(f"stop {k}: {panel.error}")
                path = out_dir / shots[k]
                window.grab().save(str(path))
                written.append(path)
                log(path)
        finally:
            window.close()
            window.deleteLater()
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m explorer.views.tour_build",
                                description="Make the shipped tour's sessions.")
    p.add_argument("--out", type=Path, default=None,
                   help="where to write the sessions (default: the shipped tour's folder)")
    p.add_argument("--only", nargs="*", default=None, help="session file names to make")
    p.add_argument("--shots", type=Path, default=None,
                   help="also save the tour's screenshots here (e.g. docs/screenshots)")
    p.add_argument("--no-build", action="store_true", help="screenshots only")
    args = p.parse_args(argv)
    from explorer.app import make_app

    make_app(sys.argv[:1])
    if not args.no_build:
        build(args.out, args.only)
        load_tour(args.out or shipped_tour_dir())  # the result is a tour the app opens
    if args.shots is not None:
        screenshots(args.shots)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
