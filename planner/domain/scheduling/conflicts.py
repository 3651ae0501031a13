"""What the engine reports: conflict kinds, their severity and the Conflict record."""

from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from typing import Literal

from planner.domain.scheduling.messages import render

Severity = Literal["error", "warning"]
Language = Literal["de", "en"]


class ConflictKind(StrEnum):
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    VEHICLE_DOUBLE_BOOKED = "vehicle_double_booked"
    VENUE_OVERBOOKED = "venue_overbooked"
    VENUE_TOO_SMALL = "venue_too_small"
    VEHICLE_TOO_SMALL = "vehicle_too_small"
    TRAVEL_TIME = "travel_time"
    BEFORE_ARRIVAL = "before_arrival"
    AFTER_DEPARTURE = "after_departure"
    MISSING_INTERPRETER = "missing_interpreter"
    SIGNER_ABSENT = "signer_absent"
    NEEDS_UNACKNOWLEDGED = "needs_unacknowledged"
    ENDS_BEFORE_START = "ends_before_start"
    ZERO_LENGTH = "zero_length"
    TRAVELLER_AWAY = "traveller_away"
    TRIPS_OVERLAP = "trips_overlap"


# Only unacknowledged needs are a warning: everything else makes the day fail as planned.
SEVERITY: dict[ConflictKind, Severity] = {
    kind: ("warning" if kind is ConflictKind.NEEDS_UNACKNOWLEDGED else "error")
    for kind in ConflictKind
}

# Kinds that relate an item to its neighbours on a person's, venue's or vehicle's lane; they
# are the ones the brute-force reference recomputes pairwise.
LANE_KINDS = frozenset(
    {
        ConflictKind.PERSON_DOUBLE_BOOKED,
        ConflictKind.VEHICLE_DOUBLE_BOOKED,
        ConflictKind.VENUE_OVERBOOKED,
        ConflictKind.TRAVEL_TIME,
    }
)


class LazyFacts(Mapping[str, object]):
    """A conflict's facts, put together by `build(*args)` on first use from inputs captured
    when the conflict was found: a full check of the archive finds thousands of conflicts
    and few are ever put into words."""

    __slots__ = ("_args", "_build", "_facts")

    def __init__(self, build: Callable[..., dict[str, object]], *args: object) -> None:
        self._build = build
        self._args = args
        self._facts: dict[str, object] | None = None

    def _all(self) -> dict[str, object]:
        # Two threads may both build; they build the same facts, so either result will do.
        facts = self._facts
        if facts is None:
            facts = self._facts = self._build(*self._args)
        return facts

    def __getitem__(self, key: str) -> object:
        return self._all()[key]

    # The views of the built dict: Mapping's own go through __iter__ and __getitem__ key by
    # key, and every sentence copies the facts.
    def keys(self) -> KeysView[str]:
        return self._all().keys()

    def items(self) -> ItemsView[str, object]:
        return self._all().items()

    def values(self) -> ValuesView[object]:
        return self._all().values()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


@dataclass(frozen=True, slots=True)
class Conflict:
    """One problem in the programme.

    Identity is (kind, item_ids, subject); `facts` only carries what the sentence needs
    (names, titles, times), captured when the conflict was found so a message can be rendered
    later without the schedule.
    """

    kind: ConflictKind
    item_ids: tuple[int, ...]
    subject: str
    facts: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # Epoch seconds of the first item's start, for the programme order; taken from the facts
    # when not given.
    first_start: float = field(default=None, compare=False, hash=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.first_start is None:
            first = self.facts.get("first_start", 0.0)
            start = float(first) if isinstance(first, int | float) else 0.0
            object.__setattr__(self, "first_start", start)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.kind]

    @property
    def is_error(self) -> bool:
        return self.kind is not ConflictKind.NEEDS_UNACKNOWLEDGED

    @property
    def identity(self) -> tuple[str, tuple[int, ...], str]:
        return (self.kind.value, self.item_ids, self.subject)

    def message(self, lang: Language = "de") -> str:
        """A sentence for the officer, in German or English, times in Europe/Berlin."""
        return render(self, lang)

    def involves(self, item_id: int) -> bool:
        return item_id in self.item_ids


# Kinds compare as their values (StrEnum), so this is (first start, kind, subject, item ids).
_PROGRAMME_ORDER = attrgetter("first_start", "kind", "subject", "item_ids")


def sort_conflicts(conflicts: list[Conflict]) -> list[Conflict]:
    """Stable, readable order: by the first item's start, then kind and subject."""
    return sorted(conflicts, key=_PROGRAMME_ORDER)
