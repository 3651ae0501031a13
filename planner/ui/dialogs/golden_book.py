"""Dialogs of the Golden Book: signing an entry, confirming a renumbering, managing volumes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.records import GoldenBookRegisterLine
from planner.ui.models.golden_book import entry_number, signer_names


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class SignDialog(QDialog):
    """Asks the date and page of a signing; says plainly that the number is final."""

    def __init__(
        self, who: str, signed_on: date, page: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign entry"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Record the signing by {who}. The entry gets the next number in the book; "
                "this cannot be undone (a mistaken signing is cancelled and renumbered)."
            ).format(who=who)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date = QDateEdit(to_qdate(signed_on), calendarPopup=True)
        self.date.setAccessibleName(self.tr("Date of signing"))
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.page = QSpinBox(minimum=0, maximum=9999)
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setSpecialValueText("—")
        self.page.setValue(page or 0)
        form.addRow(self.tr("Date of signing"), self.date)
        form.addRow(self.tr("Page"), self.page)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[date, int | None]:
        return to_date(self.date.date()), self.page.value() or None


class RenumberDialog(QDialog):
    """Shows every number that will move before the audited renumbering runs."""

    def __init__(
        self,
        volume: int,
        moves: Sequence[tuple[GoldenBookRegisterLine, int | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renumber volume {volume}").format(volume=volume))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Cancelled entries give up their numbers and the later entries close up. "
                "The change is recorded in the audit trail and cannot be undone."
            )
            if moves
            else self.tr("There are no gaps: no number would change.")
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        table = QTableWidget(len(moves), 3)
        table.setAccessibleName(self.tr("Numbers that move"))
        table.setHorizontalHeaderLabels([self.tr("Now"), self.tr("After"), self.tr("Signed by")])
        for row, (line, new) in enumerate(moves):
            after = entry_number(line.book_number, new) if new else self.tr("no number")
            for column, value in enumerate(
                (entry_number(line.book_number, line.number), after, signer_names(line.signers))
            ):
                table.setItem(row, column, QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Renumber"))
        ok.setEnabled(bool(moves))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
