"""`planner export pack`: everything a visit needs in one folder — or nothing when it fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.services import Services, document_files

NETANYA = "4"


def test_the_pack_holds_every_document_of_the_visit(demo_db: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "netanya"
    assert main(["--db", demo_db, "export", "pack", NETANYA, "-o", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    printed = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in printed) == names
    services = Services.open(demo_db)
    try:
        members = services.members.list(4)
        languages = services.delegations.get(4).languages
    finally:
        services.close()
    for lang in languages:
        if lang in ("de", "en", "fr", "he", "zh", "ru", "sr", "tr", "ro"):
            assert f"01-programme-{lang}.pdf" in names
    assert sum(n.startswith("02-personal-") for n in names) == len(members)
    for expected in ("03-run-sheet-de.pdf", "04-precedence-de.pdf"):
        assert expected in names
    assert any(n.startswith("05-badges-") for n in names)
    assert any(n.startswith("06-place-cards-") for n in names)
    assert any(n.startswith("07-seating-") for n in names)  # the welcome dinner
    assert any(n.endswith(".ics") for n in names)
    for path in folder.glob("*.pdf"):
        assert path.read_bytes().startswith(b"%PDF")
    assert not list(folder.glob("*.part"))


def test_several_delegations_get_a_folder_each(demo_db: str, tmp_path: Path) -> None:
    assert main(["--db", demo_db, "export", "pack", "4", "5", "-o", str(tmp_path / "fest")]) == 0
    folders = sorted(p.name for p in (tmp_path / "fest").iterdir())
    assert len(folders) == 2 and folders[0].startswith("4-") and "netanya" in folders[0]


def test_a_failed_pack_writes_nothing(demo_db: str, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    real = document_files.generate
    calls = []

    def failing(services, request, source=None):  # type: ignore[no-untyped-def]
        calls.append(request.kind)
        if len(calls) == 4:
            raise OSError("disk full")
        return real(services, request, source)

    monkeypatch.setattr("planner.services.pack.generate", failing)
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    assert main(["--db", demo_db, "export", "pack", NETANYA, "-o", str(folder)]) != 0
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]
    assert "disk full" in capsys.readouterr().err


def test_an_unknown_delegation_is_refused(demo_db: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_db, "export", "pack", "999", "-o", str(tmp_path / "x")]) != 0
    assert "999" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
