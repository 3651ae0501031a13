"""Translated names of the domain's closed vocabularies (statuses, kinds, roles, modes)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.domain.enums import (
    CostCategory,
    DelegationStatus,
    Direction,
    Gender,
    HostRole,
    ItemKind,
    ItemStatus,
    Relation,
    ResourceKind,
    TravelMode,
    VisaStatus,
)
from planner.domain.trips import LegKind
from planner.ui.i18n import translated_words

# Keyed by (type, value): StrEnum members of different enums with one value compare equal.
_PAIRS: list[tuple[StrEnum, str]] = [
    (DelegationStatus.REQUESTED, QT_TRANSLATE_NOOP("DelegationStatus", "Requested")),
    (DelegationStatus.ACCEPTED, QT_TRANSLATE_NOOP("DelegationStatus", "Accepted")),
    (DelegationStatus.DECLINED, QT_TRANSLATE_NOOP("DelegationStatus", "Declined")),
    (DelegationStatus.CONFIRMED, QT_TRANSLATE_NOOP("DelegationStatus", "Confirmed")),
    (DelegationStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("DelegationStatus", "In progress")),
    (DelegationStatus.COMPLETED, QT_TRANSLATE_NOOP("DelegationStatus", "Completed")),
    (DelegationStatus.CANCELLED, QT_TRANSLATE_NOOP("DelegationStatus", "Cancelled")),
    (TravelMode.FLIGHT, QT_TRANSLATE_NOOP("TravelMode", "Flight")),
    (TravelMode.TRAIN, QT_TRANSLATE_NOOP("TravelMode", "Train")),
    (TravelMode.CAR, QT_TRANSLATE_NOOP("TravelMode", "Car")),
    (TravelMode.BUS, QT_TRANSLATE_NOOP("TravelMode", "Bus")),
    (TravelMode.OTHER, QT_TRANSLATE_NOOP("TravelMode", "Other")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("Gender", "Female")),
    (Gender.MALE, QT_TRANSLATE_NOOP("Gender", "Male")),
    (Gender.DIVERSE, QT_TRANSLATE_NOOP("Gender", "Diverse")),
    (HostRole.MAYOR, QT_TRANSLATE_NOOP("HostRole", "Mayor")),
    (HostRole.COUNCIL, QT_TRANSLATE_NOOP("HostRole", "Council member")),
    (HostRole.STAFF, QT_TRANSLATE_NOOP("HostRole", "Staff")),
    (HostRole.INTERPRETER, QT_TRANSLATE_NOOP("HostRole", "Interpreter")),
    (HostRole.DRIVER, QT_TRANSLATE_NOOP("HostRole", "Driver")),
    (HostRole.OTHER, QT_TRANSLATE_NOOP("HostRole", "Other")),
    (ResourceKind.VEHICLE, QT_TRANSLATE_NOOP("ResourceKind", "Vehicle")),
    (ResourceKind.ROOM, QT_TRANSLATE_NOOP("ResourceKind", "Room")),
    (ResourceKind.INTERPRETER_BOOKING, QT_TRANSLATE_NOOP("ResourceKind", "Interpreter booking")),
    (Relation.TWIN_CITY, QT_TRANSLATE_NOOP("Relation", "Twin city")),
    (Relation.PROJECT_PARTNERSHIP, QT_TRANSLATE_NOOP("Relation", "Project partnership")),
    (Relation.NETWORK, QT_TRANSLATE_NOOP("Relation", "Network")),
    (Relation.OTHER, QT_TRANSLATE_NOOP("Relation", "Other")),
    (ItemKind.MEETING, QT_TRANSLATE_NOOP("ItemKind", "Meeting")),
    (ItemKind.MEAL, QT_TRANSLATE_NOOP("ItemKind", "Meal")),
    (ItemKind.VISIT, QT_TRANSLATE_NOOP("ItemKind", "Visit")),
    (ItemKind.CEREMONY, QT_TRANSLATE_NOOP("ItemKind", "Ceremony")),
    (ItemKind.GOLDEN_BOOK, QT_TRANSLATE_NOOP("ItemKind", "Golden Book signing")),
    (ItemKind.TRANSFER, QT_TRANSLATE_NOOP("ItemKind", "Transfer")),
    (ItemKind.PRESS, QT_TRANSLATE_NOOP("ItemKind", "Press")),
    (ItemKind.FREE_TIME, QT_TRANSLATE_NOOP("ItemKind", "Free time")),
    (ItemStatus.PLANNED, QT_TRANSLATE_NOOP("ItemStatus", "Planned")),
    (ItemStatus.DONE, QT_TRANSLATE_NOOP("ItemStatus", "Done")),
    (ItemStatus.CANCELLED, QT_TRANSLATE_NOOP("ItemStatus", "Cancelled")),
    (Direction.INCOMING, QT_TRANSLATE_NOOP("Direction", "Visit to the city")),
    (Direction.OUTGOING, QT_TRANSLATE_NOOP("Direction", "Trip abroad")),
    (VisaStatus.UNKNOWN, QT_TRANSLATE_NOOP("VisaStatus", "Visa: not checked")),
    (VisaStatus.NOT_NEEDED, QT_TRANSLATE_NOOP("VisaStatus", "No visa needed")),
    (VisaStatus.NEEDED, QT_TRANSLATE_NOOP("VisaStatus", "Visa needed")),
    (VisaStatus.APPLIED, QT_TRANSLATE_NOOP("VisaStatus", "Visa applied for")),
    (VisaStatus.GRANTED, QT_TRANSLATE_NOOP("VisaStatus", "Visa granted")),
    (LegKind.OUTBOUND, QT_TRANSLATE_NOOP("LegKind", "Outbound")),
    (LegKind.ONWARD, QT_TRANSLATE_NOOP("LegKind", "Onward")),
    (LegKind.RETURN, QT_TRANSLATE_NOOP("LegKind", "Return")),
    (CostCategory.FLIGHT, QT_TRANSLATE_NOOP("CostCategory", "Flights")),
    (CostCategory.TRAIN, QT_TRANSLATE_NOOP("CostCategory", "Trains")),
    (CostCategory.HOTEL, QT_TRANSLATE_NOOP("CostCategory", "Hotel")),
    (CostCategory.GIFTS, QT_TRANSLATE_NOOP("CostCategory", "Gifts")),
    (CostCategory.OTHER, QT_TRANSLATE_NOOP("CostCategory", "Other costs")),
]
_LABELS = {(type(member), member.value): text for member, text in _PAIRS}


def label(value: StrEnum | None) -> str:
    """The user's-language name of an enum value ('' for None); looked up once per language
    (a list of 60,000 programme items asks for two labels each)."""
    if value is None:
        return ""
    cache = translated_words()
    key = (type(value), value.value)
    found = cache.get(key)
    if found is None:
        text = _LABELS.get(key)
        found = QCoreApplication.translate(type(value).__name__, text) if text else str(value)
        cache[key] = found
    return found
