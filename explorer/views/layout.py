"""Layout helpers every view shares so that each panel fits a 1280 × 800 window.

* :func:`unclipped_tabs`: tab titles keep their underscores and descenders (Fusion shifts
  an unselected tab's text 2 px down and cuts ``p_model`` to ``p model``).
* :func:`side_scroll`: a side panel that scrolls vertically instead of squeezing its
  controls, at a fixed width.
* :class:`RowLegend`: a plot legend in a row under the plot, never over the data.
* :class:`CurrentPageStack`: a stacked widget as tall as its current page, not as its
  tallest one.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class _UnshiftedTabStyle(QProxyStyle):
    """The application's style, without the vertical text shift of unselected tabs."""

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 (Qt naming)
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


_TAB_STYLE: _UnshiftedTabStyle | None = None  # one per process, kept alive here


def unclipped_tabs(tabs: QTabWidget | QTabBar) -> None:
    """Draw ``tabs``' titles without clipping their underscores and descenders."""
    global _TAB_STYLE
    from PySide6.QtWidgets import QApplication

    if _TAB_STYLE is None:
        # the proxy wraps a fresh instance of the app's style (a proxy owns its base)
        _TAB_STYLE = _UnshiftedTabStyle(QApplication.style().name())
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    bar.setStyle(_TAB_STYLE)


def side_scroll(panel: QWidget, width: int | None) -> QScrollArea:
    """``panel`` in a vertical scroll area (no horizontal bar), ``width`` pixels wide if
    given; the panel is stretched to the area and scrolls once it needs more height."""
    scroll = QScrollArea()
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if width is not None:
        scroll.setFixedWidth(width)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class CurrentPageStack(QWidget):
    """Pages of which one shows, as tall as that page, not as the tallest one.

    ``QStackedWidget``'s layout asks every page for its height for a width (word-wrapped
    labels included), so a short page sat above a gap as tall as the longest page; here
    the other pages are hidden, and a layout skips hidden widgets. The API is the part of
    ``QStackedWidget``'s that the views use.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (Qt naming)
        self._pages.append(page)
        self._lay.addWidget(page)
        if self._current < 0:
            self.setCurrentIndex(0)
        else:
            page.setVisible(False)
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, i: int) -> QWidget | None:
        return self._pages[i] if 0 <= i < len(self._pages) else None

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self._current)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self._pages.index(page))

    def setCurrentIndex(self, i: int) -> None:  # noqa: N802
        if i == self._current or not 0 <= i < len(self._pages):
            return
        self._current = i
        for j, page in enumerate(self._pages):
            page.setVisible(j == i)
        self.currentChanged.emit(i)


class RowLegend(pg.LegendItem):
    """A one-row legend in its own row of a ``PlotItem``'s layout, under the bottom axis,
    so that it never covers the data (pyqtgraph's legend floats over the view box)."""

    ROW = 4  # PlotItem's layout: title 0, top axis 1, view box 2, bottom axis 3

    def __init__(self, plot: pg.PlotItem, columns: int = 4) -> None:
        super().__init__(colCount=columns, labelTextColor=(0, 0, 0), frame=False,
                         horSpacing=4)
        self._plot = plot
        plot.legend = self  # plot items made with name= register here
        plot.layout.addItem(self, self.ROW, 1, alignment=Qt.AlignmentFlag.AlignHCenter)

    def updateSize(self) -> None:  # noqa: N802 (pyqtgraph naming)
        width = height = 0.0
        for row in range(self.layout.rowCount()):
            row_w = row_h = 0.0
            for col in range(self.layout.columnCount()):
                item = self.layout.itemAt(row, col)
                if item:
                    hint = item.effectiveSizeHint(Qt.SizeHint.PreferredSize)
                    row_w += hint.width() + self.layout.horizontalSpacing() + 8
                    row_h = max(row_h, hint.height())
            width, height = max(width, row_w), height + row_h
        # a layout item: state the size, let the plot's layout place it
        height = height + 4 if height else 0
        # its width never widens the plot (side-by-side plots share the width)
        self.setMinimumSize(0, height)
        self.setPreferredSize(width, height)
        self.setMaximumHeight(height)
        self._plot.layout.setRowFixedHeight(self.ROW, height)
        self.updateGeometry()
