"""The brute-force pairwise reference for lane conflicts, for property tests and benchmarks.

Deliberately naive: every item is compared with every other item, O(n²). It shares no code
with the sweeps, so agreement between the two is evidence, not a tautology.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.scheduling.conflicts import ConflictKind
from planner.domain.scheduling.records import PlanningRules, ScheduledItem, Venue

Identity = tuple[str, tuple[int, ...], str]


def _row(
    item: ScheduledItem, capacity_venues: dict[int, int]
) -> tuple[float, float, int, frozenset[str], int | None, int | None, int]:
    keys = {f"{kind}:{ident}" for kind, ident in item.person_keys}
    if item.vehicle_id is not None:
        keys.add(f"vehicle:{item.vehicle_id}")
    room = item.venue_id if item.venue_id in capacity_venues else None
    return (
        item.start.timestamp(),
        item.end.timestamp(),
        item.id,
        frozenset(keys),
        item.venue_id,
        room,
        item.head_count,
    )


def naive_lane_conflicts(
    items: Iterable[ScheduledItem],
    *,
    venues: Iterable[Venue] = (),
    rules: PlanningRules | None = None,
) -> set[Identity]:
    """Identities of double bookings, overbooked venues and too-short journeys."""
    rules = rules or PlanningRules()
    capacity = {v.id: v.capacity for v in venues if v.capacity is not None}
    rows = [
        _row(it, capacity)
        for it in items
        if it.status != "cancelled" and it.end.timestamp() > it.start.timestamp()
    ]
    travel = rules.travel_table()
    found: set[Identity] = set()
    for y in rows:
        ys, ye, yid, ykeys, yvenue, yroom, _ = y
        # Per shared key, the item that ended last (by end, then id) by the time y starts.
        before: dict[str, tuple[float, int, int | None]] = {}
        running_in_room: list[tuple[int, int]] = []
        for z in rows:
            zs, ze, zid, zkeys, zvenue, zroom, zhead = z
            if yroom is not None and zroom == yroom and zs <= ys < ze:
                running_in_room.append((zid, zhead))
            if zid == yid:
                continue
            if zs < ye and ys < ze:
                if yid < zid:
                    for key in ykeys & zkeys:
                        kind = (
                            ConflictKind.VEHICLE_DOUBLE_BOOKED
                            if key.startswith("vehicle:")
                            else ConflictKind.PERSON_DOUBLE_BOOKED
                        )
                        found.add((kind.value, (yid, zid), key))
            elif ze <= ys:
                for key in ykeys & zkeys:
                    best = before.get(key)
                    if best is None or (ze, zid) > (best[0], best[1]):
                        before[key] = (ze, zid, zvenue)
        for key, (pend, pid, pvenue) in before.items():
            if pvenue is None or yvenue is None or pvenue == yvenue:
                continue
            need = travel.get((pvenue, yvenue), rules.default_travel_minutes)
            if ys - pend < need * 60:
                found.add((ConflictKind.TRAVEL_TIME.value, tuple(sorted((pid, yid))), key))
        load = sum(head for _, head in running_in_room)
        if yroom is not None and len(running_in_room) > 1 and load > capacity[yroom]:
            ids = tuple(sorted(i for i, _ in running_in_room))
            found.add((ConflictKind.VENUE_OVERBOOKED.value, ids, f"venue:{yroom}"))
    return found
