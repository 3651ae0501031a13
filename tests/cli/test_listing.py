"""`planner list programme|people|venues|partner-cities`: the ids other commands need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_the_programme_list_gives_the_item_that_seating_takes(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = run_json(capsys, "--db", demo_db, "list", "programme", "4", "--json")
    assert {"id", "day", "start", "end", "kind", "venue", "title"} <= set(items[0])
    assert [(i["day"], i["start"]) for i in items] == sorted((i["day"], i["start"])
                                                             for i in items)
    dinner = next(i for i in items if i["kind"] == "meal")
    assert dinner["venue"] and dinner["title"] == "Abendessen zur Begrüßung"
    out = tmp_path / "seating.pdf"
    assert main(["--db", demo_db, "export", "seating", str(dinner["id"]), "-o", str(out)]) == 0
    english = run_json(capsys, "--db", demo_db, "list", "programme", "4", "--lang", "en",
                       "--json")
    assert "Welcome dinner" in {i["title"] for i in english}


def test_people_venues_and_partner_cities(demo_db: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    people = run_json(capsys, "--db", demo_db, "list", "people", "--json")
    assert {"mayor", "interpreter", "driver"} <= {p["role"] for p in people}
    venues = run_json(capsys, "--db", demo_db, "list", "venues", "--search", "rathaus",
                      "--json")
    assert venues and all("Rathaus" in v["name"] for v in venues)
    cities = run_json(capsys, "--db", demo_db, "list", "partner-cities", "--json")
    assert {"Netanya", "Xi'an", "Novi Sad"} <= {c["name"] for c in cities}
    assert main(["--db", demo_db, "list", "people"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["ID", "ROLE", "RANK"]


def test_an_unknown_delegation_is_named(demo_db: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "list", "programme", "999"]) == 1
    assert "delegation 999 not found" in capsys.readouterr().err
