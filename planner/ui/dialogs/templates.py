"""The office's checklists and letter templates (File → Checklists and letters…): edited here,
saved whole as one undoable change, refused with the row or line at fault."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.checklists import (
    OFFSET_DAYS_MAX,
    Anchor,
    ChecklistTemplate,
    Condition,
    TaskTemplate,
)
from planner.domain.errors import ValidationError
from planner.domain.letters import PLACEHOLDERS, LetterKind, LetterTemplate
from planner.domain.records import HostPerson
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext
from planner.ui.undo import SaveTemplates, perform

_LETTER_LANGUAGES = ("de", "en", "fr", "he", "zh", "ru", "sr", "tr", "ro")


class TemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Checklists and letters"))
        self.resize(1040, 640)
        self.checklists: list[ChecklistTemplate] = []
        self.stored_checklists: list[ChecklistTemplate] = []
        self.letters: dict[tuple[LetterKind, str], LetterTemplate] = {}
        self.stored_letters: list[LetterTemplate] = []
        self.people: list[HostPerson] = []
        self._shown_checklist = -1
        self._shown_letter: tuple[LetterKind, str] | None = None
        layout = QVBoxLayout(self)
        self.error = QLabel(objectName="banner")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._checklist_page(), self.tr("Checklists"))
        self.tabs.addTab(self._letter_page(), self.tr("Letters"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout.addWidget(buttons)
        s = ctx.services
        ctx.ops.run(lambda: (s.tasks.templates(), s.letters.templates(), s.people.list()),
                    self._loaded, owner=self)

    # -- checklists -----------------------------------------------------------------------------
    def _checklist_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Checklists"))
        self.names.setMaximumWidth(240)
        self.names.currentRowChanged.connect(self._show_checklist)
        add = QPushButton(self.tr("New checklist…"))
        add.clicked.connect(self.add_checklist)
        remove = QPushButton(self.tr("Remove checklist"))
        remove.clicked.connect(self.remove_checklist)
        left.addWidget(self.names, 1)
        left.addWidget(add)
        left.addWidget(remove)
        row.addLayout(left)
        right = QVBoxLayout()
        hint = QLabel(self.tr("Each task's deadline counts from the visit's arrival or "
                              "departure; it moves with the visit until the task is done."),
                      objectName="screenSubtitle")
        hint.setWordWrap(True)
        right.addWidget(hint)
        self.task_table = QTableWidget(0, 5)
        self.task_table.setAccessibleName(self.tr("Tasks of the checklist"))
        self.task_table.setHorizontalHeaderLabels([
            self.tr("Task"), self.tr("Days"), self.tr("From"), self.tr("Responsible"),
            self.tr("Only when")])
        self.task_table.verticalHeader().setDefaultSectionSize(34)
        header = self.task_table.horizontalHeader()
        for column, width in enumerate((260, 72, 120, 170, 190)):
            self.task_table.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right.addWidget(self.task_table, 1)
        bar = QHBoxLayout()
        add_task = QPushButton(self.tr("Add task"))
        add_task.clicked.connect(lambda: self._add_task_row(TaskTemplate("")))
        remove_task = QPushButton(self.tr("Remove task"))
        remove_task.clicked.connect(self._remove_task_row)
        bar.addWidget(add_task)
        bar.addWidget(remove_task)
        bar.addStretch(1)
        right.addLayout(bar)
        row.addLayout(right, 1)
        return page

    def _add_task_row(self, task: TaskTemplate) -> None:
        table = self.task_table
        row = table.rowCount()
        table.insertRow(row)
        title = QLineEdit(task.title)
        title.setCursorPosition(0)  # the start of a long task, not its end
        title.setAccessibleName(self.tr("Task"))
        days = QSpinBox(minimum=-OFFSET_DAYS_MAX, maximum=OFFSET_DAYS_MAX)
        days.setValue(task.offset_days)
        days.setAccessibleName(self.tr("Days (negative: before)"))
        days.setToolTip(self.tr("Negative: days before; positive: days after"))
        anchor = QComboBox(accessibleName=self.tr("Counted from"))
        anchor.addItem(self.tr("arrival"), Anchor.ARRIVAL)
        anchor.addItem(self.tr("departure"), Anchor.DEPARTURE)
        anchor.setCurrentIndex(0 if task.anchor is Anchor.ARRIVAL else 1)
        who = QComboBox(accessibleName=self.tr("Responsible"))
        who.addItem(self.tr("the visit's officer"), "")
        for person in self.people:
            who.addItem(person.name, person.name)
        index = who.findData(task.responsible)
        if index < 0 and task.responsible:  # not in the catalogue (any more): kept, flagged
            who.addItem(task.responsible, task.responsible)
            index = who.count() - 1
        who.setCurrentIndex(max(0, index))
        condition = QComboBox(accessibleName=self.tr("Only when"))
        for value, text in ((Condition.ALWAYS, self.tr("always")),
                            (Condition.VISIT, self.tr("a visit to the city")),
                            (Condition.TRIP, self.tr("a trip abroad")),
                            (Condition.GOLDEN_BOOK, self.tr("a Golden Book signing")),
                            (Condition.INTERPRETERS, self.tr("interpreters are booked"))):
            condition.addItem(text, value)
        condition.setCurrentIndex(condition.findData(task.condition))
        for column, widget in enumerate((title, days, anchor, who, condition)):
            table.setCellWidget(row, column, widget)
        title.setFocus()

    def _remove_task_row(self) -> None:
        row = self.task_table.currentRow()
        if row >= 0:
            self.task_table.removeRow(row)

    def _tasks_in_table(self) -> tuple[TaskTemplate, ...]:
        table = self.task_table
        tasks = []
        for row in range(table.rowCount()):
            title, days, anchor, who, condition = (table.cellWidget(row, c) for c in range(5))
            # Qt hands an enum back as its plain value: made an enum again here.
            tasks.append(TaskTemplate(
                title.text().strip(), Anchor(anchor.currentData()),  # type: ignore[attr-defined]
                days.value(), who.currentData(),  # type: ignore[attr-defined]
                Condition(condition.currentData())))  # type: ignore[attr-defined]
        return tuple(tasks)

    def _keep_shown_checklist(self) -> None:
        index = self._shown_checklist
        if 0 <= index < len(self.checklists):
            self.checklists[index] = replace(self.checklists[index],
                                             tasks=self._tasks_in_table())

    def _show_checklist(self, index: int) -> None:
        self._keep_shown_checklist()
        self._shown_checklist = index
        self.task_table.setRowCount(0)
        if 0 <= index < len(self.checklists):
            for task in self.checklists[index].tasks:
                self._add_task_row(task)

    def add_checklist(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New checklist"), self.tr("Name:"))
        if ok and name.strip():
            self._keep_shown_checklist()
            self.checklists.append(ChecklistTemplate(name.strip(), ()))
            self.names.addItem(name.strip())
            self.names.setCurrentRow(self.names.count() - 1)
            self._add_task_row(TaskTemplate(""))

    def remove_checklist(self) -> None:
        index = self.names.currentRow()
        if 0 <= index < len(self.checklists):
            self._shown_checklist = -1  # its rows go with it
            del self.checklists[index]
            self.names.takeItem(index)

    # -- letters ------------------------------------------------------------------------------
    def _letter_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        form = QFormLayout()
        choose = QHBoxLayout()
        self.kind = QComboBox(accessibleName=self.tr("Kind of letter"))
        for kind, text in ((LetterKind.INVITATION, self.tr("Invitation")),
                           (LetterKind.VISA, self.tr("Visa support letter")),
                           (LetterKind.THANKS, self.tr("Thank-you letter"))):
            self.kind.addItem(text, kind)
        self.lang = QComboBox(accessibleName=self.tr("Language of the letter"))
        for code in _LETTER_LANGUAGES:
            self.lang.addItem(code, code)
        choose.addWidget(self.kind, 1)
        choose.addWidget(self.lang)
        form.addRow(self.tr("Letter"), choose)
        self.subject = QLineEdit(accessibleName=self.tr("Subject"))
        form.addRow(self.tr("Subject"), self.subject)
        self.recipient = QPlainTextEdit(accessibleName=self.tr("Address block"))
        self.recipient.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.recipient.setTabChangesFocus(True)
        form.addRow(self.tr("Address"), self.recipient)
        self.body = QPlainTextEdit(accessibleName=self.tr("Text of the letter"))
        self.body.setTabChangesFocus(True)
        form.addRow(self.tr("Text"), self.body)
        hint = QLabel(self.tr("A blank line starts a paragraph; the last paragraph is who signs "
                              "(room for the signature is left above it)."),
                      objectName="screenSubtitle")
        hint.setWordWrap(True)
        form.addRow("", hint)
        row.addLayout(form, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Placeholders (double click inserts)")))
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        for name, meaning in PLACEHOLDERS.items():
            self.placeholders.addItem(f"{{{name}}}")
            self.placeholders.item(self.placeholders.count() - 1).setToolTip(meaning)
        self.placeholders.itemActivated.connect(
            lambda item: self.body.insertPlainText(item.text()))
        side.addWidget(self.placeholders, 1)
        row.addLayout(side, 1)
        self.kind.currentIndexChanged.connect(self._show_letter)
        self.lang.currentIndexChanged.connect(self._show_letter)
        return page

    def _keep_shown_letter(self) -> None:
        key = self._shown_letter
        if key is None:
            return
        subject, recipient = self.subject.text(), self.recipient.toPlainText()
        body = self.body.toPlainText()
        if subject.strip() or recipient.strip() or body.strip():
            self.letters[key] = LetterTemplate(key[0], key[1], subject, recipient, body)
        else:
            self.letters.pop(key, None)  # emptied: no letter in this language

    def _show_letter(self) -> None:
        self._keep_shown_letter()
        key = (LetterKind(self.kind.currentData()), str(self.lang.currentData()))
        self._shown_letter = key
        template = self.letters.get(key)
        self.subject.setText(template.subject if template else "")
        self.recipient.setPlainText(template.recipient if template else "")
        self.body.setPlainText(template.body if template else "")

    # -- loading and saving ---------------------------------------------------------------------
    def _loaded(self, result: tuple[list[ChecklistTemplate], list[LetterTemplate],
                                    list[HostPerson]]) -> None:
        self.stored_checklists, self.stored_letters, self.people = result
        self.checklists = list(self.stored_checklists)
        self.letters = {(t.kind, t.lang): t for t in self.stored_letters}
        self.names.clear()
        for template in self.checklists:
            self.names.addItem(template.name)
        if self.checklists:
            self.names.setCurrentRow(0)
        self._show_letter()
        self.save_button.setEnabled(True)

    def save(self) -> None:
        self._keep_shown_checklist()
        self._keep_shown_letter()
        checklists, letters = list(self.checklists), list(self.letters.values())
        s = self.ctx.services
        # Each changed part is one undoable step, and once saved it is what is stored.
        steps: list[tuple[SaveTemplates, Callable[[], None]]] = []
        if checklists != self.stored_checklists:
            steps.append((SaveTemplates(self.tr("Edit checklists"), s.tasks.save_templates,
                                        self.stored_checklists, checklists),
                          lambda: setattr(self, "stored_checklists", checklists)))
        if sorted(letters, key=_key) != sorted(self.stored_letters, key=_key):
            steps.append((SaveTemplates(self.tr("Edit letter templates"),
                                        s.letters.save_templates, self.stored_letters, letters),
                          lambda: setattr(self, "stored_letters", letters)))
        self._run(steps)

    def _run(self, steps: list[tuple[SaveTemplates, Callable[[], None]]]) -> None:
        if not steps:
            self.accept()
            return
        self.save_button.setEnabled(False)
        (step, stored), rest = steps[0], steps[1:]

        def saved(_result: object) -> None:
            stored()
            self._run(rest)

        perform(self.ctx, step, saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        lines = [self._readable(p.field, str(p.message)) for p in exc.problems]
        self.error.setText("\n".join(lines))
        self.error.show()

    def _readable(self, field: str, message: str) -> str:
        """'checklists[0].tasks[2].days' → 'Visit, task 3: …'; letters name kind and language."""
        found = re.match(r"checklists\[(\d+)\](?:\.tasks\[(\d+)\])?", field)
        if found:
            index = int(found.group(1))
            name = self.checklists[index].name if index < len(self.checklists) else ""
            where = name if found.group(2) is None else self.tr("{checklist}, task {n}").format(
                checklist=name, n=int(found.group(2)) + 1)
            return f"{where}: {message}"
        return f"{field}: {message}" if field else message


def _key(template: LetterTemplate) -> tuple[str, str]:
    return template.kind.value, template.lang
