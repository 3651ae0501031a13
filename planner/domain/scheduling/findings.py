"""Turning what the lane sweeps found into Conflicts, and pausing the GC for bulk work."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from planner.domain.scheduling.conflicts import Conflict, ConflictKind
from planner.domain.scheduling.item_rules import Directory
from planner.domain.scheduling.lanes import (
    LANE_NAMES,
    OVERLAP,
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
    """The Conflict for one finding on a lane; `items` are the finding's items, in order."""
    anchor, code, entries, number = finding
    facts: dict[str, object] = {
        "items": tuple((it.title, it.start, it.end) for it in items),
        "first_start": entries[0][0],
    }
    lane, ident = key & 3, key >> 2
    if lane == VENUE_LANE:
        kind = ConflictKind.VENUE_OVERBOOKED
        facts.update(
            who=d.venue_name(ident),
            load=number,
            capacity=capacity,
            at=datetime.fromtimestamp(anchor, UTC),
        )
    elif lane == VEHICLE_LANE:
        facts["who"] = d.vehicle_name(ident)
        kind = ConflictKind.VEHICLE_DOUBLE_BOOKED if code == OVERLAP else ConflictKind.TRAVEL_TIME
    else:
        facts["who"] = d.person_name((LANE_NAMES[lane], ident))
        kind = ConflictKind.PERSON_DOUBLE_BOOKED if code == OVERLAP else ConflictKind.TRAVEL_TIME
    if code == TRAVEL:
        facts.update(
            from_venue=d.venue_name(entries[0][3]),  # type: ignore[arg-type]
            to_venue=d.venue_name(entries[1][3]),  # type: ignore[arg-type]
            gap=int((entries[1][0] - entries[0][2]) // 60),
            need=number,
        )
    ids = tuple(sorted(e[1] for e in entries))
    return Conflict(kind, ids, lane_subject(key), facts)


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Bulk work allocates about a million tuples and lists, none in reference cycles; the
    cyclic collector would rescan the growing heap over and over (measured: half the time of
    building the index), so it pauses for the duration and runs normally afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
