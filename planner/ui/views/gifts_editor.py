"""One gift in the editor: live warnings while typing, undoable save and delete."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from planner.domain.enums import GiftDirection
from planner.domain.records import DelegationSummary, Gift, PartnerCity
from planner.services.gifts import GiftWarning
from planner.ui.dialogs.conflict import report_save_failure
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext
from planner.ui.undo import DeleteRecord, SaveRecord, perform
from planner.ui.views.gifts_form import GiftForm
from planner.ui.views.widgets import EmptyState, editor_page

WARNING_DELAY_MS = 250  # recheck after a pause in typing, not on every key


class GiftEditor(QStackedWidget):
    saved = Signal(int)
    deleted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: Gift | None = None
        self.dirty = False
        self._generation = 0
        self.empty = EmptyState(
            self.tr("No gift selected"),
            self.tr("Select a gift in the list, or register one with “New gift”."),
        )
        self.addWidget(self.empty)
        page, layout, self.heading, top = editor_page()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete gift"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.setAccessibleName(self.tr("Save gift"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.delete_button)
        top.addWidget(self.save_button)
        self.form = GiftForm()
        self.form.changed.connect(self._on_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.page = page
        self.addWidget(page)
        self._timer = QTimer(self, singleShot=True, interval=WARNING_DELAY_MS)
        self._timer.timeout.connect(self.check_warnings)

    @property
    def gift_id(self) -> int | None:
        return self.record.id if self.record else None

    def set_choices(self, delegations: list[DelegationSummary], cities: list[PartnerCity]) -> None:
        self.form.set_choices(delegations, cities)
        if self.record is not None and not self.dirty:
            self.form.set_record(self.record)

    # -- loading ----------------------------------------------------------------------------
    def load(self, gift_id: int) -> None:
        self.ctx.ops.run(lambda: self.ctx.services.gifts.get(gift_id), self.show_record, owner=self)

    def new(self) -> None:
        self.show_record(Gift(direction=GiftDirection.GIVEN, description=""))
        self.form.description.setFocus()

    def clear(self) -> None:
        self.record = None
        self.dirty = False
        self._generation += 1
        self.setCurrentWidget(self.empty)

    def show_record(self, gift: Gift) -> None:
        self.record = gift
        self.form.set_record(gift)
        self.dirty = False
        self.delete_button.setEnabled(gift.id is not None)
        self._update_heading()
        self.setCurrentWidget(self.page)
        self.check_warnings()

    def _update_heading(self) -> None:
        if self.record is not None:
            title = self.record.description if self.record.id else self.tr("New gift")
            self.heading.setText(title + (" •" if self.dirty else ""))

    def _on_edited(self) -> None:
        self.dirty = True
        self._update_heading()
        self._timer.start()

    # -- warnings ---------------------------------------------------------------------------
    def check_warnings(self) -> None:
        """Ask the register off the UI thread; an answer for an older state is dropped."""
        if self.record is None:
            return
        self._generation += 1
        generation, gift = self._generation, self.form.record(self.record)
        self.ctx.ops.run(
            lambda: self.ctx.services.gifts.warnings(gift),
            lambda found: self._show_warnings(generation, found),
            owner=self,
        )

    def _show_warnings(self, generation: int, found: list[GiftWarning]) -> None:
        if generation != self._generation:
            return
        titles = {
            "duplicate": self.tr("Given before:"),
            "declaration": self.tr("Declaration required:"),
        }
        lines = [f"⚠ {titles.get(w.kind, '')} {w.message}".replace("  ", " ") for w in found]
        self.form.warnings.setText("\n".join(lines))
        self.form.warnings.setVisible(bool(lines))

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.record is None:
            return
        problem = self.form.value_problem()
        if problem is not None:
            self.form.errors.show([problem])
            return
        before = self.record if self.record.id is not None else None
        edited = self.form.record(self.record)
        text = self.tr("Register gift") if before is None else self.tr("Edit gift")
        self.save_button.setEnabled(False)
        perform(
            self.ctx,
            SaveRecord(text, self.ctx.services.gifts, edited, before),
            self._on_saved,
            lambda exc: self._on_failed(exc, edited),
        )

    def _on_saved(self, gift: Gift) -> None:
        self.save_button.setEnabled(True)
        self.show_record(gift)
        assert gift.id is not None
        self.saved.emit(gift.id)

    def _on_failed(self, exc: BaseException, edited: Gift) -> None:
        self.save_button.setEnabled(True)
        report_save_failure(
            self,
            self.ctx,
            self.ctx.services.gifts,
            exc,
            edited,
            self.form.errors,
            self.show_record,
            self._on_saved,
        )

    def ask_delete(self) -> None:
        if self.record is None or self.record.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete gift"),
            self.tr("Delete “{gift}” from the register? You can undo this with Ctrl+Z.").format(
                gift=self.record.description
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_gift()

    def delete_gift(self) -> None:
        if self.record is None or self.record.id is None:
            return
        perform(
            self.ctx,
            DeleteRecord(self.tr("Delete gift"), self.ctx.services.gifts, self.record),
            lambda _gift: (self.clear(), self.deleted.emit()),
            lambda exc: show_error(self, exc),
        )
