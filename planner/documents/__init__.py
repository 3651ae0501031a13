"""Documents layer: renders plain data to PDF (itineraries, lists, badges, seating plans)."""

from __future__ import annotations

from planner.documents.badges import render_badges, render_place_cards
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
from planner.documents.precedence import precedence_order, render_precedence_list
from planner.documents.seating import assign_seats, render_seating_plan

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
    "assign_seats",
    "precedence_order",
    "render_badges",
    "render_itinerary",
    "render_place_cards",
    "render_precedence_list",
    "render_seating_plan",
]
