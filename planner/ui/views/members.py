"""The Members tab: precedence list with inline editing, drag to reorder, head of delegation,
and a details dialog for everything the table has no column for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import ConflictError, ValidationError
from planner.domain.records import Member
from planner.services import Changes
from planner.ui.dialogs.conflict import resolve_conflict
from planner.ui.dialogs.errors import show_error
from planner.ui.dialogs.member_dialog import MemberDialog
from planner.ui.models.members import MembersModel
from planner.ui.ops import AppContext
from planner.ui.undo import DeleteRecord, ReorderMembers, SaveRecord, SetHead, perform
from planner.ui.views.forms import FieldErrors
from planner.ui.views.widgets import focus_shortcut, make_table, size_columns


class MembersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation_id: int | None = None
        self._wanted_id: int | None = None  # a member to select once the list has loaded
        self.dialog: MemberDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        hint = QLabel(
            self.tr(
                "Order of precedence: drag rows (or Alt+↑/↓) to reorder. "
                "Double-click a cell to edit it; Enter or “Details…” edits everything else "
                "(contact, needs, own arrival and departure). ★ marks the head of delegation."
            ),
            objectName="screenSubtitle",
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.errors = FieldErrors(QLabel())
        add_row = QHBoxLayout()
        self.new_name = QLineEdit(placeholderText=self.tr("Name of the new member"))
        self.new_name.setAccessibleName(self.tr("New member name"))
        self.new_name.returnPressed.connect(self.add_member)
        self.add_button = QPushButton(self.tr("Add member"))
        self.add_button.clicked.connect(self.add_member)
        add_row.addWidget(self.errors.field("name", self.new_name), 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.model = MembersModel(self)
        self.model.edit_requested.connect(self._save_edit)
        self.model.reorder_requested.connect(self._reorder)
        self.table = make_table(self.tr("Members"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        size_columns(self.table, [c.width for c in self.model.columns])
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.banner)
        buttons = QHBoxLayout()
        self.head_button = QPushButton(self.tr("★ Mark as head of delegation"))
        self.head_button.clicked.connect(self.mark_head)
        # Arrows, named for screen readers and tooltips: the row must fit beside the list.
        self.up_button = QPushButton("↑")
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+↑)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+↓)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(40)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(
            self.tr("All details of the selected member (Enter in the table)")
        )
        self.details_button.clicked.connect(self.open_details)
        self.delete_button = QPushButton(self.tr("Remove member"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.details_button, self.head_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        focus_shortcut(self.table, "Alt+Up", lambda: self.move_selected(-1))
        focus_shortcut(self.table, "Alt+Down", lambda: self.move_selected(1))
        # Only while the table itself has the focus: Enter in a cell editor still commits it.
        for key in ("Return", "Enter"):
            focus_shortcut(self.table, key, self.open_details)
        ctx.bus.changed.connect(self._on_changes)

    def set_delegation(self, delegation_id: int | None) -> None:
        self.delegation_id = delegation_id
        self.errors.clear()
        self.model.set_records([])
        self.refresh()

    def refresh(self) -> None:
        delegation_id = self.delegation_id
        if delegation_id is None:
            return
        self.ctx.ops.run(
            lambda: self.ctx.services.members.list(delegation_id),
            lambda rows: self._show(delegation_id, rows),
            owner=self,
        )

    def _show(self, delegation_id: int, rows: list[Member]) -> None:
        if delegation_id == self.delegation_id:
            selected = self.selected()
            self.model.set_records(rows)
            wanted = self._wanted_id if self._wanted_id is not None else (
                selected.id if selected is not None else None)
            self._wanted_id = None
            if wanted is not None:
                row = self.model.row_of(lambda m: m.id == wanted)
                if row >= 0:
                    self.table.selectRow(row)

    def select_id(self, member_id: int) -> None:
        """Select this member now, or when the list has loaded."""
        row = self.model.row_of(lambda m: m.id == member_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setFocus()
        else:
            self._wanted_id = member_id

    def _on_changes(self, changes: Changes) -> None:
        if changes.members or changes.delegations:
            self.refresh()

    def selected(self) -> Member | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    # -- actions ----------------------------------------------------------------------------
    def open_details(self) -> None:
        member = self.selected()
        if member is None or member.id is None:
            return
        self.dialog = MemberDialog(self.ctx, member, self)
        self.dialog.open()

    def _double_clicked(self, index: QModelIndex) -> None:
        """Cells that cannot be edited in place (rank, head) open the details instead."""
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.open_details()

    def add_member(self) -> None:
        if self.delegation_id is None:
            return
        rank = max((m.rank for m in self.model.records()), default=0) + 1
        member = Member(
            delegation_id=self.delegation_id,
            name=self.new_name.text().strip(),
            rank=rank,
            is_head=self.model.total_count() == 0,
        )
        edit = SaveRecord(self.tr("Add member"), self.ctx.services.members, member)
        perform(
            self.ctx, edit, lambda _m: (self.new_name.clear(), self.errors.clear()), self._failed
        )

    def _save_edit(self, before: Member, after: Member) -> None:
        members = self.ctx.services.members
        edit = SaveRecord(self.tr("Edit member"), members, after, before)

        def failed(exc: BaseException) -> None:
            # Someone else saved this member first: compare and choose, as in every editor;
            # the table shows the stored row again either way.
            if isinstance(exc, ConflictError):
                self.refresh()
                resolve_conflict(self, self.ctx, members, after, lambda _stored: self.refresh(),
                                 lambda _saved: self.errors.clear(), exc)
            else:
                self._failed(exc)

        perform(self.ctx, edit, lambda _m: self.errors.clear(), failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            show_error(self, exc)

    def mark_head(self) -> None:
        member = self.selected()
        if member is not None and member.id is not None and not member.is_head:
            edit = SetHead(
                self.tr("Mark as head of delegation"),
                self.ctx.services,
                member.delegation_id,
                member.id,
            )
            perform(self.ctx, edit, failure=self._failed)

    def move_selected(self, step: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        target = row + 2 if step > 0 else row - 1
        if 0 <= target <= self.model.rowCount():
            self.model.move_rows([row], target)

    def _reorder(self, order: list[int]) -> None:
        if self.delegation_id is None:
            return
        before = [m.id for m in self.model.records()]
        edit = ReorderMembers(
            QCoreApplication.translate("MembersPanel", "Reorder members"),
            self.ctx.services,
            self.delegation_id,
            before,
            order,
        )
        perform(self.ctx, edit, failure=self._failed)

    def delete_selected(self) -> None:
        member = self.selected()
        if member is not None:
            edit = DeleteRecord(self.tr("Remove member"), self.ctx.services.members, member)
            perform(self.ctx, edit, failure=self._failed)
