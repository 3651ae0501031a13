"""`planner settings list|set`: the office's identity as a script sets it, refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.resources import resource


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "settings.sqlite")


def test_set_the_office_identity_and_list_it(db: str, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    assert run(capsys, "--db", db, "settings", "set", "office.name",
               "Büro für Internationale Beziehungen")[0] == 0
    assert run(capsys, "--db", db, "settings", "set", "office.address",
               r"Friedensplatz 1\n44135 Dortmund")[0] == 0
    emblem = str(resource("emblem", "demo-emblem.svg"))
    code, out, _ = run(capsys, "--db", db, "settings", "set", "office.emblem", emblem)
    assert code == 0 and "image/svg+xml image" in out
    code, out, _ = run(capsys, "--db", db, "settings", "list", "--json")
    values = json.loads(out)
    assert values["office.name"] == "Büro für Internationale Beziehungen"
    assert values["office.address"] == "Friedensplatz 1\n44135 Dortmund"
    assert values["office.emblem"].startswith("<image/svg+xml image")
    code, out, _ = run(capsys, "--db", db, "settings", "list")
    assert r"office.address                    Friedensplatz 1\n44135 Dortmund" in out


@pytest.mark.parametrize(("key", "value", "message"), [
    ("office.nmae", "x", "unknown setting 'office.nmae'"),
    ("privacy.retention_months", "two years", "must be a whole number, not 'two years'"),
    ("office.emblem", "crest.gif", "must be an SVG or PNG image"),
    ("office.phone", "9" * 600, "is 600 characters long; at most 500"),
    ("timeline.business_hours", "[22, 7]", "first before last"),
    ("timeline.business_hours", "seven", "must be JSON like [7, 22]"),
])
def test_bad_values_are_refused_with_the_reason(db: str, capsys: pytest.CaptureFixture[str],
                                                key: str, value: str, message: str) -> None:
    code, _, err = run(capsys, "--db", db, "settings", "set", key, value)
    assert code != 0 and message in err


def test_a_file_that_is_not_its_image_kind_is_refused(tmp_path: Path, db: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "crest.png"
    fake.write_text("<svg></svg>")
    code, _, err = run(capsys, "--db", db, "settings", "set", "office.emblem", str(fake))
    assert code != 0 and "not a readable PNG image" in err
    code, out, _ = run(capsys, "--db", db, "settings", "list", "--json")
    assert json.loads(out)["office.emblem"] == ""  # nothing stored


def test_the_demo_office_prints_its_identity(tmp_path: Path, db: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from tests.documents.doc_samples import pdftotext

    assert run(capsys, "--db", db, "demo")[0] == 0
    out = tmp_path / "rostov.pdf"
    code, _, _ = run(capsys, "--db", db, "export", "itinerary", "6", "-o", str(out))
    assert code == 0
    text = pdftotext(out.read_bytes())
    assert "Büro für Internationale Beziehungen" in text and "+49 170 555-0199" in text


def test_list_and_map_settings_are_stored(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "settings", "set", "timeline.business_hours", "[8, 20]")[0] == 0
    assert run(capsys, "--db", db, "settings", "set", "documents.fallbacks",
               '{"he": ["en"]}')[0] == 0
    values = json.loads(run(capsys, "--db", db, "settings", "list", "--json")[1])
    assert values["timeline.business_hours"] == [8, 20]
    assert values["documents.fallbacks"] == {"he": ["en"]}
