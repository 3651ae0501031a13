"""How a drop changes an item (rows and blocks come from `planner.domain.scheduling.timeline`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from planner.domain.scheduling import HOST, MEMBER, ScheduledItem
from planner.domain.scheduling.timeline import RowKey, project, row_keys_of

__all__ = ["plan_move", "project", "row_keys_of"]

def _swap(ids: tuple[int, ...], old: int, new: int) -> tuple[int, ...]:
    return tuple(dict.fromkeys(new if i == old else i for i in ids))


def plan_move(
    item: ScheduledItem, new_start: datetime, from_row: RowKey | None, to_row: RowKey | None
) -> ScheduledItem:
    """The item after a drop: same length at the new start; a new row swaps the venue, the
    vehicle, the delegation or the person that the row stands for (a member only for a
    member, a host-side person only for one)."""
    moved = replace(item, start=new_start, end=new_start + (item.end - item.start))
    if from_row is None or to_row is None or from_row == to_row or from_row[0] != to_row[0]:
        return moved
    kind, old, new = to_row[0], from_row[1], to_row[1]
    if kind == "venue":
        return replace(moved, venue_id=new)
    if kind == "vehicle":
        return replace(moved, vehicle_id=new)
    if kind == "delegation":
        return replace(moved, delegation_ids=_swap(item.delegation_ids, old, new))
    if kind == MEMBER:
        return replace(moved, member_ids=_swap(item.member_ids, old, new))
    if kind == HOST:
        return replace(
            moved,
            host_ids=_swap(item.host_ids, old, new),
            interpreter_ids=_swap(item.interpreter_ids, old, new),
            driver_ids=_swap(item.driver_ids, old, new),
        )
    return moved
