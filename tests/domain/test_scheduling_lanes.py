"""The lane sweeps on long lanes against a plain per-lane reference, and the pieces the fast
full check is made of: the lane list, lazy facts, the language masks and the collector
pause. (The screening of items is tested in test_item_screen.py.)

The property tests in test_scheduling_properties.py compare whole schedules with the
pairwise reference, but their lanes are short; here lanes run to hundreds of entries, so the
sweep switches many times between its simple loop and the tangled stretches.
"""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.scheduling import (
    Conflict,
    ConflictKind,
    Person,
    PlanningRules,
    ScheduledItem,
    Stay,
    Vehicle,
    Venue,
    sort_conflicts,
)
from planner.domain.scheduling.conflicts import LazyFacts
from planner.domain.scheduling.directory import SPEAKS, Directory
from planner.domain.scheduling.findings import cyclic_gc_paused
from planner.domain.scheduling.lanes import (
    OVERBOOKED,
    OVERLAP,
    TRAVEL,
    Entry,
    JourneyTable,
    Lane,
    sweep_capacity,
    sweep_exclusive,
)
from tests.domain.test_scheduling_properties import identities, programmes, schedule_of
from tests.domain.test_scheduling_properties import items as programme_items

JOURNEYS = JourneyTable({(1, 2): 15, (1, 3): 40, (2, 3): 5}, 20)


def naive_exclusive(lane: list[Entry], journeys: JourneyTable) -> set[tuple[object, ...]]:
    """Every overlapping pair, and the journey to each entry from its predecessor (the entry
    with the latest (end, id) that ended by its start), found by looking at all of them."""
    found: set[tuple[object, ...]] = set()
    for i, e in enumerate(lane):
        before = lane[:i]
        found.update((e[0], OVERLAP, (a, e), 0) for a in before if a[2] > e[0])
        ended = [a for a in before if a[2] <= e[0]]
        if ended:
            last = max(ended, key=lambda a: (a[2], a[1]))
            if last[3] is not None and e[3] is not None and last[3] != e[3]:
                need = journeys.need(last[3], e[3])
                if e[0] - last[2] < need:
                    found.add((e[0], TRAVEL, (last, e), round(need / 60)))
    return found


def naive_capacity(lane: list[Entry], capacity: int) -> set[tuple[object, ...]]:
    """At every distinct start, the entries running then, if they need too many seats."""
    found: set[tuple[object, ...]] = set()
    for s in sorted({e[0] for e in lane}):
        running = tuple(e for e in lane if e[0] <= s < e[2])
        load = sum(e[4] for e in running)
        if len(running) > 1 and load > capacity:
            found.add((s, OVERBOOKED, running, load))
    return found


steps = st.tuples(
    # Minutes after the end of the last item; one in four starts before it (a clash).
    st.sampled_from([0, 0, 5, 15, 15, 30, 30, 60, 60, -10, -60, -120]),
    st.sampled_from([5, 15, 30, 60, 90, 240]),  # length in minutes
    st.sampled_from([None, 1, 2, 3, 4]),  # venue
    st.integers(1, 6),  # head count
)


@st.composite
def lanes(draw: st.DrawFn) -> list[Entry]:
    """A long lane: mostly one item after the other with gaps of 0-60 minutes, with bursts
    of overlapping items (double bookings, long items over several short ones)."""
    entries: list[Entry] = []
    at = 0.0
    drawn = draw(st.lists(steps, min_size=20, max_size=150))
    for ident, (step, minutes, venue, head) in enumerate(drawn):
        at = max(0.0, at + step * 60.0)
        entries.append((at, ident, at + minutes * 60.0, venue, head))
        if step >= 0:
            at += minutes * 60.0
    return sorted(entries)


@settings(max_examples=200, deadline=None)
@given(lanes())
def test_the_one_pass_sweep_equals_looking_at_every_pair(lane: list[Entry]) -> None:
    found = sweep_exclusive(lane, JOURNEYS)
    assert len(found) == len(set(found))
    assert set(found) == naive_exclusive(lane, JOURNEYS)


@settings(max_examples=150, deadline=None)
@given(lanes(), st.integers(1, 12))
def test_the_seat_sweep_equals_counting_at_every_start(lane: list[Entry], capacity: int) -> None:
    found = sweep_capacity(lane, capacity)
    assert len(found) == len(set(found))
    assert set(found) == naive_capacity(lane, capacity)


def test_a_lane_is_a_sorted_list_that_finds_its_windows() -> None:
    lane = Lane([(0.0, 1, 60.0, None, 1), (100.0, 2, 400.0, None, 1)])
    lane.add((50.0, 3, 70.0, None, 1))
    assert [e[1] for e in lane] == [1, 3, 2]
    assert lane.longest == 300.0
    assert [e[1] for e in lane.window(0.0, 100.0)] == [1, 3]
    lane.discard((100.0, 2, 400.0, None, 1))
    lane.discard((100.0, 2, 400.0, None, 1))  # already gone: nothing happens
    assert [e[1] for e in lane] == [1, 3]
    assert lane.longest == 300.0  # never shrinks: windows only get wider


def test_facts_are_built_once_when_first_read() -> None:
    calls: list[int] = []

    def build(a: int, b: int) -> dict[str, object]:
        calls.append(1)
        return {"a": a, "b": b, "first_start": 5.0}

    facts = LazyFacts(build, 1, 2)
    assert calls == []
    assert facts["a"] == 1 and dict(facts) == {"a": 1, "b": 2, "first_start": 5.0}
    assert len(facts) == 3 and "b" in facts and facts.get("c") is None
    assert calls == [1]


def test_conflicts_sort_by_first_start_given_or_taken_from_the_facts() -> None:
    k = ConflictKind
    late = Conflict(k.ZERO_LENGTH, (3,), "item:3", {"first_start": 30.0})
    early = Conflict(k.ZERO_LENGTH, (1,), "item:1", LazyFacts(dict), 10.0)
    same = Conflict(k.ENDS_BEFORE_START, (2,), "item:2", {"first_start": 10})
    assert late.first_start == 30.0 and same.first_start == 10.0
    assert sort_conflicts([late, early, same]) == [same, early, late]
    assert Conflict(k.ZERO_LENGTH, (1,), "item:1") == early  # identity ignores the facts


def test_bulk_work_pauses_the_collector_and_moves_nothing_of_the_process() -> None:
    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            gc.collect()
            young = [[]]  # someone else's object, not yet old
            with cyclic_gc_paused():
                assert not gc.isenabled()
            assert gc.isenabled() is enabled
            # Moving the whole heap to the oldest generation (gc.freeze() and unfreeze())
            # crashed the collector in the desktop application.
            assert not any(o is young for o in gc.get_objects(generation=2))
    finally:
        (gc.enable if was_enabled else gc.disable)()


BASE = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)
PEOPLE = [
    Person.member(1, "Fouré", ("fr",), dietary="vegetarisch"),
    Person.member(2, "Jenlis", ("fr", "en")),
    Person.member(3, "Sutryk", ("pl",), arrival=BASE + timedelta(hours=3)),
    Person.member(4, "Zhang", ("zh",), departure=BASE + timedelta(hours=9)),
    Person.member(5, "Ohne Sprache"),
    Person.host(1, "Westphal", ("de", "en")),
    Person.host(2, "Brunsing", ("de", "fr")),
    Person.host(3, "Kowalska", ("de", "pl"), "interpreter", accessibility="Rollstuhl"),
    Person.host(4, "Schmidt", (), "driver"),
]
VENUES = [Venue(1, "Festsaal", 6), Venue(2, "Park"), Venue(3, "Zimmer", 2)]
VEHICLES = [Vehicle(1, "Minibus", 3), Vehicle(2, "Dienstwagen")]
STAYS = [
    Stay(1, BASE + timedelta(hours=2), BASE + timedelta(hours=10), "Amiens"),
    Stay(2, None, BASE + timedelta(hours=6), "Xi'an"),
    Stay(3),
]


def directory() -> Directory:
    return Directory(PEOPLE, VENUES, VEHICLES, STAYS, PlanningRules())


def test_who_can_talk_with_which_members_and_who_has_an_own_stay() -> None:
    d = directory()
    languages = d.languages
    assert languages is d.languages  # built once
    fr, fr_en, pl, zh = (languages.group_bits[m] for m in (1, 2, 3, 4))
    assert len({fr, fr_en, pl, zh}) == 4 and 5 not in languages.group_bits  # none recorded
    assert not (fr | fr_en | pl | zh) & SPEAKS
    # Westphal (de, en) talks with fr/en, Brunsing (de, fr) with fr and fr/en, Kowalska
    # (de, pl) with pl; nobody with zh; Schmidt has no languages recorded.
    assert languages.covers == {1: SPEAKS | fr_en, 2: SPEAKS | fr | fr_en, 3: SPEAKS | pl}
    assert d.member_windows == {
        3: ((BASE + timedelta(hours=3)).timestamp(), float("inf")),
        4: (float("-inf"), (BASE + timedelta(hours=9)).timestamp()),
    }


@settings(max_examples=100, deadline=None)
@given(programmes(max_items=12), st.data())
def test_a_full_check_after_edits_equals_a_fresh_one(
    programme: list[ScheduledItem], data: st.DataObject
) -> None:
    """The schedule keeps which items need their own rules checked through edits (items
    moved, cancelled, made empty, added, removed)."""
    schedule = schedule_of(programme)
    schedule.check_all()
    current = {it.id: it for it in programme}
    for _ in range(data.draw(st.integers(1, 6))):
        if current and data.draw(st.booleans()):
            ident = data.draw(st.sampled_from(sorted(current)))
            schedule.remove(ident)
            del current[ident]
        else:
            ident = data.draw(st.integers(1, len(programme) + 2))
            current[ident] = data.draw(programme_items(ident, hours=5))
            schedule.replace(current[ident])
    fresh = schedule_of(list(current.values())).check_all()
    assert identities(schedule.check_all()) == identities(fresh)
