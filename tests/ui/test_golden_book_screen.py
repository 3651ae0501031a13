"""The Golden Book screen through its widgets: register, search, signing, photos, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from planner.domain.enums import EntryStatus
from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.app import open_window
from planner.ui.views.golden_book import GoldenBookScreen
from tests.ui.conftest import settle, type_text
from tests.ui.screen_base import ScreenTest

BERLIN = ZoneInfo("Europe/Berlin")


class TestGoldenBookEdgeCases(ScreenTest):
    key = "golden_book"
    lists_names = False  # the seed plans no signing, so the register stays empty


def open_register(qtbot, services: Services):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.show()
    window.show_view("golden_book")
    settle(qtbot, window)
    screen: GoldenBookScreen = window.screens["golden_book"]  # type: ignore[assignment]
    return window, screen


def column(screen: GoldenBookScreen, key: str) -> list[str]:
    index = [c.key for c in screen.model.columns].index(key)
    return [screen.model.index(r, index).data() for r in range(screen.model.rowCount())]


def search(qtbot, window, screen: GoldenBookScreen, text: str) -> None:  # type: ignore[no-untyped-def]
    screen.search.clear()
    type_text(screen.search, text)
    qtbot.wait(250)  # the debounce
    settle(qtbot, window)


def select(qtbot, window, screen: GoldenBookScreen, needle: str) -> None:  # type: ignore[no-untyped-def]
    row = screen.model.row_of(lambda line: any(needle in s.name for s in line.signers))
    assert row >= 0
    screen.table.selectRow(row)
    settle(qtbot, window)


def test_demo_data_shows_the_register(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_register(qtbot, services)
    assert screen.model.rowCount() == 4
    assert "1/1" in column(screen, "number")  # Rostov 2019, signed
    assert any("Feirberg-Ikar (מרים פיירברג-איכר)" in t for t in column(screen, "signers"))
    assert screen.count_label.text() == "4 entries"
    assert screen.year.findData(2019) > 0


def test_search_folds_case_and_accents_in_any_script(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    search(qtbot, window, screen, "feirberg")
    assert screen.model.rowCount() == 1
    assert "Miriam Feirberg-Ikar" in column(screen, "signers")[0]
    search(qtbot, window, screen, "ДМИТРИЙ")  # native script, other case
    assert screen.model.rowCount() == 1
    assert "Sokolov" in column(screen, "signers")[0]
    search(qtbot, window, screen, "nobody-like-this")
    assert screen.model.rowCount() == 0
    assert screen.list_stack.currentWidget() is screen.table  # filtered: no "empty" page


def test_signing_a_planned_entry_gives_it_the_next_number(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    select(qtbot, window, screen, "Miriam")
    editor = screen.editor
    assert editor.record is not None and editor.record.status == EntryStatus.PLANNED
    assert editor.sign_button.isEnabled()
    editor.sign(date(2026, 5, 9), 12)
    settle(qtbot, window)
    assert editor.record.status == EntryStatus.SIGNED and editor.record.number == 2
    assert "1/2" in column(screen, "number")
    assert "entry 1/2" in editor.status.text()
    assert not editor.sign_button.isEnabled()


def test_edits_are_undoable_and_errors_show_at_the_field(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    select(qtbot, window, screen, "Wang")
    editor = screen.editor
    type_text(editor.form.inscription, " 友谊长存")
    editor.save()
    settle(qtbot, window)
    assert services.golden_book.get(editor.entry_id).inscription.endswith("友谊长存")
    window.ctx.undo.undo()
    settle(qtbot, window)
    assert not services.golden_book.get(4).inscription.endswith("友谊长存")
    screen.new_record()
    editor.form.signers.table.setRowCount(0)  # an entry without signers is refused
    editor.save()
    settle(qtbot, window)
    assert "at least one signer" in editor.form.errors.error_text("signers")


def _png(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fae"))
    assert image.save(str(path))
    return path


def test_missing_photo_shows_a_tile_not_a_crash(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    services.photos.attach(_png(tmp_path / "signing.png"), entry_id=3, in_database=True)
    lost = services.photos.attach(_png(tmp_path / "lost.png"), entry_id=3, in_database=False)
    folder = services.database.path.with_name(f"{services.database.path.stem}-photos")
    (folder / lost.sha256[:2] / f"{lost.sha256}.png").unlink()
    window = open_window(services)
    qtbot.addWidget(window)
    window.show()
    window.show_view("golden_book")
    settle(qtbot, window)
    screen: GoldenBookScreen = window.screens["golden_book"]  # type: ignore[assignment]
    select(qtbot, window, screen, "Sokolov")
    settle(qtbot, window)
    tiles = screen.editor.photos.tile_texts()
    assert len(tiles) == 2
    assert tiles[0] == ""  # the readable photo is a picture
    assert tiles[1].startswith("Photo missing") and "lost.png" in tiles[1]
    screen.editor.photos.add_photo(_png(tmp_path / "third.png"))
    settle(qtbot, window)
    assert len(screen.editor.photos.tile_texts()) == 3


def test_export_register_writes_csv_and_pdf(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    screen.export_register(tmp_path / "register.csv", 2019)
    settle(qtbot, window)
    text = (tmp_path / "register.csv").read_text(encoding="utf-8-sig")
    assert "Dmitri Sokolov" in text and "Miriam" not in text  # signed entries of 2019 only
    screen.export_register(tmp_path / "register.pdf", None)
    settle(qtbot, window)
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")
    assert "register.pdf" in screen.count_label.text()
    assert screen.table.model().headerData(0, Qt.Orientation.Horizontal) == "No."


def test_screenshot(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PLANNER_SCREENSHOTS=dir keeps the picture for a person to look at."""
    import os

    window, screen = open_register(qtbot, services)
    window.resize(1400, 860)
    select(qtbot, window, screen, "Miriam")
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "golden_book_entry.png"))


def test_undo_and_redo_of_a_new_entry_never_leave_a_duplicate(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    before = {e.entry_id for e in services.golden_book.register()}
    screen.new_record()
    settle(qtbot, window)
    editor = screen.editor
    editor.form.signers.add_button.click()
    editor.form.signers.table.item(0, 0).setText("Samuel Owusu-Ansah")
    editor.save()
    settle(qtbot, window)
    [created] = {e.entry_id for e in services.golden_book.register()} - before
    window.ctx.undo.undo()  # the entry never existed: it is gone, not "cancelled"
    settle(qtbot, window)
    assert {e.entry_id for e in services.golden_book.register()} == before
    assert editor.record is None or editor.record.id != created  # no stale "Planned" shown
    window.ctx.undo.redo()
    settle(qtbot, window)
    after = [e for e in services.golden_book.register() if e.entry_id not in before]
    assert len(after) == 1 and after[0].status == EntryStatus.PLANNED
    assert [s.name for s in after[0].signers] == ["Samuel Owusu-Ansah"]
    window.ctx.undo.undo()
    window.ctx.undo.redo()
    settle(qtbot, window)
    assert len([e for e in services.golden_book.register() if e.entry_id not in before]) == 1


def test_choosing_the_delegation_fills_in_the_entry_or_opens_the_planned_one(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    book_id = services.golden_book.books()[-1].id
    kumasi = next(services.delegations.get(d.id) for d in services.delegations.list()
                  if d.member_count > 1
                  and services.golden_book.draft_for(d.id, book_id).id is None)
    before = len(services.golden_book.register())
    editor = screen.editor
    screen.new_record()
    settle(qtbot, window)
    assert editor.form.signers.table.rowCount() == 0  # no blank row to fill or delete first
    combo = editor.form.delegation
    combo.setCurrentIndex(combo.findData(kumasi.id))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: editor.form.signers.table.rowCount() > 0, timeout=5000)
    members = services.members.list(kumasi.id)
    head = next(m for m in members if m.is_head)
    assert editor.form.signers.signers()[0].name == head.name  # the head signs first
    assert len(editor.form.signers.signers()) == len(members)
    assert editor.form.signed_on.value() == kumasi.arrival.at.astimezone(BERLIN).date()
    assert editor.form.occasion.text() == kumasi.occasion
    editor.save()
    settle(qtbot, window)
    assert len(services.golden_book.register()) == before + 1

    screen.new_record()  # the same delegation again: its planned entry opens, no second one
    settle(qtbot, window)
    combo.setCurrentIndex(combo.findData(kumasi.id))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.id is not None,
                    timeout=5000)
    assert "already planned" in editor.status.text()
    assert len(services.golden_book.register()) == before + 1


def test_planning_a_signing_plans_it_in_the_programme_and_undo_takes_both_back(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_register(qtbot, services)
    book_id = services.golden_book.books()[-1].id
    kumasi = next(services.delegations.get(d.id) for d in services.delegations.list()
                  if d.member_count > 1
                  and services.golden_book.draft_for(d.id, book_id).item_id is None
                  and services.golden_book.draft_for(d.id, book_id).id is None)

    def signings() -> list:  # type: ignore[type-arg]
        return [i for i in services.programme.list(kumasi.id) if i.kind.value == "golden_book"]

    assert signings() == []
    editor = screen.editor
    screen.new_record()
    settle(qtbot, window)
    combo = editor.form.delegation
    combo.setCurrentIndex(combo.findData(kumasi.id))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: editor.form.signers.table.rowCount() > 0, timeout=5000)
    editor.save()
    settle(qtbot, window)
    [item] = signings()
    planned = next(e for e in services.golden_book.register()
                   if e.delegation_title and e.status == EntryStatus.PLANNED
                   and services.golden_book.get(e.entry_id).item_id == item.id)
    assert item.start.astimezone(BERLIN).date() == kumasi.arrival.at.astimezone(BERLIN).date()
    assert planned is not None
    window.ctx.undo.undo()  # the entry and the programme item it planned are both gone
    settle(qtbot, window)
    assert signings() == []
    window.ctx.undo.redo()  # both back, once
    settle(qtbot, window)
    assert len(signings()) == 1
    window.ctx.undo.undo()
    window.ctx.undo.redo()
    settle(qtbot, window)
    assert len(signings()) == 1
