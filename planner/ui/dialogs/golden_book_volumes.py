"""Managing the Golden Book's volumes and how entry numbers run across them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import ValidationError
from planner.domain.records import GoldenBook
from planner.domain.settings import GOLDEN_BOOK_CONTINUOUS_NUMBERING
from planner.ui.dialogs.errors import show_error
from planner.ui.dialogs.golden_book import to_date, to_qdate
from planner.ui.ops import AppContext
from planner.ui.views.forms import FieldErrors

_NO_DATE = QDate(2000, 1, 1)


class VolumesDialog(QDialog):
    """The list of volumes on the left, the selected (or a new) volume's fields on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.books: list[GoldenBook] = []
        self.current: GoldenBook | None = None
        self.numbering_version = 0  # of the continuous-numbering setting, as last shown
        self.setWindowTitle(self.tr("Golden Book volumes"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Volumes"))
        self.list.currentRowChanged.connect(self._on_row)
        self.add_button = QPushButton(self.tr("New volume"))
        self.add_button.clicked.connect(self.new_volume)
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        body.addLayout(left, 1)
        right = QVBoxLayout()
        self.errors = FieldErrors(QLabel())
        right.addWidget(self.errors.banner)
        form = QFormLayout()
        self.number = QSpinBox(minimum=1, maximum=999, accessibleName=self.tr("Volume number"))
        self.title = QLineEdit(accessibleName=self.tr("Title"))
        self.first = self._date(self.tr("First entry"))
        self.last = self._date(self.tr("Last entry"))
        self.pages = QSpinBox(minimum=0, maximum=9999, accessibleName=self.tr("Pages"))
        self.pages.setSpecialValueText("—")
        for text, name, widget in (
            (self.tr("Volume"), "number", self.number),
            (self.tr("Title"), "title", self.title),
            (self.tr("First entry"), "first_date", self.first),
            (self.tr("Last entry"), "last_date", self.last),
            (self.tr("Pages"), "pages", self.pages),
        ):
            form.addRow(text, self.errors.field(name, widget))
        right.addLayout(form)
        self.save_button = QPushButton(self.tr("Save volume"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button)
        right.addStretch(1)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        self.continuous = QCheckBox(self.tr("Entry numbers continue across volumes"))
        self.continuous.setToolTip(
            self.tr("Otherwise every volume starts again at 1. Applies to future signings.")
        )
        self.continuous.toggled.connect(self._set_continuous)
        layout.addWidget(self.continuous)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True, accessibleName=name)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setDate(_NO_DATE)
        return edit

    def reload(self, select_id: int | None = None) -> None:
        s = self.ctx.services
        self.ctx.ops.run(
            lambda: (s.golden_book.books(),
                     s.settings.get_versioned(GOLDEN_BOOK_CONTINUOUS_NUMBERING)),
            lambda result: self._show(*result, select_id),
            owner=self,
        )

    def _show(self, books: list[GoldenBook], continuous: tuple[bool, int],
              select_id: int | None) -> None:
        self.books = books
        self.continuous.blockSignals(True)
        self.continuous.setChecked(bool(continuous[0]))
        self.numbering_version = continuous[1]
        self.continuous.blockSignals(False)
        self.list.blockSignals(True)
        self.list.clear()
        for book in books:
            self.list.addItem(
                QListWidgetItem(
                    self.tr("Volume {number}: {title}").format(number=book.number, title=book.title)
                )
            )
        self.list.blockSignals(False)
        ids = [b.id for b in books]
        row = ids.index(select_id) if select_id in ids else 0
        if books:
            self.list.setCurrentRow(row)
            self._on_row(row)
        else:
            self.new_volume()

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self.books):
            self._fill(self.books[row])

    def new_volume(self) -> None:
        number = max((b.number for b in self.books), default=0) + 1
        self.list.clearSelection()
        self._fill(GoldenBook(number=number, title="Goldenes Buch der Stadt"))
        self.title.setFocus()

    def _fill(self, book: GoldenBook) -> None:
        self.current = book
        self.errors.clear()
        self.number.setValue(book.number)
        self.title.setText(book.title)
        self.first.setDate(to_qdate(book.first_date) if book.first_date else _NO_DATE)
        self.last.setDate(to_qdate(book.last_date) if book.last_date else _NO_DATE)
        self.pages.setValue(book.pages or 0)

    def edited(self) -> GoldenBook:
        assert self.current is not None
        first, last = self.first.date(), self.last.date()
        return replace(
            self.current,
            number=self.number.value(),
            title=self.title.text().strip(),
            first_date=to_date(first) if first != _NO_DATE else None,
            last_date=to_date(last) if last != _NO_DATE else None,
            pages=self.pages.value() or None,
        )

    def save(self) -> None:
        if self.current is None:
            return
        book = self.edited()
        self.ctx.ops.run(
            lambda: self.ctx.services.golden_book.save_book(book),
            lambda saved: self.reload(saved.id),
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            show_error(self, exc)

    def _set_continuous(self, on: bool) -> None:
        seen = self.numbering_version
        self.ctx.ops.run(
            lambda: self.ctx.services.settings.set(GOLDEN_BOOK_CONTINUOUS_NUMBERING, on, seen),
            self._numbering_saved,
            self._numbering_failed,
            owner=self,
        )

    def _numbering_saved(self, version: int) -> None:
        self.numbering_version = version

    def _numbering_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reload()  # show what is stored now
