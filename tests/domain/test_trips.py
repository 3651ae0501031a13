"""Trips abroad in the domain: travellers away from home, overlapping trips, journeys across
time zones, the stay derived from them, the papers checklist and the cost plan."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from planner.domain import rules
from planner.domain.enums import CostCategory, DelegationStatus, Direction, TravelMode, VisaStatus
from planner.domain.errors import ValidationError
from planner.domain.records import Delegation
from planner.domain.scheduling import ConflictKind, Person, Schedule, ScheduledItem, Trip
from planner.domain.trips import (
    CostLine,
    Leg,
    LegKind,
    PaperState,
    Traveller,
    TripPlan,
    cost_plan,
    hours_apart,
    paper_tasks,
    travel_days,
)

BERLIN, SHANGHAI = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Shanghai")
MAYOR, STAFF = 1, 2
XIAN = 100


def at(day: int, hour: int, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime(2026, 10, day, hour, tzinfo=zone)


def meeting(ident: int, start: datetime, delegation: int, *hosts: int,
            kind: str = "meeting") -> ScheduledItem:
    return ScheduledItem(ident, kind, f"Termin {ident}", start, start + timedelta(hours=2),
                         delegation_ids=(delegation,), host_ids=hosts)


def schedule(items: list[ScheduledItem], trips: list[Trip]) -> Schedule:
    people = [Person.host(MAYOR, "Dr. Katharina Brenner"), Person.host(STAFF, "Sabine Albers")]
    return Schedule(items, people=people, trips=trips)


XIAN_TRIP = Trip(XIAN, at(17, 12), at(22, 21), (MAYOR, STAFF), "Reise nach Xi'an")


def test_a_traveller_booked_at_home_during_the_trip_is_an_error() -> None:
    council = meeting(1, at(20, 10), 5, MAYOR)
    found = schedule([council], [XIAN_TRIP]).check_all()
    assert [(c.kind, c.item_ids, c.subject) for c in found] == [
        (ConflictKind.TRAVELLER_AWAY, (1,), "host:1")]
    assert found[0].is_error
    assert "Reise nach Xi'an" in found[0].message("de")
    assert "Dr. Katharina Brenner" in found[0].message("en")
    assert "away on the trip" in found[0].message("en")


def test_the_trips_own_programme_and_the_days_around_it_are_fine() -> None:
    abroad = meeting(1, at(19, 9, SHANGHAI), XIAN, MAYOR, STAFF)
    before = meeting(2, at(17, 9), 5, MAYOR)  # ends 11:00, the train leaves at 12:00
    after = meeting(3, at(23, 9), 5, MAYOR)
    staff_at_home = meeting(4, at(20, 10), 5, 3)  # not a traveller
    assert schedule([abroad, before, after, staff_at_home], [XIAN_TRIP]).check_all() == []


def test_interpreters_drivers_and_signers_count_as_needed_too() -> None:
    base = meeting(1, at(19, 15), 5)
    for change in ({"interpreter_ids": (STAFF,)}, {"driver_ids": (STAFF,)},
                   {"signer_host_ids": (STAFF,), "kind": "golden_book"}):
        item = ScheduledItem(**{**{f: getattr(base, f) for f in base.__slots__}, **change})
        found = schedule([item], [XIAN_TRIP]).check_all()
        assert (ConflictKind.TRAVELLER_AWAY, "host:2") in {(c.kind, c.subject) for c in found}


def test_a_single_item_check_and_an_edit_see_the_trip() -> None:
    plan = schedule([meeting(1, at(10, 10), 5, MAYOR)], [XIAN_TRIP])
    assert plan.check_all() == []
    moved = meeting(1, at(18, 10), 5, MAYOR)
    assert [c.kind for c in plan.check_item(moved)] == [ConflictKind.TRAVELLER_AWAY]
    changes = plan.replace(moved)
    assert [c.kind for c in changes.added] == [ConflictKind.TRAVELLER_AWAY]


def test_overlapping_trips_of_one_traveller_are_an_error_without_any_item() -> None:
    amiens = Trip(101, at(21, 8), at(24, 20), (STAFF,), "Ratsreise Amiens")
    later = Trip(102, at(22, 21), at(25, 8), (MAYOR,), "Anschluss")  # starts as Xi'an ends
    found = schedule([], [XIAN_TRIP, amiens, later]).check_all()
    assert [(c.kind, c.item_ids, c.subject) for c in found] == [
        (ConflictKind.TRIPS_OVERLAP, (), "host:2")]
    text = found[0].message("de")
    assert "Reise nach Xi'an" in text and "Ratsreise Amiens" in text and "Sabine Albers" in text


def test_an_unknown_time_zone_is_refused_naming_its_field() -> None:
    leg = Leg(at(17, 18), at(18, 9, SHANGHAI), from_zone="Europe/Berlin", to_zone="Asia/Xian")
    trip = Delegation(title={"de": "Reise"}, direction=Direction.OUTGOING,
                      trip=TripPlan(legs=(leg,)))
    with pytest.raises(ValidationError) as caught:
        rules.validate(rules.check_delegation, trip)
    assert [p.field for p in caught.value.problems] == ["legs[0].to_zone"]
    assert "'Asia/Xian' is not a time zone" in caught.value.problems[0].message


def test_a_leg_that_lands_before_it_leaves_is_refused() -> None:
    # 09:40 in Shanghai on the 17th is 03:40 in Berlin: before the 17:55 departure.
    leg = Leg(at(17, 17), datetime(2026, 10, 17, 9, 40, tzinfo=SHANGHAI),
              from_zone="Europe/Berlin", to_zone="Asia/Shanghai")
    trip = Delegation(title={"de": "Reise"}, direction=Direction.OUTGOING,
                      trip=TripPlan(legs=(leg,)))
    with pytest.raises(ValidationError) as caught:
        rules.validate(rules.check_delegation, trip)
    assert [p.field for p in caught.value.problems] == ["legs[0].arrives"]


def test_invitation_answers_belong_to_trips_and_a_decline_needs_its_reason() -> None:
    visit = Delegation(title={"de": "Besuch"}, status=DelegationStatus.ACCEPTED)
    with pytest.raises(ValidationError) as caught:
        rules.validate(rules.check_delegation, visit)
    assert caught.value.problems[0].field == "status"
    declined = Delegation(title={"de": "Reise"}, status=DelegationStatus.DECLINED,
                          direction=Direction.OUTGOING)
    with pytest.raises(ValidationError) as caught:
        rules.validate(rules.check_delegation, declined)
    assert caught.value.problems[0].field == "decline_reason"
    reason = TripPlan(decline_reason="Haushaltssperre 2027")
    rules.validate(rules.check_delegation, Delegation(
        title={"de": "Reise"}, status=DelegationStatus.DECLINED, direction=Direction.OUTGOING,
        trip=reason))
    with pytest.raises(ValidationError) as caught:
        rules.validate(rules.check_delegation, Delegation(title={"de": "Besuch"}, trip=reason))
    assert caught.value.problems[0].field == "direction"


def test_the_stay_abroad_follows_the_journeys() -> None:
    legs = (
        Leg(at(17, 17), datetime(2026, 10, 18, 9, 40, tzinfo=SHANGHAI), LegKind.OUTBOUND,
            TravelMode.FLIGHT, "LH 720", "Frankfurt", "Europe/Berlin", "Peking", "Asia/Shanghai"),
        Leg(datetime(2026, 10, 18, 12, tzinfo=SHANGHAI),
            datetime(2026, 10, 18, 14, 15, tzinfo=SHANGHAI), LegKind.OUTBOUND, TravelMode.FLIGHT,
            "CA 1201", "Peking", "Asia/Shanghai", "Xi'an", "Asia/Shanghai"),
        Leg(datetime(2026, 10, 22, 8, 30, tzinfo=SHANGHAI), at(22, 18), LegKind.RETURN,
            TravelMode.FLIGHT, "CA 1202", "Xi'an", "Asia/Shanghai", "Frankfurt", "Europe/Berlin"),
    )
    trip = Delegation(title={"de": "Reise"}, direction=Direction.OUTGOING,
                      trip=TripPlan(legs=legs)).with_stay_from_journeys()
    assert trip.arrival.at == datetime(2026, 10, 18, 14, 15, tzinfo=SHANGHAI)
    assert (trip.arrival.reference, trip.arrival.place) == ("CA 1201", "Xi'an")
    assert trip.departure.at == datetime(2026, 10, 22, 8, 30, tzinfo=SHANGHAI)
    assert trip.trip.away() == (at(17, 17), at(22, 18))
    assert hours_apart(at(19, 12), "Asia/Shanghai") == 6
    assert hours_apart(datetime(2026, 11, 2, 12, tzinfo=BERLIN), "Asia/Shanghai") == 7


def test_papers_passport_six_months_visa_deadline_and_vaccinations() -> None:
    plan = TripPlan(travellers=(
        Traveller(MAYOR, passport_valid_until=date(2031, 3, 31), visa=VisaStatus.NOT_NEEDED),
        Traveller(STAFF, passport_valid_until=date(2027, 2, 28), visa=VisaStatus.NEEDED),
        Traveller(3, visa=VisaStatus.GRANTED, vaccinations="Gelbfieber"),
    ))
    tasks = paper_tasks(plan, date(2026, 10, 17), date(2026, 10, 22), today=date(2026, 9, 20))
    state = {(t.host_id, t.what): t.state for t in tasks}
    assert state == {
        (MAYOR, "passport"): PaperState.DONE,
        (STAFF, "passport"): PaperState.PROBLEM,  # must be valid until 23 April 2027
        (STAFF, "visa"): PaperState.OVERDUE,  # six weeks before leaving: 5 September
        (3, "passport"): PaperState.OVERDUE,  # not recorded, eight weeks before: 22 August
        (3, "visa"): PaperState.DONE,
        (3, "vaccinations"): PaperState.OVERDUE,
    }
    visa = next(t for t in tasks if t.what == "visa" and t.host_id == STAFF)
    assert visa.deadline == date(2026, 9, 5)
    passport = next(t for t in tasks if t.what == "passport" and t.host_id == STAFF)
    assert passport.facts["needed_until"] == date(2027, 4, 23)


def test_the_cost_plan_adds_lines_allowance_and_gifts() -> None:
    plan = TripPlan(travellers=(Traveller(MAYOR), Traveller(STAFF)),
                    costs=(CostLine(CostCategory.FLIGHT, Decimal("4700.00")),
                           CostLine(CostCategory.HOTEL, Decimal("960.00")),
                           CostLine(CostCategory.FLIGHT, Decimal("120.50"))),
                    per_diem_eur=Decimal("46.00"))
    costs = cost_plan(plan, at(17, 12), at(22, 21), [Decimal("60.00")])
    assert travel_days(at(17, 12), at(22, 21)) == 6
    assert costs.per_diem_total == Decimal("552.00")  # 46 × 6 days × 2 travellers
    assert costs.by_category["flight"] == Decimal("4820.50")
    assert costs.by_category["gifts"] == Decimal("60.00")
    assert costs.total == Decimal("4820.50") + Decimal("960.00") + Decimal("552.00") + Decimal(
        "60.00")
