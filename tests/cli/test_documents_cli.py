"""Documents from the command line, on the demo data: what a guest gets and what staff get."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from planner.cli import main
from planner.services import Services
from tests.cli.demo import delegation_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is needed to read PDFs")


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_guest_itinerary_has_names_and_no_internal_notes(demo_db: str, tmp_path: Path) -> None:
    netanya = delegation_of(demo_db, "Netanya")
    guest, internal = tmp_path / "guest.pdf", tmp_path / "internal.pdf"
    assert main(["--db", demo_db, "export", "itinerary", str(netanya), "--lang", "en",
                 "-o", str(guest)]) == 0
    assert main(["--db", demo_db, "export", "itinerary", str(netanya), "--audience",
                 "internal", "-o", str(internal)]) == 0
    guest_text, internal_text = text_of(guest), text_of(internal)
    for name in ("Miriam Feirberg-Ikar", "Avi Ben-David", "Noa Levi", "Hotel Königshof",
                 "LY 2541", "Sabine Albers"):
        assert name in guest_text
    for secret in ("Pressefotograf", "Koscheres Menü", "Minibus 1", "Marco Schulte",
                   "wheelchair", "kosher", "Sicherheitsabstimmung"):
        assert secret not in guest_text, secret
    # The German staff copy names the members' needs in German.
    for staff_only in ("Pressefotograf", "Koscheres", "Minibus", "Marco", "Rollstuhl",
                       "koscher"):
        assert staff_only in internal_text, staff_only
    assert "Rollstuhl" not in guest_text and "koscher" not in guest_text


def test_personal_itinerary_by_native_name(demo_db: str, tmp_path: Path) -> None:
    netanya = delegation_of(demo_db, "Netanya")
    target = tmp_path / "avi.pdf"
    assert main(["--db", demo_db, "export", "itinerary", str(netanya), "--member",
                 "אבי בן-דוד", "--lang", "en", "-o", str(target)]) == 0
    text = text_of(target)
    assert "German Football Museum" in text  # Avi attends
    assert "DORTBUNT! stage" not in text  # only the Mayor is on stage


def test_unknown_member_is_a_clear_error(demo_db: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    netanya = delegation_of(demo_db, "Netanya")
    code = main(["--db", demo_db, "export", "itinerary", str(netanya), "--member", "Nobody",
                 "-o", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "'Nobody' names 0 members" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("what", ["badges", "placecards", "precedence"])
def test_lists_and_cards_print_native_scripts(demo_db: str, tmp_path: Path, what: str) -> None:
    xian = delegation_of(demo_db, "Xi'an")
    target = tmp_path / f"{what}.pdf"
    assert main(["--db", demo_db, "export", what, str(xian), "-o", str(target)]) == 0
    text = text_of(target)
    assert "Wang Xiaoming" in text and "王小明" in text


def test_seating_plan_of_a_meal(demo_db: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    services = Services.open(demo_db)
    meal = next(i for i in services.programme.list() if i.kind.value == "meal")
    services.close()
    target = tmp_path / "seating.pdf"
    assert main(["--db", demo_db, "export", "seating", str(meal.id), "-o", str(target)]) == 0
    assert "Sitzplan" in text_of(target)
    assert main(["--db", demo_db, "export", "seating", str(meal.id), "--tables", "A:1",
                 "-o", str(target)]) == 1
    assert "need a seat" in capsys.readouterr().err


def test_strict_refuses_unprintable_characters(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "strict.sqlite")
    assert main(["--db", db, "demo"]) == 0
    services = Services.open(db)
    netanya = delegation_of(db, "Netanya")
    head = services.members.list(netanya)[0]
    services.members.save(replace(head, native_name="מרים \U00010000"))
    services.close()
    target = tmp_path / "strict.pdf"
    assert main(["--db", db, "export", "itinerary", str(netanya), "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "U+10000" in err and "Miriam Feirberg-Ikar" in err
    assert main(["--db", db, "export", "itinerary", str(netanya), "--strict",
                 "-o", str(tmp_path / "strict2.pdf")]) == 1
    assert not (tmp_path / "strict2.pdf").exists()


def test_same_data_same_bytes(demo_db: str, tmp_path: Path) -> None:
    xian = delegation_of(demo_db, "Xi'an")
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for target in (first, second):
        assert main(["--db", demo_db, "export", "itinerary", str(xian), "-o", str(target)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_golden_book_register_exports(demo_db: str, tmp_path: Path) -> None:
    pdf, csv, xlsx = tmp_path / "gb.pdf", tmp_path / "gb.csv", tmp_path / "gb.xlsx"
    for target in (pdf, csv, xlsx):
        assert main(["--db", demo_db, "export", "goldenbook", "-o", str(target)]) == 0
    assert "Dmitri Sokolov" in text_of(pdf) and "Дмитрий Соколов" in text_of(pdf)
    assert "Дмитрий Соколов" in csv.read_text(encoding="utf-8-sig")
    assert main(["--db", demo_db, "export", "goldenbook", "-o", str(tmp_path / "gb.doc")]) == 1


def test_week_plan_of_the_festival_week(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "week.pdf"
    assert main(["--db", demo_db, "export", "week", "2026-05-09", "--axis", "venue",
                 "--lang", "en", "-o", str(out)]) == 0
    text = text_of(out)
    assert "Week plan" in text and "Week 19" in text and "Rows: Venue" in text
    assert "INTERNAL — STAFF ONLY" in text and "Conflicts this week" in text
    again = tmp_path / "again.pdf"
    main(["--db", demo_db, "export", "week", "2026-05-04", "--axis", "venue", "--lang", "en",
          "-o", str(again)])
    assert again.read_bytes() == out.read_bytes()  # any day of the week, the same plan


def test_week_plan_refuses_a_date_that_is_not_one(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "week.pdf"
    assert main(["--db", demo_db, "export", "week", "2026-13-09", "-o", str(out)]) == 1
    assert "'2026-13-09' is not a date like 2026-05-09" in capsys.readouterr().err
    assert not out.exists()
