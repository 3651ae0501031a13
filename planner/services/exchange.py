"""The JSON exchange format: export a delegation with everything it uses, import it losslessly."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.enums import (
    DelegationStatus,
    Direction,
    Gender,
    HostRole,
    ItemKind,
    ItemStatus,
    Relation,
    ResourceKind,
)
from planner.domain.errors import Problem, ValidationError
from planner.domain.office import OFFICE_LANGUAGE, OFFICE_ZONE
from planner.domain.records import (
    Contact,
    Delegation,
    HostPerson,
    Journey,
    LangMap,
    Member,
    PartnerCity,
    ProgrammeItem,
    Resource,
    Venue,
)
from planner.domain.trips import destination_zone, zone
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.exchange_read import (
    FORMAT_NAME,
    FORMAT_VERSION,
    DocumentReader,
    known_fields,
)
from planner.services.exchange_trip import read_trip, trip_document
from planner.services.golden_book import FIRST_VOLUME_KEY, sync_with_item
from planner.services.programme import _replace_links, load_items
from planner.store import convert
from planner.store.models import (
    DelegationRow,
    GoldenBookRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    ResourceRow,
    VenueRow,
    item_delegation,
)
from planner.store.natural_keys import (
    NaturalKey,
    find_or_create,
    lock_keys,
    missing_keys,
    natural_key,
)


def _instant(value: datetime | None, place_zone: str = "") -> str | None:
    """An instant as the local time where it happens (the office's, or a trip's destination)."""
    return value.astimezone(zone(place_zone)).isoformat() if value else None


def _translated(texts: LangMap) -> str | LangMap:
    """A text typed in the office's language: a plain string while it has no translations, so
    files stay as simple as the office's own texts are."""
    if set(texts) <= {OFFICE_LANGUAGE}:
        return texts.get(OFFICE_LANGUAGE, "")
    return dict(sorted(texts.items()))


def _journey(j: Journey, place_zone: str = "") -> dict[str, Any]:
    return {"at": _instant(j.at, place_zone), "mode": j.mode.value if j.mode else None,
            "reference": j.reference, "place": j.place}


class Exchange:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- export -------------------------------------------------------------------------
    def export_delegation(self, delegation_id: int) -> dict[str, Any]:
        with self.ctx.read() as session:
            row = get_row(session, DelegationRow, delegation_id, "delegation")
            d = convert.delegation(row)
            members = [convert.member(m) for m in session.scalars(select(MemberRow).where(
                MemberRow.delegation_id == delegation_id).order_by(MemberRow.rank, MemberRow.id))]
            items = load_items(session, list(session.scalars(
                select(ProgrammeItemRow).join(item_delegation).where(
                    item_delegation.c.delegation_id == delegation_id)
                .order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id))))
            venue_ids = {i.venue_id for i in items} | {d.hotel_venue_id}
            venues = {v.id: convert.venue(v) for v in session.scalars(
                select(VenueRow).where(VenueRow.id.in_(venue_ids - {None})))}
            people_ids = {p for i in items for p in (*i.host_ids, *i.interpreter_ids,
                                                     *i.driver_ids)} | {d.officer_id}
            people_ids |= set(d.trip.traveller_ids)
            people = {p.id: convert.host(p) for p in session.scalars(
                select(HostPersonRow).where(HostPersonRow.id.in_(people_ids - {None})))}
            vehicles = {r.id: convert.resource(r) for r in session.scalars(
                select(ResourceRow).where(ResourceRow.id.in_(
                    {i.vehicle_id for i in items} - {None})))}
            city = convert.partner_city(row.partner_city) if row.partner_city else None
        # A trip's times read as the destination's local times; a visit's as the office's.
        here = destination_zone(d.direction.value, d.time_zone, city.time_zone if city else None)

        keys = {m.id: f"m{n}" for n, m in enumerate(members, start=1)}
        doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
        if city is not None:
            doc["partner_city"] = {
                "name": city.name, "native_name": city.native_name, "country": city.country,
                "relation": city.relation.value, "since": city.since,
                "contacts": [{"name": c.name, "role": c.role, "email": c.email,
                              "phone": c.phone} for c in city.contacts],
                "notes": city.notes, "time_zone": city.time_zone}
        doc["venues"] = [{"name": v.name, "address": v.address, "capacity": v.capacity,
                          "accessible": v.accessible,
                          "accessibility_notes": v.accessibility_notes, "contact": v.contact,
                          "time_zone": v.time_zone}
                         for v in sorted(venues.values(), key=lambda v: v.name)]
        doc["people"] = [{"name": p.name, "native_name": p.native_name, "role": p.role.value,
                          "function": _translated(p.functions), "rank": p.rank,
                          "languages": list(p.languages), "email": p.email, "phone": p.phone}
                         for p in sorted(people.values(), key=lambda p: (p.name, p.id))]
        doc["vehicles"] = [{"name": r.name, "capacity": r.capacity, "notes": r.notes}
                           for r in sorted(vehicles.values(), key=lambda r: r.name)]

        def names(ids: tuple[int, ...]) -> list[str]:
            return sorted(people[i].name for i in ids)

        doc["delegation"] = {
            "title": dict(sorted(d.title.items())), "occasion": _translated(d.occasions),
            "status": d.status.value, "direction": d.direction.value,
            "time_zone": d.time_zone,
            "arrival": _journey(d.arrival, here), "departure": _journey(d.departure, here),
            "hotel": venues[d.hotel_venue_id].name if d.hotel_venue_id else None,
            "languages": list(d.languages),
            "officer": people[d.officer_id].name if d.officer_id else None,
            "notes_internal": d.notes_internal,
            "members": [{
                "key": keys[m.id], "name": m.name, "native_name": m.native_name,
                "salutation": m.salutation, "title": _translated(m.titles),
                "gender": m.gender.value if m.gender else None, "rank": m.rank, "head": m.is_head,
                "languages": list(m.languages), "dietary": m.dietary,
                "accessibility": m.accessibility, "email": m.email, "phone": m.phone,
                "arrival": _journey(m.arrival), "departure": _journey(m.departure),
            } for m in members],
            "program": [{
                "kind": i.kind.value, "status": i.status.value,
                "title": dict(sorted(i.title.items())),
                "description": dict(sorted(i.description.items())),
                "guest_notes": dict(sorted(i.guest_notes.items())),
                "start": _instant(i.start, here), "end": _instant(i.end, here),
                "venue": venues[i.venue_id].name if i.venue_id else None,
                "participants": "all" if i.all_members else sorted(
                    (keys[m] for m in i.member_ids if m in keys), key=lambda k: int(k[1:])),
                "hosts": names(i.host_ids), "interpreters": names(i.interpreter_ids),
                "drivers": names(i.driver_ids),
                "vehicle": vehicles[i.vehicle_id].name if i.vehicle_id else None,
                "dress_code": i.dress_code, "notes_internal": i.notes_internal,
                "needs_acknowledged": i.needs_acknowledged,
            } for i in items],
        }
        if d.is_trip:
            doc["delegation"]["trip"] = trip_document(d.trip, lambda i: people[i].name)
        return doc

    # ---- import -------------------------------------------------------------------------
    def import_document(self, doc: Any) -> int:
        """Create the delegation a document describes; all or nothing. Returns its id."""
        parsed = _parse(doc)
        with self.ctx.write() as session:
            return _store(session, parsed)


class _Parsed:
    def __init__(self) -> None:
        self.city: PartnerCity | None = None
        self.venues: dict[str, Venue] = {}
        self.people: dict[str, HostPerson] = {}
        self.vehicles: dict[str, Resource] = {}
        self.delegation: Delegation | None = None
        self.hotel: str = ""
        self.officer: str = ""
        self.travellers: list[str] = []
        self.members: list[tuple[str, Member]] = []
        self.items: list[tuple[ProgrammeItem, dict[str, Any]]] = []


def _check(r: DocumentReader, check: Any, record: Any, path: str) -> None:
    c = rules.Checker(f"{path}.")
    check(record, c)
    r.problems.extend(c.problems)


# Members or programme items of one delegation (the member lists' limit).
MAX_LISTED = 5_000


def _parse(doc: Any) -> _Parsed:
    r = DocumentReader()
    p = _Parsed()
    root = r.obj(doc, "document")
    fields = known_fields()
    r.only(root, fields[""], "")
    if root and root.get("format") != FORMAT_NAME:
        r.fail("format", f"must be {FORMAT_NAME!r}; this is not a Delegation Planner file")
    if root and root.get("version") != FORMAT_VERSION:
        r.fail("version", f"{root.get('version')!r} is not supported (this program reads "
                          f"version {FORMAT_VERSION})")
    if "partner_city" in root and root["partner_city"] is not None:
        raw = r.obj(root["partner_city"], "partner_city")
        r.only(raw, fields["partner_city"], "partner_city")
        contacts = []
        for i, c in enumerate(r.array(raw.get("contacts"), "partner_city.contacts")):
            cobj = r.obj(c, f"partner_city.contacts[{i}]")
            r.only(cobj, fields["partner_city.contacts[]"], f"partner_city.contacts[{i}]")
            contacts.append(Contact(**{k: r.text(cobj, k, f"partner_city.contacts[{i}]")
                                       for k in ("name", "role", "email", "phone")}))
        p.city = PartnerCity(
            name=r.text(raw, "name", "partner_city", required=True),
            native_name=r.text(raw, "native_name", "partner_city"),
            country=r.text(raw, "country", "partner_city"),
            relation=r.choice(raw, "relation", "partner_city", Relation, Relation.OTHER),
            since=r.integer(raw, "since", "partner_city"), contacts=tuple(contacts),
            notes=r.text(raw, "notes", "partner_city"),
            time_zone=r.text(raw, "time_zone", "partner_city"))
        _check(r, rules.check_partner_city, p.city, "partner_city")
    for i, raw in enumerate(r.array(root.get("venues"), "venues")):
        path = f"venues[{i}]"
        v = r.obj(raw, path)
        r.only(v, fields["venues[]"], path)
        venue = Venue(name=r.text(v, "name", path, required=True),
                      address=r.text(v, "address", path), capacity=r.integer(v, "capacity", path),
                      accessible=r.boolean(v, "accessible", path, None),
                      accessibility_notes=r.text(v, "accessibility_notes", path),
                      contact=r.text(v, "contact", path),
                      time_zone=r.text(v, "time_zone", path))
        _check(r, rules.check_venue, venue, path)
        if venue.name.lower() in p.venues:
            r.fail(f"{path}.name", f"venue {venue.name!r} is listed twice")
        p.venues[venue.name.lower()] = venue
    for i, raw in enumerate(r.array(root.get("people"), "people")):
        path = f"people[{i}]"
        h = r.obj(raw, path)
        r.only(h, fields["people[]"], path)
        person = HostPerson(
            name=r.text(h, "name", path, required=True), native_name=r.text(h, "native_name", path),
            role=r.choice(h, "role", path, HostRole, HostRole.OTHER),
            function=(function := r.translated(h, "function", path))[0],
            function_translations=function[1], rank=r.integer(h, "rank", path),
            languages=r.languages(h, "languages", path), email=r.text(h, "email", path),
            phone=r.text(h, "phone", path))
        _check(r, rules.check_host, person, path)
        p.people[person.name.lower()] = person
    for i, raw in enumerate(r.array(root.get("vehicles"), "vehicles")):
        path = f"vehicles[{i}]"
        v = r.obj(raw, path)
        r.only(v, fields["vehicles[]"], path)
        vehicle = Resource(name=r.text(v, "name", path, required=True),
                           capacity=r.integer(v, "capacity", path), notes=r.text(v, "notes", path))
        _check(r, rules.check_resource, vehicle, path)
        p.vehicles[vehicle.name.lower()] = vehicle

    raw_d = r.obj(root.get("delegation"), "delegation")
    path = "delegation"
    r.only(raw_d, fields["delegation"], path)
    direction = r.choice(raw_d, "direction", path, Direction, Direction.INCOMING)
    trip, p.travellers = read_trip(r, raw_d.get("trip"), f"{path}.trip")
    p.delegation = Delegation(
        direction=direction or Direction.INCOMING, time_zone=r.text(raw_d, "time_zone", path),
        trip=trip,
        title=r.lang_map(raw_d, "title", path),
        occasion=(occasion := r.translated(raw_d, "occasion", path))[0],
        occasion_translations=occasion[1],
        status=r.choice(raw_d, "status", path, DelegationStatus, DelegationStatus.REQUESTED),
        arrival=r.journey(raw_d, "arrival", path), departure=r.journey(raw_d, "departure", path),
        languages=r.languages(raw_d, "languages", path),
        notes_internal=r.text(raw_d, "notes_internal", path))
    p.delegation = p.delegation.with_stay_from_journeys()
    p.hotel = r.text(raw_d, "hotel", path)
    p.officer = r.text(raw_d, "officer", path)
    _check(r, rules.check_delegation, p.delegation, path)
    keys: set[str] = set()
    for part in ("members", "program"):
        listed = raw_d.get(part)
        if isinstance(listed, list) and len(listed) > MAX_LISTED:
            # One visit, not a phone book: refused before 250,000 rows are checked one by one.
            r.fail(f"delegation.{part}", f"lists {len(listed):,}; a delegation may have at "
                                         f"most {MAX_LISTED:,}")
            raise ValidationError(r.problems)
    for i, raw in enumerate(r.array(raw_d.get("members"), "delegation.members")):
        mp = f"delegation.members[{i}]"
        m = r.obj(raw, mp)
        r.only(m, fields["delegation.members[]"], mp)
        key = r.text(m, "key", mp) or f"#{i}"
        if key in keys:
            r.fail(f"{mp}.key", f"key {key!r} is used by two members")
        keys.add(key)
        rank = r.integer(m, "rank", mp)
        member = Member(
            delegation_id=0, name=r.text(m, "name", mp, required=True),
            native_name=r.text(m, "native_name", mp), salutation=r.text(m, "salutation", mp),
            title=(title := r.translated(m, "title", mp))[0], title_translations=title[1],
            gender=r.choice(m, "gender", mp, Gender),
            rank=rank if rank is not None else i + 1, is_head=bool(r.boolean(m, "head", mp)),
            languages=r.languages(m, "languages", mp), dietary=r.text(m, "dietary", mp),
            accessibility=r.text(m, "accessibility", mp), email=r.text(m, "email", mp),
            phone=r.text(m, "phone", mp), arrival=r.journey(m, "arrival", mp),
            departure=r.journey(m, "departure", mp))
        _check(r, rules.check_member, member, mp)
        p.members.append((key, member))
    if sum(1 for _, m in p.members if m.is_head) > 1:
        r.fail("delegation.members", "more than one member is marked as head of delegation")
    for i, raw in enumerate(r.array(raw_d.get("program"), "delegation.program")):
        ip = f"delegation.program[{i}]"
        it = r.obj(raw, ip)
        r.only(it, fields["delegation.program[]"], ip)
        participants = it.get("participants", "all")
        refs: dict[str, Any] = {"venue": r.text(it, "venue", ip),
                                "vehicle": r.text(it, "vehicle", ip), "members": []}
        if participants != "all":
            for j, key in enumerate(r.array(participants, f"{ip}.participants")):
                if key not in keys:
                    r.fail(f"{ip}.participants[{j}]", f"no member has the key {key!r}")
                refs["members"].append(key)
        for role in ("hosts", "interpreters", "drivers"):
            refs[role] = []
            for j, name in enumerate(r.array(it.get(role), f"{ip}.{role}")):
                if isinstance(name, str) and name.strip():
                    refs[role].append(name)
                else:
                    r.fail(f"{ip}.{role}[{j}]", "must be a person's name")
        start = r.instant(it, "start", ip, required=True)
        end = r.instant(it, "end", ip, required=True)
        kind = r.choice(it, "kind", ip, ItemKind)
        if kind is None:
            r.fail(f"{ip}.kind", "is missing")
        item = ProgrammeItem(
            delegation_ids=(0,), kind=kind or ItemKind.MEETING,
            title=r.lang_map(it, "title", ip), description=r.lang_map(it, "description", ip),
            guest_notes=r.lang_map(it, "guest_notes", ip),
            start=start or datetime.min.replace(tzinfo=OFFICE_ZONE),
            end=end or datetime.max.replace(tzinfo=OFFICE_ZONE),
            all_members=participants == "all", dress_code=r.text(it, "dress_code", ip),
            notes_internal=r.text(it, "notes_internal", ip),
            needs_acknowledged=bool(r.boolean(it, "needs_acknowledged", ip)),
            status=r.choice(it, "status", ip, ItemStatus, ItemStatus.PLANNED)
            or ItemStatus.PLANNED)
        if start and end:
            _check(r, rules.check_item, item, ip)
        p.items.append((item, refs))
    if r.problems:
        raise ValidationError(r.problems)
    return p


def _by_name(row_type: Any, name: str) -> Any:
    return func.lower(row_type.name) == name.strip().lower()


# (natural key, row type, match): how the import finds a record by name, and locks its name.
Want = tuple[NaturalKey, Any, list[Any]]


def city_want(city: PartnerCity) -> Want:
    return (natural_key("partner_city", city.name, city.country), PartnerCityRow,
            [_by_name(PartnerCityRow, city.name), PartnerCityRow.country == city.country])


def venue_want(name: str) -> Want:
    return natural_key("venue", name), VenueRow, [_by_name(VenueRow, name)]


def person_want(name: str) -> Want:
    return natural_key("host_person", name), HostPersonRow, [_by_name(HostPersonRow, name)]


def vehicle_want(name: str) -> Want:
    vehicle = ResourceKind.VEHICLE.value
    return (natural_key("resource", vehicle, name), ResourceRow,
            [_by_name(ResourceRow, name), ResourceRow.kind == vehicle])


def import_wants(p: _Parsed) -> list[Want]:
    """Every record the import finds or creates by natural key."""
    wants: list[Want] = [city_want(p.city)] if p.city is not None else []
    item_refs = [refs for _item, refs in p.items]
    venues = {*(v.name for v in p.venues.values()), p.hotel, *(r["venue"] for r in item_refs)}
    wants += [venue_want(v) for v in venues if v]
    people = {p.officer, *p.travellers, *(n for refs in item_refs
                           for role in ("hosts", "interpreters", "drivers") for n in refs[role])}
    wants += [person_want(n) for n in people if n]
    wants += [vehicle_want(v) for v in {refs["vehicle"] for refs in item_refs} if v]
    if any(item.kind == ItemKind.GOLDEN_BOOK for item, _refs in p.items):
        wants.append((FIRST_VOLUME_KEY, GoldenBookRow, []))
    if p.delegation is not None:
        wants.append(_delegation_want(p.delegation))
    return wants


def _found_or_created(session: Session, want: Want, make: Any) -> Any:
    key, row_type, match = want
    return find_or_create(session, row_type, key, match, make)


def _delegation_want(d: Delegation) -> Want:
    """Two officers importing the same file at once: one stores it, the other is refused."""
    sort_title = convert.delegation_columns(d)["sort_title"]
    return (natural_key("delegation", sort_title, d.occasion,
                        d.arrival.at.isoformat() if d.arrival.at else ""), DelegationRow,
            [DelegationRow.sort_title == sort_title, DelegationRow.occasion == d.occasion,
             DelegationRow.arrival_at == d.arrival.at if d.arrival.at
             else DelegationRow.arrival_at.is_(None)])


def _store(session: Session, p: _Parsed) -> int:
    assert p.delegation is not None
    # Records that exist need no lock; the missing ones are locked in one sorted batch.
    lock_keys(session, missing_keys(session, import_wants(p)))
    city_id = None
    if p.city is not None:
        city = p.city
        city_id = _found_or_created(
            session, city_want(city), lambda: PartnerCityRow(**convert.partner_city_columns(city))
        ).id

    venue_ids: dict[str, int] = {}

    def venue_id(name: str) -> int | None:
        if not name:
            return None
        if name.lower() not in venue_ids:
            known = p.venues.get(name.lower(), Venue(name=name))
            venue_ids[name.lower()] = _found_or_created(
                session, venue_want(name), lambda: VenueRow(**convert.venue_columns(known))).id
        return venue_ids[name.lower()]

    def person_id(name: str, role: HostRole) -> int:
        known = p.people.get(name.lower(), HostPerson(name=name, role=role))
        return _found_or_created(
            session, person_want(name), lambda: HostPersonRow(**convert.host_columns(known))).id

    def vehicle_id(name: str) -> int | None:
        if not name:
            return None
        known = p.vehicles.get(name.lower(), Resource(name=name))
        return _found_or_created(
            session, vehicle_want(name),
            lambda: ResourceRow(**convert.resource_columns(known))).id

    for name in p.venues:  # venues listed but unused are still brought over
        venue_id(p.venues[name].name)
    d = replace(p.delegation, partner_city_id=city_id, hotel_venue_id=venue_id(p.hotel),
                officer_id=person_id(p.officer, HostRole.STAFF) if p.officer else None)
    if p.travellers:
        travellers = tuple(replace(t, host_id=person_id(name, HostRole.STAFF))
                           for t, name in zip(d.trip.travellers, p.travellers, strict=True))
        d = replace(d, trip=replace(d.trip, travellers=travellers))
    columns = convert.delegation_columns(d)
    duplicate = session.scalar(select(DelegationRow.id).where(*_delegation_want(d)[2]))
    if duplicate is not None:
        raise ValidationError(Problem("delegation", f"this delegation is already in the database "
                                                    f"(id {duplicate}); nothing was imported"))
    row = DelegationRow(**columns)
    row.travellers = convert.traveller_rows(d.trip)
    session.add(row)
    session.flush()
    member_ids: dict[str, int] = {}
    for key, member in p.members:
        mrow = MemberRow(**convert.member_columns(replace(member, delegation_id=row.id)))
        session.add(mrow)
        session.flush()
        member_ids[key] = mrow.id
    # Signings last: numbering locks the register for every officer until this commits.
    for item, refs in sorted(p.items, key=lambda pair: pair[0].kind == ItemKind.GOLDEN_BOOK):
        full = replace(
            item, delegation_ids=(row.id,), venue_id=venue_id(refs["venue"]),
            vehicle_id=vehicle_id(refs["vehicle"]),
            member_ids=tuple(member_ids[k] for k in refs["members"]),
            host_ids=tuple(person_id(n, HostRole.OTHER) for n in refs["hosts"]),
            interpreter_ids=tuple(person_id(n, HostRole.INTERPRETER)
                                  for n in refs["interpreters"]),
            driver_ids=tuple(person_id(n, HostRole.DRIVER) for n in refs["drivers"]))
        irow = ProgrammeItemRow(**convert.programme_item_columns(full))
        session.add(irow)
        session.flush()
        _replace_links(session, irow.id, full)
        session.flush()
        sync_with_item(session, irow, row.id)
    return row.id
