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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QSortFilterProxyModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MODEL_ROLE = Qt.ItemDataRole.UserRole + 2


def finite_number(v: Any) -> float | None:
    """``v`` as a float if it is a finite int or float (not a bool), else None."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v) if math.isfinite(float(v)) else None


def _secs(v: float) -> str:
    if v >= 120:
        return QCoreApplication.translate("gallery_table", "{v:.1f} min").format(v=v / 60)
    if v < 1:
        return QCoreApplication.translate("gallery_table", "{v:.1f} ms").format(v=1000 * v) if v < 0.0095 else QCoreApplication.translate("gallery_table", "{v:.0f} ms").format(v=1000 * v)
    return f"{v:.2f} s" if v < 10 else f"{v:.0f} s"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    help: str
    fmt: Callable[[Any], str] = lambda v: f"{v:.2f}"
    why_not: Callable[[dict], str] = lambda row: QCoreApplication.translate("gallery_table", "not measured for this model")


def _nll_why(row: dict) -> str:
    return row.get("nll_note") or QCoreApplication.translate("gallery_table", "no likelihood figure for this model")


def _bpd_why(row: dict) -> str:
    if row.get("nll_nats") is None:
        return _nll_why(row)
    return (QCoreApplication.translate("gallery_table", "bits per dimension are given for probabilities of binary images only; this "
            "figure is ") + (row.get("nll_note") or QCoreApplication.translate("gallery_table", "of another kind")))


COLUMNS: tuple[Column, ...] = (
    Column("model", QT_TRANSLATE_NOOP("GalleryTableModel", "model"), QT_TRANSLATE_NOOP("GalleryTableModel", "the artifact in trained/ (double-click: open it)"), str),
    Column("family", QT_TRANSLATE_NOOP("GalleryTableModel", "family"), QT_TRANSLATE_NOOP("GalleryTableModel", "the family of the gallery's registry"), str),
    Column("samples", QT_TRANSLATE_NOOP("GalleryTableModel", "samples"), QT_TRANSLATE_NOOP("GalleryTableModel", "binary samples are compared with stochastically "
           "binarised real digits, grey ones with grey digits"), str),
    Column("nll_nats", QT_TRANSLATE_NOOP("GalleryTableModel", "NLL"), QT_TRANSLATE_NOOP("GalleryTableModel", "−log p(x) in nats per test image from the card; what "
           "kind of figure it is is in the next column and in the tooltip"),
           lambda v: f"{v:.1f}", _nll_why),
    Column("nll_nature", QT_TRANSLATE_NOOP("GalleryTableModel", "NLL kind"), QT_TRANSLATE_NOOP("GalleryTableModel", "exact, lower bound (NLL is an upper bound), exact "
           "marginal, estimate, or none"), str),
    Column("bits_per_dim", QT_TRANSLATE_NOOP("GalleryTableModel", "bits/dim"), QT_TRANSLATE_NOOP("GalleryTableModel", "NLL / (784 · ln 2), binary models"),
           lambda v: f"{v:.3f}", _bpd_why),
    Column("confident_share", QT_TRANSLATE_NOOP("GalleryTableModel", "conf."), QT_TRANSLATE_NOOP("GalleryTableModel", "share of samples the shipped classifier "
           "gives a top probability ≥ 0.9")),
    Column("min_class_share", QT_TRANSLATE_NOOP("GalleryTableModel", "min cls"), QT_TRANSLATE_NOOP("GalleryTableModel", "smallest share of one digit class among the "
           "samples (0.10 = all classes equal)"), lambda v: f"{v:.3f}"),
    Column("missing_classes", QT_TRANSLATE_NOOP("GalleryTableModel", "missing"), QT_TRANSLATE_NOOP("GalleryTableModel", "classes with under 1 % of the samples"),
           lambda v: ", ".join(str(c) for c in v) or QCoreApplication.translate("gallery_table", "none")),
    Column("frechet_distance", QT_TRANSLATE_NOOP("GalleryTableModel", "FD"), QT_TRANSLATE_NOOP("GalleryTableModel", "Fréchet distance of the classifier's features "
           "to the test digits (lower is better)"), lambda v: f"{v:.1f}"),
    Column("frechet_floor", QT_TRANSLATE_NOOP("GalleryTableModel", "floor"), QT_TRANSLATE_NOOP("GalleryTableModel", "the same distance for real training digits: the "
           "best a model can reach with this many samples"), lambda v: f"{v:.1f}"),
    Column("precision", QT_TRANSLATE_NOOP("GalleryTableModel", "prec."), QT_TRANSLATE_NOOP("GalleryTableModel", "k-NN precision (k = 3, Kynkäänniemi et al. 2019): "
           "share of samples inside the real digits' feature manifold")),
    Column("recall", QT_TRANSLATE_NOOP("GalleryTableModel", "recall"), QT_TRANSLATE_NOOP("GalleryTableModel", "k-NN recall: share of real digits inside the samples' "
           "feature manifold (the data's variety covered)")),
    Column("memorised_share", QT_TRANSLATE_NOOP("GalleryTableModel", "memo."), QT_TRANSLATE_NOOP("GalleryTableModel", "share of samples nearer a training digit than "
           "99 % of test digits are"), lambda v: f"{v:.3f}"),
    Column("n_params", QT_TRANSLATE_NOOP("GalleryTableModel", "params"), QT_TRANSLATE_NOOP("GalleryTableModel", "parameters of the model"), lambda v: f"{int(v):,}"),
    Column("train_time_s", QT_TRANSLATE_NOOP("GalleryTableModel", "train"), QT_TRANSLATE_NOOP("GalleryTableModel", "training time from the card"), _secs,
           lambda row: QCoreApplication.translate("gallery_table", "the card records no training time")),
    Column("sample_16_s", QT_TRANSLATE_NOOP("GalleryTableModel", "16 smp"), QT_TRANSLATE_NOOP("GalleryTableModel", "time to draw 16 samples on the machine that "
           "measured the gallery"), _secs),
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
            return self.tr(COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(COLUMNS[section].help)
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
                return self.tr("compared with {compared_with}; drawn by " \
                       "{how_drawn}").format(compared_with=row.get('compared_with', '?'), how_drawn=row.get('how_drawn', '?'))
            return col.help
        if role == SORT_ROLE:
            if col.key == "missing_classes":
                return len(v) if isinstance(v, list) else None
            n = finite_number(v)
            return n if n is not None or missing else str(v).lower()
        if role == MODEL_ROLE:
            return row.get("model")
        if role == Qt.ItemDataRole.TextAlignmentRole and finite_number(v) is not None:
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
