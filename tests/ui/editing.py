"""Helpers of the editor tests: open a delegation's tab, edit a table cell as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QWidget

from planner.ui.main_window import MainWindow
from planner.ui.views.check_list import CheckList
from tests.ui.conftest import settle, type_text


def open_delegation_tab(qtbot, window: MainWindow, tab: int, row: int = 0):  # type: ignore[no-untyped-def]
    """Select the delegation in list row `row`, show its tab `tab` (1 members, 2 programme)."""
    window.show_view("delegations")
    screen = window.delegations
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10000)
    screen.table.selectRow(row)
    qtbot.waitUntil(lambda: screen.editor.record is not None, timeout=10000)
    settle(qtbot, window)
    screen.editor.tabs.setCurrentIndex(tab)
    settle(qtbot, window)
    return screen.editor


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Give `widget` the keyboard focus in an active window, as a click would: shortcuts
    bound to it (Enter, Delete) only fire then, and offscreen windows are not always active."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=5000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def edit_cell(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor (F2), type `text` key by key and commit it with Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    # Editors closed earlier may linger until deleted later: take the one that is shown.
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no cell editor opened"
    editor = editors[0]
    editor.selectAll()
    if text:
        type_text(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the view commits an editor's data queued, after Enter was handled


def tick(check_list: CheckList, text: str) -> None:
    """Tick the row showing `text`, as a click on its box does."""
    for row in range(check_list.list.count()):
        item = check_list.list.item(row)
        if item.text() == text:
            assert not item.isHidden(), f"{text!r} is filtered away"
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise KeyError(text)
