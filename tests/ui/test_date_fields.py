"""The one date/time editor used everywhere: opens on the visit's days, typing works, the
month in words; an item keeps its length when its start moves; a fixed field loses its error."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from planner.domain.errors import Problem
from planner.ui.views.forms import DateField, DateTimeField, FieldErrors
from tests.ui.conftest import BERLIN, type_text


def test_an_empty_field_opens_its_calendar_on_the_suggested_day_not_in_2000(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateTimeField("Arrival")
    qtbot.addWidget(field)
    field.suggest(date(2026, 5, 8))
    field.show()
    assert field.value() is None and field.text() == "—"
    # A click on the arrow at the right opens the calendar, as the officer does it.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton,
                     pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=3000)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 5)
    assert field.value() == datetime(2026, 5, 8, 10, 0, tzinfo=BERLIN)  # ten, not midnight


def test_typing_a_day_into_an_empty_field_lands_in_the_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateTimeField("Start")
    qtbot.addWidget(field)
    field.suggest(date(2026, 5, 8))
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "9")
    assert field.value() == datetime(2026, 5, 9, 10, 0, tzinfo=BERLIN)
    day = DateField("Date")
    qtbot.addWidget(day)
    day.show()
    day.setFocus()
    qtbot.keyClicks(day, "3")
    assert day.value() == date.today().replace(day=3)  # no suggestion: today's month


def test_dates_read_with_the_month_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateTimeField("Arrival")
    qtbot.addWidget(field)
    field.set_value(datetime(2026, 5, 8, 14, 35, tzinfo=BERLIN))
    assert field.text() == "8 May 2026, 14:35"  # never 08/05/2026: 8 May or 5 August?
    day = DateField("Date")
    qtbot.addWidget(day)
    day.set_value(date(2026, 1, 13))
    assert day.text() == "13 Jan 2026" and day.value() == date(2026, 1, 13)
    day.set_value(None)
    assert day.value() is None and day.text() == "—"


def test_an_error_goes_when_its_field_is_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors = FieldErrors(QLabel())
    name, end = QLineEdit(), DateTimeField("End")
    boxes = [errors.field("name", name), errors.field("end", end)]
    for box in boxes:
        qtbot.addWidget(box)
    errors.show([Problem("name", "must not be empty"), Problem("end", "ends before it starts")])
    assert errors.error_text("name") and errors.error_text("end")
    type_text(name, "Miriam")
    assert errors.error_text("name") == "" and name.property("invalid") == "false"
    assert errors.error_text("end") == "ends before it starts"  # the other still stands
    end.set_value(datetime(2026, 5, 9, 12, 0, tzinfo=BERLIN))
    assert errors.error_text("end") == ""


def test_every_save_undo_and_redo_is_confirmed_in_the_status_bar(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_delegation, settle
    from tests.ui.editing import open_delegation_tab

    make_delegation(services)
    settle(qtbot, window)
    editor = open_delegation_tab(qtbot, window, 0)
    editor.form.occasion.edits["de"].setText("Jubiläum")
    editor.save()
    settle(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Saved: ")
    window.ctx.undo.undo()
    settle(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Undone: ")
    window.ctx.undo.redo()
    settle(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Redone: ")


def test_the_window_fits_a_1280_by_800_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= max(1280, available.width())
    assert window.minimumWidth() <= 1280 and window.minimumHeight() <= 800


def test_at_1280_by_800_the_delegation_list_shows_title_city_status_and_arrival(
        qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from planner.services.demo import load_demo
    from planner.ui.app import open_window
    from tests.ui.conftest import settle

    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_view("delegations")
    screen = window.delegations
    qtbot.waitUntil(lambda: screen.model.rowCount() == 10, timeout=10000)
    settle(qtbot, window)
    table, keys = screen.table, [c.key for c in screen.model.columns]
    visible = table.viewport().width()
    for key in ("title", "partner_city", "status", "arrival"):
        column = keys.index(key)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= visible, key
    assert table.horizontalScrollBar().value() == 0


def test_at_1280_by_800_in_german_nothing_is_cut_and_the_form_needs_no_sideways_scroll(
        qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    from planner.domain.enums import DelegationStatus
    from planner.services.demo import load_demo
    from planner.ui.app import open_window
    from planner.ui.labels import label
    from tests.ui.conftest import settle

    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.set_language("de")
    window.resize(1280, 800)
    window.show()
    window.show_view("delegations")
    screen = window.delegations
    qtbot.waitUntil(lambda: screen.model.rowCount() == 10, timeout=10000)
    settle(qtbot, window)
    table = screen.table
    longest = max(table.fontMetrics().horizontalAdvance(label(s)) for s in DelegationStatus)
    assert label(DelegationStatus.COMPLETED) == "Abgeschlossen"
    assert table.columnWidth(2) >= longest + 20  # the chip's text and its padding
    screen.table.selectRow(0)
    settle(qtbot, window)
    details = screen.editor.tabs.widget(0)
    assert isinstance(details, QScrollArea)
    assert details.horizontalScrollBar().maximum() == 0
