"""The itinerary reads like a printed programme: the office's identity and contacts on the
cover, the journey on day 1, transfers from → to, "as of" once, the reader's name in large
type on a personal programme."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pdfplumber

from planner.documents import ItineraryData, render_itinerary
from planner.documents.data import ItemInfo, Office, Officer
from planner.resources import resource
from tests.documents.doc_samples import pdftotext

OFFICE = Office(city="Dortmund", name="Büro für Internationale Beziehungen",
                address="Friedensplatz 1\n44135 Dortmund", phone="+49 231 555-0100",
                email="international@dortmund.example", emergency_phone="+49 170 555-0199",
                emblem=resource("emblem", "demo-emblem.svg").read_bytes(),
                emblem_type="image/svg+xml")


def pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def with_office(data: ItineraryData) -> ItineraryData:
    return replace(data, office=OFFICE, interpreters=(Officer("Dalia Cohen", "+49 170 555-0123"),))


def test_the_cover_carries_the_office_and_everyone_to_call(itinerary: ItineraryData) -> None:
    cover = " ".join(pages(render_itinerary(with_office(itinerary), "de").pdf)[0].split())
    for expected in ("Büro für Internationale Beziehungen", "Friedensplatz 1", "44135 Dortmund",
                     "+49 231 555-0100", "international@dortmund.example",
                     "Rund um die Uhr", "+49 170 555-0199",
                     "Dolmetschung", "Dalia Cohen", "+49 170 555-0123", "Anna Schäfer"):
        assert expected in cover, expected


def test_the_emblem_is_drawn_on_the_cover_and_in_every_header(itinerary: ItineraryData) -> None:
    pdf = render_itinerary(with_office(itinerary), "de").pdf
    plain = render_itinerary(itinerary, "de").pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document, \
            pdfplumber.open(io.BytesIO(plain)) as without:
        for page, bare in zip(document.pages, without.pages, strict=True):
            # The SVG emblem is vector paths: more curves than the same page without it.
            assert len(page.curves) + len(page.rects) > len(bare.curves) + len(bare.rects)


def test_as_of_is_printed_once_per_page_in_the_footer(itinerary: ItineraryData) -> None:
    for text in pages(render_itinerary(with_office(itinerary), "de").pdf):
        assert text.count("Stand: 1. Mai 2026") == 1


def test_day_one_is_the_arrival_day_with_the_journey(itinerary: ItineraryData) -> None:
    arrival = itinerary.arrival
    assert arrival is not None
    # No item on the arrival day: the day is still day 1, and the journey is on it.
    later = replace(itinerary, items=[i for i in itinerary.items
                                      if i.start.date() > arrival.instant.date()])
    text = " ".join(pdftotext(render_itinerary(later, "de").pdf).split())
    day_one = text.index("Tag 1 — Samstag, 9. Mai 2026")
    assert text.index("Ankunft in Dortmund", day_one) < text.index("Tag 2", day_one)
    assert "LY 2555" in text[day_one:text.index("Tag 2")]
    assert "Abreise aus Dortmund" in text


def test_a_transfer_shows_where_from_and_where_to(itinerary: ItineraryData) -> None:
    arrival = itinerary.arrival
    assert arrival is not None
    pick_up = ItemInfo(id=99, kind="Transfer", kind_code="transfer", title="Pick-up at the airport",
                       start=arrival.instant + timedelta(minutes=30),
                       end=arrival.instant + timedelta(minutes=90), venue_name="Hotel Esplanade")
    data = replace(itinerary, items=[*itinerary.items, pick_up])
    text = " ".join(pdftotext(render_itinerary(data, "en").pdf).split())
    block = text[text.index("Pick-up at the airport"):]
    assert block.index("From: Düsseldorf Airport (DUS)") < block.index("To: Hotel Esplanade")
    assert "Venue: Hotel Esplanade" not in block[:200]


def test_the_personal_programme_names_its_reader_in_large_type(
        itinerary: ItineraryData) -> None:
    member = itinerary.members[1]
    pdf = render_itinerary(itinerary, "en", member_id=member.id).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words(extra_attrs=["size"])
    name_sizes = [w["size"] for w in words if w["text"] == member.name.split()[-1]]
    body_sizes = [w["size"] for w in words if w["text"] == "Arrival"]
    assert name_sizes and body_sizes and max(name_sizes) >= 2 * max(body_sizes)


def test_a_long_title_is_set_in_balanced_lines() -> None:
    from planner.documents.layout import Styles
    from planner.documents.text import ScriptText

    title = ScriptText("Delegation der Partnerstadt Rostow am Don", Styles().cover_title, "de",
                       balanced=True)
    title.wrap(170 * 2.834, 1000)
    lines = ["".join(part for _font, part in line) for line in title.lines]
    assert lines == ["Delegation der Partnerstadt", "Rostow am Don"] or len(lines) == 1
