"""Trips abroad through the services: stored with their travellers and journeys, checked
against the programme at home, exchanged as files, exported as calendars and itineraries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pdfplumber
import pytest
import vobject

from planner.domain.enums import (
    CostCategory,
    DelegationStatus,
    Direction,
    HostRole,
    ItemKind,
    TravelMode,
    VisaStatus,
)
from planner.domain.errors import ValidationError
from planner.domain.records import Delegation, HostPerson, PartnerCity, ProgrammeItem, Venue
from planner.domain.scheduling import ConflictKind
from planner.domain.trips import CostLine, Leg, LegKind, Traveller, TripPlan
from planner.services import Services
from planner.services.calendar import CalendarExport
from planner.services.conflicts import ConflictCheck
from tests.services.conftest import dump

BERLIN, SHANGHAI = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Shanghai")


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=BERLIN)


def shanghai(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=SHANGHAI)


def _trip(services: Services) -> tuple[Delegation, HostPerson, HostPerson, Venue]:
    city = services.partners.save(PartnerCity(name="Xi'an", native_name="西安", country="CN",
                                              time_zone="Asia/Shanghai"))
    mayor = services.people.save(HostPerson(name="Dr. Katharina Brenner", role=HostRole.MAYOR))
    staff = services.people.save(HostPerson(name="Sabine Albers", role=HostRole.STAFF))
    hall = services.venues.save(Venue(name="Rathaus Xi'an", time_zone="Asia/Shanghai"))
    legs = (
        Leg(berlin(17, 17, 55), shanghai(18, 9, 40), LegKind.OUTBOUND, TravelMode.FLIGHT,
            "LH 720", "Frankfurt (FRA)", "Europe/Berlin", "Peking (PEK)", "Asia/Shanghai"),
        Leg(shanghai(18, 12), shanghai(18, 14, 15), LegKind.OUTBOUND, TravelMode.FLIGHT,
            "CA 1201", "Peking (PEK)", "Asia/Shanghai", "Xi'an (XIY)", "Asia/Shanghai"),
        Leg(shanghai(22, 13, 30), berlin(22, 18, 5), LegKind.RETURN, TravelMode.FLIGHT,
            "LH 721", "Peking (PEK)", "Asia/Shanghai", "Frankfurt (FRA)", "Europe/Berlin"),
    )
    assert mayor.id is not None and staff.id is not None
    trip = services.delegations.save(Delegation(
        title={"de": "Reise nach Xi'an"}, partner_city_id=city.id,
        status=DelegationStatus.CONFIRMED, direction=Direction.OUTGOING,
        trip=TripPlan(travellers=(Traveller(mayor.id, date(2031, 3, 31), VisaStatus.NOT_NEEDED),
                                  Traveller(staff.id, date(2027, 1, 31), VisaStatus.NEEDED)),
                      legs=legs, costs=(CostLine(CostCategory.FLIGHT, Decimal("4700.00"),
                                                 "2 × Economy"),),
                      per_diem_eur=Decimal("46.00"))))
    assert trip.id is not None
    services.programme.save(ProgrammeItem(
        delegation_ids=(trip.id,), kind=ItemKind.MEETING,
        title={"de": "Gespräch mit dem Bürgermeister"}, start=shanghai(19, 9, 30),
        end=shanghai(19, 11), venue_id=hall.id, host_ids=(mayor.id, staff.id)))
    return trip, mayor, staff, hall


def test_a_trip_is_stored_with_travellers_and_journeys(services: Services) -> None:
    trip, mayor, _staff, _ = _trip(services)
    again = services.delegations.get(trip.id)  # type: ignore[arg-type]
    assert again.is_trip and again.trip == trip.trip
    # The stay abroad follows the journeys: landing in Xi'an, leaving Peking.
    assert again.arrival.at == shanghai(18, 14, 15) and again.arrival.reference == "CA 1201"
    assert again.departure.at == shanghai(22, 13, 30)
    [summary] = services.delegations.list()
    assert (summary.direction, summary.time_zone) == (Direction.OUTGOING, "Asia/Shanghai")
    # A change of travellers alone is a change of the trip: a new version, the old one stale.
    fewer = services.delegations.save(replace(again, trip=replace(
        again.trip, travellers=again.trip.travellers[:1])))
    assert fewer.version == again.version + 1  # type: ignore[operator]
    assert fewer.trip.traveller_ids == (mayor.id,)


def test_deleting_a_trip_and_undoing_it_brings_the_travellers_back(services: Services) -> None:
    trip, _, staff, _ = _trip(services)
    before = dump(services)["trip_traveller"]
    snapshot = services.delegations.delete(trip.id, trip.version)  # type: ignore[arg-type]
    assert dump(services)["trip_traveller"] == []
    services.delegations.restore(snapshot)
    assert dump(services)["trip_traveller"] == before
    # Someone who travels cannot vanish from the people catalogue.
    with pytest.raises(ValidationError) as caught:
        services.people.delete(staff.id, staff.version)  # type: ignore[arg-type]
    assert "trip(s) abroad" in caught.value.problems[0].message


def test_the_mayor_booked_at_home_during_the_trip_is_an_error(services: Services) -> None:
    trip, mayor, _, _ = _trip(services)
    visit = services.delegations.save(Delegation(title={"de": "Besuch aus Leeds"},
                                                 status=DelegationStatus.CONFIRMED))
    council = services.programme.save(ProgrammeItem(
        delegation_ids=(visit.id,), kind=ItemKind.MEETING,  # type: ignore[arg-type]
        title={"de": "Empfang im Rathaus"}, start=berlin(20, 10), end=berlin(20, 11),
        host_ids=(mayor.id,)))  # type: ignore[arg-type]
    check = ConflictCheck(services.ctx)
    found = [c for c in check.check() if c.kind is ConflictKind.TRAVELLER_AWAY]
    assert [(c.item_ids, c.subject) for c in found] == [((council.id,), f"host:{mayor.id}")]
    assert "Reise nach Xi'an" in found[0].message("de")
    # The trip's own meeting, booked against the same person, is told in Xi'an's time.
    services.programme.save(replace(council, start=berlin(19, 4), end=berlin(19, 5)))
    clash = next(c for c in check.check() if c.kind is ConflictKind.PERSON_DOUBLE_BOOKED)
    assert "Mo 19. Oktober, 09:30–11:00 CST / 04:00–05:00" in clash.message("de")
    services.programme.save(replace(services.programme.get(council.id),  # type: ignore[arg-type]
                                    start=berlin(20, 10), end=berlin(20, 11)))
    # The trip's own check names it too, though the item is not the trip's.
    assert [c.kind for c in check.check(trip.id)] == [ConflictKind.TRAVELLER_AWAY]
    # A declined invitation keeps nobody away.
    services.delegations.save(replace(services.delegations.get(trip.id),  # type: ignore[arg-type]
                                      status=DelegationStatus.REQUESTED))
    declined = replace(services.delegations.get(trip.id),  # type: ignore[arg-type]
                       status=DelegationStatus.DECLINED,
                       trip=replace(trip.trip, decline_reason="Haushaltssperre"))
    services.delegations.save(declined)
    assert check.check() == []


def test_a_trip_travels_through_the_exchange_format(sqlite_services: Services,
                                                    tmp_path) -> None:  # type: ignore[no-untyped-def]
    trip, *_ = _trip(sqlite_services)
    doc = sqlite_services.exchange.export_delegation(trip.id)  # type: ignore[arg-type]
    data = doc["delegation"]
    assert data["direction"] == "outgoing"
    assert data["program"][0]["start"] == "2026-10-19T09:30:00+08:00"  # local, with its offset
    assert data["trip"]["journeys"][1]["departs"] == "2026-10-18T12:00:00+08:00"
    assert [t["person"] for t in data["trip"]["travellers"]] == ["Dr. Katharina Brenner",
                                                                   "Sabine Albers"]
    other = Services.open(str(tmp_path / "other.sqlite"))
    try:
        text = json.dumps(doc, ensure_ascii=False)
        copy = other.exchange.import_document(json.loads(text))
        assert json.dumps(other.exchange.export_delegation(copy), ensure_ascii=False) == text
    finally:
        other.close()


def test_a_journey_with_a_wrong_offset_or_zone_is_refused_by_path(
        sqlite_services: Services) -> None:
    trip, *_ = _trip(sqlite_services)
    doc = sqlite_services.exchange.export_delegation(trip.id)  # type: ignore[arg-type]
    sqlite_services.delegations.delete(trip.id, trip.version)  # type: ignore[arg-type]
    journeys = doc["delegation"]["trip"]["journeys"]
    journeys[0]["arrives"] = "2026-10-18T09:40:00+02:00"  # Peking is +08:00
    journeys[1]["to_zone"] = "Asia/Xian"
    doc["delegation"]["trip"]["travellers"].append({"person": "sabine albers"})
    before = dump(sqlite_services)
    with pytest.raises(ValidationError) as caught:
        sqlite_services.exchange.import_document(doc)
    fields = {p.field for p in caught.value.problems}
    assert fields >= {"delegation.trip.journeys[0].arrives",
                      "delegation.legs[1].to_zone", "delegation.trip.travellers[2].person"}
    assert dump(sqlite_services) == before


def test_a_file_from_before_trips_imports_as_a_visit(sqlite_services: Services) -> None:
    doc = {"format": "delegation-planner", "version": 1,
           "partner_city": {"name": "Leeds", "country": "GB"},
           "delegation": {"title": {"de": "Delegation Leeds"}, "status": "confirmed"}}
    d = sqlite_services.delegations.get(sqlite_services.exchange.import_document(doc))
    assert d.direction is Direction.INCOMING and d.trip == TripPlan()


def test_the_trip_calendar_carries_the_destinations_zone(sqlite_services: Services) -> None:
    trip, *_ = _trip(sqlite_services)
    ics = CalendarExport(sqlite_services.ctx).for_delegation(trip.id).decode()  # type: ignore[arg-type]
    assert "X-WR-TIMEZONE:Asia/Shanghai" in ics and "TZID:Asia/Shanghai" in ics
    assert "DTSTART;TZID=Asia/Shanghai:20261019T093000" in ics
    # The flight leaves in Berlin time and lands in Peking time.
    assert "DTSTART;TZID=Europe/Berlin:20261017T175500" in ics
    assert "DTEND;TZID=Asia/Shanghai:20261018T094000" in ics
    calendar = vobject.readOne(ics)
    starts = sorted(e.dtstart.value for e in calendar.vevent_list)
    assert starts[0] == berlin(17, 17, 55) and shanghai(19, 9, 30) in starts


def test_the_travel_itinerary_prints_local_times_and_the_difference(
        sqlite_services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from planner.documents.trip_itinerary import render_trip_itinerary
    from planner.services.trip_documents import trip_itinerary

    trip, *_ = _trip(sqlite_services)
    pdf = tmp_path / "trip.pdf"
    pdf.write_bytes(render_trip_itinerary(trip_itinerary(
        sqlite_services.ctx, trip.id, "de"), "de").pdf)  # type: ignore[arg-type]
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Reiseprogramm" in text and "Dr. Katharina Brenner" in text
    assert "09:30–11:00" in text  # the meeting in Xi'an's time, not 03:30 in Berlin's
    assert "Ortszeit Xi’an: 6 Std. später als in Dortmund." in text
    assert "Dortmund: 17:55 → 03:40" in text  # the landing, read at home
