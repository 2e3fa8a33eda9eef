"""Helpers of the translation tests: every text a widget tree shows, and the widgets
whose text is cut off."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every text of ``root``'s widgets (shown or not): labels,
    buttons, group titles, combo items, tab titles, menu actions, placeholders, headers."""
    out: list[tuple[str, str]] = []
    for w in (root, *root.findChildren(QWidget)):
        name = type(w).__name__
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        if isinstance(w, QGroupBox):
            out.append((name + ".title", w.title()))
        if isinstance(w, QComboBox):
            out += [(name + ".item", w.itemText(k)) for k in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [(name + ".tab", w.tabText(k)) for k in range(w.count())]
        if isinstance(w, QMenu):
            out += [(name + ".action", a.text()) for a in w.actions()]
        if isinstance(w, QLineEdit):
            out.append((name + ".placeholder", w.placeholderText()))
        if isinstance(w, QTreeWidget):
            out += [(name + ".header", w.headerItem().text(k)) for k in range(w.columnCount())]
        if isinstance(w, QTableWidget):
            out += [(name + ".header", w.horizontalHeaderItem(k).text())
                    for k in range(w.columnCount()) if w.horizontalHeaderItem(k)]
    return out


def words(text: str) -> str:
    """``text`` without markup, entities and the marks of a pseudo-translation."""
    return re.sub(r"<[^>]+>|&\w+;", " ", text)


def _clipped_by_ancestors(w: QWidget) -> int:
    """How many pixels of ``w``'s width its ancestors hide (scroll areas clip only
    across: scrolling down is how they are read)."""
    rect = QRect(w.mapTo(w.window(), w.rect().topLeft()), w.size())
    hidden = 0
    p = w.parentWidget()
    while p is not None and p is not w.window():
        area = QRect(p.mapTo(w.window(), p.rect().topLeft()), p.size())
        scroll = isinstance(p.parentWidget(), QAbstractScrollArea) and \
            p is p.parentWidget().viewport()
        vis = rect.intersected(area)
        if scroll:
            hidden = max(hidden, rect.width() - (min(rect.right(), area.right())
                                                 - max(rect.left(), area.left()) + 1))
            # what lies above or below the viewport is read by scrolling: the ancestors
            # beyond the scroll area clip only the part the viewport shows
            top, bottom = max(rect.top(), area.top()), min(rect.bottom(), area.bottom())
            if top > bottom:
                break
            rect = QRect(rect.left(), top, rect.width(), bottom - top + 1)
        elif vis.width() < rect.width():
            hidden = max(hidden, rect.width() - vis.width())
        p = p.parentWidget()
    return hidden


def clipped_widgets(root: QWidget, slack: int = 2) -> list[str]:
    """The shown labels and buttons of ``root`` whose text does not fit: narrower than
    their size hint (a word-wrapped label excepted), or cut off by an ancestor."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QLabel, QAbstractButton)) or not w.isVisibleTo(root):
            continue
        text = w.text()
        if not text.strip() or (isinstance(w, QLabel) and w.pixmap() is not None
                                and not w.pixmap().isNull()):
            continue
        if isinstance(w, QAbstractButton):
            # the text itself against the button (icon-sized buttons have a size hint
            # wider than they are, their one-glyph text fits)
            need = w.fontMetrics().horizontalAdvance(text.replace("&", "")) + 6
            if not isinstance(w, QPushButton) or w.menu() is not None:
                need += 20  # a check box's box, a radio's circle, a menu's arrow
            short = need - w.width()
        else:
            short = w.sizeHint().width() - w.width()
        wraps = isinstance(w, QLabel) and w.wordWrap()
        if short > slack and not wraps:
            out.append(f"{type(w).__name__} {text[:60]!r}: {short}px too narrow")
            continue
        cut = _clipped_by_ancestors(w)
        if cut > slack:
            out.append(f"{type(w).__name__} {text[:60]!r}: {cut}px cut off")
    return out
