"""Rules that look at one programme item alone: times, seats, stays, languages, signers, needs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from planner.domain.scheduling.conflicts import Conflict, ConflictKind
from planner.domain.scheduling.records import (
    HOST,
    MEMBER,
    NEEDS_KINDS,
    Person,
    PersonKey,
    PlanningRules,
    ScheduledItem,
    Stay,
    Vehicle,
    Venue,
    subject_of,
)

K = ConflictKind


@dataclass(frozen=True, slots=True)
class Directory:
    """The names and properties the rules look up by key."""

    people: Mapping[PersonKey, Person]
    venues: Mapping[int, Venue]
    vehicles: Mapping[int, Vehicle]
    stays: Mapping[int, Stay]
    rules: PlanningRules

    def person_name(self, key: PersonKey) -> str:
        person = self.people.get(key)
        return person.name if person is not None else f"{key[0]} #{key[1]}"

    def venue_name(self, venue_id: int) -> str:
        venue = self.venues.get(venue_id)
        return venue.name if venue is not None else f"venue #{venue_id}"

    def vehicle_name(self, vehicle_id: int) -> str:
        vehicle = self.vehicles.get(vehicle_id)
        return vehicle.name if vehicle is not None else f"vehicle #{vehicle_id}"


def item_facts(item: ScheduledItem, **more: object) -> dict[str, object]:
    return {"items": ((item.title, item.start, item.end),),
            "first_start": item.start.timestamp(), **more}


def _one(kind: ConflictKind, item: ScheduledItem, subject: str, **facts: object) -> Conflict:
    return Conflict(kind, (item.id,), subject, item_facts(item, **facts))


def check_item_alone(item: ScheduledItem, d: Directory) -> list[Conflict]:
    """Every conflict `item` has on its own, whatever else is planned."""
    found: list[Conflict] = []
    start, end = item.start.timestamp(), item.end.timestamp()
    if end < start:
        found.append(_one(K.ENDS_BEFORE_START, item, subject_of("item", item.id)))
    elif end == start:
        found.append(_one(K.ZERO_LENGTH, item, subject_of("item", item.id)))
    _check_seats(item, d, found)
    if end > start:
        _check_stays(item, start, end, d, found)
    if item.host_ids and item.member_ids:
        _check_languages(item, d, found)
    if item.kind == "golden_book":
        _check_signers(item, d, found)
    if item.kind in NEEDS_KINDS and not item.needs_acknowledged:
        _check_needs(item, d, found)
    return found


def _check_seats(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    venue = d.venues.get(item.venue_id) if item.venue_id is not None else None
    vehicle = d.vehicles.get(item.vehicle_id) if item.vehicle_id is not None else None
    if venue is None and vehicle is None:
        return
    load = item.head_count
    if venue is not None and venue.capacity is not None and load > venue.capacity:
        found.append(_one(K.VENUE_TOO_SMALL, item, subject_of("venue", venue.id),
                          who=venue.name, load=load, capacity=venue.capacity))
    if vehicle is not None and vehicle.seats is not None and load > vehicle.seats:
        found.append(_one(K.VEHICLE_TOO_SMALL, item, subject_of("vehicle", vehicle.id),
                          who=vehicle.name, load=load, capacity=vehicle.seats))


def _outside(item: ScheduledItem, start: float, end: float, arrival: datetime | None,
             departure: datetime | None, buffer: float, subject: str, who: str,
             minutes: int, found: list[Conflict]) -> None:
    if arrival is not None and start < arrival.timestamp() + buffer:
        found.append(_one(K.BEFORE_ARRIVAL, item, subject, who=who, at=arrival,
                          buffer=minutes))
    if departure is not None and end > departure.timestamp() - buffer:
        found.append(_one(K.AFTER_DEPARTURE, item, subject, who=who, at=departure,
                          buffer=minutes))


def _check_stays(item: ScheduledItem, start: float, end: float, d: Directory,
                 found: list[Conflict]) -> None:
    # A transfer is the journey from or to the airport itself: it needs no buffer.
    buffer = 0.0 if item.kind == "transfer" else d.rules.stay_buffer.total_seconds()
    minutes = int(buffer // 60)
    for delegation_id in item.delegation_ids:
        stay = d.stays.get(delegation_id)
        if stay is not None:
            who = stay.delegation_name or f"Delegation #{delegation_id}"
            _outside(item, start, end, stay.arrival, stay.departure, buffer,
                     subject_of("delegation", delegation_id), who, minutes, found)
    for member_id in item.member_ids:
        person = d.people.get((MEMBER, member_id))
        if person is not None and (person.arrival is not None or person.departure is not None):
            _outside(item, start, end, person.arrival, person.departure, buffer,
                     subject_of(MEMBER, member_id), person.name, minutes, found)


def _check_languages(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    spoken: set[str] = set()
    for host_id in (*item.host_ids, *item.interpreter_ids):
        host = d.people.get((HOST, host_id))
        if host is not None:
            spoken.update(host.languages)
    if not spoken:  # nobody recorded the hosts' languages: nothing to judge
        return
    for member_id in item.member_ids:
        member = d.people.get((MEMBER, member_id))
        if member is not None and member.languages and member.languages.isdisjoint(spoken):
            found.append(_one(K.MISSING_INTERPRETER, item, subject_of(MEMBER, member_id),
                              who=member.name, langs=member.languages,
                              host_langs=frozenset(spoken)))


def _check_signers(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    for kind, signers, present in ((MEMBER, item.signer_member_ids, item.member_ids),
                                   (HOST, item.signer_host_ids, item.host_ids)):
        for person_id in signers:
            if person_id not in present:
                found.append(_one(K.SIGNER_ABSENT, item, subject_of(kind, person_id),
                                  who=d.person_name((kind, person_id))))


def _check_needs(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    keys = [(MEMBER, m) for m in item.member_ids]
    keys += [(HOST, h) for h in dict.fromkeys((*item.host_ids, *item.interpreter_ids))]
    for key in keys:
        person = d.people.get(key)
        if person is not None and person.needs:
            found.append(_one(K.NEEDS_UNACKNOWLEDGED, item, subject_of(*key),
                              who=person.name, needs=person.needs))
