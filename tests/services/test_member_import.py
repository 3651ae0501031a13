"""Member lists from partner cities: real CSV and XLSX files in, members or a row report out."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from planner.domain.enums import Gender
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import Delegation, Member
from planner.services import Changes, Services
from planner.services.member_import import MemberImport
from tests.services.conftest import dump


@pytest.fixture
def delegation_id(services: Services) -> int:
    d = services.delegations.save(Delegation(title={"de": "Delegation aus Partnerstädten"}))
    assert d.id is not None
    return d.id


def write_csv(path: Path, lines: list[str], encoding: str, bom: bool = False) -> Path:
    data = "\r\n".join(lines).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: list[list[object]], title_rows: int = 0) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Teilnehmer"
    for _ in range(title_rows):
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.create_sheet("Other").append(["Name"])  # only the first sheet is read
    book.save(path)
    return path


def test_utf8_bom_semicolons_with_hebrew_chinese_serbian(services: Services, delegation_id: int,
                                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "netanya.csv", [
        "Full name;Native name;Title / Function;Rank;Head of delegation;Languages;Dietary;E-Mail",
        "Miriam Feirberg-Ikar;מרים פיירברג-איכר;Mayor;1;yes;he, en;kosher;m@netanya.example",
        'Wang Fang;王芳;"Director; Foreign Affairs";2;;zh;vegetarian;',
        "Đorđe Petrović;Ђорђе Петровић;Deputy;3;no;sr;;",
        ";;;;;;;",  # an empty row is skipped
    ], "utf-8", bom=True)
    members = MemberImport(services.ctx).import_file(delegation_id, path)
    assert [m.name for m in members] == ["Miriam Feirberg-Ikar", "Wang Fang", "Đorđe Petrović"]
    assert [m.native_name for m in members] == ["מרים פיירברג-איכר", "王芳", "Ђорђе Петровић"]
    assert members[1].title == "Director; Foreign Affairs"
    assert [m.rank for m in members] == [1, 2, 3]
    assert [m.is_head for m in members] == [True, False, False]
    assert members[0].languages == ("he", "en")
    assert members[0].email == "m@netanya.example"
    assert services.members.list(delegation_id) == members


def test_cp1252_commas_ranks_follow_existing_members(services: Services, delegation_id: int,
                                                     tmp_path: Path) -> None:
    services.members.save(Member(delegation_id=delegation_id, name="Already There", rank=4))
    path = write_csv(tmp_path / "amiens.csv", [
        "Anrede,Vorname,Nachname,Funktion,Geschlecht,Sprachen,Ernährung,Telefon,Mobil,Hobby",
        "Madame,Hélène,Lefèvre,Maire adjointe,w,fr;de,sans porc,+33 1 23,+33 6 45,Œnologie",
        "Monsieur,François,Müller-Çelik,Conseiller,m,FR,,,+33 6 78,",
    ], "cp1252")
    importer = MemberImport(services.ctx)
    members = importer.import_file(delegation_id, path)
    assert [m.name for m in members] == ["Hélène Lefèvre", "François Müller-Çelik"]
    assert [m.rank for m in members] == [5, 6]
    assert members[0].salutation == "Madame" and members[0].title == "Maire adjointe"
    assert members[0].gender is Gender.FEMALE and members[1].gender is Gender.MALE
    assert members[0].languages == ("fr", "de") and members[1].languages == ("fr",)
    assert members[0].dietary == "sans porc"
    assert members[0].phone == "+33 1 23, +33 6 45" and members[1].phone == "+33 6 78"
    assert importer.warnings == ("amiens.csv: read as cp1252 (not UTF-8); if names look wrong, "
                                 "import again with --encoding",
                                 "column 'Hobby' was not recognised and is ignored")
    assert members.warnings == importer.warnings


def test_xlsx_with_german_headers_and_a_title_row(services: Services, delegation_id: int,
                                                   tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Delegation Xi'an, Mai 2026"],  # a title line above the header
        ["Vollständiger Name", "Name in Originalschrift", "Titel", "Protokollrang",
         "Delegationsleitung", "Sprachen", "Speisevorschriften", "Barrierefreiheit", "Telefon"],
        ["Li Wei", "李伟", "Vizebürgermeister", 1, "x", "zh; en", "halal", None, 8613800000000],
        [None, None, None, None, None, None, None, None, None],
        ["Zhang Min", "张敏", "Dolmetscherin", 2.0, None, "zh,de", None, "Rollstuhl", None],
    ], title_rows=1)
    members = MemberImport(services.ctx).import_file(delegation_id, path)
    assert [(m.name, m.native_name, m.rank, m.is_head) for m in members] == [
        ("Li Wei", "李伟", 1, True), ("Zhang Min", "张敏", 2, False)]
    assert members[0].languages == ("zh", "en") and members[0].dietary == "halal"
    assert members[0].phone == "8613800000000"
    assert members[1].accessibility == "Rollstuhl" and members[1].title == "Dolmetscherin"


def test_two_bad_rows_are_reported_with_spreadsheet_row_numbers_and_nothing_is_written(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["Name", "Rang", "Sprachen", "Leitung", "Geschlecht"],
        ["Good Person", 1, "de", "ja", "d"],
        ["", 2, "de", "", ""],                         # row 3: no name
        ["Also Good", 3, "en", "", ""],
        ["Bad Rank", 0, "english", "vielleicht", "?"],  # row 5: four problems
        ["Good Again", "", "", "", ""],
    ])
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        MemberImport(services.ctx).import_file(delegation_id, path)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["row 3: Name", "row 5: Rang", "row 5: Sprachen", "row 5: Leitung",
                      "row 5: Geschlecht"]
    assert "must not be empty" in caught.value.for_field("row 3: Name")
    assert "'english' is not a language code" in caught.value.for_field("row 5: Sprachen")[0]
    assert dump(services) == before


def test_missing_name_column_is_a_clear_error(services: Services, delegation_id: int,
                                              tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["", "Function;Rank", "Mayor;1"], "utf-8")
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        MemberImport(services.ctx).import_file(delegation_id, path)
    [problem] = caught.value.problems
    assert problem.field == "row 2"
    assert "no column with the members' names" in problem.message
    assert "'Function', 'Rank'" in problem.message
    assert dump(services) == before


def test_duplicates_heads_and_control_characters_are_row_problems(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    services.members.save(Member(delegation_id=delegation_id, name="Ana Pop", rank=1))
    path = write_csv(tmp_path / "cluj.csv", [
        "Name,Head,Title",
        "ana  pop,yes,",            # row 2: already a member (case and spaces ignored)
        "Ioana Marin,yes,Mayor",    # row 3: a second head
        "Ioana Marin,,",            # row 4: listed twice; row 3 marked head already
        "Mihai\x00Ionescu,,",       # row 5: NUL (PostgreSQL refuses it)
    ], "utf-8")
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        MemberImport(services.ctx).import_file(delegation_id, path)
    assert [p.field for p in caught.value.problems] == [
        "row 2: Name", "row 3: Head", "row 4: Name", "row 5: Name"]
    assert dump(services) == before


def test_head_in_file_replaces_the_current_head_and_changes_are_announced(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    old_head = services.members.save(Member(delegation_id=delegation_id, name="Old Head",
                                            is_head=True))
    seen: list[Changes] = []
    services.ctx.subscribe(seen.append)
    path = write_csv(tmp_path / "h.csv", ["Name,Leitung", "New Head,X"], "utf-8")
    [new] = MemberImport(services.ctx).import_file(delegation_id, path)
    assert new.is_head and not services.members.get(old_head.id).is_head  # type: ignore[arg-type]
    assert seen == [Changes(members=True)]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("list.xls", b"\xd0\xcf\x11\xe0", "old Excel files"),
    ("list.pdf", b"%PDF-1.4", "only .csv and .xlsx"),
    ("list.xlsx", b"not a zip", "not a readable Excel workbook"),
    ("list.csv", b"", "is empty"),
    ("list.csv", b"Name\n\n", "no members"),
    ("list.csv", "Name\n\u0141ukasz\n".encode("utf-16"), None),
])
def test_unreadable_or_empty_files(sqlite_services: Services, tmp_path: Path, name: str,
                                   content: bytes, message: str | None) -> None:
    d = sqlite_services.delegations.save(Delegation(title={"de": "Warschau"}))
    path = tmp_path / name
    path.write_bytes(content)
    if message is None:  # Excel's "Unicode text" (UTF-16 with BOM) is read too
        [member] = MemberImport(sqlite_services.ctx).import_file(d.id, path)  # type: ignore[arg-type]
        assert member.name == "Łukasz"
        return
    with pytest.raises(ValidationError, match=message):
        MemberImport(sqlite_services.ctx).import_file(d.id, path)  # type: ignore[arg-type]


def test_unknown_delegation(sqlite_services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["Name", "Someone"], "utf-8")
    with pytest.raises(NotFoundError):
        MemberImport(sqlite_services.ctx).import_file(4711, path)


def test_too_long_text_names_row_and_column(sqlite_services: Services, tmp_path: Path) -> None:
    d = sqlite_services.delegations.save(Delegation(title={"de": "Lang"}))
    path = write_csv(tmp_path / "long.csv", ["Nachname;Vorname;Anrede", f"X;Y;{'S' * 101}",
                                             f"{'N' * 150};{'V' * 60};"], "utf-8")
    with pytest.raises(ValidationError) as caught:
        MemberImport(sqlite_services.ctx).import_file(d.id, path)  # type: ignore[arg-type]
    assert [p.field for p in caught.value.problems] == ["row 2: Anrede",
                                                        "row 3: Vorname + Nachname"]
    assert "at most 100" in caught.value.problems[0].message


def test_a_function_column_per_language_fills_the_translations(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "netanya.csv", [
        "Name;Funktion;Function (en);Function (HE);Titel fr",
        "Miriam Feirberg-Ikar;Bürgermeisterin von Netanya;Mayor of Netanya;ראש עיריית נתניה;",
        "Avi Ben-David;;Deputy Mayor;;Maire adjoint",
    ], "utf-8")
    first, second = MemberImport(services.ctx).import_file(delegation_id, path)
    assert first.title == "Bürgermeisterin von Netanya"
    assert first.title_translations == {"en": "Mayor of Netanya", "he": "ראש עיריית נתניה"}
    assert second.title == "" and second.titles == {"en": "Deputy Mayor", "fr": "Maire adjoint"}
    assert services.members.list(delegation_id) == [first, second]


def test_a_too_long_translation_names_its_own_column(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "long.csv", ["Name;Function (en)", "A Person;" + "x" * 500],
                     "utf-8")
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        MemberImport(services.ctx).import_file(delegation_id, path)
    assert [p.field for p in caught.value.problems] == ["row 2: Function (en)"]
    assert dump(services) == before
