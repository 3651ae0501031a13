"""The screen the window opens on, "This week": what needs doing now, each line opening its
record — tasks due (mine first), arrivals and departures, open conflicts, Golden Book signings
planned, gifts awaiting declaration."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services import Changes
from planner.services.this_week import SigningLine, WeekSummary
from planner.ui.i18n import current_language, local, short_date, short_datetime
from planner.ui.models.gifts import euro
from planner.ui.ops import AppContext
from planner.ui.undo import SetTaskDone, perform
from planner.ui.views.checklist_panel import when_words

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (record, id, delegation id) the line opens
TASK_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = QColor("#b91c1c")
_REFRESH_ON = ("tasks", "delegations", "programme", "golden_book", "gifts", "people",
               "settings")


class Section(QGroupBox):
    """A titled list whose lines open their record (Enter, double click)."""

    def __init__(self, title: str, empty: str, opened: Signal) -> None:
        super().__init__(title)
        self.empty_text = empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(lambda item: self._open(item, opened))
        layout.addWidget(self.list)

    def _open(self, item: QListWidgetItem, opened: Any) -> None:
        target = item.data(TARGET_ROLE)
        if target is not None:
            opened.emit(*target)

    def fill(self, lines: list[QListWidgetItem]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for line in lines:
            self.list.addItem(line)
        if not lines:
            hint = QListWidgetItem(self.empty_text)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)
        self.list.blockSignals(False)


def _line(text: str, target: tuple[str, int, int | None] | None,
          tooltip: str = "") -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(TARGET_ROLE, target)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class HomeScreen(QWidget):
    navigate = Signal(str, int, object)  # record, id, delegation id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.ctx = ctx
        self.summary: WeekSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("This week"), objectName="screenTitle")
        self.subtitle = QLabel(objectName="screenSubtitle")
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.tasks = Section(self.tr("Tasks due"), self.tr("Nothing due in the next seven "
                                                          "days."), self.navigate)
        self.tasks.list.itemChanged.connect(self._on_tick)
        self.movements = Section(self.tr("Arrivals and departures"),
                                 self.tr("No arrivals or departures this week."), self.navigate)
        self.conflicts = Section(self.tr("Open conflicts"),
                                 self.tr("No conflicts in the programme this week."),
                                 self.navigate)
        self.signings = Section(self.tr("Golden Book signings planned"),
                                self.tr("No signing planned."), self.navigate)
        self.gifts = Section(self.tr("Gifts awaiting declaration"),
                             self.tr("No received gift awaits its declaration."), self.navigate)
        grid.addWidget(self.tasks, 0, 0, 2, 1)
        grid.addWidget(self.movements, 2, 0)
        grid.addWidget(self.conflicts, 0, 1)
        grid.addWidget(self.signings, 1, 1)
        grid.addWidget(self.gifts, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, stretch in enumerate((2, 2, 2)):
            grid.setRowStretch(row, stretch)
        layout.addLayout(grid, 1)
        hint = QLabel(self.tr("Enter or a double click opens a line's record; the box ticks a "
                              "task done."), objectName="screenSubtitle")
        layout.addWidget(hint)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        lang = current_language()
        week = self.ctx.services.this_week
        self.ctx.ops.run(lambda: week.summary(lang=lang), self._show, owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if any(getattr(changes, flag) for flag in _REFRESH_ON):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.summary is not None and self.summary.today != date.today():
            self.refresh()  # the window stayed open overnight

    # -- showing ----------------------------------------------------------------------------
    def _show(self, summary: WeekSummary) -> None:
        self.summary = summary
        overdue = sum(1 for line in summary.tasks if line.task.overdue(summary.today))
        parts = [self.tr("Today is {day}.").format(day=short_date(summary.today))]
        if overdue:
            parts.append(self.tr("1 task overdue.") if overdue == 1 else
                         self.tr("{n} tasks overdue.").format(n=overdue))
        self.subtitle.setText(" ".join(parts))
        self.tasks.fill([self._task_line(line, summary.today) for line in summary.tasks])
        self.movements.fill(self._movement_lines(summary))
        self.conflicts.fill([_line(c.text, ("item", c.item_id, c.delegation_id)
                                   if c.item_id is not None else None, c.text)
                             for c in summary.conflicts])
        self.signings.fill([self._signing_line(s) for s in summary.signings])
        self.gifts.fill([_line(
            self.tr("{what} ({city}, {day}, {value})").format(
                what=g.description, city=g.city or "—",
                day=short_date(g.given_on) if g.given_on else "—",
                value=euro(g.value_eur) or self.tr("value not estimated")),
            ("gift", g.gift_id, None)) for g in summary.gifts])

    def _signing_line(self, signing: SigningLine) -> QListWidgetItem:
        text = self.tr("{day}: {what}").format(
            day=short_date(signing.on) if signing.on else self.tr("no date yet"),
            what=" · ".join(p for p in (signing.occasion, signing.city) if p))
        if signing.unrecorded:
            text = self.tr("{line} — day passed, not recorded as signed").format(line=text)
        item = _line(text, ("entry", signing.entry_id, signing.delegation_id))
        if signing.unrecorded:
            item.setForeground(QBrush(OVERDUE))
        return item

    def _task_line(self, line: Any, today: date) -> QListWidgetItem:
        task = line.task
        due = short_date(task.due) if task.due else self.tr("no date")
        who = self.tr("mine") if line.mine else line.responsible
        text = self.tr("{due} · {task}\n{visit} · {when}{who}").format(
            due=due, task=task.title, visit=line.delegation_title,
            when=when_words(task.anchor, task.offset_days), who=f" · {who}" if who else "")
        item = _line(text, ("task", task.id, task.delegation_id))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(TASK_ROLE, task)
        if task.overdue(today):
            item.setForeground(QBrush(OVERDUE))
            font = QFont()
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("Overdue since {day}").format(day=due))
        return item

    def _movement_lines(self, summary: WeekSummary) -> list[QListWidgetItem]:
        lines = []
        for m in summary.movements:
            if m.outgoing:
                what = self.tr("Arrives at the destination") if m.arriving else \
                    self.tr("Leaves the destination")
            else:
                what = self.tr("Arrival") if m.arriving else self.tr("Departure")
            lines.append(_line(self.tr("{when} · {what}: {visit}").format(
                when=short_datetime(m.at), what=what,
                visit=" · ".join(p for p in (m.city, m.title) if p)),
                ("delegation", m.delegation_id, m.delegation_id)))
        later = summary.next_arrival
        if later is not None:
            lines.append(_line(self.tr("None this week. Next: {visit}, {when}").format(
                visit=later.city or later.title, when=short_date(_day(later.at))),
                ("delegation", later.delegation_id, later.delegation_id)))
        return lines

    def _on_tick(self, item: QListWidgetItem) -> None:
        task = item.data(TASK_ROLE)
        if task is None or item.checkState() != Qt.CheckState.Checked:
            return
        perform(self.ctx, SetTaskDone(self.tr("Tick “{task}”").format(task=task.title),
                                      self.ctx.services, task.id, True))


def _day(moment: datetime) -> date:
    return local(moment).date()
