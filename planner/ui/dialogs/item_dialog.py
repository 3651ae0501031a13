"""Edit one programme item: title in three languages, kind, time, venue, dress code, notes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ItemKind, ItemStatus
from planner.domain.errors import ValidationError
from planner.domain.records import ProgrammeItem, Venue
from planner.ui.dialogs.errors import show_error
from planner.ui.labels import label
from planner.ui.ops import AppContext
from planner.ui.undo import SaveRecord, perform
from planner.ui.views.delegation_form import enum_data, fill_combo, select_data
from planner.ui.views.forms import DateTimeField, FieldErrors, LangTextEdit


class ItemDialog(QDialog):
    """Saves through the services itself and stays open while the input is refused."""

    def __init__(
        self,
        ctx: AppContext,
        item: ProgrammeItem,
        venues: list[Venue],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.saved: ProgrammeItem | None = None
        new = item.id is None
        self.setWindowTitle(self.tr("New programme item") if new else self.tr("Programme item"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.errors = FieldErrors(QLabel())
        layout.addWidget(self.errors.banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = LangTextEdit("title", self.errors, self.tr("Title"))
        form.addRow(self.tr("Title (de / en / fr)"), self.title)
        self.kind = QComboBox(accessibleName=self.tr("Kind"))
        for kind in ItemKind:
            self.kind.addItem(label(kind), kind)
        form.addRow(self.tr("Kind"), self.errors.field("kind", self.kind))
        self.start = DateTimeField(self.tr("Start"))
        form.addRow(self.tr("Start"), self.errors.field("start", self.start))
        self.end = DateTimeField(self.tr("End"))
        form.addRow(self.tr("End"), self.errors.field("end", self.end))
        self.venue = QComboBox(accessibleName=self.tr("Venue"))
        fill_combo(self.venue, [(v.name, v.id) for v in venues], self.tr("— none —"))
        form.addRow(self.tr("Venue"), self.errors.field("venue_id", self.venue))
        self.status = QComboBox(accessibleName=self.tr("Status"))
        for status in ItemStatus:
            self.status.addItem(label(status), status)
        form.addRow(self.tr("Status"), self.errors.field("status", self.status))
        self.dress_code = QLineEdit(accessibleName=self.tr("Dress code"))
        form.addRow(self.tr("Dress code"), self.errors.field("dress_code", self.dress_code))
        self.notes = QPlainTextEdit(accessibleName=self.tr("Internal notes"))
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Internal notes"), self.errors.field("notes_internal", self.notes))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.title.set_value(item.title)
        select_data(self.kind, item.kind)
        self.start.set_value(item.start)
        self.end.set_value(item.end)
        select_data(self.venue, item.venue_id)
        select_data(self.status, item.status)
        self.dress_code.setText(item.dress_code)
        self.notes.setPlainText(item.notes_internal)

    def edited(self) -> ProgrammeItem:
        start, end = self.start.value(), self.end.value()
        return replace(
            self.item,
            title=self.title.value(),
            kind=enum_data(self.kind, ItemKind),
            start=start or self.item.start,
            end=end or self.item.end,
            venue_id=self.venue.currentData(),
            status=enum_data(self.status, ItemStatus),
            dress_code=self.dress_code.text().strip(),
            notes_internal=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        edited = self.edited()
        before = self.item if self.item.id is not None else None
        text = self.tr("Add programme item") if before is None else self.tr("Edit programme item")
        self.save_button.setEnabled(False)
        perform(
            self.ctx,
            SaveRecord(text, self.ctx.services.programme, edited, before),
            self._done,
            self._failed,
        )

    def _done(self, item: Any) -> None:
        self.saved = item
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            widget = self.errors.show(exc.problems)
            if widget is not None:
                widget.setFocus()
        else:
            show_error(self, exc)
