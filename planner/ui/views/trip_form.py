"""The part of the delegation form only a trip abroad has: travellers with their papers, the
journeys with each end in its own time zone, costs and allowance, the destination's zone and
the reason of a declined invitation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import CostCategory, TravelMode, VisaStatus
from planner.domain.errors import Problem, ValidationError
from planner.domain.records import HostPerson
from planner.domain.trips import (
    OFFICE_ZONE_NAME,
    CostLine,
    Leg,
    LegKind,
    Traveller,
    TripPlan,
    is_zone,
    known_zones,
)
from planner.ui.labels import label
from planner.ui.views.forms import FieldErrors

# Offered first in every zone list: the partner cities' and the usual hubs' zones.
COMMON_ZONES = ("Europe/Berlin", "Europe/Paris", "Europe/London", "Europe/Belgrade",
                "Europe/Bucharest", "Europe/Istanbul", "Europe/Moscow", "Asia/Jerusalem",
                "Asia/Shanghai", "Africa/Accra", "America/New_York")
_WHEN = "%Y-%m-%d %H:%M"  # how a journey's local times are typed: 2026-10-17 17:55


def zone_combo(accessible_name: str, empty: str = "") -> QComboBox:
    """An editable list of IANA zones, the common ones first; typing filters as usual."""
    combo = QComboBox(editable=True, accessibleName=accessible_name)
    if empty:
        combo.addItem(empty, "")
    others = sorted(known_zones() - set(COMMON_ZONES))
    for name in (*COMMON_ZONES, *others):
        combo.addItem(name, name)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def combo_zone(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    data = combo.currentData()
    return data if data is not None and combo.itemText(combo.currentIndex()) == text else text


def _table(headers: list[str], accessible_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), accessibleName=accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setMinimumHeight(150)
    return table


def _enum_combo(values: list[object], accessible_name: str) -> QComboBox:
    combo = QComboBox(accessibleName=accessible_name)
    for value in values:
        combo.addItem(label(value) if value is not None else "—", value)  # type: ignore[arg-type]
    return combo


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class TripFields(QGroupBox):
    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trip abroad"), parent)
        self._people: list[HostPerson] = []
        self._kept: dict[int, Traveller] = {}  # papers the form does not show (deadlines)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.zone = zone_combo(self.tr("Time zone of the destination"),
                               self.tr("— the partner city's —"))
        form.addRow(self.tr("Time zone of the destination"), errors.field("time_zone", self.zone))
        self.travellers = _table([self.tr("Traveller"), self.tr("Passport"),
                                  self.tr("Visa"), self.tr("Vaccinations")],
                                 self.tr("Travellers"))
        # The name takes the room; date, visa and vaccinations as wide as their texts.
        header, metrics = self.travellers.horizontalHeader(), self.fontMetrics()
        widest_visa = max(metrics.horizontalAdvance(label(v)) for v in VisaStatus)
        self.travellers.horizontalHeaderItem(1).setToolTip(self.tr("Passport valid until"))
        for column, width in ((1, metrics.horizontalAdvance("2031-03-31 ")),
                              (2, widest_visa + 36), (3, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.travellers.setColumnWidth(column, width + 16)
        form.addRow(self.tr("Travellers"), errors.field("travellers", self._with_buttons(
            self.travellers, self.tr("Add traveller"), self._add_traveller)))
        self.legs = _table([self.tr("Kind"), self.tr("Mode"), self.tr("Number"),
                            self.tr("From"), self.tr("Departs (local)"), self.tr("Zone"),
                            self.tr("To"), self.tr("Arrives (local)"), self.tr("Zone")],
                           self.tr("Journeys"))
        # Nine columns do not fit beside the list: each gets room for what is typed in it (an
        # empty new row must not shrink "From" to nothing) and the table scrolls sideways.
        metrics = self.fontMetrics()
        sample = ("Hinreise", "Flug", "LH 1234", "Frankfurt (FRA)", "2026-10-17 17:55",
                  "Asia/Shanghai", "Frankfurt (FRA)", "2026-10-17 17:55", "Asia/Shanghai")
        self.legs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, text in enumerate(sample):
            head = self.legs.horizontalHeaderItem(column).text()
            self.legs.setColumnWidth(column, max(metrics.horizontalAdvance(text),
                                                 metrics.horizontalAdvance(head)) + 40)
        form.addRow(self.tr("Journeys (local times, e.g. 2026-10-17 17:55)"),
                    errors.field("legs", self._with_buttons(
                        self.legs, self.tr("Add journey"), self._add_leg)))
        self.costs = _table([self.tr("Category"), self.tr("Description"), self.tr("EUR")],
                            self.tr("Costs"))
        form.addRow(self.tr("Costs"), errors.field("costs", self._with_buttons(
            self.costs, self.tr("Add cost"), self._add_cost)))
        self.per_diem = QLineEdit(accessibleName=self.tr("Allowance per traveller and day (EUR)"),
                                  placeholderText="46.00")
        form.addRow(self.tr("Allowance per traveller and day (EUR)"),
                    errors.field("per_diem_eur", self.per_diem))
        self.decline_reason = QLineEdit(accessibleName=self.tr("Reason for declining"))
        form.addRow(self.tr("Reason for declining"),
                    errors.field("decline_reason", self.decline_reason))
        for table in (self.travellers, self.legs, self.costs):
            table.itemChanged.connect(self.changed)
        self.zone.currentTextChanged.connect(self.changed)
        self.per_diem.textChanged.connect(self.changed)
        self.decline_reason.textChanged.connect(self.changed)

    def _with_buttons(self, table: QTableWidget, add_text: str,
                      add: Callable[[], None]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        row = QHBoxLayout()
        adding = QPushButton(add_text)
        adding.clicked.connect(lambda: add())  # an empty row (not clicked's bool)
        removing = QPushButton(self.tr("Remove selected"))
        removing.clicked.connect(lambda: self._remove(table))
        row.addWidget(adding)
        row.addWidget(removing)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _remove(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self.changed.emit()

    def _combo(self, table: QTableWidget, row: int, column: int, combo: QComboBox,
               value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.currentIndexChanged.connect(self.changed)
        table.setCellWidget(row, column, combo)

    def set_people(self, people: list[HostPerson]) -> None:
        self._people = people

    # ---- rows ----------------------------------------------------------------------------
    def _add_traveller(self, traveller: Traveller | None = None) -> None:
        t = traveller or Traveller(host_id=0)
        row = self.travellers.rowCount()
        self.travellers.insertRow(row)
        person = QComboBox(accessibleName=self.tr("Traveller"))
        person.addItem("—", 0)
        for p in self._people:
            person.addItem(p.name, p.id)
        self._combo(self.travellers, row, 0, person, t.host_id)
        passport = t.passport_valid_until.isoformat() if t.passport_valid_until else ""
        self.travellers.setItem(row, 1, QTableWidgetItem(passport))
        self._combo(self.travellers, row, 2, _enum_combo(list(VisaStatus), self.tr("Visa")), t.visa)
        self.travellers.setItem(row, 3, QTableWidgetItem(t.vaccinations))
        self.changed.emit()

    def _add_leg(self, leg: Leg | None = None) -> None:
        row = self.legs.rowCount()
        self.legs.insertRow(row)
        self._combo(self.legs, row, 0, _enum_combo(list(LegKind), self.tr("Kind")),
                    leg.kind if leg else LegKind.OUTBOUND)
        self._combo(self.legs, row, 1, _enum_combo([None, *TravelMode], self.tr("Mode")),
                    leg.mode if leg else TravelMode.FLIGHT)
        cells = (leg.reference, leg.from_place, leg.local_departure.strftime(_WHEN),
                 leg.to_place, leg.local_arrival.strftime(_WHEN)) if leg else ("",) * 5
        for column, text in zip((2, 3, 4, 6, 7), cells, strict=True):
            self.legs.setItem(row, column, QTableWidgetItem(text))
        for column, name in ((5, leg.from_zone if leg else OFFICE_ZONE_NAME),
                             (8, leg.to_zone if leg else OFFICE_ZONE_NAME)):
            combo = zone_combo(self.tr("Zone"))
            combo.setCurrentText(name)
            combo.currentTextChanged.connect(self.changed)
            self.legs.setCellWidget(row, column, combo)
        self.changed.emit()

    def _add_cost(self, line: CostLine | None = None) -> None:
        row = self.costs.rowCount()
        self.costs.insertRow(row)
        self._combo(self.costs, row, 0, _enum_combo(list(CostCategory), self.tr("Category")),
                    line.category if line else CostCategory.OTHER)
        self.costs.setItem(row, 1, QTableWidgetItem(line.description if line else ""))
        amount = QTableWidgetItem(str(line.amount) if line else "")
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.costs.setItem(row, 2, amount)
        self.changed.emit()

    # ---- record --------------------------------------------------------------------------
    def set_value(self, plan: TripPlan, time_zone: str) -> None:
        self.blockSignals(True)
        self._kept = {t.host_id: t for t in plan.travellers}
        for table in (self.travellers, self.legs, self.costs):
            table.setRowCount(0)
        for traveller in plan.travellers:
            self._add_traveller(traveller)
        for leg in plan.ordered_legs:
            self._add_leg(leg)
        for line in plan.costs:
            self._add_cost(line)
        index = self.zone.findData(time_zone) if time_zone else 0
        self.zone.setCurrentIndex(max(index, 0))
        self.per_diem.setText(str(plan.per_diem_eur) if plan.per_diem_eur is not None else "")
        self.decline_reason.setText(plan.decline_reason)
        self.blockSignals(False)

    def value(self) -> tuple[TripPlan, str]:
        """The trip as typed; a cell that cannot be read is refused naming its row."""
        problems: list[Problem] = []
        travellers = []
        for row in range(self.travellers.rowCount()):
            host_id = self.travellers.cellWidget(row, 0).currentData()  # type: ignore[union-attr]
            if not host_id:
                problems.append(Problem(f"travellers[{row}]", QCoreApplication.translate(
                    "TripFields", "choose the person who travels")))
                continue
            passport = _day(_text(self.travellers, row, 1), f"travellers[{row}]", problems)
            kept = self._kept.get(host_id, Traveller(host_id))
            visa = self.travellers.cellWidget(row, 2).currentData()  # type: ignore[union-attr]
            travellers.append(replace(kept, host_id=host_id, passport_valid_until=passport,
                                      visa=VisaStatus(visa),
                                      vaccinations=_text(self.travellers, row, 3)))
        legs = []
        for row in range(self.legs.rowCount()):
            widget = self.legs.cellWidget
            from_zone = combo_zone(widget(row, 5))  # type: ignore[arg-type]
            to_zone = combo_zone(widget(row, 8))  # type: ignore[arg-type]
            departs = _moment(_text(self.legs, row, 4), from_zone, f"legs[{row}].departs",
                              problems)
            arrives = _moment(_text(self.legs, row, 7), to_zone, f"legs[{row}].arrives",
                              problems)
            if departs is None or arrives is None:
                continue
            mode = widget(row, 1).currentData()  # type: ignore[union-attr]
            kind = LegKind(widget(row, 0).currentData())  # type: ignore[union-attr]
            legs.append(Leg(departs, arrives, kind, TravelMode(mode) if mode else None,
                            _text(self.legs, row, 2), _text(self.legs, row, 3), from_zone,
                            _text(self.legs, row, 6), to_zone))
        costs = []
        for row in range(self.costs.rowCount()):
            amount = _amount(_text(self.costs, row, 2), f"costs[{row}].amount", problems)
            if amount is not None:
                category = self.costs.cellWidget(row, 0).currentData()  # type: ignore[union-attr]
                costs.append(CostLine(CostCategory(category), amount, _text(self.costs, row, 1)))
        per_diem = self.per_diem.text().strip()
        rate = _amount(per_diem, "per_diem_eur", problems) if per_diem else None
        if problems:
            raise ValidationError(problems)
        plan = TripPlan(travellers=tuple(travellers), legs=tuple(legs), costs=tuple(costs),
                        per_diem_eur=rate, decline_reason=self.decline_reason.text().strip())
        return plan, combo_zone(self.zone)


def _day(text: str, field: str, problems: list[Problem]) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(Problem(field, QCoreApplication.translate(
            "TripFields", "'{text}' is not a date like 2031-03-31").format(text=text)))
        return None


def _moment(text: str, zone: str, field: str, problems: list[Problem]) -> datetime | None:
    """A local time typed as 2026-10-17 17:55, read in the zone of its place."""
    if not is_zone(zone):
        where = field.rsplit(".", 1)[0] + (".from_zone" if field.endswith("departs")
                                           else ".to_zone")
        problems.append(Problem(where, QCoreApplication.translate(
            "TripFields", "'{zone}' is not a time zone like 'Asia/Shanghai'").format(zone=zone)))
        return None
    try:
        return datetime.strptime(text, _WHEN).replace(tzinfo=ZoneInfo(zone))
    except ValueError:
        problems.append(Problem(field, QCoreApplication.translate(
            "TripFields", "'{text}' is not a local time like 2026-10-17 17:55").format(text=text)))
        return None


def _amount(text: str, field: str, problems: list[Problem]) -> Decimal | None:
    """Euros as typed in Germany or elsewhere: 1.234,50 or 1234.50."""
    plain = text.replace(" ", "")
    if "," in plain:
        plain = plain.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(plain)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        problems.append(Problem(field, QCoreApplication.translate(
            "TripFields", "'{text}' is not an amount in euros like 46,00").format(text=text)))
        return None
    return amount.quantize(Decimal("0.01"))
