"""A protocol officer's day, driven through the real widgets: create, members, programme, undo."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.services import Services
from planner.ui.main_window import MainWindow
from tests.ui.conftest import settle, type_text

HEBREW = "מרים פיירברג-איכר"
CHINESE = "王小明"
SERBIAN = "Ђорђе Јовановић"


@pytest.fixture(autouse=True)
def always_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def create_delegation(qtbot, window: MainWindow, title: str) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    editor = window.delegations.editor
    type_text(editor.form.title.edits["de"], title)
    type_text(editor.form.occasion.edits["de"], "Städtepartnerschaft – 45 Jahre")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_validation_error_is_shown_on_the_field_and_nothing_is_written(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    editor = window.delegations.editor
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert editor.form.errors.error_text("title.en") == (
        "needs a text in at least one language (de, en or fr)"
    )
    assert editor.form.title.edits["en"].property("invalid") == "true"
    assert services.delegations.list() == []


def test_create_delegation_with_members_programme_undo_and_reopen(
    qtbot, window: MainWindow, services: Services, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    create_delegation(qtbot, window, "Delegation aus Netanya")
    [summary] = services.delegations.list()
    assert summary.title == "Delegation aus Netanya"
    assert window.delegations.model.rowCount() == 1
    editor = window.delegations.editor
    assert editor.delegation_id == summary.id

    # Members in three scripts, typed key by key.
    members = editor.members
    for name in (HEBREW, CHINESE, SERBIAN):
        type_text(members.new_name, name)
        qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    assert [m.name for m in members.model.records()] == [HEBREW, CHINESE, SERBIAN]
    assert members.model.records()[0].is_head  # the first member heads the delegation
    assert members.model.data(members.model.index(0, 1)) == "★"

    # Inline edit of a cell, then drag-style reorder: Serbian to the top.
    members.model.setData(members.model.index(1, 4), "Vizebürgermeister")
    settle(qtbot, window)
    members.model.move_rows([2], 0)
    settle(qtbot, window)
    stored = services.members.list(summary.id)
    assert [m.name for m in stored] == [SERBIAN, HEBREW, CHINESE]
    assert [m.rank for m in stored] == [1, 2, 3]
    assert stored[2].title == "Vizebürgermeister"

    # Programme: one item, then an invalid one that is refused at its field.
    programme = editor.programme
    programme.add_item()
    dialog = programme.dialog
    assert dialog is not None
    type_text(dialog.title.edits["en"], "Reception at the town hall")
    dialog.save()
    settle(qtbot, window)
    assert programme.model.item_count() == 1
    first = programme.model.item(
        programme.model.row_of_item(services.programme.list(summary.id)[0].id)
    )
    assert first is not None

    programme.add_item()
    dialog = programme.dialog
    type_text(dialog.title.edits["de"], "Stadtrundfahrt")
    dialog.end.set_value(dialog.start.value() - timedelta(hours=2))
    dialog.save()
    settle(qtbot, window)
    assert dialog.isVisible()
    assert dialog.errors.error_text("end") == "ends before it starts"
    assert len(services.programme.list(summary.id)) == 1
    dialog.end.set_value(dialog.start.value() + timedelta(hours=2))
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()
    assert programme.model.item_count() == 2

    # Move +15 minutes, undo it, redo it.
    programme.table.selectRow(programme.model.row_of_item(first.id))
    programme.move_selected(15)
    settle(qtbot, window)
    assert services.programme.get(first.id).start == first.start + timedelta(minutes=15)
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.programme.get(first.id).start == first.start
    window.redo_action.trigger()
    settle(qtbot, window)
    assert services.programme.get(first.id).start == first.start + timedelta(minutes=15)

    # Delete the whole delegation, then undo brings back members and programme.
    editor.delete()
    settle(qtbot, window)
    assert services.delegations.list() == []
    assert window.delegations.list_stack.currentWidget() is window.delegations.empty
    window.undo_action.trigger()
    settle(qtbot, window)
    assert [d.id for d in services.delegations.list()] == [summary.id]
    assert len(services.members.list(summary.id)) == 3
    assert len(services.programme.list(summary.id)) == 2

    # Close and reopen on the same file: everything is there.
    window.close()
    reopened = Services.open(str(db_path))
    try:
        [again] = reopened.delegations.list()
        assert again.title == "Delegation aus Netanya"
        names = [m.name for m in reopened.members.list(again.id)]
        assert names == [SERBIAN, HEBREW, CHINESE]
        titles = sorted(i.display_title("en") for i in reopened.programme.list(again.id))
        assert titles == ["Reception at the town hall", "Stadtrundfahrt"]
    finally:
        reopened.close()


def test_undo_and_redo_of_an_edit_with_the_keyboard(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    create_delegation(qtbot, window, "Delegation aus Xi'an")
    editor = window.delegations.editor
    editor.form.occasion.edits["de"].setText("Wirtschaftsforum")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    [summary] = services.delegations.list()
    assert summary.occasion == "Wirtschaftsforum"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert services.delegations.list()[0].occasion == "Städtepartnerschaft – 45 Jahre"
    assert editor.form.occasion.edits["de"].text() == "Städtepartnerschaft – 45 Jahre"
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)
    assert services.delegations.list()[0].occasion == "Wirtschaftsforum"


def test_unsaved_edits_are_never_dropped_by_a_click_in_the_list(
    qtbot, window: MainWindow, services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.views.delegations import UnsavedChoice
    from tests.ui.conftest import make_delegation

    first = make_delegation(services, "Delegation aus Netanya", "Netanya", day=9)
    second = make_delegation(services, "Delegation aus Xi'an", "Xi'an", day=20)
    settle(qtbot, window)
    screen = window.delegations
    window.show_view("delegations")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=10000)
    row_of = {d.id: screen.model.row_of(lambda r, i=d.id: r.id == i) for d in (first, second)}
    screen.table.selectRow(row_of[first.id])
    qtbot.waitUntil(lambda: screen.editor.delegation_id == first.id, timeout=5000)
    screen.editor.form.occasion.edits["de"].setText("Jubiläum 45 Jahre")
    assert screen.editor.dirty
    answers = iter([UnsavedChoice.STAY, UnsavedChoice.SAVE, UnsavedChoice.DISCARD])
    monkeypatch.setattr(screen, "ask_unsaved", lambda _title: next(answers))

    screen.table.selectRow(row_of[second.id])  # Cancel: nothing changes
    settle(qtbot, window)
    assert screen.editor.delegation_id == first.id and screen.editor.dirty
    assert screen.editor.form.occasion.edits["de"].text() == "Jubiläum 45 Jahre"

    screen.table.selectRow(row_of[second.id])  # Save: saved, and the editor stays
    settle(qtbot, window)
    assert services.delegations.get(first.id).occasion == "Jubiläum 45 Jahre"
    assert screen.editor.delegation_id == first.id

    screen.editor.form.occasion.edits["de"].setText("verworfen")
    screen.table.selectRow(screen.model.row_of(lambda r: r.id == second.id))  # Discard
    qtbot.waitUntil(lambda: screen.editor.delegation_id == second.id, timeout=5000)
    assert services.delegations.get(first.id).occasion == "Jubiläum 45 Jahre"
