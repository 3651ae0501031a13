"""One list + editor widget for any reference list, driven by a CatalogueSpec."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import ConflictError, ValidationError
from planner.services import Changes
from planner.ui import settings
from planner.ui.dialogs.conflict import resolve_conflict
from planner.ui.dialogs.errors import show_error
from planner.ui.models.table import RecordTableModel
from planner.ui.ops import AppContext
from planner.ui.undo import DeleteRecord, SaveRecord, perform
from planner.ui.views.catalogue_form import SpecForm
from planner.ui.views.catalogue_specs import CatalogueSpec
from planner.ui.views.widgets import EmptyState, make_table, size_columns


def _tr(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


class CatalogueView(QWidget):
    def __init__(self, ctx: AppContext, spec: CatalogueSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.service: Any = getattr(ctx.services, spec.key)
        self.record: Any = None
        self._wanted_id: int | None = None  # to select once the list has loaded (select_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(placeholderText=self.tr("Search…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search {what}").format(what=_tr(spec.singular)))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filter(text))
        self.new_button = QPushButton(_tr(spec.new_label), objectName="primary")
        self.new_button.clicked.connect(self.new_record)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.model: RecordTableModel[Any] = RecordTableModel(spec.columns, parent=self)
        self.table = make_table(_tr(spec.singular))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        size_columns(self.table, [c.width for c in spec.columns])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.list_stack = QStackedWidget()
        self.empty = EmptyState(_tr(spec.empty_title), _tr(spec.empty_text))
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self._editor())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        state = settings.splitter_setting(spec.key).get()
        if state and not state.isEmpty():
            self.splitter.restoreState(state)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()
        self._load_choices()

    def _editor(self) -> QWidget:
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(
            EmptyState(
                self.tr("Nothing selected"),
                self.tr("Select an entry in the list to edit it, or create a new one."),
            )
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 0, 0, 0)
        self.heading = QLabel(objectName="sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.form = SpecForm(self.spec.fields)
        self.panel: Any = None
        if self.spec.panel is None:
            layout.addWidget(self.form, 1)
        else:
            layout.addWidget(self.form)
            self.panel = self.spec.panel(self.ctx)
            layout.addWidget(self.panel, 1)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.editor_stack.addWidget(page)
        self.page = page
        return self.editor_stack

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.run(self.service.list, self._show, owner=self)

    def _show(self, records: list[Any]) -> None:
        self.model.set_records(records)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.list_stack.setCurrentWidget(self.table if records else self.empty)
        if self._wanted_id is not None:
            self.select_id(self._wanted_id)
        if self.record is not None and self.record.id is not None:
            row = self.model.row_of(lambda r: r.id == self.record.id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                fresh = self.model.record(row)
                # Saved meanwhile (an undo, a colleague): show it, unless the form has edits.
                if fresh != self.record and self.form.record(self.record) == self.record:
                    self.show_record(fresh)

    def _load_choices(self) -> None:
        refs = {f.ref for f in self.spec.fields if f.kind == "ref"}
        for ref in refs:
            service = getattr(self.ctx.services, ref)
            self.ctx.ops.run(
                service.list,
                lambda rows, ref=ref: self.form.set_choices(ref, [(r.name, r.id) for r in rows]),
                owner=self,
            )

    def _on_changes(self, changes: Changes) -> None:
        if getattr(changes, self.spec.key, False):
            self.refresh()
        if any(getattr(changes, f.ref, False) for f in self.spec.fields if f.kind == "ref"):
            self._load_choices()

    def _on_current(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        record = self.model.record(current.row()) if current.isValid() else None
        if record is not None:
            self.show_record(record)

    def show_record(self, record: Any) -> None:
        self.record = record
        self.form.set_record(record)
        if self.panel is not None:
            self.panel.set_record(record)
        self.heading.setText(record.name or _tr(self.spec.new_label))
        self.delete_button.setEnabled(record.id is not None)
        self.editor_stack.setCurrentWidget(self.page)

    def select_id(self, record_id: int) -> None:
        """Select and show the record with this id, now or as soon as the list has loaded."""
        self.search.clear()  # a filter typed earlier must not hide it
        row = self.model.row_of(lambda r: r.id == record_id)
        self._wanted_id = record_id if row < 0 else None
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- actions ---------------------------------------------------------------------------
    def new_record(self) -> None:
        self.table.clearSelection()
        self.show_record(self.spec.blank())
        self.form.widgets[self.spec.fields[0].name].setFocus()

    def save(self) -> None:
        if self.record is None:
            return
        before = self.record if self.record.id is not None else None
        edited = self.form.record(self.record)
        text = self.tr("Save {what}").format(what=_tr(self.spec.singular))
        perform(
            self.ctx,
            SaveRecord(text, self.service, edited, before),
            self.show_record,
            lambda exc: self._failed(exc, edited),
        )

    def _failed(self, exc: BaseException, edited: Any) -> None:
        if isinstance(exc, ValidationError):
            widget = self.form.show_problems(exc.problems)
            if widget is not None:
                widget.setFocus()
        elif isinstance(exc, ConflictError) and edited.id is not None:
            resolve_conflict(
                self, self.ctx, self.service, edited, self.show_record, self.show_record, exc
            )
        else:
            show_error(self, exc)

    def delete(self) -> None:
        record = self.record
        if record is None or record.id is None:
            return
        if (
            QMessageBox.question(
                self, self.tr("Delete"), self.tr("Delete “{name}”?").format(name=record.name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        text = self.tr("Delete {what}").format(what=_tr(self.spec.singular))
        perform(
            self.ctx,
            DeleteRecord(text, self.service, record),
            lambda _r: self._deleted(),
            lambda exc: self._failed(exc, record),
        )

    def _deleted(self) -> None:
        self.record = None
        self.editor_stack.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        settings.splitter_setting(self.spec.key).set(self.splitter.saveState())
