"""Parties: members who share items, swept as one lane, must find exactly what each member's
own lane would; and the member lanes an edit needs, taken from the parties, must stay right
through edits and a later full check."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.scheduling import ScheduledItem
from planner.domain.scheduling.lanes import Entry, JourneyTable, lane_key, sweep_exclusive
from planner.domain.scheduling.parties import Parties, sweep_party
from tests.domain.test_scheduling_lanes import steps
from tests.domain.test_scheduling_properties import identities, items, next_to, schedule_of

JOURNEYS = JourneyTable({(1, 2): 15, (1, 3): 40, (2, 3): 5}, 20)
MEMBERS = [lane_key(0, m) for m in range(1, 6)]
# Mostly the whole party, sometimes a part of it: a delegation that splits up for a while.
member_sets = st.one_of(
    st.just(frozenset(MEMBERS)),
    st.just(frozenset(MEMBERS)),
    st.frozensets(st.sampled_from(MEMBERS), min_size=1, max_size=3),
)


@st.composite
def party_lanes(draw: st.DrawFn) -> list[Entry]:
    entries: list[Entry] = []
    at = 0.0
    drawn = draw(st.lists(st.tuples(steps, member_sets), min_size=2, max_size=80))
    for ident, ((step, minutes, venue, head), members) in enumerate(drawn):
        at = max(0.0, at + step * 60.0)
        entries.append((at, ident, at + minutes * 60.0, venue, head, members))
        if step >= 0 and members == frozenset(MEMBERS):
            at += minutes * 60.0
    return sorted(entries)


@settings(max_examples=300, deadline=None)
@given(party_lanes())
def test_a_party_sweep_finds_what_every_members_own_lane_finds(lane: list[Entry]) -> None:
    found = sweep_party(lane, JOURNEYS)
    assert len(found) == len(set(found))
    each = {
        (key, finding)
        for key in MEMBERS
        for finding in sweep_exclusive([e for e in lane if key in e[5]], JOURNEYS)
    }
    assert set(found) == each


def test_members_on_one_item_are_one_party_and_shared_members_join_parties() -> None:
    one, two, three, four, five, six = (lane_key(0, m) for m in range(1, 7))
    sets = [{one, two}, {four, five}, {three}, {two, three}]
    parties = Parties(map(frozenset, sets))
    assert parties.party_of[one] == parties.party_of[two] == parties.party_of[three]
    assert parties.party_of[four] == parties.party_of[five] != parties.party_of[one]
    assert sorted(parties.party_of.values()) == [0, 0, 0, 1, 1]  # numbered without gaps
    entries = [
        (0.0, 1, 60.0, None, 2, frozenset({one, two})),
        (30.0, 2, 90.0, None, 1, frozenset({three})),
        (60.0, 3, 99.0, None, 2, frozenset({two, three})),
    ]
    for entry in entries:
        parties.lane_of[entry[5]](entry)
    assert [e[1] for e in parties.member_lane(two)] == [1, 3]
    assert [e[1] for e in parties.member_lane(three)] == [2, 3]
    assert parties.member_lane(four) == []
    assert parties.member_lane(six) == []  # on no item at all


@settings(max_examples=120, deadline=None)
@given(st.lists(st.integers(1, 12), min_size=1, max_size=12, unique=True), st.data())
def test_edits_that_move_members_between_items_stay_right_through_a_full_check(
    idents: list[int], data: st.DataObject
) -> None:
    programme = [data.draw(items(ident, hours=5)) for ident in idents]
    schedule = schedule_of(programme)
    current = {it.id: it for it in programme}
    if data.draw(st.booleans()):
        schedule.check_all()
    for _ in range(data.draw(st.integers(1, 6))):
        old = current[data.draw(st.sampled_from(sorted(current)))]
        shift = timedelta(minutes=5 * data.draw(st.integers(-12, 12)))
        edited = next_to(
            replace(
                old,
                start=old.start + shift,
                end=old.end + shift,
                member_ids=data.draw(st.lists(st.integers(1, 6), max_size=4).map(tuple)),
            ),
            list(current.values()),
            data,
        )
        fresh = schedule_of([it for it in current.values() if it.id != edited.id] + [edited])
        expected = identities(fresh.check_all())
        assert identities(schedule.check_item(edited)) == {
            c for c in expected if edited.id in c[1]
        }
        schedule.replace(edited)
        current[edited.id] = edited
        assert identities(schedule.conflicts()) == expected
        if data.draw(st.booleans()):  # a full check groups the members into parties again
            assert identities(schedule.check_all()) == expected


def test_items_starting_together_keep_their_order_when_members_are_grouped_again() -> None:
    # Regrouping after an edit once sorted by start alone; items 3 and 1 then stood in the
    # wrong order on the party's lane, and removing member 1 from item 1 left a conflict.
    at = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)

    def meeting(ident: int, members: tuple[int, ...]) -> ScheduledItem:
        return ScheduledItem(ident, "meeting", f"Termin {ident}", at, at + timedelta(minutes=5),
                             member_ids=members)

    schedule = schedule_of([meeting(2, ()), meeting(1, ()), meeting(3, (1,))])
    schedule.replace(meeting(1, (1,)))
    assert ("person_double_booked", (1, 3), "member:1") in identities(schedule.check_all())
    schedule.replace(meeting(1, ()))
    assert identities(schedule.conflicts()) == set()
