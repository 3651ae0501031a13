"""A delegation's members in order of precedence: inline editing and drag-to-reorder."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from planner.domain.records import Member
from planner.ui.models.table import ColumnSpec, RecordTableModel

MIME = "application/x-planner-member-rows"
HEAD_MARK = "★"

MEMBER_COLUMNS: list[ColumnSpec[Member]] = [
    ColumnSpec(
        "rank",
        QT_TRANSLATE_NOOP("Columns", "#"),
        lambda m: str(m.rank),
        align=Qt.AlignmentFlag.AlignRight,
        width=40,
    ),
    ColumnSpec(
        "is_head",
        QT_TRANSLATE_NOOP("Columns", "Head"),
        lambda m: HEAD_MARK if m.is_head else "",
        align=Qt.AlignmentFlag.AlignHCenter,
        width=72,  # "Leitung" in German
    ),
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.name, width=220),
    ColumnSpec(
        "native_name",
        QT_TRANSLATE_NOOP("Columns", "Native name"),
        lambda m: m.native_name,
        width=200,
    ),
    ColumnSpec(
        "title", QT_TRANSLATE_NOOP("Columns", "Title / function"), lambda m: m.title, width=200
    ),
    ColumnSpec(
        "languages",
        QT_TRANSLATE_NOOP("Columns", "Languages"),
        lambda m: ", ".join(m.languages),
        width=90,
    ),
    ColumnSpec("dietary", QT_TRANSLATE_NOOP("Columns", "Dietary needs"), lambda m: m.dietary),
]
_TEXT_FIELDS = {"name", "native_name", "title", "dietary"}


class MembersModel(RecordTableModel[Member]):
    """Edits are not applied here: they are requested, and the list reloads once saved."""

    edit_requested = Signal(object, object)  # before, after
    reorder_requested = Signal(list)  # member ids in the new order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(MEMBER_COLUMNS, parent=parent)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        key = self.columns[index.column()].key
        if key in _TEXT_FIELDS or key == "languages":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def extra_data(self, record: Member, column: ColumnSpec[Member], role: int) -> Any:
        if column.key == "is_head" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b7791f")
        if record.is_head and column.key == "name" and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        member = self.record(index.row())
        if member is None or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()].key
        text = str(value).strip()
        if key == "languages":
            edited = replace(
                member,
                languages=tuple(c.strip() for c in text.replace(";", ",").split(",") if c.strip()),
            )
        elif key in _TEXT_FIELDS:
            edited = replace(member, **{key: text})
        else:
            return False
        if edited != member:
            self.edit_requested.emit(member, edited)
        return True

    # -- drag and drop of precedence ---------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        self.move_rows(rows, target)
        return False  # the view must not remove rows itself: the service reorders

    def move_rows(self, rows: list[int], target: int) -> None:
        """Request the order with `rows` placed before position `target`."""
        ids = [m.id for m in self.records()]
        moving = [ids[r] for r in rows]
        before = [i for r, i in enumerate(ids[:target]) if r not in rows]
        after = [i for r, i in enumerate(ids[target:], start=target) if r not in rows]
        order = before + moving + after
        if order != ids:
            self.reorder_requested.emit(order)
