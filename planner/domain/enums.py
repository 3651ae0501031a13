"""The closed vocabularies of the protocol office, as string enums stored by value."""

from __future__ import annotations

from enum import StrEnum


class Relation(StrEnum):
    TWIN_CITY = "twin_city"
    PROJECT_PARTNERSHIP = "project_partnership"
    NETWORK = "network"
    OTHER = "other"


class Direction(StrEnum):
    """Whether guests come to the city or the city's own delegation travels abroad."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class DelegationStatus(StrEnum):
    # For a trip abroad, "requested" is the invitation received; accepted and declined are
    # the office's answer to it (a visit to the city goes straight to confirmed).
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CONFIRMED = "confirmed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# Allowed moves of a delegation's status; cancelling is possible until it is completed.
STATUS_TRANSITIONS: dict[DelegationStatus, frozenset[DelegationStatus]] = {
    DelegationStatus.REQUESTED: frozenset(
        {DelegationStatus.ACCEPTED, DelegationStatus.DECLINED, DelegationStatus.CONFIRMED,
         DelegationStatus.CANCELLED}),
    DelegationStatus.ACCEPTED: frozenset(
        {DelegationStatus.REQUESTED, DelegationStatus.DECLINED, DelegationStatus.CONFIRMED,
         DelegationStatus.CANCELLED}),
    DelegationStatus.DECLINED: frozenset({DelegationStatus.REQUESTED, DelegationStatus.ACCEPTED}),
    DelegationStatus.CONFIRMED: frozenset(
        {DelegationStatus.REQUESTED, DelegationStatus.ACCEPTED, DelegationStatus.IN_PROGRESS,
         DelegationStatus.CANCELLED}),
    DelegationStatus.IN_PROGRESS: frozenset(
        {DelegationStatus.CONFIRMED, DelegationStatus.COMPLETED, DelegationStatus.CANCELLED}),
    DelegationStatus.COMPLETED: frozenset({DelegationStatus.IN_PROGRESS}),
    DelegationStatus.CANCELLED: frozenset({DelegationStatus.REQUESTED}),
}


class TravelMode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"
    BUS = "bus"
    OTHER = "other"


# The answers to an invitation: only a trip abroad is invited.
TRIP_ONLY_STATUSES = frozenset({DelegationStatus.ACCEPTED, DelegationStatus.DECLINED})


class VisaStatus(StrEnum):
    """A traveller's visa for the destination, as the office tracks it."""

    UNKNOWN = ""
    NOT_NEEDED = "not_needed"
    NEEDED = "needed"
    APPLIED = "applied"
    GRANTED = "granted"


class CostCategory(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    HOTEL = "hotel"
    GIFTS = "gifts"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"


class HostRole(StrEnum):
    MAYOR = "mayor"
    COUNCIL = "council"
    STAFF = "staff"
    INTERPRETER = "interpreter"
    DRIVER = "driver"
    OTHER = "other"


class ResourceKind(StrEnum):
    VEHICLE = "vehicle"
    ROOM = "room"
    INTERPRETER_BOOKING = "interpreter_booking"


class ItemKind(StrEnum):
    MEETING = "meeting"
    MEAL = "meal"
    VISIT = "visit"
    CEREMONY = "ceremony"
    GOLDEN_BOOK = "golden_book"
    TRANSFER = "transfer"
    PRESS = "press"
    FREE_TIME = "free_time"


class ItemStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ItemRole(StrEnum):
    """How a host-side person takes part in a programme item."""

    HOST = "host"
    INTERPRETER = "interpreter"
    DRIVER = "driver"


class EntryStatus(StrEnum):
    PLANNED = "planned"
    SIGNED = "signed"
    CANCELLED = "cancelled"


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class GiftDisposition(StrEnum):
    """What became of a gift: the register answers the council's and the auditors' question."""

    NOT_RECORDED = ""
    TOWN_HALL = "town_hall"  # kept in the town hall (an office, the mayor's parlour)
    ON_DISPLAY = "on_display"  # in a display case, a museum, a public room
    IN_STORAGE = "in_storage"
    CITY_ARCHIVE = "city_archive"  # handed to the city archive
    AUCTIONED = "auctioned"  # sold for a good cause
    DONATED = "donated"
    RETURNED = "returned"
    CONSUMED = "consumed"  # food, wine: shared at a reception


class DeclarationStatus(StrEnum):
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    DECLARED = "declared"
