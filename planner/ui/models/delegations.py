"""The delegation list's columns and model: summaries from SQL, sorted and filtered there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from planner.domain.records import DelegationSummary
from planner.ui.i18n import short_datetime
from planner.ui.labels import label
from planner.ui.models.table import ColumnSpec, RecordTableModel

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

DELEGATION_COLUMNS: list[ColumnSpec[DelegationSummary]] = [
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Delegation"), lambda d: d.title, width=300),
    ColumnSpec(
        "partner_city",
        QT_TRANSLATE_NOOP("Columns", "Partner city"),
        lambda d: d.partner_city,
        width=150,
    ),
    ColumnSpec(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda d: label(d.status), width=120
    ),
    ColumnSpec(
        "arrival",
        QT_TRANSLATE_NOOP("Columns", "Arrival"),
        lambda d: short_datetime(d.arrival),
        width=170,
    ),
    ColumnSpec(
        "departure",
        QT_TRANSLATE_NOOP("Columns", "Departure"),
        lambda d: short_datetime(d.departure),
        width=170,
    ),
    ColumnSpec(
        "members",
        QT_TRANSLATE_NOOP("Columns", "Members"),
        lambda d: str(d.member_count),
        align=Qt.AlignmentFlag.AlignRight,
        width=80,
    ),
    ColumnSpec("occasion", QT_TRANSLATE_NOOP("Columns", "Occasion"), lambda d: d.occasion),
]


class DelegationListModel(RecordTableModel[DelegationSummary]):
    """Rows come sorted and filtered from `services.delegations.list`; a header click re-asks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(DELEGATION_COLUMNS, sort_in_sql=True, parent=parent)

    def extra_data(
        self, record: DelegationSummary, column: ColumnSpec[DelegationSummary], role: int
    ) -> Any:
        if role == STATUS_ROLE and column.key == "status":
            return record.status
        return None
