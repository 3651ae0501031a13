"""Validation rules of every record: each broken rule becomes a Problem naming the field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from planner.domain.enums import (
    STATUS_TRANSITIONS,
    TRIP_ONLY_STATUSES,
    DelegationStatus,
    Direction,
)
from planner.domain.errors import Problem, ValidationError
from planner.domain.problems import problem
from planner.domain.records import (
    TEXT_LANGUAGES,
    Delegation,
    GoldenBook,
    HostPerson,
    Journey,
    LangMap,
    Member,
    PartnerCity,
    ProgrammeItem,
    Resource,
    Venue,
)
from planner.domain.trips import LegKind, TripPlan, is_zone

# Column sizes, shared with the store's mapping so that "too long" is caught here, not by the SQL.
NAME_MAX = 200
SHORT_MAX = 100
TEXT_MAX = 4000
CODE_MAX = 16
TITLE_MAX = 300

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class Checker:
    """Collects problems; raises them all at once so the user sees every mistake in one go."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.problems: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(f"{self.prefix}{field}", message))

    def flag(self, field: str, code: str, /, **params: object) -> None:
        """A problem by code (planner.domain.problems), so every reader gets it in words."""
        self.problems.append(problem(f"{self.prefix}{field}", code, **params))

    def required(self, field: str, value: str) -> None:
        if not value or not value.strip():
            self.flag(field, "required")

    def length(self, field: str, value: str | None, limit: int) -> None:
        if value and "\x00" in value:
            # PostgreSQL cannot store NUL in text; refuse it everywhere so both backends agree.
            self.flag(field, "nul_character")
        if value is not None and len(value) > limit:
            self.flag(field, "too_long", n=len(value), limit=limit)

    def positive(self, field: str, value: int | None, *, allow_zero: bool = False) -> None:
        if value is None:
            return
        if value < 0 or (value == 0 and not allow_zero):
            self.flag(field, "zero_or_more" if allow_zero else "at_least_one", value=value)

    def aware(self, field: str, value: datetime | None) -> None:
        if value is not None and (value.tzinfo is None or value.utcoffset() is None):
            self.flag(field, "needs_time_zone")

    def languages(self, field: str, codes: Iterable[str]) -> None:
        for code in codes:
            if not _LANGUAGE.match(code):
                self.flag(field, "not_language_code", code=code)

    def lang_map(self, field: str, texts: LangMap, limit: int, *, required: bool) -> None:
        for lang, text in texts.items():
            if lang not in TEXT_LANGUAGES:
                self.flag(f"{field}.{lang}", "text_language", languages=", ".join(TEXT_LANGUAGES))
            self.length(f"{field}.{lang}", text, limit)
        if required and not any(t.strip() for t in texts.values()):
            self.flag(field, "text_required")

    def journey(self, field: str, journey: Journey) -> None:
        self.aware(f"{field}.at", journey.at)
        self.length(f"{field}.reference", journey.reference, SHORT_MAX)
        self.length(f"{field}.place", journey.place, NAME_MAX)

    def time_zone(self, field: str, name: str) -> None:
        if name and not is_zone(name):
            self.flag(field, "not_time_zone", name=name)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def check_partner_city(city: PartnerCity, c: Checker) -> None:
    c.required("name", city.name)
    c.length("name", city.name, NAME_MAX)
    c.length("native_name", city.native_name, NAME_MAX)
    if city.country and not _COUNTRY.match(city.country):
        c.flag("country", "not_country_code", code=city.country)
    if city.since is not None and not 1800 <= city.since <= 2200:
        c.flag("since", "implausible_year", year=city.since)
    for i, contact in enumerate(city.contacts):
        c.length(f"contacts[{i}].name", contact.name, NAME_MAX)
        c.length(f"contacts[{i}].email", contact.email, NAME_MAX)
    c.length("notes", city.notes, TEXT_MAX)
    c.time_zone("time_zone", city.time_zone)


def _check_stay(c: Checker, arrival: Journey, departure: Journey) -> None:
    c.journey("arrival", arrival)
    c.journey("departure", departure)
    if (arrival.at and departure.at and arrival.at.tzinfo and departure.at.tzinfo
            and departure.at < arrival.at):
        c.flag("departure.at", "departure_before_arrival")


def check_delegation(d: Delegation, c: Checker) -> None:
    c.lang_map("title", d.title, TITLE_MAX, required=True)
    c.lang_map("occasion", d.occasions, NAME_MAX, required=False)
    _check_stay(c, d.arrival, d.departure)
    c.languages("languages", d.languages)
    c.length("notes_internal", d.notes_internal, TEXT_MAX)
    c.time_zone("time_zone", d.time_zone)
    if d.direction is Direction.INCOMING:
        if d.status in TRIP_ONLY_STATUSES:
            c.flag("status", "trip_only_status", status=d.status.value)
        if d.trip != TripPlan():
            c.flag("direction", "trip_details_on_visit")
    else:
        _check_trip(d.trip, d.status, c)


def _check_trip(trip: TripPlan, status: DelegationStatus, c: Checker) -> None:
    if status is DelegationStatus.DECLINED and not trip.decline_reason.strip():
        c.flag("decline_reason", "decline_reason")
    c.length("decline_reason", trip.decline_reason, TEXT_MAX)
    seen: set[int] = set()
    for i, t in enumerate(trip.travellers):
        if t.host_id in seen:
            c.flag(f"travellers[{i}]", "traveller_twice")
        seen.add(t.host_id)
        c.length(f"travellers[{i}].vaccinations", t.vaccinations, NAME_MAX)
    for i, leg in enumerate(trip.legs):
        where = f"legs[{i}]"
        c.aware(f"{where}.departs", leg.departs)
        c.aware(f"{where}.arrives", leg.arrives)
        c.time_zone(f"{where}.from_zone", leg.from_zone)
        c.time_zone(f"{where}.to_zone", leg.to_zone)
        c.length(f"{where}.reference", leg.reference, SHORT_MAX)
        c.length(f"{where}.from_place", leg.from_place, NAME_MAX)
        c.length(f"{where}.to_place", leg.to_place, NAME_MAX)
        if (leg.departs.tzinfo and leg.arrives.tzinfo and leg.arrives <= leg.departs):
            c.flag(f"{where}.arrives", "leg_lands_before_departure")
    kinds = [leg.kind for leg in trip.ordered_legs]
    if LegKind.RETURN in kinds and LegKind.OUTBOUND in kinds[kinds.index(LegKind.RETURN):]:
        c.flag("legs", "leg_order")
    for i, line in enumerate(trip.costs):
        if line.amount < 0:
            c.flag(f"costs[{i}].amount", "negative")
        c.length(f"costs[{i}].description", line.description, NAME_MAX)
    if trip.per_diem_eur is not None and trip.per_diem_eur < 0:
        c.flag("per_diem_eur", "negative")


def check_status_change(old: DelegationStatus, new: DelegationStatus, c: Checker) -> None:
    if old != new and new not in STATUS_TRANSITIONS[old]:
        c.flag("status", "status_change", old=old.value, new=new.value)


def check_member(m: Member, c: Checker) -> None:
    c.required("name", m.name)
    for name in ("name", "native_name", "email"):
        c.length(name, getattr(m, name), NAME_MAX)
    c.lang_map("title", m.titles, NAME_MAX, required=False)
    for name in ("salutation", "phone", "nationality", "passport_number"):
        c.length(name, getattr(m, name), SHORT_MAX)
    if m.date_of_birth is not None and not 1900 <= m.date_of_birth.year <= 2100:
        c.flag("date_of_birth", "implausible_year", year=m.date_of_birth.year)
    if m.passport_expires is not None and not 1900 <= m.passport_expires.year <= 2200:
        c.flag("passport_expires", "implausible_year", year=m.passport_expires.year)
    for name in ("dietary", "accessibility"):
        c.length(name, getattr(m, name), TEXT_MAX)
    if m.rank < 1:
        c.flag("rank", "rank", rank=m.rank)
    c.languages("languages", m.languages)
    _check_stay(c, m.arrival, m.departure)


def check_host(h: HostPerson, c: Checker) -> None:
    c.required("name", h.name)
    for name in ("name", "native_name", "email"):
        c.length(name, getattr(h, name), NAME_MAX)
    c.lang_map("function", h.functions, NAME_MAX, required=False)
    c.length("phone", h.phone, SHORT_MAX)
    c.length("login", h.login, SHORT_MAX)
    c.positive("rank", h.rank)
    c.languages("languages", h.languages)


def check_venue(v: Venue, c: Checker) -> None:
    c.required("name", v.name)
    c.length("name", v.name, NAME_MAX)
    c.length("address", v.address, NAME_MAX)
    c.positive("capacity", v.capacity)
    c.length("accessibility_notes", v.accessibility_notes, TEXT_MAX)
    c.length("contact", v.contact, NAME_MAX)
    c.time_zone("time_zone", v.time_zone)


def check_resource(r: Resource, c: Checker) -> None:
    c.required("name", r.name)
    c.length("name", r.name, NAME_MAX)
    c.positive("capacity", r.capacity)
    c.length("notes", r.notes, TEXT_MAX)


def check_item(item: ProgrammeItem, c: Checker) -> None:
    if not item.delegation_ids:
        c.flag("delegation_ids", "item_without_delegation")
    c.lang_map("title", item.title, TITLE_MAX, required=True)
    c.lang_map("description", item.description, TEXT_MAX, required=False)
    c.lang_map("guest_notes", item.guest_notes, TEXT_MAX, required=False)
    c.aware("start", item.start)
    c.aware("end", item.end)
    if item.start.tzinfo and item.end.tzinfo:
        if item.end < item.start:
            c.flag("end", "ends_before_start")
        elif item.end == item.start:
            c.flag("end", "zero_duration")
    c.length("dress_code", item.dress_code, SHORT_MAX)
    c.length("notes_internal", item.notes_internal, TEXT_MAX)
    if item.all_members and item.member_ids:
        c.flag("member_ids", "members_listed_for_all")


def check_golden_book(b: GoldenBook, c: Checker) -> None:
    c.positive("number", b.number)
    c.length("title", b.title, NAME_MAX)
    c.positive("pages", b.pages)
    if b.first_date and b.last_date and b.last_date < b.first_date:
        c.flag("last_date", "before_first_date")


def validate(check, record, prefix: str = "") -> None:  # type: ignore[no-untyped-def]
    """Run one check function and raise every problem it found."""
    c = Checker(prefix)
    check(record, c)
    c.raise_if_any()
