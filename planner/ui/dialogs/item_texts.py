"""The Texts tab of a programme item: what guests read, and apart from it the office's notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.records import ProgrammeItem
from planner.ui.views.forms import FieldErrors
from planner.ui.views.lang_texts import LangPlainTextEdit

# Amber, not the form's white: internal notes must never be mistaken for a text guests read.
INTERNAL_STYLE = """
QFrame#internalBox {
    background: #fff7e6; border: 1px solid #f0c36d; border-left: 4px solid #d98e04;
    border-radius: 6px;
}
QLabel#internalTitle { color: #8a5a00; font-weight: 600; }
QLabel#internalHint { color: #8a5a00; }
"""


class ItemTexts(QWidget):
    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)

        guests = QGroupBox(self.tr("For the guests"))
        form = QFormLayout(guests)
        form.setContentsMargins(10, 8, 10, 10)
        hint = QLabel(
            self.tr("Printed in the guests' programme, each guest in their own language."),
            objectName="screenSubtitle",
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.description = LangPlainTextEdit("description", errors, self.tr("Description"), 84)
        form.addRow(self.tr("Description"), self.description)
        self.guest_notes = LangPlainTextEdit("guest_notes", errors, self.tr("Notes for guests"))
        form.addRow(self.tr("Notes for guests"), self.guest_notes)
        layout.addWidget(guests)

        internal = QFrame(objectName="internalBox")
        internal.setStyleSheet(INTERNAL_STYLE)
        box = QVBoxLayout(internal)
        box.setContentsMargins(12, 10, 12, 12)
        box.setSpacing(4)
        box.addWidget(QLabel(self.tr("Internal notes — office only"), objectName="internalTitle"))
        note = QLabel(
            self.tr("Never shown to guests: only the internal run sheet prints them."),
            objectName="internalHint",
        )
        note.setWordWrap(True)
        box.addWidget(note)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Internal notes (office only)"))
        self.notes.setPlaceholderText(self.tr("e.g. who confirms the room, security, contacts"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(84)
        box.addWidget(errors.field("notes_internal", self.notes))
        layout.addWidget(internal)
        layout.addStretch(1)
        self.description.changed.connect(self.changed)
        self.guest_notes.changed.connect(self.changed)
        self.notes.textChanged.connect(self.changed)

    def set_item(self, item: ProgrammeItem) -> None:
        self.description.set_value(item.description)
        self.guest_notes.set_value(item.guest_notes)
        self.notes.setPlainText(item.notes_internal)

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description.value(),
            "guest_notes": self.guest_notes.value(),
            "notes_internal": self.notes.toPlainText().strip(),
        }
