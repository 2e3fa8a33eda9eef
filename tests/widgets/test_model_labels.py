"""The density models' names are shown in the UI language (display only): every label a
family's ``describe`` can make, and every name of a model opened from a file, is known to
:mod:`explorer.i18n.model_labels`, translated in each catalogue, and kept in English where it
is an identity (the scoreboard entry, sessions, the CSV export)."""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QTranslator

from explorer import i18n
from explorer.i18n.model_labels import known, model_label
from explorer.services.fitting import loaded_label
from training.density.registry import class_map_families, families


class Marked(QTranslator):
    """Every translated string comes back as ⟦string⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"⟦{source}⟧"


def _labels() -> list[str]:
    """The labels each family makes: its defaults (command line and app), every choice of
    each string hyperparameter, both values of each switch, and its per-class model."""
    out = []
    for fam in families():
        variants: list[dict] = [{}]
        for h in fam.hypers:
            if h.choices:
                variants += [{h.name: v} for v, _ in h.choices]
            if h.type is bool:
                variants += [{h.name: True}, {h.name: False}]
        for app, hyper in itertools.product((False, True), variants):
            out.append(fam.describe(fam.complete(hyper, app=app)))
        gan = fam.key == "gan"
        if gan:  # every combination of the switches the GAN's name lists
            for loss, sn, r1 in itertools.product(("nonsat", "lsgan"), (True, False), (0.0, 2.5)):
                out.append(fam.describe(fam.complete(
                    {"loss": loss, "spectral_norm": sn, "r1_gamma": r1})))
        if fam.key == "kde":
            out += [fam.describe(fam.complete({"bandwidth": b})) for b in ("0.25", "cv", "scott")]
        out.append(loaded_label({"class": fam.model_name}, f"density-{fam.key}-moons"))
    for fam in class_map_families():
        out.append(fam.describe(fam.complete(fam.class_map(100), app=True)))
    out.append(loaded_label({"class": "DiffusionModel", "kind": "diffusion"}, "diffusion-moons"))
    return sorted(set(out))


def test_every_label_a_family_makes_is_known():
    labels = _labels()
    assert len(labels) > 15
    assert [s for s in labels if not known(s)] == []


def test_labels_are_translated_and_folders_kept(qapp):
    marked = Marked()
    qapp.installTranslator(marked)
    try:
        for s in _labels():
            shown = model_label(s)
            assert "⟦" in shown, s
            if "[" in s:  # the folder is a name: never translated
                assert shown.endswith(s[s.index(" ["):]), (s, shown)
        assert model_label("GAN 2D noise, nonsat, R1 2.5, SN") == (
            "⟦GAN, {q}D noise, {parts}⟧".replace("{q}", "2").replace(
                "{parts}", "⟦non-saturating loss⟧, ⟦R1 penalty {gamma}⟧, ⟦spectral norm⟧".replace(
                    "{gamma}", "2.5")))
    finally:
        qapp.removeTranslator(marked)
    assert model_label("a label of a user's own") == "a label of a user's own"


@pytest.mark.parametrize("code", ["es", "pt", "zh_CN"])
def test_each_catalogue_translates_the_model_names(qapp, code):
    english = {s: model_label(s) for s in _labels()}
    try:
        i18n.install(qapp, code)
        for s, en in english.items():
            # every label with a word in it reads differently; one of acronyms and numbers
            # only ("GMM K=8", "GAN [density-gan-moons]") may read the same
            if re.search(r"[a-z]{3}", re.sub(r"\[.*\]", "", en)):
                assert model_label(s) != en, (code, s)
    finally:
        i18n.uninstall(qapp)
