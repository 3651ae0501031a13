"""Use cases of a delegation as a whole: list, edit, change status, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from planner.domain import rules
from planner.domain.enums import DelegationStatus, Direction
from planner.domain.errors import Problem, ValidationError
from planner.domain.records import Delegation, DelegationSummary, pick_text
from planner.domain.trips import destination_zone
from planner.services.catalogue import check_reference, get_row
from planner.services.context import ServiceContext, apply_fields, require_version
from planner.store import convert
from planner.store.audit import mark_changed, record_event
from planner.store.models import (
    DelegationRow,
    GiftRow,
    GoldenBookEntryRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    SignerRow,
    TaskRow,
    TravellerRow,
    VenueRow,
    item_delegation,
    item_host,
    item_member,
)

# Table columns, not mapped attributes: the list is a Core select (no ORM compile step and no
# mapper set-up for a command that only lists).
_DELEGATIONS, _CITIES = DelegationRow.__table__, PartnerCityRow.__table__
_DELEGATION, _CITY, _MEMBER = _DELEGATIONS.c, _CITIES.c, MemberRow.__table__.c

SORT_COLUMNS = {
    "title": _DELEGATION.sort_title,
    "partner_city": _CITY.name,
    "occasion": _DELEGATION.occasion,
    "status": _DELEGATION.status,
    "arrival": _DELEGATION.arrival_at,
    "departure": _DELEGATION.departure_at,
}


@dataclass(frozen=True)
class DelegationFilter:
    text: str = ""
    statuses: tuple[DelegationStatus, ...] = ()
    arriving_from: datetime | None = None
    arriving_until: datetime | None = None
    direction: Direction | None = None
    sort: str = "arrival"
    descending: bool = True


@dataclass(frozen=True)
class DelegationSnapshot:
    """Everything a deleted delegation took with it, so that undo can put it back exactly."""

    delegation_id: int
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    detached_links: dict[str, list[Any]] = field(default_factory=dict)


class Delegations:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, flt: DelegationFilter | None = None,
             lang: str = "de") -> list[DelegationSummary]:
        """Summaries with the title in `lang` (else the office's first language that has one);
        the search looks at the German sort title, the occasion and the partner city."""
        flt = flt or DelegationFilter()
        d, city = _DELEGATION, _CITY
        members = (select(_MEMBER.delegation_id, func.count().label("n"))
                   .group_by(_MEMBER.delegation_id).subquery())
        query = (select(d.id, d.sort_title, city.name, d.occasion, d.status, d.arrival_at,
                        d.departure_at, func.coalesce(members.c.n, 0), d.version, d.title,
                        d.direction, d.time_zone, city.time_zone)
                 .outerjoin(_CITIES, d.partner_city_id == city.id)
                 .outerjoin(members, members.c.delegation_id == d.id))
        if flt.text.strip():
            pattern = f"%{flt.text.strip().lower()}%"
            query = query.where(or_(func.lower(d.sort_title).like(pattern),
                                    func.lower(d.occasion).like(pattern),
                                    func.lower(city.name).like(pattern),
                                    func.lower(city.native_name).like(pattern)))
        if flt.direction is not None:
            query = query.where(d.direction == flt.direction.value)
        if flt.statuses:
            query = query.where(d.status.in_([s.value for s in flt.statuses]))
        if flt.arriving_from is not None:
            query = query.where(d.arrival_at >= flt.arriving_from)
        if flt.arriving_until is not None:
            query = query.where(d.arrival_at < flt.arriving_until)
        column = SORT_COLUMNS.get(flt.sort, d.arrival_at)
        query = query.order_by(column.desc() if flt.descending else column.asc(), d.id)
        with self.ctx.read() as session:
            rows = session.connection().execute(query).all()
        return [DelegationSummary(id=r[0], title=r[1] if lang == "de" else
                                  pick_text(r[9] or {}, lang) or r[1],
                                  partner_city=r[2] or "",
                                  occasion=r[3], status=DelegationStatus(r[4]),
                                  arrival=r[5], departure=r[6], member_count=r[7],
                                  version=r[8], direction=Direction(r[10]),
                                  time_zone=destination_zone(r[10], r[11], r[12]))
                for r in rows]

    def get(self, delegation_id: int) -> Delegation:
        with self.ctx.read() as session:
            return convert.delegation(get_row(session, DelegationRow, delegation_id,
                                              "delegation"))

    def save(self, record: Delegation) -> Delegation:
        """Insert or update; a trip's arrival and departure abroad follow its journeys."""
        record = record.with_stay_from_journeys()
        rules.validate(rules.check_delegation, record)
        with self.ctx.write() as session:
            _check_delegation_references(session, record)
            columns = convert.delegation_columns(record)
            if record.id is None:
                row = DelegationRow(**columns)
                row.travellers = convert.traveller_rows(record.trip)
                session.add(row)
            else:
                row = get_row(session, DelegationRow, record.id, "delegation")
                require_version("delegation", row.id, record.version, row.version)
                c = rules.Checker()
                rules.check_status_change(DelegationStatus(row.status), record.status, c)
                c.raise_if_any()
                apply_fields(row, columns)
                if convert.delegation(row).trip.travellers != record.trip.travellers:
                    row.travellers = convert.traveller_rows(record.trip)
                    flag_modified(row, "trip")  # a new version for a change of travellers
            session.flush()
            # Imported here: listing delegations (every command's and the window's first
            # query) need not load the checklists and the settings behind them.
            from planner.services.tasks import reschedule

            reschedule(session, row.id)  # the open tasks' deadlines follow the visit
            session.flush()
            return convert.delegation(row)

    def delete(self, delegation_id: int, version: int | None = None) -> DelegationSnapshot:
        """Delete with members and own programme; items shared with others only lose the link."""
        with self.ctx.write() as session:
            row = get_row(session, DelegationRow, delegation_id, "delegation")
            require_version("delegation", delegation_id, version, row.version)
            snapshot = _capture(session, delegation_id)
            own_items = snapshot.tables["programme_item"]
            if own_items:
                session.execute(delete(ProgrammeItemRow).where(
                    ProgrammeItemRow.id.in_([r["id"] for r in own_items])))
            session.delete(row)
            mark_changed(session, "programme", "members",
                         *(["tasks"] if snapshot.tables["task"] else []))
            return snapshot

    def restore(self, snapshot: DelegationSnapshot) -> Delegation:
        """Put a deleted delegation back with its original ids (undo of delete)."""
        with self.ctx.write() as session:
            if session.get(DelegationRow, snapshot.delegation_id) is not None:
                raise ValidationError(Problem("", f"delegation {snapshot.delegation_id} exists"))
            for name in _RESTORE_ORDER:
                rows = snapshot.tables.get(name, [])
                if rows:
                    session.execute(insert(_TABLES[name]), rows)
            # Rows outside the delegation that lost their link (SET NULL) get it back, without
            # a version bump: to them, delete + undo is no change at all.
            item_of_entry = dict(snapshot.detached_links.get("golden_book_entry.item", []))
            member_of_signer = dict(snapshot.detached_links.get("golden_book_signer.member", []))
            for key, ids in snapshot.detached_links.items():
                if key in ("gift", "golden_book_entry") and ids:
                    table = _TABLES[key]
                    session.execute(update(table).where(table.c.id.in_(ids)).values(
                        delegation_id=snapshot.delegation_id, updated_at=table.c.updated_at))
            for entry_id, item_id in item_of_entry.items():
                session.execute(update(_TABLES["golden_book_entry"]).where(
                    _TABLES["golden_book_entry"].c.id == entry_id).values(
                    item_id=item_id, updated_at=_TABLES["golden_book_entry"].c.updated_at))
            for signer_id, member_id in member_of_signer.items():
                session.execute(update(_TABLES["golden_book_signer"]).where(
                    _TABLES["golden_book_signer"].c.id == signer_id).values(member_id=member_id))
            record_event(session, "restore", "delegation", snapshot.delegation_id,
                         {"rows": sum(len(v) for v in snapshot.tables.values())})
            mark_changed(session, "delegations", "members", "programme", "golden_book", "gifts",
                         *(["tasks"] if snapshot.tables.get("task") else []))
            session.expire_all()
            return convert.delegation(session.get(DelegationRow, snapshot.delegation_id))


def _check_delegation_references(session: Session, record: Delegation) -> None:
    problems: list[Problem] = []
    check_reference(session, PartnerCityRow, record.partner_city_id, "partner_city_id",
                    "partner city", problems)
    check_reference(session, VenueRow, record.hotel_venue_id, "hotel_venue_id", "venue",
                    problems)
    check_reference(session, HostPersonRow, record.officer_id, "officer_id", "person",
                    problems)
    for i, traveller in enumerate(record.trip.travellers):
        check_reference(session, HostPersonRow, traveller.host_id, f"travellers[{i}].host_id",
                        "person", problems)
    if problems:
        raise ValidationError(problems)


_TABLES: dict[str, Table] = {
    "delegation": DelegationRow.__table__,  # type: ignore[dict-item]
    "member": MemberRow.__table__,  # type: ignore[dict-item]
    "programme_item": ProgrammeItemRow.__table__,  # type: ignore[dict-item]
    "item_delegation": item_delegation,
    "item_member": item_member,
    "item_host": item_host,
    "gift": GiftRow.__table__,  # type: ignore[dict-item]
    "golden_book_entry": GoldenBookEntryRow.__table__,  # type: ignore[dict-item]
    "golden_book_signer": SignerRow.__table__,  # type: ignore[dict-item]
    "trip_traveller": TravellerRow.__table__,  # type: ignore[dict-item]
    "task": TaskRow.__table__,  # type: ignore[dict-item]
}
_RESTORE_ORDER = ("delegation", "trip_traveller", "member", "programme_item", "item_delegation",
                  "item_member", "item_host", "task")


def _rows(session: Session, table: Table, condition: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in session.execute(select(table).where(condition))]


def _capture(session: Session, delegation_id: int) -> DelegationSnapshot:
    links = _rows(session, item_delegation, item_delegation.c.delegation_id == delegation_id)
    item_ids = [r["item_id"] for r in links]
    shared = set(session.scalars(select(item_delegation.c.item_id).where(
        item_delegation.c.item_id.in_(item_ids),
        item_delegation.c.delegation_id != delegation_id)))
    own = [i for i in item_ids if i not in shared]
    member_ids = list(session.scalars(select(MemberRow.id).where(
        MemberRow.delegation_id == delegation_id)))
    items_table = _TABLES["programme_item"]
    tables = {
        "delegation": _rows(session, _TABLES["delegation"],
                            _TABLES["delegation"].c.id == delegation_id),
        "member": _rows(session, _TABLES["member"], _TABLES["member"].c.id.in_(member_ids)),
        "programme_item": _rows(session, items_table, items_table.c.id.in_(own)),
        "item_delegation": links,
        "item_member": _rows(session, item_member, or_(item_member.c.item_id.in_(own),
                                                       item_member.c.member_id.in_(member_ids))),
        "item_host": _rows(session, item_host, item_host.c.item_id.in_(own)),
        "trip_traveller": _rows(session, _TABLES["trip_traveller"],
                                _TABLES["trip_traveller"].c.delegation_id == delegation_id),
        "task": _rows(session, _TABLES["task"], _TABLES["task"].c.delegation_id == delegation_id),
    }
    detached: dict[str, list[Any]] = {
        table.__tablename__: list(session.scalars(select(table.id).where(
            table.delegation_id == delegation_id)))
        for table in (GoldenBookEntryRow, GiftRow)
    }
    detached["golden_book_entry.item"] = [tuple(r) for r in session.execute(
        select(GoldenBookEntryRow.id, GoldenBookEntryRow.item_id).where(
            GoldenBookEntryRow.item_id.in_(own)))]
    detached["golden_book_signer.member"] = [tuple(r) for r in session.execute(
        select(SignerRow.id, SignerRow.member_id).where(SignerRow.member_id.in_(member_ids)))]
    return DelegationSnapshot(delegation_id, tables, detached)
