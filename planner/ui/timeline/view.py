"""TimelineView: the programme as a day or week timeline with a conflict panel and legend."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.scheduling.messages import BERLIN, day_label, span_label
from planner.ui.timeline.canvas import LABEL_WIDTH, TimelineCanvas
from planner.ui.timeline.legend import ConflictPanel, Legend
from planner.ui.timeline.model import (
    AXES,
    AXIS_LABELS,
    ConflictLike,
    RowKey,
    TimelineBlock,
    TimelineRow,
)

_TEXT = {
    "de": {
        "day": "Tag",
        "week": "Woche",
        "today": "Heute",
        "axis": "Zeilen:",
        "week_of": "KW {week} · {first} – {last}",
        "empty": "Keine Programmpunkte",
        "back": "Zurück (vorheriger Tag / vorherige Woche)",
        "next": "Weiter (nächster Tag / nächste Woche)",
        "axis_name": "Zeilen der Zeitleiste",
        "go_to": "Gehe zu Datum",
    },
    "en": {
        "day": "Day",
        "week": "Week",
        "today": "Today",
        "axis": "Rows:",
        "week_of": "Week {week} · {first} – {last}",
        "empty": "No programme items",
        "back": "Back (previous day / week)",
        "next": "Forward (next day / week)",
        "axis_name": "Rows of the timeline",
        "go_to": "Go to date",
    },
}
PX_PER_HOUR = {"day": 24.0, "week": 4.0}  # the least: a day and a week fit the width
BUSINESS_HOURS = (7, 22)  # a day shows these hours, widened to any item outside them


class TimelineView(QWidget):
    """Shows plain rows, blocks and conflicts; never changes data itself.

    A drop emits `moveRequested(item_id, new_start, new_row_key)`; `drag_source_row` tells
    which row the block was dragged from. The owner applies the move and calls
    `set_schedule` again (also after a refused move, which puts the block back).
    """

    moveRequested = Signal(int, object, object)
    moveHovered = Signal(int, object, object)
    selectionChanged = Signal(list)
    periodChanged = Signal(object, object)

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.mode = "day"
        self.axis = "delegation"
        self.day = datetime.now(BERLIN).date()
        # The hours a day view shows (office setting "timeline.business_hours").
        self.business_hours = BUSINESS_HOURS
        self.drag_source_row: RowKey | None = None
        self._rows: list[TimelineRow] = []
        self._blocks: list[TimelineBlock] = []
        self._conflicts: list[ConflictLike] = []
        self._selected: set[int] = set()
        self.canvas = TimelineCanvas(lang)
        self.conflict_panel = ConflictPanel(lang)
        self.legend = Legend(lang)
        self._build()
        self.canvas.blockDropped.connect(self._on_dropped)
        self.canvas.blockHovered.connect(self._on_hovered)
        self.canvas.blockPressed.connect(lambda item_id: self._set_selection({item_id}))
        self.conflict_panel.conflictChosen.connect(self.show_conflict)
        self.canvas.resized.connect(self._canvas_resized)
        self.canvas.setAccessibleDescription(self.legend.keys.toolTip())

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        text = _TEXT[self.lang]
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        self._back, self._next = QToolButton(text="◀"), QToolButton(text="▶")
        self._today = QToolButton(text=text["today"])
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight: 600; font-size: 11pt; padding: 0 10px;")
        # A fixed width: ▶ stays where it is while the period's text changes length, so
        # repeated clicks never land on "Today".
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.period_label.setFixedWidth(self.period_label.fontMetrics().horizontalAdvance(
            "Woche 53 · Mi., 30. Sept. – Di., 6. Okt. 2026") + 40)
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        for button in (self._back, self._next, self._today):
            button.setAutoRaise(True)
        for button, key in ((self._back, "back"), (self._next, "next")):
            button.setAccessibleName(text[key])
            button.setToolTip(text[key])
        for key in ("day", "week"):
            button = QToolButton(text=text[key], checkable=True)
            button.setChecked(key == self.mode)
            button.setMinimumWidth(64)
            button.clicked.connect(lambda _=False, k=key: self.set_mode(k))
            self.mode_buttons.addButton(button)
            button.setObjectName(f"mode_{key}")
        self.axis_box = QComboBox()
        self.axis_box.setAccessibleName(text["axis_name"])
        for axis in AXES:
            self.axis_box.addItem(AXIS_LABELS[self.lang][axis], axis)
        self.axis_box.currentIndexChanged.connect(
            lambda i: self.set_axis(self.axis_box.itemData(i))
        )
        self._back.clicked.connect(lambda: self._step(-1))
        self._next.clicked.connect(lambda: self._step(1))
        self._today.clicked.connect(lambda: self.set_date(datetime.now(BERLIN).date()))
        self.go_to = QDateEdit(calendarPopup=True)
        self.go_to.setAccessibleName(text["go_to"])
        self.go_to.setToolTip(text["go_to"])
        self.go_to.setDisplayFormat("d MMM yyyy" if self.lang != "de" else "d. MMM yyyy")
        self.go_to.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.go_to.dateChanged.connect(
            lambda d: self.set_date(date(d.year(), d.month(), d.day())))
        for widget in (self._back, self.period_label, self._next, self._today, self.go_to):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in self.mode_buttons.buttons():
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(text["axis"]))
        bar.addWidget(self.axis_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.conflict_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1040, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

    def sizeHint(self) -> QSize:
        return QSize(1280, 640)

    # -- inputs ----------------------------------------------------------------------------
    def set_schedule(
        self,
        rows: Sequence[TimelineRow],
        blocks: Sequence[TimelineBlock],
        conflicts: Sequence[ConflictLike],
    ) -> None:
        self._rows, self._blocks, self._conflicts = list(rows), list(blocks), list(conflicts)
        self.conflict_panel.show_conflicts(self._conflicts)
        self._redraw()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for button in self.mode_buttons.buttons():
            button.setChecked(button.objectName() == f"mode_{mode}")
        self._redraw()

    def set_axis(self, axis: str) -> None:
        self.axis = axis
        self.axis_box.setCurrentIndex(AXES.index(axis))
        self._redraw()

    def set_date(self, day: date) -> None:
        self.day = day
        if hasattr(self, "go_to"):
            self.go_to.blockSignals(True)
            self.go_to.setDate(QDate(day.year, day.month, day.day))
            self.go_to.blockSignals(False)
        self._redraw()

    def set_business_hours(self, first: int, last: int) -> None:
        if 0 <= first < last <= 24:
            self.business_hours = (first, last)
            self._redraw()

    def shown_hours(self, start: datetime, end: datetime,
                    visible: Sequence[TimelineBlock]) -> tuple[datetime, datetime]:
        """A day view shows the business hours, widened to whole hours around any item
        outside them; a week shows all of its days."""
        if self.mode != "day":
            return start, end
        first, last = self.business_hours
        shown_start = start + timedelta(hours=first)
        shown_end = start + timedelta(hours=last)
        if visible:
            earliest = max(start, min(b.start for b in visible))
            latest = min(end, max(b.end for b in visible))
            shown_start = min(shown_start, earliest.replace(minute=0, second=0, microsecond=0))
            if latest > shown_end:
                whole = latest.replace(minute=0, second=0, microsecond=0)
                shown_end = min(end, whole + timedelta(hours=1) if whole < latest else whole)
        return shown_start, shown_end

    def period(self) -> tuple[datetime, datetime]:
        """The shown period as instants: one Berlin day, or Monday to Monday."""
        first = self.day if self.mode == "day" else self.day - timedelta(days=self.day.weekday())
        days = 1 if self.mode == "day" else 7
        start = datetime.combine(first, time(0), BERLIN)
        return start, datetime.combine(first + timedelta(days=days), time(0), BERLIN)

    # -- selection -------------------------------------------------------------------------
    def selected_item_ids(self) -> list[int]:
        return sorted(self._selected)

    def select_items(self, item_ids: Sequence[int]) -> None:
        self._set_selection(set(item_ids))
        self.canvas.select_items(self._selected)

    def show_conflict(self, conflict: ConflictLike) -> None:
        """Go to the conflict's day and select its items."""
        starts = [b.start for b in self._blocks if b.item_id in conflict.item_ids]
        start, end = self.period()
        if starts and not any(start <= s < end for s in starts):
            self.set_date(min(starts).astimezone(BERLIN).date())
        self.select_items(conflict.item_ids)

    def _set_selection(self, item_ids: set[int]) -> None:
        if item_ids != self._selected:
            self._selected = item_ids
            self.selectionChanged.emit(sorted(item_ids))

    # -- drawing ---------------------------------------------------------------------------
    def _step(self, direction: int) -> None:
        self.set_date(self.day + timedelta(days=direction * (1 if self.mode == "day" else 7)))

    def _redraw(self) -> None:
        start, end = self.period()
        text = _TEXT[self.lang]
        if self.mode == "day":
            label = f"{day_label(start, self.lang)} {start.year}"
        else:
            last = end - timedelta(days=1)
            label = text["week_of"].format(
                week=start.isocalendar().week,
                first=day_label(start, self.lang),
                last=f"{day_label(last, self.lang)} {last.year}",
            )
        self.period_label.setText(label)
        visible = [b for b in self._blocks if b.end > start and b.start < end]
        used = {key for b in visible for key in b.row_keys}
        rows = [r for r in self._rows if r.axis == self.axis and (r.always_shown or r.key in used)]
        severities, tooltips = self._conflict_marks(visible)
        self.canvas.axis_label = AXIS_LABELS[self.lang][self.axis]
        shown_start, shown_end = self.shown_hours(start, end, visible)
        self.canvas.show_blocks(shown_start, shown_end, self._px_per_hour(shown_start, shown_end),
                                rows, visible, severities, tooltips)
        self.canvas.select_items(self._selected)
        self.canvas.horizontalScrollBar().setValue(0)
        self.periodChanged.emit(start, end)

    def _px_per_hour(self, start: datetime, end: datetime) -> float:
        """The shown hours fit the width: the business day, or the week as an overview."""
        hours = max((end - start).total_seconds() / 3600, 1)
        # Room for a vertical scrollbar too: it may appear once the rows are laid out.
        room = self.canvas.viewport().width() - LABEL_WIDTH - 30 - 18
        return max(PX_PER_HOUR[self.mode], room / hours)

    def _canvas_resized(self) -> None:
        self._redraw()  # the shown hours fit the width: lay them out again

    def _conflict_marks(self, blocks: list[TimelineBlock]) -> tuple[dict[int, str], dict[int, str]]:
        messages: dict[int, list[str]] = {}
        severities: dict[int, str] = {}
        for conflict in self._conflicts:
            for item_id in conflict.item_ids:
                messages.setdefault(item_id, []).append(f"⚠ {conflict.message(self.lang)}")
                if severities.get(item_id) != "error":
                    severities[item_id] = conflict.severity
        tooltips = {}
        for b in blocks:
            lines = [f"<b>{_escape(b.title)}</b>", span_label(b.start, b.end, self.lang)]
            lines += [_escape(b.detail)] if b.detail else []
            lines += [
                f"<span style='color:#b91c1c'>{_escape(m)}</span>"
                for m in messages.get(b.item_id, [])
            ]
            tooltips[b.item_id] = "<br>".join(lines)
        return severities, tooltips

    def _on_dropped(self, item_id: int, start: datetime, row: RowKey, source: RowKey) -> None:
        self.drag_source_row = source
        self.moveRequested.emit(item_id, start, row)

    def _on_hovered(self, item_id: int, start: datetime, row: RowKey, source: RowKey) -> None:
        self.drag_source_row = source
        self.moveHovered.emit(item_id, start, row)

    def show_move_verdict(self, item_id: int, severity: str | None) -> None:
        """The owner's answer to `moveHovered`: would the hovered slot cause conflicts?"""
        self.canvas.show_verdict(item_id, severity)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
