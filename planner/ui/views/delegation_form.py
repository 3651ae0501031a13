"""The fields of a delegation: build them, fill them from a record, read a record back."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DelegationStatus, Direction, TravelMode
from planner.domain.records import (
    Delegation,
    HostPerson,
    Journey,
    PartnerCity,
    Venue,
    split_translated,
)
from planner.domain.trips import TripPlan
from planner.ui.labels import label
from planner.ui.views.forms import DateTimeField, FieldErrors
from planner.ui.views.lang_texts import LangTextEdit
from planner.ui.views.trip_form import TripFields

E = TypeVar("E", bound=StrEnum)


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], none_text: str) -> None:
    """Replace a combo's items, keeping the selected value; first entry means "none"."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for text, value in items:
        combo.addItem(text, value)
    select_data(combo, current)
    combo.blockSignals(False)


def enum_data(combo: QComboBox, enum: type[E]) -> E | None:
    """The selected enum member: Qt hands StrEnum data back as a plain str."""
    value = combo.currentData()
    return enum(value) if value is not None else None


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


# Spoken names of a journey's fields, e.g. "Arrival: mode".
_JOURNEY_PARTS = {
    "at": QT_TRANSLATE_NOOP("JourneyFields", "{journey}: date and time"),
    "mode": QT_TRANSLATE_NOOP("JourneyFields", "{journey}: mode"),
    "reference": QT_TRANSLATE_NOOP("JourneyFields", "{journey}: reference"),
    "place": QT_TRANSLATE_NOOP("JourneyFields", "{journey}: place"),
}


class JourneyFields:
    """When, how, reference and place of an arrival or departure: two grid rows (when and
    how; reference and place beneath), narrow enough for the editor beside the list."""

    def __init__(
        self,
        prefix: str,
        title: str,
        grid: QGridLayout,
        row: int,
        errors: FieldErrors,
        changed: Signal,
    ) -> None:
        def name(part: str) -> str:
            text = QCoreApplication.translate("JourneyFields", _JOURNEY_PARTS[part])
            return text.format(journey=title)

        self.at = DateTimeField(name("at"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(name("mode"))
        self.mode.addItem("—", None)
        for mode in TravelMode:
            self.mode.addItem(label(mode), mode)
        self.reference = QLineEdit(placeholderText=QCoreApplication.translate(
            "JourneyFields", "Reference, e.g. LH 1234"))
        self.reference.setAccessibleName(name("reference"))
        self.place = QLineEdit(placeholderText=QCoreApplication.translate(
            "JourneyFields", "Place, e.g. Düsseldorf Airport"))
        self.place.setAccessibleName(name("place"))
        grid.addWidget(QLabel(title), row, 0)
        for (part, widget), (at_row, column) in zip(
            (("at", self.at), ("mode", self.mode), ("reference", self.reference),
             ("place", self.place)),
            ((row, 1), (row, 2), (row + 1, 1), (row + 1, 2)), strict=True,
        ):
            grid.addWidget(errors.field(f"{prefix}.{part}", widget), at_row, column)
        errors.alias(prefix, f"{prefix}.at")
        self.at.dateTimeChanged.connect(changed)
        self.mode.currentIndexChanged.connect(changed)
        self.reference.textChanged.connect(changed)
        self.place.textChanged.connect(changed)

    def set_value(self, journey: Journey) -> None:
        self.at.set_value(journey.at)
        select_data(self.mode, journey.mode)
        self.reference.setText(journey.reference)
        self.place.setText(journey.place)

    def value(self) -> Journey:
        return Journey(
            at=self.at.value(),
            mode=enum_data(self.mode, TravelMode),
            reference=self.reference.text().strip(),
            place=self.place.text().strip(),
        )


class DelegationForm(QWidget):
    """Every field of a Delegation; errors appear under the field that caused them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        self.errors = FieldErrors(QLabel())
        outer.addWidget(self.errors.banner)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        # Labels above their fields: the form fits beside the list on a 1280 × 800 screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        outer.addLayout(form)
        self.direction = QComboBox(accessibleName=self.tr("Kind of visit"))
        for direction in Direction:
            self.direction.addItem(label(direction), direction)
        form.addRow(self.tr("Kind of visit"), self.errors.field("direction", self.direction))
        self.title = LangTextEdit("title", self.errors, self.tr("Title"))
        self.title.changed.connect(self.changed)
        form.addRow(self.tr("Title (de / en / fr)"), self.title)
        self.partner = QComboBox(accessibleName=self.tr("Partner city"))
        form.addRow(self.tr("Partner city"), self.errors.field("partner_city_id", self.partner))
        self.occasion = LangTextEdit("occasion", self.errors, self.tr("Occasion"))
        self.occasion.changed.connect(self.changed)
        form.addRow(self.tr("Occasion"), self.occasion)
        self.status = QComboBox(accessibleName=self.tr("Status"))
        for status in DelegationStatus:
            self.status.addItem(label(status), status)
        form.addRow(self.tr("Status"), self.errors.field("status", self.status))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for column, text in enumerate((self.tr("Date and time"), self.tr("Mode")), start=1):
            grid.addWidget(QLabel(text, objectName="screenSubtitle"), 0, column)
        self.arrival = JourneyFields(
            "arrival", self.tr("Arrival"), grid, 1, self.errors, self.changed
        )
        self.departure = JourneyFields(
            "departure", self.tr("Departure"), grid, 3, self.errors, self.changed
        )
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        form.addRow(self.tr("Travel"), grid)
        self._form, self._travel = form, grid
        # A trip's arrival and departure abroad follow its journeys once there are any.
        self.trip = TripFields(self.errors)
        form.addRow(self.trip)
        self.hotel = QComboBox(accessibleName=self.tr("Hotel"))
        form.addRow(self.tr("Hotel"), self.errors.field("hotel_venue_id", self.hotel))
        self.languages = QLineEdit(
            accessibleName=self.tr("Languages"),
            placeholderText=self.tr("language codes, e.g. he, en"),
        )
        form.addRow(self.tr("Languages"), self.errors.field("languages", self.languages))
        self.officer = QComboBox(accessibleName=self.tr("Officer in charge"))
        form.addRow(self.tr("Officer in charge"), self.errors.field("officer_id", self.officer))
        self.notes = QPlainTextEdit(accessibleName=self.tr("Internal notes"))
        self.notes.setFixedHeight(80)
        form.addRow(self.tr("Internal notes"), self.errors.field("notes_internal", self.notes))
        outer.addStretch(1)
        for combo in (self.partner, self.status, self.hotel, self.officer, self.direction):
            combo.currentIndexChanged.connect(self.changed)
        self.direction.currentIndexChanged.connect(self._show_direction)
        self.trip.changed.connect(self.changed)
        self.trip.changed.connect(self._show_direction)
        self.languages.textChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.set_choices([], [], [])
        self._show_direction()

    def _show_direction(self) -> None:
        abroad = self.direction.currentData() == Direction.OUTGOING
        self.trip.setVisible(abroad)
        # With journeys, a trip's stay abroad is theirs: the table shows them in local time.
        self._form.setRowVisible(self._travel, not (abroad and self.trip.legs.rowCount() > 0))

    def set_choices(
        self, partners: list[PartnerCity], venues: list[Venue], people: list[HostPerson]
    ) -> None:
        fill_combo(self.partner, [(_city(p), p.id) for p in partners], self.tr("— none —"))
        fill_combo(self.hotel, [(v.name, v.id) for v in venues], self.tr("— none —"))
        fill_combo(self.officer, [(p.name, p.id) for p in people], self.tr("— none —"))
        self.trip.set_people(people)

    def set_record(self, record: Delegation) -> None:
        self.blockSignals(True)
        self.errors.clear()
        self.title.set_value(record.title)
        select_data(self.partner, record.partner_city_id)
        self.occasion.set_value(record.occasions)
        select_data(self.status, record.status)
        self.arrival.set_value(record.arrival)
        self.departure.set_value(record.departure)
        select_data(self.hotel, record.hotel_venue_id)
        self.languages.setText(", ".join(record.languages))
        select_data(self.officer, record.officer_id)
        self.notes.setPlainText(record.notes_internal)
        select_data(self.direction, record.direction)
        self.trip.set_value(record.trip, record.time_zone)
        self._show_direction()
        self.blockSignals(False)

    def record(self, base: Delegation) -> Delegation:
        """The delegation as typed; a trip's table cell that cannot be read raises
        ValidationError naming its row."""
        direction = enum_data(self.direction, Direction) or Direction.INCOMING
        trip, zone = self.trip.value() if direction is Direction.OUTGOING else (TripPlan(), "")
        languages = tuple(
            c.strip() for c in self.languages.text().replace(";", ",").split(",") if c.strip()
        )
        return replace(
            base,
            title=self.title.value(),
            partner_city_id=self.partner.currentData(),
            occasion=(occasion := split_translated(self.occasion.value()))[0],
            occasion_translations=occasion[1],
            status=enum_data(self.status, DelegationStatus),
            arrival=self.arrival.value(),
            departure=self.departure.value(),
            hotel_venue_id=self.hotel.currentData(),
            languages=languages,
            officer_id=self.officer.currentData(),
            notes_internal=self.notes.toPlainText().strip(),
            direction=direction,
            time_zone=zone,
            trip=trip,
        )


def _city(city: PartnerCity) -> str:
    return f"{city.name} ({city.country})" if city.country else city.name
