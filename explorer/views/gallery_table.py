"""The Gallery's metric table: a read-only, sortable Qt model over the gallery's rows.

Each column formats one figure of a row (``gallery.json``); a cell whose figure cannot
apply to that model is shown as "—" and its tooltip says why (an implicit model has no
likelihood; a grey model has no bits per binary dimension …). Sorting uses the raw numbers
(:data:`SORT_ROLE`), missing ones last.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QSortFilterProxyModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MODEL_ROLE = Qt.ItemDataRole.UserRole + 2


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v) if math.isfinite(float(v)) else None


def _secs(v: float) -> str:
    if v >= 120:
        return f"{v / 60:.1f} min"
    if v < 1:
        return f"{1000 * v:.1f} ms" if v < 0.0095 else f"{1000 * v:.0f} ms"
    return f"{v:.2f} s" if v < 10 else f"{v:.0f} s"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    help: str
    fmt: Callable[[Any], str] = lambda v: f"{v:.2f}"
    why_not: Callable[[dict], str] = lambda row: "not measured for this model"


def _nll_why(row: dict) -> str:
    return row.get("nll_note") or "no likelihood figure for this model"


def _bpd_why(row: dict) -> str:
    if row.get("nll_nats") is None:
        return _nll_why(row)
    return ("bits per dimension are given for probabilities of binary images only; this "
            "figure is " + (row.get("nll_note") or "of another kind"))


COLUMNS: tuple[Column, ...] = (
    Column("model", "model", "the artifact in trained/ (double-click: open it)", str),
    Column("family", "family", "the family of the gallery's registry", str),
    Column("samples", "samples", "binary samples are compared with stochastically "
           "binarised real digits, grey ones with grey digits", str),
    Column("nll_nats", "NLL", "−log p(x) in nats per test image from the card; what "
           "kind of figure it is is in the next column and in the tooltip",
           lambda v: f"{v:.1f}", _nll_why),
    Column("nll_nature", "NLL kind", "exact, lower bound (NLL is an upper bound), exact "
           "marginal, estimate, or none", str),
    Column("bits_per_dim", "bits/dim", "NLL / (784 · ln 2), binary models",
           lambda v: f"{v:.3f}", _bpd_why),
    Column("confident_share", "conf.", "share of samples the shipped classifier "
           "gives a top probability ≥ 0.9"),
    Column("min_class_share", "min cls", "smallest share of one digit class among the "
           "samples (0.10 = all classes equal)", lambda v: f"{v:.3f}"),
    Column("missing_classes", "missing", "classes with under 1 % of the samples",
           lambda v: ", ".join(str(c) for c in v) or "none"),
    Column("frechet_distance", "FD", "Fréchet distance of the classifier's features "
           "to the test digits (lower is better)", lambda v: f"{v:.1f}"),
    Column("frechet_floor", "floor", "the same distance for real training digits: the "
           "best a model can reach with this many samples", lambda v: f"{v:.1f}"),
    Column("precision", "prec.", "k-NN precision (k = 3, Kynkäänniemi et al. 2019): "
           "share of samples inside the real digits' feature manifold"),
    Column("recall", "recall", "k-NN recall: share of real digits inside the samples' "
           "feature manifold (the data's variety covered)"),
    Column("memorised_share", "memo.", "share of samples nearer a training digit than "
           "99 % of test digits are", lambda v: f"{v:.3f}"),
    Column("n_params", "params", "parameters of the model", lambda v: f"{int(v):,}"),
    Column("train_time_s", "train", "training time from the card", _secs,
           lambda row: "the card records no training time"),
    Column("sample_16_s", "16 smp", "time to draw 16 samples on the machine that "
           "measured the gallery", _secs),
)


class GalleryTableModel(QAbstractTableModel):
    """The rows of a gallery, one per model (see the module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].help
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], COLUMNS[index.column()]
        v = row.get(col.key)
        missing = v is None or (isinstance(v, float) and not math.isfinite(v))
        if role == Qt.ItemDataRole.DisplayRole:
            if missing:
                return "—"
            try:
                return col.fmt(v)
            except (TypeError, ValueError):
                return str(v)
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return col.why_not(row)
            if col.key in ("nll_nats", "nll_nature"):
                return f"{v}: {row.get('nll_note')}" if col.key == "nll_nature" \
                    else row.get("nll_note")
            if col.key in ("model", "family", "missing_classes"):  # capped widths: all of it
                return f"{col.fmt(v)} — {col.help}"
            if col.key == "samples":
                return f"compared with {row.get('compared_with', '?')}; drawn by " \
                       f"{row.get('how_drawn', '?')}"
            return col.help
        if role == SORT_ROLE:
            if col.key == "missing_classes":
                return len(v) if isinstance(v, list) else None
            n = _num(v)
            return n if n is not None or missing else str(v).lower()
        if role == MODEL_ROLE:
            return row.get("model")
        if role == Qt.ItemDataRole.TextAlignmentRole and _num(v) is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GallerySortProxy(QSortFilterProxyModel):
    """Sorts by the raw figures; cells without a figure go last in either order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left, right) -> bool:  # noqa: N802 (Qt naming)
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            # missing values sort last whichever way: "less" flips with the order
            last_is_less = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if a is None and b is None:
                return False
            return (a is None) == last_is_less
        if isinstance(a, str) or isinstance(b, str):
            return str(a) < str(b)
        return a < b
