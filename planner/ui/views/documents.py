"""The Documents screen: choose a delegation and document, generate it off the UI thread,
preview it with QtPdf, save it or print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.documents.data import Fallback
from planner.domain.enums import ItemKind
from planner.domain.office import OFFICE_LANGUAGE
from planner.domain.records import (
    Delegation,
    DelegationSummary,
    Member,
    ProgrammeItem,
    Venue,
    pick_text,
)
from planner.services import Changes
from planner.services.pack import PackResult, write_pack
from planner.services.private_files import write_private
from planner.ui.dialogs.errors import show_error
from planner.ui.i18n import current_language, short_datetime
from planner.ui.ops import AppContext
from planner.ui.views.delegation_form import fill_combo, select_data
from planner.ui.views.documents_fallbacks import DocumentNotices
from planner.ui.views.documents_generate import (
    BILINGUAL_KINDS,
    CHOOSES_AUDIENCE,
    DOCUMENT_LANGUAGES,
    KINDS,
    NEEDS_MEAL,
    NEEDS_MEMBER,
    DocumentRequest,
    GeneratedDocument,
    default_language,
    generate,
)
from planner.ui.views.documents_preview import PdfPreview, print_pages
from planner.ui.views.lang_texts import LANGUAGE_NAMES
from planner.ui.views.widgets import EmptyState, ScreenHeader


class DocumentsScreen(QWidget):
    # A record to show on its own screen: ("delegation" | "person", id).
    navigate = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="screen")
        self.ctx = ctx
        self.current: GeneratedDocument | None = None
        self._wanted_delegation: int | None = None
        self._details_of: int | None = None  # the delegation whose members and meals are shown
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.header = ScreenHeader(
            self.tr("Documents"), self.tr("Programmes, itineraries, name cards and calendars")
        )
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.clicked.connect(self.choose_save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        for button in (self.save_button, self.print_button):
            self.header.add_action(button)
        layout.addWidget(self.header)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._choices(), 0)
        right = QVBoxLayout()
        # A long list of fallbacks scrolls in its own bounded list: the preview keeps the room.
        self.notices = DocumentNotices()
        self.notices.open_requested.connect(self.open_fallback)
        right.addWidget(self.notices)
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No document generated yet"),
            self.tr("Choose a delegation and a document on the left, then press “Generate”."),
        )
        self.preview = PdfPreview()
        self.text = QPlainTextEdit(readOnly=True, accessibleName=self.tr("Calendar file"))
        for widget in (self.empty, self.preview, self.text):
            self.stack.addWidget(widget)
        right.addWidget(self.stack, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        ctx.bus.changed.connect(self._on_changes)
        self._update_actions()
        self.load_delegations()

    def _choices(self) -> QWidget:
        panel = QFrame(objectName="documentChoices")
        panel.setFixedWidth(380)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.delegation = QComboBox(accessibleName=self.tr("Delegation"))
        self.delegation.currentIndexChanged.connect(lambda _i: self._load_details())
        self.kind = QComboBox(accessibleName=self.tr("Document"))
        for key, title in KINDS:
            self.kind.addItem(QCoreApplication.translate("Documents", title), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._update_fields())
        self.member = QComboBox(accessibleName=self.tr("Member"))
        self.meal = QComboBox(accessibleName=self.tr("Meal"))
        self.arrange_button = QPushButton(self.tr("Arrange seats…"))
        self.arrange_button.setToolTip(self.tr("Move people between chairs, lock chairs, "
                                               "choose tables and shape for this meal"))
        self.arrange_button.clicked.connect(self.arrange_seats)
        self.meal.currentIndexChanged.connect(lambda _i: self._update_fields())
        self.language = QComboBox(accessibleName=self.tr("Language"))
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.currentIndexChanged.connect(lambda _i: self._update_fields())
        self.bilingual = QCheckBox(self.tr("With German beneath (bilingual edition)"))
        self.bilingual.setAccessibleName(self.tr("Bilingual edition with German"))
        self.audience = QComboBox(accessibleName=self.tr("Audience"))
        self.audience.addItem(self.tr("Guests"), "guest")
        self.audience.addItem(self.tr("Staff (internal)"), "internal")
        for text, widget in (
            (self.tr("Delegation"), self.delegation),
            (self.tr("Document"), self.kind),
            (self.tr("Member"), self.member),
            (self.tr("Meal"), self.meal),
            ("", self.arrange_button),
            (self.tr("Language"), self.language),
            ("", self.bilingual),
            (self.tr("Audience"), self.audience),
        ):
            form.addRow(text, widget)
        column.addLayout(form)
        self.generate_button = QPushButton(self.tr("Generate"), objectName="primary")
        self.generate_button.clicked.connect(self.generate)
        column.addWidget(self.generate_button)
        self.pack_button = QPushButton(self.tr("Visit pack…"))
        self.pack_button.setToolTip(self.tr(
            "Everything the visit needs into one folder: programmes in the delegation's "
            "languages, personal programmes, run sheet, precedence list, badges, place cards, "
            "a seating plan per meal and the calendar file"))
        self.pack_button.clicked.connect(self.choose_pack)
        column.addWidget(self.pack_button)
        self.pack_progress = _PackProgress(self)
        self.pack_progress.progressed.connect(self._on_pack_progress)
        self.busy = QProgressBar(maximumHeight=6, textVisible=False)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Generating…"))
        self.busy.hide()
        column.addWidget(self.busy)
        self.status = QLabel(objectName="screenSubtitle")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        column.addStretch(1)
        return panel

    # -- choices ----------------------------------------------------------------------------
    def load_delegations(self) -> None:
        delegations, lang = self.ctx.services.delegations, current_language()
        # Titles in the window's language, as in the delegation list.
        self.ctx.ops.run(lambda: delegations.list(lang=lang), self._apply_delegations,
                         owner=self)

    def _apply_delegations(self, delegations: list[DelegationSummary]) -> None:
        fill_combo(
            self.delegation,
            [(d.title, d.id) for d in delegations],
            self.tr("— choose a delegation —"),
        )
        if self._wanted_delegation is not None:
            select_data(self.delegation, self._wanted_delegation)
        self._load_details()

    def show_delegation(self, delegation_id: int) -> None:
        """Preselect a delegation (e.g. from the delegation editor's "Documents…")."""
        self._wanted_delegation = delegation_id
        select_data(self.delegation, delegation_id)

    def _load_details(self) -> None:
        delegation_id = self.delegation.currentData()
        self._generation += 1
        generation = self._generation
        if delegation_id is None:
            self._apply_details(generation, None, [], [])
            return
        s = self.ctx.services
        self.ctx.ops.run(
            lambda: (
                s.delegations.get(delegation_id),
                s.members.list(delegation_id),
                [i for i in s.programme.list(delegation_id) if i.kind == ItemKind.MEAL],
            ),
            lambda found: self._apply_details(generation, *found),
            owner=self,
        )

    def _apply_details(
        self,
        generation: int,
        delegation: Delegation | None,
        members: list[Member],
        meals: list[ProgrammeItem],
    ) -> None:
        if generation != self._generation:
            return
        fill_combo(self.member, [(m.name, m.id) for m in members], self.tr("— choose —"))
        if members and self.member.currentData() is None:
            self.member.setCurrentIndex(1)
        fill_combo(
            self.meal,
            [
                (f"{short_datetime(i.start)} · {pick_text(i.title, current_language())}", i.id)
                for i in meals
            ],
            self.tr("— no meal —"),
        )
        if meals and self.meal.currentData() is None:
            self.meal.setCurrentIndex(1)
        # The guests' language is offered when a delegation is chosen; a reload after an edit
        # (e.g. a translation added from the fallback list) keeps the officer's choice.
        if delegation is not None and delegation.id != self._details_of:
            select_data(self.language, default_language(delegation.languages))
        self._details_of = delegation.id if delegation is not None else None
        self._update_fields()

    def _update_fields(self) -> None:
        kind = self.kind.currentData()
        self.member.setEnabled(kind in NEEDS_MEMBER)
        self.meal.setEnabled(kind in NEEDS_MEAL)
        self.arrange_button.setEnabled(kind in NEEDS_MEAL and self.meal.currentData() is not None)
        self.audience.setEnabled(kind in CHOOSES_AUDIENCE)
        # German beside German says nothing twice; only programmes have bilingual editions.
        self.bilingual.setEnabled(kind in BILINGUAL_KINDS
                                  and self.language.currentData() != OFFICE_LANGUAGE)
        fixed = {"guest": "guest", "run_sheet": "internal"}.get(kind)
        if fixed:
            select_data(self.audience, fixed)
        self._update_actions()

    def request(self) -> DocumentRequest | None:
        delegation_id = self.delegation.currentData()
        if delegation_id is None:
            return None
        return DocumentRequest(
            kind=self.kind.currentData(),
            delegation_id=delegation_id,
            lang=self.language.currentData(),
            audience=self.audience.currentData(),
            member_id=self.member.currentData(),
            item_id=self.meal.currentData(),
            bilingual=self.bilingual.isEnabled() and self.bilingual.isChecked(),
        )

    # -- generating -------------------------------------------------------------------------
    def generate(self) -> None:
        request = self.request()
        if request is None:
            self.status.setText(self.tr("Choose a delegation first."))
            return
        self.generate_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Generating…"))
        self.ctx.ops.run(
            lambda: generate(self.ctx.services, request), self._show, self._failed, owner=self
        )

    def arrange_seats(self) -> None:
        """The meal's seating editor; what it saves is what the plan prints next."""
        from planner.ui.dialogs.seating_editor import SeatingEditor

        item_id = self.meal.currentData()
        if item_id is None:
            return
        editor = SeatingEditor(self.ctx, item_id, self.language.currentData(), self)
        editor.exec()
        if self.current is not None and self.current.request.kind == "seating":
            self.generate()

    def choose_pack(self) -> None:
        if self.delegation.currentData() is None:
            self.status.setText(self.tr("Choose a delegation first."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the visit pack"))
        if folder:
            self.write_pack(Path(folder))

    def write_pack(self, folder: Path) -> None:
        """Generate the visit pack on the worker; the bar counts the documents."""
        delegation_id = self.delegation.currentData()
        if delegation_id is None:
            return
        self.pack_button.setEnabled(False)
        self.generate_button.setEnabled(False)
        self.busy.setRange(0, 0)
        self.busy.show()
        self.status.setText(self.tr("Writing the visit pack…"))
        report = self.pack_progress.report
        self.ctx.ops.run(lambda: write_pack(self.ctx.services, delegation_id, folder, report),
                         lambda result: self._pack_written(folder, result),
                         self._pack_failed, owner=self)

    def _on_pack_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _pack_written(self, folder: Path, result: PackResult) -> None:
        self._pack_done()
        text = self.tr("Visit pack: {n} files written to {folder}.").format(
            n=len(result.files), folder=str(folder))
        if result.warnings:
            text += " " + self.tr("{n} notices: {first}").format(
                n=len(result.warnings), first=result.warnings[0])
        self.status.setText(text)

    def _pack_failed(self, exc: BaseException) -> None:
        self._pack_done()
        self.status.setText("")
        show_error(self, exc)

    def _pack_done(self) -> None:
        self.pack_button.setEnabled(True)
        self.generate_button.setEnabled(True)
        self.busy.setRange(0, 0)
        self.busy.hide()

    def _show(self, document: GeneratedDocument) -> None:
        self.generate_button.setEnabled(True)
        self.busy.hide()
        self.current = document
        if document.is_pdf:
            self.preview.set_pdf(document.data)
            self.stack.setCurrentWidget(self.preview)
        else:
            self.text.setPlainText(document.data.decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
        self.notices.show_notices(document.warnings, document.fallbacks,
                                  self.language.currentText())
        self.status.setText(self.tr("{document} ready.").format(document=self.kind.currentText()))
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(True)
        self.busy.hide()
        self.status.setText("")
        show_error(self, exc)

    def _update_actions(self) -> None:
        ready = self.current is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready and self.current.is_pdf)  # type: ignore[union-attr]

    def _on_changes(self, changes: Changes) -> None:
        if changes.delegations:
            self.load_delegations()
        elif changes.members or changes.programme:
            self._load_details()

    # -- saving and printing ----------------------------------------------------------------
    def choose_save(self) -> None:
        if self.current is None:
            return
        suffix = self.current.suffix
        name = f"{self.current.request.kind}-{self.current.request.delegation_id}{suffix}"
        wanted = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Calendar (*.ics)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save document"), name, wanted)
        if path:
            self.save_document(Path(path))

    def save_document(self, path: Path) -> None:
        """Write the generated bytes as they are: what was previewed is what is saved."""
        if self.current is None:
            return
        if path.suffix.lower() != self.current.suffix:
            path = path.with_name(path.name + self.current.suffix)
        try:
            write_private(path, self.current.data)
        except OSError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved to {path}.").format(path=str(path)))

    def can_print(self) -> bool:
        return self.current is not None and self.current.is_pdf

    def print_document(self) -> None:
        if not self.can_print():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.kind.currentText())
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            try:
                print_pages(self.preview.document, printer)
            except RuntimeError as exc:
                show_error(self, exc)

    # -- fallbacks: the missing translation one step away ------------------------------------
    def open_fallback(self, fallback: Fallback) -> None:
        """A member's or an item's texts open in their dialog over this screen, so the officer
        translates and generates again without losing the place; a delegation's title or
        occasion and a host's function open on their own screens."""
        services, record_id = self.ctx.services, fallback.record_id
        if fallback.record == "member":
            self.ctx.ops.run(lambda: services.members.get(record_id), self._open_member,
                             owner=self)
        elif fallback.record == "item":
            self.ctx.ops.run(lambda: (services.programme.get(record_id), services.venues.list()),
                             lambda found: self._open_item(*found), owner=self)
        elif record_id is not None:
            self.navigate.emit(fallback.record, record_id)

    def _open_member(self, member: Member) -> None:
        from planner.ui.dialogs.member_dialog import MemberDialog

        self.dialog = MemberDialog(self.ctx, member, self)
        self.dialog.open()

    def _open_item(self, item: ProgrammeItem, venues: list[Venue]) -> None:
        from planner.ui.dialogs.item_dialog import ItemDialog

        self.dialog = ItemDialog(self.ctx, item, venues, self)
        self.dialog.open()

    def save(self) -> None:
        """Ctrl+S on this screen: nothing to save unless a document was generated."""
        if self.current is not None:
            self.choose_save()


class _PackProgress(QObject):
    """Documents of the pack done so far, reported on the worker, shown on the UI thread."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:  # called on the worker thread
        self.progressed.emit(done, total)  # ints only cross threads (see ops.py)
