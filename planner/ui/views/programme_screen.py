"""The Programme screen: the timeline of a day or week, and every item of a period as a list."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services import Changes
from planner.ui.i18n import OFFICE_TZ, current_language
from planner.ui.models.programme import SUMMARY_COLUMNS, ProgrammeModel, prepare_summaries
from planner.ui.ops import AppContext
from planner.ui.views.screens import Screen
from planner.ui.views.timeline_screen import TimelinePane
from planner.ui.views.widgets import EmptyState, make_table, size_columns


class ProgrammeScreen(Screen):
    """Timeline first (where conflicts are fixed); the list loads a period on the worker and
    then filters its precomputed text in the model on every keystroke."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Programme"), self.tr("All programme items of all delegations"), parent
        )
        self.ctx = ctx
        self._generation = 0
        self.tabs = QTabWidget()
        self.timeline = TimelinePane(ctx)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self._list_page(), self.tr("List"))
        self.layout_.addWidget(self.tabs, 1)
        self._reload_timer = QTimer(self, singleShot=True, interval=250)
        self._reload_timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changes)
        self.loaded = False

    def _list_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
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
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.model = ProgrammeModel(SUMMARY_COLUMNS, parent=self, day_column=1)
        self.table = make_table(self.tr("Programme items"))
        self.table.setModel(self.model)
        size_columns(self.table, [c.width for c in self.model.columns])
        self.empty = EmptyState(
            self.tr("No programme items in this period"),
            self.tr("Choose another period above, or add items in a delegation's Programme tab."),
        )
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.count_label = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.count_label)
        return page

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self.loaded:  # loaded when first shown: opening the window stays fast
            self.loaded = True
            self.timeline.start()
            self.refresh()

    # -- timeline ----------------------------------------------------------------------------
    def show_day(self, day: date, mode: str = "day") -> None:
        """Put the timeline on `day` (day or week view) and bring its tab to the front."""
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.set_mode(mode)
        self.timeline.set_date(day)

    # -- list --------------------------------------------------------------------------------
    def set_period(self, start: QDate, end: QDate) -> None:
        self.date_from.setDate(start)
        self.date_until.setDate(end)

    def refresh(self) -> None:
        """Read the period's light rows and prepare their texts on the worker (60,000 rows
        take seconds); the UI thread only swaps the prepared rows in."""
        self._generation += 1
        generation = self._generation
        start = _at(self.date_from.date())
        end = _at(self.date_until.date().addDays(1))
        services, lang = self.ctx.services, current_language()
        self.count_label.setText(self.tr("Loading…"))
        self.ctx.ops.run(
            lambda: prepare_summaries(services.programme.summaries(start, end, lang=lang)),
            lambda prepared: self._show(generation, prepared),
            owner=self,
        )

    def _show(self, generation: int, prepared) -> None:  # type: ignore[no-untyped-def]
        if generation != self._generation:
            return
        self.model.set_prepared(prepared)
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

    def print_document(self) -> None:
        """Ctrl+P: the week plan of the timeline (the list has nothing of its own to print)."""
        self.timeline.print_week()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search.setFocus()
        self.search.selectAll()


def _at(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day(), tzinfo=OFFICE_TZ)
