"""A record's history: who changed what and when, from the audit trail (read by a service)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services import Services
from planner.ui.i18n import long_datetime

# (entity, id) -> rows with "at", "os_user", "db_user", "action", "changes" (newest first)
HistorySource = Callable[[str, int], list[dict[str, Any]]]


def service_history(services: Services) -> HistorySource:
    """The audit trail through `services.history` (no session in the UI)."""

    def source(entity: str, entity_id: int) -> list[dict[str, Any]]:
        return [
            {
                "at": e.at,
                "os_user": e.os_user,
                "db_user": e.db_user,
                "action": e.action,
                "changes": e.changes,
            }
            for e in services.history.of_record(entity, entity_id)
        ]

    return source


def describe_changes(changes: dict[str, Any]) -> str:
    """Field: old → new, one per line; values as stored (redacted ones stay redacted)."""
    lines = []
    for field, value in sorted(changes.items()):
        if isinstance(value, (list, tuple)) and len(value) == 2:
            lines.append(f"{field}: {value[0]!s} → {value[1]!s}")
        else:
            lines.append(f"{field}: {value!s}")
    return "\n".join(lines)


class HistoryDialog(QDialog):
    def __init__(
        self,
        title: str,
        entity: str,
        entity_id: int,
        history_source: HistorySource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {title}").format(title=title))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        rows = history_source(entity, entity_id)
        self.summary = QLabel(self.tr("{count} changes, newest first").format(count=len(rows)))
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(rows), 4)
        self.table.setAccessibleName(self.tr("Record history"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Changes")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, event in enumerate(rows):
            who = event.get("os_user", "")
            if event.get("db_user"):
                who = f"{who} ({event['db_user']})"
            cells = (
                long_datetime(event["at"]),
                who,
                str(event.get("action", "")),
                describe_changes(event.get("changes") or {}),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()  # a few hundred rows at most: cheap here
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
