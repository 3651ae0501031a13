"""Form pieces: errors shown next to their field, multilingual text, optional date-times."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem
from planner.ui.i18n import OFFICE_TZ, current_language, problem_text

_UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


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
        return box

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


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class DateTimeField(QDateTimeEdit):
    """A date-time in the office's time zone; the lowest value reads "—" and means "not set"."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setMinimumDateTime(_UNSET)
        self.setSpecialValueText("—")
        self.setDisplayFormat(
            "dd.MM.yyyy HH:mm" if current_language() == "de" else "dd/MM/yyyy HH:mm"
        )
        self.set_value(None)

    def value(self) -> datetime | None:
        if self.dateTime() == _UNSET:
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
