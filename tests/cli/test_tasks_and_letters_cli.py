"""The demo's checklists and letters on the command line: tasks with deadlines relative to
their visits (one overdue), letters as PDF and DOCX, templates refused by name."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest

from planner.cli import main
from tests.cli.demo import delegation_of


def _tasks(db: str, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    assert main(["--db", db, "tasks", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_demo_lists_tasks_relative_to_their_visits_with_one_overdue(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    listed = _tasks(demo_db, capsys)
    tasks = listed["tasks"]
    assert tasks and all(not t["done"] for t in tasks)
    overdue = [t for t in tasks if t["overdue"]]
    assert len(overdue) == 1
    assert overdue[0]["due"] < date.today().isoformat()
    assert overdue[0]["when"].endswith(("before arrival", "after departure", "on arrival",
                                        "on departure"))
    # The person who loaded the demo works as its head of office: her tasks come first.
    mine = [t for t in tasks if t["mine"]]
    assert mine and tasks[:len(mine)] == mine
    assert {t["responsible"] for t in mine} == {"Sabine Albers"}
    assert _tasks(demo_db, capsys, "--mine")["tasks"] == mine
    cutoff = date.today().isoformat()
    assert _tasks(demo_db, capsys, "--due-before", cutoff)["tasks"] == overdue
    everything = _tasks(demo_db, capsys, "--all")["tasks"]
    assert any(t["done"] and t["done_by"] for t in everything)


def test_ticking_a_task_records_who_and_moves_it_out_of_the_list(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    overdue = next(t for t in _tasks(db, capsys)["tasks"] if t["overdue"])
    assert main(["--db", db, "task", str(overdue["id"])]) == 0
    assert "done by test-officer" in capsys.readouterr().out
    assert all(t["id"] != overdue["id"] for t in _tasks(db, capsys)["tasks"])
    assert main(["--db", db, "task", str(overdue["id"]), "--undo"]) == 0
    capsys.readouterr()
    assert any(t["id"] == overdue["id"] for t in _tasks(db, capsys)["tasks"])
    kumasi = delegation_of(db, "Kumasi")
    assert main(["--db", db, "checklist", "apply", str(kumasi), "Besuch einer Delegation"]) == 1
    assert "already applied" in capsys.readouterr().err


def test_an_invitation_names_the_head_with_the_right_salutation(
        demo_db: str, tmp_path: Path) -> None:
    kumasi = delegation_of(demo_db, "Kumasi")
    pdf_path, docx_path = tmp_path / "invitation.pdf", tmp_path / "invitation.docx"
    for lang, path in (("en", pdf_path), ("de", tmp_path / "einladung.pdf"),
                       ("en", docx_path)):
        assert main(["--db", demo_db, "export", "letter", str(kumasi), "--kind", "invitation",
                     "--lang", lang, "--today", "2026-07-01", "-o", str(path)]) == 0
    with pdfplumber.open(pdf_path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Dear Hon. Nana Akosua Mensah," in text  # the salutation as the guest gives it
    assert "Dortmund, 1 July 2026" in text and "14–18 September 2026" in text.replace(" – ", "–")
    with pdfplumber.open(tmp_path / "einladung.pdf") as pdf:
        assert "Sehr geehrte Frau Nana Akosua Mensah," in pdf.pages[0].extract_text()
    written = [p.text for p in docx.Document(str(docx_path)).paragraphs if p.text]
    assert "Dear Hon. Nana Akosua Mensah," in written
    assert written[0] == "Hon. Nana Akosua Mensah"
    # The same text in both: the PDF's lines joined again where they were hyphenated.
    flat = " ".join(re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text).split())
    for paragraph in written:
        assert " ".join(paragraph.split()) in flat


def test_a_visa_letter_prints_the_members_passport(demo_db: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    kumasi = delegation_of(demo_db, "Kumasi")
    target = tmp_path / "visa.pdf"
    assert main(["--db", demo_db, "export", "letter", str(kumasi), "--kind", "visa",
                 "--member", "Kwame Asante", "--lang", "fr", "-o", str(target)]) == 0
    with pdfplumber.open(target) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    assert "G1903366" in text and "M. Kwame Asante" in text
    missing = tmp_path / "missing.pdf"
    assert main(["--db", demo_db, "export", "letter", str(kumasi), "--kind", "visa",
                 "--member", "Abena Owusu", "-o", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "{member.passport_number} cannot be filled" in err and "Abena Owusu" in err
    assert not missing.exists()


def test_a_letter_template_with_an_unknown_placeholder_is_refused_naming_it(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    templates = {"thanks": {"en": {"subject": "Thanks", "recipient": "{head.salutation}",
                                   "body": "{head.greeting},\n\nThank you.\n{nonsense}"}}}
    assert main(["--db", demo_db, "settings", "set", "letters.templates",
                 json.dumps(templates)]) == 1
    err = capsys.readouterr().err
    assert "letters.thanks.en.body: line 4: unknown placeholder {nonsense}" in err
    assert main(["--db", demo_db, "export", "letter", "1", "--kind", "thanks",
                 "-o", "letter.txt"]) == 1
    assert "must end in .pdf" in capsys.readouterr().err


def test_tasks_of_one_visit_keep_the_other_filters(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    amiens = next(t["delegation_id"] for t in _tasks(demo_db, capsys)["tasks"]
                  if t["delegation"] == "Ratsdelegation nach Amiens")
    visit = _tasks(demo_db, capsys, "--delegation", str(amiens))["tasks"]
    assert visit and {t["delegation_id"] for t in visit} == {amiens}
    mine = _tasks(demo_db, capsys, "--delegation", str(amiens), "--mine")["tasks"]
    assert mine and all(t["mine"] for t in mine) and len(mine) < len(visit)
    assert main(["--db", demo_db, "tasks", "--delegation", "9999"]) == 1
    assert "delegation 9999 not found" in capsys.readouterr().err


def test_the_office_checklists_are_listed(demo_db: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "checklist", "list", "--json"]) == 0
    [template] = json.loads(capsys.readouterr().out)
    assert template["name"] == "Besuch einer Delegation" and len(template["tasks"]) == 15
    assert main(["--db", demo_db, "checklist", "list"]) == 0
    out = capsys.readouterr().out
    assert "60 days before arrival" in out and "(only: golden_book)" in out
