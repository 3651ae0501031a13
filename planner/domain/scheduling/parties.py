"""Members who share items, swept together as one lane: a party.

A delegation's members mostly share their items, so their own lanes hold the same entries
ten times over, and sweeping them one by one did the same work ten times (and filling them
took half a million appends for the ten-year archive). A party is the set of members linked
by shared items: a delegation, or several joined by a joint item. Its lane holds each of its
items once (an entry carries its member lanes), and one sweep finds what every member's own
lane would: two items overlap for a member when both list the member, and the journey to an
item is checked from each member's predecessor, the item with the latest (end, id) among that
member's items that ended by then — the same definitions as `sweep_exclusive`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter

from planner.domain.scheduling.lanes import (
    OVERLAP,
    TRAVEL,
    Entry,
    Finding,
    JourneyTable,
    LaneKey,
)

_end_and_id = itemgetter(2, 1)


class Parties:
    """Members linked by shared items, and each party's lane.

    `lane_of` gives the party lane's append for each member set; fill the lanes in lane
    order, (start, id).
    """

    def __init__(self, member_sets: Iterable[frozenset[LaneKey]]) -> None:
        member_sets = [members for members in member_sets if members]
        self.party_of = _link(member_sets)
        count = max(self.party_of.values(), default=-1) + 1
        self.lanes: list[list[Entry]] = [[] for _ in range(count)]
        # Every member of a set is in the same party: one look-up per distinct set.
        party_of, lanes = self.party_of, self.lanes
        self.lane_of: dict[frozenset[LaneKey], Callable[[Entry], None]] = {
            members: lanes[party_of[next(iter(members))]].append for members in member_sets
        }

    def member_lane(self, key: LaneKey) -> list[Entry]:
        """The entries on one member's own lane, in lane order."""
        party = self.party_of.get(key)
        if party is None:
            return []
        return [entry for entry in self.lanes[party] if key in entry[5]]


def _link(member_sets: Iterable[frozenset[LaneKey]]) -> dict[LaneKey, int]:
    """The party of every member: members on one item are in one party, and parties that
    share a member are one. Parties are numbered 0, 1, … without gaps."""
    owner: dict[LaneKey, int] = {}
    groups: list[set[LaneKey]] = []
    for members in member_sets:
        # Usually the members of a set are already one party, or all new: one test each.
        party = owner.get(next(iter(members)))
        if party is not None and members <= groups[party]:
            continue
        if party is None and owner.keys().isdisjoint(members):
            owner.update(dict.fromkeys(members, len(groups)))
            groups.append(set(members))
            continue
        found = set(map(owner.get, members))
        found.discard(None)
        # Merging the smaller parties into the largest relabels each member O(log n) times.
        target = max(found, key=lambda party: len(groups[party]))
        for party in found:
            if party != target:
                moved, groups[party] = groups[party], set()
                groups[target] |= moved
                owner.update(dict.fromkeys(moved, target))
        groups[target] |= members
        owner.update(dict.fromkeys(members, target))
    numbers: dict[int, int] = {}
    for party, members in enumerate(groups):
        if members:
            numbers[party] = len(numbers)
    return {key: numbers[party] for key, party in owner.items()}


def sweep_party(lane: list[Entry], journeys: JourneyTable) -> list[tuple[LaneKey, Finding]]:
    """Overlaps and too-short journeys on every member's lane of one party, in one pass:
    (member lane, finding) pairs, each finding exactly as `sweep_exclusive` on that member's
    own lane would give it.

    Most items follow the previous one with all of its members and overlap nothing, so the
    usual step is a few comparisons and one subset test for the whole party.
    """
    found: list[tuple[LaneKey, Finding]] = []
    seconds, default, longest = journeys.seconds, journeys.default, journeys.longest
    ended: list[Entry] = []  # by (end, id): every batch that ends ends after the last one
    rest = iter(lane)
    running = next(rest, None)  # outside tangles, the one item still running
    while running is not None:
        for e in rest:
            s = e[0]
            if s < running[2]:
                break
            ended.append(running)
            gap = s - running[2]
            if gap < longest and e[3] is not None:  # else no journey can be too short
                members = e[5]
                if members <= running[5]:  # the hot path: one predecessor for everyone
                    there, here = running[3], e[3]
                    if there is not None and here != there:
                        need = seconds.get((there, here), default)
                        if gap < need:
                            finding = (s, TRAVEL, (running, e), round(need / 60))
                            found += [(key, finding) for key in members]
                else:
                    _check_journeys(e, ended, journeys, found)
            running = e
        else:
            break
        running = _sweep_tangle([running], e, ended, rest, journeys, found)
    return found


def _sweep_tangle(
    active: list[Entry],
    e: Entry,
    ended: list[Entry],
    rest: Iterator[Entry],
    journeys: JourneyTable,
    found: list[tuple[LaneKey, Finding]],
) -> Entry | None:
    """Sweep with the set of running items from `e` (which overlaps them) until only one
    item runs again, and return it (None at the end of the lane). Items running at once
    conflict only for the members they share: a party often splits up for an afternoon."""
    while True:
        s, members = e[0], e[5]
        done = [a for a in active if a[2] <= s]
        if done:
            active = [a for a in active if a[2] > s]
            ended += sorted(done, key=_end_and_id)
        for a in active:
            for key in members & a[5]:
                found.append((key, (s, OVERLAP, (a, e), 0)))
        if ended and e[3] is not None:
            _check_journeys(e, ended, journeys, found)
        active.append(e)
        if len(active) == 1:
            return e
        following = next(rest, None)
        if following is None:
            return None
        e = following


def _check_journeys(
    e: Entry, ended: list[Entry], journeys: JourneyTable, found: list[tuple[LaneKey, Finding]]
) -> None:
    """Too-short journeys to `e` from each of its members' predecessors: walk back through
    the items that ended, latest first, until every member has one or the gap is long enough
    for any journey."""
    s, here, left = e[0], e[3], e[5]
    for before in reversed(ended):
        gap = s - before[2]
        if gap >= journeys.longest:
            return
        theirs = before[5]
        hit = left if left <= theirs else left & theirs
        if hit:
            there = before[3]
            if there is not None and here != there:
                need = journeys.need(there, here)
                if gap < need:
                    finding = (s, TRAVEL, (before, e), round(need / 60))
                    found += [(key, finding) for key in hit]
            if hit is left:
                return
            left = left - hit
