"""Rules that look at one programme item alone: times, seats, stays, languages, signers, needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from planner.domain.scheduling.conflicts import Conflict, ConflictKind, LazyFacts
from planner.domain.scheduling.directory import Bounds, Directory, Window
from planner.domain.scheduling.lanes import Entry
from planner.domain.scheduling.records import (
    HOST,
    MEMBER,
    NEEDS_KINDS,
    ScheduledItem,
    Trip,
    subject_of,
)

K = ConflictKind


def item_facts(item: ScheduledItem, more: dict[str, object]) -> dict[str, object]:
    return {
        "items": ((item.title, item.start, item.end),),
        "first_start": item.start.timestamp(),
        **more,
    }


def _one(
    kind: ConflictKind, item: ScheduledItem, start: float, subject: str, **facts: object
) -> Conflict:
    """A conflict of `item` alone; `start` is its start in epoch seconds, which the caller
    has (reading it from the datetime again costs more than building the conflict)."""
    return Conflict(kind, (item.id,), subject, LazyFacts(item_facts, item, facts), start)


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
        found.append(_one(K.ENDS_BEFORE_START, item, start, subject_of("item", item.id)))
    elif end == start:
        found.append(_one(K.ZERO_LENGTH, item, start, subject_of("item", item.id)))
    if item.venue_id in d.capacities or item.vehicle_id in d.seats:
        _check_seats(item, start, d, found, item.head_count if head is None else head)
    if end > start and (d.stay_bounds or d.member_stays):
        _check_stays(item, start, end, d, found)
    if item.host_ids and item.member_ids and d.member_langs:
        _check_languages(item, start, d, found)
    if item.kind == "golden_book":
        _check_signers(item, start, d, found)
    if not item.needs_acknowledged and item.kind in NEEDS_KINDS:
        _check_needs(item, start, d, found)
    if d.away and end >= start:
        _check_away(item, start, end, d, found)
    return found


def check_items_alone(
    placed: Iterable[tuple[ScheduledItem, Entry]], d: Directory
) -> Iterator[tuple[int, list[Conflict]]]:
    """`check_item_alone()` for many items that take time (end after start, not cancelled),
    given with their lane entries: (item id, conflicts) for those that have any.

    Most items have none, so each is first screened by cheap tests, which can only say
    "maybe"; only those get the full check, which decides and builds the conflicts. The
    screening runs to the end first: alternating the two loops item by item measured slower.
    """
    for item, start, end, head in list(_doubtful(placed, d)):
        found = check_item_alone(item, d, start, end, head)
        if found:
            yield item.id, found


def _doubtful(
    placed: Iterable[tuple[ScheduledItem, Entry]], d: Directory
) -> Iterator[tuple[ScheduledItem, float, float, int]]:
    """The items that may have a conflict of their own, with their start, end and head count:
    the rules of `check_item_alone()` as int and float comparisons on precomputed maps.

    One plain loop with the tests inlined, each handing the item over as soon as it fails
    one: this runs for every item of the archive and nearly all pass every test, so each
    test costs its full price on each item, and a function call would cost more than most.
    """
    capacity, seats = d.capacities.get, d.seats.get
    windows, buffered, member_windows = d.stay_windows, d.buffered_windows, d.member_windows
    languages, away = d.languages, d.away
    known_groups, group_bits, covers = (
        languages.groups,
        languages.group_bits.get,
        languages.covers.get,
    )
    for item, entry in placed:
        start, end, head = entry[0], entry[2], entry[4]
        kind = item.kind
        if (
            (kind == "golden_book" and _signer_absent(item))
            or head > capacity(item.venue_id, head)  # type: ignore[arg-type]
            or head > seats(item.vehicle_id, head)  # type: ignore[arg-type]
        ):
            yield item, start, end, head
            continue
        # A transfer is the journey from or to the airport itself: it needs no buffer.
        stays = windows if kind == "transfer" else buffered
        outside = False
        for delegation_id in item.delegation_ids:
            arrival, departure = stays.get(delegation_id, _ANY_TIME)
            if start < arrival or end > departure:
                outside = True
                break
        if outside:
            yield item, start, end, head
            continue
        if away and _someone_away(item, start, end, away):
            yield item, start, end, head
            continue
        members = item.member_ids
        groups = known_groups.get(members)
        if groups is None:  # a member tuple not seen yet: a plain loop beats reduce()
            groups = 0
            for member_id in members:
                groups |= group_bits(member_id, 0)
            known_groups[members] = groups
        if groups:
            # Interpreters first: they are there for the languages and usually cover every
            # group alone, so the hosts need not be looked at.
            cover = 0
            for person_id in item.interpreter_ids:
                cover |= covers(person_id, 0)
            if groups & ~cover and item.host_ids:  # without hosts, the rule does not apply
                for person_id in item.host_ids:
                    cover |= covers(person_id, 0)
                if cover and groups & ~cover:  # someone speaks, yet not with everyone
                    yield item, start, end, head
                    continue
        if (member_windows and _outside_own_stay(item, start, end, d)) or (
            not item.needs_acknowledged and kind in NEEDS_KINDS and _has_needs(item, d)
        ):
            yield item, start, end, head


def _host_side(item: ScheduledItem) -> dict[int, None]:
    """Everyone on the city's side an item needs, once each, in order."""
    return dict.fromkeys((*item.host_ids, *item.interpreter_ids, *item.driver_ids,
                          *item.signer_host_ids))


def _away_during(item: ScheduledItem, start: float, end: float,
                 windows: list[tuple[float, float, Trip]]) -> Trip | None:
    """The trip (not the item's own) that keeps a traveller away while the item runs."""
    for leaves, returns, trip in windows:
        if start < returns and end > leaves and trip.delegation_id not in item.delegation_ids:
            return trip
    return None


def _someone_away(item: ScheduledItem, start: float, end: float,
                  away: dict[int, list[tuple[float, float, Trip]]]) -> bool:
    if away.keys().isdisjoint(item.host_ids) and away.keys().isdisjoint(
            item.interpreter_ids + item.driver_ids + item.signer_host_ids):
        return False
    return any(_away_during(item, start, end, away[h]) for h in _host_side(item) if h in away)


def _check_away(item: ScheduledItem, start: float, end: float, d: Directory,
                found: list[Conflict]) -> None:
    for host_id in _host_side(item):
        windows = d.away.get(host_id)
        trip = _away_during(item, start, end, windows) if windows else None
        if trip is not None:
            found.append(_one(K.TRAVELLER_AWAY, item, start, subject_of(HOST, host_id),
                              who=d.person_name((HOST, host_id)), trip=trip.name,
                              trip_ids=(trip.delegation_id,), leaves=trip.leaves,
                              returns=trip.returns))


def _signer_absent(item: ScheduledItem) -> bool:
    """Whether someone signing the Golden Book is not among the item's people (rare)."""
    return any(m not in item.member_ids for m in item.signer_member_ids) or any(
        h not in item.host_ids for h in item.signer_host_ids
    )


# A stay window for delegations without a stay known: nothing is outside it.
_ANY_TIME: Window = (-float("inf"), float("inf"))


def _outside_own_stay(item: ScheduledItem, start: float, end: float, d: Directory) -> bool:
    """Whether the item may lie outside the own stay of one of its members (rare)."""
    windows = d.member_windows
    if windows.keys().isdisjoint(item.member_ids):
        return False
    pad = 0.0 if item.kind == "transfer" else d.buffer
    for own in map(windows.get, item.member_ids):
        if own is not None and (start < own[0] + pad or end > own[1] - pad):
            return True
    return False


def _has_needs(item: ScheduledItem, d: Directory) -> bool:
    """Whether anyone taking part has dietary or accessibility needs recorded."""
    return not (
        d.member_needs.keys().isdisjoint(item.member_ids)
        and d.host_needs.keys().isdisjoint(item.host_ids + item.interpreter_ids)
    )


def _check_seats(
    item: ScheduledItem, start: float, d: Directory, found: list[Conflict], load: int
) -> None:
    capacity = d.capacities.get(item.venue_id)  # type: ignore[arg-type]
    if capacity is not None and load > capacity:
        found.append(
            _one(
                K.VENUE_TOO_SMALL,
                item,
                start,
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
                start,
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
        found.append(
            _one(K.BEFORE_ARRIVAL, item, start, subject, who=who, at=arrival, buffer=minutes)
        )
    if bounds[1] is not None and end > bounds[1] - buffer:
        found.append(
            _one(K.AFTER_DEPARTURE, item, start, subject, who=who, at=departure, buffer=minutes)
        )


def _check_stays(
    item: ScheduledItem, start: float, end: float, d: Directory, found: list[Conflict]
) -> None:
    # A transfer is the journey from or to the airport itself: it needs no buffer.
    transfer = item.kind == "transfer"
    buffer = 0.0 if transfer else d.buffer
    windows = d.stay_windows if transfer else d.buffered_windows
    for delegation_id in item.delegation_ids:
        window = windows.get(delegation_id)
        if window is None or (window[0] <= start and end <= window[1]):
            continue  # no stay known, or well within it: the common case, decided by floats
        bounds, stay = d.stay_bounds[delegation_id]
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


def _check_languages(
    item: ScheduledItem, start: float, d: Directory, found: list[Conflict]
) -> None:
    spoken = d.spoken_by(item.host_ids, item.interpreter_ids)
    if not spoken:  # nobody recorded the hosts' languages: nothing to judge
        return
    # `_one()` written out: this kind is found by the thousand, one per member.
    ids, members = (item.id,), d.members
    for langs, member_ids in d.language_gaps(item.member_ids, spoken):
        for member_id in member_ids:
            facts = {"who": members[member_id].name, "langs": langs, "host_langs": spoken}
            found.append(
                Conflict(
                    K.MISSING_INTERPRETER,
                    ids,
                    subject_of(MEMBER, member_id),
                    LazyFacts(item_facts, item, facts),
                    start,
                )
            )


def _check_signers(item: ScheduledItem, start: float, d: Directory, found: list[Conflict]) -> None:
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
                        start,
                        subject_of(kind, person_id),
                        who=d.person_name((kind, person_id)),
                    )
                )


def _check_needs(item: ScheduledItem, start: float, d: Directory, found: list[Conflict]) -> None:
    people = [d.member_needs.get(m) for m in dict.fromkeys(item.member_ids)]
    people += [d.host_needs.get(h) for h in dict.fromkeys((*item.host_ids, *item.interpreter_ids))]
    for person in people:
        if person is not None:
            found.append(
                _one(
                    K.NEEDS_UNACKNOWLEDGED,
                    item,
                    start,
                    subject_of(*person.key),
                    who=person.name,
                    needs=person.needs,
                )
            )
