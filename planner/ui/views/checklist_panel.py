"""The Checklist tab of a delegation: its tasks with deadlines, ticked done with who and when,
the office's checklists to apply, and the letters to write for the visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.checklists import OFFSET_DAYS_MAX, Anchor, ChecklistTemplate, Task
from planner.domain.letters import LetterKind
from planner.domain.records import HostPerson, Member
from planner.services import Changes
from planner.services.private_files import write_private
from planner.ui.i18n import short_date, short_datetime
from planner.ui.models.table import ColumnSpec, RecordTableModel
from planner.ui.ops import AppContext
from planner.ui.undo import ApplyChecklist, DeleteRecord, SaveRecord, SetTaskDone, perform
from planner.ui.views.widgets import focus_shortcut, make_table, size_columns

OVERDUE = QColor("#b91c1c")
DONE = QColor("#5f6670")


@dataclass(frozen=True)
class TaskView:
    task: Task
    responsible: str
    today: date


def _t(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


# The words for a deadline relative to the visit: (arrival?, before?, one day?) → text.
_WHEN = {
    (True, True, True): QT_TRANSLATE_NOOP("Checklist", "1 day before arrival"),
    (True, True, False): QT_TRANSLATE_NOOP("Checklist", "{n} days before arrival"),
    (True, False, True): QT_TRANSLATE_NOOP("Checklist", "1 day after arrival"),
    (True, False, False): QT_TRANSLATE_NOOP("Checklist", "{n} days after arrival"),
    (False, True, True): QT_TRANSLATE_NOOP("Checklist", "1 day before departure"),
    (False, True, False): QT_TRANSLATE_NOOP("Checklist", "{n} days before departure"),
    (False, False, True): QT_TRANSLATE_NOOP("Checklist", "1 day after departure"),
    (False, False, False): QT_TRANSLATE_NOOP("Checklist", "{n} days after departure"),
}
_FIXED = QT_TRANSLATE_NOOP("Checklist", "fixed date")
_ON_ARRIVAL = QT_TRANSLATE_NOOP("Checklist", "on arrival")
_ON_DEPARTURE = QT_TRANSLATE_NOOP("Checklist", "on departure")


def when_words(anchor: Anchor | None, days: int) -> str:
    """'30 days before arrival', '7 days after departure' in the user's language."""
    if anchor is None:
        return _t(_FIXED)
    arrival = anchor is Anchor.ARRIVAL
    if days == 0:
        return _t(_ON_ARRIVAL if arrival else _ON_DEPARTURE)
    return _t(_WHEN[(arrival, days < 0, abs(days) == 1)]).format(n=abs(days))


def _done_text(view: TaskView) -> str:
    task = view.task
    if not task.done:
        return ""
    return QCoreApplication.translate("Checklist", "{who}, {when}").format(
        who=task.done_by, when=short_datetime(task.done_at))


TASK_COLUMNS: list[ColumnSpec[TaskView]] = [
    ColumnSpec("done", QT_TRANSLATE_NOOP("Columns", "Done"), lambda v: "", width=76),
    ColumnSpec("due", QT_TRANSLATE_NOOP("Columns", "Due"),
               lambda v: short_date(v.task.due) if v.task.due else "—",
               sort_value=lambda v: v.task.due, width=108),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Task"), lambda v: v.task.title,
               width=300),
    ColumnSpec("when", QT_TRANSLATE_NOOP("Columns", "When"),
               lambda v: when_words(v.task.anchor, v.task.offset_days), width=190),
    ColumnSpec("responsible", QT_TRANSLATE_NOOP("Columns", "Responsible"),
               lambda v: v.responsible, width=140),
    ColumnSpec("done_by", QT_TRANSLATE_NOOP("Columns", "Done by"), _done_text, width=170),
]


class TaskModel(RecordTableModel[TaskView]):
    """Tasks with a tick box in the first column; ticking asks the panel to save it."""

    def __init__(self, panel: ChecklistPanel) -> None:
        super().__init__(TASK_COLUMNS, parent=panel)
        self.panel = panel

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def extra_data(self, record: TaskView, column: ColumnSpec[TaskView], role: int) -> Any:
        task = record.task
        if role == Qt.ItemDataRole.CheckStateRole and column.key == "done":
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.overdue(record.today):
                return QBrush(OVERDUE)
            if task.done:
                return QBrush(DONE)
        if role == Qt.ItemDataRole.FontRole and task.overdue(record.today) \
                and column.key in ("due", "title"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column.key == "done":
            return QCoreApplication.translate("Checklist", "done") if task.done else \
                QCoreApplication.translate("Checklist", "open")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        view = self.record(index.row())
        if view is None or view.task.id is None:
            return False
        self.panel.set_done(view.task, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class ChecklistPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation_id: int | None = None
        self.members: list[Member] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        self.templates = QComboBox(accessibleName=self.tr("Checklist to apply"))
        self.templates.setMinimumWidth(160)
        self.apply_button = QPushButton(self.tr("Apply checklist"), objectName="primary")
        self.apply_button.setToolTip(self.tr("Add the checklist's tasks to this visit, each "
                                             "with its deadline"))
        self.apply_button.clicked.connect(self.apply_checklist)
        self.add_button = QPushButton(self.tr("Add task…"))
        self.add_button.setToolTip(self.tr("A task of this visit only, with its deadline"))
        self.add_button.clicked.connect(self.add_task)
        self.delete_button = QPushButton(self.tr("Delete task"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(QLabel(self.tr("Checklist")))
        bar.addWidget(self.templates, 1)
        bar.addWidget(self.apply_button)
        layout.addLayout(bar)
        self.model = TaskModel(self)
        self.table = make_table(self.tr("Tasks"))
        self.table.setModel(self.model)
        size_columns(self.table, [c.width for c in self.model.columns])
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(self.tr("No tasks yet. Choose a checklist and “Apply "
                                         "checklist”: its tasks come with their deadlines."),
                                 objectName="screenSubtitle")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        # Below the table: the editor beside the list is narrow on a 1280-pixel screen.
        edit_bar = QHBoxLayout()
        edit_bar.addWidget(self.add_button)
        edit_bar.addWidget(self.delete_button)
        edit_bar.addStretch(1)
        layout.addLayout(edit_bar)
        focus_shortcut(self.table, "Space", self.toggle_selected)
        focus_shortcut(self.table, "Delete", self.delete_selected)
        layout.addWidget(self._letters_box())
        ctx.bus.changed.connect(self._on_changes)

    def _letters_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Letter on the letterhead"))
        grid = QGridLayout(box)
        self.letter_kind = QComboBox(accessibleName=self.tr("Kind of letter"))
        for kind, text in ((LetterKind.INVITATION, self.tr("Invitation")),
                           (LetterKind.VISA, self.tr("Visa support letter")),
                           (LetterKind.THANKS, self.tr("Thank-you letter"))):
            self.letter_kind.addItem(text, kind)
        self.letter_member = QComboBox(accessibleName=self.tr("Member the visa letter is for"))
        self.letter_lang = QComboBox(accessibleName=self.tr("Language of the letter"))
        self.letter_lang.addItem(self.tr("Guests' language"), "")
        for code in ("de", "en", "fr", "he", "zh", "ru", "sr", "tr", "ro"):
            self.letter_lang.addItem(code, code)
        self.letter_kind.currentIndexChanged.connect(self._on_letter_kind)
        pdf = QPushButton(self.tr("PDF…"))
        pdf.setToolTip(self.tr("Save the letter as PDF, ready to sign"))
        pdf.clicked.connect(lambda: self.write_letter(".pdf"))
        word = QPushButton(self.tr("Word…"))
        word.setToolTip(self.tr("Save the letter as a Word document, to edit before signing"))
        word.clicked.connect(lambda: self.write_letter(".docx"))
        # Two rows: the editor beside the list is narrow on a 1280-pixel screen.
        grid.addWidget(self.letter_kind, 0, 0)
        grid.addWidget(self.letter_member, 0, 1, 1, 2)
        grid.addWidget(self.letter_lang, 1, 0)
        grid.addWidget(pdf, 1, 1)
        grid.addWidget(word, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._on_letter_kind()
        return box

    # -- loading ----------------------------------------------------------------------------
    def set_delegation(self, delegation_id: int | None) -> None:
        self.delegation_id = delegation_id
        self.model.set_records([])
        self.refresh()

    def refresh(self) -> None:
        delegation_id = self.delegation_id
        if delegation_id is None:
            return
        s = self.ctx.services

        def load() -> tuple[list[Task], list[HostPerson], list[ChecklistTemplate],
                            list[Member]]:
            return (s.tasks.for_delegation(delegation_id), s.people.list(), s.tasks.templates(),
                    s.members.list(delegation_id))

        self.ctx.ops.run(load, lambda result: self._show(delegation_id, *result), owner=self)

    def _show(self, delegation_id: int, tasks: list[Task], people: list[HostPerson],
              templates: list[ChecklistTemplate], members: list[Member]) -> None:
        if delegation_id != self.delegation_id:
            return
        names = {p.id: p.name for p in people}
        today = date.today()
        selected = self._selected_id()
        self.model.set_records([TaskView(t, names.get(t.responsible_id, ""), today)
                                for t in tasks])
        if selected is not None:
            row = self.model.row_of(lambda v: v.task.id == selected)
            if row >= 0:
                self.table.selectRow(row)
        else:  # open where the work is: the first task not done yet
            row = self.model.row_of(lambda v: not v.task.done)
            if row >= 0:
                self.table.scrollTo(self.model.index(row, 0))
        self.empty_hint.setVisible(not tasks)
        applied = {t.template for t in tasks}
        current = self.templates.currentText()
        self.templates.clear()
        for template in templates:
            self.templates.addItem(template.name, template.name)
            if template.name in applied:  # applied already: not twice
                index = self.templates.count() - 1
                self.templates.model().item(index).setEnabled(False)  # type: ignore[attr-defined]
        if not templates:
            self.templates.addItem(self.tr("(none yet: File → Checklists and letters)"), None)
        if current:
            self.templates.setCurrentText(current)
        self.apply_button.setEnabled(any(t.name not in applied for t in templates))
        self.members = members
        self.letter_member.clear()
        for member in members:
            self.letter_member.addItem(member.name, member.name)

    def _on_changes(self, changes: Changes) -> None:
        if changes.tasks or changes.settings or changes.people or changes.members:
            self.refresh()

    def _on_letter_kind(self) -> None:
        self.letter_member.setEnabled(LetterKind(self.letter_kind.currentData())
                                      is LetterKind.VISA)

    def _selected_id(self) -> int | None:
        view = self.model.record(self.table.currentIndex().row())
        return view.task.id if view is not None else None

    # -- actions ----------------------------------------------------------------------------
    def set_done(self, task: Task, done: bool) -> None:
        assert task.id is not None
        text = self.tr("Tick “{task}”") if done else self.tr("Untick “{task}”")
        perform(self.ctx, SetTaskDone(text.format(task=task.title), self.ctx.services,
                                      task.id, done))

    def toggle_selected(self) -> None:
        view = self.model.record(self.table.currentIndex().row())
        if view is not None:
            self.set_done(view.task, not view.task.done)

    def apply_checklist(self) -> None:
        name = self.templates.currentData()
        if self.delegation_id is None or not name:
            return
        perform(self.ctx, ApplyChecklist(self.tr("Apply checklist “{name}”").format(name=name),
                                         self.ctx.services, self.delegation_id, name))

    def add_task(self) -> None:
        if self.delegation_id is None:
            return
        dialog = AddTaskDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.title.text().strip():
            return
        position = max((v.task.position for v in self.model.records()), default=-1) + 1
        task = Task(self.delegation_id, dialog.title.text().strip(),
                    Anchor(dialog.anchor.currentData()), dialog.days.value(), position=position)
        perform(self.ctx, SaveRecord(self.tr("Add task “{task}”").format(task=task.title),
                                     self.ctx.services.tasks, task))

    def delete_selected(self) -> None:
        view = self.model.record(self.table.currentIndex().row())
        if view is None:
            return
        perform(self.ctx, DeleteRecord(self.tr("Delete task “{task}”").format(
            task=view.task.title), self.ctx.services.tasks, view.task))

    def write_letter(self, suffix: str) -> None:
        from planner.services.letters import LetterRequest

        if self.delegation_id is None:
            return
        kind = LetterKind(self.letter_kind.currentData())  # Qt returns the plain value
        member = self.letter_member.currentData() if kind is LetterKind.VISA else ""
        default = f"{kind.value}-{self.delegation_id}{suffix}"
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word (*.docx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter"),
                                              str(Path.home() / default), filters)
        if not path:
            return
        target = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        request = LetterRequest(self.delegation_id, kind, member or "",
                                self.letter_lang.currentData())
        letters = self.ctx.services.letters

        def write() -> Path:
            data = letters.pdf(request) if suffix == ".pdf" else letters.docx(request)
            return write_private(target, data)

        self.ctx.ops.run(write, lambda saved: self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Letter saved: {path}").format(path=saved), 8000))


class AddTaskDialog(QDialog):
    """A task of one visit: what, and how many days before or after arrival or departure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add task"))
        form = QFormLayout(self)
        self.title = QLineEdit(accessibleName=self.tr("Task"))
        self.title.setMinimumWidth(360)
        self.days = QSpinBox(minimum=-OFFSET_DAYS_MAX, maximum=OFFSET_DAYS_MAX)
        self.days.setAccessibleName(self.tr("Days (negative: before)"))
        self.days.setValue(-7)
        self.anchor = QComboBox(accessibleName=self.tr("Counted from"))
        self.anchor.addItem(self.tr("arrival"), Anchor.ARRIVAL)
        self.anchor.addItem(self.tr("departure"), Anchor.DEPARTURE)
        form.addRow(self.tr("Task"), self.title)
        form.addRow(self.tr("Days (negative: before)"), self.days)
        form.addRow(self.tr("Counted from"), self.anchor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

