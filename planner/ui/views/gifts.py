"""The Gifts screen: gifts given and received, with search, direction filter and the editor."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DeclarationStatus, GiftDirection
from planner.domain.records import Gift
from planner.services import Changes
from planner.ui import settings
from planner.ui.i18n import current_language
from planner.ui.models.gifts import GiftListModel, direction_label
from planner.ui.ops import AppContext
from planner.ui.views.gifts_editor import GiftEditor
from planner.ui.views.register_import import ask_and_import
from planner.ui.views.widgets import RecordList, ScreenHeader, list_editor_splitter

FILTER_DELAY_MS = 150


class GiftsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="screen")
        self.ctx = ctx
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.header = ScreenHeader(
            self.tr("Gifts"), self.tr("Gifts given and received on behalf of the city")
        )
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Gifts from a CSV or Excel list with the export's columns (the office's "
                    "earlier register); nothing is added unless every row is right")
        )
        self.import_button.clicked.connect(self.choose_import)
        self.header.add_action(self.import_button)
        self.new_button = QPushButton(self.tr("New gift"), objectName="primary")
        self.new_button.clicked.connect(self.new_record)
        self.header.add_action(self.new_button)
        layout.addWidget(self.header)
        bar = QHBoxLayout()
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Search gift, category, giver, recipient…  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search gifts"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.direction = QComboBox(accessibleName=self.tr("Direction filter"))
        self.direction.addItem(self.tr("Given and received"), None)
        for direction in GiftDirection:
            self.direction.addItem(direction_label(direction), direction)
        self.direction.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.search, 3)
        bar.addWidget(self.direction, 1)
        layout.addLayout(bar)
        self.model = GiftListModel(self)
        self.list_stack = RecordList(
            self.model,
            self.tr("Gift list"),
            self.tr("No gifts registered yet"),
            self.tr(
                "Register what the city gives and receives with “New gift”: the register "
                "warns before the same partner gets the same gift twice."
            ),
            [c.width for c in self.model.columns],
        )
        self.table, self.empty = self.list_stack.table, self.list_stack.empty
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.editor = GiftEditor(ctx)
        self.editor.saved.connect(lambda _id: self.refresh())
        self.editor.deleted.connect(self.table.clearSelection)
        self.splitter = list_editor_splitter("gifts", self.list_stack, self.editor, [700, 560])
        layout.addWidget(self.splitter, 1)
        self.count_label = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.count_label)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changes)
        self.load_choices()
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.search.text()
        direction = self.direction.currentData()
        direction = GiftDirection(direction) if direction else None
        self.ctx.ops.run(
            lambda: self.ctx.services.gifts.list(direction, text),
            lambda gifts: self._show(generation, gifts),
            owner=self,
        )

    def _show(self, generation: int, gifts: list[Gift]) -> None:
        if generation != self._generation:
            return
        self.model.set_records(gifts)
        filtered = bool(self.search.text().strip() or self.direction.currentData())
        self.list_stack.setCurrentWidget(self.table if gifts or filtered else self.empty)
        pending = sum(1 for g in gifts if g.declaration == DeclarationStatus.PENDING)
        text = self.tr("{count} gifts").format(count=len(gifts))
        if pending:
            text += " · " + self.tr("{count} declarations pending").format(count=pending)
        self.count_label.setText(text)
        current = self.editor.gift_id
        row = self.model.row_of(lambda g: g.id == current) if current else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def load_choices(self) -> None:
        s, lang = self.ctx.services, current_language()
        self.ctx.ops.run(
            lambda: (s.delegations.list(lang=lang), s.partners.list()),
            lambda lists: self.editor.set_choices(*lists),
            owner=self,
        )

    def _on_current(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        gift = self.model.record(current.row()) if current.isValid() else None
        if gift is not None and gift.id != self.editor.gift_id:
            self.editor.show_record(gift)

    def _on_changes(self, changes: Changes) -> None:
        if changes.gifts or changes.settings:
            self.refresh()
        if changes.delegations or changes.partners:
            self.load_choices()
        if changes.gifts and self.editor.record is not None and not self.editor.dirty:
            self.editor.check_warnings()

    def choose_import(self) -> None:
        ask_and_import(self, self.ctx, "gifts")

    def new_record(self) -> None:
        self.table.clearSelection()
        self.editor.new()

    def save(self) -> None:
        self.editor.save()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        settings.splitter_setting("gifts").set(self.splitter.saveState())
