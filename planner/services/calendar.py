"""Calendar exports: a delegation's programme or one host's appointments as iCalendar bytes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.documents.catalogue import DOCUMENT_LANGUAGES
from planner.documents.ics import (
    CalendarDocument,
    CalendarEvent,
    EventStatus,
    StaffDetails,
    render_calendar,
)
from planner.documents.vocabulary import word
from planner.domain.enums import DelegationStatus, ItemStatus
from planner.domain.errors import NotFoundError, Problem, ValidationError
from planner.domain.records import Delegation, ProgrammeItem, pick_text
from planner.domain.trips import destination_zone
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.programme import load_items
from planner.services.settings import fallback_chain
from planner.store import convert
from planner.store.models import (
    DelegationRow,
    HostPersonRow,
    ProgrammeItemRow,
    ResourceRow,
    SettingRow,
    VenueRow,
    item_delegation,
    item_host,
)

INSTALLATION_KEY = "installation_id"
_CALLED_OFF = (DelegationStatus.CANCELLED.value, DelegationStatus.DECLINED.value)
LANGUAGES = DOCUMENT_LANGUAGES  # summaries and labels in every document language


def installation_id(ctx: ServiceContext) -> str:
    """A random id made once per database and kept in the `setting` table.

    UIDs built from it stay the same across re-exports, renames of the file and moves between
    SQLite and PostgreSQL (the portable archive carries settings), so a client updates an
    event instead of adding a duplicate.
    """
    with ctx.read() as session:
        row = session.get(SettingRow, INSTALLATION_KEY)
        if row is not None:
            return str(row.value)
    try:
        with ctx.write() as session:
            row = session.get(SettingRow, INSTALLATION_KEY)
            if row is None:
                row = SettingRow(key=INSTALLATION_KEY, value=uuid.uuid4().hex)
                session.add(row)
            return str(row.value)
    except ValidationError:
        # Another process created it between our read and our write (PostgreSQL): use theirs.
        with ctx.read() as session:
            row = session.get(SettingRow, INSTALLATION_KEY)
            if row is None:
                raise
            return str(row.value)


def item_uid(item_id: int, installation: str) -> str:
    return f"item-{item_id}@{installation}.delegation-planner"


class CalendarExport:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def for_delegation(self, delegation_id: int, lang: str = "de",
                       audience: str = "guest") -> bytes:
        """The delegation's programme; a guest calendar carries no internal fields."""
        _check_choice(lang, audience)
        with self.ctx.read() as session:  # an unknown delegation is refused before any write
            get_row(session, DelegationRow, delegation_id, "delegation")
        installation = installation_id(self.ctx)
        with self.ctx.read() as session:
            delegation = get_row(session, DelegationRow, delegation_id, "delegation")
            name = pick_text(delegation.title, lang, fallback_chain(session, lang))
            rows = list(session.scalars(
                select(ProgrammeItemRow).join(item_delegation)
                .where(item_delegation.c.delegation_id == delegation_id)
                .order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id)))
            events = _events(session, load_items(session, rows), installation, lang, audience,
                             viewer=delegation_id)
            record = convert.delegation(delegation)
            here = destination_zone(delegation.direction, delegation.time_zone,
                              delegation.partner_city.time_zone
                              if delegation.partner_city else None)
            events += _journeys(record, installation, lang, _status_of([delegation]))
        events.sort(key=lambda e: (e.start, e.uid))
        return render_calendar(CalendarDocument(name, lang, tuple(events), here), audience)  # type: ignore[arg-type]

    def for_person(self, person: int | str, lang: str = "de",
                   audience: str = "internal") -> bytes:
        """Every item a host, interpreter or driver attends, across delegations.

        `person` is a host person's id or their exact name (case-insensitive).
        """
        _check_choice(lang, audience)
        with self.ctx.read() as session:
            host_id = _find_host(session, person).id
        # Only now: the first export stores the installation's id, and a refused one (a name
        # nobody has) must write nothing at all.
        installation = installation_id(self.ctx)
        with self.ctx.read() as session:
            host = get_row(session, HostPersonRow, host_id, "person")
            rows = list(session.scalars(
                select(ProgrammeItemRow)
                .where(ProgrammeItemRow.id.in_(
                    select(item_host.c.item_id).where(item_host.c.host_id == host.id)))
                .order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id)))
            events = _events(session, load_items(session, rows), installation, lang, audience)
            name = host.name
        return render_calendar(CalendarDocument(name, lang, tuple(events)), audience)  # type: ignore[arg-type]


def _check_choice(lang: str, audience: str) -> None:
    problems = []
    if lang not in LANGUAGES:
        problems.append(Problem("lang", f"must be one of {', '.join(LANGUAGES)}"))
    if audience not in ("guest", "internal"):
        problems.append(Problem("audience", "must be guest or internal"))
    if problems:
        raise ValidationError(problems)


def _find_host(session: Session, person: int | str) -> HostPersonRow:
    if isinstance(person, int):
        row: HostPersonRow = get_row(session, HostPersonRow, person, "person")
        return row
    matches = list(session.scalars(select(HostPersonRow).where(or_(
        func.lower(HostPersonRow.name) == person.strip().lower(),
        HostPersonRow.native_name == person.strip()))))
    if not matches:
        raise NotFoundError("person", person)
    if len(matches) > 1:
        ids = ", ".join(str(m.id) for m in matches)
        raise ValidationError(Problem(
            "person", f"{len(matches)} people are called {person!r}; give the id ({ids})"))
    return matches[0]


def _names(rows: dict[int, HostPersonRow], ids: Iterable[int]) -> tuple[str, ...]:
    return tuple(sorted(rows[i].name for i in ids if i in rows))


def _events(session: Session, items: list[ProgrammeItem], installation: str, lang: str,
            audience: str, viewer: int | None = None) -> list[CalendarEvent]:
    """`viewer`: the delegation whose calendar this is; its own status decides for it."""
    chain = fallback_chain(session, lang)
    venue_ids = {i.venue_id for i in items} - {None}
    venues = {v.id: v for v in session.scalars(select(VenueRow).where(VenueRow.id.in_(venue_ids)))}
    delegation_ids = {d for i in items for d in i.delegation_ids}
    delegations = {d.id: d for d in session.scalars(
        select(DelegationRow).where(DelegationRow.id.in_(delegation_ids)))}
    staff_wanted = audience == "internal"
    people: dict[int, HostPersonRow] = {}
    vehicles: dict[int, ResourceRow] = {}
    if staff_wanted:
        people_ids = {p for i in items for p in (*i.host_ids, *i.interpreter_ids, *i.driver_ids)}
        people = {p.id: p for p in session.scalars(
            select(HostPersonRow).where(HostPersonRow.id.in_(people_ids)))}
        vehicles = {r.id: r for r in session.scalars(select(ResourceRow).where(
            ResourceRow.id.in_({i.vehicle_id for i in items} - {None})))}
    events = []
    for item in items:
        assert item.id is not None and item.version is not None
        assert item.updated_at is not None
        venue = venues.get(item.venue_id) if item.venue_id is not None else None
        own = [delegations[d] for d in item.delegation_ids if d in delegations]
        # An edit of the venue's address changes LOCATION without a new item version; the
        # later DTSTAMP tells clients (RFC 5546 2.1.5) that this copy is the newer one.
        stamp = max([item.updated_at, *([venue.updated_at] if venue else [])])
        staff = None
        if staff_wanted:
            staff = StaffDetails(
                hosts=_names(people, item.host_ids),
                interpreters=_names(people, item.interpreter_ids),
                drivers=_names(people, item.driver_ids),
                vehicle=vehicles[item.vehicle_id].name if item.vehicle_id in vehicles else "",
                notes_internal=item.notes_internal)
        events.append(CalendarEvent(
            uid=item_uid(item.id, installation), sequence=item.version,
            start=item.start, end=item.end, summary=pick_text(item.title, lang, chain),
            last_modified=stamp, created=item.created_at,
            description=pick_text(item.description, lang, chain) if item.description else "",
            guest_notes=pick_text(item.guest_notes, lang, chain) if item.guest_notes else "",
            dress_code=item.dress_code,
            delegations=tuple(pick_text(d.title, lang, chain) for d in own),
            venue_name=venue.name if venue else "", venue_address=venue.address if venue else "",
            status=_status(item, [d for d in own if viewer in (None, d.id)]), staff=staff))
    return events


def _journeys(d: Delegation, installation: str, lang: str,
              status: EventStatus) -> list[CalendarEvent]:
    """A trip's flights and trains, each leaving in its own zone and landing in another."""
    events = []
    for n, leg in enumerate(d.trip.ordered_legs, start=1):
        mode = word(leg.mode, lang) if leg.mode else ""
        what = " ".join(part for part in (mode, leg.reference) if part)
        route = " → ".join(part for part in (leg.from_place, leg.to_place) if part)
        assert d.updated_at is not None and d.version is not None
        events.append(CalendarEvent(
            uid=f"trip-{d.id}-leg-{n}@{installation}.delegation-planner", sequence=d.version,
            start=leg.departs, end=leg.arrives,
            summary=": ".join(part for part in (what, route) if part),
            last_modified=d.updated_at, created=d.created_at, status=status,
            start_zone=leg.from_zone, end_zone=leg.to_zone))
    return events


def _status(item: ProgrammeItem, delegations: list[DelegationRow]) -> EventStatus:
    if item.status == ItemStatus.CANCELLED:
        return "CANCELLED"
    return _status_of(delegations)


def _status_of(delegations: list[DelegationRow]) -> EventStatus:
    """A visit called off (or an invitation declined) takes its events with it; one merely
    requested is tentative."""
    if delegations and all(d.status in _CALLED_OFF for d in delegations):
        return "CANCELLED"
    if delegations and all(d.status == DelegationStatus.REQUESTED.value for d in delegations):
        return "TENTATIVE"
    return "CONFIRMED"
