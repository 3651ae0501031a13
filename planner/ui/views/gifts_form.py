"""The fields of a gift, with errors under each field and the register's warnings above."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DeclarationStatus, GiftDirection, GiftDisposition
from planner.domain.errors import Problem
from planner.domain.records import DelegationSummary, Gift, PartnerCity
from planner.ui.models.gifts import declaration_label, direction_label, disposition_label
from planner.ui.views.delegation_form import enum_data, fill_combo, select_data
from planner.ui.views.forms import DateField, FieldErrors

WARNING_STYLE = (
    "QLabel { background: #fff4d6; color: #7a4f00; border: 1px solid #f0d48a;"
    " border-radius: 6px; padding: 6px 10px; }"
)


class GiftForm(QWidget):
    """Every field of a Gift. `warnings` is the banner for duplicate/declaration notices."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.warnings = QLabel(objectName="giftWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        outer.addWidget(self.warnings)
        self.errors = FieldErrors(QLabel())
        outer.addWidget(self.errors.banner)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        self.direction = QComboBox(accessibleName=self.tr("Direction"))
        for direction in GiftDirection:
            self.direction.addItem(direction_label(direction), direction)
        self.given_on = DateField(self.tr("Date"))
        top = QHBoxLayout()
        top.addWidget(self.errors.field("direction", self.direction), 1)
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.errors.field("given_on", self.given_on), 1)
        form.addRow(self.tr("Direction"), top)
        self.description = QLineEdit(accessibleName=self.tr("Description"))
        form.addRow(self.tr("Gift"), self.errors.field("description", self.description))
        self.category = QLineEdit(accessibleName=self.tr("Category"))
        self.category.setPlaceholderText(self.tr("e.g. Crafts, Mining memento, Book"))
        form.addRow(self.tr("Category"), self.errors.field("category", self.category))
        self.delegation = QComboBox(accessibleName=self.tr("Delegation"))
        form.addRow(self.tr("Delegation"), self.errors.field("delegation_id", self.delegation))
        self.partner = QComboBox(accessibleName=self.tr("Partner city"))
        form.addRow(self.tr("Partner city"), self.errors.field("partner_city_id", self.partner))
        self.giver_name, self.giver_function = self._person(form, "giver", self.tr("Given by"))
        self.recipient_name, self.recipient_function = self._person(
            form, "recipient", self.tr("Given to")
        )
        self.value = QLineEdit(accessibleName=self.tr("Value in EUR"))
        self.value.setPlaceholderText(self.tr("estimated, e.g. 120.00"))
        self.value.setMaximumWidth(160)
        form.addRow(self.tr("Value (EUR)"), self.errors.field("value_eur", self.value))
        self.kept_at = QLineEdit(accessibleName=self.tr("Kept at"))
        self.kept_at.setPlaceholderText(self.tr("e.g. City Archive, Mayor's office"))
        self.disposition = QComboBox(accessibleName=self.tr("What became of it"))
        for disposition in GiftDisposition:
            self.disposition.addItem(disposition_label(disposition), disposition)
        form.addRow(self.tr("What became of it"),
                    self.errors.field("disposition", self.disposition))
        form.addRow(self.tr("Kept at"), self.errors.field("kept_at", self.kept_at))
        self.declaration = QComboBox(accessibleName=self.tr("Declaration"))
        for status in DeclarationStatus:
            self.declaration.addItem(declaration_label(status), status)
        form.addRow(self.tr("Declaration"), self.errors.field("declaration", self.declaration))
        for combo in (self.direction, self.delegation, self.partner, self.declaration,
                      self.disposition):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (
            self.description,
            self.category,
            self.giver_name,
            self.giver_function,
            self.recipient_name,
            self.recipient_function,
            self.value,
            self.kept_at,
        ):
            edit.textChanged.connect(self.changed)
        self.given_on.dateChanged.connect(self.changed)
        outer.addStretch(1)  # spare height goes below the form, never into the banners

    def _person(self, form: QFormLayout, field: str, title: str) -> tuple[QLineEdit, QLineEdit]:
        name = QLineEdit(accessibleName=f"{title}: " + self.tr("name"))
        name.setPlaceholderText(self.tr("Name"))
        function = QLineEdit(accessibleName=f"{title}: " + self.tr("function"))
        function.setPlaceholderText(self.tr("Function"))
        row = QHBoxLayout()
        row.addWidget(self.errors.field(f"{field}_name", name), 1)
        row.addWidget(self.errors.field(f"{field}_function", function), 1)
        form.addRow(title, row)
        return name, function

    def set_choices(self, delegations: list[DelegationSummary], cities: list[PartnerCity]) -> None:
        fill_combo(self.delegation, [(d.title, d.id) for d in delegations], self.tr("— none —"))
        fill_combo(self.partner, [(c.name, c.id) for c in cities], self.tr("— none —"))

    def set_record(self, gift: Gift) -> None:
        self.blockSignals(True)
        self.errors.clear()
        select_data(self.direction, gift.direction)
        self.given_on.set_value(gift.given_on)
        self.description.setText(gift.description)
        self.category.setText(gift.category)
        select_data(self.delegation, gift.delegation_id)
        select_data(self.partner, gift.partner_city_id)
        for edit, text in (
            (self.giver_name, gift.giver_name),
            (self.giver_function, gift.giver_function),
            (self.recipient_name, gift.recipient_name),
            (self.recipient_function, gift.recipient_function),
            (self.kept_at, gift.kept_at),
        ):
            edit.setText(text)
            edit.setCursorPosition(0)
        self.value.setText(f"{gift.value_eur:.2f}" if gift.value_eur is not None else "")
        select_data(self.declaration, gift.declaration)
        select_data(self.disposition, gift.disposition)
        self.blockSignals(False)

    def value_problem(self) -> Problem | None:
        """The value field is free text so it can be empty; a non-number is caught here."""
        try:
            self.value_eur()
        except (InvalidOperation, ValueError):
            return Problem("value_eur", self.tr("is not an amount in EUR, e.g. 120.00"))
        return None

    def value_eur(self) -> Decimal | None:
        text = self.value.text().strip().replace("€", "").replace(" ", "")
        if not text:
            return None
        if "," in text and "." in text:  # 1.250,00 (German) or 1,250.00 (English)
            text = (
                text.replace(".", "").replace(",", ".")
                if text.rfind(",") > text.rfind(".")
                else text.replace(",", "")
            )
        value = Decimal(text.replace(",", "."))
        if not value.is_finite():
            raise ValueError(text)
        return value.quantize(Decimal("0.01"))

    def record(self, base: Gift) -> Gift:
        """The edited gift; an unreadable value is left out (value_problem reports it)."""
        try:
            value = self.value_eur()
        except (InvalidOperation, ValueError):
            value = None
        return replace(
            base,
            direction=enum_data(self.direction, GiftDirection) or GiftDirection.GIVEN,
            given_on=self.given_on.value(),
            description=self.description.text().strip(),
            category=self.category.text().strip(),
            delegation_id=self.delegation.currentData(),
            partner_city_id=self.partner.currentData(),
            giver_name=self.giver_name.text().strip(),
            giver_function=self.giver_function.text().strip(),
            recipient_name=self.recipient_name.text().strip(),
            recipient_function=self.recipient_function.text().strip(),
            value_eur=value,
            kept_at=self.kept_at.text().strip(),
            declaration=enum_data(self.declaration, DeclarationStatus)
            or DeclarationStatus.NOT_REQUIRED,
            disposition=enum_data(self.disposition, GiftDisposition)
            or GiftDisposition.NOT_RECORDED,
        )
