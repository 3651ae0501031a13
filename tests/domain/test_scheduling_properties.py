"""Property tests: the sweeps agree with the brute-force pairwise reference, and incremental
checks agree with checking everything afresh, on random schedules around a DST change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.scheduling import (
    BERLIN,
    LANE_KINDS,
    Person,
    PlanningRules,
    Schedule,
    ScheduledItem,
    Vehicle,
    Venue,
)
from planner.domain.scheduling.reference import naive_lane_conflicts

# The night of 24/25 October 2026, when Berlin's clocks fall back.
BASE = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)
VENUES = [Venue(1, "Festsaal", 5), Venue(2, "Ratssaal", 8), Venue(3, "Park"), Venue(4, "Büro", 3)]
VEHICLES = [Vehicle(1, "Minibus", 4), Vehicle(2, "Dienstwagen")]
RULES = PlanningRules(travel_minutes={(1, 2): 15, (1, 3): 40, (2, 4): 5}, default_travel_minutes=20)
PEOPLE = [
    Person.member(m, f"Mitglied {m}", ("fr",), dietary="halal" if m == 2 else "")
    for m in range(1, 7)
]
PEOPLE += [
    Person.host(h, f"Gastgeber {h}", ("de",) if h != 4 else ("de", "fr")) for h in range(1, 5)
]

ids = st.lists(st.integers(1, 6), max_size=4, unique=True).map(tuple)
# Nearly every item has a host from a small pool, so lanes are shared and journeys common.
few_hosts = st.lists(st.integers(1, 3), min_size=1, max_size=2, unique=True).map(tuple)


any_length = st.integers(-2, 30)  # in 5 minutes; some empty or backwards


@st.composite
def items(
    draw: st.DrawFn, ident: int, hours: int = 14, lengths: st.SearchStrategy[int] = any_length
) -> ScheduledItem:
    start = BASE + timedelta(minutes=5 * draw(st.integers(0, 12 * hours)))
    length = timedelta(minutes=5 * draw(lengths))
    zone = draw(st.sampled_from([UTC, BERLIN]))
    return ScheduledItem(
        ident,
        kind=draw(st.sampled_from(["meeting", "meal", "visit", "golden_book"])),
        title=f"Termin {ident}",
        start=start.astimezone(zone),
        end=(start + length).astimezone(zone),
        venue_id=draw(st.sampled_from([None, 1, 2, 3, 4])),
        vehicle_id=draw(st.sampled_from([None, None, 1, 2])),
        member_ids=draw(ids),
        host_ids=draw(few_hosts),
        interpreter_ids=draw(st.lists(st.integers(1, 4), max_size=1).map(tuple)),
        driver_ids=draw(st.lists(st.integers(1, 4), max_size=1).map(tuple)),
        signer_member_ids=draw(st.lists(st.integers(1, 6), max_size=1).map(tuple)),
        status=draw(st.sampled_from(["planned", "planned", "planned", "done", "cancelled"])),
    )


# Dense programmes (a few hours) make neighbours, journeys and full rooms common; sparse ones
# (a long day) make lanes with long gaps and lone long items.
spans = st.sampled_from([2, 5, 14])


@st.composite
def programmes(
    draw: st.DrawFn, max_items: int = 24, hours: int | None = None
) -> list[ScheduledItem]:
    hours = hours or draw(spans)
    # Programmes of equal slots (all 60 minutes) make the longest item of a lane common, the
    # case in which the window behind an edit is tightest.
    lengths = draw(st.sampled_from([any_length, st.just(draw(st.integers(1, 30)))]))
    count = draw(st.integers(0, max_items))
    return [draw(items(i, hours, lengths)) for i in range(1, count + 1)]


def next_to(
    item: ScheduledItem, programme: list[ScheduledItem], data: st.DataObject
) -> ScheduledItem:
    """Often put `item` just after another item ends (or just before it starts), where
    journeys are too short and windows around an edit matter; random times rarely do."""
    if not programme or not data.draw(st.booleans()):
        return item
    other = data.draw(st.sampled_from(programme))
    gap = timedelta(minutes=5 * data.draw(st.integers(-9, 9)))
    length = other.end - other.start if data.draw(st.booleans()) else item.end - item.start
    start = other.end + gap if data.draw(st.booleans()) else other.start - length + gap
    return replace(item, start=start, end=start + length)


def schedule_of(programme: list[ScheduledItem]) -> Schedule:
    return Schedule(programme, people=PEOPLE, venues=VENUES, vehicles=VEHICLES, rules=RULES)


def identities(conflicts: list) -> set:  # type: ignore[type-arg]
    return {c.identity for c in conflicts}


@settings(max_examples=300, deadline=None)
@given(programmes())
def test_lane_conflicts_equal_the_pairwise_reference(programme: list[ScheduledItem]) -> None:
    found = schedule_of(programme).check_all()
    engine = {c.identity for c in found if c.kind in LANE_KINDS}
    assert engine == naive_lane_conflicts(programme, venues=VENUES, rules=RULES)
    for conflict in found:  # every sentence renders, in both languages
        assert conflict.message("de") and conflict.message("en")


@settings(max_examples=150, deadline=None)
@given(programmes(max_items=12), st.data())
def test_check_item_equals_a_fresh_full_check(
    programme: list[ScheduledItem], data: st.DataObject
) -> None:
    schedule = schedule_of(programme)
    edited = data.draw(items(data.draw(st.integers(1, len(programme) + 1)), hours=5))
    edited = next_to(edited, programme, data)
    expected = {
        c.identity
        for c in schedule_of([it for it in programme if it.id != edited.id] + [edited]).check_all()
        if edited.id in c.item_ids
    }
    assert identities(schedule.check_item(edited)) == expected


@settings(max_examples=120, deadline=None)
@given(programmes(max_items=12), st.data())
def test_edits_keep_the_known_conflicts_right(
    programme: list[ScheduledItem], data: st.DataObject
) -> None:
    schedule = schedule_of(programme)
    current = {it.id: it for it in programme}
    known = identities(schedule.check_all())
    for _ in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["move", "new", "remove"]))
        if action == "remove" and current:
            ident = data.draw(st.sampled_from(sorted(current)))
            changes = schedule.remove(ident)
            del current[ident]
        elif action == "move" and current:
            old = current[data.draw(st.sampled_from(sorted(current)))]
            shift = timedelta(minutes=5 * data.draw(st.integers(-30, 30)))
            moved = replace(
                old,
                start=old.start + shift,
                end=old.end + shift,
                venue_id=data.draw(st.sampled_from([None, 1, 2, 3, 4])),
            )
            changes = schedule.replace(moved)
            current[moved.id] = moved
        else:
            new = data.draw(items(max(current, default=0) + 1, hours=5))
            new = next_to(new, list(current.values()), data)
            changes = schedule.replace(new)
            current[new.id] = new
        now = identities(schedule.conflicts())
        assert now == identities(schedule_of(list(current.values())).check_all())
        assert identities(list(changes.added)) == now - known
        assert identities(list(changes.removed)) == known - now
        known = now
