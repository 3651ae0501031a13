"""Every service refuses bad input with a field-naming ValidationError and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from planner.domain.enums import DelegationStatus, HostRole, ItemKind, ResourceKind
from planner.domain.errors import NotFoundError, ValidationError
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
from tests.services.conftest import Seeded, at, dump

Call = Callable[[Services, Seeded], Any]
NAIVE = datetime(2026, 5, 9, 10, 0)


def item(s: Seeded, **changes: Any) -> ProgrammeItem:
    base = ProgrammeItem(delegation_ids=(s.delegation.id,), kind=ItemKind.MEETING,  # type: ignore[arg-type]
                         title={"de": "Gespräch"}, start=at(10, 9), end=at(10, 10))
    return replace(base, **changes)


def member(s: Seeded, **changes: Any) -> Member:
    return replace(Member(delegation_id=s.delegation.id, name="Yael Katz", rank=4),  # type: ignore[arg-type]
                   **changes)


# (service call, field the error must name)
CASES: dict[str, tuple[Call, str]] = {
    # partner cities
    "city empty name": (lambda sv, s: sv.partners.save(PartnerCity(name="  ")), "name"),
    "city name too long": (lambda sv, s: sv.partners.save(PartnerCity(name="N" * 201)), "name"),
    "city country not ISO": (lambda sv, s: sv.partners.save(PartnerCity(name="Xi'an",
                                                                         country="China")),
                             "country"),
    "city country lower case": (lambda sv, s: sv.partners.save(PartnerCity(name="Xi'an",
                                                                            country="cn")),
                                "country"),
    "city since implausible": (lambda sv, s: sv.partners.save(PartnerCity(name="Rostov",
                                                                          since=1200)), "since"),
    "city duplicate": (lambda sv, s: sv.partners.save(PartnerCity(name="NETANYA", country="IL")),
                       "name"),
    "city update empty name": (lambda sv, s: sv.partners.save(replace(s.city, name="")), "name"),
    "city notes too long": (lambda sv, s: sv.partners.save(replace(s.city, notes="n" * 4001)),
                            "notes"),
    "city still used": (lambda sv, s: sv.partners.delete(s.city.id), ""),  # type: ignore[arg-type]
    # host-side people
    "person empty name": (lambda sv, s: sv.people.save(HostPerson(name="")), "name"),
    "person rank 0": (lambda sv, s: sv.people.save(HostPerson(name="Clerk", rank=0)), "rank"),
    "person language": (lambda sv, s: sv.people.save(HostPerson(name="Ayla",
                                                                languages=("Turkish",))),
                        "languages"),
    "person phone too long": (lambda sv, s: sv.people.save(HostPerson(name="Ayla",
                                                                      phone="1" * 101)), "phone"),
    # venues
    "venue empty name": (lambda sv, s: sv.venues.save(Venue(name=" ")), "name"),
    "venue capacity 0": (lambda sv, s: sv.venues.save(Venue(name="U", capacity=0)), "capacity"),
    "venue duplicate": (lambda sv, s: sv.venues.save(Venue(name="rathaus dortmund")), "name"),
    "venue address too long": (lambda sv, s: sv.venues.save(Venue(name="U", address="a" * 201)),
                               "address"),
    "venue travel to itself": (lambda sv, s: sv.venues.set_travel_time(s.hall.id, s.hall.id, 5),  # type: ignore[arg-type]
                               "venue_b_id"),
    "venue travel minutes": (lambda sv, s: sv.venues.set_travel_time(s.hall.id, s.hotel.id,  # type: ignore[arg-type]
                                                                     2000), "minutes"),
    "venue still used": (lambda sv, s: sv.venues.delete(s.hall.id), ""),  # type: ignore[arg-type]
    # resources
    "resource empty name": (lambda sv, s: sv.resources.save(Resource(name="")), "name"),
    "resource capacity": (lambda sv, s: sv.resources.save(Resource(name="Van", capacity=-2)),
                          "capacity"),
    "resource unknown venue": (lambda sv, s: sv.resources.save(
        Resource(name="Saal 1", kind=ResourceKind.ROOM, venue_id=999)), "venue_id"),
    "resource duplicate": (lambda sv, s: sv.resources.save(Resource(name="minibus 1")), "name"),
    "resource still used": (lambda sv, s: sv.resources.delete(s.bus.id), ""),  # type: ignore[arg-type]
    # delegations
    "delegation empty title": (lambda sv, s: sv.delegations.save(Delegation(title={"de": " "})),
                               "title"),
    "delegation title language": (lambda sv, s: sv.delegations.save(
        Delegation(title={"it": "Delegazione"})), "title.it"),
    "delegation title too long": (lambda sv, s: sv.delegations.save(
        Delegation(title={"en": "T" * 301})), "title.en"),
    "delegation departure before arrival": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, departure=Journey(at=at(7, 9)))), "departure.at"),
    "delegation naive arrival": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, arrival=Journey(at=NAIVE))), "arrival.at"),
    "delegation reference too long": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, arrival=Journey(at=at(8, 9), reference="R" * 101))), "arrival.reference"),
    "delegation unknown partner city": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, partner_city_id=999)), "partner_city_id"),
    "delegation unknown hotel": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, hotel_venue_id=999)), "hotel_venue_id"),
    "delegation unknown officer": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, officer_id=999)), "officer_id"),
    "delegation language code": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, languages=("Hebrew",))), "languages"),
    "delegation occasion too long": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, occasion="O" * 201)), "occasion.de"),  # the office's text
    "delegation occasion translation too long": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, occasion_translations={"he": "O" * 201})), "occasion.he"),
    "delegation occasion translation language": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, occasion_translations={"it": "Festa"})), "occasion.it"),
    "delegation status jump": (lambda sv, s: sv.delegations.save(replace(
        s.delegation, status=DelegationStatus.COMPLETED)), "status"),
    # members
    "member empty name": (lambda sv, s: sv.members.save(member(s, name="  ")), "name"),
    "member name too long": (lambda sv, s: sv.members.save(member(s, name="M" * 201)), "name"),
    "member native name too long": (lambda sv, s: sv.members.save(member(s, native_name="מ" * 201)),
                                    "native_name"),
    "member rank 0": (lambda sv, s: sv.members.save(member(s, rank=0)), "rank"),
    "member rank negative": (lambda sv, s: sv.members.save(member(s, rank=-3)), "rank"),
    "member language": (lambda sv, s: sv.members.save(member(s, languages=("he", "iw_IL"))),
                        "languages"),
    "member departure before arrival": (lambda sv, s: sv.members.save(member(
        s, arrival=Journey(at=at(9, 9)), departure=Journey(at=at(9, 8)))), "departure.at"),
    "member naive departure": (lambda sv, s: sv.members.save(member(
        s, departure=Journey(at=NAIVE))), "departure.at"),
    "member dietary too long": (lambda sv, s: sv.members.save(member(s, dietary="d" * 4001)),
                                "dietary"),
    "member reorder incomplete": (lambda sv, s: sv.members.reorder(
        s.delegation.id, [m.id for m in s.members[:2]]), "members"),  # type: ignore[arg-type, misc]
    # programme
    "item end before start": (lambda sv, s: sv.programme.save(item(s, end=at(10, 8))), "end"),
    "item zero duration": (lambda sv, s: sv.programme.save(item(s, end=at(10, 9))), "end"),
    "item naive start": (lambda sv, s: sv.programme.save(item(s, start=NAIVE)), "start"),
    "item empty title": (lambda sv, s: sv.programme.save(item(s, title={"de": "", "en": " "})),
                         "title"),
    "item title too long": (lambda sv, s: sv.programme.save(item(s, title={"fr": "t" * 301})),
                            "title.fr"),
    "item description too long": (lambda sv, s: sv.programme.save(item(
        s, description={"en": "d" * 4001})), "description.en"),
    # Hebrew is a document language now; Arabic is not (yet).
    "item guest notes language": (lambda sv, s: sv.programme.save(item(
        s, guest_notes={"ar": "مرحبا"})), "guest_notes.ar"),
    "item dress code too long": (lambda sv, s: sv.programme.save(item(s, dress_code="x" * 101)),
                                 "dress_code"),
    "item without delegation": (lambda sv, s: sv.programme.save(item(s, delegation_ids=())),
                                "delegation_ids"),
    "item unknown delegation": (lambda sv, s: sv.programme.save(item(s, delegation_ids=(999,))),
                                "delegation_ids[0]"),
    "item unknown venue": (lambda sv, s: sv.programme.save(item(s, venue_id=999)), "venue_id"),
    "item unknown vehicle": (lambda sv, s: sv.programme.save(item(s, vehicle_id=999)),
                             "vehicle_id"),
    "item unknown member": (lambda sv, s: sv.programme.save(item(
        s, all_members=False, member_ids=(999,))), "member_ids[0]"),
    "item all members and a list": (lambda sv, s: sv.programme.save(item(
        s, all_members=True, member_ids=(s.members[0].id,))), "member_ids"),  # type: ignore[arg-type]
    "item unknown host": (lambda sv, s: sv.programme.save(item(s, host_ids=(999,))),
                          "host_ids[0]"),
    "item unknown interpreter": (lambda sv, s: sv.programme.save(item(
        s, interpreter_ids=(s.interpreter.id, 999))), "interpreter_ids[1]"),  # type: ignore[arg-type]
    "item unknown driver": (lambda sv, s: sv.programme.save(item(s, driver_ids=(999,))),
                            "driver_ids[0]"),
    "item move to zero duration": (lambda sv, s: sv.programme.save(replace(
        s.item, end=s.item.start)), "end"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_with_field_and_database_unchanged(services: Services, seeded: Seeded,
                                                   case: str) -> None:
    call, field = CASES[case]
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        call(services, seeded)
    fields = [p.field for p in caught.value.problems]
    assert field in fields, f"{case}: expected a problem on {field!r}, got {caught.value}"
    assert all(p.message for p in caught.value.problems)
    assert dump(services) == before


@pytest.mark.parametrize("case", ["member moved to other delegation",
                                  "item member of another delegation"])
def test_refused_after_setup(services: Services, seeded: Seeded, case: str) -> None:
    other = services.delegations.save(Delegation(title={"de": "Andere Delegation"}))
    stranger = services.members.save(Member(delegation_id=other.id, name="Stranger"))  # type: ignore[arg-type]
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        if case == "member moved to other delegation":
            services.members.save(replace(seeded.members[0], delegation_id=other.id))  # type: ignore[arg-type]
        else:
            services.programme.save(item(seeded, all_members=False,
                                         member_ids=(stranger.id,)))  # type: ignore[arg-type]
    assert [p.field for p in caught.value.problems] == [
        "delegation_id" if case.startswith("member") else "member_ids[0]"]
    assert dump(services) == before


def test_every_problem_of_one_record_is_reported_at_once(services: Services,
                                                        seeded: Seeded) -> None:
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.members.save(member(seeded, name="", rank=0, languages=("xx-!",),
                                     salutation="s" * 101))
    assert {"name", "rank", "languages", "salutation"} <= {p.field for p in caught.value.problems}
    assert dump(services) == before


def test_restore_over_an_existing_delegation_is_refused(services: Services,
                                                        seeded: Seeded) -> None:
    snapshot = services.delegations.delete(seeded.delegation.id)  # type: ignore[arg-type]
    services.delegations.restore(snapshot)
    before = dump(services)
    with pytest.raises(ValidationError, match="exists"):
        services.delegations.restore(snapshot)
    assert dump(services) == before


@pytest.mark.parametrize("call", [
    lambda sv, s: sv.members.save(member(s, delegation_id=999)),
    lambda sv, s: sv.members.save(replace(s.members[0], id=999)),
    lambda sv, s: sv.programme.save(replace(s.item, id=999)),
    lambda sv, s: sv.delegations.save(replace(s.delegation, id=999)),
    lambda sv, s: sv.partners.save(replace(s.city, id=999)),
    lambda sv, s: sv.venues.set_travel_time(s.hall.id, 999, 10),
    lambda sv, s: sv.delegations.delete(999),
    lambda sv, s: sv.programme.delete(999),
    lambda sv, s: sv.members.delete(999),
], ids=["member-delegation", "member", "item", "delegation", "city", "travel", "del-delegation",
        "del-item", "del-member"])
def test_unknown_record_raises_not_found_and_changes_nothing(services: Services, seeded: Seeded,
                                                             call: Call) -> None:
    before = dump(services)
    with pytest.raises(NotFoundError) as caught:
        call(services, seeded)
    assert "999" in str(caught.value)
    assert dump(services) == before


def test_nul_in_text_is_refused_as_a_validation_problem(services: Services,
                                                        seeded: Seeded) -> None:
    """PostgreSQL cannot store NUL in text; the rules must refuse it on every backend."""
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.members.save(member(seeded, name="Yael\x00Katz"))
    assert [p.field for p in caught.value.problems] == ["name"]
    assert dump(services) == before


def test_valid_edge_values_are_accepted(services: Services, seeded: Seeded) -> None:
    """The limits are inclusive: exactly-at-limit texts and one-minute items are fine."""
    m = services.members.save(member(seeded, name="M" * 200, salutation="S" * 100,
                                     dietary="ד" * 4000, languages=("he", "zh-Hant", "sr-Latn")))
    assert services.members.get(m.id).name == "M" * 200  # type: ignore[arg-type]
    i = services.programme.save(item(seeded, end=at(10, 9, 1), title={"de": "T" * 300}))
    assert i.end == at(10, 9, 1)
    h = services.people.save(HostPerson(name="Ayla Demir", role=HostRole.INTERPRETER, rank=1))
    assert h.id is not None
