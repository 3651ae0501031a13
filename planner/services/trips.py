"""Use cases of a trip abroad beyond editing it: the travel-documents checklist and the cost
plan, per trip and per year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import DelegationStatus, Direction, GiftDirection
from planner.domain.errors import Problem, ValidationError
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import Delegation, pick_text
from planner.domain.trips import CostLine, CostPlan, PaperTask, away_window, cost_plan, paper_tasks
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.gifts import GiftWarning, gift_record, gift_warnings
from planner.store import convert
from planner.store.models import DelegationRow, GiftRow, HostPersonRow


@dataclass(frozen=True)
class PaperLine:
    """One line of a trip's travel-documents checklist, for people to read."""

    traveller: str
    task: PaperTask

    @property
    def sentence(self) -> str:
        facts, what = self.task.facts, self.task.what
        if what == "passport":
            if "valid_until" in facts and "needed_until" in facts:
                return (f"passport valid until {facts['valid_until']}, but it must be valid "
                        f"until {facts['needed_until']} (six months after return)")
            if "valid_until" in facts:
                return f"passport valid until {facts['valid_until']}"
            return "passport validity not recorded"
        if what == "visa":
            return {"": "visa requirement not yet checked", "needed": "visa needed, not applied",
                    "applied": "visa applied for, not yet granted",
                    "granted": "visa granted"}[str(facts["visa"])]
        return f"vaccinations required: {facts['vaccinations']}"


@dataclass(frozen=True)
class TripCosts:
    delegation_id: int
    title: str
    destination: str
    leaves: datetime | None
    returns: datetime | None
    travellers: int
    plan: CostPlan
    per_diem_eur: Decimal | None
    lines: tuple[CostLine, ...] = ()  # as entered


class Trips:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def checklist(self, delegation_id: int, today: date | None = None) -> list[PaperLine]:
        """Every traveller's passport, visa and vaccinations with deadline and state."""
        today = today or datetime.now(OFFICE_ZONE).date()
        with self.ctx.read() as session:
            d = _trip(session, delegation_id)
            names = dict(session.execute(select(HostPersonRow.id, HostPersonRow.name).where(
                HostPersonRow.id.in_(d.trip.traveller_ids))).all())
        leaves, returns = away_window(d.trip, d.arrival.at, d.departure.at)
        tasks = paper_tasks(d.trip, leaves.astimezone(OFFICE_ZONE).date() if leaves else None,
                            returns.astimezone(OFFICE_ZONE).date() if returns else None, today)
        return [PaperLine(names.get(t.host_id, f"person {t.host_id}"), t) for t in tasks]

    def gift_warnings(self, delegation_id: int) -> list[tuple[str, GiftWarning]]:
        """The trip's gifts that repeat what the partner city already received, or wait to be
        declared: (gift, warning)."""
        with self.ctx.read() as session:
            _trip(session, delegation_id)
            gifts = [gift_record(r) for r in session.scalars(select(GiftRow).where(
                GiftRow.delegation_id == delegation_id).order_by(GiftRow.given_on, GiftRow.id))]
            return [(g.description, w) for g in gifts for w in gift_warnings(session, g)]

    def costs(self, delegation_id: int) -> TripCosts:
        with self.ctx.read() as session:
            row = get_row(session, DelegationRow, delegation_id, "delegation")
            _trip(session, delegation_id)
            return self._costs(session, [row])[0]

    def costs_of_year(self, year: int) -> list[TripCosts]:
        """The year's trips (by the day of leaving, at home) that were not called off."""
        with self.ctx.read() as session:
            rows = list(session.scalars(select(DelegationRow).where(
                DelegationRow.direction == Direction.OUTGOING.value,
                DelegationRow.status.not_in((DelegationStatus.CANCELLED.value,
                                             DelegationStatus.DECLINED.value)))))
            found = [c for c in self._costs(session, rows)
                     if c.leaves is not None and c.leaves.astimezone(OFFICE_ZONE).year == year]
        return sorted(found, key=lambda c: (c.leaves, c.delegation_id))

    def _costs(self, session: Session, rows: list[DelegationRow]) -> list[TripCosts]:
        gifts: dict[int, list[Decimal]] = {}
        for delegation_id, value in session.execute(select(
                GiftRow.delegation_id, GiftRow.value_eur).where(
                GiftRow.delegation_id.in_([r.id for r in rows]),
                GiftRow.direction == GiftDirection.GIVEN.value, GiftRow.value_eur.is_not(None))):
            gifts.setdefault(delegation_id, []).append(value)
        out = []
        for row in rows:
            d = convert.delegation(row)
            leaves, returns = away_window(d.trip, d.arrival.at, d.departure.at)
            out.append(TripCosts(
                row.id, pick_text(d.title, "de"),
                row.partner_city.name if row.partner_city else "", leaves, returns,
                len(d.trip.travellers), cost_plan(d.trip, leaves, returns, gifts.get(row.id, [])),
                d.trip.per_diem_eur, d.trip.costs))
        return out


def _trip(session: Session, delegation_id: int) -> Delegation:
    d = convert.delegation(get_row(session, DelegationRow, delegation_id, "delegation"))
    if not d.is_trip:
        raise ValidationError(Problem("delegation", f"delegation {delegation_id} is a visit to "
                                      "the city, not a trip abroad"))
    return d
