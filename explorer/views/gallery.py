"""The Gallery tab: every shipped MNIST-5k image model on the taxonomy, one table of figures.

Top: the taxonomy of the notes (explicit density → tractable / approximate, implicit
density, no density) as a tree, each model that landed hanging at its leaf with its 16
samples. Bottom: the metric table (:mod:`explorer.views.gallery_table`), sortable; a
double-click on a row (or on a model in the tree) opens that model in its own view.

The view reads ``docs/gallery`` (shipped) or the user's own re-measure, in a worker
thread; Re-measure runs :func:`training.gallery.measure` in another worker (the latest
request wins, Cancel stops it between two models). Nothing heavy runs on the GUI thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
    QStackedWidget, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from explorer.services.gallery import (
    SHIPPED_GALLERY, GalleryData, MeasureRequest, choose_folder, model_path, read_gallery,
    remeasure,
)
from explorer.services.worker import LatestWorker
from explorer.views.empty import EmptyState
from explorer.views.gallery_table import MODEL_ROLE, GallerySortProxy, GalleryTableModel

EMPTY_TITLE = QT_TRANSLATE_NOOP("GalleryView", "No gallery measured yet")
EMPTY_BODY = QT_TRANSLATE_NOOP("GalleryView", 
    "The Gallery shows every MNIST-5k image model of <tt>trained/</tt> on the taxonomy of "
    "generative models, with 16 samples each and one table of figures measured by one "
    "evaluator. It reads <tt>docs/gallery/gallery.json</tt>, which is not there. Make it "
    "with <tt>python -m training gallery</tt> (about half an hour on one CPU thread), or "
    "press <b>Re-measure</b> below to measure it here in the background.")


def _user_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "gallery"


def strip_pixmap(strip: np.ndarray, pad: int = 2) -> QPixmap:
    """16 samples [16, H, W] uint8 side by side (white gutters) as a pixmap."""
    n, h, w = strip.shape
    row = np.full((h, n * (w + pad) - pad), 255, np.uint8)
    for j in range(n):
        row[:, j * (w + pad):j * (w + pad) + w] = strip[j]
    row = np.ascontiguousarray(row)
    img = QImage(row.data, row.shape[1], row.shape[0], row.strides[0],
                 QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(img.copy())


class _Progress(QObject):
    """Lives on the GUI thread: a message emitted from the worker arrives queued."""

    message = Signal(str)


class GalleryView(QWidget):
    """The Gallery tab (see the module docstring).

    Parameters
    ----------
    folder : Path, optional
        The gallery folder to show (default: the user's re-measure if any, else
        ``docs/gallery``).
    user_folder : Path, optional
        Where Re-measure writes (default: the app's data folder).
    sync : bool
        Run the workers inline (tests).
    """

    #: a model's folder, to open in its own view (the main window's ``open_model``)
    open_path_requested = Signal(object)

    def __init__(self, folder: Path | None = None, user_folder: Path | None = None,
                 sync: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_folder = user_folder if user_folder is not None else _user_folder()
        self.folder = folder if folder is not None else choose_folder(self.user_folder)
        self.data: GalleryData | None = None
        self.reader = LatestWorker("gallery-reader", sync=sync, parent=self)
        self.measurer = LatestWorker("gallery-measure", sync=sync, parent=self)
        self._cancel: threading.Event | None = None
        self._measuring = False
        self._reading = False
        self._progress = _Progress(self)
        self._progress.message.connect(self._on_progress)

        self.source = QLabel("")
        self.source.setWordWrap(True)
        self.samples = QSpinBox(minimum=20, maximum=5000, value=500, singleStep=100)
        self.samples.setToolTip(self.tr("samples per model for a re-measure (the shipped gallery "
                                "used the number in its header)"))
        self.measure_button = QPushButton(self.tr("Re-measure"))
        self.measure_button.setToolTip(self.tr("draw and score every model again here, in the "
                                       "background (minutes: the PixelCNNs and the DDPM "
                                       "are slow samplers)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.status = QLabel("")
        self.measure_button.clicked.connect(self.request_measure)
        self.cancel_button.clicked.connect(self.cancel_measure)
        bar = QHBoxLayout()
        bar.addWidget(self.source, 1)
        bar.addWidget(QLabel(self.tr("samples per model")))
        bar.addWidget(self.samples)
        bar.addWidget(self.measure_button)
        bar.addWidget(self.cancel_button)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("taxonomy"), self.tr("model"), self.tr("16 samples (double-click: open)")])
        self.tree.setIconSize(QSize(16 * 30, 28))
        self.tree.setUniformRowHeights(False)
        self.tree.itemDoubleClicked.connect(self._on_tree_double_clicked)
        self.table_model = GalleryTableModel(self)
        self.proxy: QSortFilterProxyModel = GallerySortProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMinimumSectionSize(36)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.table)
        self.splitter.setSizes([390, 300])

        self.empty = EmptyState(self.tr(EMPTY_TITLE), self.tr(EMPTY_BODY))
        self.empty.button.setText(self.tr("Re-measure"))
        self.empty.button.clicked.disconnect()
        self.empty.button.clicked.connect(self.request_measure)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.status)
        self._show_empty()
        self.reload()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        """Read the gallery folder in the worker (latest request wins)."""
        folder = self.folder
        self._reading = True
        self.status.setText(self.tr("Reading {folder} …").format(folder=folder))
        self.reader.submit(lambda: read_gallery(folder), self._on_read, self._on_read_error)

    def _on_read(self, data: GalleryData | None) -> None:
        self._reading = False
        self.status.setText("")
        if data is None:
            self.data = None
            self._show_empty()
            return
        self.show_gallery(data)

    def _on_read_error(self, error: Exception) -> None:
        self._reading = False
        self.data = None
        self._show_empty(self.tr("The gallery file could not be read: {error}").format(error=error))

    def _show_empty(self, why: str = "") -> None:
        self.table_model.set_rows([])
        self.tree.clear()
        self.stack.setCurrentWidget(self.empty)
        self.source.setText(why or self.tr("No gallery in {folder}.").format(folder=self.folder))

    def show_gallery(self, data: GalleryData) -> None:
        """Fill the tree and the table from ``data`` (a few dozen items: cheap)."""
        from training.gallery import TAXONOMY

        self.data = data
        g = data.gallery
        mach = g.get("machine", {}) if isinstance(g.get("machine"), dict) else {}
        where = self.tr("shipped docs/gallery") if data.folder == SHIPPED_GALLERY else str(data.folder)
        self.source.setText(
            self.tr("{rows} models · {n_samples} samples each · measured "
            "{measured_at} on {cpu} "
            "({torch_threads} thread) · from {where}").format(rows=len(data.rows), n_samples=g.get('n_samples', '?'), measured_at=g.get('measured_at', '?'), cpu=mach.get('cpu', '?'), torch_threads=mach.get('torch_threads', '?'), where=where))
        # rows measured later (gallery --merge): say which; the tooltip says when
        updates = [u for u in (g.get("updates") if isinstance(g.get("updates"), list) else [])
                   if isinstance(u, dict) and isinstance(u.get("models"), list)]
        names = [str(m) for u in updates for m in u["models"]]
        if names:  # a count keeps the line short; the tooltip names them and says when
            self.source.setText(self.source.text() + self.tr(" · rows re-measured later: {count}")
                                .format(count=len(names)))
        self.source.setToolTip("\n".join(f"{', '.join(map(str, u['models']))}: "
                                          f"{u.get('measured_at', '?')}" for u in updates))
        self.table_model.set_rows(data.rows)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        self._fill_tree(TAXONOMY, data)
        self.stack.setCurrentWidget(self.splitter)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, the long-text ones capped (their tooltips and
        a drag of the header show the rest): the whole table fits 1280 pixels."""
        from explorer.views.gallery_table import COLUMNS

        # widths from the font's metrics of the shown texts: Qt's resizeColumnsToContents
        # asks the model for every role of every cell (~10 ms here, on the GUI thread)
        cell = self.table.fontMetrics()
        head = self.table.horizontalHeader().fontMetrics()
        caps = {"missing_classes": 70, "family": 124, "model": 160, "nll_nature": 104}
        m = self.table_model
        for i, col in enumerate(COLUMNS):
            texts = [m.data(m.index(r, i)) or "" for r in range(m.rowCount())]
            width = max([head.horizontalAdvance(col.title) + 18]
                        + [cell.horizontalAdvance(str(t)) + 12 for t in texts])
            self.table.setColumnWidth(i, min(width, caps.get(col.key, width)))

    def _fill_tree(self, root, data: GalleryData) -> None:
        by_key: dict[str, list[dict]] = {}
        for r in data.rows:
            by_key.setdefault(str(r.get("taxonomy")), []).append(r)
        self.tree.clear()
        placed: set[str] = set()

        def add(node, parent) -> None:
            item = QTreeWidgetItem([node.label])
            item.setToolTip(0, node.note)
            if node.note:
                item.setText(1, node.note)
                item.setForeground(1, self.palette().placeholderText())
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for key in node.families:
                for r in by_key.get(key, []):
                    placed.add(r["model"])
                    leaf = QTreeWidgetItem(["", r["model"]])
                    leaf.setData(0, MODEL_ROLE, r["model"])
                    leaf.setToolTip(1, f"{r.get('family', '')}: {r.get('how_drawn', '')}")
                    strip = data.strips.get(r["model"])
                    if strip is not None:
                        leaf.setIcon(2, strip_pixmap(strip))
                        leaf.setSizeHint(2, QSize(16 * 30, 30))
                    item.addChild(leaf)
            for child in node.children:
                add(child, item)

        add(root, None)
        for r in data.rows:  # a family the taxonomy does not place: shown, not hidden
            if r["model"] not in placed:
                add(type(root)(self.tr("unplaced: {model}").format(model=r['model']), families=(str(r.get("taxonomy")),)),
                    None)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 420)

    # ------------------------------------------------------------------ opening a model
    def _on_table_activated(self, index) -> None:
        name = self.proxy.data(index, MODEL_ROLE)
        if name:
            self.open_model(str(name))

    def _on_tree_double_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        name = item.data(0, MODEL_ROLE)
        if name:
            self.open_model(str(name))

    def open_model(self, name: str) -> None:
        path = model_path(name)
        if not path.is_dir():
            self.status.setText(self.tr("{name} is not in {parent}: nothing to open.").format(name=name, parent=path.parent))
            return
        self.status.setText(self.tr("Opening {name} in its view …").format(name=name))
        self.open_path_requested.emit(path)

    # ------------------------------------------------------------------ re-measuring
    def request_measure(self, only: tuple[str, ...] | None = None) -> None:
        """Re-measure every model in the background; a new request supersedes the last."""
        if self._cancel is not None:
            self._cancel.set()
        cancel = threading.Event()
        self._cancel = cancel
        req = MeasureRequest(int(self.samples.value()), self.user_folder, cancel,
                             tuple(only) if only else None)
        self._measuring = True
        self.measure_button.setText(self.tr("Re-measure (restart)"))
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Measuring with {n} samples per model …").format(n=req.n))
        emit = self._progress.message.emit
        self.measurer.submit(lambda: remeasure(req, emit), self._on_measured,
                             self._on_measure_error)

    def cancel_measure(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self.measurer.cancel()
        self._end_measure(self.tr("Cancelled; the gallery shown is unchanged (a model being "
                          "sampled finishes in the background first)."))

    def _end_measure(self, text: str) -> None:
        self._measuring = False
        self._cancel = None
        self.measure_button.setText(self.tr("Re-measure"))
        self.cancel_button.setEnabled(False)
        self.status.setText(text)

    def _on_progress(self, text: str) -> None:
        if self._measuring:
            self.status.setText(text.strip())

    def _on_measured(self, data: GalleryData) -> None:
        self.folder = data.folder
        self._end_measure(self.tr("Measured: {rows} models, written to {folder}.").format(rows=len(data.rows), folder=data.folder))
        self.show_gallery(data)

    def _on_measure_error(self, error: Exception) -> None:
        from training.gallery import Cancelled

        if isinstance(error, Cancelled):
            self._end_measure(self.tr("Cancelled."))
            return
        self._end_measure(self.tr("The measure failed: {name}: {error}").format(name=type(error).__name__, error=error))

    # ------------------------------------------------------------------ lifecycle
    def is_busy(self) -> bool:
        return self._reading or self._measuring

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self.reader.shutdown()
        # the cancel event stops a measure within one network pass (training.gallery.stop_on)
        self.measurer.shutdown(timeout_ms=60_000)
        self._measuring = self._reading = False
