"""Per person, venue and vehicle lanes of items sorted by start, and the sweeps over them.

An entry is a plain tuple (start, item_id, end, venue_id, head_count, member_lanes) with UTC
epoch seconds, so sorting and bisecting cost no attribute look-ups and DST never enters a
comparison. (start, item_id) is unique within a lane, so tuple comparison never reaches the
later fields. `member_lanes` (the lane keys of the item's members, one frozenset shared by all
items with the same member tuple) is what a party's sweep needs (parties.py).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator, Mapping
from operator import itemgetter

Entry = tuple[float, int, float, "int | None", int, frozenset[int]]

# Lane keys are plain ints (id << 2 | kind): half a million of them are built per full check,
# and ints hash and compare far faster than ("member", 7) tuples.
LaneKey = int
MEMBER_LANE, HOST_LANE, VEHICLE_LANE, VENUE_LANE = 0, 1, 2, 3
LANE_NAMES = ("member", "host", "vehicle", "venue")


def lane_key(kind: int, ident: int) -> LaneKey:
    return ident << 2 | kind


def lane_subject(key: LaneKey) -> str:
    """The conflict subject of a lane: "member:7", "host:3", "vehicle:1", "venue:2"."""
    return f"{LANE_NAMES[key & 3]}:{key >> 2}"


_head, _end_and_id = itemgetter(4), itemgetter(2, 1)

OVERLAP = "overlap"
TRAVEL = "travel"
OVERBOOKED = "overbooked"

# (anchor, code, entries involved in chronological order, number): `anchor` is the start of the
# item at which the sweep noticed the problem; `number` is the travel minutes needed or the load.
Finding = tuple[float, str, tuple[Entry, ...], int]


class Lane(list[Entry]):
    """The entries of one person, vehicle or venue, sorted by (start, item id).

    A list itself rather than an object holding one: twenty thousand lanes are built per
    full check, and every extra object is also work for the garbage collector.
    """

    # Longest item ever seen here, computed on first use (a full check never needs it).
    _longest: float | None = None

    @property
    def longest(self) -> float:
        """Bounds how far back an overlapping item can start; never shrunk on removal,
        which only widens, never breaks, later windows."""
        if self._longest is None:
            self._longest = max((e[2] - e[0] for e in self), default=0.0)
        return self._longest

    def add(self, entry: Entry) -> None:
        insort(self, entry)
        if self._longest is not None:
            self._longest = max(self._longest, entry[2] - entry[0])

    def discard(self, entry: Entry) -> None:
        i = bisect_left(self, entry)
        if i < len(self) and self[i] == entry:
            del self[i]

    def window(self, lo: float, hi: float) -> list[Entry]:
        """Entries starting in [lo, hi)."""
        return self[bisect_left(self, (lo,)) : bisect_left(self, (hi,))]


class LaneKeys(dict[int, LaneKey]):
    """The keys of one kind of lane by id, each computed once: a C-level look-up per person
    and item instead of a shift and an or in Python."""

    def __init__(self, kind: int) -> None:
        super().__init__()
        self.kind = kind

    def __missing__(self, ident: int) -> LaneKey:
        key = self[ident] = ident << 2 | self.kind
        return key


class JourneyTable:
    """Seconds needed between two venues, symmetric: a lookup is one dict access."""

    def __init__(self, minutes: Mapping[tuple[int, int], int], default_minutes: int) -> None:
        self.default = default_minutes * 60.0
        self.seconds: dict[tuple[int, int], float] = {}
        for (a, b), value in minutes.items():
            self.seconds[(a, b)] = self.seconds[(b, a)] = value * 60.0
        # No journey takes longer: a gap at least this long needs no look-up.
        self.longest = max([self.default, *self.seconds.values()])

    def need(self, there: int, here: int) -> float:
        """Seconds from one venue to another (different) one."""
        return self.seconds.get((there, here), self.default)


def sweep_exclusive(entries: list[Entry], journeys: JourneyTable) -> list[Finding]:
    """Overlaps and too-short journeys on the lane of a person or a vehicle, in one pass.

    The journey to an item is checked from its predecessor: the item with the latest
    (end, id) that ended by the time it starts. Most lanes never overlap, so the pass runs
    a tight loop while only one item is running and a general sweep for tangled stretches.
    One Python pass beats several C-level map() passes here (measured: twice as fast): a
    lane's entries are shared with other lanes and scattered over the heap, and every extra
    pass pays the cache misses again.
    """
    found: list[Finding] = []
    rest = iter(entries)
    running = next(rest, None)  # outside tangles, the one item still running
    best: Entry | None = None  # the predecessor: the latest (end, id) to have ended so far
    seconds, default, longest = journeys.seconds, journeys.default, journeys.longest
    while running is not None:
        for e in rest:
            s = e[0]
            if s < running[2]:
                break
            best = running  # it ended after everything before it
            gap = s - best[2]
            if gap < longest:  # the hot path: _check_journey() inlined
                there, here = best[3], e[3]
                if here != there and here is not None and there is not None:
                    need = seconds.get((there, here), default)
                    if gap < need:
                        found.append((s, TRAVEL, (best, e), round(need / 60)))
            running = e
        else:
            break
        running, best = _sweep_tangle([running], e, best, rest, journeys, found)
    return found


def _sweep_tangle(
    active: list[Entry],
    e: Entry,
    best: Entry | None,
    rest: Iterator[Entry],
    journeys: JourneyTable,
    found: list[Finding],
) -> tuple[Entry | None, Entry | None]:
    """Sweep with the set of running items from `e` (which overlaps them) until only one
    item runs again: that one and the predecessor so far, or None at the end of the lane."""
    while True:
        s = e[0]
        ended = [a for a in active if a[2] <= s]
        if ended:
            active = [a for a in active if a[2] > s]
            # An item that ends after an earlier step always ends later than the items that
            # ended by then, so the predecessor is only chosen among these.
            best = max(ended, key=_end_and_id)
        found += [(s, OVERLAP, (a, e), 0) for a in active]
        if best is not None:
            _check_journey(best, e, journeys, found)
        active.append(e)
        if len(active) == 1:
            return e, best
        following = next(rest, None)
        if following is None:
            return None, best
        e = following


def _check_journey(before: Entry, e: Entry, journeys: JourneyTable, found: list[Finding]) -> None:
    """A too-short journey from `before` (which ended by then) to `e`, if any."""
    there, here = before[3], e[3]
    if here != there and here is not None and there is not None:
        need = journeys.need(there, here)
        if e[0] - before[2] < need:
            found.append((e[0], TRAVEL, (before, e), round(need / 60)))


def sweep_capacity(entries: list[Entry], capacity: int) -> list[Finding]:
    """Moments at which items running together in one venue need more seats than it has.

    Load only rises when an item starts, so checking at every distinct start time finds every
    overload; items starting at the same moment are checked once, together.
    """
    found: list[Finding] = []
    active: list[Entry] = []
    last = len(entries) - 1
    for i, e in enumerate(entries):
        s = e[0]
        if len(active) == 1 and active[0][2] <= s:
            active[0] = e  # alone in the room again: the usual case, nothing to add up
            continue
        if active:
            active = [a for a in active if a[2] > s]
        active.append(e)
        if len(active) > 1 and (i == last or entries[i + 1][0] != s):
            load = sum(map(_head, active))
            if load > capacity:
                found.append((s, OVERBOOKED, tuple(active), load))
    return found


def sweep_lane(
    key: LaneKey, entries: list[Entry], capacity: int | None, journeys: JourneyTable
) -> list[Finding]:
    """The findings of one lane: venues check seats, people and vehicles check overlaps."""
    if key & 3 == VENUE_LANE:
        return sweep_capacity(entries, capacity) if capacity is not None else []
    return sweep_exclusive(entries, journeys)
