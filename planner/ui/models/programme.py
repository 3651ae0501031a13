"""Programme items grouped by day: a header row per day, filtered in the model per keystroke."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner.domain.records import ProgrammeItem
from planner.ui.i18n import current_language, local, long_date
from planner.ui.labels import label
from planner.ui.models.table import RECORD_ROLE, ColumnSpec

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ProgrammeRow:
    """What one item shows, with the names of its venue and delegations already looked up."""

    item: ProgrammeItem
    venue: str = ""
    delegations: str = ""


PROGRAMME_COLUMNS: list[ColumnSpec[ProgrammeRow]] = [
    ColumnSpec(
        "time",
        QT_TRANSLATE_NOOP("Columns", "Time"),
        lambda r: f"{local(r.item.start):%H:%M}–{local(r.item.end):%H:%M}",
        width=110,
    ),
    ColumnSpec(
        "title",
        QT_TRANSLATE_NOOP("Columns", "Programme item"),
        lambda r: r.item.display_title(current_language()),
        width=280,
    ),
    ColumnSpec(
        "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.item.kind), width=130
    ),
    ColumnSpec("venue", QT_TRANSLATE_NOOP("Columns", "Venue"), lambda r: r.venue, width=200),
    ColumnSpec(
        "delegations",
        QT_TRANSLATE_NOOP("Columns", "Delegation"),
        lambda r: r.delegations,
        width=220,
    ),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(r.item.status)),
]


class ProgrammeModel(QAbstractTableModel):
    """Rows are either a day (int index < 0 in `_rows`) or an item; both precomputed."""

    def __init__(
        self,
        columns: Sequence[ColumnSpec[ProgrammeRow]] = PROGRAMME_COLUMNS,
        parent: Any = None,
        day_column: int = 0,
    ) -> None:
        super().__init__(parent)
        # Which column carries the day's name: 0 with spans (few rows), or a wide column so that
        # thousands of days need no setSpan per keystroke.
        self.day_column = day_column
        self.columns = list(columns)
        self._items: list[ProgrammeRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._days: list[date] = []
        self._haystacks: list[str] = []
        self._day_texts: dict[date, str] = {}
        self._rows: list[int] = []  # >= 0: item index; < 0: -(day index) - 1
        self._filter = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._day_brush = QBrush(QColor("#eef3fa"))

    def set_rows(self, rows: Sequence[ProgrammeRow]) -> None:
        self._items = sorted(rows, key=lambda r: (r.item.start, r.item.id or 0))
        self._texts = [tuple(c.text(r) for c in self.columns) for r in self._items]
        self._days = [local(r.item.start).date() for r in self._items]
        # Built with the rows (off the keystroke path): each keystroke is then one scan.
        self._haystacks = ["\x1f".join(t).lower() for t in self._texts]
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        if self._filter and not self._haystacks:
            self._haystacks = ["\x1f".join(t).lower() for t in self._texts]
        self._rebuild()

    def _rebuild(self) -> None:
        needle = self._filter
        visible = (
            range(len(self._items))
            if not needle
            else [i for i, h in enumerate(self._haystacks) if needle in h]
        )
        rows: list[int] = []
        day_index: dict[date, int] = {}
        self._day_list: list[date] = []
        previous: date | None = None
        for i in visible:
            day = self._days[i]
            if day != previous:
                if day not in day_index:
                    day_index[day] = len(self._day_list)
                    self._day_list.append(day)
                rows.append(-day_index[day] - 1)
                previous = day
            rows.append(i)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def day_rows(self) -> list[int]:
        return [r for r, value in enumerate(self._rows) if value < 0]

    def item(self, row: int) -> ProgrammeItem | None:
        if 0 <= row < len(self._rows) and self._rows[row] >= 0:
            return self._items[self._rows[row]].item
        return None

    def row_of_item(self, item_id: int) -> int:
        for row, value in enumerate(self._rows):
            if value >= 0 and self._items[value].item.id == item_id:
                return row
        return -1

    def item_count(self) -> int:
        return sum(1 for v in self._rows if v >= 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        if value < 0:
            return self._day_data(self._day_list[-value - 1], index.column(), role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[value][index.column()]
        if role == RECORD_ROLE:
            return self._items[value].item
        return None

    def _day_data(self, day: date, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == self.day_column:
            text = self._day_texts.get(day)
            if text is None:
                text = self._day_texts[day] = long_date(day)
            return text
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._day_brush
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self._rows[index.row()] < 0:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None
