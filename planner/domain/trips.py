"""The city's own delegations abroad: journeys across time zones, travellers and their papers,
and what a trip costs. Pure records and rules; the store keeps them with the delegation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from planner.domain.enums import CostCategory, TravelMode, VisaStatus
from planner.domain.office import OFFICE_ZONE

OFFICE_ZONE_NAME = "Europe/Berlin"
# Many countries refuse entry on a passport that expires within six months of leaving.
PASSPORT_MARGIN_DAYS = 183
# When nobody set a visa deadline: consulates ask for about six weeks.
VISA_LEAD = timedelta(weeks=6)
# Passports and vaccinations are checked this long before leaving, unless done earlier.
PAPERS_LEAD = timedelta(weeks=8)


@cache
def known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def is_zone(name: str) -> bool:
    """Whether `name` is an IANA time zone like 'Asia/Shanghai' (empty is not)."""
    return bool(name) and name in known_zones()


def zone(name: str) -> ZoneInfo:
    """The zone called `name`; the office's own when empty or unknown (validation refuses
    unknown names before they are stored, so this only guards old or foreign data)."""
    if not name:
        return OFFICE_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return OFFICE_ZONE


class LegKind(StrEnum):
    OUTBOUND = "outbound"  # from home towards the destination
    ONWARD = "onward"  # between places abroad
    RETURN = "return"  # back home


@dataclass(frozen=True, slots=True)
class Leg:
    """One flight or train: each end at its own place, in its own time zone."""

    departs: datetime  # zone-aware instant
    arrives: datetime  # zone-aware instant
    kind: LegKind = LegKind.OUTBOUND
    mode: TravelMode | None = TravelMode.FLIGHT
    reference: str = ""  # flight or train number
    from_place: str = ""
    from_zone: str = OFFICE_ZONE_NAME
    to_place: str = ""
    to_zone: str = OFFICE_ZONE_NAME

    @property
    def local_departure(self) -> datetime:
        return self.departs.astimezone(zone(self.from_zone))

    @property
    def local_arrival(self) -> datetime:
        return self.arrives.astimezone(zone(self.to_zone))

    @property
    def duration(self) -> timedelta:
        return self.arrives - self.departs


@dataclass(frozen=True, slots=True)
class Traveller:
    """One of the office's people on a trip, with the papers the destination asks for."""

    host_id: int
    passport_valid_until: date | None = None
    visa: VisaStatus = VisaStatus.UNKNOWN
    visa_deadline: date | None = None
    vaccinations: str = ""  # what the destination requires; empty when nothing
    vaccinations_done: bool = False


@dataclass(frozen=True, slots=True)
class CostLine:
    category: CostCategory
    amount: Decimal
    description: str = ""


@dataclass(frozen=True, slots=True)
class TripPlan:
    """What only a trip abroad has; a visit to the city leaves it empty."""

    travellers: tuple[Traveller, ...] = ()
    legs: tuple[Leg, ...] = ()
    costs: tuple[CostLine, ...] = ()
    per_diem_eur: Decimal | None = None  # allowance per traveller and day
    decline_reason: str = ""

    @property
    def traveller_ids(self) -> tuple[int, ...]:
        return tuple(t.host_id for t in self.travellers)

    @property
    def ordered_legs(self) -> tuple[Leg, ...]:
        return tuple(sorted(self.legs, key=lambda leg: leg.departs))

    def away(self) -> tuple[datetime, datetime] | None:
        """From leaving home to being back: the first leg's departure, the last one's arrival."""
        if not self.legs:
            return None
        return (min(leg.departs for leg in self.legs), max(leg.arrives for leg in self.legs))

    def landed_abroad(self) -> Leg | None:
        """The outbound leg that ends the journey out (the last one)."""
        out = [leg for leg in self.ordered_legs if leg.kind is LegKind.OUTBOUND]
        return out[-1] if out else None

    def leaving_abroad(self) -> Leg | None:
        """The return leg that starts the journey home (the first one)."""
        back = [leg for leg in self.ordered_legs if leg.kind is LegKind.RETURN]
        return back[0] if back else None


EMPTY_TRIP = TripPlan()


def destination_zone(direction: str, own_zone: str | None, city_zone: str | None) -> str:
    """Where a delegation's times happen: at home for a visit, at the destination for a trip
    (its own zone for an event elsewhere, else its partner city's)."""
    if direction == "outgoing":
        return own_zone or city_zone or OFFICE_ZONE_NAME
    return OFFICE_ZONE_NAME


def away_window(plan: TripPlan, arrival: datetime | None,
                departure: datetime | None) -> tuple[datetime | None, datetime | None]:
    """When the travellers are not at home: the journeys' span, else the stay abroad."""
    away = plan.away()
    return away if away is not None else (arrival, departure)


def hours_apart(when: datetime, place_zone: str) -> float:
    """How many hours the destination is ahead of the office at `when` (negative: behind)."""
    local = when.astimezone(zone(place_zone)).utcoffset() or timedelta()
    home = when.astimezone(OFFICE_ZONE).utcoffset() or timedelta()
    return (local - home).total_seconds() / 3600


# ---- travel documents -------------------------------------------------------------------

class PaperState(StrEnum):
    DONE = "done"
    OPEN = "open"  # still to do, deadline not passed
    OVERDUE = "overdue"
    PROBLEM = "problem"  # will not do as it is (passport expires too early)


@dataclass(frozen=True, slots=True)
class PaperTask:
    """One line of a traveller's travel-document checklist."""

    host_id: int
    what: str  # "passport", "visa", "vaccinations"
    state: PaperState
    deadline: date | None
    facts: dict[str, object] = field(default_factory=dict)


def paper_tasks(plan: TripPlan, leaves: date | None, returns: date | None,
                today: date) -> list[PaperTask]:
    """Passport, visa and vaccinations of every traveller, each with its deadline and state."""
    tasks: list[PaperTask] = []
    papers_due = leaves - PAPERS_LEAD if leaves else None

    def state(done: bool, deadline: date | None) -> PaperState:
        if done:
            return PaperState.DONE
        return PaperState.OVERDUE if deadline and deadline < today else PaperState.OPEN

    for t in plan.travellers:
        needed_until = returns + timedelta(days=PASSPORT_MARGIN_DAYS) if returns else None
        if t.passport_valid_until is None:
            tasks.append(PaperTask(t.host_id, "passport", state(False, papers_due), papers_due,
                                   {"needed_until": needed_until}))
        elif needed_until and t.passport_valid_until < needed_until:
            tasks.append(PaperTask(t.host_id, "passport", PaperState.PROBLEM, papers_due,
                                   {"valid_until": t.passport_valid_until,
                                    "needed_until": needed_until}))
        else:
            tasks.append(PaperTask(t.host_id, "passport", PaperState.DONE, papers_due,
                                   {"valid_until": t.passport_valid_until}))
        if t.visa is not VisaStatus.NOT_NEEDED:
            deadline = t.visa_deadline or (leaves - VISA_LEAD if leaves else None)
            tasks.append(PaperTask(t.host_id, "visa", state(t.visa is VisaStatus.GRANTED,
                                                            deadline), deadline,
                                   {"visa": t.visa.value}))
        if t.vaccinations.strip():
            tasks.append(PaperTask(t.host_id, "vaccinations",
                                   state(t.vaccinations_done, papers_due), papers_due,
                                   {"vaccinations": t.vaccinations.strip()}))
    return tasks


# ---- costs ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CostPlan:
    """A trip's costs by category, the allowance and the gifts included."""

    by_category: dict[str, Decimal]
    per_diem_days: int
    per_diem_total: Decimal
    gifts_total: Decimal

    @property
    def total(self) -> Decimal:
        return sum(self.by_category.values(), Decimal(0))


def travel_days(leaves: datetime | None, returns: datetime | None) -> int:
    """Calendar days away, counted at home, the days of leaving and returning included."""
    if leaves is None or returns is None or returns < leaves:
        return 0
    return (returns.astimezone(OFFICE_ZONE).date() - leaves.astimezone(OFFICE_ZONE).date()).days + 1


def cost_plan(plan: TripPlan, leaves: datetime | None, returns: datetime | None,
              gifts: Iterable[Decimal] = ()) -> CostPlan:
    """Entered lines plus the allowance (rate × days × travellers) plus the gifts' values."""
    by_category: dict[str, Decimal] = {c.value: Decimal(0) for c in CostCategory}
    by_category["per_diem"] = Decimal(0)
    for line in plan.costs:
        by_category[line.category.value] += line.amount
    days = travel_days(leaves, returns)
    allowance = (plan.per_diem_eur or Decimal(0)) * days * len(plan.travellers)
    by_category["per_diem"] = allowance
    gifts_total = sum(gifts, Decimal(0))
    by_category[CostCategory.GIFTS.value] += gifts_total
    return CostPlan(by_category, days, allowance, gifts_total)
