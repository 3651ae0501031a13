"""The Golden Book screen: the register with search and filters, the entry editor, volumes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import EntryStatus
from planner.domain.records import DelegationSummary, GoldenBook, GoldenBookRegisterLine
from planner.domain.settings import GOLDEN_BOOK_CONTINUOUS_NUMBERING
from planner.services import Changes
from planner.services.golden_book import RegisterQuery
from planner.ui import settings
from planner.ui.dialogs.errors import show_error
from planner.ui.dialogs.golden_book import RenumberDialog
from planner.ui.dialogs.golden_book_volumes import VolumesDialog
from planner.ui.i18n import current_language
from planner.ui.models.golden_book import RegisterModel, renumber_preview, status_label
from planner.ui.ops import AppContext
from planner.ui.views.delegation_form import fill_combo
from planner.ui.views.golden_book_editor import EntryEditor
from planner.ui.views.golden_book_export import write_register
from planner.ui.views.register_import import ask_and_import
from planner.ui.views.widgets import RecordList, ScreenHeader, list_editor_splitter

FILTER_DELAY_MS = 150  # one SQL search per pause in typing (< 50 ms over 5,000 entries)


@dataclass(frozen=True)
class _Choices:
    books: list[GoldenBook]
    delegations: list[DelegationSummary]
    years: list[int]


class GoldenBookScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="screen")
        self.ctx = ctx
        self.books: list[GoldenBook] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.header = ScreenHeader(
            self.tr("Golden Book"), self.tr("Entries in the City of Dortmund's Golden Book")
        )
        self.volumes_button = QPushButton(self.tr("Volumes…"))
        self.volumes_button.clicked.connect(self.manage_volumes)
        self.renumber_button = QPushButton(self.tr("Renumber…"))
        self.renumber_button.setToolTip(self.tr("Close the gaps left by cancelled entries"))
        self.renumber_button.clicked.connect(self.ask_renumber)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr(
                "The register of the year chosen in the filter (or all years) as PDF, CSV or XLSX"
            )
        )
        self.export_button.clicked.connect(self.choose_export)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Entries from a CSV or Excel list with the export's columns (the office's "
                    "earlier register); nothing is added unless every row is right")
        )
        self.import_button.clicked.connect(self.choose_import)
        self.new_button = QPushButton(self.tr("New entry"), objectName="primary")
        self.new_button.clicked.connect(self.new_record)
        for button in (
            self.volumes_button,
            self.renumber_button,
            self.import_button,
            self.export_button,
            self.new_button,
        ):
            self.header.add_action(button)
        layout.addWidget(self.header)
        layout.addLayout(self._filter_bar())
        self.model = RegisterModel(self)
        self.list_stack = RecordList(
            self.model,
            self.tr("Golden Book register"),
            self.tr("No entries in the Golden Book yet"),
            self.tr(
                "A programme item of the kind “Golden Book signing” plans an entry; "
                "or start one here with “New entry”."
            ),
            [c.width for c in self.model.columns],
        )
        self.table, self.empty = self.list_stack.table, self.list_stack.empty
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.editor = EntryEditor(ctx)
        self.editor.saved.connect(lambda _id: self.refresh())
        self.splitter = list_editor_splitter(
            "golden_book", self.list_stack, self.editor, [620, 640]
        )
        layout.addWidget(self.splitter, 1)
        self.count_label = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.count_label)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changes)
        self.load_choices()
        self.refresh()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Search names (any script), city, occasion…  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search the Golden Book"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.year = QComboBox(accessibleName=self.tr("Year filter"))
        self.volume = QComboBox(accessibleName=self.tr("Volume filter"))
        self.status = QComboBox(accessibleName=self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in EntryStatus:
            self.status.addItem(status_label(status), status)
        for combo in (self.year, self.volume, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.search, 3)
        bar.addWidget(self.year, 1)
        bar.addWidget(self.volume, 1)
        bar.addWidget(self.status, 1)
        return bar

    # -- querying ---------------------------------------------------------------------------
    def current_query(self) -> RegisterQuery:
        return RegisterQuery(
            text=self.search.text(), year=self.year.currentData(), book_id=self.volume.currentData()
        )

    def refresh(self) -> None:
        """Ask the service on the worker; only the newest answer is shown."""
        self._generation += 1
        generation, query = self._generation, self.current_query()
        status = self.status.currentData()
        register = self.ctx.services.golden_book.register

        def fetch() -> list[GoldenBookRegisterLine]:
            lines = register(query)
            return [line for line in lines if status is None or line.status == status]

        self.ctx.ops.run(fetch, lambda lines: self._show(generation, lines), owner=self)

    def _show(self, generation: int, lines: list[GoldenBookRegisterLine]) -> None:
        if generation != self._generation:
            return
        self.model.set_records(lines)
        filtered = bool(
            self.search.text().strip()
            or self.year.currentData()
            or self.volume.currentData()
            or self.status.currentData()
        )
        self.list_stack.setCurrentWidget(self.table if lines or filtered else self.empty)
        self.count_label.setText(self.tr("{count} entries").format(count=len(lines)))
        current = self.editor.entry_id
        row = self.model.row_of(lambda line: line.entry_id == current) if current else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def load_choices(self) -> None:
        s, lang = self.ctx.services, current_language()

        def fetch() -> _Choices:
            years = {line.signed_on.year for line in s.golden_book.register() if line.signed_on}
            return _Choices(
                s.golden_book.books(), s.delegations.list(lang=lang), sorted(years, reverse=True)
            )

        self.ctx.ops.run(fetch, self._apply_choices, owner=self)

    def _apply_choices(self, choices: _Choices) -> None:
        self.books = choices.books
        fill_combo(self.year, [(str(y), y) for y in choices.years], self.tr("All years"))
        fill_combo(
            self.volume,
            [(self.tr("Volume {number}").format(number=b.number), b.id) for b in choices.books],
            self.tr("All volumes"),
        )
        self.editor.set_choices(choices.books, choices.delegations)

    def _on_current(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        line = self.model.record(current.row()) if current.isValid() else None
        if line is not None and line.entry_id != self.editor.entry_id:
            self.editor.load(line.entry_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.golden_book or changes.delegations or changes.programme:
            self.refresh()
        if changes.golden_book:
            self.editor.follow_store()
        if changes.golden_book or changes.delegations:
            self.load_choices()

    # -- actions ----------------------------------------------------------------------------
    def new_record(self) -> None:
        self.table.clearSelection()
        book_id = self.volume.currentData() or (self.books[-1].id if self.books else None)
        if book_id is None:
            self.manage_volumes()  # an entry needs a volume; the dialog offers to create one
            return
        self.editor.new(book_id)

    def save(self) -> None:
        self.editor.save()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def manage_volumes(self) -> None:
        VolumesDialog(self.ctx, self).exec()
        self.load_choices()

    def _renumber_volume(self) -> GoldenBook | None:
        wanted = self.volume.currentData() or (
            self.editor.record.book_id if self.editor.record else None
        )
        found = [b for b in self.books if b.id == wanted] or self.books[-1:]
        return found[0] if found else None

    def ask_renumber(self) -> None:
        book = self._renumber_volume()
        if book is None or book.id is None:
            return
        s = self.ctx.services

        def preview() -> list[tuple[GoldenBookRegisterLine, int | None]]:
            continuous = bool(s.settings.get(GOLDEN_BOOK_CONTINUOUS_NUMBERING))
            lines = s.golden_book.register(RegisterQuery(book_id=None if continuous else book.id))
            return renumber_preview(lines)

        def confirm(moves: list[tuple[GoldenBookRegisterLine, int | None]]) -> None:
            if RenumberDialog(book.number, moves, self).exec():
                self.renumber(book.id)  # type: ignore[arg-type]

        self.ctx.ops.run(preview, confirm, owner=self)

    def renumber(self, book_id: int) -> None:
        """Audited and not undoable; the dialog said so before."""
        self.ctx.ops.run(
            lambda: self.ctx.services.golden_book.renumber(book_id),
            lambda moves: self.count_label.setText(
                self.tr("{count} numbers changed.").format(count=len(moves))
            ),
            lambda exc: show_error(self, exc),
            owner=self,
        )

    def choose_export(self) -> None:
        year = self.year.currentData()
        name = f"goldenes-buch-{year}.pdf" if year else "goldenes-buch.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the register {year}").format(year=year or ""),
            name,
            self.tr("PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)"),
        )
        if path:
            self.export_register(Path(path), year)

    def choose_import(self) -> None:
        ask_and_import(self, self.ctx, "goldenbook")

    def export_register(self, path: Path, year: int | None) -> None:
        lang = "de" if current_language() == "de" else "en"
        self.count_label.setText(self.tr("Exporting the register…"))
        self.ctx.ops.run(
            lambda: write_register(self.ctx.services, path, year, lang),
            lambda warnings: self.count_label.setText(
                self.tr("Register saved to {path}.").format(path=str(path))
                + ("  " + "; ".join(warnings) if warnings else "")
            ),
            lambda exc: show_error(self, exc),
            owner=self,
        )

    def save_state(self) -> None:
        settings.splitter_setting("golden_book").set(self.splitter.saveState())
