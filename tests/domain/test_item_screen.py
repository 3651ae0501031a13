"""The batch check of items on their own (`check_items_alone`): its screening may only say
"maybe", so whatever it is given, it must report exactly what the single-item check finds.

Here one directory serves many programmes, as in a full check of a long archive: its caches
per member tuple fill up across items and must never answer for the wrong members.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.scheduling import (
    ConflictKind,
    Person,
    PlanningRules,
    ScheduledItem,
    Stay,
    Trip,
    Vehicle,
    Venue,
)
from planner.domain.scheduling.directory import Directory
from planner.domain.scheduling.item_rules import check_item_alone, check_items_alone
from planner.domain.scheduling.lanes import Entry

BASE = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
# Language sets that overlap in every way: one language, two, shared ones, none at all.
MEMBER_LANGUAGES: dict[int, tuple[str, ...]] = {
    1: ("fr",),
    2: ("fr", "en"),
    3: ("pl",),
    4: ("zh",),
    5: (),
    6: ("en",),
    7: ("pl", "ru"),
    8: ("fr",),
    9: (),
}
PEOPLE = [
    Person.member(
        m,
        f"Mitglied {m}",
        MEMBER_LANGUAGES[m],
        arrival=BASE + 3 * HOUR if m == 3 else None,
        departure=BASE + 9 * HOUR if m == 4 else None,
        dietary="vegetarisch" if m == 5 else "",
    )
    for m in MEMBER_LANGUAGES
]
PEOPLE += [
    Person.host(1, "Westphal", ("de", "en")),
    Person.host(2, "Brunsing", ("de", "fr")),
    Person.host(3, "Kowalska", ("de", "pl"), "interpreter", accessibility="Rollstuhl"),
    Person.host(4, "Schmidt", (), "driver"),
    Person.host(5, "Li", ("zh", "ru"), "interpreter"),
]
STAYS = [
    Stay(1, BASE + 2 * HOUR, BASE + 10 * HOUR, "Amiens"),
    Stay(2, None, BASE + 6 * HOUR, "Xi'an"),
    Stay(3, BASE + HOUR, None),
    Stay(4),
]
VENUES = [Venue(1, "Festsaal", 6), Venue(2, "Park"), Venue(3, "Zimmer", 2)]
VEHICLES = [Vehicle(1, "Minibus", 3), Vehicle(2, "Dienstwagen")]

# Trips abroad: hosts 1, 3 and the unknown 6 are away for a while; items of delegations 4 and 5
# are those trips' own programme.
TRIPS = [Trip(4, BASE + 4 * HOUR, BASE + 7 * HOUR, (1,), "Reise A"),
         Trip(5, BASE + 6 * HOUR, BASE + 20 * HOUR, (3, 6), "Reise B")]

# Shared by every example on purpose (see the module docstring).
DIRECTORY = Directory(PEOPLE, VENUES, VEHICLES, STAYS, PlanningRules(), TRIPS)

# Members 10 and hosts 6 are known to no directory; tuples may repeat a member.
people_ids = st.lists(st.integers(1, 10), max_size=5).map(tuple)
host_side_ids = st.lists(st.integers(1, 6), max_size=2).map(tuple)


@st.composite
def items(draw: st.DrawFn, ident: int, member_tuples: list[tuple[int, ...]]) -> ScheduledItem:
    start = BASE + timedelta(minutes=30 * draw(st.integers(0, 24)))
    return ScheduledItem(
        ident,
        kind=draw(st.sampled_from(["meeting", "meal", "visit", "golden_book", "transfer"])),
        title=f"Termin {ident}",
        start=start,
        end=start + timedelta(minutes=30 * draw(st.integers(1, 8))),
        delegation_ids=draw(st.lists(st.integers(1, 5), max_size=2).map(tuple)),
        venue_id=draw(st.sampled_from([None, 1, 2, 3, 4])),
        vehicle_id=draw(st.sampled_from([None, 1, 2, 3])),
        # Equal member tuples, as distinct objects, recur as in a delegation's programme.
        member_ids=tuple(draw(st.sampled_from(member_tuples))),
        host_ids=draw(host_side_ids),
        interpreter_ids=draw(host_side_ids),
        signer_member_ids=draw(st.lists(st.integers(1, 10), max_size=1).map(tuple)),
        signer_host_ids=draw(st.lists(st.integers(1, 6), max_size=1).map(tuple)),
        needs_acknowledged=draw(st.booleans()),
    )


def entry_of(item: ScheduledItem) -> Entry:
    start, end = item.start.timestamp(), item.end.timestamp()
    return (start, item.id, end, item.venue_id, item.head_count, frozenset(item.member_ids))


@settings(max_examples=150, deadline=None)
@given(st.lists(people_ids, min_size=1, max_size=4), st.data())
def test_the_batch_finds_what_each_item_has_on_its_own(
    member_tuples: list[tuple[int, ...]], data: st.DataObject
) -> None:
    programme = [data.draw(items(ident, member_tuples)) for ident in range(1, 16)]
    placed = [(item, entry_of(item)) for item in programme]
    batch = {i: [c.identity for c in found] for i, found in check_items_alone(placed, DIRECTORY)}
    each = {it.id: [c.identity for c in check_item_alone(it, DIRECTORY)] for it in programme}
    assert batch == {i: found for i, found in each.items() if found}


def test_languages_are_judged_by_everyone_on_the_hosts_side_together() -> None:
    d = Directory(PEOPLE, VENUES, VEHICLES, STAYS, PlanningRules())

    def missing(members: tuple[int, ...], hosts: tuple[int, ...], interpreters: tuple[int, ...]):
        item = ScheduledItem(
            1, "meeting", "Gespräch", BASE + 3 * HOUR, BASE + 4 * HOUR,
            member_ids=members, host_ids=hosts, interpreter_ids=interpreters,
            needs_acknowledged=True,
        )  # fmt: skip
        found = dict(check_items_alone([(item, entry_of(item))], d)).get(1, [])
        assert [c.identity for c in found] == [c.identity for c in check_item_alone(item, d)]
        return sorted(c.subject for c in found if c.kind is ConflictKind.MISSING_INTERPRETER)

    # Members 1 (fr), 2 (fr, en), 3 (pl), 4 (zh), 5 (none recorded).
    assert missing((1, 2, 3, 4, 5), (1,), ()) == ["member:1", "member:3", "member:4"]
    assert missing((1, 2, 3, 4, 5), (1,), (3,)) == ["member:1", "member:4"]  # pl and en
    assert missing((1, 2, 3, 4, 5), (2,), (3, 5)) == []  # the interpreters share the work
    assert missing((1, 3), (), (2, 3)) == []  # without hosts the rule does not apply
    assert missing((1, 3), (4,), ()) == []  # nobody's languages recorded: nothing to judge
    assert missing((1, 3), (6,), ()) == []  # someone unknown to the directory: the same
    assert missing((5, 5), (1,), ()) == []  # a member without languages needs nobody
    assert missing((4, 4), (1,), ()) == ["member:4"]  # listed twice, reported once
