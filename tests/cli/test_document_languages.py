"""Every document in its reader's language: nine itineraries from the demo, as a user runs them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest
from babel.dates import get_month_names

from planner.cli import main
from planner.documents.catalogue import DOCUMENT_LANGUAGES, LOCALES, t
from tests.cli.demo import delegation_of

# English words of the fixed wording that must never appear in another language's copy.
ENGLISH_ONLY = ("Arrival", "Departure", "Your contact", "Venue:", "Head of delegation", "page 1 of")


def _export(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], city: str,
            lang: str, *extra: str) -> tuple[int, Path, str]:
    target = tmp_path / f"{city}-{lang}.pdf"
    code = main(["--db", demo_db, "export", "itinerary", str(delegation_of(demo_db, city)),
                 "--lang", lang, "-o", str(target), *extra])
    return code, target, capsys.readouterr().err


def _text(pdf: Path) -> str:
    """The text as a reader copies it: poppler puts right-to-left runs back in logical order
    (pdfplumber returns them in drawing order, reversed)."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("lang", DOCUMENT_LANGUAGES)
def test_itinerary_in_each_language_has_its_month_and_programme_word(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, pdf, listed = _export(demo_db, tmp_path, capsys, "Netanya", lang)
    assert code == 0
    text = _text(pdf)
    # Chinese dates write the month as a number ("2026年5月9日"), CLDR's long date form.
    may = "5月" if lang == "zh" else get_month_names("wide", context="format",
                                                     locale=LOCALES[lang])[5]
    assert may in text, (lang, may)
    assert t(lang, "Programme") in text
    for english in ENGLISH_ONLY if lang != "en" else ():
        assert english not in text, (lang, english)
    if lang not in ("de", "en"):  # some programme titles exist in de/en only: the CLI says so
        assert "text(s) have no" in listed
    else:  # the demo's Netanya visit is typed in German and English throughout
        assert listed == ""


def test_functions_and_occasion_print_in_the_readers_language(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, german, listed = _export(demo_db, tmp_path, capsys, "Netanya", "de")
    text = _text(german)
    assert "Bürgermeisterin von Netanya" in text and "Mayor of Netanya" not in text
    _, hebrew, listed = _export(demo_db, tmp_path, capsys, "Netanya", "he")
    text = _text(hebrew)
    assert "ראש עיריית נתניה" in text and "Bürgermeisterin" not in text
    assert "פסטיבל העיר" in text  # the occasion's Hebrew text
    assert "Function of" not in listed and "Occasion" not in listed


def test_german_and_french_copies_address_guests_in_their_own_words(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, german, _ = _export(demo_db, tmp_path, capsys, "Netanya", "de")
    text = _text(german)
    assert "Frau Miriam Feirberg-Ikar" in text and "Herr " in text
    assert "Mrs" not in text and "Mr " not in text
    _, french, _ = _export(demo_db, tmp_path, capsys, "Netanya", "fr")
    text = _text(french)
    assert "Mme Miriam Feirberg-Ikar" in text and "M. " in text


def test_every_fallback_is_listed_and_strict_writes_nothing(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, pdf, listed = _export(demo_db, tmp_path, capsys, "Netanya", "fr")
    assert code == 0
    assert "no French text, printed in English: 'Pick-up at Düsseldorf Airport'" in listed
    assert "Pick-up at Düsseldorf Airport" in _text(pdf)  # printed, and listed above
    pdf.unlink()
    code, pdf, listed = _export(demo_db, tmp_path, capsys, "Netanya", "fr", "--strict")
    assert code == 1 and not pdf.exists()
    assert "nothing was written (--strict)" in listed


def test_hebrew_programme_rows_start_at_the_right_margin(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, pdf, _ = _export(demo_db, tmp_path, capsys, "Netanya", "he")
    with pdfplumber.open(pdf) as document:
        page = document.pages[1]
        times = [w for w in page.extract_words() if "–" in w["text"] and ":" in w["text"]]
        assert times, "no programme row times found"
        right_margin = page.width - 20 * 72 / 25.4
        for word in times:  # the time, each row's first cell, ends at the right margin
            assert right_margin - 15 < word["x1"] <= right_margin + 1, word
            assert word["x0"] > page.width / 2


def test_a_title_typed_in_the_guests_language_is_printed_and_not_listed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    from planner.services import Services

    db = str(tmp_path / "he.sqlite")
    assert main(["--db", db, "demo"]) == 0
    netanya = delegation_of(db, "Netanya")
    services = Services.open(db)
    try:
        stored = services.delegations.get(netanya)
        services.delegations.save(replace(stored, title={**stored.title,
                                                         "he": "משלחת עיר התאומה נתניה"}))
    finally:
        services.close()
    capsys.readouterr()
    code, pdf, listed = _export(db, tmp_path, capsys, "Netanya", "he")
    assert code == 0
    assert "משלחת עיר התאומה נתניה" in _text(pdf)
    assert "Delegation title" not in listed


def test_a_bilingual_edition_prints_each_text_with_german_beneath(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, pdf, _ = _export(demo_db, tmp_path, capsys, "Amiens", "fr", "--bilingual")
    assert code == 0
    lines = [line.strip() for line in _text(pdf).splitlines() if line.strip()]
    assert "Programme / Programm" in lines
    # Each heading and title in French, its German version on the next line.
    french_day = next(i for i, line in enumerate(lines) if line.startswith("Jour 2 —"))
    assert lines[french_day + 1].startswith("Tag 2 —")
    title = next(i for i, line in enumerate(lines) if "Échanges de jumelage" in line)
    assert "Austausch Städtepartnerschaft" in lines[title + 1]
    code, _, refused = _export(demo_db, tmp_path, capsys, "Amiens", "de", "--bilingual")
    assert code == 1 and "choose that language with --lang" in refused


def test_staff_copies_state_conflicts_in_their_own_language(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "week-fr.pdf"
    assert main(["--db", demo_db, "export", "week", "2026-05-08", "--lang", "fr",
                 "-o", str(target)]) == 0
    listed = capsys.readouterr().err
    text = _text(target)
    assert "Conflits de la semaine" in text
    assert "il manque un interprète" in text  # the conflict sentence, in French
    assert "shares no language" not in text and "is scheduled for" not in text
    # The engine's item titles are German/English only: said before printing.
    assert "Item titles of the week plan exist in German and English only" in listed
    assert main(["--db", demo_db, "export", "week", "2026-05-08", "--lang", "de",
                 "-o", str(target)]) == 0
    assert "German and English only" not in capsys.readouterr().err


def test_the_german_run_sheet_has_no_english_needs(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, pdf, _ = _export(demo_db, tmp_path, capsys, "Netanya", "de", "--audience", "internal")
    text = _text(pdf)
    assert code == 0 and "Ernährung: koscher" in text
    assert "kosher" not in text and "wheelchair user" not in text


def test_seating_plan_and_week_plan_name_everything_in_their_language(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    with sqlite3.connect(demo_db) as db:
        [meal] = db.execute("SELECT min(id) FROM programme_item WHERE kind = 'meal'").fetchone()
    target = tmp_path / "seating-he.pdf"
    assert main(["--db", demo_db, "export", "seating", str(meal), "--lang", "he",
                 "-o", str(target)]) == 0
    assert "Meal title: no Hebrew text, printed in English" in capsys.readouterr().err
    week = tmp_path / "week-zh.pdf"
    assert main(["--db", demo_db, "export", "week", "2026-05-08", "--lang", "zh",
                 "-o", str(week)]) == 0
    assert "行：代表团" in _text(week)  # "Rows: Delegation", the axis in Chinese too


def test_badges_print_the_hosts_functions_in_the_badges_language(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "badges-he.pdf"
    code = main(["--db", demo_db, "export", "badges", str(delegation_of(demo_db, "Netanya")),
                 "--lang", "he", "-o", str(target)])
    listed = capsys.readouterr().err
    assert code == 0
    text = _text(target)
    assert "ראש עיריית דורטמונד" in text  # the Lord Mayor's function in Hebrew
    assert "Oberbürgermeisterin" not in text
    # Dalia Cohen's function exists in de/en/fr/he; every host's is in Hebrew: nothing to list.
    assert "Function of" not in listed
    target = tmp_path / "badges-ru.pdf"
    main(["--db", demo_db, "export", "badges", str(delegation_of(demo_db, "Netanya")),
          "--lang", "ru", "-o", str(target)])
    listed = capsys.readouterr().err
    assert "Function of Miriam Feirberg-Ikar: no Russian text, printed in" in listed
    assert "Обер-бургомистр города Дортмунд" in _text(target)
