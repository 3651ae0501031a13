"""Feeding the scheduling engine from the database: every conflict of a period or a delegation."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.enums import DelegationStatus, Direction, ItemRole, ResourceKind
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import pick_text
from planner.domain.scheduling import (
    Conflict,
    ConflictKind,
    Person,
    PlanningRules,
    Schedule,
    ScheduledItem,
    Stay,
    Trip,
    Vehicle,
    Venue,
    cyclic_gc_paused,
    sort_conflicts,
)
from planner.domain.settings import DEFAULT_TRAVEL_MINUTES, STAY_BUFFER_MINUTES
from planner.domain.trips import OFFICE_ZONE_NAME, away_window, destination_zone, zone
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.settings import read_setting
from planner.store.models import (
    DelegationRow,
    GoldenBookEntryRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    ResourceRow,
    SignerRow,
    TravellerRow,
    TravelTimeRow,
    VenueRow,
    item_delegation,
    item_host,
    item_member,
)
from planner.store.texts import text_in

# A delegation's check also looks this far around its stay: the mayor's other appointments.
MARGIN = timedelta(days=1)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=OFFICE_ZONE)


class ConflictCheck:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def schedule(self, start: datetime | None = None, end: datetime | None = None,
                 lang: str = "de") -> Schedule:
        """Everything the engine needs for the items overlapping [start, end) (all if None)."""
        # Loading builds a million short-lived rows and tuples: the collector waits (see
        # cyclic_gc_paused).
        with self.ctx.read() as session, cyclic_gc_paused():
            return _build(session, start, end, lang)

    def period(self, start: datetime, end: datetime,
               lang: str = "de") -> tuple[Schedule, dict[int, str]]:
        """The checked schedule of [start, end) and a short name for each of its delegations
        (for the timeline's and the week plan's rows)."""
        from babel.dates import format_date  # only for these labels: not on `planner check`

        from planner.services.delegations import Delegations

        with cyclic_gc_paused():  # building and checking as one bulk job
            schedule = self.schedule(start, end, lang)
            schedule.check_all()
        shown = {d for item in schedule for d in item.delegation_ids}
        found = [d for d in Delegations(self.ctx).list() if d.id in shown]
        # A row label is narrow: the partner city says which visit it is ("Amiens"), unless
        # the city sends two delegations at once; then the titles tell them apart.
        cities = Counter(d.partner_city for d in found)
        names = {
            d.id: d.partner_city if d.partner_city and cities[d.partner_city] == 1 else d.title
            for d in found
        }
        # Two visits of one city with the same title still need two names: add the arrival.
        repeated = Counter(names.values())
        for d in found:
            if repeated[names[d.id]] > 1:
                when = format_date(d.arrival.astimezone(OFFICE_ZONE).date(), "d MMM",
                                   locale="de_DE" if lang == "de" else "en_GB") \
                    if d.arrival else ""
                names[d.id] = f"{names[d.id]} ({when or d.id})"
        return schedule, names

    def check(self, delegation_id: int | None = None, start: datetime | None = None,
              end: datetime | None = None) -> list[Conflict]:
        if delegation_id is None:
            with cyclic_gc_paused():  # building and checking as one bulk job
                return sort_conflicts(self.schedule(start, end).check_all())
        with self.ctx.read() as session, cyclic_gc_paused():
            get_row(session, DelegationRow, delegation_id, "delegation")
            own = set(session.scalars(select(item_delegation.c.item_id).where(
                item_delegation.c.delegation_id == delegation_id)))
            first_start, last_end = session.execute(select(
                func.min(ProgrammeItemRow.start_at), func.max(ProgrammeItemRow.end_at)).where(
                ProgrammeItemRow.id.in_(own))).one() if own else (None, None)
            # A trip also concerns everything at home its travellers miss while away.
            trip = next((t for t in _trips(session, _outgoing(session), None, None, "de")
                         if t.delegation_id == delegation_id), None)
            if trip is not None:
                first_start = min(filter(None, (first_start, trip.leaves)))
                last_end = max(filter(None, (last_end, trip.returns)))
            if first_start is None:
                return []
            schedule = _build(session, first_start - MARGIN, last_end + MARGIN, "de")
            return sort_conflicts([c for c in schedule.check_all()
                                   if any(i in own for i in c.item_ids)
                                   or _concerns_trip(c, delegation_id)])

    def messages_for_delegation(self, delegation_id: int, lang: str) -> dict[int, list[str]]:
        """For the run sheet: each item's open conflicts as sentences."""
        found: dict[int, list[str]] = defaultdict(list)
        for conflict in self.check(delegation_id):
            text = sentence(conflict, lang)
            for item_id in conflict.item_ids:
                found[item_id].append(text)
        return dict(found)


def _concerns_trip(conflict: Conflict, delegation_id: int) -> bool:
    if conflict.kind not in (ConflictKind.TRAVELLER_AWAY, ConflictKind.TRIPS_OVERLAP):
        return False
    return delegation_id in conflict.facts.get("trip_ids", ())  # type: ignore[operator]


# Invitations not (or no longer) taken up keep nobody away.
_NOT_TRAVELLING = (DelegationStatus.DECLINED.value, DelegationStatus.CANCELLED.value)


def _outgoing(session: Session) -> list[Any]:
    """The trips abroad, once per build: (id, title, arrival, departure, trip data, status,
    zone where they happen)."""
    return [(did, title, arrival, departure, data, status,
             destination_zone(Direction.OUTGOING.value, own, city))
            for did, title, arrival, departure, data, status, own, city in session.execute(
                select(DelegationRow.id, DelegationRow.title, DelegationRow.arrival_at,
                       DelegationRow.departure_at, DelegationRow.trip, DelegationRow.status,
                       DelegationRow.time_zone, PartnerCityRow.time_zone)
                .outerjoin(PartnerCityRow, DelegationRow.partner_city_id == PartnerCityRow.id)
                .where(DelegationRow.direction == Direction.OUTGOING.value))]


def _trips(session: Session, outgoing: list[Any], start: datetime | None,
           end: datetime | None, lang: str) -> list[Trip]:
    """Trips abroad whose time away overlaps [start, end), with their travellers."""
    from planner.store.convert import trip_of

    travellers: dict[int, list[int]] = defaultdict(list)
    for did, hid in session.execute(select(TravellerRow.delegation_id, TravellerRow.host_id)
                                    .order_by(TravellerRow.position)):
        travellers[did].append(hid)
    trips: list[Trip] = []
    for did, title, arrival, departure, data, status, _ in outgoing:
        if status in _NOT_TRAVELLING or not travellers.get(did):
            continue
        leaves, returns = away_window(trip_of(data or {}, []), arrival, departure)
        if (leaves is None or returns is None or (end is not None and leaves >= end)
                or (start is not None and returns <= start)):
            continue
        trips.append(Trip(did, leaves, returns, tuple(travellers[did]), pick_text(title, lang)))
    return trips


def _abroad_zones(outgoing: list[Any], delegation_ids: set[int]) -> dict[int, ZoneInfo]:
    """The trips among `delegation_ids` whose destination's clock is not the office's zone,
    with that zone (the programme of a trip to Amiens reads as Berlin's anyway)."""
    return {did: zone(name) for did, *_, name in outgoing
            if did in delegation_ids and name != OFFICE_ZONE_NAME}


# The engine words conflicts in these on its fast path; documents in other languages use the
# documents' catalogue (the same codes and facts, the same sentence).
ENGINE_LANGUAGES = ("de", "en")


def sentence(conflict: Conflict, lang: str) -> str:
    if lang in ENGINE_LANGUAGES:
        return conflict.message(lang)  # type: ignore[arg-type]
    from planner.documents.conflicts import conflict_sentence

    return conflict_sentence(conflict.kind.value, conflict.facts, lang)


def _build(session: Session, start: datetime | None, end: datetime | None,
           lang: str) -> Schedule:
    columns = (ProgrammeItemRow.id, ProgrammeItemRow.kind, text_in(ProgrammeItemRow.title, lang),
               ProgrammeItemRow.start_at, ProgrammeItemRow.end_at, ProgrammeItemRow.venue_id,
               ProgrammeItemRow.vehicle_id, ProgrammeItemRow.all_members,
               ProgrammeItemRow.needs_acknowledged, ProgrammeItemRow.status)
    query = select(*columns).order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id)
    # Core on the session's connection: plain rows, without the ORM's per-row loading.
    core = session.connection()
    if start is not None:
        query = query.where(ProgrammeItemRow.end_at > start)
    if end is not None:
        query = query.where(ProgrammeItemRow.start_at < end)
    rows = core.execute(query).all()
    whole = start is None and end is None
    # The items of the period as a subquery: each link table is read in one query joined to
    # it, not in hundreds of IN-lists of 900 ids (each compiled and bound anew: that was half
    # the time of checking ten years).
    in_period = select(ProgrammeItemRow.id)
    if start is not None:
        in_period = in_period.where(ProgrammeItemRow.end_at > start)
    if end is not None:
        in_period = in_period.where(ProgrammeItemRow.start_at < end)

    def links(stmt: Any, item_column: Any) -> list[Any]:
        # .all(): one fetchall, not a fetchone per row (a quarter of a million rows).
        if whole:
            return core.execute(stmt).all()
        return core.execute(stmt.where(item_column.in_(in_period.scalar_subquery()))).all()

    delegations: dict[int, list[int]] = defaultdict(list)
    for item_id, delegation_id in links(select(item_delegation.c.item_id,
                                               item_delegation.c.delegation_id),
                                        item_delegation.c.item_id):
        delegations[item_id].append(delegation_id)
    members: dict[int, list[int]] = defaultdict(list)
    for item_id, member_id in links(select(item_member.c.item_id, item_member.c.member_id),
                                    item_member.c.item_id):
        members[item_id].append(member_id)
    # Per role, then per item: no (item, role) tuple built and hashed for each of 100,000 rows.
    roles: defaultdict[str, defaultdict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for item_id, host_id, role in links(select(item_host.c.item_id, item_host.c.host_id,
                                               item_host.c.role), item_host.c.item_id):
        roles[role][item_id].append(host_id)
    signers: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for item_id, member_id, host_id in links(
            select(GoldenBookEntryRow.item_id, SignerRow.member_id, SignerRow.host_id)
            .join(SignerRow, SignerRow.entry_id == GoldenBookEntryRow.id)
            .where(GoldenBookEntryRow.item_id.is_not(None)), GoldenBookEntryRow.item_id):
        if member_id is not None:
            signers[item_id][0].append(member_id)
        if host_id is not None:
            signers[item_id][1].append(host_id)

    delegation_ids = {d for ds in delegations.values() for d in ds}
    all_members_of: dict[int, list[int]] = defaultdict(list)
    people: list[Person] = []
    member_query = select(MemberRow.id, MemberRow.delegation_id, MemberRow.name,
                          MemberRow.languages, MemberRow.arrival_at, MemberRow.departure_at,
                          MemberRow.dietary, MemberRow.accessibility)
    if not whole:
        member_query = member_query.where(MemberRow.delegation_id.in_(delegation_ids))
    for mid, did, name, langs, arrival, departure, dietary, access in core.execute(
            member_query).all():
        all_members_of[did].append(mid)
        people.append(Person.member(mid, name, langs or (), arrival=arrival,
                                    departure=departure, dietary=dietary,
                                    accessibility=access))
    for hid, name, langs, role in core.execute(select(
            HostPersonRow.id, HostPersonRow.name, HostPersonRow.languages, HostPersonRow.role)):
        people.append(Person.host(hid, name, langs or (), role))
    stays = [Stay(did, arrival, departure, pick_text(title, lang))
             for did, arrival, departure, title in core.execute(select(
                 DelegationRow.id, DelegationRow.arrival_at, DelegationRow.departure_at,
                 DelegationRow.title).where(DelegationRow.id.in_(delegation_ids)))]
    venues = [Venue(vid, name, capacity) for vid, name, capacity in core.execute(
        select(VenueRow.id, VenueRow.name, VenueRow.capacity))]
    vehicles = [Vehicle(rid, name, seats) for rid, name, seats in core.execute(
        select(ResourceRow.id, ResourceRow.name, ResourceRow.capacity).where(
            ResourceRow.kind == ResourceKind.VEHICLE.value))]
    rules = PlanningRules(
        travel_minutes={(a, b): m for a, b, m in core.execute(select(
            TravelTimeRow.venue_a_id, TravelTimeRow.venue_b_id, TravelTimeRow.minutes))},
        default_travel_minutes=int(read_setting(session, DEFAULT_TRAVEL_MINUTES)),
        stay_buffer=timedelta(minutes=int(read_setting(session, STAY_BUFFER_MINUTES))))

    outgoing = _outgoing(session)
    abroad = _abroad_zones(outgoing, delegation_ids)
    items = []
    hosts_of, interpreters_of, drivers_of = (roles[ItemRole.HOST.value],
                                             roles[ItemRole.INTERPRETER.value],
                                             roles[ItemRole.DRIVER.value])
    # Items "with the whole delegation" share one tuple of its members per set of delegations:
    # built once, not once per item (40,000 of them over ten years).
    everyone_of: dict[tuple[int, ...], tuple[int, ...]] = {}
    none: tuple[int, ...] = ()
    no_signers = (none, none)
    for (item_id, kind, title, s, e, venue_id, vehicle_id, everyone, acknowledged,
         status) in rows:
        own_delegations = tuple(sorted(delegations.get(item_id, none)))
        if abroad and own_delegations:
            # A trip's own item is told in its destination's time (same instant).
            zones = {abroad.get(d) for d in own_delegations}
            if len(zones) == 1 and (place := zones.pop()) is not None:
                s, e = s.astimezone(place), e.astimezone(place)
        if everyone:
            participants = everyone_of.get(own_delegations)
            if participants is None:
                participants = everyone_of[own_delegations] = tuple(
                    m for d in own_delegations for m in all_members_of.get(d, none))
        else:
            participants = tuple(members.get(item_id, none))
        signer_members, signer_hosts = signers.get(item_id, no_signers)
        # Positional, in the fields' order: keywords cost a third more over 60,000 items.
        items.append(ScheduledItem(
            item_id, kind, title, s, e, own_delegations, venue_id, vehicle_id, participants,
            tuple(hosts_of.get(item_id, none)), tuple(interpreters_of.get(item_id, none)),
            tuple(drivers_of.get(item_id, none)), tuple(signer_members), tuple(signer_hosts),
            acknowledged, status))
    return Schedule(items, people=people, venues=venues, vehicles=vehicles, stays=stays,
                    rules=rules, trips=_trips(session, outgoing, start, end, lang))
