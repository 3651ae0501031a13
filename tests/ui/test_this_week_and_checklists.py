"""The window opens on "This week"; a task's line opens its visit's checklist, its box ticks it
done (undoable); the Checklist tab applies, ticks and deletes; templates are refused by line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import docx
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from planner.services import Services
from planner.services.demo import load_demo
from planner.services.tasks import TaskLine
from planner.ui.app import open_window
from planner.ui.main_window import VIEW_KEYS, MainWindow
from planner.ui.views.home import TARGET_ROLE, HomeScreen
from tests.ui.conftest import settle


@pytest.fixture
def demo_window(qtbot, services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot, window)
    yield window
    window.ctx.ops.wait()


def _overdue(services: Services) -> TaskLine:
    return next(line for line in services.tasks.due() if line.task.overdue(date.today()))


def test_the_window_opens_on_this_week_with_the_overdue_task_first(
        qtbot, demo_window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    assert demo_window.current_key() == "home"
    home = demo_window.screen("home")
    assert isinstance(home, HomeScreen)
    first = home.tasks.list.item(0)
    overdue = _overdue(services)
    assert overdue.task.title in first.text() and overdue.mine
    assert first.foreground().color().name() == "#b91c1c"
    assert "overdue" in home.subtitle.text()
    assert home.gifts.list.count() >= 1 and home.gifts.list.item(0).data(TARGET_ROLE)[0] == "gift"
    # Enter on the line opens the visit on its Checklist tab.
    home.tasks.list.setCurrentRow(0)
    home.tasks.list.itemActivated.emit(first)
    settle(qtbot, demo_window)
    editor = demo_window.delegations.editor
    assert demo_window.current_key() == "delegations"
    assert editor.delegation_id == overdue.task.delegation_id
    assert editor.tabs.currentWidget().widget() is editor.checklist  # type: ignore[attr-defined]


def test_ticking_a_task_on_the_home_screen_is_recorded_and_undone_by_ctrl_z(
        qtbot, demo_window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    home = demo_window.screen("home")
    overdue = _overdue(services)
    home.tasks.list.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
    settle(qtbot, demo_window)
    ticked = services.tasks.get(overdue.task.id)
    assert ticked.done and ticked.done_by == "test-officer"
    assert all(line.task.id != overdue.task.id for line in services.tasks.due())
    demo_window.undo_action.trigger()
    settle(qtbot, demo_window)
    assert not services.tasks.get(overdue.task.id).done


def test_the_checklist_tab_applies_ticks_and_deletes_with_undo(
        qtbot, demo_window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    kumasi = next(d for d in services.delegations.list() if d.partner_city == "Kumasi")
    before = services.tasks.for_delegation(kumasi.id)
    services.tasks.delete_many([t.id for t in before])  # a visit without its checklist yet
    demo_window.open_record("task", before[0].id, kumasi.id)
    settle(qtbot, demo_window)
    panel = demo_window.delegations.editor.checklist
    assert panel.model.rowCount() == 0 and panel.apply_button.isEnabled()
    panel.apply_button.click()
    settle(qtbot, demo_window)
    applied = services.tasks.for_delegation(kumasi.id)
    assert len(applied) == len(before) and panel.model.rowCount() == len(applied)
    assert not panel.apply_button.isEnabled()  # not twice
    index = panel.model.index(0, 0)
    assert panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, demo_window)
    assert services.tasks.get(panel.model.record(0).task.id).done
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    demo_window.undo_action.trigger()  # the tick
    settle(qtbot, demo_window)
    demo_window.undo_action.trigger()  # the checklist
    settle(qtbot, demo_window)
    assert services.tasks.for_delegation(kumasi.id) == []
    demo_window.redo_action.trigger()
    settle(qtbot, demo_window)
    assert {t.id for t in services.tasks.for_delegation(kumasi.id)} == {t.id for t in applied}


def test_a_letter_template_with_an_unknown_placeholder_is_refused_in_the_dialog(
        qtbot, demo_window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.dialogs.templates import TemplatesDialog

    stored = services.letters.templates()
    dialog = TemplatesDialog(demo_window.ctx, demo_window)
    qtbot.addWidget(dialog)
    settle(qtbot, demo_window)
    dialog.tabs.setCurrentIndex(1)
    assert "{head.greeting}" in dialog.body.toPlainText()
    dialog.body.setPlainText(dialog.body.toPlainText() + "\n{nonsense}")
    dialog.save()
    settle(qtbot, demo_window)
    assert not dialog.error.isHidden()
    assert "unknown placeholder {nonsense}" in dialog.error.text()
    assert services.letters.templates() == stored
    dialog.body.setPlainText(dialog.body.toPlainText().replace("\n{nonsense}", "\nP.S."))
    dialog.save()
    settle(qtbot, demo_window)
    changed = services.letters.templates()
    assert changed != stored and any(t.body.endswith("P.S.") for t in changed)
    demo_window.undo_action.trigger()
    settle(qtbot, demo_window)
    assert services.letters.templates() == stored


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow():
            self.shown.append(watched)
        return False


def test_building_a_screen_never_opens_a_stray_window(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for key in VIEW_KEYS:
            demo_window.show_view(key)
            settle(qtbot, demo_window)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert [w for w in spy.shown if w is not demo_window and not w.inherits("QMenu")] == []
    assert demo_window.isActiveWindow()


def test_a_checklist_edited_in_the_dialog_keeps_its_deadlines_and_conditions(
        qtbot, demo_window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.dialogs.templates import TemplatesDialog

    [stored] = services.tasks.templates()
    dialog = TemplatesDialog(demo_window.ctx, demo_window)
    qtbot.addWidget(dialog)
    settle(qtbot, demo_window)
    dialog.save()  # nothing changed: nothing written, nothing to undo
    settle(qtbot, demo_window)
    assert demo_window.ctx.undo.count() == 0
    dialog = TemplatesDialog(demo_window.ctx, demo_window)
    qtbot.addWidget(dialog)
    settle(qtbot, demo_window)
    dialog.task_table.cellWidget(0, 1).setValue(-90)  # type: ignore[attr-defined]
    dialog.save()
    settle(qtbot, demo_window)
    [changed] = services.tasks.templates()
    assert changed.tasks[0].offset_days == -90
    assert changed.tasks[1:] == stored.tasks[1:]  # anchors, people and conditions kept


def test_the_checklist_tab_writes_a_letter(qtbot, demo_window: MainWindow, services: Services,
                                           tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "visa.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Word (*.docx)"))
    kumasi = next(d for d in services.delegations.list() if d.partner_city == "Kumasi")
    demo_window.open_record("delegation", kumasi.id)
    settle(qtbot, demo_window)
    panel = demo_window.delegations.editor.checklist
    panel.letter_kind.setCurrentIndex(1)  # the visa letter
    assert panel.letter_member.isEnabled()
    panel.letter_member.setCurrentIndex(panel.letter_member.findData("Kwame Asante"))
    panel.write_letter(".docx")
    settle(qtbot, demo_window)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "G1903366" in text and "Kwame Asante" in text
    assert target.stat().st_mode & 0o777 == 0o600  # passport data: the owner's only


def test_a_task_added_by_hand_gets_its_deadline_from_the_visit(
        qtbot, demo_window: MainWindow, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.views.checklist_panel import AddTaskDialog

    def filled(dialog: AddTaskDialog) -> int:
        dialog.title.setText("Stadtführung mit dem Heimatverein abstimmen")
        dialog.days.setValue(-5)
        return 1

    monkeypatch.setattr(AddTaskDialog, "exec", filled)
    kumasi = next(d for d in services.delegations.list() if d.partner_city == "Kumasi")
    demo_window.open_record("delegation", kumasi.id)
    settle(qtbot, demo_window)
    demo_window.delegations.editor.checklist.add_task()
    settle(qtbot, demo_window)
    added = next(t for t in services.tasks.for_delegation(kumasi.id)
                 if t.title.startswith("Stadtführung"))
    assert added.due == date(2026, 9, 9) and added.template == ""
    demo_window.undo_action.trigger()
    settle(qtbot, demo_window)
    assert all(not t.title.startswith("Stadtführung")
               for t in services.tasks.for_delegation(kumasi.id))
