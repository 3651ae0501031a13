"""Badge sheets and tent place cards: layout per sheet, names in both scripts."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pdfplumber

from planner.documents import BadgeData, BadgeInfo, render_badges, render_place_cards

Extract = Callable[[bytes], str]


def _pages(pdf: bytes) -> list[tuple[float, float]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [(round(p.width), round(p.height)) for p in document.pages]


def test_ten_badges_per_a4_sheet(badges: BadgeData, text_of: Extract) -> None:
    people = [BadgeInfo(f"Person {n:02d}", "", "Guest") for n in range(23)]
    result = render_badges(replace(badges, people=people), "en")
    assert _pages(result.pdf) == [(595, 842)] * 3
    text = text_of(result.pdf)
    assert all(f"Person {n:02d}" in text for n in range(23))


def test_badges_show_name_native_name_title_and_affiliation(
    badges: BadgeData, text_of: Extract
) -> None:
    text = text_of(render_badges(badges, "de").pdf)
    for expected in (
        "Wang Xiaoming",
        "王小明",
        "Vice Mayor of Xi’an",  # typed apostrophe set as a typographic one
        "Stadt Dortmund",
        "60 years of town twinning",
    ):
        assert expected in text


def test_very_long_names_stay_on_the_badge(badges: BadgeData) -> None:
    long_name = "Maria-Magdalena Alexandrina von Hohenzollern-Sigmaringen-Württemberg"
    pdf = render_badges(replace(badges, people=[BadgeInfo(long_name, "", "x")]), "en").pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = [c for c in document.pages[0].chars if c["size"] > 8]
    # The badge is 90 mm wide starting 15 mm from the left edge; the name stays inside.
    left, right = 15 * 72 / 25.4, (15 + 90) * 72 / 25.4
    assert chars and all(left < c["x0"] and c["x1"] < right for c in chars)


def test_place_cards_four_per_sheet_with_name_on_both_faces(
    badges: BadgeData, text_of: Extract
) -> None:
    result = render_place_cards(badges, "fr")
    assert len(_pages(result.pdf)) == -(-len(badges.people) // 4)
    text = text_of(result.pdf)
    assert text.count("Hélène Lefèvre") == 2
    assert "plier" in text


def test_sheets_are_reproducible(badges: BadgeData) -> None:
    assert render_badges(badges, "en").pdf == render_badges(badges, "en").pdf
    assert render_place_cards(badges, "de").pdf == render_place_cards(badges, "de").pdf
