"""The whole window in every language: each shown string goes through Qt's translation
(a pseudo-translation marks them all), and in Spanish, Portuguese and Chinese every view
opens, draws and shows its labels and buttons uncut at 1280×800 — with the Density view's
generative-vs-discriminative, Compare all and Guidance tabs, the Diffusion view's prompt box (a
class-conditional model) and the tour's panel (its texts in the language, from tour.toml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from explorer import i18n
from explorer.tour import load_tour, shipped_tour_dir
from explorer.views.idle import wait_until_idle
from explorer.views.main_window import TAB_NAMES, MainWindow
from tests.i18n_walk import clipped_widgets, shown_texts, words


class Marked(QTranslator):
    """A pseudo-language: every translated string comes back as ⟦string⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"⟦{source}⟧"


def _names() -> set[str]:
    """Texts shown as they are in every language: names of data sets, their classes (the
    continents), shipped models' folders, samplers, schedules, families' command-line keys
    and the languages themselves."""
    from training.artifacts import default_trained_dir
    from training.data import dataset_names
    from training.data.cities import CONTINENTS

    from explorer.state.diffusion import SAMPLER_LABELS
    from explorer.views.train_dialog import IMAGE_SETS

    return {*dataset_names(), *IMAGE_SETS, *i18n.LANGUAGES.values(), *CONTINENTS.values(),
            *(p.name for p in default_trained_dir().iterdir()), "p_data", "p_model",
            "linear", "cosine", *SAMPLER_LABELS.values(), "vae", "ae", "pca"}


#: a model's own label, e.g. "VAE d=2 · mnist5k (latent-vae2-mnist5k)", "Flow (density-flow-…)"
_MODEL = re.compile(r".*\([\w.]+(-[\w.]+)+\)$")
_COMMAND = "python -m training"


def _untranslated(texts: list[tuple[str, str]]) -> list[str]:
    names = _names()
    bad = []
    for where, text in texts:
        plain = words(text).strip()
        if "⟦" in text or not re.search(r"[A-Za-z]{3}", plain) or plain in names \
                or _MODEL.match(plain) or plain.startswith(_COMMAND):
            continue
        bad.append(f"{where}: {text[:80]!r}")
    return sorted(set(bad))


def _open_every_view(w: MainWindow) -> None:
    w.resize(1280, 800)
    w.show()
    for i, _name in enumerate(TAB_NAMES):
        w.tabs.setCurrentIndex(i)
        assert wait_until_idle(w, 240)


def _cond_model(folder: Path) -> Path:
    """The shipped class-conditional diffusion model, else a tiny untrained one (as in
    tests/widgets/test_diffusion_prompt.py) with a card that has a guidance curve."""
    shipped = Path(__file__).resolve().parents[2] / "trained" / "diffusion-cond-mnist5k"
    if (shipped / "card.json").is_file():
        return shipped
    import training
    from training.diffusion import DiffusionModel

    path = folder / "diffusion-cond-tiny"
    m = DiffusionModel("unet", (28, 28), channels=(8, 16, 16), seed=0, num_classes=10,
                       class_names=[str(i) for i in range(10)])
    curve = [{"s": s, "accuracy": a, "diversity": d, "confident_share": 0.5}
             for s, a, d in ((0.0, 0.1, 1.0), (1.0, 0.7, 0.9), (3.0, 0.97, 0.7))]
    training.save(m, path, {
        "data": {"name": "mnist5k"}, "training": {"recipe": "test", "steps": 0},
        "metrics": {"guidance_default": 3.0, "guided_accuracy": 0.97, "guided_diversity": 0.7},
        "guidance": {"default": 3.0, "curve": curve, "sampler": "unipc",
                     "samples_per_class": 30}, "created_by": "tests"})
    return path


def _walk_new_panels(w: MainWindow, folder: Path):
    """Show, one after the other, the Density view's generative-vs-discriminative, Compare
    all and Guidance tabs, a class-conditional model in the Diffusion view (its prompt box) and
    the shipped tour's panel; yield the name of each once it is drawn."""
    density = w.views["density"]
    w.tabs.setCurrentIndex(TAB_NAMES.index("density"))
    assert wait_until_idle(w, 240)
    extras = density.extras
    extras.gen_vs_disc.seeds_spin.setValue(1)  # the learning curve of one seed: enough
    for name, panel in (("gen-vs-disc", extras.gen_vs_disc), ("compare-all", extras.compare),
                        ("guidance", extras.guidance)):
        density.canvas_tabs.setCurrentWidget(panel.tab_page)
        assert wait_until_idle(w, 240)
        if hasattr(panel, "is_busy"):  # the Guidance tab draws in a worker of its own
            assert wait_until_idle(panel, 240)
        assert panel.isVisible()
        yield name
    w.open_model(_cond_model(folder))
    assert wait_until_idle(w, 240)
    assert TAB_NAMES[w.tabs.currentIndex()] == "diffusion"
    assert w.views["diffusion"].prompt_box.isVisible()
    yield "prompt"
    w.tour_action.trigger()
    assert wait_until_idle(w, 240)
    assert w.tour_dock.isVisible() and w.tour_dock.panel.error == ""
    yield "tour"


def _tour_texts(w: MainWindow) -> set[str]:
    """What the tour panel shows of the tour's own text (tour.toml, not the catalogue)."""
    p = w.tour_dock.panel
    return {p.tour_title.text(), p.title.text(), p.text.text(), p.formula.text()}


def test_every_shown_string_goes_through_translation(qtbot, qapp, settings, tmp_path):
    marked = Marked()
    qapp.installTranslator(marked)
    try:
        w = MainWindow(settings=settings)
        qtbot.addWidget(w)
        _open_every_view(w)
        assert w.slots["latent"].current is not None and w.slots["diffusion"].current
        texts = shown_texts(w)
        for _ in _walk_new_panels(w, tmp_path):
            texts += shown_texts(w)
        tour = _tour_texts(w)  # English here: the tour's languages come from tour.toml
        texts = [(where, text) for where, text in texts if text not in tour]
        shown = " ".join(text for _, text in texts)
        for new in ("Learning curve", "test NLL", "model:", "Prompt and guidance",
                    "Next ▶"):
            assert f"⟦{new}⟧" in shown  # the new panels were walked
        for kind in ("density", "latent", "gan", "diffusion", "pixelcnn", "rbm"):
            dlg = w.show_train_dialog(kind)
            texts += shown_texts(dlg)
            dlg.close()
        w.tabs.setCurrentIndex(TAB_NAMES.index("latent"))
        card = w.show_model_card()
        texts += [("ModelCardDialog.title", card.windowTitle())]
        card.close()
        about = w.show_about()
        texts += [("about", about.text())]
        about.close()
        assert len(texts) > 300
        assert _untranslated(texts) == []
        w.close()
    finally:
        qapp.removeTranslator(marked)


@pytest.mark.parametrize("code", ["es", "pt", "zh_CN"])
def test_each_language_shows_every_view_uncut(qtbot, qapp, settings, tmp_path, code):
    assert i18n.install(qapp, code)
    try:
        w = MainWindow(settings=settings)
        qtbot.addWidget(w)
        _open_every_view(w)
        tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
        assert tabs != ["Density", "Latent", "Step-through", "Gallery"]
        problems = {}
        for i, name in enumerate(TAB_NAMES):
            w.tabs.setCurrentIndex(i)
            assert wait_until_idle(w, 240)
            problems[name] = clipped_widgets(w)
            assert w.grab().save(str(tmp_path / f"{code}-{name}.png"))
        for name in _walk_new_panels(w, tmp_path):
            problems[name] = clipped_widgets(w)
            assert w.grab().save(str(tmp_path / f"{code}-{name}.png"))
        assert problems == {name: [] for name in problems}
        tour = load_tour(shipped_tour_dir(), code)
        panel = w.tour_dock.panel
        assert (panel.tour_title.text(), panel.counter.text().split()[0]) == (
            tour.title, {"es": "Parada", "pt": "Parada", "zh_CN": "第"}[code])
        # Qt's own dialogs speak the language too (qtbase catalogue)
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() != "Cancel"
        box.deleteLater()
        w.close()
    finally:
        i18n.uninstall(qapp)
