"""Programme items grouped by day: a header row per day, filtered in the model per keystroke."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
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

from planner.domain.enums import ItemKind, ItemStatus
from planner.domain.records import ProgrammeItem, ProgrammeSummary
from planner.domain.scheduling import cyclic_gc_paused
from planner.ui.i18n import OFFICE_TZ, current_language, local, long_date
from planner.ui.labels import label
from planner.ui.models.table import RECORD_ROLE, ColumnSpec

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ProgrammeRow:
    """What one item shows, with the names of its venue and delegations already looked up."""

    item: ProgrammeItem
    venue: str = ""
    delegations: str = ""


def _span(start: datetime, end: datetime) -> str:
    # Hours and minutes as numbers: strftime was most of preparing 60,000 rows.
    return _clock_span(local(start), local(end))


def _clock_span(first: datetime, last: datetime) -> str:
    """'09:30–11:00' from two times already in the office's zone."""
    return f"{first.hour:02d}:{first.minute:02d}–{last.hour:02d}:{last.minute:02d}"


PROGRAMME_COLUMNS: list[ColumnSpec[ProgrammeRow]] = [
    ColumnSpec(
        "time",
        QT_TRANSLATE_NOOP("Columns", "Time"),
        lambda r: _span(r.item.start, r.item.end),
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

# The Programme screen's list: light service rows (no links), 60,000 of them over ten years.
SUMMARY_COLUMNS: list[ColumnSpec[ProgrammeSummary]] = [
    ColumnSpec(
        "time", QT_TRANSLATE_NOOP("Columns", "Time"), lambda s: _span(s.start, s.end), width=110
    ),
    ColumnSpec(
        "title", QT_TRANSLATE_NOOP("Columns", "Programme item"), lambda s: s.title, width=280
    ),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda s: label(s.kind), width=130),
    ColumnSpec("venue", QT_TRANSLATE_NOOP("Columns", "Venue"), lambda s: s.venue, width=200),
    ColumnSpec(
        "delegations",
        QT_TRANSLATE_NOOP("Columns", "Delegation"),
        lambda s: ", ".join(s.delegations),
        width=220,
    ),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda s: label(s.status)),
]


@dataclass
class PreparedRows:
    """Rows with their display strings, days and lowercase haystacks, ready for the model.

    Built by `prepare` — on the worker for long lists, so the UI thread only swaps them in.
    """

    records: list[Any] = field(default_factory=list)
    texts: list[tuple[str, ...]] = field(default_factory=list)
    days: list[date] = field(default_factory=list)
    haystacks: list[str] = field(default_factory=list)


def prepare(
    rows: Sequence[Any],
    columns: Sequence[ColumnSpec[Any]],
    start: Callable[[Any], datetime],
    ident: Callable[[Any], int],
) -> PreparedRows:
    ordered = sorted(rows, key=lambda r: (start(r), ident(r)))
    texts = [tuple(c.text(r) for c in columns) for r in ordered]
    return PreparedRows(
        ordered,
        texts,
        [local(start(r)).date() for r in ordered],
        ["\x1f".join(t).casefold() for t in texts],
    )


def prepare_summaries(rows: Sequence[ProgrammeSummary]) -> PreparedRows:
    """The Programme screen's rows in one pass, in the order the service gives them (by start,
    then id): the texts of SUMMARY_COLUMNS, each label looked up once per kind and status, each
    time made local once. (The six column functions through a generator per row, 420,000 calls
    for ten years, were half of preparing them.)"""
    kinds = {kind: label(kind) for kind in ItemKind}
    statuses = {status: label(status) for status in ItemStatus}
    texts: list[tuple[str, ...]] = []
    days: list[date] = []
    add_texts, add_day = texts.append, days.append
    with cyclic_gc_paused():  # 300,000 new strings and tuples, none in a cycle
        for _id, start, end, kind, title, status, venue, delegations, _version in rows:
            first = start.astimezone(OFFICE_TZ)
            add_texts((_clock_span(first, end.astimezone(OFFICE_TZ)), title, kinds[kind], venue,
                       ", ".join(delegations), statuses[status]))
            add_day(first.date())
        haystacks = ["\x1f".join(t).casefold() for t in texts]
    return PreparedRows(list(rows), texts, days, haystacks)


class ProgrammeModel(QAbstractTableModel):
    """Rows are either a day (int index < 0 in `_rows`) or an item; both precomputed."""

    def __init__(
        self,
        columns: Sequence[ColumnSpec[Any]] = PROGRAMME_COLUMNS,
        parent: Any = None,
        day_column: int = 0,
    ) -> None:
        super().__init__(parent)
        # Which column carries the day's name: 0 with spans (few rows), or a wide column so that
        # thousands of days need no setSpan per keystroke.
        self.day_column = day_column
        self.columns = list(columns)
        self._data = PreparedRows()
        self._day_texts: dict[date, str] = {}
        self._day_list: list[date] = []
        self._rows: list[int] = []  # >= 0: item index; < 0: -(day index) - 1
        self._count = 0
        self._filter = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._day_brush = QBrush(QColor("#eef3fa"))

    def set_rows(self, rows: Sequence[ProgrammeRow]) -> None:
        """Full items (a delegation's programme tab): prepared here, there are few."""
        self.set_prepared(
            prepare(rows, self.columns, lambda r: r.item.start, lambda r: r.item.id or 0)
        )

    def set_prepared(self, prepared: PreparedRows) -> None:
        self._data = prepared
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._rebuild()

    def _rebuild(self) -> None:
        needle, data = self._filter, self._data
        visible = (
            range(len(data.records))
            if not needle
            else [i for i, h in enumerate(data.haystacks) if needle in h]
        )
        rows: list[int] = []
        day_list: list[date] = []
        previous: date | None = None
        days = data.days
        for i in visible:
            day = days[i]
            if day != previous:  # rows are sorted by start, so each day comes once
                day_list.append(day)
                rows.append(-len(day_list))
                previous = day
            rows.append(i)
        self.beginResetModel()
        self._rows, self._day_list, self._count = rows, day_list, len(visible)
        self.endResetModel()

    def day_rows(self) -> list[int]:
        return [r for r, value in enumerate(self._rows) if value < 0]

    def record(self, row: int) -> Any:
        if 0 <= row < len(self._rows) and self._rows[row] >= 0:
            return self._data.records[self._rows[row]]
        return None

    def item(self, row: int) -> ProgrammeItem | None:
        record = self.record(row)
        return record.item if isinstance(record, ProgrammeRow) else None

    def row_of_item(self, item_id: int) -> int:
        for row, value in enumerate(self._rows):
            if value >= 0 and _id_of(self._data.records[value]) == item_id:
                return row
        return -1

    def item_count(self) -> int:
        return self._count

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
            return self._data.texts[value][index.column()]
        if role == RECORD_ROLE:
            record = self._data.records[value]
            return record.item if isinstance(record, ProgrammeRow) else record
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


def _id_of(record: Any) -> int | None:
    return record.item.id if isinstance(record, ProgrammeRow) else record.id
