"""Every control a keyboard can reach has a name a screen reader can say, on every screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.main_window import VIEW_KEYS, MainWindow
from tests.ui.conftest import settle

CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
            QAbstractButton)


def _internal(widget: QWidget) -> bool:
    """Parts of a composite control that Qt names itself (a combo box's line edit and popup)."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parent()
    return False


def nameless_controls(root: QWidget) -> list[str]:
    """Focusable controls with neither an accessible name, nor button text, nor a label buddy."""
    buddies = {id(label.buddy()) for label in root.window().findChildren(QLabel) if label.buddy()}
    found = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            # Hidden on purpose (not merely on a tab not shown now): no keyboard reaches it.
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.isHidden():
                continue
            if _internal(widget):
                continue
            if widget.accessibleName() or id(widget) in buddies:
                continue
            if isinstance(widget, QAbstractButton) and widget.text().strip(" …◀▶‹›+−-"):
                continue
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__} "
                         f"({widget.objectName() or widget.toolTip() or 'no name'})")
    return found


@pytest.fixture
def demo_window(qtbot, window: MainWindow, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    settle(qtbot, window)
    return window


@pytest.mark.parametrize("key", VIEW_KEYS)
def test_every_control_of_every_screen_has_a_name(qtbot, demo_window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_view(key)
    settle(qtbot, demo_window)
    screen = demo_window.screen(key)
    if key == "delegations":  # the editor with members and programme is part of this screen
        screen.table.selectRow(0)
        settle(qtbot, demo_window)
    assert nameless_controls(screen) == []


def test_the_check_finds_a_nameless_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Search")
    assert nameless_controls(root) == ["QLineEdit in QWidget (no name)"]


def test_the_item_and_member_dialogs_name_every_control(
    qtbot, demo_window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.dialogs.item_dialog import ItemDialog
    from planner.ui.dialogs.member_dialog import MemberDialog

    delegation = next(d for d in services.delegations.list() if d.member_count)  # not a trip
    member = services.members.list(delegation.id)[0]
    item = services.programme.list()[0]
    dialogs = [
        ItemDialog(demo_window.ctx, services.programme.get(item.id), services.venues.list(),
                   demo_window),
        MemberDialog(demo_window.ctx, member, demo_window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, demo_window)
        assert nameless_controls(dialog) == [], type(dialog).__name__
