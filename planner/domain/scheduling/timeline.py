"""What a programme timeline shows, on screen or on paper: rows by axis, blocks, kind colours.

Plain data from the engine's `Schedule`: the timeline widget draws it and the printed week
plan lays it out, so both show the same rows in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from planner.domain.scheduling.records import HOST, MEMBER, ScheduledItem
from planner.domain.scheduling.schedule import Schedule

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
    "fr": {
        "delegation": "Délégation",
        "person": "Personne",
        "venue": "Lieu",
        "vehicle": "Véhicule",
    },
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


_ROLE_LABELS = {
    "de": {
        "member": "Delegation",
        "host": "Gastgeber",
        "mayor": "Oberbürgermeister",
        "interpreter": "Dolmetschen",
        "driver": "Fahrdienst",
        "staff": "Protokoll",
    },
    "en": {
        "member": "Delegation",
        "host": "Host",
        "mayor": "Mayor",
        "interpreter": "Interpreting",
        "driver": "Driver",
        "staff": "Protocol",
    },
    "fr": {
        "member": "Délégation",
        "host": "Hôte",
        "mayor": "Maire",
        "interpreter": "Interprétation",
        "driver": "Chauffeur",
        "staff": "Protocole",
    },
}


def row_keys_of(item: ScheduledItem) -> tuple[RowKey, ...]:
    keys: list[RowKey] = [("delegation", d) for d in item.delegation_ids]
    keys += [(MEMBER, m) for m in item.member_ids]
    keys += [
        (HOST, h) for h in dict.fromkeys((*item.host_ids, *item.interpreter_ids, *item.driver_ids))
    ]
    if item.venue_id is not None:
        keys.append(("venue", item.venue_id))
    if item.vehicle_id is not None:
        keys.append(("vehicle", item.vehicle_id))
    return tuple(keys)


def project(
    schedule: Schedule,
    items: Iterable[ScheduledItem],
    delegation_names: Mapping[int, str],
    lang: str = "de",
) -> tuple[list[TimelineRow], list[TimelineBlock]]:
    """Rows for every axis and one block per (not cancelled) item."""
    d = schedule.directory
    blocks: list[TimelineBlock] = []
    for item in items:
        if item.status == "cancelled":
            continue
        where = d.venue_name(item.venue_id) if item.venue_id is not None else ""
        blocks.append(
            TimelineBlock(
                item.id, item.kind, item.title, item.start, item.end, row_keys_of(item), where
            )
        )
    roles = _ROLE_LABELS.get(lang, _ROLE_LABELS["en"])
    names = dict(delegation_names)
    for block in blocks:  # a delegation without a known name still gets its row
        for kind, ident in block.row_keys:
            if kind == "delegation" and ident not in names:
                names[ident] = f"Delegation {ident}"
    rows = [
        TimelineRow(("delegation", i), name, always_shown=True)
        for i, name in sorted(names.items(), key=lambda kv: kv[1])
    ]
    people = sorted(d.people.values(), key=lambda p: (p.key[0] != HOST, p.role != "mayor", p.name))
    rows += [TimelineRow(p.key, p.name, roles.get(p.role, p.role)) for p in people]
    seats = {"de": "Plätze", "fr": "places"}.get(lang, "seats")
    rows += [
        TimelineRow(
            ("venue", v.id),
            v.name,
            f"{v.capacity} {seats}" if v.capacity is not None else "",
            always_shown=True,
        )
        for v in sorted(d.venues.values(), key=lambda v: v.name)
    ]
    rows += [
        TimelineRow(
            ("vehicle", v.id),
            v.name,
            f"{v.seats} {seats}" if v.seats is not None else "",
            always_shown=True,
        )
        for v in sorted(d.vehicles.values(), key=lambda v: v.name)
    ]
    return rows, blocks
