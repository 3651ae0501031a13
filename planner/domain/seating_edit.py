"""Changing a seating plan by hand: swapping two chairs, locking chairs, and seating everyone
else again by the rules around the locked ones. Pure functions over planner.domain.seating."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from planner.domain.seating import Plan, SeatedTable, Sitter

Chair = tuple[int, int]  # (table index, chair index) of a Plan


def assignments(plan: Plan) -> dict[str, Chair]:
    """Who sits where, by sitter key: what is stored for a meal."""
    return {place.sitter.key: (t, c) for t, table in enumerate(plan.tables)
            for c, place in enumerate(table.places) if place.sitter is not None}


def swap(plan: Plan, first: Chair, second: Chair) -> Plan:
    """The plan with the occupants of two chairs exchanged (either may be empty)."""
    (t1, c1), (t2, c2) = first, second
    a = plan.tables[t1].places[c1].sitter
    b = plan.tables[t2].places[c2].sitter
    tables = [_with_places(table, t, {(t1, c1): b, (t2, c2): a})
              for t, table in enumerate(plan.tables)]
    return Plan(tables, list(plan.unseated))


def _with_places(table: SeatedTable, index: int,
                 changes: Mapping[Chair, Sitter | None]) -> SeatedTable:
    places = [replace(place, sitter=changes[(index, c)]) if (index, c) in changes else place
              for c, place in enumerate(table.places)]
    return replace(table, places=places)


def apply(plan: Plan, wanted: Mapping[str, Chair], keep: Sequence[str] = ()) -> Plan:
    """The rules' plan with people moved to the chairs in `wanted` (a stored plan, or the
    locked chairs only). Whoever sits in a wanted chair swaps with the person who wants it,
    so nobody is lost; a wanted chair that no longer exists (a table made smaller) or a
    person no longer invited is ignored. `keep`: keys whose chairs are settled first (locks
    win over other stored chairs)."""
    order = [k for k in keep if k in wanted] + [k for k in wanted if k not in keep]
    settled: set[Chair] = set()
    for key in order:
        target = wanted[key]
        t, c = target
        if t >= len(plan.tables) or c >= len(plan.tables[t].places) or target in settled:
            continue
        current = assignments(plan).get(key)
        if current is None:
            continue  # not seated (not invited any more, or on the unseated list)
        if current != target:
            plan = swap(plan, current, target)
        settled.add(target)
    return plan
