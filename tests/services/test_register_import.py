"""The registers from an office's own files: the planner's exports read back exactly, every
bad row named by row and column, nothing written unless all rows are good, never doubled."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import delete

from planner.domain.errors import ValidationError
from planner.services import Services
from planner.services.demo import load_demo
from planner.services.golden_book import RegisterQuery
from planner.services.register_files import gifts_file, golden_book_file
from planner.services.register_import import RegisterImport
from planner.store.models import GiftRow, GoldenBookEntryRow
from tests.services.conftest import dump


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def _cleared(services: Services, table: type) -> None:
    with services.ctx.write() as session:
        session.execute(delete(table))


@pytest.mark.parametrize("suffix, lang", [(".csv", "de"), (".xlsx", "en")])
def test_the_registers_own_exports_read_back_exactly(services: Services, tmp_path: Path,
                                                     suffix: str, lang: str) -> None:
    load_demo(services.ctx)
    gifts_before = _rows(gifts_file(services.ctx, ".csv", None, "de")[0])
    book_before = _rows(golden_book_file(services.ctx, ".csv", None, "de")[0])
    gifts_path, book_path = tmp_path / f"gifts{suffix}", tmp_path / f"book{suffix}"
    gifts_path.write_bytes(gifts_file(services.ctx, suffix, None, lang)[0])
    book_path.write_bytes(golden_book_file(services.ctx, suffix, None, lang)[0])
    _cleared(services, GiftRow)
    _cleared(services, GoldenBookEntryRow)
    importer = RegisterImport(services.ctx)
    assert importer.gifts(gifts_path).count == len(gifts_before) - 1
    assert importer.golden_book(book_path).count == len(book_before) - 1
    # Ids are new; everything else is as it was, the links to visits and cities included.
    gifts_after = _rows(gifts_file(services.ctx, ".csv", None, "de")[0])
    assert [r[1:] for r in gifts_after] == [r[1:] for r in gifts_before]
    assert _rows(golden_book_file(services.ctx, ".csv", None, "de")[0]) == book_before
    before = dump(services)
    with pytest.raises(ValidationError, match="already in the register"):
        importer.gifts(gifts_path)
    with pytest.raises(ValidationError, match="already in the register"):
        importer.golden_book(book_path)
    assert dump(services) == before


def test_every_bad_row_is_named_and_nothing_is_written(services: Services,
                                                       tmp_path: Path) -> None:
    load_demo(services.ctx)
    path = tmp_path / "gifts.csv"
    path.write_text(
        "Datum;Richtung;Geschenk;Partnerstadt;Wert (EUR);Anzeige;Farbe\n"
        "2024-05-01;erhalten;Teeservice;Netanya;45,50;angezeigt;blau\n"
        "31.02.2024;erhalten;Vase;Netanya;20;angezeigt;\n"
        "2024-05-02;geschenkt;Buch;Atlantis;zwanzig;vielleicht;\n"
        "2024-05-03;überreicht;;Netanya;10;nicht erforderlich;\n", "utf-8")
    before = dump(services)
    with pytest.raises(ValidationError) as refused:
        RegisterImport(services.ctx).gifts(path)
    said = [str(p) for p in refused.value.problems]
    assert said == [
        "row 3, Datum: '31.02.2024' is not a date like 2019-09-13 or 13.09.2019",
        "row 4, Richtung: 'geschenkt' is not one of: erhalten, überreicht",
        "row 4, Partnerstadt: no partner city 'Atlantis'; add it under Partner cities first",
        "row 4, Wert (EUR): 'zwanzig' is not an amount in euros like 120.00 or 120,00",
        "row 4, Anzeige: 'vielleicht' is not one of: angezeigt, ausstehend, nicht "
        "erforderlich",
        "row 5, Geschenk: must not be empty",
    ]
    assert dump(services) == before


def test_golden_book_signers_pair_with_their_native_names_and_functions(
        services: Services, tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    path.write_text(
        "Band;Nr.;Datum;Unterzeichnende;Originalschrift;Funktion;Anlass\n"
        '2;17;12.06.1998;"Li Hua; Wang Wei";"李华; ";"Bürgermeisterin; Dolmetscher";'
        "Besuch aus Xi'an\n"
        '2;18;1998-09-01;"A; B";X;;Zu viele Namen\n', "utf-8")
    with pytest.raises(ValidationError, match=r"row 3, Originalschrift: 1 given for 2 signer"):
        RegisterImport(services.ctx).golden_book(path)
    path.write_text(path.read_text("utf-8").splitlines()[0] + "\n"
                    + path.read_text("utf-8").splitlines()[1] + "\n", "utf-8")
    imported = RegisterImport(services.ctx).golden_book(path)
    assert imported.count == 1 and "volume 2 created" in imported.notes
    [line] = services.golden_book.register()
    assert (line.book_number, line.number) == (2, 17)
    assert [(s.name, s.native_name, s.function) for s in line.signers] == [
        ("Li Hua", "李华", "Bürgermeisterin"), ("Wang Wei", "", "Dolmetscher")]
    assert services.golden_book.register(RegisterQuery(text="wang wei"))  # searchable


def test_a_name_kept_from_being_a_formula_comes_back_as_typed(services: Services,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text('Band;Nr.;Datum;Unterzeichnende\n1;1;2024-01-02;"\'=HYPERLINK(""x"")"\n',
                    "utf-8")
    RegisterImport(services.ctx).golden_book(path)
    [line] = services.golden_book.register()
    assert line.signers[0].name == '=HYPERLINK("x")'
    exported = golden_book_file(services.ctx, ".csv", None, "de")[0].decode("utf-8-sig")
    assert "'=HYPERLINK" in exported  # and the export keeps it text again
