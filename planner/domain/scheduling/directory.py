"""Names and properties the rules look up, with int-keyed maps and caches for the hot loops."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import chain, repeat

from planner.domain.scheduling.records import (
    HOST,
    MEMBER,
    Person,
    PersonKey,
    PlanningRules,
    Stay,
    Vehicle,
    Venue,
)

Bounds = tuple["float | None", "float | None"]
# Members of an item grouped by the set of languages they speak.
LanguageGroups = tuple[tuple[frozenset[str], tuple[int, ...]], ...]
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
        self._language_groups: dict[tuple[int, ...], LanguageGroups] = {}
        self._gaps: dict[tuple[tuple[int, ...], frozenset[str]], LanguageGroups] = {}
        self.speaking = self.host_langs.keys()  # hosts with languages recorded
        # Who can talk with whom, cached per language set and per member tuple (a
        # delegation's items mostly share one).
        self._speakers: dict[frozenset[str], frozenset[int]] = {}
        self.member_speakers: dict[tuple[int, ...], tuple[frozenset[int], ...]] = {}
        self.member_windows = {i: _window(bounds) for i, (bounds, _) in self.member_stays.items()}

    def speakers_of(self, langs: frozenset[str]) -> frozenset[int]:
        """The hosts and interpreters who share a language with `langs`."""
        found = self._speakers.get(langs)
        if found is None:
            hosts = self.host_langs.items()
            found = self._speakers[langs] = frozenset(
                h for h, spoken in hosts if not spoken.isdisjoint(langs)
            )
        return found

    def speakers_for(self, member_ids: tuple[int, ...]) -> tuple[frozenset[int], ...]:
        """For each distinct language set among these members (those without languages
        left out), the hosts and interpreters who share a language with it."""
        found = self.member_speakers.get(member_ids)
        if found is None:
            languages = set(map(self.member_langs.get, member_ids))
            languages.discard(None)
            found = self.member_speakers[member_ids] = tuple(
                map(self.speakers_of, languages)  # type: ignore[arg-type]
            )
        return found

    def spoken_by(
        self, host_ids: tuple[int, ...], interpreter_ids: tuple[int, ...]
    ) -> frozenset[str]:
        """Every language the hosts and interpreters of an item speak."""
        ids = (*host_ids, *interpreter_ids)
        return frozenset(chain.from_iterable(map(self.host_langs.get, ids, repeat(()))))

    def language_gaps(self, member_ids: tuple[int, ...], spoken: frozenset[str]) -> LanguageGroups:
        """The language groups of these members that share nothing with `spoken`; a few
        spoken sets and member tuples recur across thousands of items, so it is cached."""
        key = (member_ids, spoken)
        gaps = self._gaps.get(key)
        if gaps is None:
            gaps = tuple(g for g in self.language_groups(member_ids) if g[0].isdisjoint(spoken))
            self._gaps[key] = gaps
        return gaps

    def language_groups(self, member_ids: tuple[int, ...]) -> LanguageGroups:
        """Members grouped by the languages they speak; one delegation has few such groups,
        and its items mostly share one member tuple, so this is cached per tuple."""
        groups = self._language_groups.get(member_ids)
        if groups is None:
            by_langs: dict[frozenset[str], list[int]] = {}
            for member_id in dict.fromkeys(member_ids):
                langs = self.member_langs.get(member_id)
                if langs:
                    by_langs.setdefault(langs, []).append(member_id)
            groups = tuple((langs, tuple(ids)) for langs, ids in by_langs.items())
            self._language_groups[member_ids] = groups
        return groups

    def person_name(self, key: PersonKey) -> str:
        person = self.people.get(key)
        return person.name if person is not None else f"{key[0]} #{key[1]}"

    def venue_name(self, venue_id: int) -> str:
        venue = self.venues.get(venue_id)
        return venue.name if venue is not None else f"venue #{venue_id}"

    def vehicle_name(self, vehicle_id: int) -> str:
        vehicle = self.vehicles.get(vehicle_id)
        return vehicle.name if vehicle is not None else f"vehicle #{vehicle_id}"
