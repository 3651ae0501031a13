"""The timeline as an officer uses it: drag a block, see the conflict, undo, pick a conflict."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt; tests/conftest.py does too

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from planner.domain.scheduling import (
    BERLIN,
    Person,
    Schedule,
    ScheduledItem,
    Venue,
)
from planner.ui.timeline import TimelineController, TimelineView
from planner.ui.timeline.demo import DELEGATIONS, demo_schedule

MAYOR = 1
FESTSAAL, ZIMMER = 1, 2


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=BERLIN)


def saturday() -> Schedule:
    reception = ScheduledItem(
        1,
        "ceremony",
        "Empfang im Rathaus",
        at(9, 10),
        at(9, 11),
        delegation_ids=(1,),
        venue_id=FESTSAAL,
        host_ids=(MAYOR,),
    )
    press = ScheduledItem(
        2,
        "press",
        "Pressegespräch",
        at(9, 14),
        at(9, 15),
        delegation_ids=(2,),
        venue_id=FESTSAAL,
        host_ids=(MAYOR,),
    )
    return Schedule(
        [reception, press],
        people=[Person.host(MAYOR, "Oberbürgermeister Thomas Westphal", ("de",))],
        venues=[
            Venue(FESTSAAL, "Rathaus, Festsaal", 120),
            Venue(ZIMMER, "Rathaus, Zimmer 112", 10),
        ],
    )


@pytest.fixture
def timeline(qtbot) -> tuple[TimelineView, TimelineController]:  # type: ignore[no-untyped-def]
    view = TimelineView("de")
    qtbot.addWidget(view)
    controller = TimelineController(view, saturday(), delegation_names={1: "Amiens", 2: "Netanya"})
    view.set_date(at(9, 12).date())
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, controller


def drag(
    view: TimelineView,
    item_id: int,
    row: tuple[str, int],
    to: datetime,
    to_row: tuple[str, int] | None = None,
    release: bool = True,
) -> None:
    """Press on the block, move in steps as a hand would, release on the target slot."""
    canvas = view.canvas
    block = canvas.block_items(item_id)[0].block
    press = canvas.block_point(item_id, row)
    # Keep the grip: the point under the mouse moves by the time difference.
    grip = press - canvas.viewport_point(block.start, row)
    target = canvas.viewport_point(to, to_row or row) + QPoint(grip.x(), 0)
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    for step in range(1, 5):
        QTest.mouseMove(viewport, press + (target - press) * step / 4)
    if release:
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target
        )


def test_drag_onto_a_conflicting_slot_then_undo(timeline) -> None:  # type: ignore[no-untyped-def]
    view, controller = timeline
    assert view.conflict_panel.messages() == []
    drag(view, 2, ("delegation", 2), at(9, 10, 30))
    assert controller.schedule.get(2).start == at(9, 10, 30)  # type: ignore[union-attr]
    assert view.conflict_panel.messages() == [
        "Oberbürgermeister Thomas Westphal ist gleichzeitig in „Empfang im Rathaus“ und "
        "„Pressegespräch“ eingeplant (Sa 9. Mai, 10:00–11:00 / 10:30–11:30)."
    ]
    assert {i.severity for i in view.canvas.block_items()} == {"error"}
    assert "gleichzeitig" in view.canvas.block_items(2)[0].toolTip()

    controller.undo_stack.undo()
    assert view.conflict_panel.messages() == []
    assert controller.schedule.get(2).start == at(9, 14)  # type: ignore[union-attr]
    assert {i.severity for i in view.canvas.block_items()} == {None}
    controller.undo_stack.redo()
    assert len(view.conflict_panel.messages()) == 1


def test_drops_snap_to_five_minutes_and_emit_the_row(qtbot, timeline) -> None:  # type: ignore[no-untyped-def]
    view, controller = timeline
    view.set_axis("venue")
    with qtbot.waitSignal(view.moveRequested) as signal:
        drag(view, 2, ("venue", FESTSAAL), at(9, 16, 7), to_row=("venue", ZIMMER))
    item_id, start, row = signal.args
    assert (item_id, start.astimezone(BERLIN), row) == (2, at(9, 16, 5), ("venue", ZIMMER))
    assert view.drag_source_row == ("venue", FESTSAAL)
    assert controller.schedule.get(2).venue_id == ZIMMER  # type: ignore[union-attr]


def test_the_dragged_block_shows_the_verdict_before_it_is_dropped(timeline) -> None:  # type: ignore[no-untyped-def]
    view, controller = timeline
    drag(view, 2, ("delegation", 2), at(9, 10, 30), release=False)
    assert view.canvas.block_items(2)[0].verdict == "error"
    assert controller.schedule.get(2).start == at(9, 14)  # type: ignore[union-attr]


def test_a_refused_move_is_reported_and_nothing_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    def refuse(current: ScheduledItem, wanted: ScheduledItem) -> ScheduledItem:
        raise ValueError("Der Festsaal ist gesperrt.")

    view = TimelineView("en")
    qtbot.addWidget(view)
    controller = TimelineController(view, saturday(), apply_move=refuse)
    view.set_date(at(9, 12).date())
    view.resize(1300, 600)
    view.show()
    with qtbot.waitSignal(controller.moveFailed) as failed:
        drag(view, 2, ("delegation", 2), at(9, 10, 30))
    assert failed.args == [2, "Der Festsaal ist gesperrt."]
    assert controller.schedule.get(2).start == at(9, 14)  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 0
    assert view.canvas.block_items(2)[0].pos().isNull()  # drawn back in its old place


def test_choosing_a_conflict_goes_to_its_day_and_selects_its_items(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView("de")
    qtbot.addWidget(view)
    TimelineController(view, demo_schedule(), delegation_names=DELEGATIONS)
    view.set_date(at(20, 12).date())  # a day without programme
    view.show()
    assert view.canvas.block_items() == []
    first = view.conflict_panel.conflicts()[0]
    view.conflict_panel.choose(0)
    assert view.day == at(9, 12).date()
    assert view.selected_item_ids() == sorted(first.item_ids)
    chosen = {i.item_id for i in view.canvas.block_items() if i.isSelected()}
    assert chosen == set(first.item_ids)


def test_week_view_and_person_axis(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView("en")
    qtbot.addWidget(view)
    TimelineController(view, demo_schedule(), delegation_names=DELEGATIONS)
    view.set_date(at(9, 12).date())
    qtbot.mouseClick(view.mode_buttons.buttons()[1], Qt.MouseButton.LeftButton)
    assert view.mode == "week"
    start, end = view.period()
    assert (start, end) == (at(4, 0), at(11, 0))  # Monday to Monday
    assert view.period_label.text() == "Week 19 · Mon 4 May – Sun 10 May 2026"
    view.axis_box.setCurrentIndex(1)  # Person
    labels = [row.label for row in view.canvas.rows]
    assert labels[0] == "Oberbürgermeister Thomas Westphal"
    assert "מרים לוי" in labels and "Ђорђе Петровић" in labels
    festabend = [i for i in view.canvas.block_items(9)]
    assert len(festabend) == 6 + 2 + 3  # every member, host and interpreter has the block
    view.resize(1400, 700)
    view.show()
    assert view.grab().save(str(tmp_path / "week.png"))


def test_empty_schedule_and_very_long_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView("de")
    qtbot.addWidget(view)
    view.set_schedule([], [], [])
    assert view.conflict_panel.summary.text() == "Keine Konflikte – der Plan geht auf."
    long_title = "Empfang " * 40
    schedule = Schedule(
        [ScheduledItem(1, "meeting", long_title, at(9, 10), at(9, 10, 5), delegation_ids=(1,))]
    )
    TimelineController(view, schedule, delegation_names={1: "Delegation " * 30})
    view.set_date(at(9, 12).date())
    view.show()
    assert not view.grab().isNull()
    assert [i.item_id for i in view.canvas.block_items()] == [1]


def test_the_keyboard_chooses_and_moves_blocks_with_undo(qtbot, timeline) -> None:  # type: ignore[no-untyped-def]
    """Everything the mouse does on the timeline, the keyboard does too."""
    view, controller = timeline
    canvas = view.canvas
    canvas.setFocus()
    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(canvas, Qt.Key.Key_Right)  # nothing chosen yet: the first block
    assert view.selected_item_ids() == [1]
    QTest.keyClick(canvas, Qt.Key.Key_Right)  # next in time: the press talk at 14:00
    assert view.selected_item_ids() == [2]
    QTest.keyClick(canvas, Qt.Key.Key_Right)  # the last block stays chosen
    assert view.selected_item_ids() == [2]
    QTest.keyClick(canvas, Qt.Key.Key_Left, alt)  # five minutes earlier
    assert controller.schedule.get(2).start == at(9, 13, 55)  # type: ignore[union-attr]
    for _ in range(3):  # three hours earlier: onto the mayor's reception
        QTest.keyClick(canvas, Qt.Key.Key_Left, alt | shift)
    assert controller.schedule.get(2).start == at(9, 10, 55)  # type: ignore[union-attr]
    assert len(view.conflict_panel.messages()) == 1  # the mayor is double-booked
    assert view.selected_item_ids() == [2]  # still chosen after the redraw
    assert controller.undo_stack.count() == 4
    for _ in range(4):
        controller.undo_stack.undo()
    assert controller.schedule.get(2).start == at(9, 14)  # type: ignore[union-attr]
    assert view.conflict_panel.messages() == []


def test_the_keyboard_moves_a_block_to_another_row(qtbot, timeline) -> None:  # type: ignore[no-untyped-def]
    view, controller = timeline
    view.set_axis("venue")
    canvas = view.canvas
    canvas.setFocus()
    view.select_items([2])
    QTest.keyClick(canvas, Qt.Key.Key_Up)  # the Festsaal is the top row: nothing above
    assert view.selected_item_ids() == [2]
    rows = [row.key for row in canvas.rows]
    assert rows[:2] == [("venue", FESTSAAL), ("venue", ZIMMER)]
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = controller.schedule.get(2)
    assert moved is not None and moved.venue_id == ZIMMER and moved.start == at(9, 14)
    controller.undo_stack.undo()
    assert controller.schedule.get(2).venue_id == FESTSAAL  # type: ignore[union-attr]
