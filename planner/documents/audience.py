"""The one place that decides what each audience may see: guest copies lose staff-only fields."""

from __future__ import annotations

from dataclasses import replace

from planner.documents.data import Audience, ItemInfo, ItineraryData, MemberInfo

AUDIENCES: tuple[Audience, ...] = ("guest", "internal")


def for_audience(data: ItineraryData, audience: str, member_id: int | None = None) -> ItineraryData:
    """The data a document for this audience (and, if given, this member) may print.

    Filtering happens here, before layout, so a renderer cannot leak what it never receives:
    a guest copy has no internal notes, hosts, interpreters, drivers, vehicles or conflicts,
    and no member's dietary or accessibility needs (not even the reader's own: a personal
    itinerary is handed out and may be read by others).
    """
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; use one of {AUDIENCES}")
    items = list(data.items)
    if member_id is not None:
        if all(member.id != member_id for member in data.members):
            raise ValueError(f"member {member_id} is not in delegation {data.delegation_title!r}")
        items = [item for item in items if item.attended_by(member_id)]
    if audience == "internal":
        return replace(data, items=items)
    return replace(
        data,
        members=[_guest_member(member) for member in data.members],
        items=[_guest_item(item) for item in items],
    )


def _guest_member(member: MemberInfo) -> MemberInfo:
    return replace(member, dietary="", accessibility="")


def _guest_item(item: ItemInfo) -> ItemInfo:
    return replace(
        item,
        hosts=(),
        interpreters=(),
        drivers=(),
        vehicle="",
        internal_notes="",
        conflicts=(),
    )
