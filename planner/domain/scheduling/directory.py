"""Names and properties the rules look up, with int-keyed maps and caches for the hot loops."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import reduce
from itertools import chain, repeat
from operator import or_

from planner.domain.scheduling.conflicts import Conflict, ConflictKind
from planner.domain.scheduling.records import (
    HOST,
    MEMBER,
    Person,
    PersonKey,
    PlanningRules,
    Stay,
    Trip,
    Vehicle,
    Venue,
    subject_of,
)

Bounds = tuple["float | None", "float | None"]
# Members of an item grouped by the set of languages they speak.
LanguageGroups = list[tuple[frozenset[str], list[int]]]
# (arrival, departure) in epoch seconds, -inf/inf where unknown: one float comparison each.
Window = tuple[float, float]
_INF = float("inf")


def _bounds(arrival: datetime | None, departure: datetime | None) -> Bounds:
    return (arrival.timestamp() if arrival else None, departure.timestamp() if departure else None)


def _window(bounds: Bounds) -> Window:
    return (-_INF if bounds[0] is None else bounds[0], _INF if bounds[1] is None else bounds[1])


class Directory:
    """Names and properties the rules look up, with int-keyed maps for the hot loops."""

    def __init__(
        self,
        people: Iterable[Person],
        venues: Iterable[Venue],
        vehicles: Iterable[Vehicle],
        stays: Iterable[Stay],
        rules: PlanningRules,
        trips: Iterable[Trip] = (),
    ) -> None:
        self.people: dict[PersonKey, Person] = {p.key: p for p in people}
        self.venues = {v.id: v for v in venues}
        self.vehicles = {v.id: v for v in vehicles}
        self.stays = {s.delegation_id: s for s in stays}
        self.rules = rules
        self.capacities = {v.id: v.capacity for v in self.venues.values() if v.capacity is not None}
        self.seats = {v.id: v.seats for v in self.vehicles.values() if v.seats is not None}
        by_kind: dict[str, dict[int, Person]] = {MEMBER: {}, HOST: {}}
        for person in self.people.values():
            by_kind.setdefault(person.key[0], {})[person.key[1]] = person
        self.members, self.hosts = by_kind[MEMBER], by_kind[HOST]
        self.member_langs = {i: p.languages for i, p in self.members.items() if p.languages}
        self.host_langs = {i: p.languages for i, p in self.hosts.items() if p.languages}
        self.member_needs = {i: p for i, p in self.members.items() if p.dietary or p.accessibility}
        self.host_needs = {i: p for i, p in self.hosts.items() if p.dietary or p.accessibility}
        self.member_stays = {
            i: (_bounds(p.arrival, p.departure), p)
            for i, p in self.members.items()
            if p.arrival or p.departure
        }
        self.stay_bounds = {
            i: (_bounds(s.arrival, s.departure), s)
            for i, s in self.stays.items()
            if s.arrival or s.departure
        }
        self.buffer = rules.stay_buffer.total_seconds()
        # Earliest start and latest end of an item in a delegation's stay (-inf/inf where
        # unknown), for transfers and, with the buffer, for everything else.
        self.stay_windows = {i: _window(bounds) for i, (bounds, _) in self.stay_bounds.items()}
        self.buffered_windows = {
            i: (arrival + self.buffer, departure - self.buffer)
            for i, (arrival, departure) in self.stay_windows.items()
        }
        self.member_windows = {i: _window(bounds) for i, (bounds, _) in self.member_stays.items()}
        self._languages: LanguageScreen | None = None
        # Each traveller's times away, (leaves, returns, trip) in epoch seconds.
        self.trips = {t.delegation_id: t for t in trips}
        self.away: dict[int, list[tuple[float, float, Trip]]] = {}
        for trip in self.trips.values():
            for host_id in dict.fromkeys(trip.traveller_ids):
                self.away.setdefault(host_id, []).append(
                    (trip.leaves.timestamp(), trip.returns.timestamp(), trip))
        self.trip_conflicts = self._overlapping_trips()

    def _overlapping_trips(self) -> list[Conflict]:
        """One conflict per traveller and pair of their trips that overlap: nobody is in
        Xi'an and Amiens at once. They belong to no item, and hold while the trips do."""
        found: list[Conflict] = []
        for host_id, windows in self.away.items():
            windows.sort(key=lambda w: (w[0], w[2].delegation_id))
            for i, (_, returns, trip) in enumerate(windows):
                for other_leaves, _, other in windows[i + 1:]:
                    if other_leaves >= returns:
                        break
                    facts = {"who": self.person_name((HOST, host_id)), "trip": trip.name,
                             "other": other.name, "at": other.leaves,
                             "trip_ids": (trip.delegation_id, other.delegation_id),
                             "first_start": other_leaves}
                    found.append(Conflict(ConflictKind.TRIPS_OVERLAP, (),
                                          subject_of(HOST, host_id), facts, other_leaves))
        return found

    @property
    def languages(self) -> LanguageScreen:
        """The batch check's language masks, built on first use: a single-item check never
        needs them."""
        if self._languages is None:
            self._languages = LanguageScreen(self.member_langs, self.host_langs)
        return self._languages

    def spoken_by(
        self, host_ids: tuple[int, ...], interpreter_ids: tuple[int, ...]
    ) -> frozenset[str]:
        """Every language the hosts and interpreters of an item speak."""
        ids = (*host_ids, *interpreter_ids)
        return frozenset(chain.from_iterable(map(self.host_langs.get, ids, repeat(()))))

    def language_gaps(self, member_ids: tuple[int, ...], spoken: frozenset[str]) -> LanguageGroups:
        """The members who share no language with `spoken`, grouped by the languages they
        speak (in order of first appearance); members without languages recorded are left out.
        """
        gaps: dict[frozenset[str], list[int]] = {}
        langs_of = self.member_langs.get
        for member_id in dict.fromkeys(member_ids):
            langs = langs_of(member_id)
            if langs and langs.isdisjoint(spoken):
                gaps.setdefault(langs, []).append(member_id)
        return list(gaps.items())

    def person_name(self, key: PersonKey) -> str:
        person = self.people.get(key)
        return person.name if person is not None else f"{key[0]} #{key[1]}"

    def venue_name(self, venue_id: int) -> str:
        venue = self.venues.get(venue_id)
        return venue.name if venue is not None else f"venue #{venue_id}"

    def vehicle_name(self, vehicle_id: int) -> str:
        vehicle = self.vehicles.get(vehicle_id)
        return vehicle.name if vehicle is not None else f"vehicle #{vehicle_id}"


# Bit 0 of a host-side person's cover: their languages are recorded. Group bits start at 1.
SPEAKS = 1


class LanguageScreen:
    """Who can talk with whom as int bit masks, so the screening tests an item's languages
    with an `|` per host-side person and one `&`, instead of a set test per language group.

    Each distinct language set among members is one group bit; a host-side person covers the
    groups sharing a language with them. An item lacks an interpreter exactly when someone on
    the hosts' side has languages recorded (`SPEAKS`) and a group bit of its members is left
    uncovered: the rule of `_check_languages()`, as integer operations.
    """

    def __init__(
        self, member_langs: Mapping[int, frozenset[str]], host_langs: Mapping[int, frozenset[str]]
    ) -> None:
        group_bits: dict[frozenset[str], int] = {}
        groups_speaking: dict[str, int] = {}  # language -> the bits of the groups speaking it
        for langs in dict.fromkeys(member_langs.values()):
            bit = group_bits[langs] = 2 << len(group_bits)
            for lang in langs:
                groups_speaking[lang] = groups_speaking.get(lang, 0) | bit
        # Built by C-level loops: 20,000 members take a few milliseconds as a comprehension.
        self.group_bits = dict(
            zip(member_langs, map(group_bits.__getitem__, member_langs.values()), strict=True)
        )
        self.covers = {
            i: reduce(or_, map(groups_speaking.get, langs, repeat(0)), SPEAKS)
            for i, langs in host_langs.items()
        }
        # The group bits per member tuple, filled in by the screening: a delegation's items
        # mostly share one.
        self.groups: dict[tuple[int, ...], int] = {}
