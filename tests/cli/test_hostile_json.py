"""Hostile exchange files on the command line: each refused with a sentence naming the file,
the place and the limit — never a traceback — and the database unchanged."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.services import Services
from tests.cli.demo import delegation_of
from tests.services.conftest import dump


def _exported(db: str, tmp_path: Path) -> dict[str, Any]:
    target = tmp_path / "export.json"
    assert main(["--db", db, "export", "json", str(delegation_of(db, "Kumasi")),
                 "-o", str(target)]) == 0
    document = json.loads(target.read_text("utf-8"))
    document["delegation"]["title"] = {"de": "Ein neuer Besuch"}  # not a duplicate
    return document


def _edited(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], bytes]:
    def build(document: dict[str, Any]) -> bytes:
        change(document)
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    return build


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        node = document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


CORPUS: dict[str, tuple[Callable[[dict[str, Any]], bytes], str]] = {
    "nesting 100,000 deep": (lambda _d: b"[" * 100_000 + b"]" * 100_000,
                             "nests deeper than 32 levels"),
    "Latin-1 instead of UTF-8": (
        lambda d: json.dumps(d, ensure_ascii=False).replace("Ein neuer", "Ein Café").encode(
            "latin-1", errors="replace"), "is not UTF-8 (byte 0x"),
    "UTF-16 without a byte order mark": (
        lambda d: json.dumps(d, ensure_ascii=False).encode("utf-16-le"),
        "looks like UTF-16 without a byte order mark"),
    "a number of 5,000 digits": (
        lambda d: json.dumps(d).replace('"rank": 1', '"rank": ' + "7" * 5000, 1).encode(),
        "has 5000 digits; at most 18 are allowed"),
    "a number beyond 64 bits": (_edited(_set(["delegation", "members", 0, "rank"], 10**30)),
                                "has 31 digits"),
    "an escaped lone surrogate": (
        lambda d: json.dumps(d).replace("Ein neuer Besuch", "Ein \\ud800 Besuch").encode(),
        "delegation.title.de: contains an unpaired surrogate"),
    "a misspelled field": (_edited(_set(["delegation", "program", 0, "particpants"], [])),
                           "particpants: is not a field of the exchange format (did you mean "
                           "'participants'?)"),
    "an extra journey field": (_edited(_set(["delegation", "arrival", "flightno"], "LH 1")),
                               "delegation.arrival.flightno: is not a field"),
    "year 9999 at -12:00": (
        _edited(_set(["delegation", "arrival", "at"], "9999-12-31T23:00:00-12:00")),
        "delegation.arrival.at: '9999-12-31T23:00:00-12:00' is not a plausible time"),
    "6,000 members": (
        lambda d: json.dumps({**d, "delegation": {**d["delegation"], "members": [
            {**d["delegation"]["members"][0], "key": f"k{i}"} for i in range(6000)]}}).encode(),
        "delegation.members: lists 6,000; a delegation may have at most 5,000"),
    "NaN": (lambda d: json.dumps(d).replace('"rank": 1', '"rank": NaN', 1).encode(),
            "NaN is not a JSON number"),
    "not JSON at all": (lambda _d: b"\x89PNG\r\n\x1a\n", "is not UTF-8"),
    "broken JSON": (lambda _d: b'{"format": "delegation-planner", "version": 1,',
                    "is not valid JSON: line 1, column 47"),
}


@pytest.mark.parametrize("case", list(CORPUS))
def test_a_hostile_exchange_file_is_refused_by_name_and_changes_nothing(
        case: str, demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build, expected = CORPUS[case]
    hostile = tmp_path / "hostile.json"
    hostile.write_bytes(build(_exported(demo_db, tmp_path)))
    capsys.readouterr()
    services = Services.open(demo_db)
    before = dump(services)
    assert main(["--db", demo_db, "import", "json", str(hostile)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err, err
    assert dump(services) == before
    services.close()


def test_a_file_wrong_in_every_row_prints_a_capped_list(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = _exported(demo_db, tmp_path)
    member = document["delegation"]["members"][0]
    document["delegation"]["members"] = [{**member, "key": f"k{i}", "rank": 0}
                                         for i in range(500)]
    hostile = tmp_path / "many.json"
    hostile.write_text(json.dumps(document), "utf-8")
    capsys.readouterr()
    assert main(["--db", demo_db, "import", "json", str(hostile)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n  - ") == 50 and "… and 4" in err and " more" in err


def test_exports_are_private_and_a_refused_calendar_writes_nothing(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "visit.json"
    assert main(["--db", demo_db, "export", "json", "1", "-o", str(target)]) == 0
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    services = Services.open(demo_db)
    before = dump(services)
    calendar = tmp_path / "nobody.ics"
    assert main(["--db", demo_db, "export", "ics", "--person", "Nobody Here",
                 "-o", str(calendar)]) == 1
    assert "'Nobody Here' not found" in capsys.readouterr().err
    assert not calendar.exists() and dump(services) == before
    services.close()
