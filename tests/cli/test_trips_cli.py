"""The demo's trips abroad on the command line: listed with their direction and zone, checked
against the programme at home, printed and exported as a calendar in local time."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pdfplumber
import pytest

from planner.cli import main
from planner.domain.enums import DelegationStatus, ItemKind
from planner.domain.records import Delegation, ProgrammeItem
from planner.services import Services

BERLIN = ZoneInfo("Europe/Berlin")


def _trips(db: str, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    assert main(["--db", db, "list", "delegations", "--direction", "outgoing", "--json"]) == 0
    return {row["partner_city"]: row for row in json.loads(capsys.readouterr().out)}


def test_the_demo_lists_its_trips_with_direction_and_time_zone(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    trips = _trips(demo_db, capsys)
    assert set(trips) == {"Xi'an", "Amiens"}
    assert trips["Xi'an"]["direction"] == "outgoing"
    assert trips["Xi'an"]["time_zone"] == "Asia/Shanghai"
    assert trips["Xi'an"]["arrival"] == "2026-10-18T14:15:00+08:00"  # landing, local time
    assert trips["Amiens"]["time_zone"] == "Europe/Paris"
    assert main(["--db", demo_db, "list", "delegations", "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert {r["direction"] for r in every} == {"incoming", "outgoing"}


def test_the_xian_itinerary_and_calendar(demo_db: str, capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    xian = _trips(demo_db, capsys)["Xi'an"]["id"]
    pdf = tmp_path / "xian.pdf"
    assert main(["--db", demo_db, "export", "itinerary", str(xian), "-o", str(pdf)]) == 0
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Reiseprogramm" in text
    assert "Ortszeit Xi’an: 6 Std. später als in Dortmund." in text
    assert "09:30–11:00" in text and "Gespräch mit dem Bürgermeister von Xi’an" in text
    assert "Miniatur-Fördergerüst aus Messing" in text  # the gift to hand over
    assert "Wang Jing" in text  # the contact in Xi'an
    ics = tmp_path / "xian.ics"
    assert main(["--db", demo_db, "export", "ics", str(xian), "-o", str(ics)]) == 0
    calendar = ics.read_bytes().decode("utf-8")
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai" in calendar
    assert "DTSTART;TZID=Asia/Shanghai:20261019T093000" in calendar


def test_the_mayor_at_home_during_the_xian_trip_fails_the_check(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "own.sqlite")  # changed below: not the module's shared demo
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "check", "--from", "2026-10-15", "--to", "2026-10-25"]) == 0
    capsys.readouterr()
    services = Services.open(db)
    try:
        mayor = next(p for p in services.people.list() if p.name == "Dr. Katharina Brenner")
        visit = services.delegations.save(Delegation(title={"de": "Schulklasse aus Leeds"},
                                                     status=DelegationStatus.CONFIRMED))
        services.programme.save(ProgrammeItem(
            delegation_ids=(visit.id,), kind=ItemKind.MEETING,  # type: ignore[arg-type]
            title={"de": "Empfang im Rathaus"},
            start=datetime(2026, 10, 20, 10, tzinfo=BERLIN),
            end=datetime(2026, 10, 20, 11, tzinfo=BERLIN), host_ids=(mayor.id,)))  # type: ignore[arg-type]
    finally:
        services.close()
    assert main(["--db", db, "check", "--from", "2026-10-15", "--to", "2026-10-25",
                 "--json"]) == 1
    found = json.loads(capsys.readouterr().out)
    # 10:00 in Dortmund is 16:00 in Xi'an: she is also double-booked with the trip's visit.
    assert {c["kind"] for c in found} == {"traveller_away", "person_double_booked"}
    [conflict] = [c for c in found if c["kind"] == "traveller_away"]
    assert conflict["severity"] == "error"
    assert "Dr. Katharina Brenner" in conflict["message"]
    assert "Reise der Oberbürgermeisterin nach Xi'an" in conflict["message"]


def test_papers_and_costs_of_the_trips(demo_db: str, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    trips = _trips(demo_db, capsys)
    amiens, xian = trips["Amiens"]["id"], trips["Xi'an"]["id"]
    assert main(["--db", demo_db, "trip", "checklist", str(amiens), "--today", "2027-02-01",
                 "--json"]) == 1
    papers = json.loads(capsys.readouterr().out)["papers"]
    states = {(p["traveller"], p["state"]) for p in papers}
    assert ("Tobias Reinhardt", "problem") in states  # passport expires within six months
    assert ("Ursula Kemper", "overdue") in states  # validity never recorded
    assert main(["--db", demo_db, "trip", "checklist", str(xian), "--json"]) == 0
    gifts = json.loads(capsys.readouterr().out)["gifts"]
    assert any("same category" in g["warning"] for g in gifts)
    workbook = tmp_path / "costs.xlsx"
    assert main(["--db", demo_db, "trip", "costs", "--year", "2026", "-o", str(workbook)]) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(workbook).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Reisekosten 2026"
    assert rows[2][0] == "Reise der Oberbürgermeisterin nach Xi'an"
    assert rows[-1][0] == "Summe" and rows[-1][-1] == 10092
