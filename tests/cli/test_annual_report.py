"""`planner export report`: the annual report as a PDF of vector charts and as a workbook whose
numbers are the ones `planner list` shows."""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from planner.cli import main


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _visits_2026(demo_db: str, capsys: pytest.CaptureFixture[str]) -> Counter[str]:
    assert main(["--db", demo_db, "list", "delegations", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    # Visits to the city: the city's own trips abroad are not counted.
    return Counter(r["partner_city"] for r in rows
                   if r["arrival"].startswith("2026") and r["status"] != "cancelled"
                   and r["direction"] == "incoming")


def test_the_pdf_names_every_visiting_city_with_its_count_in_vector_charts(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = _visits_2026(demo_db, capsys)
    target = tmp_path / "report.pdf"
    assert main(["--db", demo_db, "export", "report", "--year", "2026", "-o", str(target)]) == 0
    text = _text(target)
    assert "Jahresbericht 2026" in text and "Internationale Beziehungen" in text
    for city, count in expected.items():  # the table row under the chart: city, visits, …
        printed = city.replace("'", "\u2019")  # typeset: Xi’an
        assert re.search(rf"^\s*{re.escape(printed)}\s+{count}\s", text, re.MULTILINE), city
    assert "Partnerstädte ohne Besuch 2026: Rostov-on-Don" in text  # the quiet partnership
    assert "7 Besuche" in text and "1 Besuch " not in text
    with pdfplumber.open(target) as pdf:
        assert all(not page.images for page in pdf.pages)  # drawn, not pasted pictures
        assert len(pdf.pages[0].rects) >= len(expected)  # a bar per visiting city


def test_the_english_edition_and_the_workbook_agree_with_the_lists(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = _visits_2026(demo_db, capsys)
    pdf, xlsx = tmp_path / "report-en.pdf", tmp_path / "report.xlsx"
    assert main(["--db", demo_db, "export", "report", "--year", "2026", "--lang", "en",
                 "-o", str(pdf)]) == 0
    assert "Annual report 2026" in _text(pdf)
    assert main(["--db", demo_db, "export", "report", "--year", "2026", "-o", str(xlsx)]) == 0
    book = openpyxl.load_workbook(xlsx)
    visits = book.worksheets[0]
    assert visits.title == "Besuche nach Partnerstadt"
    rows = list(visits.iter_rows(values_only=True))
    assert rows[0][:2] == ("Partnerstadt", "Besuche")
    assert {row[0]: row[1] for row in rows[1:]} == dict(expected)
    months = [row[1] for row in list(book.worksheets[1].iter_rows(values_only=True))[1:]]
    assert len(months) == 12 and sum(months) > 0
    assert all(isinstance(n, int) for n in months)  # numbers, not text
    quiet = [row[0] for row in book.worksheets[-1].iter_rows(values_only=True)]
    assert quiet == ["Partnerstadt", "Rostov-on-Don"]


def test_a_wrong_file_type_or_year_writes_nothing(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.docx"
    assert main(["--db", demo_db, "export", "report", "--year", "2026", "-o", str(target)]) == 1
    assert "use .pdf or .xlsx" in capsys.readouterr().err and not target.exists()
    target = tmp_path / "report.pdf"
    assert main(["--db", demo_db, "export", "report", "--year", "99999", "-o", str(target)]) == 1
    assert "not a plausible year" in capsys.readouterr().err and not target.exists()
