"""Form pieces: errors shown next to their field, multilingual text, optional date-times."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem
from planner.ui.i18n import OFFICE_TZ, current_language, problem_text

_UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
_NO_DAY = QDate(1900, 1, 1)  # an optional day's "not set"


class FieldErrors:
    """Maps a Problem's field ("arrival.at", "title.de", "members[2].rank") to its widget."""

    def __init__(self, banner: QLabel) -> None:
        self.banner = banner
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def field(self, name: str, widget: QWidget) -> QWidget:
        """Wrap `widget` with an error line below it and register it under `name`."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self._fields[name] = (widget, error)
        edited = _edited_signal(widget)
        if edited is not None:  # the message goes once the officer changes the field
            edited.connect(lambda *_args, widget=widget: self._clear_widget(widget))
        return box

    def _clear_widget(self, widget: QWidget) -> None:
        for field_widget, error in self._fields.values():
            if field_widget is widget and not error.isHidden():
                error.clear()
                error.hide()
                _mark(widget, False)

    def alias(self, name: str, target: str) -> None:
        self._fields[name] = self._fields[target]

    def widget(self, name: str) -> QWidget | None:
        entry = self._fields.get(name)
        return entry[0] if entry else None

    def error_text(self, name: str) -> str:
        entry = self._fields.get(name)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def clear(self) -> None:
        for widget, error in self._fields.values():
            error.clear()
            error.hide()
            _mark(widget, False)
        self.banner.clear()
        self.banner.hide()

    def show(self, problems: list[Problem], general: str = "") -> QWidget | None:
        """Show each problem at its field (or the banner); returns the first widget to focus."""
        self.clear()
        first: QWidget | None = None
        unplaced: list[str] = [general] if general else []
        for problem in problems:
            text = problem_text(problem)
            entry = self._lookup(problem.field)
            if entry is None:
                unplaced.append(text)
                continue
            widget, error = entry
            error.setText(f"{error.text()}\n{text}" if error.text() else text)
            error.show()
            _mark(widget, True)
            first = first or widget
        if unplaced:
            self.banner.setText("\n".join(unplaced))
            self.banner.show()
        return first

    def _lookup(self, field: str) -> tuple[QWidget, QLabel] | None:
        name = field
        while name:
            if name in self._fields:
                return self._fields[name]
            name = re.sub(r"(\.[^.\[]*|\[\d+\])$", "", name) if re.search(r"[.\[]", name) else ""
        return None


def _edited_signal(widget: QWidget) -> Any:
    """The signal a widget emits when its value changes, whatever kind of field it is."""
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return widget.valueChanged
    for name in ("textChanged", "changed"):
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            return signal
    return None


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# "8. Mai 2026, 14:35" / "8 May 2026, 14:35": the month in words, never 08/05 (8 May or 5 August?).
_DATE_FORMATS = {"de": "d. MMM yyyy", "en": "d MMM yyyy"}
_LOCALES = {"de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
# A date picked for a field that was empty gets this time, not midnight.
DEFAULT_TIME = time(10, 0)


def localize_date_edit(edit: QDateTimeEdit, with_time: bool = False) -> None:
    """The window's language decides the month's name and the order of day, month and year."""
    lang = current_language() if current_language() in _DATE_FORMATS else "en"
    edit.setLocale(_LOCALES[lang])
    if edit.calendarPopup():
        edit.calendarWidget().setLocale(_LOCALES[lang])
    edit.setDisplayFormat(_DATE_FORMATS[lang] + (", HH:mm" if with_time else ""))


class _OptionalDate:
    """An optional date (and time) editor: its lowest value reads "—" and means "not set".

    While it is not set, opening the calendar or typing a digit starts from the suggested day
    (the visit's, else today) at DEFAULT_TIME — not from the sentinel year 2000 — so a date is
    picked in two clicks and typed digits land in the day.
    """

    suggested: date | None = None

    def _setup_optional(self: Any, unset: QDateTime) -> None:
        self._unset = unset
        self.setCalendarPopup(True)
        self.setMinimumDateTime(unset)
        self.setSpecialValueText("—")
        self.calendarWidget().installEventFilter(self)

    def suggest(self, day: date | None) -> None:
        """The day to start from while the field is empty (the visit's arrival, …)."""
        self.suggested = day

    def is_unset(self: Any) -> bool:
        return bool(self.dateTime() == self._unset)

    def _start_from_suggestion(self: Any) -> None:
        day = self.suggested or date.today()
        self.setDateTime(QDateTime(QDate(day.year, day.month, day.day),
                                   QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute)))

    def eventFilter(self: Any, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() \
                and self.is_unset():
            self._start_from_suggestion()
            day = self.date()
            self.calendarWidget().setSelectedDate(day)
            self.calendarWidget().setCurrentPage(day.year(), day.month())
        return False

    def keyPressEvent(self: Any, event: QKeyEvent) -> None:
        if self.is_unset() and event.text().isdigit():
            self._start_from_suggestion()
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        super().keyPressEvent(event)  # type: ignore[misc]


class DateField(_OptionalDate, QDateEdit):
    """An optional day (a signing, a gift): "—" until set, month in words."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._setup_optional(QDateTime(_NO_DAY, QTime(0, 0)))
        localize_date_edit(self)
        self.set_value(None)

    def value(self) -> date | None:
        if self.is_unset():
            return None
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_NO_DAY if value is None else QDate(value.year, value.month, value.day))


class DateTimeField(_OptionalDate, QDateTimeEdit):
    """A date-time in the office's time zone; "—" until set, month in words."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._setup_optional(_UNSET)
        localize_date_edit(self, with_time=True)
        self.set_value(None)

    def value(self) -> datetime | None:
        if self.is_unset():
            return None
        d, t = self.date(), self.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=OFFICE_TZ)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(_UNSET)
            return
        value = value.astimezone(OFFICE_TZ)
        self.setDateTime(
            QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        )
