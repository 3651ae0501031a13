"""Edit one programme item in three tabs: General (time, place, vehicle), People, Texts."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ItemKind, ItemStatus, ResourceKind
from planner.domain.errors import ValidationError
from planner.domain.records import HostPerson, Member, ProgrammeItem, Resource, Venue
from planner.ui.dialogs.conflict import report_save_failure
from planner.ui.dialogs.item_people import ItemPeople
from planner.ui.dialogs.item_texts import ItemTexts
from planner.ui.i18n import OFFICE_TZ, current_language
from planner.ui.labels import label
from planner.ui.ops import AppContext
from planner.ui.theme import ERROR
from planner.ui.undo import SaveRecord, perform
from planner.ui.views.delegation_form import enum_data, fill_combo, select_data
from planner.ui.views.forms import DateTimeField, FieldErrors
from planner.ui.views.lang_texts import LangTextEdit


class ItemDialog(QDialog):
    """Saves through the services itself and stays open while the input is refused."""

    def __init__(
        self,
        ctx: AppContext,
        item: ProgrammeItem,
        venues: list[Venue],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.saved: ProgrammeItem | None = None
        self.choices_loaded = False
        new = item.id is None
        self.setWindowTitle(self.tr("New programme item") if new else self.tr("Programme item"))
        self.setMinimumSize(820, 600)
        layout = QVBoxLayout(self)
        self.errors = FieldErrors(QLabel())
        layout.addWidget(self.errors.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Programme item sections"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._general(venues), self.tr("General"))
        self.people = ItemPeople(self.errors)
        self.tabs.addTab(self.people, self.tr("People"))
        self.texts = ItemTexts(self.errors)
        self.tabs.addTab(self.texts, self.tr("Texts"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.set_item(item)
        self._load_choices()

    def _general(self, venues: list[Venue]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(12, 12, 12, 12)
        form.setVerticalSpacing(8)
        self.title = LangTextEdit("title", self.errors, self.tr("Title"))
        form.addRow(self.tr("Title (de / en / fr)"), self.title)
        self.kind = QComboBox(accessibleName=self.tr("Kind"))
        for kind in ItemKind:
            self.kind.addItem(label(kind), kind)
        form.addRow(self.tr("Kind"), self.errors.field("kind", self.kind))
        self.start = DateTimeField(self.tr("Start"))
        form.addRow(self.tr("Start"), self.errors.field("start", self.start))
        self.end = DateTimeField(self.tr("End"))
        form.addRow(self.tr("End"), self.errors.field("end", self.end))
        # Moving the start moves the end with it: the item keeps its length, as in a calendar.
        self._shown_start = None
        self.start.dateTimeChanged.connect(self._start_moved)
        self.venue = QComboBox(accessibleName=self.tr("Venue"))
        fill_combo(self.venue, [(v.name, v.id) for v in venues], self.tr("— none —"))
        form.addRow(self.tr("Venue"), self.errors.field("venue_id", self.venue))
        self.vehicle = QComboBox(accessibleName=self.tr("Vehicle"))
        fill_combo(self.vehicle, [], self.tr("— none —"))
        form.addRow(self.tr("Vehicle"), self.errors.field("vehicle_id", self.vehicle))
        self.status = QComboBox(accessibleName=self.tr("Status"))
        for status in ItemStatus:
            self.status.addItem(label(status), status)
        form.addRow(self.tr("Status"), self.errors.field("status", self.status))
        self.dress_code = QLineEdit(accessibleName=self.tr("Dress code"))
        self.dress_code.setPlaceholderText(self.tr("e.g. business attire; printed for the guests"))
        form.addRow(self.tr("Dress code"), self.errors.field("dress_code", self.dress_code))
        return page

    # -- choices from the services, loaded off the UI thread -----------------------------------
    def _load_choices(self) -> None:
        services, delegation_ids = self.ctx.services, self.item.delegation_ids
        lang = current_language()

        def load() -> tuple[list[tuple[str, list[Member]]], list[HostPerson], list[Resource]]:
            delegations = [
                (services.delegations.get(d).display_title(lang), services.members.list(d))
                for d in delegation_ids
            ]
            return delegations, services.people.list(), services.resources.list()

        self.ctx.ops.run(load, lambda result: self._show_choices(*result), owner=self)

    def _show_choices(
        self,
        delegations: list[tuple[str, list[Member]]],
        people: list[HostPerson],
        resources: list[Resource],
    ) -> None:
        self.people.set_members(delegations)
        self.people.set_people(people)
        vehicles = [
            r for r in resources if r.kind == ResourceKind.VEHICLE or r.id == self.item.vehicle_id
        ]
        fill_combo(
            self.vehicle,
            [(f"{r.name} ({r.capacity})" if r.capacity else r.name, r.id) for r in vehicles],
            self.tr("— none —"),
        )
        select_data(self.vehicle, self.item.vehicle_id)
        self.choices_loaded = True

    # -- record <-> widgets -------------------------------------------------------------------
    def set_item(self, item: ProgrammeItem) -> None:
        """Show `item` (on opening, and when the user reloads the stored version)."""
        self.item = item
        self.errors.clear()
        self._mark_tabs()
        self.title.set_value(item.title)
        select_data(self.kind, item.kind)
        self._shown_start = None  # setting both is not a move
        self.start.set_value(item.start)
        self.end.set_value(item.end)
        self._shown_start = item.start
        for field in (self.start, self.end):
            field.suggest(item.start.astimezone(OFFICE_TZ).date())
        select_data(self.venue, item.venue_id)
        select_data(self.vehicle, item.vehicle_id)
        select_data(self.status, item.status)
        self.dress_code.setText(item.dress_code)
        self.people.set_item(item)
        self.texts.set_item(item)

    def _start_moved(self) -> None:
        start, end, before = self.start.value(), self.end.value(), self._shown_start
        if start is not None and end is not None and before is not None:
            self._shown_start = None
            self.end.set_value(end + (start - before))
        self._shown_start = start

    def edited(self) -> ProgrammeItem:
        start, end = self.start.value(), self.end.value()
        # Until the vehicles are loaded the combo cannot show the item's vehicle: keep it.
        vehicle = self.vehicle.currentData() if self.choices_loaded else self.item.vehicle_id
        return replace(
            self.item,
            title=self.title.value(),
            kind=enum_data(self.kind, ItemKind),
            start=start or self.item.start,
            end=end or self.item.end,
            venue_id=self.venue.currentData(),
            vehicle_id=vehicle,
            status=enum_data(self.status, ItemStatus),
            dress_code=self.dress_code.text().strip(),
            **self.people.values(),
            **self.texts.values(),
        )

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        edited = self.edited()
        before = self.item if self.item.id is not None else None
        text = self.tr("Add programme item") if before is None else self.tr("Edit programme item")
        self.save_button.setEnabled(False)
        perform(
            self.ctx,
            SaveRecord(text, self.ctx.services.programme, edited, before),
            self._done,
            lambda exc: self._failed(exc, edited),
        )

    def _done(self, item: Any) -> None:
        self.saved = item
        self.accept()

    def _failed(self, exc: BaseException, edited: ProgrammeItem) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            widget = self.errors.show(exc.problems)
            self._mark_tabs()
            if widget is not None:
                self.tabs.setCurrentIndex(self._tab_of(widget))
                widget.setFocus()
            return
        report_save_failure(
            self,
            self.ctx,
            self.ctx.services.programme,
            exc,
            edited,
            self.errors,
            self.set_item,
            self._done,
        )

    def _tab_of(self, widget: QWidget) -> int:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                return index
        return self.tabs.currentIndex()

    def _mark_tabs(self) -> None:
        """A tab with a refused field gets a red dot (the style sheet owns the tab colours)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            bad = any(w.property("invalid") == "true" for w in page.findChildren(QWidget))
            self.tabs.setTabIcon(index, _error_dot() if bad else QIcon())
            self.tabs.setTabToolTip(
                index, self.tr("Something on this tab needs correcting") if bad else ""
            )


def _error_dot() -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ERROR))
    painter.drawEllipse(1, 1, 8, 8)
    painter.end()
    return QIcon(pixmap)
