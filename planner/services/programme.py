"""Use cases of programme items: list by delegation or period, edit, duplicate, move, delete."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, literal, select, union_all
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.enums import ItemKind, ItemRole, ItemStatus
from planner.domain.errors import Problem, ValidationError
from planner.domain.problems import problem
from planner.domain.records import ProgrammeItem, ProgrammeSummary
from planner.domain.scheduling import cyclic_gc_paused
from planner.services.catalogue import check_reference, get_row
from planner.services.context import ServiceContext, apply_fields, require_version
from planner.services.golden_book import sync_with_item
from planner.store import convert
from planner.store.models import (
    DelegationRow,
    HostPersonRow,
    MemberRow,
    ProgrammeItemRow,
    ResourceRow,
    VenueRow,
    item_delegation,
    item_host,
    item_member,
    utcnow,
)
from planner.store.texts import text_in


def load_items(session: Session, rows: list[ProgrammeItemRow]) -> list[ProgrammeItem]:
    """Rows plus their links in three queries, however many items there are."""
    ids = [r.id for r in rows]
    delegations: dict[int, list[int]] = defaultdict(list)
    members: dict[int, list[int]] = defaultdict(list)
    hosts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in (ids[i:i + 900] for i in range(0, len(ids), 900)):
        for item_id, delegation_id in session.execute(select(
                item_delegation.c.item_id, item_delegation.c.delegation_id).where(
                item_delegation.c.item_id.in_(chunk))):
            delegations[item_id].append(delegation_id)
        for item_id, member_id in session.execute(select(
                item_member.c.item_id, item_member.c.member_id).where(
                item_member.c.item_id.in_(chunk))):
            members[item_id].append(member_id)
        for item_id, host_id, role in session.execute(select(
                item_host.c.item_id, item_host.c.host_id, item_host.c.role).where(
                item_host.c.item_id.in_(chunk))):
            hosts[item_id].append((host_id, role))
    return [convert.programme_item(r, delegations[r.id], members[r.id], hosts[r.id])
            for r in rows]


class Programme:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, delegation_id: int | None = None, start: datetime | None = None,
             end: datetime | None = None) -> list[ProgrammeItem]:
        query = select(ProgrammeItemRow).order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id)
        if delegation_id is not None:
            query = query.where(ProgrammeItemRow.id.in_(select(item_delegation.c.item_id).where(
                item_delegation.c.delegation_id == delegation_id)))
        if start is not None:
            query = query.where(ProgrammeItemRow.end_at > start)
        if end is not None:
            query = query.where(ProgrammeItemRow.start_at < end)
        with self.ctx.read() as session:
            return load_items(session, list(session.scalars(query)))

    def get(self, item_id: int) -> ProgrammeItem:
        with self.ctx.read() as session:
            return load_items(session, [get_row(session, ProgrammeItemRow, item_id,
                                                "programme item")])[0]

    def save(self, item: ProgrammeItem) -> ProgrammeItem:
        rules.validate(rules.check_item, item)
        with self.ctx.write() as session:
            _check_item_references(session, item)
            columns = convert.programme_item_columns(item)
            if item.id is None:
                row = ProgrammeItemRow(**columns)
                session.add(row)
                session.flush()
            else:
                row = get_row(session, ProgrammeItemRow, item.id, "programme item")
                require_version("programme item", row.id, item.version, row.version)
                apply_fields(row, columns)
                # Links are part of the item: saving them bumps its version for other editors.
                row.updated_at = utcnow()
                session.flush()
            links = _replace_links(session, row.id, item, new=item.id is None)
            session.flush()
            sync_with_item(session, row, item.delegation_ids[0])
            return convert.programme_item(row, *links)

    def duplicate(self, item_id: int, shift: timedelta = timedelta(0)) -> ProgrammeItem:
        original = self.get(item_id)
        return self.save(replace(original, id=None, version=None, start=original.start + shift,
                                 end=original.end + shift))

    def move(self, item_id: int, minutes: int, version: int | None = None) -> ProgrammeItem:
        item = self.get(item_id)
        if version is not None:
            item = replace(item, version=version)
        shift = timedelta(minutes=minutes)
        return self.save(replace(item, start=item.start + shift, end=item.end + shift))

    def restore(self, item: ProgrammeItem) -> ProgrammeItem:
        """Undo of delete: the item comes back with its id, so references to it still hold."""
        if item.id is None:
            raise ValidationError(Problem("id", "only a deleted item can be restored"))
        rules.validate(rules.check_item, item)
        with self.ctx.write() as session:
            if session.get(ProgrammeItemRow, item.id) is not None:
                raise ValidationError(Problem("id", f"programme item {item.id} exists"))
            _check_item_references(session, item)
            row = ProgrammeItemRow(id=item.id, **convert.programme_item_columns(item))
            session.add(row)
            session.flush()
            _replace_links(session, row.id, item)
            session.flush()
            return load_items(session, [row])[0]

    def summaries(self, start: datetime | None = None, end: datetime | None = None,
                  text: str = "", lang: str = "de") -> list[ProgrammeSummary]:
        """Light display rows for long lists: no links loaded, each title picked in SQL."""
        query = (select(ProgrammeItemRow.id, ProgrammeItemRow.start_at, ProgrammeItemRow.end_at,
                        ProgrammeItemRow.kind, text_in(ProgrammeItemRow.title, lang),
                        ProgrammeItemRow.status, VenueRow.name, ProgrammeItemRow.version)
                 .outerjoin(VenueRow, ProgrammeItemRow.venue_id == VenueRow.id)
                 .order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id))
        if start is not None:
            query = query.where(ProgrammeItemRow.end_at > start)
        if end is not None:
            query = query.where(ProgrammeItemRow.start_at < end)
        # Sixty thousand rows and tuples, none in a cycle: the collector waits till they're built.
        with self.ctx.read() as session, cyclic_gc_paused():
            core = session.connection()  # plain rows: no ORM loading per row
            rows = core.execute(query).all()
            titles = dict(core.execute(select(DelegationRow.id, DelegationRow.sort_title)).all())
            owners: dict[int, list[str]] = defaultdict(list)
            for item_id, delegation_id in core.execute(select(
                    item_delegation.c.item_id, item_delegation.c.delegation_id)).all():
                owners[item_id].append(titles.get(delegation_id, ""))
            kinds, statuses = {k.value: k for k in ItemKind}, {s.value: s for s in ItemStatus}
            none: tuple[str, ...] = ()
            found = [ProgrammeSummary(
                item_id, start_at, end_at, kinds[kind], title, statuses[status], venue or "",
                tuple(owners[item_id]) if item_id in owners else none, version)
                for item_id, start_at, end_at, kind, title, status, venue, version in rows]
        needle = text.strip().casefold()
        if needle:
            found = [s for s in found if needle in s.title.casefold()
                     or needle in s.venue.casefold()
                     or any(needle in d.casefold() for d in s.delegations)]
        return found

    def delete(self, item_id: int, version: int | None = None) -> ProgrammeItem:
        """Returns the deleted item (with its links) so undo can save it again."""
        with self.ctx.write() as session:
            row = get_row(session, ProgrammeItemRow, item_id, "programme item")
            require_version("programme item", item_id, version, row.version)
            deleted = load_items(session, [row])[0]
            session.delete(row)
            return deleted


def _check_item_references(session: Session, item: ProgrammeItem) -> None:
    problems: list[Problem] = []
    for i, did in enumerate(item.delegation_ids):
        check_reference(session, DelegationRow, did, f"delegation_ids[{i}]", "delegation",
                        problems)
    check_reference(session, VenueRow, item.venue_id, "venue_id", "venue", problems)
    check_reference(session, ResourceRow, item.vehicle_id, "vehicle_id", "vehicle", problems)
    if item.member_ids:
        found = dict(session.execute(select(MemberRow.id, MemberRow.delegation_id).where(
            MemberRow.id.in_(item.member_ids))).all())
        for i, mid in enumerate(item.member_ids):
            if mid not in found:
                problems.append(problem(f"member_ids[{i}]", "missing_reference", entity="member",
                                        id=mid))
            elif found[mid] not in item.delegation_ids:
                problems.append(problem(f"member_ids[{i}]", "member_not_in_item"))
    for field, ids in (("host_ids", item.host_ids), ("interpreter_ids", item.interpreter_ids),
                       ("driver_ids", item.driver_ids)):
        for i, hid in enumerate(ids):
            check_reference(session, HostPersonRow, hid, f"{field}[{i}]", "person", problems)
    if problems:
        raise ValidationError(problems)


Links = tuple[list[int], list[int], list[tuple[int, str]]]


def _stored_links(session: Session, item_id: int) -> Links:
    """An item's delegations, members and (host, role) pairs in one round trip."""
    query = union_all(
        select(literal("d"), item_delegation.c.delegation_id, literal(""))
        .where(item_delegation.c.item_id == item_id),
        select(literal("m"), item_member.c.member_id, literal(""))
        .where(item_member.c.item_id == item_id),
        select(literal("h"), item_host.c.host_id, item_host.c.role)
        .where(item_host.c.item_id == item_id))
    links: Links = ([], [], [])
    for kind, linked_id, role in session.execute(query):
        if kind == "d":
            links[0].append(linked_id)
        elif kind == "m":
            links[1].append(linked_id)
        else:
            links[2].append((linked_id, role))
    return links


def _replace_links(session: Session, item_id: int, item: ProgrammeItem,
                   new: bool = True) -> Links:
    """Store the item's links, rewriting only the tables whose links changed; returns them."""
    wanted: Links = (
        list(dict.fromkeys(item.delegation_ids)), list(dict.fromkeys(item.member_ids)),
        list(dict.fromkeys((h, role.value) for role, ids in (
            (ItemRole.HOST, item.host_ids), (ItemRole.INTERPRETER, item.interpreter_ids),
            (ItemRole.DRIVER, item.driver_ids)) for h in ids)))
    stored: Links = ([], [], []) if new else _stored_links(session, item_id)
    rows = ((item_delegation, lambda d: {"delegation_id": d}),
            (item_member, lambda m: {"member_id": m}),
            (item_host, lambda h: {"host_id": h[0], "role": h[1]}))
    for (table, row_of), want, have in zip(rows, wanted, stored, strict=True):
        if set(want) != set(have):
            if have:
                session.execute(delete(table).where(table.c.item_id == item_id))
            if want:
                session.execute(insert(table), [{"item_id": item_id, **row_of(v)} for v in want])
    return wanted
