"""Loading the demo data set: the office's people and venues, and the DORTBUNT! 2026 delegations."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from planner.domain import emblem
from planner.domain.checklists import parse_templates
from planner.domain.enums import Direction, HostRole
from planner.domain.errors import Problem, ValidationError
from planner.domain.letters import templates_from_json
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import HostPerson, Resource, Venue, pick_text, split_translated
from planner.domain.settings import CHECKLIST_TEMPLATES, LETTER_TEMPLATES, OFFICE_EMBLEM
from planner.resources import resource
from planner.services.context import ServiceContext
from planner.services.exchange import (
    _parse,
    _store,
    import_wants,
    person_want,
    vehicle_want,
    venue_want,
)
from planner.services.tasks import apply_checklist
from planner.store import convert
from planner.store.models import (
    DelegationRow,
    GiftRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    ResourceRow,
    SettingRow,
    TaskRow,
    TravelTimeRow,
    VenueRow,
    item_delegation,
    item_host,
    item_member,
)
from planner.store.natural_keys import NaturalKey, lock_keys, natural_key


def demo_files() -> list[str]:
    """The visits first, then the trips abroad (their ids follow the visits')."""
    folder = resource("demo")
    return sorted((p.name for p in folder.glob("*.json") if p.name != "office.json"),
                  key=lambda name: (name.startswith("trip-"), name))


def load_demo(ctx: ServiceContext) -> list[int]:
    """Load everything in one transaction; refuses if the demo delegations are already there."""
    folder = resource("demo")
    office = json.loads((folder / "office.json").read_text(encoding="utf-8"))
    parsed = [_parse(json.loads((folder / name).read_text(encoding="utf-8")))
              for name in demo_files()]
    with ctx.write() as session:
        # Two first starts loading the demo at once: the second waits, then finds it loaded.
        lock_keys(session, [natural_key("demo"), *_office_keys(office),
                            *(k for p in parsed for k, _type, _match in import_wants(p))])
        if session.scalar(select(func.count()).select_from(DelegationRow)):
            raise ValidationError(Problem("", "the database already holds delegations; the demo "
                                              "data is only loaded into an empty database"))
        _store_office(session, office)
        ids = [_store(session, p) for p in parsed]
        _merge_joint_items(session)
        _store_gifts(session, office.get("gifts", []))
        _store_office_work(session, office, ctx.user)
        return ids


def _office_keys(office: dict[str, Any]) -> list[NaturalKey]:
    wants = [*(person_want(p["name"]) for p in office["people"]),
             *(venue_want(v["name"]) for v in office["venues"]),
             *(vehicle_want(r["name"]) for r in office["vehicles"])]
    return [key for key, _type, _match in wants]


def _store_office(session: Session, office: dict[str, Any]) -> None:
    # The demo office's identity: every printed page shows it (a neutral emblem made for the
    # project, not a real city's arms; fictitious phone numbers and an .example address).
    for key, value in office.get("identity", {}).items():
        if key == OFFICE_EMBLEM.key:
            value = emblem.from_file(resource("emblem", value))
        if session.get(SettingRow, key) is None:
            session.add(SettingRow(key=key, value=value))
    for p in office["people"]:
        function, translations = split_translated(p.get("function", {}))
        session.add(HostPersonRow(**convert.host_columns(HostPerson(
            name=p["name"], role=HostRole(p["role"]), function=function,
            function_translations=translations, rank=p.get("rank"),
            languages=tuple(p.get("languages", ())),
            email=p.get("email", ""), phone=p.get("phone", "")))))
    venue_ids: dict[str, VenueRow] = {}
    for v in office["venues"]:
        row = VenueRow(**convert.venue_columns(Venue(**v)))
        session.add(row)
        venue_ids[v["name"]] = row
    for r in office["vehicles"]:
        session.add(ResourceRow(**convert.resource_columns(Resource(**r))))
    session.flush()
    for a, b, minutes in office["travel_times"]:
        first, second = sorted((venue_ids[a].id, venue_ids[b].id))
        session.add(TravelTimeRow(venue_a_id=first, venue_b_id=second, minutes=minutes))


def _merge_joint_items(session: Session) -> None:
    """Items that several delegation files list identically become one joint item.

    The DORTBUNT! stage programme is one event with every partner city on stage; the exchange
    format describes one delegation at a time, so each file carries its own copy of it.
    """
    groups: dict[tuple[Any, ...], list[ProgrammeItemRow]] = defaultdict(list)
    for row in session.scalars(select(ProgrammeItemRow).order_by(ProgrammeItemRow.id)):
        groups[(row.kind, row.title.get("de"), row.start_at, row.end_at, row.venue_id)].append(row)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        keep, *duplicates = rows
        dup_ids = [r.id for r in duplicates]
        keep.all_members = False
        for table, column in ((item_delegation, "delegation_id"), (item_member, "member_id")):
            moved = session.execute(select(getattr(table.c, column)).where(
                table.c.item_id.in_(dup_ids))).scalars().all()
            existing = set(session.execute(select(getattr(table.c, column)).where(
                table.c.item_id == keep.id)).scalars())
            new = [v for v in dict.fromkeys(moved) if v not in existing]
            if new:
                session.execute(insert(table), [{"item_id": keep.id, column: v} for v in new])
        hosts = session.execute(select(item_host.c.host_id, item_host.c.role).where(
            item_host.c.item_id.in_(dup_ids))).all()
        existing_hosts = set(session.execute(select(item_host.c.host_id, item_host.c.role).where(
            item_host.c.item_id == keep.id)).all())
        extra = [h for h in dict.fromkeys(hosts) if tuple(h) not in existing_hosts]
        if extra:
            session.execute(insert(item_host), [
                {"item_id": keep.id, "host_id": h, "role": role} for h, role in extra])
        session.execute(delete(ProgrammeItemRow).where(ProgrammeItemRow.id.in_(dup_ids)))


def _store_gifts(session: Session, gifts: list[dict[str, Any]]) -> None:
    cities = {row.name: row.id for row in session.scalars(select(PartnerCityRow))}
    for g in gifts:
        city_id = cities[g["partner_city"]]
        # A gift of a trip abroad ("trip": true) belongs to the trip, others to the visit here.
        direction = Direction.OUTGOING if g.get("trip") else Direction.INCOMING
        delegation_id = session.scalar(select(DelegationRow.id).where(
            DelegationRow.partner_city_id == city_id,
            DelegationRow.direction == direction.value,
            func.extract("year", DelegationRow.arrival_at) == int(g["given_on"][:4])))
        session.add(GiftRow(
            direction=g["direction"], given_on=date.fromisoformat(g["given_on"]),
            delegation_id=delegation_id, partner_city_id=city_id,
            giver_name=g.get("giver_name", ""), giver_function=g.get("giver_function", ""),
            recipient_name=g.get("recipient_name", ""),
            recipient_function=g.get("recipient_function", ""), description=g["description"],
            category=g.get("category", ""), value_eur=Decimal(g["value_eur"]),
            kept_at=g.get("kept_at", ""), declaration=g.get("declaration", "not_required"),
            disposition=g.get("disposition", "")))


def _store_office_work(session: Session, office: dict[str, Any], user: str) -> None:
    """The office's checklist and letters, the passports a visa letter needs, and the
    checklist applied to every visit: tasks due before today are done, except the latest of
    them, left overdue, so the home screen shows what an overdue task looks like."""
    templates = parse_templates(office.get("checklists", []))
    templates_from_json(office.get("letters", {}))  # refuses a broken demo loudly
    for setting, value in ((CHECKLIST_TEMPLATES, office.get("checklists", [])),
                           (LETTER_TEMPLATES, office.get("letters", {}))):
        if session.get(SettingRow, setting.key) is None:
            session.add(SettingRow(key=setting.key, value=value))
    # The person loading the demo works as its head of office: her tasks are "mine".
    session.execute(update(HostPersonRow).where(HostPersonRow.name == office["you"])
                    .values(login=user))
    titles = {pick_text(title, "de"): did
              for did, title in session.execute(select(DelegationRow.id, DelegationRow.title))}
    for passport in office.get("passports", []):
        session.execute(update(MemberRow).where(
            MemberRow.delegation_id == titles[passport["delegation"]],
            MemberRow.name == passport["member"]).values(
            nationality=passport["nationality"], passport_number=passport["passport_number"],
            date_of_birth=date.fromisoformat(passport["date_of_birth"]),
            passport_expires=date.fromisoformat(passport["passport_expires"])))
    tasks = [task for did in sorted(titles.values()) for template in templates
             for task in apply_checklist(session, did, template)]
    today = date.today()
    past = sorted((t for t in tasks if t.due is not None and t.due < today),
                  key=lambda t: (t.due, t.id))
    officers = dict(session.execute(select(HostPersonRow.id, HostPersonRow.name)).all())
    for task in past[:-1]:
        assert task.due is not None
        done_on = datetime.combine(task.due, time(10), tzinfo=OFFICE_ZONE)
        session.execute(update(TaskRow).where(TaskRow.id == task.id).values(
            done_at=done_on, done_by=officers.get(task.responsible_id, "")))
