"""One document of a delegation as bytes, by request: what the Documents screen previews, the
visit pack bundles and the command line writes come from this one function."""

from __future__ import annotations

from dataclasses import dataclass, field

# The package, not its renderers: they load (with ReportLab) when a document is first made, on
# the worker, not when the Documents screen imports this module for its list of kinds.
from planner import documents
from planner.documents.data import Fallback
from planner.documents.languages import DOCUMENT_LANGUAGES
from planner.domain.office import OFFICE_LANGUAGE
from planner.services import Services
from planner.services.documents import DocumentSource, document_source


@dataclass(frozen=True)
class DocumentRequest:
    kind: str
    delegation_id: int
    lang: str = "de"
    audience: str = "guest"
    member_id: int | None = None
    item_id: int | None = None
    bilingual: bool = False


@dataclass(frozen=True)
class GeneratedDocument:
    request: DocumentRequest
    data: bytes
    warnings: list[str] = field(default_factory=list)
    fallbacks: list[Fallback] = field(default_factory=list)  # typed texts not in the language

    @property
    def is_pdf(self) -> bool:
        return self.request.kind != "calendar"

    @property
    def suffix(self) -> str:
        return ".pdf" if self.is_pdf else ".ics"


def default_language(languages: tuple[str, ...]) -> str:
    """The delegation's first language the documents speak; German otherwise."""
    return next((lang for lang in languages if lang in DOCUMENT_LANGUAGES), "de")


def generate(services: Services, request: DocumentRequest,
             source: DocumentSource | None = None) -> GeneratedDocument:
    """The document `request` names; `source` may be shared by several calls (a pack)."""
    r = request
    if r.kind == "calendar":
        from planner.services.calendar import CalendarExport  # icalendar: only for a calendar

        ics = CalendarExport(services.ctx).for_delegation(r.delegation_id, r.lang, r.audience)
        return GeneratedDocument(r, ics)
    source = source or document_source(services.ctx)
    if r.kind in ("guest", "run_sheet", "personal") and services.delegations.get(
            r.delegation_id).is_trip:
        # A trip abroad: one travel itinerary for the city's own travellers.
        from planner.documents.trip_itinerary import render_trip_itinerary
        from planner.services.trip_documents import trip_itinerary

        result = render_trip_itinerary(trip_itinerary(services.ctx, r.delegation_id, r.lang),
                                       r.lang)
    elif r.kind in ("guest", "run_sheet", "personal"):
        audience = {"guest": "guest", "run_sheet": "internal"}.get(r.kind, r.audience)
        member_id = r.member_id if r.kind == "personal" else None
        if r.kind == "personal" and member_id is None:
            raise ValueError("choose the member whose itinerary to print")
        second = OFFICE_LANGUAGE if r.bilingual and r.lang != OFFICE_LANGUAGE else None
        data = source.itinerary(r.delegation_id, r.lang, second=second)
        result = documents.render_itinerary(data, r.lang, audience, member_id, second)
    elif r.kind == "precedence":
        result = documents.render_precedence_list(source.precedence(r.delegation_id, r.lang),
                                                  r.lang)
    elif r.kind in ("badges", "place_cards"):
        render = documents.render_badges if r.kind == "badges" else documents.render_place_cards
        result = render(source.badges(r.delegation_id, r.lang), r.lang)
    elif r.kind == "meal_cards":
        if r.item_id is None:
            raise ValueError("choose the meal whose place cards to print")
        result = documents.render_place_cards(source.meal_cards(r.item_id, r.lang), r.lang)
    elif r.kind == "seating":
        if r.item_id is None:
            raise ValueError("the delegation has no meal to seat")
        result = documents.render_seating_plan(source.seating(r.item_id, r.lang), r.lang)
    else:
        raise ValueError(f"unknown document {r.kind!r}")
    return GeneratedDocument(r, result.pdf, list(result.warnings), list(result.fallbacks))
