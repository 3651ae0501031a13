"""The Gifts screen through its widgets: warnings while typing, declarations, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from planner.domain.enums import DeclarationStatus, GiftDirection
from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.app import open_window
from planner.ui.views.delegation_form import select_data
from tests.ui.conftest import settle, type_text
from tests.ui.screen_base import ScreenTest


class TestGiftsEdgeCases(ScreenTest):
    key = "gifts"
    lists_names = False  # the seed registers no gifts


def open_gifts(qtbot, services: Services):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.show()
    window.show_view("gifts")
    settle(qtbot, window)
    return window, window.screens["gifts"]


def wait_for_warnings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(350)  # the editor rechecks after a pause in typing
    settle(qtbot, window)


def test_demo_gifts_are_listed_with_pending_declarations(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_gifts(qtbot, services)
    assert screen.model.rowCount() == 9  # four of them on the trips to Xi'an and Amiens
    assert "2 declarations pending" in screen.count_label.text()
    screen.direction.setCurrentIndex(screen.direction.findData(GiftDirection.RECEIVED))
    settle(qtbot, window)
    assert screen.model.rowCount() == 3
    type_text(screen.search, "vase")
    qtbot.wait(250)
    settle(qtbot, window)
    assert [g.description for g in screen.model.records()] == ["Bemalte Porzellanvase (Gschel)"]


def test_a_repeated_gift_warns_in_place_and_can_still_be_saved(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_gifts(qtbot, services)
    screen.new_record()
    form = screen.editor.form
    assert form.warnings.isHidden()
    select_data(form.direction, GiftDirection.GIVEN)
    form.given_on.setDate(QDate(2026, 10, 1))
    type_text(form.description, "Gravierte Grubenlampe")
    type_text(form.recipient_name, "Miriam Feirberg-Ikar")
    wait_for_warnings(qtbot, window)
    assert form.warnings.isVisible()
    assert "Miriam Feirberg-Ikar already received the same gift" in form.warnings.text()
    assert "2026-05-09" in form.warnings.text()
    form.description.setText("Buch über Dortmund")  # a different gift: the warning goes away
    wait_for_warnings(qtbot, window)
    assert form.warnings.isHidden()
    form.description.setText("Gravierte Grubenlampe")
    wait_for_warnings(qtbot, window)
    screen.save()
    settle(qtbot, window)
    assert screen.model.rowCount() == 10
    assert screen.editor.record.id is not None
    assert form.warnings.isVisible()  # still true after saving: it is a repeat


def test_a_valuable_received_gift_is_pending_declaration(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_gifts(qtbot, services)
    screen.new_record()
    form = screen.editor.form
    select_data(form.direction, GiftDirection.RECEIVED)
    form.given_on.setDate(QDate(2026, 5, 10))
    type_text(form.description, "Silberschale")
    type_text(form.value, "350,00")
    wait_for_warnings(qtbot, window)
    assert "Declaration required" in form.warnings.text()
    screen.save()
    settle(qtbot, window)
    saved = screen.editor.record
    assert saved.declaration == DeclarationStatus.PENDING
    assert saved.given_on == date(2026, 5, 10) and str(saved.value_eur) == "350.00"
    assert form.declaration.currentText() == "Pending"
    assert "3 declarations pending" in screen.count_label.text()


def test_errors_appear_next_to_their_fields(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_gifts(qtbot, services)
    screen.new_record()
    form = screen.editor.form
    type_text(form.value, "viel")
    screen.save()
    settle(qtbot, window)
    assert "not an amount" in form.errors.error_text("value_eur")
    form.value.clear()
    screen.save()
    settle(qtbot, window)
    assert form.errors.error_text("description") == "must not be empty"


def test_delete_is_undoable(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_gifts(qtbot, services)
    screen.table.selectRow(0)
    settle(qtbot, window)
    description = screen.editor.record.description
    screen.editor.delete_gift()
    settle(qtbot, window)
    assert screen.model.rowCount() == 8
    window.ctx.undo.undo()
    settle(qtbot, window)
    assert description in [g.description for g in services.gifts.list()]
    assert screen.model.rowCount() == 9


def test_screenshot(qtbot, services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """PLANNER_SCREENSHOTS=dir keeps the picture (a repeated gift being entered)."""
    import os
    from pathlib import Path

    window, screen = open_gifts(qtbot, services)
    window.resize(1400, 860)
    screen.new_record()
    form = screen.editor.form
    form.given_on.setDate(QDate(2026, 10, 1))
    select_data(form.partner, 4)
    type_text(form.description, "Gravierte Grubenlampe")
    type_text(form.category, "Bergbau-Erinnerung")
    type_text(form.recipient_name, "Miriam Feirberg-Ikar")
    wait_for_warnings(qtbot, window)
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "gifts_warning.png"))


def test_a_register_list_is_imported_from_the_gifts_screen_or_refused_whole(
        qtbot, window, services, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from planner.domain.records import PartnerCity
    from tests.ui.conftest import settle

    services.partners.save(PartnerCity(name="Netanya", country="IL"))
    good, bad = tmp_path / "gifts.csv", tmp_path / "broken.csv"
    good.write_text("Datum;Richtung;Geschenk;Partnerstadt\n"
                    "2024-05-01;erhalten;Teeservice;Netanya\n", "utf-8")
    bad.write_text("Datum;Richtung;Geschenk\n2024-05-01;vielleicht;Vase\n", "utf-8")
    window.show_view("gifts")
    settle(qtbot, window)
    screen = window.screen("gifts")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: shown.append(text))
    for path in (bad, good):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, _p=path, **k: (str(_p), ""))
        screen.import_button.click()
        settle(qtbot, window)
    assert any("row 2, Richtung: 'vielleicht'" in text for text in shown)
    assert [g.description for g in services.gifts.list()] == ["Teeservice"]
    assert "1 gift imported from gifts.csv." in window.statusBar().currentMessage()
