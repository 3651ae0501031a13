"""Documents layer: renders plain data to PDF (itineraries, lists, badges, seating plans).

The names below are loaded on first use: importing a light module of this package (its
languages, its data types) must not load ReportLab, which the command line's parser and the
window's start do not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from planner.documents.seating import plan_of, render_seating_plan

_MODULE_OF = {
    **dict.fromkeys(("BadgeData", "BadgeInfo", "HostInfo", "Hotel", "ItemInfo", "ItineraryData",
                     "Journey", "MemberInfo", "Officer", "PrecedenceData", "RenderResult",
                     "SeatingData", "TableSpec"), "data"),
    "render_badges": "badges", "render_place_cards": "badges",
    "render_itinerary": "itinerary",
    "precedence_order": "precedence", "render_precedence_list": "precedence",
    "plan_of": "seating", "render_seating_plan": "seating",
}
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
    "plan_of",
    "precedence_order",
    "render_badges",
    "render_itinerary",
    "render_place_cards",
    "render_precedence_list",
    "render_seating_plan",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value
