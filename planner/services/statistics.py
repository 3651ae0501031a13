"""The annual figures: a handful of aggregate reads (plain columns, no ORM objects), so one year
of the ten-year archive is counted in a fraction of a second."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from planner.domain.enums import DelegationStatus, Direction, EntryStatus, ItemStatus
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import Gift, GoldenBookRegisterLine
from planner.domain.statistics import (
    TREND_YEARS,
    CityVisits,
    GiftCount,
    VenueUse,
    YearFigures,
)
from planner.services.context import ServiceContext
from planner.store.models import (
    DelegationRow,
    GiftRow,
    GoldenBookEntryRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    VenueRow,
    item_delegation,
)

_BUSIEST = 10


@dataclass(frozen=True)
class AnnualReport:
    figures: YearFigures
    entries: tuple[GoldenBookRegisterLine, ...]
    gifts: tuple[Gift, ...]


def _year_start(year: int) -> datetime:
    return datetime(year, 1, 1, tzinfo=OFFICE_ZONE)


class Statistics:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def years(self) -> tuple[int, int] | None:
        """The first and last year with an arrival, for the year chooser; None when empty."""
        with self.ctx.read() as session:
            first, last = session.execute(select(func.min(DelegationRow.arrival_at),
                                                 func.max(DelegationRow.arrival_at))).one()
        if first is None:
            return None
        return first.astimezone(OFFICE_ZONE).year, last.astimezone(OFFICE_ZONE).year

    def year(self, year: int) -> YearFigures:
        """Visits count delegations arriving in the year (office time), cancelled ones not;
        the city's own trips abroad are not visits to it."""
        first_year = year - TREND_YEARS + 1
        members = (select(MemberRow.delegation_id, func.count().label("n"))
                   .group_by(MemberRow.delegation_id).subquery())
        visits = (select(DelegationRow.arrival_at, PartnerCityRow.name,
                         func.coalesce(members.c.n, 0))
                  .outerjoin(PartnerCityRow, DelegationRow.partner_city_id == PartnerCityRow.id)
                  .outerjoin(members, members.c.delegation_id == DelegationRow.id)
                  .where(DelegationRow.arrival_at >= _year_start(first_year),
                         DelegationRow.arrival_at < _year_start(year + 1),
                         DelegationRow.status != DelegationStatus.CANCELLED.value,
                         DelegationRow.direction == Direction.INCOMING.value))
        entries = (select(GoldenBookEntryRow.signed_on)
                   .where(GoldenBookEntryRow.status == EntryStatus.SIGNED.value,
                          GoldenBookEntryRow.signed_on >= date(first_year, 1, 1),
                          GoldenBookEntryRow.signed_on < date(year + 1, 1, 1)))
        gifts = (select(GiftRow.direction, GiftRow.declaration, func.count())
                 .where(GiftRow.given_on >= date(year, 1, 1),
                        GiftRow.given_on < date(year + 1, 1, 1))
                 .group_by(GiftRow.direction, GiftRow.declaration))
        items = (select(ProgrammeItemRow.kind, ProgrammeItemRow.start_at, ProgrammeItemRow.end_at,
                        VenueRow.name)
                 .outerjoin(VenueRow, ProgrammeItemRow.venue_id == VenueRow.id)
                 .where(ProgrammeItemRow.start_at >= _year_start(year),
                        ProgrammeItemRow.start_at < _year_start(year + 1),
                        ProgrammeItemRow.status != ItemStatus.CANCELLED.value,
                        # The programme abroad happened at the partners' venues, not ours.
                        ProgrammeItemRow.id.not_in(
                            select(item_delegation.c.item_id)
                            .join(DelegationRow,
                                  DelegationRow.id == item_delegation.c.delegation_id)
                            .where(DelegationRow.direction == Direction.OUTGOING.value))))
        with self.ctx.read() as session:
            visit_rows = session.execute(visits).all()
            entry_days = session.scalars(entries).all()
            gift_rows = session.execute(gifts).all()
            item_rows = session.execute(items).all()
            partners = session.scalars(select(PartnerCityRow.name)).all()
        return _figures(year, first_year, visit_rows, entry_days, gift_rows, item_rows,
                        partners)

    def report(self, year: int) -> AnnualReport:
        """Everything the annual report prints: the figures, the year's signed Golden Book
        entries and its gifts, oldest first."""
        from planner.services.gifts import Gifts
        from planner.services.golden_book import GoldenBookService, RegisterQuery

        entries = GoldenBookService(self.ctx).register(
            RegisterQuery(year=year, include_planned=False))
        gifts = [g for g in Gifts(self.ctx).list()
                 if g.given_on is not None and g.given_on.year == year]
        return AnnualReport(self.year(year), tuple(entries),
                            tuple(sorted(gifts, key=lambda g: (g.given_on, g.id or 0))))


def _figures(year: int, first_year: int, visit_rows: list, entry_days: list, gift_rows: list,  # type: ignore[type-arg]
             item_rows: list, partners: list[str]) -> YearFigures:  # type: ignore[type-arg]
    per_year: Counter[int] = Counter()
    city_now: Counter[str] = Counter()
    city_guests: Counter[str] = Counter()
    city_before: Counter[str] = Counter()
    months = [0] * 12
    for arrival, city, guests in visit_rows:
        local = arrival.astimezone(OFFICE_ZONE)
        per_year[local.year] += 1
        name = city or "—"
        if local.year == year:
            city_now[name] += 1
            city_guests[name] += guests
            months[local.month - 1] += guests
        else:
            city_before[name] += 1
    earlier = year - first_year
    by_city = sorted((CityVisits(city, n, city_guests[city], city_before[city] / earlier
                                 if earlier else 0.0) for city, n in city_now.items()),
                     key=lambda c: (-c.visits, c.city))
    signed = Counter(day.year for day in entry_days)
    hours: defaultdict[str, float] = defaultdict(float)
    venues: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for kind, start, end, venue in item_rows:
        length = max(0.0, (end - start).total_seconds() / 3600)
        hours[kind] += length
        if venue:
            venues[venue][0] += 1
            venues[venue][1] += length
    busiest = sorted((VenueUse(name, int(n), round(h, 1)) for name, (n, h) in venues.items()),
                     key=lambda v: (-v.hours, v.venue))[:_BUSIEST]
    return YearFigures(
        year=year,
        visits_by_city=tuple(by_city),
        quiet_partners=tuple(sorted(set(partners) - set(city_now))),
        guests_by_month=tuple(months),
        visits_by_year=tuple((y, per_year[y]) for y in range(first_year, year + 1)),
        golden_book_by_year=tuple((y, signed[y]) for y in range(first_year, year + 1)),
        gifts=tuple(GiftCount(d, s, n) for d, s, n in sorted(gift_rows)),
        busiest_venues=tuple(busiest),
        hours_by_kind=tuple(sorted(((k, round(h, 1)) for k, h in hours.items()),
                                   key=lambda kh: (-kh[1], kh[0]))),
    )
