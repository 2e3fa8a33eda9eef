"""Help → Model card: the loaded artifact's card (data, recipe, metrics, training time,
device, the command that made it) as a readable page."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

_SKIP_TRAINING = {"loss_curve"}


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, list):
        if len(v) > 12:
            return html.escape(QCoreApplication.translate("model_card", "[{v}, … ({v2} values)]").format(v=', '.join(_fmt(x) for x in v[:12]), v2=len(v)))
        return html.escape("[" + ", ".join(_fmt(x) for x in v) + "]")
    if isinstance(v, dict):
        return html.escape(", ".join(f"{k}: {_fmt(x)}" for k, x in v.items()))
    return html.escape(str(v))


def _table(d: dict, skip: set[str] = frozenset()) -> str:
    rows = "".join(f"<tr><td><b>{html.escape(str(k))}</b></td><td>{_fmt(v)}</td></tr>"
                   for k, v in d.items() if k not in skip)
    return f"<table cellspacing='2' cellpadding='3'>{rows}</table>"


def card_html(card: dict, path: str = "") -> str:
    """The card as HTML (also used by tests)."""
    t = card.get("training", {})
    parts = [
        QCoreApplication.translate("model_card", "<h2>{card} — {kind} "
        "model</h2>").format(card=html.escape(card.get('family', card['class'])), kind=html.escape(card['kind'])),
        f"<p><code>{html.escape(path)}</code><br>class <code>{html.escape(card['class'])}</code>, "
        f"saved {html.escape(str(card.get('saved_at', '?')))}</p>",
        QCoreApplication.translate("model_card", "<h3>Data</h3>"), _table(card.get("data", {})),
        QCoreApplication.translate("model_card", "<h3>Training</h3>"), _table(t, _SKIP_TRAINING),
    ]
    if "loss_curve" in t and t["loss_curve"]:
        first, last = t["loss_curve"][0], t["loss_curve"][-1]
        parts.append(QCoreApplication.translate("model_card", "<p>loss curve: {loss_curve} points, from {first} to "
                     "{last} ([step or epoch, train, validation])</p>").format(loss_curve=len(t['loss_curve']), first=_fmt(first), last=_fmt(last)))
    parts += [QCoreApplication.translate("model_card", "<h3>Metrics</h3>"), _table(card.get("metrics", {})),
              QCoreApplication.translate("model_card", "<h3>Architecture (config)</h3>"), _table(card.get("config", {}))]
    if "factor_correlation" in card:
        from training.latent.factors import table_of

        fc = card["factor_correlation"]
        for space in ("z", "w"):
            rows = {k: f"{space}{v['best_dim']} (|r| = {v['best_abs_corr']:.2f})"
                    for k, v in table_of(fc, space).items()}
            if rows:
                parts += [QCoreApplication.translate("model_card", "<h3>Ground-truth factors → best {space} dimension</h3>").format(space=space),
                          _table(rows)]
        if isinstance(fc, dict) and "method" in fc:
            parts += [QCoreApplication.translate("model_card", "<p>{method}; the probe on real test images: "
                      "{probe}</p>").format(method=html.escape(str(fc['method'])), probe=_fmt(fc.get('probe', {})))]
    parts += [QCoreApplication.translate("model_card", "<h3>Made by</h3>"), f"<pre>{html.escape(card.get('created_by', '?'))}</pre>"]
    return "\n".join(parts)


class ModelCardDialog(QDialog):
    def __init__(self, card: dict, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Model card — {path}").format(path=path))
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setHtml(card_html(card, path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
