"""Turning what the lane sweeps found into Conflicts, and pausing the GC for bulk work."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from planner.domain.scheduling.conflicts import Conflict, ConflictKind, LazyFacts
from planner.domain.scheduling.directory import Directory
from planner.domain.scheduling.lanes import (
    LANE_NAMES,
    OVERBOOKED,
    TRAVEL,
    VEHICLE_LANE,
    VENUE_LANE,
    Finding,
    LaneKey,
    lane_subject,
)
from planner.domain.scheduling.records import ScheduledItem


def lane_conflict(
    key: LaneKey,
    finding: Finding,
    items: Sequence[ScheduledItem],
    d: Directory,
    capacity: int | None,
) -> Conflict:
    """The Conflict for one finding on a lane; `items` are the finding's items, in order.

    Names are looked up now, so the conflict does not keep the directory alive; the rest of
    the facts are put together when a sentence needs them.
    """
    code, entries = finding[1], finding[2]
    lane, ident = key & 3, key >> 2
    if lane == VENUE_LANE:
        kind, who = ConflictKind.VENUE_OVERBOOKED, d.venue_name(ident)
    elif lane == VEHICLE_LANE:
        kind, who = ConflictKind.VEHICLE_DOUBLE_BOOKED, d.vehicle_name(ident)
    else:
        kind, who = ConflictKind.PERSON_DOUBLE_BOOKED, d.person_name((LANE_NAMES[lane], ident))
    route: tuple[str, str] | None = None
    if code == TRAVEL:
        kind = ConflictKind.TRAVEL_TIME
        route = (d.venue_name(entries[0][3]), d.venue_name(entries[1][3]))  # type: ignore[arg-type]
    facts = LazyFacts(lane_facts, finding, items, who, capacity, route)
    ids = tuple(sorted([e[1] for e in entries]))
    return Conflict(kind, ids, lane_subject(key), facts, entries[0][0])


def lane_facts(
    finding: Finding,
    items: Sequence[ScheduledItem],
    who: str,
    capacity: int | None,
    route: tuple[str, str] | None,
) -> dict[str, object]:
    """What the sentence of a lane conflict needs: titles, times, names, seats, minutes."""
    anchor, code, entries, number = finding
    facts: dict[str, object] = {
        "items": tuple([(it.title, it.start, it.end) for it in items]),
        "first_start": entries[0][0],
        "who": who,
    }
    if code == OVERBOOKED:
        facts.update(load=number, capacity=capacity, at=datetime.fromtimestamp(anchor, UTC))
    if route is not None:
        facts.update(
            from_venue=route[0],
            to_venue=route[1],
            gap=int((entries[1][0] - entries[0][2]) // 60),
            need=number,
        )
    return facts


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Bulk work allocates about a million tuples and lists, none in reference cycles; the
    cyclic collector would rescan the growing heap over and over (measured: half the time of
    building the index), so it pauses for the duration and runs normally afterwards.

    Pausing is re-entrant: a caller that builds an index and checks it at once pauses
    around both, and the collector runs again when the outermost pause ends.

    (Moving what was built straight to the oldest generation with gc.freeze()/gc.unfreeze()
    saved another tenth, but it moves every object of the process, and in the desktop
    application, where the index is built on a worker thread, it made the collector crash
    Python: not worth it.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
