"""Badge sheets and tent place cards: layout per sheet, names in both scripts."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pdfplumber
import pytest

from planner.documents import BadgeData, BadgeInfo, render_badges, render_place_cards
from planner.documents.badges import BADGE_SHEETS, CARD_SHEETS

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
    # The name stays inside the first badge of the sheet.
    x, _y = BADGE_SHEETS["a4-plain"].origin(0)
    left, right = x, x + 90 * 72 / 25.4
    assert chars and all(left < c["x0"] and c["x1"] < right for c in chars)


def test_place_cards_four_per_sheet_with_name_on_both_faces(
    badges: BadgeData, text_of: Extract
) -> None:
    result = render_place_cards(badges, "fr")
    assert len(_pages(result.pdf)) == -(-len(badges.people) // 4)
    text = text_of(result.pdf)
    assert text.count("Hélène Lefèvre") == 2
    assert "plier" not in text and "fold" not in text  # no instruction on a card face


def _name_sizes(pdf: bytes, names: list[str]) -> dict[str, set[float]]:
    """The font sizes each name is printed in (page by page), from the chars of its words."""
    found: dict[str, set[float]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for word in page.extract_words(extra_attrs=["size"]):
                for name in names:
                    if word["text"] == name.split()[0]:
                        found.setdefault(name, set()).add(round(word["size"], 2))
    return found


@pytest.mark.parametrize("sheet", sorted(CARD_SHEETS))
def test_every_name_on_a_card_sheet_has_the_same_size(badges: BadgeData, sheet: str) -> None:
    people = [BadgeInfo("Li Na", "李娜", "x"), BadgeInfo("Ann Bo", "", "x"),
              BadgeInfo("Maximiliane Hohenzollern-Sigmaringen", "", "x"),
              BadgeInfo("Olga Smirnova", "Ольга Смирнова", "x")][:CARD_SHEETS[sheet].per_page]
    pdf = render_place_cards(replace(badges, people=people), "de", sheet).pdf
    sizes = _name_sizes(pdf, [p.name for p in people])
    assert len({size for found in sizes.values() for size in found if size > 10}) == 1


def test_badges_on_plain_paper_have_gaps_and_crop_marks(badges: BadgeData) -> None:
    plain = render_badges(badges, "en", "a4-plain").pdf
    stock = render_badges(badges, "en", "a4-labels-2x5").pdf
    with pdfplumber.open(io.BytesIO(plain)) as document:
        page = document.pages[0]
        marks = [line for line in page.lines if max(line["width"], line["height"]) < 5 * 2.9]
        assert len(marks) >= 8 * 4  # at least one mark at each corner of 8 badges
        # Crop marks never cross a badge: each lies outside every badge's rectangle.
        sheet = BADGE_SHEETS["a4-plain"]
        boxes = [sheet.origin(slot) for slot in range(sheet.per_page)]
        for line in marks:
            mid_x, mid_y = (line["x0"] + line["x1"]) / 2, page.height - line["top"]
            assert not any(x < mid_x < x + sheet.width and y < mid_y < y + sheet.height
                           for x, y in boxes)
    with pdfplumber.open(io.BytesIO(stock)) as document:
        assert len(document.pages[0].chars) > 0  # 10 per sheet, butted, no marks
    assert len(_pages(stock)) == -(-len(badges.people) // 10)


def test_an_unknown_sheet_is_refused(badges: BadgeData) -> None:
    with pytest.raises(ValueError, match="a4-plain"):
        render_badges(badges, "en", "letter")


def test_sheets_are_reproducible(badges: BadgeData) -> None:
    assert render_badges(badges, "en").pdf == render_badges(badges, "en").pdf
    assert render_place_cards(badges, "de").pdf == render_place_cards(badges, "de").pdf


def test_the_command_lines_sheets_are_the_presets() -> None:
    from planner.cli.documents import SHEETS

    assert SHEETS["badges"] == list(BADGE_SHEETS) and SHEETS["placecards"] == list(CARD_SHEETS)
