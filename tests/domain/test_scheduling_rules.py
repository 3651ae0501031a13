"""One test per scheduling rule, on a DORTBUNT! Saturday at Dortmund's town hall."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from planner.domain.scheduling import (
    BERLIN,
    ConflictKind,
    Person,
    PlanningRules,
    Schedule,
    ScheduledItem,
    Stay,
    Vehicle,
    Venue,
)

K = ConflictKind
FESTSAAL, MUSEUM, SMALL_ROOM, HALLS = 1, 2, 3, 4
MINIBUS, CAR = 1, 2
MAYOR, DEPUTY, KOWALSKA, DRIVER, LI_NA = 1, 2, 3, 4, 5
FOURE, JENLIS, SUTRYK, ZHANG = 1, 2, 3, 4
AMIENS, XIAN = 1, 2

PEOPLE = [
    Person.host(MAYOR, "Oberbürgermeister Thomas Westphal", ("de", "en"), "mayor"),
    Person.host(DEPUTY, "Bürgermeisterin Barbara Brunsing", ("de", "fr")),
    Person.host(KOWALSKA, "Anna Kowalska", ("de", "pl"), "interpreter"),
    Person.host(DRIVER, "Jürgen Schmidt", ("de",), "driver"),
    Person.host(LI_NA, "Li Na", ("de", "zh"), "interpreter"),
    Person.member(FOURE, "Brigitte Fouré", ("fr",), dietary="vegetarisch"),
    Person.member(JENLIS, "Hubert de Jenlis", ("fr", "en")),
    Person.member(SUTRYK, "Jacek Sutryk", ("pl",)),
    Person.member(ZHANG, "Zhang Wei", ("zh",), accessibility="Rollstuhl"),
]
VENUES = [
    Venue(FESTSAAL, "Rathaus, Festsaal", 120),
    Venue(MUSEUM, "Deutsches Fußballmuseum", None),
    Venue(SMALL_ROOM, "Rathaus, Zimmer 112", 10),
    Venue(HALLS, "Westfalenhallen", None),
]
VEHICLES = [Vehicle(MINIBUS, "Minibus DO-PL 100", 8), Vehicle(CAR, "Dienstwagen DO-OB 1", 3)]
RULES = PlanningRules(travel_minutes={(FESTSAAL, MUSEUM): 15, (FESTSAAL, HALLS): 25})


def at(day: int, hour: int, minute: int = 0, month: int = 5, fold: int = 0) -> datetime:
    """A Berlin wall-clock time in 2026 (Saturday 9 May is DORTBUNT!)."""
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def item(ident: int, start: datetime, end: datetime, **kw: object) -> ScheduledItem:
    fields: dict[str, object] = {"kind": "meeting", "title": f"Termin {ident}"}
    fields.update(kw)
    return ScheduledItem(ident, start=start, end=end, **fields)  # type: ignore[arg-type]


def world(*items: ScheduledItem, stays: tuple[Stay, ...] = (), **kw: object) -> Schedule:
    return Schedule(
        items,
        people=kw.get("people", PEOPLE),
        venues=VENUES,  # type: ignore[arg-type]
        vehicles=VEHICLES,
        stays=stays,
        rules=kw.get("rules", RULES),
    )  # type: ignore[arg-type]


def kinds(schedule: Schedule) -> list[tuple[ConflictKind, tuple[int, ...], str]]:
    return [(c.kind, c.item_ids, c.subject) for c in schedule.check_all()]


RECEPTION = item(
    1,
    at(9, 10),
    at(9, 11, 30),
    title="Empfang im Rathaus",
    kind="ceremony",
    venue_id=FESTSAAL,
    host_ids=(MAYOR,),
    member_ids=(JENLIS,),
)
MUSEUM_VISIT = item(
    2,
    at(9, 10, 15),
    at(9, 12),
    title="Besuch Fußballmuseum",
    kind="visit",
    venue_id=MUSEUM,
    host_ids=(MAYOR,),
    needs_acknowledged=True,
)


def test_person_in_two_overlapping_items_in_both_languages() -> None:
    [conflict] = world(RECEPTION, MUSEUM_VISIT).check_all()
    assert (conflict.kind, conflict.severity, conflict.item_ids, conflict.subject) == (
        K.PERSON_DOUBLE_BOOKED,
        "error",
        (1, 2),
        "host:1",
    )
    assert conflict.message("de") == (
        "Oberbürgermeister Thomas Westphal ist gleichzeitig in „Empfang im Rathaus“ und "
        "„Besuch Fußballmuseum“ eingeplant (Sa 9. Mai, 10:00–11:30 / 10:15–12:00)."
    )
    assert conflict.message("en") == (
        "Oberbürgermeister Thomas Westphal is scheduled for “Empfang im Rathaus” and "
        "“Besuch Fußballmuseum” at the same time (Sat 9 May, 10:00–11:30 / 10:15–12:00)."
    )


def test_items_that_only_touch_do_not_overlap_and_members_differ_from_hosts() -> None:
    later = replace(MUSEUM_VISIT, start=at(9, 11, 30), end=at(9, 12), venue_id=FESTSAAL)
    assert kinds(world(RECEPTION, later)) == []
    # Member 1 and host 1 are different people although both have id 1.
    a = item(3, at(9, 14), at(9, 15), host_ids=(MAYOR,))
    b = item(4, at(9, 14), at(9, 15), member_ids=(FOURE,))
    assert kinds(world(a, b)) == []


def test_someone_listed_as_host_and_interpreter_is_not_double_booked_with_themself() -> None:
    a = item(3, at(9, 14), at(9, 15), host_ids=(LI_NA,), interpreter_ids=(LI_NA,))
    assert kinds(world(a)) == []


def test_interpreter_and_driver_double_bookings_are_found() -> None:
    a = item(3, at(9, 14), at(9, 15), interpreter_ids=(KOWALSKA,))
    b = item(4, at(9, 14, 30), at(9, 16), driver_ids=(KOWALSKA,))
    assert kinds(world(a, b)) == [(K.PERSON_DOUBLE_BOOKED, (3, 4), "host:3")]


def test_venue_holds_several_items_while_the_seats_suffice() -> None:
    a = item(3, at(9, 9), at(9, 10), venue_id=SMALL_ROOM, member_ids=(FOURE, JENLIS, SUTRYK))
    b = item(4, at(9, 9, 30), at(9, 11), venue_id=SMALL_ROOM, host_ids=(DEPUTY, KOWALSKA))
    assert kinds(world(a, b)) == []
    big = replace(
        b,
        host_ids=(DEPUTY, KOWALSKA, MAYOR, LI_NA, DRIVER),
        member_ids=(ZHANG,),
        interpreter_ids=(90, 91),
    )
    [conflict] = world(a, big).check_all()
    assert (conflict.kind, conflict.item_ids, conflict.subject) == (
        K.VENUE_OVERBOOKED,
        (3, 4),
        "venue:3",
    )
    assert conflict.message("de") == (
        "Rathaus, Zimmer 112 ist überbucht: „Termin 3“ und „Termin 4“ brauchen ab "
        "Sa 9. Mai, 09:30 zusammen 11 Plätze, vorhanden sind 10."
    )
    assert conflict.message("en") == (
        "Rathaus, Zimmer 112 is overbooked: from Sat 9 May, 09:30, “Termin 3” and “Termin 4” "
        "need 11 seats together, it holds 10."
    )


def test_one_item_too_big_for_its_room_and_unlimited_venues() -> None:
    crowd = tuple(range(100, 112))
    a = item(3, at(9, 9), at(9, 10), venue_id=SMALL_ROOM, member_ids=crowd)
    assert kinds(world(a)) == [(K.VENUE_TOO_SMALL, (3,), "venue:3")]
    # A venue without capacity (the museum's public hall) takes any number of groups.
    b = replace(a, venue_id=MUSEUM)
    c = item(4, at(9, 9), at(9, 10), venue_id=MUSEUM, member_ids=tuple(range(200, 300)))
    assert kinds(world(b, c)) == []


def test_vehicle_seats_and_double_booking() -> None:
    ride = item(
        3,
        at(9, 8),
        at(9, 8, 40),
        kind="transfer",
        vehicle_id=CAR,
        member_ids=(FOURE, JENLIS),
        host_ids=(DEPUTY,),
        driver_ids=(DRIVER,),
    )
    assert kinds(world(ride)) == []  # three passengers, the driver has his own seat
    full = replace(ride, interpreter_ids=(KOWALSKA,))
    [too_small] = world(full).check_all()
    assert too_small.kind is K.VEHICLE_TOO_SMALL
    assert too_small.message("de") == (
        "„Termin 3“ hat 4 Fahrgäste, das Fahrzeug Dienstwagen DO-OB 1 aber nur 3 Sitzplätze "
        "(Sa 9. Mai, 08:00–08:40)."
    )
    other = item(4, at(9, 8, 30), at(9, 9), kind="transfer", vehicle_id=CAR)
    assert kinds(world(ride, other)) == [(K.VEHICLE_DOUBLE_BOOKED, (3, 4), "vehicle:2")]


def test_travel_time_between_venues_uses_the_table_then_the_default() -> None:
    a = item(3, at(9, 10), at(9, 11, 30), venue_id=FESTSAAL, host_ids=(MAYOR,))
    b = item(4, at(9, 11, 40), at(9, 12), venue_id=MUSEUM, host_ids=(MAYOR,))
    [conflict] = world(a, b).check_all()
    assert (conflict.kind, conflict.item_ids, conflict.subject) == (K.TRAVEL_TIME, (3, 4), "host:1")
    assert conflict.message("de") == (
        "Oberbürgermeister Thomas Westphal hat zwischen „Termin 3“ (Rathaus, Festsaal, bis "
        "Sa 9. Mai, 11:30) und „Termin 4“ (Deutsches Fußballmuseum) nur 10 Minuten, die "
        "Fahrt dauert 15 Minuten."
    )
    assert conflict.message("en").endswith("the journey takes 15 minutes.")
    assert kinds(world(a, replace(b, start=at(9, 11, 45)))) == []
    # Museum → Westfalenhallen has no entry: the default of 20 minutes applies.
    c = item(5, at(9, 12, 15), at(9, 13), venue_id=HALLS, host_ids=(MAYOR,))
    assert kinds(world(replace(b, start=at(9, 11, 45)), c)) == [(K.TRAVEL_TIME, (4, 5), "host:1")]
    # Same venue, or an item without venue, needs no journey.
    d = item(6, at(9, 11, 30), at(9, 12), venue_id=FESTSAAL, host_ids=(MAYOR,))
    e = item(7, at(9, 12), at(9, 12, 5), host_ids=(MAYOR,))
    assert kinds(world(a, d, e)) == []


def test_vehicle_needs_travel_time_too() -> None:
    a = item(3, at(9, 10), at(9, 11), venue_id=FESTSAAL, vehicle_id=MINIBUS)
    b = item(4, at(9, 11, 10), at(9, 12), venue_id=HALLS, vehicle_id=MINIBUS)
    assert kinds(world(a, b)) == [(K.TRAVEL_TIME, (3, 4), "vehicle:1")]


def test_items_outside_the_delegations_stay_with_buffer() -> None:
    stay = Stay(AMIENS, at(8, 18), at(11, 12), "der Delegation aus Amiens")
    early = item(3, at(8, 18, 15), at(8, 19), delegation_ids=(AMIENS,), title="Abendessen")
    late = item(4, at(11, 11), at(11, 11, 45), delegation_ids=(AMIENS,))
    fine = item(5, at(9, 10), at(9, 11), delegation_ids=(AMIENS,))
    found = world(early, late, fine, stays=(stay,)).check_all()
    assert [(c.kind, c.item_ids, c.subject) for c in found] == [
        (K.BEFORE_ARRIVAL, (3,), "delegation:1"),
        (K.AFTER_DEPARTURE, (4,), "delegation:1"),
    ]
    assert found[0].message("de") == (
        "„Abendessen“ (Fr 8. Mai, 18:15–19:00) liegt vor der Ankunft von der Delegation aus "
        "Amiens (Fr 8. Mai, 18:00, zuzüglich 30 Minuten Puffer)."
    )
    # The airport transfer is the arrival itself: no buffer for it.
    pickup = item(6, at(8, 18), at(8, 18, 40), kind="transfer", delegation_ids=(AMIENS,))
    assert kinds(world(pickup, stays=(stay,))) == []
    shorter = PlanningRules(stay_buffer=timedelta(minutes=10))
    assert kinds(world(early, stays=(stay,), rules=shorter)) == []


def test_items_outside_a_members_own_stay() -> None:
    people = [*PEOPLE[:-1], Person.member(ZHANG, "Zhang Wei", ("zh",), arrival=at(9, 12))]
    a = item(3, at(9, 10), at(9, 11), member_ids=(ZHANG, SUTRYK), needs_acknowledged=True)
    found = world(a, people=people).check_all()
    assert [(c.kind, c.subject) for c in found] == [(K.BEFORE_ARRIVAL, "member:4")]
    assert "Zhang Wei" in found[0].message("en")


def test_missing_interpreter_only_when_the_item_has_hosts() -> None:
    talk = item(
        3, at(9, 10), at(9, 11), member_ids=(ZHANG, JENLIS), host_ids=(MAYOR,), title="Gespräch"
    )
    [conflict] = world(talk).check_all()
    assert (conflict.kind, conflict.subject) == (K.MISSING_INTERPRETER, "member:4")
    assert conflict.message("en") == (
        "Zhang Wei (zh) shares no language with the hosts and interpreters of “Gespräch” "
        "(de, en); an interpreter is missing (Sat 9 May, 10:00–11:00)."
    )
    assert kinds(world(replace(talk, interpreter_ids=(LI_NA,)))) == []
    assert kinds(world(replace(talk, host_ids=()))) == []


def test_golden_book_signers_must_take_part() -> None:
    signing = item(
        3,
        at(9, 11),
        at(9, 11, 20),
        kind="golden_book",
        title="Goldenes Buch",
        member_ids=(FOURE,),
        host_ids=(MAYOR,),
        signer_member_ids=(FOURE, JENLIS),
        signer_host_ids=(MAYOR, DEPUTY),
        interpreter_ids=(DEPUTY,),
    )
    found = world(signing).check_all()
    assert [(c.kind, c.subject) for c in found] == [
        (K.SIGNER_ABSENT, "host:2"),
        (K.SIGNER_ABSENT, "member:2"),
    ]
    assert found[1].message("de") == (
        "Hubert de Jenlis soll sich bei „Goldenes Buch“ ins Goldene Buch eintragen, nimmt "
        "aber nicht daran teil (Sa 9. Mai, 11:00–11:20)."
    )


def test_unacknowledged_needs_on_meals_and_visits_are_warnings() -> None:
    lunch = item(
        3, at(9, 12), at(9, 13), kind="meal", title="Mittagessen", member_ids=(FOURE, ZHANG, JENLIS)
    )
    found = world(lunch).check_all()
    assert [(c.kind, c.severity, c.subject) for c in found] == [
        (K.NEEDS_UNACKNOWLEDGED, "warning", "member:1"),
        (K.NEEDS_UNACKNOWLEDGED, "warning", "member:4"),
    ]
    assert found[0].message("de") == (
        "Bei „Mittagessen“ (Sa 9. Mai, 12:00–13:00) sind die Bedürfnisse von Brigitte Fouré "
        "noch nicht bestätigt: Ernährung: vegetarisch."
    )
    assert found[1].message("en").endswith("not yet acknowledged: accessibility: Rollstuhl.")
    assert kinds(world(replace(lunch, needs_acknowledged=True))) == []
    assert kinds(world(replace(lunch, kind="meeting"))) == []


def test_items_ending_before_they_start_or_without_duration() -> None:
    backwards = item(3, at(9, 11), at(9, 10), host_ids=(MAYOR,), title="Pressetermin")
    empty = item(4, at(9, 10, 30), at(9, 10, 30), host_ids=(MAYOR,))
    found = world(backwards, empty).check_all()  # in programme order: by start
    assert [(c.kind, c.severity) for c in found] == [
        (K.ZERO_LENGTH, "error"),
        (K.ENDS_BEFORE_START, "error"),
    ]
    assert found[1].message("de") == (
        "„Pressetermin“ endet (Sa 9. Mai, 10:00) vor seinem Beginn (Sa 9. Mai, 11:00)."
    )
    assert found[0].message("en") == (
        "“Termin 4” has no duration (it starts and ends Sat 9 May, 10:30)."
    )


def test_cancelled_items_are_ignored_and_naive_times_refused() -> None:
    cancelled = replace(MUSEUM_VISIT, status="cancelled")
    assert kinds(world(RECEPTION, cancelled)) == []
    with pytest.raises(ValueError, match="timezone-aware"):
        item(9, datetime(2026, 5, 9, 10), datetime(2026, 5, 9, 11))


def test_times_given_in_utc_are_shown_in_berlin() -> None:
    a = replace(RECEPTION, start=at(9, 10).astimezone(UTC), end=at(9, 11, 30).astimezone(UTC))
    [conflict] = world(a, MUSEUM_VISIT).check_all()
    assert "(Sa 9. Mai, 10:00–11:30 / 10:15–12:00)" in conflict.message("de")
