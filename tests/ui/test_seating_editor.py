"""The seating editor: the rules' plan first, then drag or swap, lock, seat the others again,
undo, save — and the plan prints what was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.domain.seating_edit import assignments
from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.app import open_window
from planner.ui.dialogs.seating_editor import SeatingEditor
from tests.ui.conftest import settle

DINNER = 16  # the demo's welcome dinner of the Netanya delegation


def editor_for(qtbot, services: Services):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    editor = SeatingEditor(window.ctx, DINNER, "de", window)
    qtbot.addWidget(editor)
    settle(qtbot, window)
    return window, editor


def row_of(editor: SeatingEditor, name: str) -> int:
    return next(r for r in range(editor.chairs.rowCount())
                if editor.chairs.item(r, 2).text() == name)


def test_swap_lock_reseat_undo_and_save(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, editor = editor_for(qtbot, services)
    assert editor.chairs.item(0, 2).text() == "Jens Hoffmann"  # chair 1: the host
    assert editor.chairs.rowCount() >= 6
    host, guest = row_of(editor, "Jens Hoffmann"), row_of(editor, "Noa Levi")
    editor.chairs.swap_requested.emit(host, guest)  # as a drop of one row onto the other
    assert editor.chairs.item(host, 2).text() == "Noa Levi"
    assert editor.unsaved
    editor.stack.undo()
    assert editor.chairs.item(host, 2).text() == "Jens Hoffmann"
    editor.stack.redo()
    # Lock Noa Levi in chair 1, then let the rules seat everyone else again.
    editor.chairs.item(host, 4).setCheckState(Qt.CheckState.Checked)
    assert editor.current is not None
    noa = editor.current.plan.tables[0].places[0].sitter
    assert noa is not None and editor.current.locked == frozenset({noa.key})
    editor.reseat()
    assert editor.chairs.item(host, 2).text() == "Noa Levi"
    editor.save()
    settle(qtbot, window)
    assert not editor.unsaved
    stored = services.seating.arrangement(DINNER)
    assert stored.version == 1 and stored.plan.tables[0].places[0].sitter.name == "Noa Levi"
    assert assignments(stored.plan) == assignments(editor.current.plan)
    # What prints is what was saved: the plan's data carries the stored chairs.
    from planner.documents.seating import plan_of
    from planner.services.documents import document_source

    data = document_source(services.ctx).seating(DINNER, "de")
    assert assignments(plan_of(data)) == assignments(stored.plan)
    assert data.locked == (noa.key,)


def test_new_tables_by_the_rules_and_a_bad_table_is_refused(qtbot, services: Services  # type: ignore[no-untyped-def]
                                                            ) -> None:
    window, editor = editor_for(qtbot, services)
    editor.tables.setText("Ehrentisch:4, Tisch 2:4")
    editor.shape.setCurrentIndex(editor.shape.findData("long"))
    editor.apply_tables()
    settle(qtbot, window)
    names = {editor.chairs.item(r, 0).text() for r in range(editor.chairs.rowCount())}
    assert names == {"Ehrentisch", "Tisch 2"}
    assert editor.current.data.tables[0].shape == "long"
    editor.tables.setText("Ehrentisch:ten")
    editor.apply_tables()
    assert "NAME:SEATS" in editor.errors.error_text("tables")


def test_closing_with_unsaved_changes_asks(qtbot, services: Services, monkeypatch  # type: ignore[no-untyped-def]
                                           ) -> None:
    _window, editor = editor_for(qtbot, services)
    editor.swap_rows(0, 1)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.close_editor()
    assert editor.isVisible() or editor.result() == 0
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.close_editor()
    assert services.seating.arrangement(DINNER).version == 0  # nothing stored
