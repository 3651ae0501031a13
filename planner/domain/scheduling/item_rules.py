"""Rules that look at one programme item alone: times, seats, stays, languages, signers, needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain, repeat

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
Bounds = tuple["float | None", "float | None"]
# Members of an item grouped by the set of languages they speak.
LanguageGroups = tuple[tuple[frozenset[str], tuple[int, ...]], ...]


def _bounds(arrival: datetime | None, departure: datetime | None) -> Bounds:
    return (arrival.timestamp() if arrival else None, departure.timestamp() if departure else None)


class Directory:
    """Names and properties the rules look up, with int-keyed maps for the hot loops."""

    def __init__(
        self,
        people: Iterable[Person],
        venues: Iterable[Venue],
        vehicles: Iterable[Vehicle],
        stays: Iterable[Stay],
        rules: PlanningRules,
    ) -> None:
        self.people: dict[PersonKey, Person] = {p.key: p for p in people}
        self.venues = {v.id: v for v in venues}
        self.vehicles = {v.id: v for v in vehicles}
        self.stays = {s.delegation_id: s for s in stays}
        self.rules = rules
        self.capacities = {v.id: v.capacity for v in self.venues.values() if v.capacity is not None}
        self.seats = {v.id: v.seats for v in self.vehicles.values() if v.seats is not None}
        by_kind: dict[str, dict[int, Person]] = {MEMBER: {}, HOST: {}}
        for person in self.people.values():
            by_kind.setdefault(person.key[0], {})[person.key[1]] = person
        self.members, self.hosts = by_kind[MEMBER], by_kind[HOST]
        self.member_langs = {i: p.languages for i, p in self.members.items() if p.languages}
        self.host_langs = {i: p.languages for i, p in self.hosts.items() if p.languages}
        self.member_needs = {i: p for i, p in self.members.items() if p.needs}
        self.host_needs = {i: p for i, p in self.hosts.items() if p.needs}
        self.member_stays = {
            i: (_bounds(p.arrival, p.departure), p)
            for i, p in self.members.items()
            if p.arrival or p.departure
        }
        self.stay_bounds = {
            i: (_bounds(s.arrival, s.departure), s)
            for i, s in self.stays.items()
            if s.arrival or s.departure
        }
        self.buffer = rules.stay_buffer.total_seconds()
        self._language_groups: dict[tuple[int, ...], LanguageGroups] = {}
        self._gaps: dict[tuple[tuple[int, ...], frozenset[str]], LanguageGroups] = {}

    def spoken_by(
        self, host_ids: tuple[int, ...], interpreter_ids: tuple[int, ...]
    ) -> frozenset[str]:
        """Every language the hosts and interpreters of an item speak."""
        ids = (*host_ids, *interpreter_ids)
        return frozenset(chain.from_iterable(map(self.host_langs.get, ids, repeat(()))))

    def language_gaps(self, member_ids: tuple[int, ...], spoken: frozenset[str]) -> LanguageGroups:
        """The language groups of these members that share nothing with `spoken`; a few
        spoken sets and member tuples recur across thousands of items, so it is cached."""
        key = (member_ids, spoken)
        gaps = self._gaps.get(key)
        if gaps is None:
            gaps = tuple(g for g in self.language_groups(member_ids) if g[0].isdisjoint(spoken))
            self._gaps[key] = gaps
        return gaps

    def language_groups(
        self, member_ids: tuple[int, ...]
    ) -> tuple[tuple[frozenset[str], tuple[int, ...]], ...]:
        """Members grouped by the languages they speak; one delegation has few such groups,
        and its items mostly share one member tuple, so this is cached per tuple."""
        groups = self._language_groups.get(member_ids)
        if groups is None:
            by_langs: dict[frozenset[str], list[int]] = {}
            for member_id in dict.fromkeys(member_ids):
                langs = self.member_langs.get(member_id)
                if langs:
                    by_langs.setdefault(langs, []).append(member_id)
            groups = tuple((langs, tuple(ids)) for langs, ids in by_langs.items())
            self._language_groups[member_ids] = groups
        return groups

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
    return {
        "items": ((item.title, item.start, item.end),),
        "first_start": item.start.timestamp(),
        **more,
    }


def _one(kind: ConflictKind, item: ScheduledItem, subject: str, **facts: object) -> Conflict:
    return Conflict(kind, (item.id,), subject, item_facts(item, **facts))


def check_item_alone(
    item: ScheduledItem,
    d: Directory,
    start: float | None = None,
    end: float | None = None,
    head: int | None = None,
) -> list[Conflict]:
    """Every conflict `item` has on its own, whatever else is planned.

    `start`/`end`/`head` may pass the item's epoch seconds and head count when the caller
    already has them.
    """
    found: list[Conflict] = []
    if start is None or end is None:
        start, end = item.start.timestamp(), item.end.timestamp()
    if end < start:
        found.append(_one(K.ENDS_BEFORE_START, item, subject_of("item", item.id)))
    elif end == start:
        found.append(_one(K.ZERO_LENGTH, item, subject_of("item", item.id)))
    if item.venue_id in d.capacities or item.vehicle_id in d.seats:
        _check_seats(item, d, found, item.head_count if head is None else head)
    if end > start and (d.stay_bounds or d.member_stays):
        _check_stays(item, start, end, d, found)
    if item.host_ids and item.member_ids and d.member_langs:
        _check_languages(item, d, found)
    if item.kind == "golden_book":
        _check_signers(item, d, found)
    if not item.needs_acknowledged and item.kind in NEEDS_KINDS:
        _check_needs(item, d, found)
    return found


def check_items_alone(
    items: Iterable[ScheduledItem],
    starts: Iterable[float],
    ends: Iterable[float],
    heads: Iterable[int],
    d: Directory,
) -> Iterator[tuple[int, list[Conflict]]]:
    """`check_item_alone()` for many items that take time (end after start, not cancelled),
    with their epoch seconds and head counts: (item id, conflicts) for those that have any.

    Most items have none, so each is first run through cheap tests that can only say "maybe";
    only those get the full check, which decides and builds the conflicts as usual.
    """
    capacities, seats = d.capacities, d.seats
    stay_bounds, member_stays = d.stay_bounds, d.member_stays
    member_langs, member_needs, host_needs = d.member_langs, d.member_needs, d.host_needs
    buffer = d.buffer
    for item, start, end, head in zip(items, starts, ends, heads, strict=True):
        maybe = item.kind == "golden_book"
        if not maybe:
            capacity = capacities.get(item.venue_id)  # type: ignore[arg-type]
            maybe = capacity is not None and head > capacity
        if not maybe and item.vehicle_id is not None:
            capacity = seats.get(item.vehicle_id)
            maybe = capacity is not None and head > capacity
        if not maybe and (stay_bounds or member_stays):
            pad = 0.0 if item.kind == "transfer" else buffer
            for delegation_id in item.delegation_ids:
                known = stay_bounds.get(delegation_id)
                if known is not None:
                    (arrival, departure), _ = known
                    if (arrival is not None and start < arrival + pad) or (
                        departure is not None and end > departure - pad
                    ):
                        maybe = True
                        break
            if not maybe and member_stays:
                for member_id in item.member_ids:
                    own = member_stays.get(member_id)
                    if own is not None:
                        (arrival, departure), _ = own
                        if (arrival is not None and start < arrival + pad) or (
                            departure is not None and end > departure - pad
                        ):
                            maybe = True
                            break
        if not maybe and not item.needs_acknowledged and item.kind in NEEDS_KINDS:
            maybe = not (
                member_needs.keys().isdisjoint(item.member_ids)
                and host_needs.keys().isdisjoint(item.host_ids)
                and host_needs.keys().isdisjoint(item.interpreter_ids)
            )
        if not maybe and item.host_ids and item.member_ids and member_langs:
            spoken = d.spoken_by(item.host_ids, item.interpreter_ids)
            maybe = bool(spoken) and bool(d.language_gaps(item.member_ids, spoken))
        if maybe:
            found = check_item_alone(item, d, start, end, head)
            if found:
                yield item.id, found


def _check_seats(item: ScheduledItem, d: Directory, found: list[Conflict], load: int) -> None:
    capacity = d.capacities.get(item.venue_id)  # type: ignore[arg-type]
    if capacity is not None and load > capacity:
        found.append(
            _one(
                K.VENUE_TOO_SMALL,
                item,
                subject_of("venue", item.venue_id),
                who=d.venue_name(item.venue_id),
                load=load,  # type: ignore[arg-type]
                capacity=capacity,
            )
        )
    seats = d.seats.get(item.vehicle_id)  # type: ignore[arg-type]
    if seats is not None and load > seats:
        found.append(
            _one(
                K.VEHICLE_TOO_SMALL,
                item,
                subject_of("vehicle", item.vehicle_id),
                who=d.vehicle_name(item.vehicle_id),
                load=load,  # type: ignore[arg-type]
                capacity=seats,
            )
        )


def _outside(
    item: ScheduledItem,
    start: float,
    end: float,
    bounds: Bounds,
    arrival: datetime | None,
    departure: datetime | None,
    buffer: float,
    subject: str,
    who: str,
    found: list[Conflict],
) -> None:
    minutes = int(buffer // 60)
    if bounds[0] is not None and start < bounds[0] + buffer:
        found.append(_one(K.BEFORE_ARRIVAL, item, subject, who=who, at=arrival, buffer=minutes))
    if bounds[1] is not None and end > bounds[1] - buffer:
        found.append(_one(K.AFTER_DEPARTURE, item, subject, who=who, at=departure, buffer=minutes))


def _check_stays(
    item: ScheduledItem, start: float, end: float, d: Directory, found: list[Conflict]
) -> None:
    # A transfer is the journey from or to the airport itself: it needs no buffer.
    buffer = 0.0 if item.kind == "transfer" else d.buffer
    for delegation_id in item.delegation_ids:
        known = d.stay_bounds.get(delegation_id)
        if known is not None:
            bounds, stay = known
            who = stay.delegation_name or f"Delegation #{delegation_id}"
            _outside(
                item,
                start,
                end,
                bounds,
                stay.arrival,
                stay.departure,
                buffer,
                subject_of("delegation", delegation_id),
                who,
                found,
            )
    if d.member_stays:
        for member_id in item.member_ids:
            own = d.member_stays.get(member_id)
            if own is not None:
                bounds, person = own
                _outside(
                    item,
                    start,
                    end,
                    bounds,
                    person.arrival,
                    person.departure,
                    buffer,
                    subject_of(MEMBER, member_id),
                    person.name,
                    found,
                )


def _check_languages(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    spoken = d.spoken_by(item.host_ids, item.interpreter_ids)
    if not spoken:  # nobody recorded the hosts' languages: nothing to judge
        return
    for langs, member_ids in d.language_gaps(item.member_ids, spoken):
        for member_id in member_ids:
            found.append(
                _one(
                    K.MISSING_INTERPRETER,
                    item,
                    subject_of(MEMBER, member_id),
                    who=d.members[member_id].name,
                    langs=langs,
                    host_langs=spoken,
                )
            )


def _check_signers(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    for kind, signers, present in (
        (MEMBER, item.signer_member_ids, item.member_ids),
        (HOST, item.signer_host_ids, item.host_ids),
    ):
        for person_id in dict.fromkeys(signers):
            if person_id not in present:
                found.append(
                    _one(
                        K.SIGNER_ABSENT,
                        item,
                        subject_of(kind, person_id),
                        who=d.person_name((kind, person_id)),
                    )
                )


def _check_needs(item: ScheduledItem, d: Directory, found: list[Conflict]) -> None:
    people = [d.member_needs.get(m) for m in dict.fromkeys(item.member_ids)]
    people += [d.host_needs.get(h) for h in dict.fromkeys((*item.host_ids, *item.interpreter_ids))]
    for person in people:
        if person is not None:
            found.append(
                _one(
                    K.NEEDS_UNACKNOWLEDGED,
                    item,
                    subject_of(*person.key),
                    who=person.name,
                    needs=person.needs,
                )
            )
