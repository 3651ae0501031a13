"""The fields of a Golden Book entry: signers, volume and page, date, place, inscription."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.records import DelegationSummary, GoldenBook, GoldenBookEntry, Signer
from planner.ui.views.delegation_form import fill_combo, select_data
from planner.ui.views.forms import DateField, FieldErrors
from planner.ui.views.widgets import ROW_HEIGHT


class SignersTable(QWidget):
    """Name, name in the signer's own script, and function at the time of signing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Signers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Native script"), self.tr("Function")]
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().hide()
        # Three columns over a handful of rows: stretching costs nothing here.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(ROW_HEIGHT * 4 + 30)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add signer"))
        self.add_button.clicked.connect(lambda: self.add(Signer(name="")))
        self.remove_button = QPushButton(self.tr("Remove signer"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._links: list[tuple[int | None, int | None]] = []  # member / host ids per row

    def set_signers(self, signers: tuple[Signer, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._links = []
        for signer in signers:
            self.add(signer)
        self.table.blockSignals(False)

    def add(self, signer: Signer) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((signer.name, signer.native_name, signer.function)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._links.append((signer.member_id, signer.host_id))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._links[row]
            self.changed.emit()

    def signers(self) -> tuple[Signer, ...]:
        found = []
        for row in range(self.table.rowCount()):
            name, native, function = (
                (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                for c in range(3)
            )
            if name or native or function:  # an empty row is an unfinished add, not a signer
                member_id, host_id = self._links[row]
                found.append(Signer(name, native, function, member_id, host_id))
        return tuple(found)


class EntryForm(QWidget):
    """Every editable field of an entry; number and status change only by Sign and Cancel."""

    changed = Signal()
    delegation_chosen = Signal(int)  # by the officer, not by loading a record

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.errors = FieldErrors(QLabel())
        outer.addWidget(self.errors.banner)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        self.signers = SignersTable()
        form.addRow(self.tr("Signers"), self.errors.field("signers", self.signers))
        self.book = QComboBox(accessibleName=self.tr("Volume"))
        self.page = QSpinBox(minimum=0, maximum=9999, accessibleName=self.tr("Page"))
        self.page.setSpecialValueText("—")
        self.signed_on = DateField(self.tr("Date"))
        self.book.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.book.setMinimumContentsLength(12)
        form.addRow(self.tr("Volume"), self.errors.field("book_id", self.book))
        when = QHBoxLayout()
        when.addWidget(self.errors.field("signed_on", self.signed_on), 1)
        when.addWidget(QLabel(self.tr("Page")))
        when.addWidget(self.errors.field("page", self.page), 1)
        form.addRow(self.tr("Date"), when)
        self.place = QLineEdit(accessibleName=self.tr("Place"))
        form.addRow(self.tr("Place"), self.errors.field("place", self.place))
        self.occasion = QLineEdit(accessibleName=self.tr("Occasion"))
        form.addRow(self.tr("Occasion"), self.errors.field("occasion", self.occasion))
        self.delegation = QComboBox(accessibleName=self.tr("Delegation"))
        self.delegation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.delegation.setMinimumContentsLength(16)
        form.addRow(self.tr("Delegation"), self.errors.field("delegation_id", self.delegation))
        self.delegation.activated.connect(self._on_delegation_chosen)
        self.inscription = QPlainTextEdit(accessibleName=self.tr("Inscription"))
        self.inscription.setFixedHeight(90)
        form.addRow(self.tr("Inscription"), self.errors.field("inscription", self.inscription))
        self.signers.changed.connect(self.changed)
        for combo in (self.book, self.delegation):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.place, self.occasion):
            edit.textChanged.connect(self.changed)
        self.page.valueChanged.connect(self.changed)
        self.signed_on.dateChanged.connect(self.changed)
        self.inscription.textChanged.connect(self.changed)

    def _on_delegation_chosen(self) -> None:
        delegation_id = self.delegation.currentData()
        if delegation_id is not None:
            self.delegation_chosen.emit(delegation_id)

    def prefill(self, draft: GoldenBookEntry) -> None:
        """Fill what is still empty from a delegation's draft; what was typed stays."""
        if not self.signers.signers():
            self.signers.set_signers(draft.signers)
            self.signers.changed.emit()
        if self.signed_on.value() is None and draft.signed_on is not None:
            self.signed_on.set_value(draft.signed_on)
        if not self.place.text().strip():
            self.place.setText(draft.place)
        if not self.occasion.text().strip():
            self.occasion.setText(draft.occasion)

    def set_choices(self, books: list[GoldenBook], delegations: list[DelegationSummary]) -> None:
        fill_combo(
            self.book,
            [
                (self.tr("Volume {number}: {title}").format(number=b.number, title=b.title), b.id)
                for b in books
            ],
            "—",
        )
        fill_combo(self.delegation, [(d.title, d.id) for d in delegations], self.tr("— none —"))

    def set_record(self, entry: GoldenBookEntry) -> None:
        self.blockSignals(True)
        self.errors.clear()
        self.signers.set_signers(entry.signers)
        select_data(self.book, entry.book_id)
        self.page.setValue(entry.page or 0)
        self.signed_on.set_value(entry.signed_on)
        self.place.setText(entry.place)
        self.occasion.setText(entry.occasion)
        select_data(self.delegation, entry.delegation_id)
        self.inscription.setPlainText(entry.inscription)
        self.blockSignals(False)

    def record(self, base: GoldenBookEntry) -> GoldenBookEntry:
        return replace(
            base,
            book_id=self.book.currentData() or base.book_id,
            page=self.page.value() or None,
            signed_on=self.signed_on.value(),
            place=self.place.text().strip(),
            occasion=self.occasion.text().strip(),
            delegation_id=self.delegation.currentData(),
            inscription=self.inscription.toPlainText().strip(),
            signers=self.signers.signers(),
        )
