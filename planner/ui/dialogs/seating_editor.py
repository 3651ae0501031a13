"""Arranging a meal's seats by hand: the rules' plan first, then drag a person onto another
chair (or select two and swap them), lock chairs, seat the others again by the rules; every
change undoable (Ctrl+Z) until it is saved, as one transaction, for the plan and the cards."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.documents.data import TableSpec
from planner.domain.errors import Problem, ValidationError
from planner.domain.seating import SHAPES, STYLES, Plan
from planner.domain.seating_edit import Chair, assignments, swap
from planner.services.seating import Arrangement
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext
from planner.ui.views.forms import FieldErrors

_COLUMNS = 5  # table, chair, person, side, locked


class ChairTable(QTableWidget):
    """Every chair of every table, one row each; a row dropped onto another swaps them."""

    swap_requested = Signal(int, int)

    def __init__(self) -> None:
        super().__init__(0, _COLUMNS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.verticalHeader().hide()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.rowAt(int(event.position().y()))
        source = self.currentRow()
        event.setDropAction(Qt.DropAction.IgnoreAction)  # we move people, not table rows
        event.accept()
        if target >= 0 and source >= 0 and target != source:
            self.swap_requested.emit(source, target)


class _Change(QUndoCommand):
    """One change of the arrangement: the plan and locks before and after."""

    def __init__(self, editor: SeatingEditor, text: str, before: Arrangement,
                 after: Arrangement) -> None:
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after

    def redo(self) -> None:
        self.editor.show_arrangement(self.after)

    def undo(self) -> None:
        self.editor.show_arrangement(self.before)


class SeatingEditor(QDialog):
    def __init__(self, ctx: AppContext, item_id: int, lang: str = "de",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item_id, self.lang = ctx, item_id, lang
        self.current: Arrangement | None = None
        self.saved_index = 0
        self.stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Arrange the seats"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("The rules seat everyone first. Drag a person onto another "
                              "chair, or select two chairs and press Swap; lock the chairs "
                              "you want to keep and let the rules seat the others again."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.errors = FieldErrors(QLabel())
        layout.addWidget(self.errors.banner)
        options = QHBoxLayout()
        self.shape = QComboBox(accessibleName=self.tr("Table shape"))
        for key, text in zip(SHAPES, (self.tr("Round"), self.tr("Long, both sides"),
                                      self.tr("Long, one side"), self.tr("U-shape")),
                             strict=True):
            self.shape.addItem(text, key)
        self.style_box = QComboBox(accessibleName=self.tr("Style"))
        for key, text in zip(STYLES, (self.tr("Co-host facing the host"),
                                      self.tr("Co-host at the far end")), strict=True):
            self.style_box.addItem(text, key)
        self.tables = QLineEdit(accessibleName=self.tr("Tables"))
        self.tables.setPlaceholderText(self.tr("e.g. Ehrentisch:10, Tisch 2:8"))
        apply_button = QPushButton(self.tr("Seat by the rules"))
        apply_button.setToolTip(self.tr("Seat everyone again at these tables, in this shape "
                                        "and style (locks are kept)"))
        apply_button.clicked.connect(self.apply_tables)
        for widget in (self.shape, self.style_box):
            options.addWidget(widget)
        options.addWidget(self.errors.field("tables", self.tables), 1)
        options.addWidget(apply_button)
        layout.addLayout(options)
        self.chairs = ChairTable()
        self.chairs.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Chair"),
                                               self.tr("Person"), self.tr("Side"),
                                               self.tr("Locked")])
        header = self.chairs.horizontalHeader()
        for column in range(_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.chairs.setAccessibleName(self.tr("Chairs"))
        self.chairs.swap_requested.connect(self.swap_rows)
        self.chairs.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.chairs, 1)
        buttons = QHBoxLayout()
        self.swap_button = QPushButton(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Exchange the two selected chairs"))
        self.swap_button.clicked.connect(self.swap_selected)
        self.reseat_button = QPushButton(self.tr("Seat the others again"))
        self.reseat_button.clicked.connect(self.reseat)
        undo = self.stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close_editor)
        for widget in (self.swap_button, self.reseat_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.load()

    # -- reading ----------------------------------------------------------------------------
    def load(self, tables: list[TableSpec] | None = None, shape: str | None = None,
             style: str | None = None) -> None:
        seating, lang, item = self.ctx.services.seating, self.lang, self.item_id
        self.ctx.ops.run(lambda: seating.arrangement(item, lang, tables, shape, style),
                         self._loaded, self._failed, owner=self)

    def _loaded(self, arrangement: Arrangement) -> None:
        if self.current is None:
            self.show_arrangement(arrangement)
            self.saved_index = self.stack.index()
            return
        # New tables, shape or style: keep the locks that still fit, as one undoable step.
        locked = frozenset(k for k in self.current.locked
                           if k in assignments(arrangement.plan))
        after = arrangement.rearranged(arrangement.plan, locked)
        after = after.rearranged(after.reseated(locked), locked) if locked else after
        after = _with_version(after, self.current.version)
        self.stack.push(_Change(self, self.tr("Seat by the rules"), self.current, after))

    def show_arrangement(self, arrangement: Arrangement) -> None:
        self.current = arrangement
        data = arrangement.data
        select(self.shape, data.tables[0].shape if data.tables else "round")
        select(self.style_box, data.style)
        self.tables.setText(", ".join(f"{t.name}:{t.seats}" for t in data.tables))
        names = {f"member:{m.id}": m.name for m in data.members}
        self.chairs.blockSignals(True)
        rows = [(t, c, table, place) for t, table in enumerate(arrangement.plan.tables)
                for c, place in enumerate(table.places)]
        self.chairs.setRowCount(len(rows))
        for row, (t, c, table, place) in enumerate(rows):
            person = place.sitter
            side = "" if person is None else (self.tr("Guest") if person.side == "guest"
                                               else self.tr("Host"))
            values = (table.table.name, str(place.number),
                      "" if person is None else names.get(person.key, person.name), side)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (t, c))
                self.chairs.setItem(row, column, item)
            lock = QTableWidgetItem()
            lock.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            locked = person is not None and person.key in arrangement.locked
            lock.setCheckState(Qt.CheckState.Checked if locked else Qt.CheckState.Unchecked)
            lock.setData(Qt.ItemDataRole.UserRole, (t, c))
            self.chairs.setItem(row, 4, lock)
        self.chairs.blockSignals(False)

    # -- changing ---------------------------------------------------------------------------
    def chair_of(self, row: int) -> Chair:
        return self.chairs.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def swap_rows(self, first: int, second: int) -> None:
        if self.current is None:
            return
        plan = swap(self.current.plan, self.chair_of(first), self.chair_of(second))
        self._change(self.tr("Swap two chairs"), plan, self.current.locked)

    def swap_selected(self) -> None:
        rows = sorted({index.row() for index in self.chairs.selectedIndexes()})
        if len(rows) != 2:
            self.errors.show([], self.tr("Select two chairs to swap."))
            return
        self.swap_rows(*rows)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 4 or self.current is None:
            return
        t, c = item.data(Qt.ItemDataRole.UserRole)
        person = self.current.plan.tables[t].places[c].sitter
        if person is None:
            self.show_arrangement(self.current)  # an empty chair has nobody to lock
            return
        locked = set(self.current.locked)
        if item.checkState() == Qt.CheckState.Checked:
            locked.add(person.key)
        else:
            locked.discard(person.key)
        text = self.tr("Lock a chair") if person.key in locked else self.tr("Unlock a chair")
        self._change(text, self.current.plan, frozenset(locked))

    def reseat(self) -> None:
        if self.current is not None:
            self._change(self.tr("Seat the others again"),
                         self.current.reseated(self.current.locked), self.current.locked)

    def apply_tables(self) -> None:
        tables = self.parse_tables(self.tables.text(), self.shape.currentData())
        if tables is None:
            return
        self.load(tables, self.shape.currentData(), self.style_box.currentData())

    def parse_tables(self, text: str, shape: str) -> list[TableSpec] | None:
        """'Ehrentisch:10, Tisch 2:8' → tables; else the reason beside the field, and None."""
        tables = []
        for part in (p.strip() for p in text.split(",") if p.strip()):
            name, _, seats = part.rpartition(":")
            if not name.strip() or not seats.strip().isdigit() or not 1 <= int(seats) <= 200:
                self.errors.show([Problem("tables", self.tr(
                    "“{part}” must look like NAME:SEATS with 1 to 200 seats, e.g. "
                    "Ehrentisch:10").format(part=part))])
                return None
            tables.append(TableSpec(name.strip(), int(seats), shape))
        if not tables:
            self.errors.show([Problem("tables", self.tr(
                "Name at least one table, e.g. Ehrentisch:10"))])
            return None
        return tables

    def _change(self, text: str, plan: Plan, locked: frozenset[str]) -> None:
        assert self.current is not None
        after = self.current.rearranged(plan, locked)
        self.stack.push(_Change(self, text, self.current, after))

    # -- saving -----------------------------------------------------------------------------
    @property
    def unsaved(self) -> bool:
        return self.stack.index() != self.saved_index

    def save(self) -> None:
        if self.current is None:
            return
        current = self.current
        chairs = assignments(current.plan)
        self.save_button.setEnabled(False)
        self.ctx.ops.run(
            lambda: self.ctx.services.seating.save(self.item_id, current.data, chairs,
                                                   sorted(current.locked), current.version),
            self._saved, self._failed, owner=self)

    def _saved(self, version: int) -> None:
        self.save_button.setEnabled(True)
        assert self.current is not None
        self.current = _with_version(self.current, version)
        self.saved_index = self.stack.index()
        self.errors.clear()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            show_error(self, exc)

    def close_editor(self) -> None:
        if self.unsaved:
            answer = QMessageBox.question(
                self, self.tr("Arrange the seats"),
                self.tr("Save the seating before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                self.ctx.ops.wait()
        self.accept()


def _with_version(arrangement: Arrangement, version: int) -> Arrangement:
    return replace(arrangement, version=version)


def select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
