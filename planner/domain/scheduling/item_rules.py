"""Rules that look at one programme item alone: times, seats, stays, languages, signers, needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from planner.domain.scheduling.conflicts import Conflict, ConflictKind, LazyFacts
from planner.domain.scheduling.directory import Bounds, Directory
from planner.domain.scheduling.lanes import Entry
from planner.domain.scheduling.records import (
    HOST,
    MEMBER,
    NEEDS_KINDS,
    ScheduledItem,
    subject_of,
)

K = ConflictKind


def item_facts(item: ScheduledItem, more: dict[str, object]) -> dict[str, object]:
    return {
        "items": ((item.title, item.start, item.end),),
        "first_start": item.start.timestamp(),
        **more,
    }


def _one(kind: ConflictKind, item: ScheduledItem, subject: str, **facts: object) -> Conflict:
    lazy = LazyFacts(item_facts, item, facts)
    return Conflict(kind, (item.id,), subject, lazy, item.start.timestamp())


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
    placed: Iterable[tuple[ScheduledItem, Entry]], d: Directory
) -> Iterator[tuple[int, list[Conflict]]]:
    """`check_item_alone()` for many items that take time (end after start, not cancelled),
    given with their lane entries: (item id, conflicts) for those that have any.

    Most items have none, so each is first screened by cheap tests, which can only say
    "maybe" (the same rules as int and float comparisons on precomputed maps, the most
    decisive first); only those get the full check, which decides and builds the conflicts.
    """
    capacities, seats, speaking, groups = d.capacities, d.seats, d.speaking, d.member_speakers
    windows, buffered, member_windows = d.stay_windows, d.buffered_windows, d.member_windows
    member_needs, host_needs = d.member_needs.keys(), d.host_needs.keys()
    # Plain loops on the common path: this runs for every item of the archive.
    for item, (start, _, end, _, head) in placed:
        people = item.host_ids + item.interpreter_ids
        kind = item.kind
        maybe = (
            kind == "golden_book"
            or head > capacities.get(item.venue_id, head)  # type: ignore[arg-type]
            or head > seats.get(item.vehicle_id, head)  # type: ignore[arg-type]
            or (
                not item.needs_acknowledged
                and kind in NEEDS_KINDS
                and not (member_needs.isdisjoint(item.member_ids) and host_needs.isdisjoint(people))
            )
        )
        if not maybe and item.host_ids:
            speakers_per_group = groups.get(item.member_ids) or d.speakers_for(item.member_ids)
            for speakers in speakers_per_group:
                if speakers.isdisjoint(people):
                    # A language group nobody on the hosts' side speaks, unless nobody there
                    # has languages recorded at all: then there is nothing to judge.
                    maybe = not speaking.isdisjoint(people)
                    break
        if not maybe:
            # A transfer is the journey from or to the airport itself: it needs no buffer.
            transfer = kind == "transfer"
            stays = windows if transfer else buffered
            for delegation_id in item.delegation_ids:
                stay = stays.get(delegation_id)
                if stay is not None and (start < stay[0] or end > stay[1]):
                    maybe = True
                    break
            # Members with their own stay are rare.
            if (
                not maybe
                and member_windows
                and not member_windows.keys().isdisjoint(item.member_ids)
            ):
                pad = 0.0 if transfer else d.buffer
                for own in map(member_windows.get, item.member_ids):
                    if own is not None and (start < own[0] + pad or end > own[1] - pad):
                        maybe = True
                        break
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
