"""The index build: every lane must hold exactly the items on it, in lane order, and the
single-item placement (used by checks and edits) must name the same lanes as the build."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.scheduling import Schedule, ScheduledItem
from planner.domain.scheduling.lanes import (
    HOST_LANE,
    MEMBER_LANE,
    VEHICLE_LANE,
    VENUE_LANE,
    Entry,
    LaneKey,
    lane_key,
)
from planner.domain.scheduling.schedule import _lane_keys
from tests.domain.test_scheduling_properties import BASE, VENUES, items, programmes, schedule_of

CAPACITY_LIMITED = {venue.id for venue in VENUES if venue.capacity is not None}


def expected_lanes(programme: list[ScheduledItem]) -> dict[LaneKey, list[Entry]]:
    """Every lane the plain way: each item that takes time, on each lane it names."""
    lanes: dict[LaneKey, list[Entry]] = {}
    for item in programme:
        start, end = item.start.timestamp(), item.end.timestamp()
        if item.status == "cancelled" or end <= start:
            continue
        members = frozenset(lane_key(MEMBER_LANE, m) for m in item.member_ids)
        entry = (start, item.id, end, item.venue_id, item.head_count, members)
        keys = set(members)
        keys |= {lane_key(HOST_LANE, h) for h in item.host_ids}
        keys |= {lane_key(HOST_LANE, h) for h in item.interpreter_ids + item.driver_ids}
        if item.vehicle_id is not None:
            keys.add(lane_key(VEHICLE_LANE, item.vehicle_id))
        if item.venue_id in CAPACITY_LIMITED:
            keys.add(lane_key(VENUE_LANE, item.venue_id))
        for key in keys:
            lanes.setdefault(key, []).append(entry)
    return {key: sorted(lane) for key, lane in lanes.items()}


def built_lanes(schedule: Schedule) -> dict[LaneKey, list[Entry]]:
    lanes = {key: list(lane) for key, lane in schedule._lanes.items() if lane}
    for key in schedule._parties.party_of:
        lanes[key] = schedule._parties.member_lane(key)
    return lanes


# Someone listed more than once on an item: as host and interpreter, as driver too, or twice
# in one list; each must still be on their lane once and counted once.
repeated_people = st.sampled_from(
    [
        {"host_ids": (1,), "interpreter_ids": (1,)},
        {"host_ids": (1, 2), "interpreter_ids": (2,), "driver_ids": (2,)},
        {"host_ids": (3,), "driver_ids": (3,)},
        {"host_ids": (1, 1), "interpreter_ids": (4, 4)},
        {"interpreter_ids": (4,), "driver_ids": (4,)},
    ]
)


@st.composite
def programmes_with_repeats(draw: st.DrawFn) -> list[ScheduledItem]:
    programme = draw(programmes())
    return [
        replace(item, **draw(repeated_people)) if draw(st.booleans()) else item
        for item in programme
    ]


@settings(max_examples=300, deadline=None)
@given(st.one_of(programmes(), programmes_with_repeats()))
def test_the_build_puts_every_item_on_exactly_its_lanes(programme: list[ScheduledItem]) -> None:
    schedule = schedule_of(programme)
    assert built_lanes(schedule) == expected_lanes(programme)
    for item in programme:
        placed = schedule._placement(item)
        if placed is None:
            assert item.id not in schedule._entries
            continue
        assert placed[0] == schedule._entries[item.id]
        assert sorted(_lane_keys(placed)) == sorted(set(_lane_keys(placed)))
        on = {key for key, lane in built_lanes(schedule).items() if placed[0] in lane}
        assert set(_lane_keys(placed)) == on


@settings(max_examples=100, deadline=None)
@given(items(1), repeated_people)
def test_someone_listed_twice_is_on_their_lane_once(
    item: ScheduledItem, people: dict[str, tuple[int, ...]]
) -> None:
    # Computed in UTC: wall-clock arithmetic across the DST change could make it empty.
    end = item.start.astimezone(UTC) + timedelta(minutes=30)
    item = replace(item, status="planned", end=end, **people)
    schedule = schedule_of([item])
    assert built_lanes(schedule) == expected_lanes([item])
    assert schedule._entries[item.id][4] == item.head_count


def test_an_item_given_twice_is_refused() -> None:
    item = ScheduledItem(1, "meeting", "Termin", BASE, BASE + timedelta(hours=1))
    with pytest.raises(ValueError, match="given twice"):
        schedule_of([item, item])
