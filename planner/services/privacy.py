"""Guests' personal data: the retention policy, anonymising past visits, subject access export."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from planner.domain.errors import Problem, ValidationError
from planner.domain.records import pick_text
from planner.domain.settings import RETENTION_MONTHS
from planner.services.context import ServiceContext
from planner.services.settings import Settings, read_setting
from planner.store.audit import mark_changed, record_event
from planner.store.models import (
    AuditRow,
    Base,
    DelegationRow,
    MemberRow,
    ProgrammeItemRow,
    item_delegation,
    item_member,
)

# What a guest told us for one visit: contact, needs (health data under GDPR art. 9), their
# own travel references and, for a visa letter, their passport. Names stay: the Golden Book
# and the record of visits keep them.
PERSONAL_FIELDS = ("email", "phone", "dietary", "accessibility", "arrival_reference",
                   "departure_reference", "nationality", "date_of_birth", "passport_number",
                   "passport_expires")
# What an anonymised field holds: dates have no empty text.
_BLANK: dict[str, object] = {f: "" for f in PERSONAL_FIELDS} | {
    "date_of_birth": None, "passport_expires": None}
REDACTED = "[anonymised]"


@dataclass(frozen=True, slots=True)
class DueMember:
    member_id: int
    name: str
    delegation_id: int
    delegation_title: str
    visit_ended: datetime
    fields: tuple[str, ...]  # the non-empty personal fields


@dataclass(frozen=True, slots=True)
class RetentionReport:
    retention_months: int
    cutoff: datetime  # visits that ended before this are due
    members: tuple[DueMember, ...]

    def as_json(self) -> dict[str, Any]:
        return {"retention_months": self.retention_months, "cutoff": self.cutoff.isoformat(),
                "members": [{"member_id": m.member_id, "name": m.name,
                             "delegation_id": m.delegation_id,
                             "delegation": m.delegation_title,
                             "visit_ended": m.visit_ended.isoformat(), "fields": list(m.fields)}
                            for m in self.members]}


@dataclass(frozen=True, slots=True)
class Anonymised:
    members: int
    fields: int
    audit_rows_redacted: int


@dataclass(frozen=True, slots=True)
class Erased:
    member_ids: tuple[int, ...]  # every visit's row of that guest
    fields: int
    audit_rows_redacted: int


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (31 March - 1 → 28/29 Feb)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


class Privacy:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def retention_months(self) -> int:
        return int(Settings(self.ctx).get(RETENTION_MONTHS))

    def set_retention_months(self, months: int) -> None:
        """Audited like every setting (planner.services.settings)."""
        Settings(self.ctx).set(RETENTION_MONTHS, months)

    def report(self, now: datetime | None = None) -> RetentionReport:
        """Members of visits that ended more than the retention period ago who still have
        personal data stored. Reads only."""
        with self.ctx.read() as session:
            return _report(session, now)

    def apply(self, now: datetime | None = None) -> Anonymised:
        """Blank the personal fields of everyone the report lists, in one audited transaction.

        The audit trail's own copies of those values (insert snapshots, old/new pairs) are
        redacted too; otherwise anonymising would leave the data one table away. Each member
        gets an `anonymise` event naming the fields, never their values. Versions move on, so
        a form still open on such a member cannot write the old values back.
        """
        with self.ctx.write() as session:
            due = _report(session, now)
            if not due.members:
                return Anonymised(0, 0, 0)
            ids = [m.member_id for m in due.members]
            stamp = datetime.now(UTC)
            for chunk in _chunks(ids):
                session.execute(update(MemberRow).where(MemberRow.id.in_(chunk)).values(
                    **_BLANK, version=MemberRow.version + 1,
                    updated_at=stamp).execution_options(synchronize_session=False))
            redacted = _redact_audit(session, "member", ids)
            for member in due.members:
                record_event(session, "anonymise", "member", member.member_id, {
                    "fields": list(member.fields), "delegation_id": member.delegation_id,
                    "retention_months": due.retention_months,
                    "cutoff": due.cutoff.isoformat()})
            mark_changed(session, "members")
            return Anonymised(len(ids), sum(len(m.fields) for m in due.members), redacted)

    def erase(self, name: str) -> Erased:
        """Anonymise one guest now, on request (right to erasure): the personal fields of every
        member row with this name or native name (case-insensitive, any visit), and the audit
        trail's copies of them, in one transaction; an `erase` event per row names the fields,
        never the values. Names stay (the Golden Book and the record of visits keep them).
        A name nobody has is refused and nothing is written."""
        wanted = name.strip().casefold()
        with self.ctx.write() as session:
            rows = _matching(session, _table("member"), ("name", "native_name"), wanted) \
                if wanted else []
            if not rows:
                raise ValidationError(Problem("person", f"no guest named {name!r} is stored; "
                                                        f"names are compared without case"))
            ids = [r["id"] for r in rows]
            fields = {r["id"]: tuple(f for f in PERSONAL_FIELDS if r[f]) for r in rows}
            stamp = datetime.now(UTC)
            session.execute(update(MemberRow).where(MemberRow.id.in_(ids)).values(
                **_BLANK, version=MemberRow.version + 1, updated_at=stamp
            ).execution_options(synchronize_session=False))
            redacted = _redact_audit(session, "member", ids)
            for row in rows:
                record_event(session, "erase", "member", row["id"], {
                    "fields": list(fields[row["id"]]), "delegation_id": row["delegation_id"],
                    "on_request": True})
            mark_changed(session, "members")
            return Erased(tuple(ids), sum(len(f) for f in fields.values()), redacted)

    def export_person(self, name: str) -> dict[str, Any]:
        """Everything stored about a person, found by name or native name (case-insensitive):
        as a delegation member, a host-side person, a Golden Book signer, a gift's giver or
        recipient, and the audit trail's rows about those records or mentioning the name."""
        wanted = name.strip().casefold()
        if not wanted:
            return {"person": name, "records": {}}
        with self.ctx.read() as session:
            names = ("name", "native_name")
            members = _matching(session, _table("member"), names, wanted)
            hosts = _matching(session, _table("host_person"), names, wanted)
            signers = _matching(session, _table("golden_book_signer"), names, wanted)
            gifts = _matching(session, _table("gift"), ("giver_name", "recipient_name"), wanted)
            refs = {("member", r["id"]) for r in members} | \
                {("host_person", r["id"]) for r in hosts} | \
                {("golden_book_signer", r["id"]) for r in signers} | \
                {("gift", r["id"]) for r in gifts}
            audit = [_plain_row(row._mapping) for row in session.execute(
                select(_table("audit_log")).order_by(AuditRow.id).execution_options(
                    yield_per=2000))
                if (row.entity, row.entity_id) in refs
                or wanted in json.dumps(row.changes, ensure_ascii=False).casefold()]
            visits = _visits(session, [r["id"] for r in members])
        return {
            "person": name, "generated_at": datetime.now(UTC).isoformat(),
            "records": {"members": members, "visits": visits, "host_people": hosts,
                        "golden_book_signers": signers, "gifts": gifts, "audit_log": audit},
        }


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _visit_ends(session: Session) -> dict[int, datetime]:
    """When each delegation's visit ended: departure, else the last item, else arrival."""
    last_item: dict[int, Any] = dict(session.execute(
        select(item_delegation.c.delegation_id, func.max(ProgrammeItemRow.end_at))
        .join(ProgrammeItemRow, ProgrammeItemRow.id == item_delegation.c.item_id)
        .group_by(item_delegation.c.delegation_id)).all())
    ends: dict[int, datetime] = {}
    for did, departure, arrival in session.execute(
            select(DelegationRow.id, DelegationRow.departure_at, DelegationRow.arrival_at)):
        candidates = [t for t in (departure, _aware(last_item.get(did)), arrival) if t]
        if candidates:
            ends[did] = max(candidates)
    return ends


def _aware(value: datetime | None) -> datetime | None:
    # func.max() bypasses the column type on SQLite: the raw UTC string or naive datetime.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _report(session: Session, now: datetime | None) -> RetentionReport:
    months = int(read_setting(session, RETENTION_MONTHS))
    cutoff = months_before((now or datetime.now(UTC)).astimezone(UTC), months)
    ended = {d: t for d, t in _visit_ends(session).items() if t < cutoff}
    titles = dict(session.execute(select(DelegationRow.id, DelegationRow.title).where(
        DelegationRow.id.in_(list(ended)))).all()) if ended else {}
    due: list[DueMember] = []
    for chunk in _chunks(sorted(ended)):
        for row in session.scalars(select(MemberRow).where(MemberRow.delegation_id.in_(chunk))
                                   .order_by(MemberRow.delegation_id, MemberRow.rank)):
            own_departure = row.departure_at
            if own_departure is not None and own_departure >= cutoff:
                continue  # stayed on: their own clock runs from their own departure
            fields = tuple(f for f in PERSONAL_FIELDS if getattr(row, f))
            if fields:
                due.append(DueMember(row.id, row.name, row.delegation_id,
                                     pick_text(titles[row.delegation_id], "de"),
                                     ended[row.delegation_id], fields))
    return RetentionReport(months, cutoff, tuple(due))


def _redact_audit(session: Session, entity: str, ids: list[int]) -> int:
    count = 0
    for chunk in _chunks(ids):
        for audit_id, changes in session.execute(select(AuditRow.id, AuditRow.changes).where(
                AuditRow.entity == entity, AuditRow.entity_id.in_(chunk))).all():
            cleaned = _redacted(changes)
            if cleaned != changes:
                session.execute(update(AuditRow).where(AuditRow.id == audit_id)
                                .values(changes=cleaned))
                count += 1
    return count


def _redacted(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    for field in PERSONAL_FIELDS:
        value = out.get(field)
        if isinstance(value, list):  # an update: [old, new]
            out[field] = [REDACTED if v else v for v in value]
        elif value:  # an insert or delete snapshot
            out[field] = REDACTED
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _plain_row(mapping: Any) -> dict[str, Any]:
    return {key: _plain(value) for key, value in mapping.items()}


def _matching(session: Session, table: Table, columns: tuple[str, ...],
              wanted: str) -> list[dict[str, Any]]:
    """Rows where one of `columns` is the name, compared with full Unicode case folding
    (SQLite's lower() folds ASCII only: "ÖZTÜRK" would miss "Öztürk")."""
    found = []
    for row in session.execute(select(table).order_by(table.c.id)):
        mapping = row._mapping
        if any((mapping[c] or "").strip().casefold() == wanted for c in columns):
            found.append(_plain_row(mapping))
    return found


def _visits(session: Session, member_ids: list[int]) -> list[dict[str, Any]]:
    """For each member row: the delegation and the programme items they were named for."""
    if not member_ids:
        return []
    items: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for member_id, item_id, title, start in session.execute(
            select(item_member.c.member_id, ProgrammeItemRow.id, ProgrammeItemRow.title,
                   ProgrammeItemRow.start_at)
            .join(ProgrammeItemRow, ProgrammeItemRow.id == item_member.c.item_id)
            .where(item_member.c.member_id.in_(member_ids))
            .order_by(ProgrammeItemRow.start_at)):
        items[member_id].append({"item_id": item_id, "title": title,
                                 "start": _plain(_aware(start))})
    out = []
    for member in session.scalars(select(MemberRow).where(MemberRow.id.in_(member_ids))):
        delegation = session.get(DelegationRow, member.delegation_id)
        assert delegation is not None
        out.append({"member_id": member.id, "delegation_id": delegation.id,
                    "delegation": delegation.title,
                    "arrival": _plain(delegation.arrival_at),
                    "departure": _plain(delegation.departure_at),
                    "programme_items": items[member.id]})
    return out
