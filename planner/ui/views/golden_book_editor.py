"""The right-hand side of the Golden Book screen: one entry's fields, photos and actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import EntryStatus
from planner.domain.errors import NotFoundError
from planner.domain.records import DelegationSummary, GoldenBook, GoldenBookEntry
from planner.services import Services
from planner.ui.dialogs.conflict import report_save_failure
from planner.ui.dialogs.errors import show_error
from planner.ui.dialogs.golden_book import SignDialog
from planner.ui.i18n import short_date
from planner.ui.models.golden_book import entry_number, signer_names, status_label
from planner.ui.ops import AppContext
from planner.ui.undo import Edit, perform
from planner.ui.views.golden_book_form import EntryForm
from planner.ui.views.golden_book_photos import PhotoStrip
from planner.ui.views.widgets import EmptyState, editor_page


class SaveEntry(Edit):
    """Create or edit an entry. Undoing a creation removes the entry, which was never signed
    (a signed one keeps its number and can only be cancelled); redo creates it again — one
    entry, never a second. Undoing an edit saves the previous content."""

    def __init__(
        self, text: str, services: Services, entry: GoldenBookEntry, before: GoldenBookEntry | None
    ) -> None:
        super().__init__(text)
        self.service = services.golden_book
        self.entry, self.before = entry, before
        self.current: GoldenBookEntry | None = None

    def apply(self) -> GoldenBookEntry:
        if self.current is None:
            self.current = self.service.save(self.entry)
        elif self.before is None:
            # Redo of a creation: the entry again, and the programme item it planned again.
            self.current = self.service.save(replace(self.current, id=None, version=None,
                                                     item_id=self.entry.item_id))
        else:
            self.current = self.service.save(replace(self.entry, version=self.current.version))
        return self.current

    @property
    def planned_item(self) -> bool:
        """Whether saving the new entry created its programme item (undo removes it too)."""
        return (self.before is None and self.entry.item_id is None
                and self.current is not None and self.current.item_id is not None)

    def revert(self) -> Any:
        assert self.current is not None and self.current.id is not None
        if self.before is None:
            self.service.discard(self.current.id, self.current.version, self.planned_item)
            return None
        self.current = self.service.save(replace(self.before, version=self.current.version))
        return self.current


class EntryEditor(QStackedWidget):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: GoldenBookEntry | None = None
        self.dirty = False
        self._volumes: dict[int, int] = {}
        self.empty = EmptyState(
            self.tr("No entry selected"),
            self.tr("Select an entry in the register, or start a new one with “New entry”."),
        )
        self.addWidget(self.empty)
        page, layout, self.heading, top = editor_page()
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.setToolTip(self.tr("Record the signing: gives the entry its number"))
        self.sign_button.clicked.connect(self.ask_sign)
        # Not "Cancel": beside Save that reads like "discard my edits".
        self.cancel_button = QPushButton(self.tr("Cancel the signing…"))
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        for button in (self.sign_button, self.cancel_button, self.save_button):
            top.addWidget(button)
        self.status = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.status)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        self.form = EntryForm()
        self.form.changed.connect(self._on_edited)
        self.form.delegation_chosen.connect(self._delegation_chosen)
        body_layout.addWidget(self.form)
        body_layout.addWidget(QLabel(self.tr("Photographs"), objectName="sectionTitle"))
        self.photos = PhotoStrip(ctx)
        self.photos.attached.connect(self.reload)
        body_layout.addWidget(self.photos)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # The form follows the editor's width; a sideways scroll bar would hide the fields.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.page = page
        self.addWidget(page)

    @property
    def entry_id(self) -> int | None:
        return self.record.id if self.record else None

    def set_choices(self, books: list[GoldenBook], delegations: list[DelegationSummary]) -> None:
        self._volumes = {b.id: b.number for b in books if b.id is not None}
        self.form.set_choices(books, delegations)
        if self.record is not None and not self.dirty:  # choices may arrive after the record
            self.form.set_record(self.record)

    # -- loading ----------------------------------------------------------------------------
    def load(self, entry_id: int) -> None:
        self.ctx.ops.run(
            lambda: self.ctx.services.golden_book.get(entry_id), self.show_record, owner=self
        )

    def reload(self) -> None:
        if self.entry_id is not None:
            self.load(self.entry_id)

    def follow_store(self) -> None:
        """After a change elsewhere (an undo, a colleague): show the stored entry unless the
        officer is editing it; an entry that is gone (its creation undone) leaves the editor."""
        entry_id = self.entry_id
        if entry_id is None or self.dirty:
            return

        def gone(exc: BaseException) -> None:
            if not isinstance(exc, NotFoundError):
                raise exc
            if self.entry_id == entry_id:
                self.clear()

        self.ctx.ops.run(lambda: self.ctx.services.golden_book.get(entry_id),
                         lambda entry: self.show_record(entry) if self.entry_id == entry_id
                         and not self.dirty else None, gone, owner=self)

    def new(self, book_id: int) -> None:
        """An empty entry; choosing its delegation fills in signers, date and place."""
        self.show_record(GoldenBookEntry(book_id=book_id))
        self.form.delegation.setFocus()

    def _delegation_chosen(self, delegation_id: int) -> None:
        record = self.record
        if record is None or record.id is not None:
            return  # an existing entry only changes its link
        service = self.ctx.services.golden_book
        self.ctx.ops.run(lambda: service.draft_for(delegation_id, record.book_id),
                         self._apply_draft, owner=self)

    def _apply_draft(self, draft: GoldenBookEntry) -> None:
        if self.record is None or self.record.id is not None:
            return
        if draft.id is not None:  # its signing is planned already: that entry, not a second
            self.show_record(draft)
            self.status.setText(self.tr("This delegation's signing is already planned; "
                                        "here is its entry."))
            return
        self.record = replace(self.record, delegation_id=draft.delegation_id,
                              item_id=draft.item_id)
        self.form.prefill(draft)

    def clear(self) -> None:
        self.record = None
        self.dirty = False
        self.setCurrentWidget(self.empty)

    def show_record(self, entry: GoldenBookEntry) -> None:
        self.record = entry
        self.form.set_record(entry)
        self.dirty = False
        self.photos.set_photos(entry.id, entry.photos)
        planned = entry.id is not None and entry.status == EntryStatus.PLANNED
        self.sign_button.setEnabled(planned)
        self.cancel_button.setEnabled(
            entry.id is not None and entry.status != EntryStatus.CANCELLED
        )
        self._update_heading()
        self.setCurrentWidget(self.page)

    def _update_heading(self) -> None:
        if self.record is None:
            return
        entry = self.record
        if entry.id is None:
            title = self.tr("New entry")
        elif not entry.signers:
            title = self.tr("Entry")
        elif len(entry.signers) == 1:
            title = entry.signers[0].name
        else:
            title = self.tr("{name} and {count} more").format(
                name=entry.signers[0].name, count=len(entry.signers) - 1
            )
        self.heading.setText(title + (" •" if self.dirty else ""))
        parts = [status_label(entry.status)]
        if entry.number is not None:
            volume = self._volumes.get(entry.book_id, 0)
            parts.append(
                self.tr("entry {number}").format(number=entry_number(volume, entry.number))
            )
        elif entry.status == EntryStatus.PLANNED:
            parts.append(self.tr("no number until signed"))
        if entry.signed_on is not None:
            parts.append(short_date(entry.signed_on))
        self.status.setText(" · ".join(parts))

    def _on_edited(self) -> None:
        self.dirty = True
        self._update_heading()

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.record is None:
            return
        before = self.record if self.record.id is not None else None
        edited = self.form.record(self.record)
        text = self.tr("Create Golden Book entry") if before is None else self.tr("Edit entry")
        self.save_button.setEnabled(False)
        perform(
            self.ctx,
            SaveEntry(text, self.ctx.services, edited, before),
            self._on_saved,
            lambda exc: self._on_failed(exc, edited),
        )

    def _on_saved(self, entry: GoldenBookEntry) -> None:
        self.save_button.setEnabled(True)
        self.show_record(entry)
        assert entry.id is not None
        self.saved.emit(entry.id)

    def _on_failed(self, exc: BaseException, edited: GoldenBookEntry) -> None:
        self.save_button.setEnabled(True)
        report_save_failure(
            self,
            self.ctx,
            self.ctx.services.golden_book,
            exc,
            edited,
            self.form.errors,
            self.show_record,
            self._on_saved,
        )

    def ask_sign(self) -> None:
        if self.record is None or self.record.id is None:
            return
        entry = self.record
        dialog = SignDialog(
            signer_names(entry.signers) or "—", entry.signed_on or date.today(), entry.page, self
        )
        if dialog.exec():
            self.sign(*dialog.values())

    def sign(self, signed_on: date, page: int | None) -> None:
        """Not undoable: a signing takes the next number for good (see SignDialog)."""
        if self.record is None or self.record.id is None:
            return
        entry_id = self.record.id
        self.ctx.ops.run(
            lambda: self.ctx.services.golden_book.sign(entry_id, signed_on, page),
            self._on_saved,
            lambda exc: self._on_failed(exc, self.record),  # type: ignore[arg-type]
            owner=self,
        )

    def ask_cancel(self) -> None:
        if self.record is None or self.record.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel entry"),
            self.tr(
                "Mark this entry as cancelled? A signed entry keeps its number until the volume "
                "is renumbered. This cannot be undone."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel_entry()

    def cancel_entry(self) -> None:
        if self.record is None or self.record.id is None:
            return
        entry_id, version = self.record.id, self.record.version
        self.ctx.ops.run(
            lambda: self.ctx.services.golden_book.cancel(entry_id, version),
            self._on_saved,
            lambda exc: show_error(self, exc),
            owner=self,
        )
