"""Every detail of one delegation member: person, contact, needs, and their own journey."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Gender
from planner.domain.errors import ValidationError
from planner.domain.records import Member, split_translated
from planner.ui.dialogs.conflict import report_save_failure
from planner.ui.dialogs.errors import show_error
from planner.ui.labels import label
from planner.ui.ops import AppContext
from planner.ui.undo import SaveRecord, perform
from planner.ui.views.delegation_form import JourneyFields, enum_data, select_data
from planner.ui.views.forms import DateField, FieldErrors
from planner.ui.views.lang_texts import LangTextEdit


def _section(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setContentsMargins(12, 10, 12, 10)
    form.setVerticalSpacing(6)
    return box, form


class MemberDialog(QDialog):
    """Saves through the services (undoable, like the table's inline edits); stays open while
    the input is refused. Rank and head of delegation keep their own controls in the table."""

    changed = Signal()

    def __init__(self, ctx: AppContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.saved: Member | None = None
        self.setWindowTitle(self.tr("Member details"))
        self.setMinimumWidth(980)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.errors = FieldErrors(QLabel())
        self._boxes: dict[str, QWidget] = {}  # each line edit with its error line
        layout.addWidget(self.errors.banner)

        person, form = _section(self.tr("Person"))
        self.salutation = self._line("salutation", self.tr("Salutation"), self.tr("e.g. Ms, Dr"))
        self.name = self._line("name", self.tr("Name"))
        names = QHBoxLayout()
        names.setSpacing(8)
        names.addWidget(self._boxes["salutation"], 1)
        names.addWidget(self._boxes["name"], 3)
        form.addRow(self.tr("Salutation and name"), names)
        self.native_name = self._line("native_name", self.tr("Native name"))
        form.addRow(self.tr("Native name"), self._boxes["native_name"])
        # Typed in the office's language, translated for the guests' documents beside it.
        self.title = LangTextEdit("title", self.errors, self.tr("Title / function"))
        form.addRow(self.tr("Title / function"), self.title)
        self.gender = QComboBox(accessibleName=self.tr("Gender"))
        self.gender.addItem("—", None)
        for gender in Gender:
            self.gender.addItem(label(gender), gender)
        form.addRow(self.tr("Gender"), self.errors.field("gender", self.gender))
        self.languages = self._line(
            "languages", self.tr("Languages"), self.tr("language codes, e.g. he, en")
        )
        form.addRow(self.tr("Languages"), self._boxes["languages"])
        layout.addWidget(person)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        contact, form = _section(self.tr("Contact"))
        self.email = self._line("email", self.tr("E-mail"))
        form.addRow(self.tr("E-mail"), self._boxes["email"])
        self.phone = self._line("phone", self.tr("Phone"))
        form.addRow(self.tr("Phone"), self._boxes["phone"])
        middle.addWidget(contact, 1)
        needs, form = _section(self.tr("Needs"))
        self.dietary = self._line("dietary", self.tr("Dietary needs"), self.tr("e.g. kosher"))
        form.addRow(self.tr("Dietary needs"), self._boxes["dietary"])
        self.accessibility = QPlainTextEdit(accessibleName=self.tr("Accessibility"))
        self.accessibility.setTabChangesFocus(True)
        self.accessibility.setFixedHeight(56)
        form.addRow(
            self.tr("Accessibility"), self.errors.field("accessibility", self.accessibility)
        )
        middle.addWidget(needs, 1)
        # Stored only when entered, anonymised with the visit's other personal data.
        passport, form = _section(self.tr("Passport (for a visa letter)"))
        self.nationality = self._line("nationality", self.tr("Nationality"))
        form.addRow(self.tr("Nationality"), self._boxes["nationality"])
        self.date_of_birth = DateField(self.tr("Date of birth"))
        self.date_of_birth.suggest(date(date.today().year - 45, 1, 1))  # the calendar's start
        form.addRow(self.tr("Date of birth"),
                    self.errors.field("date_of_birth", self.date_of_birth))
        self.passport_number = self._line("passport_number", self.tr("Passport number"))
        form.addRow(self.tr("Passport number"), self._boxes["passport_number"])
        self.passport_expires = DateField(self.tr("Passport valid until"))
        form.addRow(self.tr("Valid until"),
                    self.errors.field("passport_expires", self.passport_expires))
        middle.addWidget(passport, 1)
        layout.addLayout(middle)

        travel = QGroupBox(self.tr("Own arrival and departure"))
        travel_layout = QVBoxLayout(travel)
        travel_layout.setContentsMargins(12, 10, 12, 10)
        hint = QLabel(
            self.tr("Only if this member travels apart from the delegation; else leave it empty."),
            objectName="screenSubtitle",
        )
        hint.setWordWrap(True)
        travel_layout.addWidget(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for column, text in enumerate(
            (self.tr("Date and time"), self.tr("Mode"), self.tr("Reference"), self.tr("Place")),
            start=1,
        ):
            grid.addWidget(QLabel(text, objectName="screenSubtitle"), 0, column)
        self.arrival = self._journey("arrival", self.tr("Arrival"), grid, 1)
        self.departure = self._journey("departure", self.tr("Departure"), grid, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 2)
        travel_layout.addLayout(grid)
        layout.addWidget(travel)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.erase_button = buttons.addButton(self.tr("Erase personal data…"),
                                              QDialogButtonBox.ButtonRole.ResetRole)
        self.erase_button.setToolTip(self.tr("On the guest's request: contact, needs, travel "
                                             "references and passport, in every visit"))
        self.erase_button.clicked.connect(self.erase)
        self.erase_button.setEnabled(member.id is not None)
        layout.addWidget(buttons)
        self.set_member(member)

    def _line(self, field: str, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder)
        edit.setAccessibleName(name)
        self._boxes[field] = self.errors.field(field, edit)
        return edit

    def _journey(self, prefix: str, title: str, grid: QGridLayout, row: int) -> JourneyFields:
        journey = JourneyFields(prefix, title, grid, row, self.errors, self.changed)
        # Top-aligned, the label as high as a field: an error under one field of the row must
        # not push the others down.
        for column in range(grid.columnCount()):
            item = grid.itemAtPosition(row, column)
            if item is not None:
                item.setAlignment(Qt.AlignmentFlag.AlignTop)
        caption = grid.itemAtPosition(row, 0)
        if caption is not None and caption.widget() is not None:
            caption.widget().setFixedHeight(journey.at.sizeHint().height())
        # JourneyFields names its widgets in English; here they are named in the user's language.
        for widget, what in (
            (journey.at, self.tr("{journey}: date and time")),
            (journey.mode, self.tr("{journey}: mode")),
            (journey.reference, self.tr("{journey}: reference")),
            (journey.place, self.tr("{journey}: place")),
        ):
            widget.setAccessibleName(what.format(journey=title))
        return journey

    # -- record <-> widgets -------------------------------------------------------------------
    def set_member(self, member: Member) -> None:
        self.member = member
        self.errors.clear()
        self.heading.setText(member.name)
        self.salutation.setText(member.salutation)
        self.name.setText(member.name)
        self.native_name.setText(member.native_name)
        self.title.set_value(member.titles)
        select_data(self.gender, member.gender)
        self.languages.setText(", ".join(member.languages))
        self.email.setText(member.email)
        self.phone.setText(member.phone)
        self.dietary.setText(member.dietary)
        self.accessibility.setPlainText(member.accessibility)
        self.nationality.setText(member.nationality)
        self.date_of_birth.set_value(member.date_of_birth)
        self.passport_number.setText(member.passport_number)
        self.passport_expires.set_value(member.passport_expires)
        self.arrival.set_value(member.arrival)
        self.departure.set_value(member.departure)
        for edit in (self.salutation, self.name, self.native_name):
            edit.setCursorPosition(0)

    def edited(self) -> Member:
        languages = tuple(
            c.strip() for c in self.languages.text().replace(";", ",").split(",") if c.strip()
        )
        return replace(
            self.member,
            salutation=self.salutation.text().strip(),
            name=self.name.text().strip(),
            native_name=self.native_name.text().strip(),
            title=(title := split_translated(self.title.value()))[0],
            title_translations=title[1],
            gender=enum_data(self.gender, Gender),
            languages=languages,
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            dietary=self.dietary.text().strip(),
            accessibility=self.accessibility.toPlainText().strip(),
            nationality=self.nationality.text().strip(),
            date_of_birth=self.date_of_birth.value(),
            passport_number=self.passport_number.text().strip(),
            passport_expires=self.passport_expires.value(),
            arrival=self.arrival.value(),
            departure=self.departure.value(),
        )

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        edited = self.edited()
        if edited == self.member:
            self.accept()  # nothing changed: no empty step on the undo stack
            return
        self.save_button.setEnabled(False)
        perform(
            self.ctx,
            SaveRecord(
                self.tr("Edit member details"), self.ctx.services.members, edited, self.member
            ),
            self._done,
            lambda exc: self._failed(exc, edited),
        )

    def erase(self) -> None:
        """Right to erasure: anonymise this guest now, everywhere (not undoable, audited)."""
        name = self.member.name
        answer = QMessageBox.question(
            self, self.tr("Erase personal data"),
            self.tr("Erase the contact details, needs, travel references and passport of {name} "
                    "in every visit stored?\n\nThe name stays in the Golden Book and the record "
                    "of visits. This cannot be undone; backups taken before now keep the old "
                    "values until they are rotated out.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from planner.services.privacy import Privacy

        privacy = Privacy(self.ctx.services.ctx)
        self.erase_button.setEnabled(False)
        self.ctx.ops.run(lambda: privacy.erase(name), lambda _erased: self.reject(),
                         self._erase_failed)

    def _erase_failed(self, exc: BaseException) -> None:
        self.erase_button.setEnabled(True)
        show_error(self, exc)

    def _done(self, member: Any) -> None:
        self.saved = member
        self.accept()

    def _failed(self, exc: BaseException, edited: Member) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            widget = self.errors.show(exc.problems)
            # Room for the error lines: grow rather than squeeze the fields.
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            if widget is not None:
                widget.setFocus()
            return
        report_save_failure(
            self,
            self.ctx,
            self.ctx.services.members,
            exc,
            edited,
            self.errors,
            self.set_member,
            self._done,
        )
