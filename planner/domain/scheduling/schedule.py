"""The conflict index: a programme held as sorted lanes, checked fully or one item at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from planner.domain.scheduling.conflicts import Conflict, sort_conflicts
from planner.domain.scheduling.directory import Directory
from planner.domain.scheduling.findings import cyclic_gc_paused, lane_conflict
from planner.domain.scheduling.item_rules import check_item_alone, check_items_alone
from planner.domain.scheduling.lanes import (
    HOST_LANE,
    MEMBER_LANE,
    VEHICLE_LANE,
    VENUE_LANE,
    Entry,
    Finding,
    JourneyTable,
    Lane,
    LaneKey,
    LaneKeys,
    sweep_capacity,
    sweep_exclusive,
    sweep_lane,
)
from planner.domain.scheduling.parties import Parties, sweep_party
from planner.domain.scheduling.records import (
    Person,
    PlanningRules,
    ScheduledItem,
    Stay,
    Trip,
    Vehicle,
    Venue,
)

# An item's lane entry (which holds its member lanes) and its other lanes (hosts, vehicle,
# venue); computed again from the stored item when it is edited, rather than kept for every
# item.
Placement = tuple[Entry, tuple[LaneKey, ...]]


def _lane_keys(placed: Placement) -> tuple[LaneKey, ...]:
    return (*placed[0][5], *placed[1])


_id_of = attrgetter("id")
_item_id_of_entry = itemgetter(1)


@dataclass(frozen=True, slots=True)
class ConflictChanges:
    """What one edit did to the set of conflicts."""

    added: tuple[Conflict, ...] = ()
    removed: tuple[Conflict, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


class Schedule:
    """Programme items with their people, venues and vehicles, indexed for conflict checks.

    Build it once from the rows of a query; `check_all()` sweeps every lane (O(n log n)),
    `check_item()` answers "what if this item looked like that" without changing anything and
    `replace()`/`remove()` apply an edit and keep the known conflicts up to date by re-sweeping
    only a window of the lanes the item touches. People, venues, vehicles, stays and rules are
    fixed for the life of the object: build a new one when they change.
    """

    def __init__(
        self,
        items: Iterable[ScheduledItem] = (),
        *,
        people: Iterable[Person] = (),
        venues: Iterable[Venue] = (),
        vehicles: Iterable[Vehicle] = (),
        stays: Iterable[Stay] = (),
        rules: PlanningRules | None = None,
        trips: Iterable[Trip] = (),
    ) -> None:
        # Paused before the first allocation: a collection already due from the caller's
        # work would otherwise run in the middle of the build, over what is built so far.
        with cyclic_gc_paused():
            self.rules = rules or PlanningRules()
            self._journeys = JourneyTable(
                self.rules.travel_minutes, self.rules.default_travel_minutes
            )
            # How far a journey can reach: bounds the window in which an edit changes conflicts.
            self._reach = self.rules.longest_travel_minutes * 60.0
            self._items: dict[int, ScheduledItem] = {}
            # The lane entry of each item that takes time; its lanes follow from the item.
            self._entries: dict[int, Entry] = {}
            # Lanes of hosts, vehicles and venues; a member's own lane only once an edit or a
            # single-item check needed it (taken from its party, which holds the rest).
            self._lanes: dict[LaneKey, Lane] = {}
            self._parties = Parties(())
            self._parties_current = True  # False once an edit has changed a member's lane
            # Known conflicts, None until the first full check; lane conflicts keep their anchor.
            self._lane_conflicts: dict[LaneKey, dict[Conflict, float]] | None = None
            self._item_conflicts: dict[int, list[Conflict]] = {}
            self._member_lanes: dict[tuple[int, ...], frozenset[LaneKey]] = {}
            self._member_lane = LaneKeys(MEMBER_LANE).__getitem__
            self.directory = Directory(people, venues, vehicles, stays, self.rules, trips)
            self._capacities = self.directory.capacities
            self._load(items)

    def _load(self, items: Iterable[ScheduledItem]) -> None:
        items = list(items)
        known = self._items
        known.update(zip(map(_id_of, items), items, strict=True))
        if len(known) < len(items):
            seen: set[int] = set()
            for item in items:
                if item.id in seen:
                    raise ValueError(f"programme item {item.id} given twice")
                seen.add(item.id)
        entries = self._entries_of(items)
        self._entries = dict(zip(map(_item_id_of_entry, entries), entries, strict=True))
        # One sort of the entries by (start, id) fills every lane in order: cheaper than
        # sorting each lane, and linear when the rows arrive ordered by start. (All member
        # tuples met so far are those of the items placed: the cache is new.)
        entries.sort()
        self._parties = Parties(self._member_lanes.values())
        party_lane = self._parties.lane_of
        for entry in entries:
            if entry[5]:
                party_lane[entry[5]](entry)
        self._lanes = self._other_lanes(entries, known.__getitem__)

    def _entries_of(self, items: Iterable[ScheduledItem]) -> list[Entry]:
        """The lane entries of the items that take time (the others are left out), in the
        order given; for one item as for all of them, so a check and a build agree."""
        member_lanes, member_lane = self._member_lanes, self._member_lane
        entries: list[Entry] = []
        add = entries.append
        for item in items:
            if item.status == "cancelled":
                continue
            start, end = item.start.timestamp(), item.end.timestamp()
            if end <= start:  # reported on its own; an empty interval overlaps nothing
                continue
            members = member_lanes.get(item.member_ids)
            if members is None:
                members = member_lanes[item.member_ids] = frozenset(
                    map(member_lane, item.member_ids)
                )
            # Seats: members, hosts and interpreters, each counted once (a host can also be
            # the interpreter); a set only when someone could be listed twice.
            seated = item.host_ids + item.interpreter_ids
            head = len(seated) if len(seated) < 2 else len(set(seated))
            add((start, item.id, end, item.venue_id, len(members) + head, members))
        return entries

    def _other_lanes(
        self, entries: list[Entry], item_of: Callable[[int], ScheduledItem]
    ) -> dict[LaneKey, Lane]:
        """The lanes of hosts, interpreters, drivers, vehicles and venues with seat limits
        that `entries` (sorted) are on; for one entry as for all, so a check and a build
        agree. Lanes are collected per id and keyed at the end, once per lane."""
        people: defaultdict[int, Lane] = defaultdict(Lane)
        vehicles: defaultdict[int, Lane] = defaultdict(Lane)
        venues: defaultdict[int, Lane] = defaultdict(Lane)
        capacities = self._capacities
        for entry in entries:
            item = item_of(entry[1])
            # Someone listed twice (host and interpreter) must not overlap with themself. Most
            # items list one or two such people: two are compared without building a set.
            host_side = item.host_ids + item.interpreter_ids + item.driver_ids
            if len(host_side) == 2:
                if host_side[0] == host_side[1]:
                    host_side = host_side[:1]
            elif len(host_side) > 2 and len(set(host_side)) < len(host_side):
                host_side = tuple(dict.fromkeys(host_side))
            for person in host_side:
                people[person].append(entry)
            if item.vehicle_id is not None:
                vehicles[item.vehicle_id].append(entry)
            if entry[3] in capacities:
                venues[entry[3]].append(entry)  # type: ignore[index]
        lanes = {person << 2 | HOST_LANE: lane for person, lane in people.items()}
        lanes.update((vehicle << 2 | VEHICLE_LANE, lane) for vehicle, lane in vehicles.items())
        lanes.update((venue << 2 | VENUE_LANE, lane) for venue, lane in venues.items())
        return lanes

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def __iter__(self) -> Iterator[ScheduledItem]:
        return iter(self._items.values())

    def get(self, item_id: int) -> ScheduledItem | None:
        return self._items.get(item_id)

    # -- checking --------------------------------------------------------------------------
    def check_all(self) -> list[Conflict]:
        """Check everything from scratch and remember the result."""
        with cyclic_gc_paused():
            return self._check_all()

    def _check_all(self) -> list[Conflict]:
        lane_conflicts: dict[LaneKey, dict[Conflict, float]] = {}
        journeys, capacities = self._journeys, self.directory.capacities
        if not self._parties_current:
            self._regroup_members()
        for party in self._parties.lanes:
            if len(party) > 1:  # an item does not conflict with itself
                for key, finding in sweep_party(party, journeys):
                    found = lane_conflicts.get(key)
                    if found is None:
                        found = lane_conflicts[key] = {}
                    found[self._conflict(key, finding)] = finding[0]
        for key, lane in self._lanes.items():
            if len(lane) < 2 or key & 3 == MEMBER_LANE:  # members: swept with their party
                continue
            if key & 3 != VENUE_LANE:
                findings = sweep_exclusive(lane, journeys)
            elif (capacity := capacities.get(key >> 2)) is not None:
                findings = sweep_capacity(lane, capacity)
            else:
                continue
            if findings:
                lane_conflicts[key] = {self._conflict(key, f): f[0] for f in findings}
        self._lane_conflicts = lane_conflicts
        items, placed, directory = self._items, self._entries, self.directory
        # Items on lanes go through the batch check (cheap tests first, full check only for
        # candidates); the others (no duration) take the single-item check.
        on_lanes = zip(map(items.__getitem__, placed), placed.values(), strict=True)
        self._item_conflicts = dict(check_items_alone(on_lanes, directory))
        if len(placed) < len(items):
            for item in items.values():
                if item.id not in placed and item.status != "cancelled":
                    found = check_item_alone(item, directory)
                    if found:
                        self._item_conflicts[item.id] = found
        return self.conflicts()

    def conflicts(self) -> list[Conflict]:
        """The known conflicts, in programme order (a full check runs first if none did)."""
        if self._lane_conflicts is None:
            return self.check_all()
        every = [c for found in self._lane_conflicts.values() for c in found]
        every.extend(c for found in self._item_conflicts.values() for c in found)
        every.extend(self.directory.trip_conflicts)
        return sort_conflicts(every)

    def conflicts_for(self, item_id: int) -> list[Conflict]:
        return [c for c in self.conflicts() if item_id in c.item_ids]

    def check_item(self, item: ScheduledItem) -> list[Conflict]:
        """The conflicts `item` would have if it replaced the stored item with its id."""
        if item.status == "cancelled":
            return []
        found = check_item_alone(item, self.directory)
        placed = self._placement(item)
        if placed is not None:
            entry = placed[0]
            for key in _lane_keys(placed):
                window = [
                    e
                    for e in self._window(key, entry[0], entry[2] + self._reach, entry)
                    if e[1] != item.id
                ]
                window.append(entry)
                window.sort()
                for f in self._sweep(key, window):
                    if any(e[1] == item.id for e in f[2]):
                        found.append(self._conflict(key, f, item))
        return sort_conflicts(found)

    # -- editing ---------------------------------------------------------------------------
    def replace(self, item: ScheduledItem) -> ConflictChanges:
        """Store `item` (new or edited) and update the known conflicts around it."""
        return self._edit(item.id, item)

    def remove(self, item_id: int) -> ConflictChanges:
        return self._edit(item_id, None)

    def _edit(self, item_id: int, item: ScheduledItem | None) -> ConflictChanges:
        if self._lane_conflicts is None:
            self.check_all()
        regions: list[tuple[LaneKey, float, float]] = []
        stored = self._items.get(item_id)
        old = self._placement(stored) if stored is not None else None
        if old is not None:
            for key in _lane_keys(old):
                self._lane_to_edit(key).discard(old[0])
            regions += [(key, old[0][0], old[0][2] + self._reach) for key in _lane_keys(old)]
        new = self._placement(item) if item is not None else None
        if item is not None:
            self._items[item_id] = item
        else:
            self._items.pop(item_id, None)
        self._entries.pop(item_id, None)
        if new is not None:
            self._entries[item_id] = new[0]
            for key in _lane_keys(new):
                self._lane_to_edit(key).add(new[0])
            regions += [(key, new[0][0], new[0][2] + self._reach) for key in _lane_keys(new)]
        before = self._known_in(regions)
        before.update(self._item_conflicts.pop(item_id, []))
        for key, lo, hi in regions:
            self._resweep(key, lo, hi)
        after = self._known_in(regions)
        if item is not None and item.status != "cancelled":
            alone = check_item_alone(item, self.directory)
            if alone:
                self._item_conflicts[item_id] = alone
                after.update(alone)
        return ConflictChanges(
            tuple(sort_conflicts(list(after - before))), tuple(sort_conflicts(list(before - after)))
        )

    def _known_in(self, regions: list[tuple[LaneKey, float, float]]) -> set[Conflict]:
        known = self._lane_conflicts or {}
        return {
            c
            for key, lo, hi in regions
            for c, anchor in known.get(key, {}).items()
            if lo <= anchor < hi
        }

    def _resweep(self, key: LaneKey, lo: float, hi: float) -> None:
        """Recompute the conflicts of one lane anchored in [lo, hi) from a window around it."""
        assert self._lane_conflicts is not None
        stored = self._lane_conflicts.setdefault(key, {})
        for c in [c for c, anchor in stored.items() if lo <= anchor < hi]:
            del stored[c]
        for f in self._sweep(key, self._window(key, lo, hi, None)):
            if lo <= f[0] < hi:
                stored[self._conflict(key, f)] = f[0]
        if not stored:
            del self._lane_conflicts[key]

    # -- internals -------------------------------------------------------------------------
    def _placement(self, item: ScheduledItem) -> Placement | None:
        """The lane entry of an item and its other lanes, or None if it takes no time on any
        lane: the same rules as the build (`_load`), applied to one item."""
        placed = self._entries_of((item,))
        if not placed:
            return None
        others = self._other_lanes(placed, lambda _: item)
        return placed[0], tuple(others)

    def _lane(self, key: LaneKey) -> Lane | None:
        """The lane of a key; a member's own lane is taken from its party on first use.

        A member's lane taken from the party as it was grouped is still right: an edit that
        changes a member's lane takes the lane out first (`_lane_to_edit`), and from then on
        it lives here and is kept up to date.
        """
        lane = self._lanes.get(key)
        if lane is None and key & 3 == MEMBER_LANE and key in self._parties.party_of:
            lane = self._lanes[key] = Lane(self._parties.member_lane(key))
        return lane

    def _lane_to_edit(self, key: LaneKey) -> Lane:
        lane = self._lane(key)
        if lane is None:
            lane = self._lanes[key] = Lane()
        if key & 3 == MEMBER_LANE:
            self._parties_current = False
        return lane

    def _regroup_members(self) -> None:
        """Group the members into parties again after edits (for a full check): the lanes
        taken out of the old parties are dropped, the new parties hold them."""
        entries = sorted(self._entries.values())  # by (start, id), which is unique
        self._parties = Parties({entry[5] for entry in entries})
        party_lane = self._parties.lane_of
        for entry in entries:
            if entry[5]:
                party_lane[entry[5]](entry)
        self._lanes = {k: lane for k, lane in self._lanes.items() if k & 3 != MEMBER_LANE}
        self._parties_current = True

    def _window(self, key: LaneKey, lo: float, hi: float, extra: Entry | None) -> list[Entry]:
        """Entries that can influence conflicts anchored in [lo, hi): those still running at
        lo, and those that ended recently enough to be the start of a too-short journey."""
        lane = self._lane(key)
        if lane is None:
            return []
        longest = lane.longest if extra is None else max(lane.longest, extra[2] - extra[0])
        return lane.window(lo - longest - self._reach, hi)

    def _capacity(self, key: LaneKey) -> int | None:
        return self.directory.capacities.get(key >> 2) if key & 3 == VENUE_LANE else None

    def _sweep(self, key: LaneKey, entries: list[Entry]) -> list[Finding]:
        return sweep_lane(key, entries, self._capacity(key), self._journeys)

    def _conflict(
        self, key: LaneKey, finding: Finding, override: ScheduledItem | None = None
    ) -> Conflict:
        items = [
            override if override is not None and e[1] == override.id else self._items[e[1]]
            for e in finding[2]
        ]
        return lane_conflict(key, finding, items, self.directory, self._capacity(key))
