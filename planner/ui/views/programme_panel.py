"""The Programme tab of a delegation: items by day with add, edit, duplicate, move and delete."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ItemKind
from planner.domain.records import ProgrammeItem, Venue
from planner.services import Changes
from planner.ui.dialogs.errors import show_error
from planner.ui.dialogs.item_dialog import ItemDialog
from planner.ui.i18n import OFFICE_TZ
from planner.ui.models.programme import PROGRAMME_COLUMNS, ProgrammeModel, ProgrammeRow
from planner.ui.ops import AppContext
from planner.ui.undo import DeleteRecord, DuplicateItem, MoveItem, perform
from planner.ui.views.widgets import focus_shortcut, make_table, size_columns

_COLUMNS = [c for c in PROGRAMME_COLUMNS if c.key != "delegations"]


def apply_day_spans(table, model: ProgrammeModel) -> None:  # type: ignore[no-untyped-def]
    table.clearSpans()
    columns = model.columnCount()
    for row in model.day_rows():
        table.setSpan(row, 0, 1, columns)


class ProgrammePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation_id: int | None = None
        self.arrival: datetime | None = None
        self.venues: list[Venue] = []
        self.dialog: ItemDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"), objectName="primary")
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button = QPushButton(self.tr("Duplicate +1 day"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.minutes = QComboBox()
        for minutes in (5, 10, 15, 30, 45, 60, 90, 120):
            self.minutes.addItem(self.tr("{minutes} min").format(minutes=minutes), minutes)
        self.minutes.setCurrentIndex(2)
        self.minutes.setAccessibleName(self.tr("Minutes to move by"))
        self.earlier_button = QPushButton(self.tr("− Earlier"))
        self.earlier_button.clicked.connect(
            lambda: self.move_selected(-self.step())
        )
        self.later_button = QPushButton(self.tr("+ Later"))
        self.later_button.clicked.connect(
            lambda: self.move_selected(self.step())
        )
        self.delete_button = QPushButton(self.tr("Delete item"))
        self.delete_button.clicked.connect(self.delete_selected)
        for widget in (self.add_button, self.edit_button, self.duplicate_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        move_bar = QHBoxLayout()
        move_bar.addWidget(QLabel(self.tr("Move by")))
        self.minutes.setMinimumWidth(80)
        for widget in (self.minutes, self.earlier_button, self.later_button):
            move_bar.addWidget(widget)
        move_bar.addStretch(1)
        self.model = ProgrammeModel(_COLUMNS, self)
        self.table = make_table(self.tr("Programme items"))
        self.table.setModel(self.model)
        size_columns(self.table, [c.width for c in self.model.columns])
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)
        layout.addLayout(move_bar)
        self.empty_hint = QLabel(
            self.tr("No programme items yet. Add the first with “Add item”."),
            objectName="screenSubtitle",
        )
        layout.addWidget(self.empty_hint)
        focus_shortcut(self.table, "Delete", self.delete_selected)
        for key in ("Return", "Enter"):
            focus_shortcut(self.table, key, self.edit_selected)
        ctx.bus.changed.connect(self._on_changes)

    def step(self) -> int:
        return int(self.minutes.currentData())

    def set_delegation(self, delegation_id: int | None, arrival: datetime | None = None) -> None:
        """`arrival`: where a first item goes, inside the visit rather than tomorrow."""
        self.delegation_id = delegation_id
        self.arrival = arrival
        self.model.set_rows([])
        self.refresh()

    def refresh(self) -> None:
        delegation_id = self.delegation_id
        if delegation_id is None:
            return
        s = self.ctx.services
        self.ctx.ops.run(
            lambda: (s.programme.list(delegation_id), s.venues.list()),
            lambda result: self._show(delegation_id, *result),
            owner=self,
        )

    def _show(self, delegation_id: int, items: list[ProgrammeItem], venues: list[Venue]) -> None:
        if delegation_id != self.delegation_id:
            return
        selected = self.selected()
        self.venues = venues
        names = {v.id: v.name for v in venues}
        self.model.set_rows([ProgrammeRow(i, names.get(i.venue_id, "")) for i in items])
        apply_day_spans(self.table, self.model)
        self.empty_hint.setVisible(not items)
        if selected is not None and selected.id is not None:
            row = self.model.row_of_item(selected.id)
            if row >= 0:
                self.table.selectRow(row)

    def _on_changes(self, changes: Changes) -> None:
        if changes.programme or changes.venues:
            self.refresh()

    def selected(self) -> ProgrammeItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    # -- actions ----------------------------------------------------------------------------
    def _new_item(self) -> ProgrammeItem:
        items = [self.model.item(r) for r in range(self.model.rowCount())]
        last = max((i.end for i in items if i is not None), default=None)
        start = last or _first_slot(self.arrival)
        assert self.delegation_id is not None
        return ProgrammeItem(
            delegation_ids=(self.delegation_id,),
            kind=ItemKind.MEETING,
            title={},
            start=start,
            end=start + timedelta(hours=1),
        )

    def add_item(self) -> None:
        if self.delegation_id is not None:
            self._open(self._new_item())

    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._open(item)

    def _open(self, item: ProgrammeItem) -> None:
        self.dialog = ItemDialog(self.ctx, item, self.venues, self)
        self.dialog.open()

    def duplicate_selected(self) -> None:
        item = self.selected()
        if item is not None and item.id is not None:
            perform(
                self.ctx,
                DuplicateItem(
                    self.tr("Duplicate programme item"),
                    self.ctx.services,
                    item.id,
                    timedelta(days=1),
                ),
                failure=lambda exc: show_error(self, exc),
            )

    def move_selected(self, minutes: int) -> None:
        item = self.selected()
        if item is not None and item.id is not None:
            perform(
                self.ctx,
                MoveItem(self.tr("Move programme item"), self.ctx.services, item.id, minutes),
                failure=lambda exc: show_error(self, exc),
            )

    def delete_selected(self) -> None:
        item = self.selected()
        if item is not None:
            perform(
                self.ctx,
                DeleteRecord(self.tr("Delete programme item"), self.ctx.services.programme, item),
                failure=lambda exc: show_error(self, exc),
            )


def _first_slot(arrival: datetime | None) -> datetime:
    """A first item's start: the next full hour after the guests arrive, on the day they
    arrive; without an arrival, tomorrow at ten."""
    if arrival is None:
        tomorrow = datetime.now(OFFICE_TZ) + timedelta(days=1)
        return tomorrow.replace(hour=10, minute=0, second=0, microsecond=0)
    local = arrival.astimezone(OFFICE_TZ)
    return local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
