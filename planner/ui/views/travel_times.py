"""The venue editor's travel times: minutes from the selected venue to every other, undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem, ValidationError
from planner.domain.records import TravelTime, Venue
from planner.services import Changes
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext
from planner.ui.undo import Edit, perform
from planner.ui.views.forms import FieldErrors
from planner.ui.views.widgets import focus_shortcut

if TYPE_CHECKING:
    from planner.services import Services

MAX_MINUTES = 24 * 60
_VENUE_ROLE = Qt.ItemDataRole.UserRole + 1


def between(times: list[TravelTime], a: int, b: int) -> TravelTime | None:
    return next((t for t in times if {t.venue_a_id, t.venue_b_id} == {a, b}), None)


def minutes_between(times: list[TravelTime], a: int, b: int) -> int | None:
    found = between(times, a, b)
    return found.minutes if found else None


class SetTravelTime(Edit):
    """Set (or with None clear) the minutes between two venues; undo puts back what was there.

    Both directions save over what the officer last saw, so another officer's change in between
    is refused with a conflict instead of being overwritten.
    """

    def __init__(self, text: str, services: Services, a: int, b: int, minutes: int | None,
                 seen: TravelTime | None) -> None:
        super().__init__(text)
        self.services, self.a, self.b, self.minutes = services, a, b, minutes
        self.before = seen
        self.after: TravelTime | None = None

    def apply(self) -> int | None:
        self.after = self.services.venues.set_travel_time(self.a, self.b, self.minutes,
                                                          expected=self.before)
        return self.minutes

    def revert(self) -> int | None:
        minutes = self.before.minutes if self.before else None
        restored = self.services.venues.set_travel_time(self.a, self.b, minutes,
                                                        expected=self.after)
        # A re-created time is a new row: redo must expect that one, not the one undone.
        self.before = restored
        return minutes


class _MinutesDelegate(QStyledItemDelegate):
    """Shows "25 min"; edits digits only (range checked by the services), empty = no time."""

    def displayText(self, value: Any, locale: Any) -> str:
        if value in (None, ""):
            return "—"
        return QCoreApplication.translate("TravelTimesPanel", "{minutes} min").format(minutes=value)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), editor))
        editor.setAccessibleName(QCoreApplication.translate("TravelTimesPanel", "Minutes"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value in (None, "") else str(value))  # type: ignore[attr-defined]


class TravelTimesPanel(QWidget):
    """Lists every other venue with the minutes to it; edit a time in place, empty clears it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.venue: Venue | None = None
        self.venues: list[Venue] = []
        self.times: list[TravelTime] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("Travel times"), objectName="sectionTitle"))
        self.hint = QLabel(objectName="screenSubtitle")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.errors = FieldErrors(QLabel())
        layout.addWidget(self.errors.banner)
        self.filter = QLineEdit(placeholderText=self.tr("Filter venues…"))
        self.filter.setAccessibleName(self.tr("Filter travel times by venue"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Travel times"))
        self.table.setHorizontalHeaderLabels([self.tr("To venue"), self.tr("Minutes")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 110)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(1, _MinutesDelegate(self))
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.errors.field("minutes", self.table), 1)
        self.errors.alias("venue_b_id", "minutes")
        self.errors.alias("venue_a_id", "minutes")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.clear_button = QPushButton(self.tr("Clear travel time"))
        self.clear_button.clicked.connect(self.clear_selected)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)
        focus_shortcut(self.table, "Delete", self.clear_selected)
        ctx.bus.changed.connect(self._on_changes)
        # Clearing a time (and undoing a new one) may announce no change: reload after each
        # undo or redo as well. The reload queues behind the undo on the one worker.
        ctx.undo.indexChanged.connect(self._on_undo_index)
        self.set_record(None)

    # -- data ---------------------------------------------------------------------------------
    def set_record(self, venue: Venue | None) -> None:
        changed = venue is None or self.venue is None or venue.id != self.venue.id
        self.venue = venue
        saved = venue is not None and venue.id is not None
        self.filter.setEnabled(saved)
        self.table.setEnabled(saved)
        self.hint.setText(
            self.tr(
                "Minutes on the road from this venue to the others; the conflict check warns "
                "when consecutive items leave less. Type a number in a row, Delete clears it; "
                "each change is saved at once (Ctrl+Z undoes it)."
            )
            if saved
            else self.tr("Save the venue first; then enter its travel times here.")
        )
        if changed:
            self.errors.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.venue is None or self.venue.id is None:
            self._show([], [])
            return
        venues = self.ctx.services.venues
        self.ctx.ops.run(
            lambda: (venues.list(), venues.travel_times()),
            lambda result: self._show(*result),
            owner=self,
        )

    def _show(self, venues: list[Venue], times: list[TravelTime]) -> None:
        self.venues, self.times = venues, times
        current = self.selected_venue_id()
        own = self.venue.id if self.venue is not None else None
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        known = {v.id: minutes_between(times, own, v.id) if own and v.id else None for v in venues}
        # The venues with a time first, nearest first; then the others by name.
        others = sorted(
            (v for v in venues if v.id != own),
            key=lambda v: (known[v.id] is None, known[v.id] or 0, v.name.casefold()),
        )
        self.table.setRowCount(len(others))
        for row, venue in enumerate(others):
            name = QTableWidgetItem(venue.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(_VENUE_ROLE, venue.id)
            minutes = QTableWidgetItem()
            value = known[venue.id]
            minutes.setData(Qt.ItemDataRole.EditRole, "" if value is None else value)
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, minutes)
            if venue.id == current:
                self.table.setCurrentCell(row, 1)
        self.table.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._enable()

    def _on_changes(self, changes: Changes) -> None:
        if changes.venues:
            self.refresh()

    def _on_undo_index(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def selected_venue_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(_VENUE_ROLE) if item is not None else None

    def minutes_to(self, venue_id: int) -> int | None:
        own = self.venue.id if self.venue is not None else None
        return minutes_between(self.times, own, venue_id) if own is not None else None

    # -- editing ------------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        venue_id = self.table.item(item.row(), 0).data(_VENUE_ROLE)
        text = str(item.data(Qt.ItemDataRole.EditRole) or "").strip()
        self.set_minutes(venue_id, int(text) if text else None)

    def set_minutes(self, other_id: int, minutes: int | None) -> None:
        if self.venue is None or self.venue.id is None:
            return
        if minutes == self.minutes_to(other_id):
            return
        name = next((v.name for v in self.venues if v.id == other_id), "")
        text = (
            self.tr("Clear travel time to {venue}")
            if minutes is None
            else self.tr("Travel time to {venue}: {minutes} min")
        ).format(venue=name, minutes=minutes)
        seen = between(self.times, self.venue.id, other_id)
        edit = SetTravelTime(text, self.ctx.services, self.venue.id, other_id, minutes, seen)
        self.errors.clear()
        perform(self.ctx, edit, lambda _m: self.refresh(), self._failed)

    def clear_selected(self) -> None:
        venue_id = self.selected_venue_id()
        if venue_id is not None:
            self.set_minutes(venue_id, None)

    def _failed(self, exc: BaseException) -> None:
        self.refresh()  # back to what is stored
        if isinstance(exc, ValidationError):
            problems = [
                Problem(
                    p.field,
                    self.tr(
                        "Enter the minutes as a number from 0 to {max}, or leave it empty."
                    ).format(max=MAX_MINUTES),
                )
                if p.field == "minutes"
                else p
                for p in exc.problems
            ]
            widget = self.errors.show(problems)
            if widget is not None:
                widget.setFocus()
        else:
            show_error(self, exc)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            self.table.setRowHidden(row, bool(needle) and needle not in item.text().casefold())

    def _enable(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        self.clear_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.EditRole) not in (None, "")
        )
