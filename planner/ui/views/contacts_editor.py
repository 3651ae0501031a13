"""A partner city's contacts as a small table: add and remove rows, edit cells in place."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem
from planner.domain.records import Contact
from planner.ui.i18n import problem_text

# (Contact attribute, column title)
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("ContactsEditor", "Name")),
    ("role", QT_TRANSLATE_NOOP("ContactsEditor", "Role")),
    ("email", QT_TRANSLATE_NOOP("ContactsEditor", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("ContactsEditor", "Phone")),
)
_PROBLEM = re.compile(r"^contacts\[(\d+)\]\.(\w+)$")
_BAD = QColor("#fde2e1")


class _Cell(QTableWidgetItem):
    """The whole text as tooltip: the narrow columns cut long e-mail addresses short."""

    def data(self, role: int) -> object:
        value = super().data(role)
        if role == Qt.ItemDataRole.ToolTipRole and not value:
            return self.text() or None
        return value


class ContactsEditor(QWidget):
    """`value()` leaves out rows with nothing in them; the order of the rows is kept."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ContactsEditor", title) for _key, title in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setFixedHeight(150)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove contact"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    # -- editing ------------------------------------------------------------------------------
    def add_row(self) -> None:
        row = self.table.rowCount()
        self._insert(row, Contact())
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._enable()
        self.changed.emit()

    def _insert(self, row: int, contact: Contact) -> None:
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, (key, _title) in enumerate(COLUMNS):
            self.table.setItem(row, column, _Cell(getattr(contact, key)))
        self.table.blockSignals(False)

    # -- value --------------------------------------------------------------------------------
    def set_value(self, contacts: tuple[Contact, ...]) -> None:
        self.table.setRowCount(0)
        for row, contact in enumerate(contacts):
            self._insert(row, contact)
        self._enable()

    def value(self) -> tuple[Contact, ...]:
        # A cell still being typed in counts: Save may be pressed without leaving the cell.
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
        contacts = []
        for row in range(self.table.rowCount()):
            texts = {
                key: (self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                for c, (key, _title) in enumerate(COLUMNS)
            }
            if any(texts.values()):
                contacts.append(Contact(**texts))
        return tuple(contacts)

    # -- problems -----------------------------------------------------------------------------
    def describe(self, problems: list[Problem]) -> list[Problem]:
        """Mark each refused cell and name its row and column in the problem's message.

        The service numbers contacts as `value()` returns them (empty rows left out); the
        rows shown are mapped back so the right cell is marked.
        """
        filled = [r for r in range(self.table.rowCount()) if self._filled(r)]
        self.clear_marks()
        keys = [key for key, _title in COLUMNS]
        described = []
        for problem in problems:
            match = _PROBLEM.match(problem.field)
            if not match or int(match.group(1)) >= len(filled) or match.group(2) not in keys:
                described.append(problem)
                continue
            row, column = filled[int(match.group(1))], keys.index(match.group(2))
            item = self.table.item(row, column)
            if item is not None:
                item.setBackground(QBrush(_BAD))
                item.setToolTip(problem_text(problem))
            title = QCoreApplication.translate("ContactsEditor", COLUMNS[column][1])
            message = self.tr("Contact {row}, {column}: {problem}").format(
                row=row + 1, column=title, problem=problem_text(problem)
            )
            described.append(Problem("contacts", message))
        return described

    def clear_marks(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        self.table.blockSignals(False)

    def _filled(self, row: int) -> bool:
        return any(
            (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
            for c in range(self.table.columnCount())
        )
