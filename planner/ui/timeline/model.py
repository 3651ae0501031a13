"""The timeline's plain inputs (rows, blocks, conflicts) and the look of each item kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

# ("delegation", 3), ("member", 7), ("host", 1), ("venue", 2), ("vehicle", 1)
RowKey = tuple[str, int]

AXES = ("delegation", "person", "venue", "vehicle")
AXIS_OF_ROW = {
    "delegation": "delegation",
    "member": "person",
    "host": "person",
    "venue": "venue",
    "vehicle": "vehicle",
}

AXIS_LABELS = {
    "de": {"delegation": "Delegation", "person": "Person", "venue": "Ort", "vehicle": "Fahrzeug"},
    "en": {"delegation": "Delegation", "person": "Person", "venue": "Venue", "vehicle": "Vehicle"},
}


@dataclass(frozen=True, slots=True)
class KindStyle:
    colour: str
    de: str
    en: str

    def label(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


# Distinct hues that stay readable with white text; red is kept for conflicts alone.
KIND_STYLES: dict[str, KindStyle] = {
    "meeting": KindStyle("#3867b0", "Gespräch", "Meeting"),
    "meal": KindStyle("#c77d1e", "Essen", "Meal"),
    "visit": KindStyle("#2f8f57", "Besuch", "Visit"),
    "ceremony": KindStyle("#7d4fa8", "Zeremonie", "Ceremony"),
    "golden_book": KindStyle("#a8861a", "Goldenes Buch", "Golden Book"),
    "transfer": KindStyle("#5f6b7a", "Transfer", "Transfer"),
    "press": KindStyle("#1f8a8a", "Presse", "Press"),
    "free_time": KindStyle("#8fa3b5", "Freizeit", "Free time"),
}
FALLBACK_STYLE = KindStyle("#6b7280", "Sonstiges", "Other")
CONFLICT_COLOUR = "#d62828"
WARNING_COLOUR = "#e08a00"


def style_of(kind: str) -> KindStyle:
    return KIND_STYLES.get(kind, FALLBACK_STYLE)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One line of the timeline: a delegation, a person, a venue or a vehicle."""

    key: RowKey
    label: str
    detail: str = ""
    # Shown even without blocks in the visible period, so items can be dragged onto it.
    always_shown: bool = False

    @property
    def axis(self) -> str:
        return AXIS_OF_ROW.get(self.key[0], self.key[0])


@dataclass(frozen=True, slots=True)
class TimelineBlock:
    """One programme item; it is drawn in every row named in `row_keys` of the chosen axis."""

    item_id: int
    kind: str
    title: str
    start: datetime
    end: datetime
    row_keys: tuple[RowKey, ...]
    detail: str = ""


class ConflictLike(Protocol):
    """What the timeline needs of a conflict; the engine's `Conflict` fits."""

    @property
    def severity(self) -> str: ...

    @property
    def item_ids(self) -> tuple[int, ...]: ...

    @property
    def subject(self) -> str: ...

    def message(self, lang: str = ...) -> str: ...
