"""The maintenance commands end to end: planner backup, backups, restore, privacy, export ics."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from planner.cli import main
from planner.services import Services
from tests.services.conftest import seed


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "office" / "planner.sqlite"
    services = Services.open(str(path))
    seeded = seed(services)
    services.members.save(type(seeded.members[0])(
        delegation_id=seeded.delegation.id or 0, name="Ayşe Öztürk", rank=9,
        email="ayse@example.org"))
    services.close()
    return str(path)


def test_backup_list_and_restore(database: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", database, "backup"]) == 0
    assert main(["--db", database, "backup", "-o", str(tmp_path / "copy.sqlite")]) == 0
    assert stat.S_IMODE((tmp_path / "copy.sqlite").stat().st_mode) == 0o600
    assert main(["--db", database, "backup", "--portable", "-o", str(tmp_path / "a.zip")]) == 0
    capsys.readouterr()
    assert main(["--db", database, "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["kind"] for b in listed] == ["manual"]
    assert main(["--db", database, "restore", str(tmp_path / "copy.sqlite")]) == 0
    assert "previous database is kept" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "new.sqlite"), "restore", str(tmp_path / "a.zip")]) == 0
    (tmp_path / "junk.bin").write_bytes(b"junk" * 10)
    assert main(["--db", database, "restore", str(tmp_path / "junk.bin")]) == 1
    assert "not a Delegation Planner backup" in capsys.readouterr().err


def test_privacy_and_calendar_commands(database: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", database, "privacy", "report", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["retention_months"] == 24
    assert main(["--db", database, "privacy", "export", "AYŞE ÖZTÜRK"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["records"]["members"][0]["email"] == "ayse@example.org"
    assert main(["--db", database, "privacy", "apply"]) == 0
    assert "Anonymised 0 field(s)" in capsys.readouterr().out
    target = tmp_path / "netanya.ics"
    assert main(["--db", database, "export", "ics", "1", "-o", str(target), "--lang",
                 "en"]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"SUMMARY:Golden Book" in target.read_bytes()
    assert main(["--db", database, "export", "ics", "--person", "Dana Cohen", "-o", "-"]) == 0
    assert "Dana Cohen" in capsys.readouterr().out
    assert main(["--db", database, "export", "ics", "-o", "-"]) == 1
    assert "either a DELEGATION or --person" in capsys.readouterr().err
