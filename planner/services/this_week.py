"""What the office needs to see first: the week's arrivals and departures, the tasks due (mine
first), open conflicts, the Golden Book signings planned and the gifts awaiting declaration —
each line with the record it opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import DeclarationStatus, DelegationStatus, EntryStatus, GiftDirection
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import pick_text
from planner.services.conflicts import ConflictCheck, day_start, sentence
from planner.services.context import ServiceContext
from planner.services.tasks import TaskLine, Tasks
from planner.store.models import (
    DelegationRow,
    GiftRow,
    GoldenBookEntryRow,
    PartnerCityRow,
    ProgrammeItemRow,
    item_delegation,
)

WEEK = timedelta(days=7)
_GONE = (DelegationStatus.CANCELLED.value, DelegationStatus.DECLINED.value)


@dataclass(frozen=True, slots=True)
class Movement:
    """An arrival or a departure (a trip's: leaving home, coming back)."""

    delegation_id: int
    at: datetime
    arriving: bool
    title: str
    city: str
    outgoing: bool


@dataclass(frozen=True, slots=True)
class ConflictLine:
    text: str
    item_id: int | None
    delegation_id: int | None


@dataclass(frozen=True, slots=True)
class SigningLine:
    entry_id: int
    on: date | None
    occasion: str
    delegation_id: int | None
    city: str
    unrecorded: bool = False  # its day has passed and it is still only planned


@dataclass(frozen=True, slots=True)
class GiftLine:
    gift_id: int
    description: str
    given_on: date | None
    value_eur: Decimal | None
    city: str


@dataclass(frozen=True, slots=True)
class WeekSummary:
    today: date
    movements: tuple[Movement, ...]
    next_arrival: Movement | None  # the first one after the week, when the week has none
    tasks: tuple[TaskLine, ...]
    conflicts: tuple[ConflictLine, ...]
    signings: tuple[SigningLine, ...]
    gifts: tuple[GiftLine, ...]


class ThisWeek:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def summary(self, today: date | None = None, lang: str = "en") -> WeekSummary:
        today = today or datetime.now(OFFICE_ZONE).date()
        start, end = day_start(today), day_start(today + WEEK)
        tasks = tuple(Tasks(self.ctx).due(due_before=today + WEEK))
        conflicts = ConflictCheck(self.ctx).check(start=start, end=end)
        with self.ctx.read() as session:
            movements, later = _movements(session, start, end, lang)
            # The visit each conflict's first item belongs to: only those items' links.
            firsts = {c.item_ids[0] for c in conflicts if c.item_ids}
            owner = dict(session.execute(select(
                item_delegation.c.item_id, item_delegation.c.delegation_id).where(
                item_delegation.c.item_id.in_(firsts))).all()) if firsts else {}
            signings = _signings(session, today, lang)
            gifts = _gifts(session)
        return WeekSummary(
            today, tuple(movements), later, tasks,
            tuple(ConflictLine(sentence(c, lang), c.item_ids[0] if c.item_ids else None,
                               owner.get(c.item_ids[0]) if c.item_ids else None)
                  for c in conflicts),
            tuple(signings), tuple(gifts))


def _movements(session: Session, start: datetime, end: datetime,
               lang: str) -> tuple[list[Movement], Movement | None]:
    query = (select(DelegationRow.id, DelegationRow.arrival_at, DelegationRow.departure_at,
                    DelegationRow.title, PartnerCityRow.name, DelegationRow.direction)
             .outerjoin(PartnerCityRow, PartnerCityRow.id == DelegationRow.partner_city_id)
             .where(DelegationRow.status.not_in(_GONE)))
    found: list[Movement] = []
    later: Movement | None = None
    for did, arrival, departure, title, city, direction in session.execute(query.where(
            ((DelegationRow.arrival_at >= start) & (DelegationRow.arrival_at < end))
            | ((DelegationRow.departure_at >= start) & (DelegationRow.departure_at < end)))):
        for at, arriving in ((arrival, True), (departure, False)):
            if at is not None and start <= at < end:
                found.append(Movement(did, at, arriving, pick_text(title, lang), city or "",
                                      direction == "outgoing"))
    if not found:
        row = session.execute(query.where(DelegationRow.arrival_at >= end)
                              .order_by(DelegationRow.arrival_at).limit(1)).first()
        if row is not None:
            later = Movement(row[0], row[1], True, pick_text(row[3], lang), row[4] or "",
                             row[5] == "outgoing")
    return sorted(found, key=lambda m: m.at), later


def _signings(session: Session, today: date, lang: str) -> list[SigningLine]:
    """Every planned signing, by day: those to come, those without a day yet, and those whose
    day has passed without being recorded as signed (the register has a loose end)."""
    rows = session.execute(
        select(GoldenBookEntryRow.id, GoldenBookEntryRow.signed_on, GoldenBookEntryRow.occasion,
               GoldenBookEntryRow.delegation_id, PartnerCityRow.name, DelegationRow.title,
               ProgrammeItemRow.start_at)
        .outerjoin(DelegationRow, DelegationRow.id == GoldenBookEntryRow.delegation_id)
        .outerjoin(PartnerCityRow, PartnerCityRow.id == DelegationRow.partner_city_id)
        .outerjoin(ProgrammeItemRow, ProgrammeItemRow.id == GoldenBookEntryRow.item_id)
        .where(GoldenBookEntryRow.status == EntryStatus.PLANNED.value))
    lines = []
    for entry_id, signed_on, occasion, delegation_id, city, title, item_start in rows:
        day = signed_on or (item_start.astimezone(OFFICE_ZONE).date() if item_start else None)
        lines.append(SigningLine(entry_id, day, occasion or (pick_text(title, lang)
                                                             if title else ""),
                                 delegation_id, city or "",
                                 unrecorded=day is not None and day < today))
    return sorted(lines, key=lambda s: (s.on is None, s.on or date.max, s.entry_id))


def _gifts(session: Session) -> list[GiftLine]:
    rows = session.execute(
        select(GiftRow.id, GiftRow.description, GiftRow.given_on, GiftRow.value_eur,
               PartnerCityRow.name)
        .outerjoin(PartnerCityRow, PartnerCityRow.id == GiftRow.partner_city_id)
        .where(GiftRow.declaration == DeclarationStatus.PENDING.value,
               GiftRow.direction == GiftDirection.RECEIVED.value)
        .order_by(GiftRow.given_on, GiftRow.id))
    return [GiftLine(gid, description, given_on, value, city or "")
            for gid, description, given_on, value, city in rows]
