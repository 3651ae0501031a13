"""Documents layer: renders plain data to PDF (itineraries, lists, badges, seating plans)."""

from __future__ import annotations

from planner.documents.data import (
    BadgeData,
    BadgeInfo,
    HostInfo,
    Hotel,
    ItemInfo,
    ItineraryData,
    Journey,
    MemberInfo,
    Officer,
    PrecedenceData,
    RenderResult,
    SeatingData,
    TableSpec,
)
from planner.documents.itinerary import render_itinerary

__all__ = [
    "BadgeData",
    "BadgeInfo",
    "HostInfo",
    "Hotel",
    "ItemInfo",
    "ItineraryData",
    "Journey",
    "MemberInfo",
    "Officer",
    "PrecedenceData",
    "RenderResult",
    "SeatingData",
    "TableSpec",
    "render_itinerary",
]
