"""The Programme screen's timeline tab: the schedule of the shown period, undoable moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.enums import DelegationStatus
from planner.domain.records import DelegationSummary
from planner.domain.scheduling import Schedule, ScheduledItem
from planner.domain.settings import TIMELINE_HOURS
from planner.services import Changes, Services
from planner.services.conflicts import ConflictCheck
from planner.ui.dialogs.errors import describe, show_error
from planner.ui.i18n import OFFICE_TZ, current_language
from planner.ui.ops import AppContext
from planner.ui.timeline import RowKey, TimelineController, TimelineView, plan_move
from planner.ui.undo import RescheduleItem, perform

if TYPE_CHECKING:
    from planner.documents.data import RenderResult

# The engine also reads the day before and after: an item just outside the period can still
# collide with one inside it (the mayor's late evening, a night transfer).
MARGIN = timedelta(days=1)


def plan_in_place(
    item: ScheduledItem, start: datetime, from_row: RowKey | None, to_row: RowKey | None
) -> ScheduledItem:
    """A drop changes the time; a new row changes only a venue or a vehicle. Moving an item
    to another delegation or person by dragging would be too easy a slip, so it keeps them."""
    if to_row is not None and to_row[0] in ("venue", "vehicle"):
        return plan_move(item, start, from_row, to_row)
    return plan_move(item, start, None, None)


def read_schedule(
    services: Services, start: datetime, end: datetime, lang: str
) -> tuple[Schedule, dict[int, str]]:
    """On the worker: the checked schedule of [start, end) and its delegations' names."""
    return ConflictCheck(services.ctx).period(start, end, lang)


class TimelinePane(QWidget):
    """Owns the TimelineView and its controller; reads the period it shows off the UI thread."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = "de" if current_language() == "de" else "en"
        self.view = TimelineView(self.lang)
        self.view.setAccessibleName(self.tr("Programme timeline"))
        self.controller: TimelineController | None = None
        self.message = QLabel(objectName="screenSubtitle")
        self.week_button = QPushButton(self.tr("Week plan (PDF)…"))
        self.week_button.setToolTip(
            self.tr("The shown week with these rows as a printable plan, conflicts included "
                    "(Ctrl+P)")
        )
        self.week_button.clicked.connect(self.print_week)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addWidget(self.week_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self._range: tuple[datetime, datetime] | None = None
        self._generation = 0
        self.started = False
        # Period changes come in bursts (a click on ◀ redraws, then the data redraws again).
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self.fetch)
        self.view.periodChanged.connect(self._on_period)
        ctx.bus.changed.connect(self._on_changes)

    def start(self) -> None:
        """Load the first period (called when the screen is first shown): the week of the
        next visit — today's week is often empty — or of the last one when none is ahead."""
        if self.started:
            return
        self.started = True
        services, shown = self.ctx.services, self.view.period()
        self.ctx.ops.run(lambda: (_visit_day(services.delegations.list()),
                                  services.settings.get(TIMELINE_HOURS)),
                         lambda found: self._open_on(*found, shown), owner=self)

    def _open_on(self, day: date | None, hours: list[int],
                 shown: tuple[datetime, datetime]) -> None:
        self.view.set_business_hours(*hours)
        # Only if the officer (or a "Show on timeline") has not chosen a period meanwhile.
        if day is not None and self.view.period() == shown:
            self.view.set_date(day)
        self.fetch()

    def set_date(self, day: date) -> None:
        self.view.set_date(day)

    def set_mode(self, mode: str) -> None:
        self.view.set_mode(mode)

    def _on_period(self, start: datetime, end: datetime) -> None:
        loaded = self._range
        self._update_message()
        if self.started and (loaded is None or start < loaded[0] or end > loaded[1]):
            self._fetch_timer.start()

    def _on_changes(self, changes: Changes) -> None:
        if self.started and (
            changes.programme
            or changes.venues
            or changes.people
            or changes.members
            or changes.resources
            or changes.delegations
        ):
            self._fetch_timer.start()

    def print_week(self) -> None:
        """The week shown, rows of the chosen axis, as a PDF made on the worker, then previewed
        with Save and Print."""
        day, axis, lang = self.view.day, self.view.axis, current_language()
        services = self.ctx.services
        self.week_button.setEnabled(False)

        def work() -> RenderResult:
            from planner.documents.week_plan import render_week_plan
            from planner.services.week_plan import week_plan

            return render_week_plan(week_plan(services.ctx, day, axis, lang), lang)

        def failed(exc: BaseException) -> None:
            self.week_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.ops.run(work, lambda result: self._show_week(day, axis, result), failed,
                         owner=self)

    def _show_week(self, day: date, axis: str, result: RenderResult) -> None:
        from planner.ui.dialogs.pdf_dialog import PdfDialog

        self.week_button.setEnabled(True)
        week = day.isocalendar()
        self.week_dialog = PdfDialog(
            self.tr("Week plan, week {week}").format(week=week.week),
            result.pdf,
            f"week-plan-{week.year}-W{week.week:02d}-{axis}.pdf",
            result.warnings,
            self,
        )
        self.week_dialog.open()

    def fetch(self) -> None:
        """Read the shown period ± a day on the worker; only the newest answer is shown."""
        self._generation += 1
        generation = self._generation
        start, end = self.view.period()
        wanted = (start - MARGIN, end + MARGIN)
        services, lang = self.ctx.services, self.lang
        self.message.setText(self.tr("Loading the programme…"))
        self.ctx.ops.run(
            lambda: read_schedule(services, wanted[0], wanted[1], lang),
            lambda result: self._show(generation, wanted, *result),
            owner=self,
        )

    def _show(
        self,
        generation: int,
        loaded: tuple[datetime, datetime],
        schedule: Schedule,
        names: dict[int, str],
    ) -> None:
        if generation != self._generation:
            return
        self._range = loaded
        if self.controller is None:
            self.controller = TimelineController(
                self.view,
                schedule,
                delegation_names=names,
                plan=plan_in_place,
                undo_stack=self.ctx.undo,
                request=self._store_move,
            )
        else:
            self.controller.set_schedule(schedule, names)
        self._update_message()
        self.loaded.emit()

    def _update_message(self) -> None:
        if self.controller is None:
            return
        start, end = self.view.period()
        count = sum(1 for i in self.controller.schedule if i.end > start and i.start < end)
        text = (self.tr("1 programme item in the period shown") if count == 1 else
                self.tr("{count} programme items in the period shown").format(count=count))
        self.message.setText(text)

    def _store_move(self, current: ScheduledItem, wanted: ScheduledItem) -> None:
        """The drop becomes a programme service save on the worker and one entry on the
        application's undo stack, so Ctrl+Z in the main window takes it back."""
        where: dict[str, int | None] = {}
        if wanted.venue_id != current.venue_id:
            where["venue_id"] = wanted.venue_id
        if wanted.vehicle_id != current.vehicle_id:
            where["vehicle_id"] = wanted.vehicle_id
        edit = RescheduleItem(
            self.tr("Move “{title}”").format(title=current.title),
            self.ctx.services,
            current.id,
            wanted.start,
            **where,
        )

        def refused(exc: BaseException) -> None:
            if self.controller is not None:
                self.controller.put_back(replace(current), describe(exc))
            self.message.setText(describe(exc))

        perform(self.ctx, edit, failure=refused)


def _visit_day(delegations: list[DelegationSummary]) -> date | None:
    """The first day of the next visit still ahead (or under way), else of the latest one."""
    today = datetime.now(OFFICE_TZ).date()
    days = sorted(d.arrival.astimezone(OFFICE_TZ).date() for d in delegations
                  if d.arrival is not None and d.status != DelegationStatus.CANCELLED)
    ahead = [d for d in days if d >= today]
    under_way = [d.arrival.astimezone(OFFICE_TZ).date() for d in delegations
                 if d.arrival is not None and d.departure is not None
                 and d.arrival.astimezone(OFFICE_TZ).date() <= today
                 <= d.departure.astimezone(OFFICE_TZ).date()]
    if under_way:
        return today
    return ahead[0] if ahead else (days[-1] if days else None)
