"""Helpers for service tests: a full dump of every table, and a small seeded delegation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from planner.domain.enums import DelegationStatus, HostRole, ItemKind, ResourceKind
from planner.domain.records import (
    Delegation,
    HostPerson,
    Journey,
    Member,
    PartnerCity,
    ProgrammeItem,
    Resource,
    Venue,
)
from planner.services import Services
from planner.store.models import Base

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=BERLIN)


def dump(services: Services) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, ordered by primary key: equal dumps mean an unchanged database."""
    out: dict[str, list[dict[str, Any]]] = {}
    with services.database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            out[table.name] = [dict(r._mapping) for r in connection.execute(query)]
    return out


@dataclass
class Seeded:
    city: PartnerCity
    hotel: Venue
    hall: Venue
    mayor: HostPerson
    interpreter: HostPerson
    bus: Resource
    delegation: Delegation
    members: list[Member]
    item: ProgrammeItem


def seed(services: Services) -> Seeded:
    city = services.partners.save(PartnerCity(name="Netanya", native_name="נתניה", country="IL"))
    hotel = services.venues.save(Venue(name="Hotel Königshof", capacity=80))
    hall = services.venues.save(Venue(name="Rathaus Dortmund", capacity=120, accessible=True))
    mayor = services.people.save(HostPerson(name="Lord Mayor", role=HostRole.MAYOR, rank=1))
    interpreter = services.people.save(HostPerson(name="Dana Cohen", role=HostRole.INTERPRETER,
                                                  languages=("he", "de")))
    bus = services.resources.save(Resource(name="Minibus 1", kind=ResourceKind.VEHICLE,
                                           capacity=8))
    delegation = services.delegations.save(Delegation(
        title={"de": "Delegation Netanya", "en": "Delegation of Netanya"},
        partner_city_id=city.id, occasion="DORTBUNT! 2026",
        status=DelegationStatus.CONFIRMED,
        arrival=Journey(at=at(8, 14, 35), reference="LY 2541"),
        departure=Journey(at=at(11, 11, 10)), hotel_venue_id=hotel.id, languages=("he", "en")))
    assert delegation.id is not None
    members = [services.members.save(Member(delegation_id=delegation.id, name=name,
                                            native_name=native, rank=rank, is_head=rank == 1))
               for rank, (name, native) in enumerate(
                   [("Miriam Feirberg-Ikar", "מרים פיירברג-איכר"), ("Avi Ben-David", "אבי בן-דוד"),
                    ("Noa Levi", "נועה לוי")], start=1)]
    item = services.programme.save(ProgrammeItem(
        delegation_ids=(delegation.id,), kind=ItemKind.GOLDEN_BOOK,
        title={"de": "Goldenes Buch", "en": "Golden Book"}, start=at(9, 10), end=at(9, 11, 30),
        venue_id=hall.id, all_members=False, member_ids=tuple(m.id for m in members[:2]),
        host_ids=(mayor.id,), interpreter_ids=(interpreter.id,), vehicle_id=bus.id))
    return Seeded(city, hotel, hall, mayor, interpreter, bus, delegation, members, item)


@pytest.fixture
def seeded(services: Services) -> Seeded:
    return seed(services)
