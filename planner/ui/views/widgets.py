"""Small building blocks shared by every screen: header, empty state, fixed-height table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DelegationStatus
from planner.ui import settings
from planner.ui.theme import status_colours

ROW_HEIGHT = 30


class ScreenHeader(QWidget):
    """The title line of a screen with an optional subtitle and actions on the right."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel(title, objectName="screenTitle")
        self.subtitle = QLabel(subtitle, objectName="screenSubtitle")
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        layout.addLayout(texts, 1)
        # Only now that the label has a parent: shown before, it would open as a window of its
        # own for a moment and take the focus from the main window.
        self.subtitle.setVisible(bool(subtitle))
        self.actions = QHBoxLayout()
        self.actions.setSpacing(8)
        layout.addLayout(self.actions)

    def add_action(self, widget: QWidget) -> None:
        self.actions.addWidget(widget)


class EmptyState(QWidget):
    """What an empty screen says: what is (not) here and what to do about it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(title, objectName="emptyTitle")
        self.text = QLabel(text, objectName="emptyText")
        self.text.setWordWrap(True)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(self.buttons)
        layout.addStretch(3)

    def add_button(self, widget: QWidget) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, widget)


class LoadingPage(QWidget):
    """A screen's place while its data is on the way: what is happening, and that it moves."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.text = QLabel(text, objectName="emptyTitle")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        self.progress = QProgressBar(maximumWidth=240, maximumHeight=8, textVisible=False)
        self.progress.setRange(0, 0)  # indeterminate: opening a database has no page count
        self.progress.setAccessibleName(text)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


def make_table(name: str, parent: QWidget | None = None) -> QTableView:
    """A table with Fixed row heights (never ResizeToContents: 16 s at 100k rows)."""
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    horizontal = table.horizontalHeader()
    horizontal.setHighlightSections(False)
    horizontal.setStretchLastSection(True)
    horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def size_columns(table: QTableView, widths: list[int]) -> None:
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, width)


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a delegation's status as a coloured rounded chip with its (translated) label."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(Qt.ItemDataRole.UserRole + 3)
        # Qt hands a StrEnum back as a plain str.
        status = DelegationStatus(value) if value in DelegationStatus._value2member_map_ else None
        if status is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        background, foreground = status_colours(status)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 6
        rect = QRect(
            option.rect.left() + 6,
            option.rect.center().y() - height // 2 + 1,
            min(width, option.rect.width() - 12),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(120, ROW_HEIGHT)


class RecordList(QStackedWidget):
    """A list screen's table, and the empty state shown in its place while it has no rows."""

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        empty_title: str,
        empty_text: str,
        column_widths: list[int],
    ) -> None:
        super().__init__()
        self.table = make_table(name)
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        size_columns(self.table, column_widths)
        self.empty = EmptyState(empty_title, empty_text)
        self.addWidget(self.table)
        self.addWidget(self.empty)


def list_editor_splitter(
    key: str, left: QWidget, right: QWidget, default_sizes: list[int]
) -> QSplitter:
    """List beside editor, the divider where the user left it last time (QSettings `key`)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    state = settings.splitter_setting(key).get()
    if state and not state.isEmpty():
        splitter.restoreState(state)
    else:
        splitter.setSizes(default_sizes)
    return splitter


def editor_page() -> tuple[QWidget, QVBoxLayout, QLabel, QHBoxLayout]:
    """An editor's page: a heading row (the caller adds its buttons to it) above the form."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 0, 0, 0)
    top = QHBoxLayout()
    heading = QLabel(objectName="sectionTitle")
    heading.setWordWrap(True)
    top.addWidget(heading, 1)
    layout.addLayout(top)
    return page, layout, heading, top


def focus_shortcut(widget: QWidget, key: str, slot: Callable[[], object]) -> QShortcut:
    """A key that acts only while `widget` has the focus. (PySide6 ignores a `context=` given
    to QShortcut's constructor: a Return meant for a table then swallowed every Enter in the
    window, e.g. in the new member's name.)"""
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
