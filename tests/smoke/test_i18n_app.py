"""The whole window in every language: each shown string goes through Qt's translation
(a pseudo-translation marks them all), and in Spanish, Portuguese and Chinese every view
opens, draws and shows its labels and buttons uncut at 1280×800."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from explorer import i18n
from explorer.views.idle import wait_until_idle
from explorer.views.main_window import TAB_NAMES, MainWindow
from tests.i18n_walk import clipped_widgets, shown_texts, words


class Marked(QTranslator):
    """A pseudo-language: every translated string comes back as ⟦string⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"⟦{source}⟧"


def _names() -> set[str]:
    """Texts shown as they are in every language: names of data sets, models, samplers,
    schedules, families' command-line keys and the languages themselves."""
    from training.data import dataset_names

    from explorer.views.train_dialog import IMAGE_SETS

    return {*dataset_names(), *IMAGE_SETS, *i18n.LANGUAGES.values(), "p_data", "p_model",
            "linear", "cosine", "UniPC-2", "DPM-Solver++(2M)", "DDIM", "DDPM",
            "vae", "ae", "pca"}


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


def test_every_shown_string_goes_through_translation(qtbot, qapp, settings):
    marked = Marked()
    qapp.installTranslator(marked)
    try:
        w = MainWindow(settings=settings)
        qtbot.addWidget(w)
        _open_every_view(w)
        assert w.slots["latent"].current is not None and w.slots["diffusion"].current
        texts = shown_texts(w)
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
        assert problems == {name: [] for name in TAB_NAMES}
        # Qt's own dialogs speak the language too (qtbase catalogue)
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() != "Cancel"
        box.deleteLater()
        w.close()
    finally:
        i18n.uninstall(qapp)
