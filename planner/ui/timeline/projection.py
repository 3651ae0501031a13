"""From the engine's Schedule to timeline rows and blocks, and how a drop changes an item."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from planner.domain.scheduling import HOST, MEMBER, Schedule, ScheduledItem
from planner.ui.timeline.model import RowKey, TimelineBlock, TimelineRow

_ROLE_LABELS = {
    "de": {
        "member": "Delegation",
        "host": "Gastgeber",
        "mayor": "Oberbürgermeister",
        "interpreter": "Dolmetschen",
        "driver": "Fahrdienst",
        "staff": "Protokoll",
    },
    "en": {
        "member": "Delegation",
        "host": "Host",
        "mayor": "Mayor",
        "interpreter": "Interpreting",
        "driver": "Driver",
        "staff": "Protocol",
    },
}


def row_keys_of(item: ScheduledItem) -> tuple[RowKey, ...]:
    keys: list[RowKey] = [("delegation", d) for d in item.delegation_ids]
    keys += [(MEMBER, m) for m in item.member_ids]
    keys += [
        (HOST, h) for h in dict.fromkeys((*item.host_ids, *item.interpreter_ids, *item.driver_ids))
    ]
    if item.venue_id is not None:
        keys.append(("venue", item.venue_id))
    if item.vehicle_id is not None:
        keys.append(("vehicle", item.vehicle_id))
    return tuple(keys)


def project(
    schedule: Schedule,
    items: Iterable[ScheduledItem],
    delegation_names: Mapping[int, str],
    lang: str = "de",
) -> tuple[list[TimelineRow], list[TimelineBlock]]:
    """Rows for every axis and one block per (not cancelled) item."""
    d = schedule.directory
    blocks: list[TimelineBlock] = []
    for item in items:
        if item.status == "cancelled":
            continue
        where = d.venue_name(item.venue_id) if item.venue_id is not None else ""
        blocks.append(
            TimelineBlock(
                item.id, item.kind, item.title, item.start, item.end, row_keys_of(item), where
            )
        )
    roles = _ROLE_LABELS[lang]
    names = dict(delegation_names)
    for block in blocks:  # a delegation without a known name still gets its row
        for kind, ident in block.row_keys:
            if kind == "delegation" and ident not in names:
                names[ident] = f"Delegation {ident}"
    rows = [
        TimelineRow(("delegation", i), name, always_shown=True)
        for i, name in sorted(names.items(), key=lambda kv: kv[1])
    ]
    people = sorted(d.people.values(), key=lambda p: (p.key[0] != HOST, p.role != "mayor", p.name))
    rows += [TimelineRow(p.key, p.name, roles.get(p.role, p.role)) for p in people]
    seats = "Plätze" if lang == "de" else "seats"
    rows += [
        TimelineRow(
            ("venue", v.id),
            v.name,
            f"{v.capacity} {seats}" if v.capacity is not None else "",
            always_shown=True,
        )
        for v in sorted(d.venues.values(), key=lambda v: v.name)
    ]
    rows += [
        TimelineRow(
            ("vehicle", v.id),
            v.name,
            f"{v.seats} {seats}" if v.seats is not None else "",
            always_shown=True,
        )
        for v in sorted(d.vehicles.values(), key=lambda v: v.name)
    ]
    return rows, blocks


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
