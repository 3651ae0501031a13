"""Names in every partner-city script come out of the PDFs exactly as stored."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace

import pytest

from planner.documents import (
    BadgeData,
    ItineraryData,
    MemberInfo,
    PrecedenceData,
    render_badges,
    render_itinerary,
    render_place_cards,
    render_precedence_list,
)
from tests.documents.doc_samples import (
    ARABIC_NAME,
    CHINESE_HEAD,
    FRENCH_NAME,
    HEBREW_HEAD,
    MARKUP_NAME,
    RUSSIAN_NAME,
    SERBIAN_NATIVE,
    TURKISH_HOST,
)

Extract = Callable[[bytes], str]


def test_guest_itinerary_prints_every_script_exactly(
    itinerary: ItineraryData, text_of: Extract, reader_text_of: Extract
) -> None:
    result = render_itinerary(itinerary, "en", "guest")
    text = text_of(result.pdf)
    for name in (
        RUSSIAN_NAME,
        FRENCH_NAME,
        MARKUP_NAME,
        "Dinner at İstanbul Sofrası",
        "Düsseldorf Airport (DUS)",
        "Bornstraße 4–6",
    ):
        assert name in text
    # Arabic is printed as joined presentation forms; NFKC maps them back to the letters.
    assert unicodedata.normalize("NFKC", ARABIC_NAME) in text
    # pdftotext gets single Hebrew words right (its RTL runs stop at '-', see reader_text).
    assert "נתניה" in text and "מרים פיירברג" in text
    assert HEBREW_HEAD in reader_text_of(result.pdf)
    assert result.warnings == []


def test_hebrew_mixed_with_latin_and_digits_reads_in_logical_order(
    itinerary: ItineraryData, reader_text_of: Extract
) -> None:
    item = replace(
        itinerary.items[0],
        title="Treffen mit מרים פיירברג-איכר um 10:00",
        venue_address="עיריית נתניה, רחוב הרצל 12",
    )
    result = render_itinerary(replace(itinerary, items=[item]), "de", "guest")
    text = reader_text_of(result.pdf)
    assert "Treffen mit מרים פיירברג-איכר um 10:00" in text
    # The Hebrew words keep their order; the house number sits at the left end of the RTL
    # run, where the bidi algorithm puts it in a left-to-right line (what a reader expects).
    assert "Rathaus Dortmund, 12 עיריית נתניה, רחוב הרצל" in text


def test_long_hebrew_text_wraps_without_reversing_line_order(
    itinerary: ItineraryData, reader_text_of: Extract
) -> None:
    words = ["שלום", "עולם", "ברוכים", "הבאים", "לדורטמונד"] * 12
    item = replace(itinerary.items[0], description=" ".join(words))
    text = reader_text_of(render_itinerary(replace(itinerary, items=[item]), "en").pdf)
    lines = [line for line in text.splitlines() if "שלום" in line or "לדורטמונד" in line]
    assert len(lines) > 1, "the description should wrap"
    # Per-line bidi: read top to bottom, the words continue where the previous line stopped.
    assert " ".join(lines).split() == words


def test_chinese_and_serbian_cyrillic(xian_itinerary: ItineraryData, text_of: Extract) -> None:
    text = text_of(render_itinerary(xian_itinerary, "fr", "guest").pdf)
    for name in (
        CHINESE_HEAD,
        "李娜",
        SERBIAN_NATIVE,
        "Đorđe Jovanović",
        "西安",
        "Délégation",
        "samedi"[:0] + "Programme",
    ):
        assert name in text


def test_precedence_list_badges_and_cards_print_all_scripts(
    precedence: PrecedenceData, badges: BadgeData, text_of: Extract, reader_text_of: Extract
) -> None:
    for pdf in (
        render_precedence_list(precedence, "de").pdf,
        render_badges(badges, "en").pdf,
        render_place_cards(badges, "fr").pdf,
    ):
        text = text_of(pdf)
        for name in (
            CHINESE_HEAD,
            SERBIAN_NATIVE,
            RUSSIAN_NAME,
            TURKISH_HOST,
            FRENCH_NAME,
            MARKUP_NAME,
        ):
            assert name in text
        assert unicodedata.normalize("NFKC", ARABIC_NAME) in text
        assert HEBREW_HEAD in reader_text_of(pdf)


def test_markup_like_text_prints_literally(itinerary: ItineraryData, text_of: Extract) -> None:
    text = text_of(render_itinerary(itinerary, "en", "guest").pdf)
    assert "Noa Levi & Partner <Culture>" in text
    assert "Arts <b>bold</b> & Co" in text


@pytest.mark.parametrize(
    ("char", "codepoint"), [("\U00010000", "U+10000"), ("\U0001f680", "U+1F680")]
)
def test_unprintable_character_is_reported_with_the_person(
    itinerary: ItineraryData, char: str, codepoint: str, text_of: Extract
) -> None:
    odd = MemberInfo(9, f"Ari {char} Ben", "", title="Guest")
    data = replace(itinerary, members=[*itinerary.members, odd])
    result = render_itinerary(data, "en", "guest")
    assert any(
        w.startswith(f"Member 'Ari {char} Ben': name: character {codepoint}")
        and "not printable in any font" in w
        for w in result.warnings
    ), result.warnings
    assert "Ari \ufffd Ben" in text_of(result.pdf)  # a visible replacement, not a silent box


def test_unprintable_character_in_programme_names_the_item(itinerary: ItineraryData) -> None:
    item = replace(itinerary.items[0], guest_notes="Bring \U00010080 tablets")
    result = render_itinerary(replace(itinerary, items=[item]), "en", "guest")
    assert result.warnings == [
        "Programme item 'Reception at the Town Hall': guest notes: character U+10080 "
        "(LINEAR B IDEOGRAM B100 MAN) not printable in any font"
    ]
