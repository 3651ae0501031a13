"""Times as instants: the DST changes of 2026 in Europe/Berlin and items across midnight."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from planner.domain.scheduling import ConflictKind, span_label
from tests.domain.test_scheduling_rules import (
    FESTSAAL,
    HALLS,
    MAYOR,
    MINIBUS,
    at,
    item,
    kinds,
    world,
)

K = ConflictKind


def test_spring_forward_counts_real_minutes_for_travel() -> None:
    # 29 March 2026: 02:00 CET jumps to 03:00 CEST. Wall clocks show 75 minutes between
    # 01:50 and 03:05, but only 15 real minutes pass; Festsaal → Westfalenhallen takes 25.
    a = item(1, at(29, 1, month=3), at(29, 1, 50, month=3), venue_id=FESTSAAL, host_ids=(MAYOR,))
    b = item(2, at(29, 3, 5, month=3), at(29, 4, month=3), venue_id=HALLS, host_ids=(MAYOR,))
    [conflict] = world(a, b).check_all()
    assert conflict.kind is K.TRAVEL_TIME
    assert conflict.facts["gap"] == 15
    assert "nur 15 Minuten" in conflict.message("de")
    assert "So 29. März, 01:50" in conflict.message("de")


def test_spring_forward_overlap_and_touching() -> None:
    # 01:30 CET–03:15 CEST lasts 45 minutes; an item from 03:00 CEST overlaps it.
    a = item(1, at(29, 1, 30, month=3), at(29, 3, 15, month=3), host_ids=(MAYOR,))
    b = item(2, at(29, 3, month=3), at(29, 4, month=3), host_ids=(MAYOR,))
    c = item(3, at(29, 3, 15, month=3), at(29, 4, month=3), host_ids=(MAYOR,))
    assert kinds(world(a, b)) == [(K.PERSON_DOUBLE_BOOKED, (1, 2), "host:1")]
    assert kinds(world(a, c)) == []


def test_fall_back_the_repeated_hour_is_told_apart_by_fold() -> None:
    # 25 October 2026: 03:00 CEST falls back to 02:00 CET, so 02:00–02:59 happens twice.
    # Python compares two datetimes with the same tzinfo by wall clock, ignoring fold; the
    # engine must compare instants instead.
    first_0230 = at(25, 2, 30, month=10, fold=0)  # 00:30 UTC
    second_0215 = at(25, 2, 15, month=10, fold=1)  # 01:15 UTC
    assert second_0215 < first_0230  # the trap the engine has to avoid
    a = item(1, at(25, 1, 30, month=10), first_0230, host_ids=(MAYOR,), venue_id=FESTSAAL)
    b = item(2, second_0215, at(25, 3, month=10), host_ids=(MAYOR,), venue_id=HALLS)
    assert kinds(world(a, b)) == []  # 45 real minutes between them, 25 needed
    # 02:00 (first) to 02:10 (second) lasts 70 minutes and overlaps a, not b.
    c = item(3, at(25, 2, month=10), at(25, 2, 10, month=10, fold=1), host_ids=(MAYOR,))
    assert kinds(world(a, b, c)) == [(K.PERSON_DOUBLE_BOOKED, (1, 3), "host:1")]


def test_a_vehicle_across_the_fall_back_hour() -> None:
    night_ride = item(
        1,
        at(25, 1, 45, month=10),
        at(25, 2, 20, month=10, fold=1),
        kind="transfer",
        vehicle_id=MINIBUS,
    )
    second = item(
        2,
        at(25, 2, 5, month=10, fold=1),
        at(25, 2, 40, month=10, fold=1),
        kind="transfer",
        vehicle_id=MINIBUS,
    )
    assert kinds(world(night_ride, second)) == [(K.VEHICLE_DOUBLE_BOOKED, (1, 2), "vehicle:1")]
    after = replace(second, start=at(25, 2, 20, month=10, fold=1), end=at(25, 3, month=10))
    assert kinds(world(night_ride, after)) == []
    [conflict] = world(night_ride, second).check_all()
    assert conflict.message("de").endswith(
        "(So 25. Oktober, 01:45–02:20 MEZ / 02:05 MEZ–02:40 MEZ)."
    )


def test_items_spanning_midnight() -> None:
    party = item(1, at(9, 22), at(10, 1), host_ids=(MAYOR,), title="Festivalnacht")
    late = item(2, at(10, 0, 30), at(10, 2), host_ids=(MAYOR,), title="Nachtwächterführung")
    [conflict] = world(party, late).check_all()
    assert conflict.message("de") == (
        "Oberbürgermeister Thomas Westphal ist gleichzeitig in „Festivalnacht“ und "
        "„Nachtwächterführung“ eingeplant (Sa 9. Mai, 22:00 – So 10. Mai, 01:00 / "
        "So 10. Mai, 00:30–02:00)."
    )
    morning = item(3, at(10, 1), at(10, 2), host_ids=(MAYOR,))
    assert kinds(world(party, morning)) == []


def test_labels_are_in_berlin_time_whatever_the_zone_given() -> None:
    start = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    end = start + timedelta(hours=1)  # 02:30 CET, the second time round
    assert span_label(start, end, "de") == "So 25. Oktober, 02:30 MESZ–02:30 MEZ"
    assert span_label(start, end, "en") == "Sun 25 October, 02:30 CEST–02:30 CET"
