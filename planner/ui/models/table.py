"""A table model whose columns are data (ColumnSpec) and whose rows are precomputed strings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """One column: its key (also the SQL sort key), title (translated at display) and text."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Columns", ...)
    text: Callable[[Any], str]
    sort_value: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    width: int = 0


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Holds records and a cache of their display strings, so data() is a lookup.

    Sorting: with `sort_in_sql`, a header click only emits `sort_requested` and the owner asks the
    service again; otherwise the rows are sorted here by each column's sort value.
    Filtering: `set_filter` keeps rows whose lowercase haystack contains the text.
    """

    sort_requested = Signal(str, bool)

    def __init__(
        self, columns: Sequence[ColumnSpec[R]], *, sort_in_sql: bool = False, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.sort_in_sql = sort_in_sql
        self._all: list[R] = []
        self._all_texts: list[tuple[str, ...] | None] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []
        self._filter = ""

    # -- content ------------------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(records)
        # Display strings are made on first use: a reset costs nothing per row, and only the
        # rows a user scrolls to are ever formatted (2,000 rows took 80 ms formatted eagerly).
        self._all_texts = [None] * len(self._all)
        self._haystacks = []
        self._visible = list(range(len(self._all)))
        self.endResetModel()
        if self._filter:
            self.set_filter(self._filter)

    def set_filter(self, text: str) -> None:
        """Filter in the model over precomputed lowercase text: cheap per keystroke."""
        needle = text.strip().lower()
        self._filter = needle
        if needle and not self._haystacks:
            self._haystacks = ["\x1f".join(self._texts(i)).lower() for i in range(len(self._all))]
        self.beginResetModel()
        if needle:
            self._visible = [i for i, h in enumerate(self._haystacks) if needle in h]
        else:
            self._visible = list(range(len(self._all)))
        self.endResetModel()

    def record(self, row: int) -> R | None:
        if 0 <= row < len(self._visible):
            return self._all[self._visible[row]]
        return None

    def records(self) -> list[R]:
        return [self._all[i] for i in self._visible]

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        for row, i in enumerate(self._visible):
            if predicate(self._all[i]):
                return row
        return -1

    def total_count(self) -> int:
        return len(self._all)

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = self._visible[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts(i)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[index.column()].align | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return self._all[i]
        return self.extra_data(self._all[i], self.columns[index.column()], role)

    def _texts(self, i: int) -> tuple[str, ...]:
        texts = self._all_texts[i]
        if texts is None:
            record = self._all[i]
            texts = self._all_texts[i] = tuple(c.text(record) for c in self.columns)
        return texts

    def extra_data(self, record: R, column: ColumnSpec[R], role: int) -> Any:
        """Subclasses add decorations, fonts or colours here."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if self.sort_in_sql:
            self.sort_requested.emit(spec.key, descending)
            return
        key = spec.sort_value or spec.text
        self.layoutAboutToBeChanged.emit()
        order_ids = sorted(
            range(len(self._all)), key=lambda i: _none_last(key(self._all[i])), reverse=descending
        )
        self._all = [self._all[i] for i in order_ids]
        self._all_texts = [self._all_texts[i] for i in order_ids]
        self._haystacks = []
        self.layoutChanged.emit()
        self.set_filter(self._filter)


def _none_last(value: Any) -> tuple[bool, Any]:
    if isinstance(value, str):
        return (False, value.casefold())
    return (value is None, value if value is not None else 0)
