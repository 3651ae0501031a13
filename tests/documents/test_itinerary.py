"""Itineraries as a reader sees them: content per audience and member, pages, metadata."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from dataclasses import replace

import pdfplumber
import pytest

from planner.documents import ItineraryData, render_itinerary

Extract = Callable[[bytes], str]


def test_guest_itinerary_has_cover_facts_and_day_by_day_programme(
    itinerary: ItineraryData, text_of: Extract
) -> None:
    text = text_of(render_itinerary(itinerary, "en", "guest").pdf)
    cover = text.split("\f")[0]
    for expected in (
        "Dortmund",
        "Programme",
        "Delegation of the City of Netanya",
        "60 years of town twinning",
        "9 – 12 May 2026",  # CLDR writes the shared month and year once (thin spaces)
        "Arrival",
        "9 May 2026, 10:35 · Flight · LY 2555",
        "Hotel Esplanade",
        "Anna Schäfer",
        "protokoll@stadtdo.de",
        "As of 1 May 2026, 14:00",
    ):
        assert expected in cover
    for expected in (
        "Day 1 — Saturday, 9 May 2026",
        "Day 3 — Monday, 11 May 2026",
        "15:00–16:30",
        "Reception at the Town Hall",
        "Venue: Rathaus Dortmund, Friedensplatz 1, 44135 Dortmund",
        "Dress code: Business attire",
        "Note: Please bring your passport.",
        "Participants: Olga Smirnova, Noa Levi & Partner <Culture>",
    ):
        assert expected in text
    # Everyone attends the reception, so no participant line is printed for it.
    reception = text[text.index("Reception at the Town Hall") : text.index("Dinner at")]
    assert "Participants" not in reception


@pytest.mark.parametrize(
    ("lang", "day", "page"),
    [
        ("de", "Tag 1 — Samstag, 9. Mai 2026", "Seite 2 von 3"),
        ("fr", "Jour 1 — samedi 9 mai 2026", "page 2 sur 3"),
        ("en", "Day 1 — Saturday, 9 May 2026", "page 2 of 3"),
    ],
)
def test_labels_dates_and_page_numbers_follow_the_language(
    itinerary: ItineraryData, text_of: Extract, lang: str, day: str, page: str
) -> None:
    text = text_of(render_itinerary(itinerary, lang, "guest").pdf)
    assert day in text
    assert page in text


def test_every_page_numbered_x_of_y_with_running_header(
    itinerary: ItineraryData, text_of: Extract
) -> None:
    long_items = [
        replace(
            itinerary.items[1],
            id=100 + n,
            title=f"Workshop {n}",
            start=itinerary.items[1].start.replace(day=9 + n % 4),
            end=itinerary.items[1].end.replace(day=9 + n % 4),
        )
        for n in range(40)
    ]
    data = replace(itinerary, items=long_items)
    pages = text_of(render_itinerary(data, "en", "guest").pdf).rstrip("\f").split("\f")
    assert len(pages) >= 4
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
        if number > 1:
            assert "Delegation of the City of Netanya" in page.splitlines()[0] or (
                "Dortmund" in page.splitlines()[0]
            )


def test_personal_itinerary_lists_only_that_members_items(
    itinerary: ItineraryData, text_of: Extract
) -> None:
    # Member 1 attends the all-member items and the mayors' session, not the arts breakfast.
    text = text_of(render_itinerary(itinerary, "en", "guest", member_id=1).pdf)
    assert "Personal programme" in text and "for Mayor Miriam Feuerberg-Eicher" in text
    for title in (
        "Reception at the Town Hall",
        "Dinner at İstanbul Sofrası",
        "Dortmunder U — Centre for Art and Creativity",
        "Working session with the mayors",
    ):
        assert title in text
    assert "QX-ONLY-ARTS" not in text
    # Day numbers stay those of the whole visit, so the personal copy matches the others.
    assert "Day 3 — Monday, 11 May 2026" in text

    other = text_of(render_itinerary(itinerary, "en", "guest", member_id=3).pdf)
    assert "Business breakfast QX-ONLY-ARTS" in other
    assert "Working session with the mayors" not in other


def test_same_data_gives_identical_bytes(itinerary: ItineraryData) -> None:
    first = render_itinerary(itinerary, "de", "internal").pdf
    assert render_itinerary(itinerary, "de", "internal").pdf == first
    later = replace(itinerary, generated_at=itinerary.generated_at.replace(hour=15))
    assert render_itinerary(later, "de", "internal").pdf != first  # the visible "as of"


def test_metadata_and_embedded_subset_fonts(itinerary: ItineraryData) -> None:
    pdf = render_itinerary(replace(itinerary, members=[*itinerary.members]), "fr", "guest").pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        meta = document.metadata
    assert meta["Title"] == "Dortmund: Programme — Delegation of the City of Netanya"
    assert meta["Author"] == "Dortmund"
    assert meta["Subject"] == "Programme — Delegation of the City of Netanya"
    assert b"/Lang (fr)" in pdf
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    rows = fonts.stdout.decode().splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        # name, type, encoding, emb, sub, uni: every font embedded and subset.
        assert re.match(r"[A-Z]{6}\+\S+\s+TrueType\s+\S+\s+yes\s+yes", row), row


def test_run_sheet_marks_conflicts_and_lists_needs(
    itinerary: ItineraryData, text_of: Extract
) -> None:
    text = " ".join(text_of(render_itinerary(itinerary, "en", "internal").pdf).split())
    assert "Run sheet" in text and "INTERNAL — STAFF ONLY" in text
    assert "⚠ Conflict: Overlaps press call QX-CONFLICT-46" in text
    assert "Dietary: Kosher QX-DIET-47" in text
    assert "Accessibility: Wheelchair QX-ACCESS-48" in text


def test_empty_programme_still_renders(itinerary: ItineraryData, text_of: Extract) -> None:
    data = replace(itinerary, items=[], arrival=None, departure=None, hotel=None, officer=None)
    assert "No programme items." in text_of(render_itinerary(data, "en").pdf)


def test_very_long_texts_run_over_page_breaks(itinerary: ItineraryData, text_of: Extract) -> None:
    long_text = "Sehr langer Text über das Programm. " * 400
    item = replace(itinerary.items[0], description=long_text, internal_notes="Intern " * 300)
    data = replace(itinerary, items=[item, *itinerary.items[1:]])
    text = text_of(render_itinerary(data, "de", "internal").pdf)
    assert " ".join(text.split()).count("Sehr langer Text über das Programm.") == 400
    assert "Dinner at İstanbul Sofrası" in text
