"""Per person, venue and vehicle lanes of items sorted by start, and the sweeps over them.

An entry is a plain tuple (start, item_id, end, venue_id, head_count) with UTC epoch seconds,
so sorting and bisecting cost no attribute look-ups and DST never enters a comparison.
(start, item_id) is unique within a lane, so tuple comparison never reaches the later fields.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from itertools import compress, pairwise, repeat
from operator import itemgetter, lt, sub

Entry = tuple[float, int, float, "int | None", int]

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


_start, _end, _venue = itemgetter(0), itemgetter(2), itemgetter(3)

OVERLAP = "overlap"
TRAVEL = "travel"
OVERBOOKED = "overbooked"

# (anchor, code, entries involved in chronological order, number): `anchor` is the start of the
# item at which the sweep noticed the problem; `number` is the travel minutes needed or the load.
Finding = tuple[float, str, tuple[Entry, ...], int]


class Lane:
    """The entries of one person, vehicle or venue, sorted by (start, item id)."""

    __slots__ = ("_longest", "entries")

    def __init__(self, entries: list[Entry] | None = None) -> None:
        self.entries: list[Entry] = entries if entries is not None else []
        self._longest: float | None = None

    @property
    def longest(self) -> float:
        """Longest item ever seen here; bounds how far back an overlapping item can start.

        Computed on first use (a full check never needs it) and never shrunk on removal,
        which only widens, never breaks, later windows.
        """
        if self._longest is None:
            self._longest = max((e[2] - e[0] for e in self.entries), default=0.0)
        return self._longest

    def add(self, entry: Entry) -> None:
        insort(self.entries, entry)
        if self._longest is not None:
            self._longest = max(self._longest, entry[2] - entry[0])

    def discard(self, entry: Entry) -> None:
        i = bisect_left(self.entries, entry)
        if i < len(self.entries) and self.entries[i] == entry:
            del self.entries[i]

    def window(self, lo: float, hi: float) -> list[Entry]:
        """Entries starting in [lo, hi)."""
        entries = self.entries
        return entries[bisect_left(entries, (lo,)) : bisect_left(entries, (hi,))]


class JourneyTable:
    """Seconds needed between two venues, symmetric, with 0 for pairs that need no journey
    (the same venue, or an item without a venue), so that a whole lane can be checked with
    C-level map() passes instead of a Python loop per pair of items."""

    def __init__(self, minutes: Mapping[tuple[int, int], int], default_minutes: int) -> None:
        self.default = default_minutes * 60.0
        self.seconds: dict[tuple[int | None, int | None], float] = {(None, None): 0.0}
        for (a, b), value in minutes.items():
            self.seconds[(a, b)] = self.seconds[(b, a)] = value * 60.0
        self._known: set[int] = set()

    def know(self, venue: int | None) -> None:
        """Register a venue so its no-journey pairs are in the table (call before sweeping)."""
        if venue is not None and venue not in self._known:
            self._known.add(venue)
            self.seconds.setdefault((venue, venue), 0.0)
            self.seconds[(venue, None)] = self.seconds[(None, venue)] = 0.0

    def need(self, there: int | None, here: int | None) -> float:
        return self.seconds.get((there, here), self.default)


def sweep_exclusive(entries: list[Entry], journeys: JourneyTable) -> list[Finding]:
    """Overlaps and too-short journeys on the lane of a person or a vehicle.

    Most lanes have no overlap at all; that, the gaps and the journeys needed are computed by
    C-level map() passes, and Python only sees the pairs that are conflicts. Lanes with
    overlaps take the general sweep.
    """
    n = len(entries)
    if n < 2:
        return []
    starts = list(map(_start, entries))
    ends = list(map(_end, entries))
    gaps = list(map(sub, starts[1:], ends[:-1]))
    if min(gaps) < 0:
        return _sweep_overlapping(entries, journeys)
    # Without overlaps the ends increase along the lane, so an item's predecessor (the latest
    # to end before it starts) is simply the entry before it.
    pairs = pairwise(map(_venue, entries))
    needs = map(journeys.seconds.get, pairs, repeat(journeys.default))
    found: list[Finding] = []
    for i in compress(range(n - 1), map(lt, gaps, needs)):
        before, e = entries[i], entries[i + 1]
        found.append((e[0], TRAVEL, (before, e), round(journeys.need(before[3], e[3]) / 60)))
    return found


def _sweep_overlapping(entries: Iterable[Entry], journeys: JourneyTable) -> list[Finding]:
    """The general sweep: one pass in start order with the set of still-running items.

    The journey to an item is checked from its predecessor: the item with the latest
    (end, id) that ended by the time it starts.
    """
    found: list[Finding] = []
    active: list[Entry] = []
    best: Entry | None = None
    for e in entries:
        s = e[0]
        if active:
            running = []
            for a in active:
                if a[2] <= s:
                    if best is None or a[2] > best[2] or (a[2] == best[2] and a[1] > best[1]):
                        best = a
                else:
                    running.append(a)
            active = running
            for a in active:
                found.append((s, OVERLAP, (a, e), 0))
        if best is not None:
            here, there = e[3], best[3]
            if here is not None and there is not None and here != there:
                need = journeys.need(there, here)
                if s - best[2] < need:
                    found.append((s, TRAVEL, (best, e), round(need / 60)))
        active.append(e)
    return found


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
        if active:
            active = [a for a in active if a[2] > s]
        active.append(e)
        if i < last and entries[i + 1][0] == s:
            continue
        if len(active) > 1:
            load = sum(a[4] for a in active)
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
