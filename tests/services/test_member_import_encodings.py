"""Member lists in the encodings offices really send (issue 24): read right and said so, or
refused naming the encoding — never stored garbled; broken quoting reported by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.errors import ValidationError
from planner.domain.records import Delegation
from planner.services import Services
from planner.services.member_import import decode_text
from tests.services.conftest import dump

HEADER = "Name;Funktion"


@pytest.fixture
def delegation_id(services: Services) -> int:
    d = services.delegations.save(Delegation(title={"de": "Delegation"}))
    assert d.id is not None
    return d.id


@pytest.mark.parametrize(("encoding", "names"), [
    ("cp1251", ["Иван Петров", "Мария Кузнецова", "Дмитрий Соколов"]),
    ("iso-8859-2", ["Łukasz Wróbel", "Zdeněk Dvořák", "Ágnes Kővári"]),
    ("shift_jis", ["山田太郎", "鈴木花子", "佐藤健一"]),
])
def test_a_list_in_a_legacy_encoding_is_read_right_or_refused(
        services: Services, delegation_id: int, tmp_path: Path, encoding: str,
        names: list[str]) -> None:
    rows = [HEADER, *(f"{name};{name} {name}" for name in names)]
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(rows).encode(encoding))
    before = dump(services)
    try:
        added = services.member_import.import_file(delegation_id, path)
    except ValidationError as error:
        assert "encoding" in str(error) and dump(services) == before  # refused, not guessed
        return
    assert [m.name for m in added][:3] == names  # never "Èâàí"
    assert any("read as" in w for w in added.warnings)


def test_the_officer_can_name_the_encoding(services: Services, delegation_id: int,
                                           tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(f"{HEADER}\r\nИван;Мэр\r\n".encode("cp1251"))
    added = services.member_import.import_file(delegation_id, path, "cp1251")
    assert [m.name for m in added] == ["Иван"]
    with pytest.raises(ValidationError, match="'klingon' is not an encoding"):
        services.member_import.import_file(delegation_id, path, "klingon")


def test_utf16_without_a_bom_is_read(services: Services, delegation_id: int,
                                      tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(f"{HEADER}\r\nNoa Levi;Kultur\r\n".encode("utf-16-le"))
    added = services.member_import.import_file(delegation_id, path)
    assert [m.name for m in added] == ["Noa Levi"]


def test_an_unclosed_quote_is_reported_with_its_line_and_nothing_is_written(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f'{HEADER}\r\n"Noa Levi;Kultur\r\nAvi Ben-David;Bürgermeister\r\n',
                    encoding="utf-8")
    before = dump(services)
    with pytest.raises(ValidationError, match=r"line \d+: .*quotes"):
        services.member_import.import_file(delegation_id, path)
    assert dump(services) == before


def test_binary_noise_is_refused_naming_the_encoding_problem() -> None:
    with pytest.raises(ValidationError, match="encoding cannot be told"):
        decode_text(bytes(range(128, 256)) * 4, "noise.csv")


def test_a_zip_bomb_is_refused_from_its_directory_fast_and_small(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    import resource
    import time
    import zipfile

    import openpyxl

    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Noa Levi"])
    book.save(good)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w",
                                                          zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            data = source.read(part)
            if part.filename == "xl/sharedStrings.xml" or part.filename.endswith("sheet1.xml"):
                data = data + b" " * 120_000_000  # unpacks to 120 MB
            target.writestr(part, data, compresslevel=9)
    assert bomb.stat().st_size < 2_000_000
    before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="unpacks to 120 MB"):
        services.member_import.import_file(delegation_id, bomb)
    assert time.perf_counter() - started < 2
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_rss) / 1024
    assert grown_mb < 200


def test_an_xml_entity_bomb_inside_a_workbook_is_refused_before_parsing(
        services: Services, delegation_id: int, tmp_path: Path) -> None:
    import zipfile

    import openpyxl

    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Noa Levi"])
    book.save(good)
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    prolog = f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{laughs}]>'
    bomb = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for part in source.infolist():
            data = source.read(part)
            if part.filename.endswith("sheet1.xml"):
                text = data.decode()
                body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                data = (prolog + body.replace("</sheetData>", "<!-- &lol9; --></sheetData>")
                        ).encode()
            target.writestr(part, data)
    before = dump(services)
    with pytest.raises(ValidationError, match=r"sheet1.xml declares a document type \(DTD\)"):
        services.member_import.import_file(delegation_id, bomb)
    assert dump(services) == before
