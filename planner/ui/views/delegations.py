"""The Delegations screen: filter bar, the list (loaded once, filtered in the model), editor."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DelegationStatus
from planner.domain.records import DelegationSummary
from planner.services import Changes
from planner.ui import settings
from planner.ui.i18n import OFFICE_TZ, current_language, short_datetime
from planner.ui.labels import label
from planner.ui.models.delegations import DelegationListModel, DelegationQuery
from planner.ui.ops import AppContext
from planner.ui.views.delegation_editor import DelegationEditor
from planner.ui.views.widgets import (
    RecordList,
    ScreenHeader,
    StatusChipDelegate,
    list_editor_splitter,
)

_NO_DATE = QDate(2000, 1, 1)


class DelegationsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="screen")
        self.ctx = ctx
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.header = ScreenHeader(
            self.tr("Delegations"), self.tr("Visits to Dortmund and the city's trips abroad")
        )
        self.new_button = QPushButton(self.tr("New delegation"), objectName="primary")
        self.new_button.setAccessibleName(self.tr("New delegation"))
        self.new_button.clicked.connect(self.new_delegation)
        self.header.add_action(self.new_button)
        layout.addWidget(self.header)
        layout.addLayout(self._filter_bar())
        self.model = DelegationListModel(self)
        self.list_stack = RecordList(
            self.model,
            self.tr("Delegation list"),
            self.tr("No delegations yet"),
            self.tr(
                "Create the first delegation with “New delegation” (Ctrl+N), "
                "or load the demo data from the File menu."
            ),
            [c.width for c in self.model.columns],
        )
        self.table, self.empty = self.list_stack.table, self.list_stack.empty
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(2, StatusChipDelegate(self.table))
        # The status chip and the arrival are as wide as their longest text in the window's
        # language ("Abgeschlossen", "24. Sept. 2026, 18:40 CST" abroad): never cut.
        metrics = self.table.fontMetrics()
        chip = max(metrics.horizontalAdvance(label(s)) for s in DelegationStatus) + 30
        self.table.setColumnWidth(2, max(self.model.columns[2].width, chip))
        arrival = metrics.horizontalAdvance(short_datetime(datetime(2026, 9, 24, 10, 40,
                                                                    tzinfo=UTC),
                                                           "Asia/Shanghai")) + 24
        self.table.setColumnWidth(3, max(self.model.columns[3].width, arrival))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.editor = DelegationEditor(ctx)
        self.editor.saved.connect(self._on_saved)
        self.editor.deleted.connect(lambda: self.table.clearSelection())
        self.splitter = list_editor_splitter(
            "delegations", self.list_stack, self.editor, [540, 560]
        )
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # Until the officer moves the divider (or one is stored), the list gets the width of
        # its first four columns (title, partner city, status, arrival) at every size.
        self._fit_divider = settings.splitter_setting("delegations").get().isEmpty()
        self.splitter.splitterMoved.connect(self._divider_moved)
        layout.addWidget(self.splitter, 1)
        self.count_label = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.count_label)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, partner city, occasion…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search delegations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.apply_filter())
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in DelegationStatus:
            self.status.addItem(label(status), status)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_from = self._date_edit(self.tr("Arriving from"))
        self.date_until = self._date_edit(self.tr("Arriving until"))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status, 1)
        bar.addWidget(QLabel(self.tr("Arriving")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_until)
        return bar

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(_NO_DATE)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.dateChanged.connect(lambda _d: self.apply_filter())
        return edit

    # -- querying ---------------------------------------------------------------------------
    def current_query(self) -> DelegationQuery:
        status = self.status.currentData()
        return DelegationQuery(
            text=self.search.text(),
            status=DelegationStatus(status) if status else None,
            arriving_from=_bound(self.date_from.date()),
            arriving_until=_bound(self.date_until.date(), next_day=True),
        )

    def refresh(self) -> None:
        """Load every delegation on the worker (a few thousand: ~0.1 s); only the newest
        answer is shown. Filtering and sorting then happen in the model, per keystroke."""
        self._generation += 1
        generation = self._generation
        services, lang = self.ctx.services, current_language()
        self.ctx.ops.run(
            lambda: services.delegations.list(lang=lang),
            lambda rows: self._show(generation, rows),
            owner=self,
        )

    def _show(self, generation: int, rows: list[DelegationSummary]) -> None:
        if generation != self._generation:
            return
        self.model.query = self.current_query()
        self.model.set_records(rows)
        self._after_filter()

    def apply_filter(self) -> None:
        self.model.set_query(self.current_query())
        self._after_filter()

    def _after_filter(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.list_stack.setCurrentWidget(self.table if total else self.empty)
        if shown == total:
            text = self.tr("{count} delegations").format(count=total)
        else:
            text = self.tr("{shown} of {count} delegations").format(shown=shown, count=total)
        self.count_label.setText(text)
        current = self.editor.delegation_id
        if current is not None:
            row = self.model.row_of(lambda d: d.id == current)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)

    def _on_current(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        record = self.model.record(current.row()) if current.isValid() else None
        editor = self.editor
        if record is None or record.id == editor.delegation_id:
            return
        if editor.dirty and editor.record is not None:
            # Unsaved edits are never dropped by a click in the list: the officer decides.
            choice = self.ask_unsaved(editor.heading.text().rstrip(" •"))
            if choice != UnsavedChoice.DISCARD:
                self._reselect_edited()
                if choice == UnsavedChoice.SAVE:
                    editor.save()  # and stay: a refused save shows its problems here
                return
        editor.load(record.id)

    def ask_unsaved(self, title: str) -> UnsavedChoice:
        """Save, discard or keep editing the delegation with unsaved changes."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("“{title}” has changes that are not saved.").format(
                              title=title), parent=self)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        return UnsavedChoice.DISCARD if clicked is discard else UnsavedChoice.STAY

    def _reselect_edited(self) -> None:
        current = self.editor.delegation_id
        row = self.model.row_of(lambda d: d.id == current) if current is not None else -1
        self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)

    def _on_changes(self, changes: Changes) -> None:
        if changes.delegations or changes.members or changes.partners:
            self.refresh()

    def _on_saved(self, delegation_id: int) -> None:
        self.refresh()

    # -- actions ----------------------------------------------------------------------------
    def open_delegation(self, delegation_id: int) -> bool:
        """Show the delegation's details, unless another delegation has unsaved edits (they
        are never dropped by a jump from elsewhere): False then."""
        editor = self.editor
        if editor.dirty and editor.delegation_id != delegation_id:
            return False
        if editor.delegation_id != delegation_id:
            editor.load(delegation_id)
        row = self.model.row_of(lambda d: d.id == delegation_id)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        if editor.page is not None:
            editor.tabs.setCurrentIndex(0)
        return True

    def new_delegation(self) -> None:
        self.table.clearSelection()
        self.editor.new()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save(self) -> None:
        self.editor.save()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fit_divider:
            QTimer.singleShot(0, self._divide)

    def _divider_moved(self, *_args: object) -> None:
        if not self._dividing:
            self._fit_divider = False

    _dividing = False

    def _divide(self) -> None:
        if not self._fit_divider:
            return
        total = sum(self.splitter.sizes())
        wanted = sum(self.table.columnWidth(c) for c in range(4)) \
            + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        room = total - self.editor.minimumSizeHint().width()
        if total > 0 and room > 0:
            left = min(wanted, room)
            self._dividing = True
            self.splitter.setSizes([left, total - left])
            self._dividing = False

    def save_state(self) -> None:
        settings.splitter_setting("delegations").set(self.splitter.saveState())


def _bound(value: QDate, *, next_day: bool = False) -> datetime | None:
    if value == _NO_DATE:
        return None
    if next_day:
        value = value.addDays(1)
    return datetime(value.year(), value.month(), value.day(), tzinfo=OFFICE_TZ)


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"
