"""The delegation list's columns and model: every summary loaded once, filtered and sorted here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from planner.domain.enums import DelegationStatus
from planner.domain.records import DelegationSummary
from planner.ui.i18n import short_datetime
from planner.ui.labels import label
from planner.ui.models.table import ColumnSpec, RecordTableModel

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
_STATUS_ORDER = {s: i for i, s in enumerate(DelegationStatus)}


def _when(value: datetime | None) -> tuple[bool, float]:
    return (value is None, value.timestamp() if value is not None else 0.0)


DELEGATION_COLUMNS: list[ColumnSpec[DelegationSummary]] = [
    ColumnSpec(
        "title",
        QT_TRANSLATE_NOOP("Columns", "Delegation"),
        lambda d: d.title,
        width=124,
        sort_value=lambda d: d.title.casefold(),
    ),
    ColumnSpec(
        "partner_city",
        QT_TRANSLATE_NOOP("Columns", "Partner city"),
        lambda d: d.partner_city,
        sort_value=lambda d: (not d.partner_city, d.partner_city.casefold()),
        width=100,
    ),
    ColumnSpec(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda d: label(d.status),
        width=96,
        sort_value=lambda d: _STATUS_ORDER.get(d.status, 99),
    ),
    ColumnSpec(
        "arrival",
        QT_TRANSLATE_NOOP("Columns", "Arrival"),
        lambda d: short_datetime(d.arrival, d.time_zone),
        sort_value=lambda d: _when(d.arrival),
        width=134,
    ),
    ColumnSpec(
        "departure",
        QT_TRANSLATE_NOOP("Columns", "Departure"),
        lambda d: short_datetime(d.departure, d.time_zone),
        sort_value=lambda d: _when(d.departure),
        width=170,
    ),
    ColumnSpec(
        "members",
        QT_TRANSLATE_NOOP("Columns", "Members"),
        lambda d: str(d.member_count),
        sort_value=lambda d: d.member_count,
        align=Qt.AlignmentFlag.AlignRight,
        width=80,
    ),
    ColumnSpec(
        "occasion",
        QT_TRANSLATE_NOOP("Columns", "Occasion"),
        lambda d: d.occasion,
        sort_value=lambda d: (not d.occasion, d.occasion.casefold()),
    ),
]


@dataclass(frozen=True)
class DelegationQuery:
    """What the filter bar asks for; applied to the loaded rows on every keystroke."""

    text: str = ""
    status: DelegationStatus | None = None
    arriving_from: datetime | None = None
    arriving_until: datetime | None = None  # exclusive


class DelegationListModel(RecordTableModel[DelegationSummary]):
    """Holds every delegation (a few thousand over ten years) with precomputed lowercase
    haystacks and sort keys: a keystroke is one scan and one sort, never a database query."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(DELEGATION_COLUMNS, parent=parent)
        self.query = DelegationQuery()
        self.sort_key = "arrival"
        self.descending = True
        self._hay: list[str] = []
        self._keys: dict[str, list[Any]] = {}

    def set_records(self, records: Sequence[DelegationSummary]) -> None:
        self._all = list(records)
        self._all_texts = [None] * len(self._all)
        # Casefolded once per load: title, partner city and occasion are what officers type.
        self._hay = [f"{d.title}\x1f{d.partner_city}\x1f{d.occasion}".casefold() for d in self._all]
        self._keys = {}
        self._apply()

    def set_query(self, query: DelegationQuery) -> None:
        self.query = query
        self._apply()

    def set_filter(self, text: str) -> None:
        self.set_query(DelegationQuery(text, *_rest(self.query)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._visible = self._ordered(self._visible)
        self.layoutChanged.emit()

    def _apply(self) -> None:
        q, records = self.query, self._all
        needle = q.text.strip().casefold()
        tests: list[Callable[[int], bool]] = []
        if needle:
            tests.append(lambda i: needle in self._hay[i])
        if q.status is not None:
            tests.append(lambda i: records[i].status == q.status)
        if q.arriving_from is not None:
            low = q.arriving_from
            tests.append(lambda i: records[i].arrival is not None and records[i].arrival >= low)
        if q.arriving_until is not None:
            high = q.arriving_until
            tests.append(lambda i: records[i].arrival is not None and records[i].arrival < high)
        rows = range(len(records))
        visible = [i for i in rows if all(t(i) for t in tests)] if tests else list(rows)
        self.beginResetModel()
        self._visible = self._ordered(visible)
        self.endResetModel()

    def _ordered(self, rows: list[int]) -> list[int]:
        keys = self._keys.get(self.sort_key)
        if keys is None:  # one key list per column and load, made on the first sort by it
            spec = next(c for c in self.columns if c.key == self.sort_key)
            value = spec.sort_value or spec.text
            keys = self._keys[self.sort_key] = [value(d) for d in self._all]
        ordered = sorted(rows, key=keys.__getitem__, reverse=self.descending)
        if self.sort_key in ("arrival", "departure"):
            # "No date" stays at the bottom whichever way the dates run.
            ordered.sort(key=lambda i: keys[i][0])
        return ordered

    def extra_data(
        self, record: DelegationSummary, column: ColumnSpec[DelegationSummary], role: int
    ) -> Any:
        if role == STATUS_ROLE and column.key == "status":
            return record.status
        return None


def _rest(query: DelegationQuery) -> tuple[Any, ...]:
    return (query.status, query.arriving_from, query.arriving_until)
