"""The member details dialog: every field of a member, saved and undone like inline edits."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from planner.domain.enums import Gender, TravelMode
from planner.domain.records import Journey, Member
from planner.services import Services
from planner.ui.dialogs.member_dialog import MemberDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import BERLIN, make_delegation, settle, type_text
from tests.ui.editing import focus, open_delegation_tab

HEBREW = "מרים פיירברג-איכר"
CHINESE = "王小明"


def test_details_of_a_member_are_edited_refused_at_the_field_saved_and_undone(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    delegation = make_delegation(services)
    member = services.members.save(
        Member(delegation_id=delegation.id, name="Miriam Feierberg", is_head=True)
    )
    settle(qtbot, window)
    panel = open_delegation_tab(qtbot, window, 1).members
    panel.table.selectRow(0)
    focus(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter opens the details
    dialog: MemberDialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Miriam Feierberg"

    type_text(dialog.salutation, "Frau")
    type_text(dialog.native_name, HEBREW)
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE))
    type_text(dialog.email, "m.feierberg@netanya.example")
    type_text(dialog.phone, "+972 9 860 3333")
    type_text(dialog.accessibility, "Rollstuhl; stufenloser Zugang nötig")
    dialog.arrival.at.set_value(datetime(2026, 5, 8, 14, 30, tzinfo=BERLIN))
    dialog.arrival.mode.setCurrentIndex(dialog.arrival.mode.findData(TravelMode.FLIGHT))
    type_text(dialog.arrival.reference, "LY 5171")
    type_text(dialog.arrival.place, "Flughafen Düsseldorf")
    dialog.departure.at.set_value(datetime(2026, 5, 7, 9, 0, tzinfo=BERLIN))  # before arrival
    dialog.save()
    settle(qtbot, window)
    assert dialog.isVisible()
    assert dialog.errors.error_text("departure.at") == "departure is before arrival"
    assert dialog.departure.at.property("invalid") == "true"
    assert services.members.get(member.id).salutation == ""  # nothing was written
    assert not window.undo_action.isEnabled()

    dialog.departure.at.set_value(datetime(2026, 5, 12, 9, 0, tzinfo=BERLIN))
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()
    stored = services.members.get(member.id)
    assert stored.salutation == "Frau"
    assert stored.native_name == HEBREW
    assert stored.gender == Gender.FEMALE
    assert stored.email == "m.feierberg@netanya.example"
    assert stored.phone == "+972 9 860 3333"
    assert stored.accessibility == "Rollstuhl; stufenloser Zugang nötig"
    assert stored.arrival == Journey(
        at=datetime(2026, 5, 8, 14, 30, tzinfo=BERLIN),
        mode=TravelMode.FLIGHT,
        reference="LY 5171",
        place="Flughafen Düsseldorf",
    )
    assert stored.departure.at == datetime(2026, 5, 12, 9, 0, tzinfo=BERLIN)
    assert stored.is_head and stored.rank == 1  # the dialog leaves these to the table
    assert panel.model.records()[0].native_name == HEBREW  # the table shows the change

    window.undo_action.trigger()
    settle(qtbot, window)
    undone = services.members.get(member.id)
    assert (undone.salutation, undone.gender, undone.arrival) == ("", None, Journey())
    window.redo_action.trigger()
    settle(qtbot, window)
    assert services.members.get(member.id).arrival.reference == "LY 5171"


def test_details_open_from_the_button_and_speak_german(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    delegation = make_delegation(services)
    services.members.save(Member(delegation_id=delegation.id, name=CHINESE, is_head=True))
    window.set_language("de")
    settle(qtbot, window)
    panel = open_delegation_tab(qtbot, window, 1).members
    assert panel.details_button.text() == "Details…"
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    dialog: MemberDialog = panel.dialog
    assert dialog.windowTitle() == "Mitglied – Details"
    dialog.name.clear()
    dialog.save()
    settle(qtbot, window)
    assert dialog.errors.error_text("name") == "darf nicht leer sein"
    assert dialog.name.property("invalid") == "true"
    dialog.reject()
    assert services.members.list(delegation.id)[0].name == CHINESE


def test_a_function_is_typed_in_german_and_translated_for_the_guests(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    delegation = make_delegation(services)
    member = services.members.save(Member(delegation_id=delegation.id, name="Miriam Feierberg",
                                          title="Bürgermeisterin", title_translations={
                                              "ro": "Primar"}))
    settle(qtbot, window)
    panel = open_delegation_tab(qtbot, window, 1).members
    panel.table.selectRow(0)
    focus(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, window)
    dialog: MemberDialog = panel.dialog
    assert dialog.title.edits["de"].text() == "Bürgermeisterin"
    assert dialog.title.more.isChecked()  # a guest-language text is never hidden
    type_text(dialog.title.edits["en"], "Mayor of Netanya")
    type_text(dialog.title.edits["he"], "ראש עיריית נתניה")
    dialog.title.edits["fr"].setText("x" * 201)
    dialog.save()
    settle(qtbot, window)
    assert dialog.isVisible()
    assert dialog.errors.error_text("title.fr").startswith("is 201 characters long")
    dialog.title.edits["fr"].setText("Maire de Netanya")
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()
    stored = services.members.get(member.id)
    assert stored.title == "Bürgermeisterin"  # the office's text keeps its own column
    assert stored.title_translations == {"en": "Mayor of Netanya", "fr": "Maire de Netanya",
                                         "he": "ראש עיריית נתניה", "ro": "Primar"}
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.members.get(member.id).title_translations == {"ro": "Primar"}


def test_enter_in_the_new_members_name_adds_the_member(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    delegation = make_delegation(services)
    settle(qtbot, window)
    panel = open_delegation_tab(qtbot, window, 1).members
    focus(qtbot, panel.new_name)
    type_text(panel.new_name, "Kwame Asante")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert [m.name for m in services.members.list(delegation.id)] == ["Kwame Asante"]
    assert panel.new_name.text() == "" and panel.new_name.hasFocus()  # ready for the next


def test_passport_details_are_saved_and_erased_on_request(
    qtbot, window: MainWindow, services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    delegation = make_delegation(services)
    member = services.members.save(Member(delegation_id=delegation.id, name="Kwame Asante",
                                          email="k.asante@kumasi.example"))
    settle(qtbot, window)
    dialog = MemberDialog(window.ctx, member, window)
    qtbot.addWidget(dialog)
    type_text(dialog.nationality, "Ghana")
    type_text(dialog.passport_number, "G1903366")
    dialog.date_of_birth.set_value(date(1979, 11, 2))
    dialog.save()
    settle(qtbot, window)
    stored = services.members.get(member.id)
    assert (stored.nationality, stored.passport_number, stored.date_of_birth) == (
        "Ghana", "G1903366", date(1979, 11, 2))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    dialog = MemberDialog(window.ctx, stored, window)
    qtbot.addWidget(dialog)
    dialog.erase_button.click()
    settle(qtbot, window)
    assert "Kwame Asante" in asked[0] and "cannot be undone" in asked[0]
    erased = services.members.get(member.id)
    assert (erased.email, erased.passport_number, erased.date_of_birth) == ("", "", None)
    assert erased.name == "Kwame Asante"
