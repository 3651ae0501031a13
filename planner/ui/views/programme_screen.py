"""The Programme screen: every delegation's items in a period, by day, filtered as you type."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QWidget

from planner.domain.records import DelegationSummary, ProgrammeItem, Venue
from planner.services import Changes
from planner.ui.i18n import OFFICE_TZ
from planner.ui.models.programme import ProgrammeModel, ProgrammeRow
from planner.ui.ops import AppContext
from planner.ui.views.screens import Screen
from planner.ui.views.widgets import EmptyState, make_table, size_columns


class ProgrammeScreen(Screen):
    """A period is loaded on the worker; the text filter then works on the loaded rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Programme"), self.tr("All programme items of all delegations, by day"), parent
        )
        self.ctx = ctx
        self._generation = 0
        bar = QHBoxLayout()
        self.search = QLineEdit(
            placeholderText=self.tr("Filter items, venues, delegations…  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Filter programme"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_filter)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7), calendarPopup=True)
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_until = QDateEdit(today.addDays(90), calendarPopup=True)
        self.date_until.setAccessibleName(self.tr("Until"))
        for edit in (self.date_from, self.date_until):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(lambda _d: self._reload_timer.start())
        bar.addWidget(self.search, 3)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("until")))
        bar.addWidget(self.date_until)
        self.layout_.addLayout(bar)
        self.stack = QStackedWidget()
        self.model = ProgrammeModel(parent=self, day_column=1)
        self.table = make_table(self.tr("Programme items"))
        self.table.setModel(self.model)
        size_columns(self.table, [c.width for c in self.model.columns])
        self.empty = EmptyState(
            self.tr("No programme items in this period"),
            self.tr("Choose another period above, or add items in a delegation's Programme tab."),
        )
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.layout_.addWidget(self.stack, 1)
        self.count_label = QLabel(objectName="screenSubtitle")
        self.layout_.addWidget(self.count_label)
        self._reload_timer = QTimer(self, singleShot=True, interval=250)
        self._reload_timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changes)
        self.loaded = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self.loaded:  # loaded when first shown: opening the window stays fast
            self.loaded = True
            self.refresh()

    def set_period(self, start: QDate, end: QDate) -> None:
        self.date_from.setDate(start)
        self.date_until.setDate(end)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        start = _at(self.date_from.date())
        end = _at(self.date_until.date().addDays(1))
        s = self.ctx.services
        self.count_label.setText(self.tr("Loading…"))
        self.ctx.ops.run(
            lambda: (s.programme.list(start=start, end=end), s.venues.list(), s.delegations.list()),
            lambda result: self._show(generation, *result),
            owner=self,
        )

    def _show(
        self,
        generation: int,
        items: list[ProgrammeItem],
        venues: list[Venue],
        delegations: list[DelegationSummary],
    ) -> None:
        if generation != self._generation:
            return
        venue_names = {v.id: v.name for v in venues}
        titles = {d.id: d.title for d in delegations}
        self.model.set_rows(
            [
                ProgrammeRow(
                    i,
                    venue_names.get(i.venue_id, ""),
                    ", ".join(titles.get(d, "") for d in i.delegation_ids),
                )
                for i in items
            ]
        )
        self.model.set_filter(self.search.text())
        self._after_filter()

    def _on_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._after_filter()

    def _after_filter(self) -> None:
        count = self.model.item_count()
        self.stack.setCurrentWidget(self.table if count else self.empty)
        self.count_label.setText(self.tr("{count} programme items").format(count=count))

    def _on_changes(self, changes: Changes) -> None:
        if self.loaded and (changes.programme or changes.delegations or changes.venues):
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _at(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day(), tzinfo=OFFICE_TZ) - timedelta(0)
