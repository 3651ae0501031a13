"""The scheduling engine's own input records: items, people, venues, vehicles, stays, rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

# Person keys keep members and host-side people apart: ("member", 7) is not ("host", 7).
PersonKey = tuple[str, int]

MEMBER = "member"
HOST = "host"

ITEM_KINDS = (
    "meeting",
    "meal",
    "visit",
    "ceremony",
    "golden_book",
    "transfer",
    "press",
    "free_time",
)
# Kinds on which dietary and accessibility needs must be acknowledged by the officer.
NEEDS_KINDS = frozenset({"meal", "visit"})


def member_key(member_id: int) -> PersonKey:
    return (MEMBER, member_id)


def host_key(host_id: int) -> PersonKey:
    return (HOST, host_id)


def subject_of(kind: str, ident: int) -> str:
    """The subject string a conflict names: "member:7", "host:3", "venue:2", "vehicle:1"."""
    return f"{kind}:{ident}"


def _require_aware(value: datetime | None, what: str) -> None:
    # Naive datetimes would silently compare as wall-clock times and break across DST.
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{what} must be timezone-aware, got {value!r}")


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    """One programme item as the engine sees it; cancelled items are ignored."""

    id: int
    kind: str
    title: str
    start: datetime
    end: datetime
    delegation_ids: tuple[int, ...] = ()
    venue_id: int | None = None
    vehicle_id: int | None = None
    member_ids: tuple[int, ...] = ()
    host_ids: tuple[int, ...] = ()
    interpreter_ids: tuple[int, ...] = ()
    driver_ids: tuple[int, ...] = ()
    signer_member_ids: tuple[int, ...] = ()
    signer_host_ids: tuple[int, ...] = ()
    needs_acknowledged: bool = False
    status: str = "planned"

    def __post_init__(self) -> None:
        _require_aware(self.start, "start")
        _require_aware(self.end, "end")

    @property
    def person_keys(self) -> frozenset[PersonKey]:
        """Everyone taking part, hosts counted once even if also listed as interpreter."""
        keys = {(MEMBER, m) for m in self.member_ids}
        keys.update((HOST, h) for h in self.host_ids)
        keys.update((HOST, h) for h in self.interpreter_ids)
        keys.update((HOST, h) for h in self.driver_ids)
        return frozenset(keys)

    @property
    def head_count(self) -> int:
        """Seats taken in a room or vehicle: members, hosts and interpreters (drivers drive)."""
        return len(set(self.member_ids)) + len(set(self.host_ids) | set(self.interpreter_ids))


@dataclass(frozen=True, slots=True)
class Person:
    """A delegation member or a host-side person (host, interpreter, driver, staff)."""

    key: PersonKey
    name: str
    languages: frozenset[str] = frozenset()
    role: str = "member"
    # A member's own stay, when it differs from the delegation's (late arrival, early leave).
    arrival: datetime | None = None
    departure: datetime | None = None
    dietary: str = ""
    accessibility: str = ""

    def __post_init__(self) -> None:
        _require_aware(self.arrival, "arrival")
        _require_aware(self.departure, "departure")

    @classmethod
    def member(
        cls,
        member_id: int,
        name: str,
        languages: Iterable[str] = (),
        *,
        arrival: datetime | None = None,
        departure: datetime | None = None,
        dietary: str = "",
        accessibility: str = "",
    ) -> Person:
        return cls(
            (MEMBER, member_id),
            name,
            frozenset(languages),
            "member",
            arrival,
            departure,
            dietary,
            accessibility,
        )

    @classmethod
    def host(
        cls,
        host_id: int,
        name: str,
        languages: Iterable[str] = (),
        role: str = "host",
        *,
        dietary: str = "",
        accessibility: str = "",
    ) -> Person:
        return cls(
            (HOST, host_id), name, frozenset(languages), role, None, None, dietary, accessibility
        )

    @property
    def needs(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (what, text)
            for what, text in (("dietary", self.dietary), ("accessibility", self.accessibility))
            if text
        )


@dataclass(frozen=True, slots=True)
class Venue:
    """A room or place; capacity None means no seat limit (a square, a park, a station)."""

    id: int
    name: str
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A car or minibus; seats counts passenger seats, the driver's seat excluded."""

    id: int
    name: str
    seats: int | None = None


@dataclass(frozen=True, slots=True)
class Stay:
    """When a delegation is in town; either end may still be unknown."""

    delegation_id: int
    arrival: datetime | None = None
    departure: datetime | None = None
    delegation_name: str = ""

    def __post_init__(self) -> None:
        _require_aware(self.arrival, "arrival")
        _require_aware(self.departure, "departure")


@dataclass(frozen=True, slots=True)
class Trip:
    """The office's people away on a trip abroad, from leaving home until they are back.

    Any item that needs one of them in that time, other than the trip's own programme, cannot
    take place as planned.
    """

    delegation_id: int
    leaves: datetime
    returns: datetime
    traveller_ids: tuple[int, ...] = ()  # host-side people
    name: str = ""

    def __post_init__(self) -> None:
        _require_aware(self.leaves, "leaves")
        _require_aware(self.returns, "returns")


@dataclass(frozen=True, slots=True)
class PlanningRules:
    """Office-wide settings the rules depend on."""

    # Minutes between two venues, symmetric; a missing pair falls back to the default.
    travel_minutes: Mapping[tuple[int, int], int] = field(default_factory=dict)
    default_travel_minutes: int = 20
    # Guests need time after landing and before leaving; transfers are exempt (they *are* that).
    stay_buffer: timedelta = timedelta(minutes=30)

    def travel_table(self) -> dict[tuple[int, int], int]:
        """The matrix with both orientations, so a lookup is one dict access."""
        table: dict[tuple[int, int], int] = {}
        for (a, b), minutes in self.travel_minutes.items():
            table[(a, b)] = minutes
            table[(b, a)] = minutes
        return table

    @property
    def longest_travel_minutes(self) -> int:
        return max([self.default_travel_minutes, *self.travel_minutes.values()])
