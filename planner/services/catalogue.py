"""Use cases of the reference lists: partner cities, host-side people, venues, resources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from planner.domain.problems import problem
from planner.domain.records import HostPerson, PartnerCity, Resource, TravelTime, Venue
from planner.services.context import ServiceContext, apply_fields, require_version
from planner.store import convert
from planner.store.audit import mark_changed, record_event
from planner.store.models import (
    DelegationRow,
    HostPersonRow,
    PartnerCityRow,
    ProgrammeItemRow,
    ResourceRow,
    TravellerRow,
    TravelTimeRow,
    VenueRow,
)
from planner.store.natural_keys import NaturalKey, lock_keys, natural_key

R = TypeVar("R")
# `set_travel_time(expected=UNCHECKED)`: overwrite whatever is stored (scripts, the demo).
UNCHECKED = object()


def get_row(session: Session, row_type: type, record_id: int | None, entity: str) -> Any:
    row = session.get(row_type, record_id) if record_id is not None else None
    if row is None:
        raise NotFoundError(entity, record_id)
    return row


def check_reference(session: Session, row_type: type, record_id: int | None, field: str,
                    entity: str, problems: list[Problem]) -> None:
    # An id lookup, not session.get: loading the whole row (and its joined relations) only to
    # see that it exists costs every save a heavier query.
    if record_id is not None and session.scalar(
            select(row_type.id).where(row_type.id == record_id)) is None:  # type: ignore[attr-defined]
        problems.append(problem(field, "missing_reference", entity=entity, id=record_id))


class Catalogue(Generic[R]):
    """Create, read, update and delete for one simple record type, each call one transaction."""

    entity = ""
    row_type: type
    check: Callable[[Any, rules.Checker], None]
    to_record: Callable[[Any], Any]
    to_columns: Callable[[Any], dict[str, Any]]
    order_by: tuple[str, ...] = ("name",)
    # Rows that still point at a record and so forbid deleting it: (row type, column, label).
    blockers: tuple[tuple[type, str, str], ...] = ()

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, search: str = "") -> list[R]:
        with self.ctx.read() as session:
            query = select(self.row_type).order_by(
                *(getattr(self.row_type, c) for c in self.order_by))
            if search:
                pattern = f"%{search.strip().lower()}%"
                query = query.where(or_(*(func.lower(getattr(self.row_type, c)).like(pattern)
                                          for c in self.search_columns())))
            return [type(self).to_record(row) for row in session.scalars(query)]

    def search_columns(self) -> tuple[str, ...]:
        return ("name",)

    def get(self, record_id: int) -> R:
        with self.ctx.read() as session:
            return type(self).to_record(get_row(session, self.row_type, record_id, self.entity))

    def save(self, record: R) -> R:
        """Insert when the record has no id, otherwise update it if nobody saved it meanwhile."""
        rules.validate(type(self).check, record)
        with self.ctx.write() as session:
            row = None
            if record.id is not None:  # type: ignore[attr-defined]
                # A vanished or stale record is reported as such before any other check.
                row = get_row(session, self.row_type, record.id, self.entity)  # type: ignore[attr-defined]
                require_version(self.entity, row.id, record.version, row.version)  # type: ignore[attr-defined]
            # Same lock as every find-or-create of this name: a racing import or officer
            # creating it too is seen by the uniqueness check instead of failing on insert.
            lock_keys(session, [self.natural_key(record)])
            self._check_unique(session, record)
            self._check_references(session, record)
            columns = type(self).to_columns(record)
            if row is None:
                row = self.row_type(**columns)
                session.add(row)
            else:
                apply_fields(row, columns)
            session.flush()
            return type(self).to_record(row)

    def delete(self, record_id: int, version: int | None = None) -> None:
        with self.ctx.write() as session:
            row = get_row(session, self.row_type, record_id, self.entity)
            require_version(self.entity, record_id, version, row.version)
            for blocker, column, label in self.blockers:
                count = session.scalar(select(func.count()).select_from(blocker).where(
                    getattr(blocker, column) == record_id))
                if count:
                    raise ValidationError(problem("", "still_used", entity=self.entity,
                                                  name=row.name, count=count, what=label))
            session.delete(row)

    def _check_unique(self, session: Session, record: Any) -> None:
        query = select(self.row_type.id).where(
            func.lower(self.row_type.name) == record.name.strip().lower())
        if record.id is not None:
            query = query.where(self.row_type.id != record.id)
        query = self._unique_scope(query, record)
        if session.scalar(query) is not None:
            raise ValidationError(problem("name", "already_exists", name=record.name))

    def _unique_scope(self, query: Any, record: Any) -> Any:
        return query

    def natural_key(self, record: Any) -> NaturalKey:
        return natural_key(self.row_type.__tablename__, record.name)

    def _check_references(self, session: Session, record: Any) -> None:
        pass

    def find_by_name(self, session: Session, name: str) -> Any | None:
        return session.scalars(select(self.row_type).where(
            func.lower(self.row_type.name) == name.strip().lower())).first()


class PartnerCities(Catalogue[PartnerCity]):
    entity = "partner city"
    row_type = PartnerCityRow
    check = staticmethod(rules.check_partner_city)
    to_record = staticmethod(convert.partner_city)
    to_columns = staticmethod(convert.partner_city_columns)
    blockers = ((DelegationRow, "partner_city_id", "delegation(s)"),)

    def search_columns(self) -> tuple[str, ...]:
        return ("name", "native_name", "country")

    def _unique_scope(self, query: Any, record: Any) -> Any:
        return query.where(PartnerCityRow.country == record.country)

    def natural_key(self, record: Any) -> NaturalKey:
        return natural_key("partner_city", record.name, record.country)


class HostPeople(Catalogue[HostPerson]):
    entity = "person"
    row_type = HostPersonRow
    check = staticmethod(rules.check_host)
    to_record = staticmethod(convert.host)
    to_columns = staticmethod(convert.host_columns)
    blockers = ((TravellerRow, "host_id", "trip(s) abroad as a traveller"),)

    def search_columns(self) -> tuple[str, ...]:
        return ("name", "native_name", "function", "role")

    def _check_unique(self, session: Session, record: Any) -> None:
        """Two staff members may share a name; people are told apart by role and function."""


class Venues(Catalogue[Venue]):
    entity = "venue"
    row_type = VenueRow
    check = staticmethod(rules.check_venue)
    to_record = staticmethod(convert.venue)
    to_columns = staticmethod(convert.venue_columns)
    blockers = ((ProgrammeItemRow, "venue_id", "programme item(s)"),)

    def search_columns(self) -> tuple[str, ...]:
        return ("name", "address")

    def travel_times(self) -> list[TravelTime]:
        with self.ctx.read() as session:
            return [TravelTime(r.venue_a_id, r.venue_b_id, r.minutes, r.version)
                    for r in session.scalars(select(TravelTimeRow))]

    def set_travel_time(self, venue_a_id: int, venue_b_id: int, minutes: int | None,
                        expected: TravelTime | object | None = UNCHECKED) -> TravelTime | None:
        """Travel times are symmetric; stored once with the smaller id first. None removes it.

        `expected` is what the officer saw (None: no time): if the stored time is no longer
        that, nothing is written and ConflictError names who changed it. Returns what is stored.
        """
        if venue_a_id == venue_b_id:
            raise ValidationError(problem("venue_b_id", "travel_time_to_itself"))
        if minutes is not None and not 0 <= minutes <= 24 * 60:
            raise ValidationError(problem("minutes", "minutes_out_of_range", minutes=minutes))
        a, b = sorted((venue_a_id, venue_b_id))
        key = f"{a}-{b}"
        with self.ctx.write() as session:
            for vid in (a, b):
                get_row(session, VenueRow, vid, "venue")
            lock_keys(session, [natural_key("travel_time", key)])
            row = session.get(TravelTimeRow, (a, b))
            if expected is not UNCHECKED and not _same_travel_time(row, expected):
                raise ConflictError("travel time", key, _version(expected),
                                    row.version if row is not None else None)
            old = row.minutes if row is not None else None
            if minutes is None and row is not None:
                session.delete(row)
                row = None
            elif minutes is not None and row is None:
                row = TravelTimeRow(venue_a_id=a, venue_b_id=b, minutes=minutes)
                session.add(row)
            elif row is not None:
                row.minutes = minutes
            session.flush()
            if old != minutes:
                record_event(session, "update", "travel_time", None,
                             {"key": key, "minutes": [old, minutes]})
                mark_changed(session, "venues")
            return None if row is None else TravelTime(a, b, row.minutes, row.version)


def _version(seen: object) -> int | None:
    return seen.version if isinstance(seen, TravelTime) else None


def _same_travel_time(row: TravelTimeRow | None, seen: object) -> bool:
    if row is None or seen is None:
        return row is None and seen is None
    assert isinstance(seen, TravelTime)
    return row.minutes == seen.minutes and (seen.version is None or seen.version == row.version)


class Resources(Catalogue[Resource]):
    entity = "resource"
    row_type = ResourceRow
    check = staticmethod(rules.check_resource)
    to_record = staticmethod(convert.resource)
    to_columns = staticmethod(convert.resource_columns)
    order_by = ("kind", "name")
    blockers = ((ProgrammeItemRow, "vehicle_id", "programme item(s)"),)

    def _unique_scope(self, query: Any, record: Any) -> Any:
        return query.where(ResourceRow.kind == record.kind.value)

    def natural_key(self, record: Any) -> NaturalKey:
        return natural_key("resource", record.kind.value, record.name)

    def _check_references(self, session: Session, record: Any) -> None:
        problems: list[Problem] = []
        check_reference(session, VenueRow, record.venue_id, "venue_id", "venue", problems)
        if problems:
            raise ValidationError(problems)
