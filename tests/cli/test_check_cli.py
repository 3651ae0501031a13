"""`planner check` on the demo data: what it prints, and exit codes a script can rely on."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from tests.cli.demo import delegation_of


def test_the_whole_database_as_json_with_errors_exits_1(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_db, "check", "--json", "--lang", "en"]) == 1
    found = json.loads(capsys.readouterr().out)
    # DORTBUNT!: a council member planned for two meetings at 10:00 on Sunday.
    kemper = [c for c in found if c["kind"] == "person_double_booked"
              and "Ursula Kemper" in c["message"]]
    assert len(kemper) == 1 and kemper[0]["severity"] == "error"
    assert kemper[0]["subject"].startswith("host:") and len(kemper[0]["items"]) == 2
    assert "Austausch Städtepartnerschaft 2027" in kemper[0]["message"]
    # Names come out as written, whatever the script.
    assert any("Murat Şükrü Öztürk" in c["message"] and c["severity"] == "warning"
               for c in found)
    assert {c["kind"] for c in found} >= {"missing_interpreter", "needs_unacknowledged"}


def test_a_delegation_with_only_warnings_exits_0(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    kumasi = delegation_of(demo_db, "Kumasi")
    assert main(["--db", demo_db, "check", str(kumasi), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert out.count("warning") == 2 and "Abena Owusu" in out and "ERROR" not in out
    assert "0 error(s), 2 warning(s)" in err


def test_a_period_in_german(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_db, "check", "--from", "2026-05-10", "--to", "2026-05-10"]) == 1
    out, err = capsys.readouterr()
    assert "FEHLER   Ursula Kemper ist gleichzeitig in „Austausch Städtepartnerschaft 2027“" in out
    assert "Fehler" in err and "Hinweise" in err
    # Nothing outside the period.
    assert "Abena Owusu" not in out
    assert main(["--db", demo_db, "check", "--from", "2030-01-01", "--to", "2030-01-02"]) == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["999"], "delegation 999 not found"),
        (["--from", "2026-13-01"], "'2026-13-01' is not a date like 2026-05-09"),
        (["--from", "2026-05-10", "--to", "2026-05-01"], "--to is before --from"),
        (["1", "--from", "2026-05-10"], "give a DELEGATION or --from/--to, not both"),
    ],
)
def test_a_check_that_cannot_run_exits_2_not_1(
    demo_db: str, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    # 1 would read as "the programme has errors".
    assert main(["--db", demo_db, "check", *arguments]) == 2
    out, err = capsys.readouterr()
    assert message in err and out == ""
