"""The Programme screen: drag on the timeline with the real services, undo from the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence

from planner.domain.settings import TIMELINE_HOURS
from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.main_window import MainWindow
from tests.ui.conftest import BERLIN, settle, type_text
from tests.ui.test_timeline import drag

SATURDAY = date(2026, 5, 9)


def _demo_window(qtbot, window: MainWindow, services: Services):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window.show_view("programme")
    screen = window.programme
    screen.show_day(SATURDAY)
    settle(qtbot, window)
    return screen


def _two_items_of_the_mayor(services: Services):  # type: ignore[no-untyped-def]
    """Two items on Saturday with the same host that do not overlap yet."""
    day = services.programme.list(
        start=datetime(2026, 5, 9, tzinfo=BERLIN), end=datetime(2026, 5, 10, tzinfo=BERLIN)
    )
    for first in day:
        for second in day:
            shared = set(first.host_ids) & set(second.host_ids)
            if first.id != second.id and shared and first.end <= second.start:
                return first, second
    raise AssertionError("the demo Saturday has no host with two items")


def test_drag_onto_a_conflicting_slot_then_ctrl_z_in_the_main_window(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    screen = _demo_window(qtbot, window, services)
    view = screen.timeline.view
    first, second = _two_items_of_the_mayor(services)
    before = len(view.conflict_panel.messages())
    assert not any(
        set(c.item_ids) == {first.id, second.id} for c in view.conflict_panel.conflicts()
    )

    row = ("delegation", second.delegation_ids[0])
    drag(view, second.id, row, first.start)
    settle(qtbot, window)
    stored = services.programme.get(second.id)
    assert stored.start == first.start
    assert stored.end - stored.start == second.end - second.start
    clash = [c for c in view.conflict_panel.conflicts() if set(c.item_ids) == {first.id, second.id}]
    assert clash and clash[0].kind == "person_double_booked"
    assert len(view.conflict_panel.messages()) > before
    assert window.undo_action.isEnabled()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)

    window.undo_action.trigger()  # Edit → Undo, Ctrl+Z
    settle(qtbot, window)
    assert services.programme.get(second.id).start == second.start
    assert not any(
        set(c.item_ids) == {first.id, second.id} for c in view.conflict_panel.conflicts()
    )
    assert len(view.conflict_panel.messages()) == before

    window.redo_action.trigger()
    settle(qtbot, window)
    assert services.programme.get(second.id).start == first.start


def test_alt_arrow_moves_the_chosen_item_and_ctrl_z_takes_it_back(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    screen = _demo_window(qtbot, window, services)
    view = screen.timeline.view
    _first, second = _two_items_of_the_mayor(services)
    view.select_items([second.id])
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, window)
    stored = services.programme.get(second.id)
    assert stored.start - second.start == timedelta(minutes=5)
    assert stored.end - second.end == timedelta(minutes=5)
    assert view.selected_item_ids() == [second.id]  # chosen still: the next Alt+→ goes on
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.programme.get(second.id).start == second.start


def test_a_drop_onto_another_venue_changes_the_venue(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    screen = _demo_window(qtbot, window, services)
    view = screen.timeline.view
    view.set_axis("venue")
    item = next(
        i
        for i in services.programme.list(start=datetime(2026, 5, 9, tzinfo=BERLIN))
        if i.venue_id is not None and i.start.astimezone(BERLIN).date() == SATURDAY
    )
    other = next(r.key for r in view.canvas.rows if r.key != ("venue", item.venue_id))
    drag(view, item.id, ("venue", item.venue_id), item.start, to_row=other)
    settle(qtbot, window)
    assert services.programme.get(item.id).venue_id == other[1]
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.programme.get(item.id).venue_id == item.venue_id


def test_week_view_and_the_list_tab_filters_as_you_type(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    screen = _demo_window(qtbot, window, services)
    screen.show_day(SATURDAY, "week")
    settle(qtbot, window)
    assert screen.timeline.view.mode == "week"
    assert screen.timeline.view.canvas.block_items()
    screen.tabs.setCurrentIndex(1)
    screen.set_period(QDate(2026, 5, 1), QDate(2026, 5, 31))
    screen._reload_timer.stop()
    screen.refresh()
    settle(qtbot, window)
    total = screen.model.item_count()
    may = services.programme.list(
        start=datetime(2026, 5, 1, tzinfo=BERLIN), end=datetime(2026, 6, 1, tzinfo=BERLIN)
    )
    assert total == len(may) > 0
    type_text(screen.search, "museum")
    assert 0 < screen.model.item_count() < total
    titles = [screen.model.index(r, 1).data() for r in range(screen.model.rowCount())]
    assert any("Museum" in (t or "") for t in titles)
    screen.search.clear()
    type_text(screen.search, "Fußball")  # non-ASCII, matched case-insensitively
    assert screen.model.item_count() >= 1
    screen.search.clear()
    assert screen.model.item_count() == total


def test_the_week_plan_of_the_shown_week_previews_and_saves(
    qtbot, window: MainWindow, services: Services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    screen = _demo_window(qtbot, window, services)
    view = screen.timeline.view
    view.set_axis("venue")
    assert window.print_action.isEnabled()  # Ctrl+P on this screen prints the week plan
    window.print_action.trigger()
    settle(qtbot, window)
    dialog = screen.timeline.week_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Week plan, week 19"
    assert dialog.preview.page_count() >= 1
    dialog.save_to(tmp_path / "plan")
    saved = (tmp_path / "plan.pdf").read_bytes()
    assert saved == dialog.pdf and saved.startswith(b"%PDF")
    assert "plan.pdf" in dialog.status.text()
    assert dialog.file_name == "week-plan-2026-W19-venue.pdf"
    dialog.close()


def test_the_timeline_opens_on_the_next_visit_not_on_an_empty_week(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from planner.domain.records import Delegation, Journey
    from planner.ui.i18n import OFFICE_TZ

    arrival = (datetime.now(OFFICE_TZ) + timedelta(days=45)).replace(hour=14, minute=0)
    services.delegations.save(Delegation(title={"de": "Besuch aus Leeds"},
                                         arrival=Journey(at=arrival)))
    window.show_view("programme")
    screen = window.programme
    qtbot.waitUntil(lambda: screen.timeline.started, timeout=5000)
    view = screen.timeline.view
    qtbot.waitUntil(lambda: view.period()[0] <= arrival < view.period()[1], timeout=5000)
    assert view.period_label.width() == view.period_label.minimumWidth()  # ▶ never moves
    qtbot.waitUntil(lambda: "programme item" in screen.timeline.message.text(), timeout=5000)
    assert screen.timeline.message.text() == "0 programme items in the period shown"


def test_business_hours_go_to_date_and_show_on_timeline(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.app import open_window

    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot, window)
    window.show_view("delegations")
    settle(qtbot, window)
    netanya = next(d for d in services.delegations.list() if d.partner_city == "Netanya")
    window.open_record("delegation", netanya.id)
    settle(qtbot, window)
    window.delegations.editor.show_on_timeline()
    settle(qtbot, window)
    view = window.programme.timeline.view
    assert window.current_key() == "programme" and view.mode == "day"
    assert view.day == date(2026, 5, 8)  # the arrival day
    # The day shows business hours (07–22), widened to items outside them; all of it fits.
    shown = view.shown_hours(*view.period(), [])
    assert (shown[0].hour, shown[1].hour) == (7, 22)
    canvas = view.canvas
    assert canvas.horizontalScrollBar().maximum() == 0  # no scrolling to find an item
    view.go_to.setDate(view.go_to.date().addDays(1))
    assert view.day == date(2026, 5, 9)
    start, _ = view.period()
    assert start == datetime(2026, 5, 9, tzinfo=start.tzinfo)
    services.settings.set(TIMELINE_HOURS, [8, 20])
    view.set_business_hours(8, 20)
    assert view.shown_hours(*view.period(), [])[0].hour == 8
