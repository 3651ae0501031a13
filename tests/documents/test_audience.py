"""Guest documents never show staff-only fields; the run sheet shows all of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner.documents import ItineraryData, render_itinerary
from planner.documents.audience import for_audience
from tests.documents.doc_samples import INTERNAL_MARKERS

Extract = Callable[[bytes], str]


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
@pytest.mark.parametrize("member_id", [None, 1, 3])
def test_guest_documents_contain_no_internal_marker(
    itinerary: ItineraryData, text_of: Extract, lang: str, member_id: int | None
) -> None:
    pdf = render_itinerary(itinerary, lang, "guest", member_id).pdf
    text = text_of(pdf)
    for field, marker in INTERNAL_MARKERS.items():
        assert marker not in text, f"{field} leaked into a guest document"
        assert marker.encode() not in pdf  # not hidden in metadata either


def test_run_sheet_shows_every_staff_field(itinerary: ItineraryData, text_of: Extract) -> None:
    text = " ".join(text_of(render_itinerary(itinerary, "de", "internal").pdf).split())
    for field, marker in INTERNAL_MARKERS.items():
        assert marker in text, f"{field} missing from the run sheet"
    assert "Konflikt" in text and "NUR FÜR DEN DIENSTGEBRAUCH" in text


def test_filter_is_applied_before_layout(itinerary: ItineraryData) -> None:
    view = for_audience(itinerary, "guest")
    assert all(not (m.dietary or m.accessibility) for m in view.members)
    assert all(
        not (i.internal_notes or i.hosts or i.interpreters or i.drivers or i.vehicle or i.conflicts)
        for i in view.items
    )
    assert [i.guest_notes for i in view.items] == [i.guest_notes for i in itinerary.items]


def test_unknown_audience_or_member_is_refused(itinerary: ItineraryData) -> None:
    with pytest.raises(ValueError, match="audience"):
        render_itinerary(itinerary, "en", "press")
    with pytest.raises(ValueError, match="member 999"):
        render_itinerary(itinerary, "en", "guest", member_id=999)
