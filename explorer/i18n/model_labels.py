"""A density model's name on the scoreboard, in the UI language — display only.

The families in ``training`` name a fitted model from its hyperparameters ("GMM K=8",
"KDE (held-out bandwidth)", "GAN 2D noise, nonsat, SN"), and a model opened from a file by
its family and folder ("Flow [density-flow-moons]"). Those English labels are the models'
identities: sessions store them, the CSV export writes them and a refit replaces the entry
with the same label. So they are never translated where they are kept; :func:`model_label`
turns one into the UI language where it is *shown* (the scoreboard, the Compare all table,
the status line). Folder names in brackets stay as they are; a label no pattern knows is
shown unchanged.

``tests/widgets/test_model_labels.py`` checks that every family's labels are recognised, so a
new ``describe`` without a pattern here fails a test instead of showing English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ModelLabel"

#: the families' short names (``Family.short``, a loaded DDPM's "DDPM"), marked for lupdate
_SHORT = frozenset((
    QT_TRANSLATE_NOOP("ModelLabel", "Box"),
    QT_TRANSLATE_NOOP("ModelLabel", "Gaussian"),
    QT_TRANSLATE_NOOP("ModelLabel", "Factorised"),
    QT_TRANSLATE_NOOP("ModelLabel", "GMM"),
    QT_TRANSLATE_NOOP("ModelLabel", "KDE"),
    QT_TRANSLATE_NOOP("ModelLabel", "Flow"),
    QT_TRANSLATE_NOOP("ModelLabel", "Autoregressive"),
    QT_TRANSLATE_NOOP("ModelLabel", "GAN"),
    QT_TRANSLATE_NOOP("ModelLabel", "DDPM"),
))

#: the GAN label's parts after the noise dimension (the loss keys and the switches)
_GAN_PART = {
    "nonsat": QT_TRANSLATE_NOOP("ModelLabel", "non-saturating loss"),
    "lsgan": QT_TRANSLATE_NOOP("ModelLabel", "least-squares loss"),
    "SN": QT_TRANSLATE_NOOP("ModelLabel", "spectral norm"),
}

_FOLDER = re.compile(r"(.*?)( \[[^\]]*\])")
_R1 = re.compile(r"R1 (\S+)")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _gan_part(part: str) -> str:
    if part in _GAN_PART:
        return _t(_GAN_PART[part])
    if m := _R1.fullmatch(part):
        return QCoreApplication.translate("ModelLabel", "R1 penalty {gamma}").format(gamma=m[1])
    return part


def _name(text: str) -> str | None:
    """The translation of a label without its folder, or ``None`` when no pattern knows it."""
    if text in _SHORT:
        return _t(text)
    if m := re.fullmatch(r"GMM K=(\d+)", text):
        return QCoreApplication.translate("ModelLabel", "GMM K={k}").format(k=m[1])
    if text == "KDE (held-out bandwidth)":
        return QCoreApplication.translate("ModelLabel", "KDE (held-out bandwidth)")
    if text == "KDE (scott)":
        return QCoreApplication.translate("ModelLabel", "KDE (Scott's rule)")
    if m := re.fullmatch(r"KDE \((.+)\)", text):
        return QCoreApplication.translate("ModelLabel", "KDE (bandwidth {h})").format(h=m[1])
    if m := re.fullmatch(r"Flow (\d+)×(\d+)", text):
        return QCoreApplication.translate("ModelLabel", "Flow {layers}×{hidden}").format(
            layers=m[1], hidden=m[2])
    if m := re.fullmatch(r"Autoregressive (\d+)×\1", text):
        return QCoreApplication.translate("ModelLabel", "Autoregressive {d}×{d}").format(d=m[1])
    if m := re.fullmatch(r"GAN (\d+)D noise, (.+)", text):
        parts = ", ".join(_gan_part(p) for p in m[2].split(", "))
        return QCoreApplication.translate("ModelLabel", "GAN, {q}D noise, {parts}").format(
            q=m[1], parts=parts)
    return None


def known(label: str) -> bool:
    """Whether :func:`model_label` has a pattern for ``label`` (for the tests)."""
    m = _FOLDER.fullmatch(label)
    return _name(m[1] if m else label) is not None


def model_label(label: str) -> str:
    """``label`` (a scoreboard entry's English name) as shown in the UI language.

    Examples (no translator installed: English)
    --------
    >>> model_label("KDE (scott)"), model_label("Flow [density-flow-moons]")
    ("KDE (Scott's rule)", 'Flow [density-flow-moons]')
    """
    m = _FOLDER.fullmatch(label)
    head, tail = (m[1], m[2]) if m else (label, "")
    name = _name(head)
    return (head if name is None else name) + tail
