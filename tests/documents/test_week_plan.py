"""The printed week plan from plain data: names in every script, conflicts, long days, midnight."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from planner.documents.data import WeekConflict, WeekEntry, WeekPlanData, WeekRow
from planner.documents.week_plan import ENTRIES_PER_CELL, render_week_plan
from tests.documents.doc_samples import BERLIN

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
MONDAY = datetime(2026, 5, 4, tzinfo=BERLIN)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=BERLIN)


def week(**changes: object) -> WeekPlanData:
    """A DORTBUNT! week by person, with a double booking and a night train; `changes` replace
    fields."""
    reception = WeekEntry(at(9, 10), at(9, 11, 30), "Empfang im Rathaus", "ceremony",
                          "Rathaus, Festsaal", "error")
    plan = WeekPlanData(
        city_name="Dortmund",
        monday=MONDAY,
        axis="person",
        rows=(
            WeekRow("Oberbürgermeister Thomas Westphal", "Oberbürgermeister", (
                reception,
                WeekEntry(at(9, 10, 30), at(9, 11), "Pressegespräch", "press", "Rathaus",
                          "error"),
            )),
            WeekRow("מרים לוי", "Delegation", (reception,)),
            WeekRow("王小明", "Delegation", (
                WeekEntry(at(8, 19), at(8, 21), "Abendessen", "meal", "Schürmann", "warning"),
            )),
            WeekRow("Ђорђе Петровић", "Delegation", (
                WeekEntry(at(10, 22), at(11, 1, 30), "Nachtzug nach Novi Sad", "transfer",
                          "Dortmund Hbf"),
            )),
        ),
        conflicts=(
            WeekConflict("error", "Oberbürgermeister Thomas Westphal ist gleichzeitig in "
                                  "„Empfang im Rathaus“ und „Pressegespräch“ eingeplant."),
            WeekConflict("warning", "Die Bedürfnisse von 王小明 sind nicht bestätigt."),
        ),
        generated_at=datetime(2026, 5, 1, 12, 0, tzinfo=BERLIN),
    )
    return replace(plan, **changes)  # type: ignore[arg-type]


@needs_poppler
def test_every_script_prints_and_the_sheet_is_internal(
    text_of: Callable[[bytes], str], reader_text_of: Callable[[bytes], str]
) -> None:
    result = render_week_plan(week(), "de")
    assert result.warnings == []
    text = text_of(result.pdf)
    for expected in ("Wochenplan", "KW 19", "Mo., 4. Mai", "So., 10. Mai", "Zeilen: Person",
                     "Oberbürgermeister Thomas Westphal", "王小明", "Ђорђе Петровић",
                     "Empfang im Rathaus", "Konflikte dieser Woche",
                     "NUR FÜR DEN DIENSTGEBRAUCH", "Stand: 1. Mai 2026, 12:00"):
        assert expected in text, expected
    assert "מרים לוי" in reader_text_of(result.pdf)
    assert "⚠ 10:00–11:30" in text  # an item in a conflict is marked
    assert "22:00–01:30 (+1)" in text  # the night train is listed on its day, ending next day
    assert "Fehler: Oberbürgermeister Thomas Westphal ist gleichzeitig" in text


@needs_poppler
def test_english_and_french_wording(text_of: Callable[[bytes], str]) -> None:
    english = text_of(render_week_plan(week(), "en").pdf)
    assert "Week plan" in english and "Mon 4 May" in english and "INTERNAL — STAFF ONLY" in english
    french = text_of(render_week_plan(week(axis="venue"), "fr").pdf)
    assert "Planning de la semaine" in french and "Lignes : Lieu" in french
    assert "lun. 4 mai" in french and "USAGE INTERNE" in french


@needs_poppler
def test_a_day_too_full_for_one_cell_continues_in_the_next_row(
    text_of: Callable[[bytes], str],
) -> None:
    busy = tuple(
        WeekEntry(at(9, 7) + timedelta(minutes=25 * n), at(9, 7) + timedelta(minutes=25 * n + 20),
                  f"Termin {n + 1:02d}", "meeting", "Rathaus")
        for n in range(ENTRIES_PER_CELL * 3 + 1)
    )
    data = week(rows=(WeekRow("Protokollchefin Sabine Albers", "Protokoll", busy),))
    text = text_of(render_week_plan(data, "de").pdf)
    for n in range(1, len(busy) + 1):
        assert f"Termin {n:02d}" in text  # nothing lost to a cell taller than the page
    assert text.count("(Fortsetzung)") == 3


def test_same_data_same_bytes_and_an_empty_week() -> None:
    assert render_week_plan(week(), "de").pdf == render_week_plan(week(), "de").pdf
    empty = render_week_plan(week(rows=(), conflicts=()), "en")
    assert empty.pdf.startswith(b"%PDF")


def test_unprintable_characters_are_reported_by_row() -> None:
    data = week(rows=(WeekRow("Gast \U000f0000", "", (
        WeekEntry(at(9, 10), at(9, 11), "Treffen", "meeting"),)),))
    result = render_week_plan(data, "de")
    assert any(w.startswith("Row 'Gast") and "U+F0000" in w for w in result.warnings)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported document language"):
        render_week_plan(week(), "it")
