"""The right-hand side of the Delegations screen: details, members and programme of one visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from planner.domain.errors import ValidationError
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import Delegation
from planner.services import Changes
from planner.ui.connection import StaleBanner
from planner.ui.dialogs.conflict import report_save_failure
from planner.ui.dialogs.errors import show_error
from planner.ui.i18n import current_language
from planner.ui.ops import AppContext
from planner.ui.undo import DeleteDelegation, SaveRecord, perform
from planner.ui.views.checklist_panel import ChecklistPanel
from planner.ui.views.delegation_form import DelegationForm
from planner.ui.views.members import MembersPanel
from planner.ui.views.programme_panel import ProgrammePanel
from planner.ui.views.widgets import EmptyState, editor_page


class DelegationEditor(QStackedWidget):
    saved = Signal(int)
    deleted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: Delegation | None = None
        self.dirty = False
        self.empty = EmptyState(
            self.tr("No delegation selected"),
            self.tr("Select a delegation in the list to see its details, members and programme."),
        )
        self.addWidget(self.empty)
        self.page: QWidget | None = None  # built on first use: opening the window stays quick
        self._pending_member: int | None = None  # to select once the delegation is shown
        self._pending_tab: tuple[int, int] | None = None  # (delegation, tab) once it is shown
        ctx.bus.changed.connect(self._on_changes)

    def _build_page(self) -> QWidget:
        ctx = self.ctx
        page, layout, self.heading, top = editor_page()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete delegation"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.setAccessibleName(self.tr("Save delegation"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("History of the delegation"))
        self.history_button.clicked.connect(self.show_history)
        self.timeline_button = QPushButton(self.tr("Timeline"))
        self.timeline_button.setToolTip(
            self.tr("Show on the timeline: the arrival day of this delegation"))
        self.timeline_button.clicked.connect(self.show_on_timeline)
        top.addWidget(self.timeline_button)
        top.addWidget(self.history_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.save_button)
        self.stale = StaleBanner()
        self.stale.reload_requested.connect(self._reload_stored)
        layout.addWidget(self.stale)
        self.tabs = QTabWidget()
        self.form = DelegationForm()
        self.form.changed.connect(self._on_edited)
        self.members = MembersPanel(ctx)
        self.programme = ProgrammePanel(ctx)
        self.checklist = ChecklistPanel(ctx)
        # Each tab scrolls, so the editor never forces the list beside it to shrink.
        self.tabs.addTab(_scrolling(self.form), self.tr("Details"))
        self.tabs.addTab(_scrolling(self.members), self.tr("Members"))
        self.tabs.addTab(_scrolling(self.programme), self.tr("Programme"))
        self.tabs.addTab(_scrolling(self.checklist), self.tr("Checklist"))
        layout.addWidget(self.tabs, 1)
        self.addWidget(page)
        self.page = page
        self._load_choices()
        return page

    def show_on_timeline(self) -> None:
        """The Programme screen's timeline on the visit's first day, rows by delegation."""
        record = self.record
        if record is None:
            return
        moment = record.arrival.at
        day = moment.astimezone(OFFICE_ZONE).date() if moment else date.today()
        window = self.window()
        if hasattr(window, "show_timeline"):
            window.show_timeline(day)

    @property
    def delegation_id(self) -> int | None:
        return self.record.id if self.record else None

    # -- loading ----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        s = self.ctx.services
        self.ctx.ops.run(
            lambda: (s.partners.list(), s.venues.list(), s.people.list()),
            self._apply_choices,
            owner=self,
        )

    def _apply_choices(self, lists: tuple[list, list, list]) -> None:  # type: ignore[type-arg]
        self.form.set_choices(*lists)
        if self.record is not None and not self.dirty:  # the choices may arrive after the record
            self.form.set_record(self.record)

    def load(self, delegation_id: int) -> None:
        self.ctx.ops.run(
            lambda: self.ctx.services.delegations.get(delegation_id), self.show_record, owner=self
        )

    def new(self) -> None:
        self.show_record(Delegation(title={}))
        self.tabs.setCurrentIndex(0)
        self.form.title.edits["de"].setFocus()

    def clear(self) -> None:
        self.record = None
        self.dirty = False
        self.setCurrentWidget(self.empty)

    def show_member(self, member_id: int) -> None:
        """The Members tab with this member selected, once the delegation is shown."""
        self._pending_member = member_id
        if self.record is not None and self.page is not None and \
                self.currentWidget() is self.page:
            member_ids_known = self.members.delegation_id == self.record.id
            if member_ids_known:
                self.tabs.setCurrentIndex(1)
                self.members.select_id(member_id)
                self._pending_member = None

    def show_tab(self, delegation_id: int, index: int) -> None:
        """Tab `index` of the delegation, now or as soon as it is shown (it may be loading)."""
        if self.record is not None and self.record.id == delegation_id and self.page is not None:
            self.tabs.setCurrentIndex(index)
        else:
            self._pending_tab = (delegation_id, index)

    def show_record(self, record: Delegation) -> None:
        page = self.page or self._build_page()
        self.record = record
        self.form.set_record(record)
        self.dirty = False
        self._update_heading()
        saved = record.id is not None
        self.delete_button.setEnabled(saved)
        self.history_button.setEnabled(saved)
        self.stale.hide()
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, saved)
        self.members.set_delegation(record.id)
        self.programme.set_delegation(record.id, record.arrival.at)
        self.checklist.set_delegation(record.id)
        if self._pending_member is not None and saved:
            self.tabs.setCurrentIndex(1)
            self.members.select_id(self._pending_member)
            self._pending_member = None
        if self._pending_tab is not None and self._pending_tab[0] == record.id:
            self.tabs.setCurrentIndex(self._pending_tab[1])
            self._pending_tab = None
        self.setCurrentWidget(page)

    def _update_heading(self) -> None:
        if self.record is None:
            return
        title = (
            self.record.display_title(current_language())
            if self.record.id
            else self.tr("New delegation")
        )
        self.heading.setText(title + (" •" if self.dirty else ""))

    def _on_edited(self) -> None:
        self.dirty = True
        self._update_heading()

    def _on_changes(self, changes: Changes) -> None:
        if self.page is not None and (changes.partners or changes.venues or changes.people):
            self._load_choices()
        if changes.delegations and self.record and self.record.id and self.dirty:
            self._check_stale(self.record.id)
        if changes.delegations and self.record and self.record.id and not self.dirty:
            record_id = self.record.id

            def reload() -> Delegation | None:
                try:
                    return self.ctx.services.delegations.get(record_id)
                except Exception:  # deleted meanwhile (e.g. undo of its creation)
                    return None

            self.ctx.ops.run(reload, self._after_reload, owner=self)

    def _after_reload(self, record: Delegation | None) -> None:
        if record is None:
            self.clear()
            self.deleted.emit()
        elif not self.dirty and self.record and record.id == self.record.id:
            self.show_record(record)

    def _check_stale(self, record_id: int) -> None:
        """Unsaved edits and a commit elsewhere: compare versions, keep the edits."""

        def stored_version() -> int | None:
            try:
                return self.ctx.services.delegations.get(record_id).version
            except Exception:  # deleted or unreachable: the save will say so
                return None

        def compare(version: int | None) -> None:
            record = self.record
            mine = record is not None and record.id == record_id and self.dirty
            if mine and version is not None and version != record.version:  # type: ignore[union-attr]
                self.stale.show()

        self.ctx.ops.run(stored_version, compare, owner=self)

    def _reload_stored(self) -> None:
        if self.record is not None and self.record.id is not None:
            self.dirty = False
            self.load(self.record.id)

    def show_history(self) -> None:
        from planner.ui.dialogs.history import HistoryDialog, service_history

        if self.record is None or self.record.id is None:
            return
        HistoryDialog(
            self.record.display_title(current_language()),
            "delegation",
            self.record.id,
            service_history(self.ctx.services),
            self,
        ).exec()

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.record is None:
            return
        before = self.record if self.record.id is not None else None
        try:
            edited = self.form.record(self.record)
        except ValidationError as error:  # a trip's cell that cannot be read: nothing saved
            focus = self.form.errors.show(error.problems)
            if focus is not None:
                focus.setFocus()
            return
        label = self.tr("Create delegation") if before is None else self.tr("Edit delegation")
        edit = SaveRecord(label, self.ctx.services.delegations, edited, before)
        self.save_button.setEnabled(False)
        perform(self.ctx, edit, self._on_saved, lambda exc: self._on_save_failed(exc, edited))

    def _on_saved(self, record: Delegation) -> None:
        self.save_button.setEnabled(True)
        self.show_record(record)
        self.saved.emit(record.id)

    def _on_save_failed(self, exc: BaseException, edited: Delegation) -> None:
        self.save_button.setEnabled(True)
        report_save_failure(
            self,
            self.ctx,
            self.ctx.services.delegations,
            exc,
            edited,
            self.form.errors,
            self.show_record,
            self._on_saved,
            before_focus=lambda: self.tabs.setCurrentIndex(0),
        )

    def delete(self) -> None:
        if self.record is None or self.record.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete delegation"),
            self.tr(
                "Delete “{title}” with its members and programme? You can undo this with Ctrl+Z."
            ).format(title=self.record.display_title(current_language())),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        edit = DeleteDelegation(
            self.tr("Delete delegation"),
            self.ctx.services,
            self.record.id,
            self.record.version or 0,
        )
        perform(
            self.ctx,
            edit,
            lambda _snapshot: (self.clear(), self.deleted.emit()),
            lambda exc: show_error(self, exc),
        )

    def discard_changes(self) -> None:
        if self.record is not None:
            self.show_record(replace(self.record))


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
