"""The command line as a batch script uses it: exit codes, JSON output, files, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from planner.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "netanya-dortbunt-2026.json"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "10 delegations" in out  # eight visits, two trips abroad
    code, out, _ = run(capsys, "--db", db, "list", "delegations", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {"id", "title", "partner_city", "occasion", "status", "arrival",
            "departure", "direction", "time_zone"} <= set(rows[0])
    cities = {r["partner_city"] for r in rows}
    assert {"Netanya", "Xi'an", "Novi Sad", "Trabzon", "Amiens", "Kumasi",
            "Cluj-Napoca"} <= cities
    # In order of arrival as instants: a trip's arrival is written in its destination's time.
    arrivals = [datetime.fromisoformat(r["arrival"]) for r in rows]
    assert arrivals == sorted(arrivals)
    # One delegation per line, names as written (not \u-escaped), for grep and for people.
    lines = out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(rows) + 2
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == rows
    assert "–" in out and "\\u" not in out
    code, out, _ = run(capsys, "--db", db, "list", "delegations", "--search", "nowhere",
                       "--json")
    assert code == 0 and out == "[]\n"
    code, out, _ = run(capsys, "--db", db, "demo", "--if-empty")
    assert code == 0 and "already holds" in out
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "empty database" in err


def test_fixture_round_trip_through_files(tmp_path: Path, db: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "import", "json", str(FIXTURE))
    assert code == 0
    delegation = out.split()[-1]
    first = tmp_path / "first.json"
    assert run(capsys, "--db", db, "export", "json", delegation, "-o", str(first))[0] == 0
    other = str(tmp_path / "other.sqlite")
    code, out, _ = run(capsys, "--db", other, "import", "json", str(first))
    assert code == 0
    code, stdout_json, _ = run(capsys, "--db", other, "export", "json", out.split()[-1], "-o", "-")
    assert code == 0
    assert json.loads(stdout_json) == json.loads(first.read_text(encoding="utf-8"))
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert exported["delegation"]["members"][0]["native_name"] == "מרים פיירברג-איכר"
    assert exported["delegation"]["members"][2]["name"] == "Noa Levi & Partner <Culture>"


def test_invalid_file_lists_every_problem_and_changes_nothing(
        tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    document["delegation"]["members"][1]["rank"] = 0
    document["delegation"]["program"][2]["end"] = "2026-05-09T13:00:00+02:00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", "json", str(bad))
    assert code == 1
    assert "delegation.members[1].rank" in err
    assert "delegation.program[2].end: ends before it starts" in err
    code, out, _ = run(capsys, "--db", db, "list", "delegations", "--json")
    assert json.loads(out) == []


def test_not_json_and_missing_file(tmp_path: Path, db: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", "json", str(broken))
    assert code == 1 and "not valid JSON: line 1" in err
    code, _, err = run(capsys, "--db", db, "import", "json", str(tmp_path / "nope.json"))
    assert code == 1 and "nope.json" in err


def test_failed_export_leaves_no_file(tmp_path: Path, db: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, _, err = run(capsys, "--db", db, "export", "json", "99", "-o", str(target))
    assert code == 1 and "delegation 99 not found" in err
    assert list(tmp_path.glob("*.json")) == []


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["list"], ["export", "json"], ["import", "members", "x", "f.csv"],
                 ["no-such-command"]):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 2
    capsys.readouterr()


@pytest.mark.parametrize("args", [[], ["demo"], ["list"], ["list", "delegations"], ["import"],
                                  ["import", "json"], ["import", "members"], ["export"],
                                  ["export", "json"], ["db"], ["db", "upgrade"]])
def test_help_on_every_level(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--help"])
    assert exit_info.value.code == 0
    assert "usage: planner" in capsys.readouterr().out


def test_db_path_honours_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "env.sqlite"))
    code, out, _ = run(capsys, "db", "path")
    assert code == 0 and out.strip() == str(tmp_path / "env.sqlite")
    code, out, _ = run(capsys, "--db", str(tmp_path / "flag.sqlite"), "db", "path")
    assert out.strip() == str(tmp_path / "flag.sqlite")


def test_console_script_runs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "planner.cli", "--db",
                             str(tmp_path / "p.sqlite"), "list", "delegations"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("argv", "url"), [([], None), (["--db", "x.sqlite"], "x.sqlite"),
                                           (["--db=x.sqlite"], "x.sqlite")])
def test_without_a_command_the_window_opens(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], url: str | None
) -> None:
    import planner.ui.app

    opened: list[str | None] = []
    monkeypatch.setattr(planner.ui.app, "run", lambda db: opened.append(db) or 0)
    assert main(argv) == 0
    assert opened == [url]


def test_the_window_starts_without_the_commands_modules(tmp_path: Path) -> None:
    """`planner` must not pay for ReportLab or SQLAlchemy before its window is up."""
    probe = ("import sys, planner.cli, planner.ui.app as app; app.run = lambda db: 0; "
             "planner.cli.main(['--db', 'x.sqlite']); "
             "print(sorted(m for m in ('reportlab', 'sqlalchemy', 'planner.cli.documents') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    assert out.stdout.strip() == "[]"
