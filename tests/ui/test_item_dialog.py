"""The programme item dialog edits every field: people, vehicle, texts per language, notes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.enums import HostRole, ItemKind, ResourceKind
from planner.domain.records import (
    HostPerson,
    Member,
    ProgrammeItem,
    Resource,
    Venue,
)
from planner.services import Services
from planner.ui.dialogs.item_dialog import ItemDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import BERLIN, make_delegation, settle, type_text
from tests.ui.editing import focus, open_delegation_tab, tick

HEBREW = "מרים פיירברג-איכר"
CHINESE = "王小明"
SERBIAN = "Ђорђе Јовановић"


def seed(services: Services) -> dict[str, int]:
    delegation = make_delegation(services)
    ids: dict[str, int] = {"delegation": delegation.id}
    for rank, name in enumerate((HEBREW, CHINESE, SERBIAN), start=1):
        member = services.members.save(
            Member(delegation_id=delegation.id, name=name, rank=rank, is_head=rank == 1)
        )
        ids[name] = member.id
    for name, role, languages in (
        ("Dr. Katharina Brenner", HostRole.MAYOR, ("de", "en")),
        ("Dalia Cohen", HostRole.INTERPRETER, ("he", "de")),
        ("Драгана Илић", HostRole.INTERPRETER, ("sr", "de")),
        ("Marco Schulte", HostRole.DRIVER, ("de",)),
    ):
        person = services.people.save(HostPerson(name=name, role=role, languages=languages))
        ids[name] = person.id
    ids["bus"] = services.resources.save(Resource(name="Kleinbus 1", capacity=8)).id
    services.resources.save(Resource(name="Ratssaal", kind=ResourceKind.ROOM))
    ids["venue"] = services.venues.save(Venue(name="Rathaus Dortmund")).id
    return ids


def test_every_field_of_an_item_is_edited_saved_and_undone(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    ids = seed(services)
    settle(qtbot, window)
    programme = open_delegation_tab(qtbot, window, 2).programme
    programme.add_item()
    dialog: ItemDialog = programme.dialog
    settle(qtbot, window)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["General", "People", "Texts"]

    # General: title and a vehicle; rooms are not offered as vehicles.
    type_text(dialog.title.edits["de"], "Empfang im Rathaus")
    vehicles = [dialog.vehicle.itemText(i) for i in range(dialog.vehicle.count())]
    assert vehicles == ["— none —", "Kleinbus 1 (8)"]
    dialog.vehicle.setCurrentIndex(1)
    type_text(dialog.dress_code, "Business")

    # People: only two members, found by typing in the filter and ticked with Space.
    dialog.tabs.setCurrentIndex(1)
    people = dialog.people
    assert people.all_members.isChecked() and not people.members.isEnabled()
    qtbot.mouseClick(people.some_members, Qt.MouseButton.LeftButton)
    assert people.members.isEnabled()
    for name in (SERBIAN, CHINESE):
        focus(qtbot, people.members.filter)
        people.members.filter.clear()
        type_text(people.members.filter, name[:2])
        assert people.members.visible_texts() == [name]
        qtbot.keyClick(people.members.filter, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is people.members.list
        qtbot.keyClick(people.members.list, Qt.Key.Key_Space)
    assert people.members.checked() == (ids[SERBIAN], ids[CHINESE])
    assert people.members.count.text() == "2 selected"

    # Interpreters are narrowed to interpreters until "Show everyone" is ticked.
    assert people.interpreters.visible_texts() == ["Dalia Cohen (he, de)", "Драгана Илић (sr, de)"]
    people.interpreters.show_all.setChecked(True)
    assert "Dr. Katharina Brenner (de, en)" in people.interpreters.visible_texts()
    tick(people.interpreters, "Dalia Cohen (he, de)")
    assert people.hosts.visible_texts() == ["Dr. Katharina Brenner (Mayor)"]
    tick(people.hosts, "Dr. Katharina Brenner (Mayor)")
    tick(people.drivers, "Marco Schulte (Driver)")
    qtbot.mouseClick(people.needs, Qt.MouseButton.LeftButton)

    # Texts: guest texts per language, and the internal notes apart from them.
    dialog.tabs.setCurrentIndex(2)
    texts = dialog.texts
    type_text(texts.description.edits["de"], "Empfang durch die Oberbürgermeisterin")
    type_text(texts.description.edits["en"], "Reception by the Lord Mayor")
    type_text(texts.guest_notes.edits["fr"], "Veuillez arriver 10 minutes en avance")
    type_text(texts.notes, "Presse ab 11 Uhr")
    assert texts.notes.accessibleName() == "Internal notes (office only)"
    assert texts.notes.parentWidget().parentWidget().objectName() == "internalBox"

    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()
    [item] = services.programme.list(ids["delegation"])
    assert item.title == {"de": "Empfang im Rathaus"}
    assert item.vehicle_id == ids["bus"]
    assert item.dress_code == "Business"
    assert not item.all_members
    assert set(item.member_ids) == {ids[SERBIAN], ids[CHINESE]}
    assert item.host_ids == (ids["Dr. Katharina Brenner"],)
    assert item.interpreter_ids == (ids["Dalia Cohen"],)
    assert item.driver_ids == (ids["Marco Schulte"],)
    assert item.needs_acknowledged
    assert item.description == {
        "de": "Empfang durch die Oberbürgermeisterin",
        "en": "Reception by the Lord Mayor",
    }
    assert item.guest_notes == {"fr": "Veuillez arriver 10 minutes en avance"}
    assert item.notes_internal == "Presse ab 11 Uhr"

    # Edit again: everyone takes part now; the dialog shows what was stored.
    programme.table.selectRow(programme.model.row_of_item(item.id))
    programme.edit_selected()
    dialog = programme.dialog
    settle(qtbot, window)
    assert dialog.vehicle.currentData() == ids["bus"]
    assert dialog.people.drivers.checked() == (ids["Marco Schulte"],)
    assert dialog.texts.guest_notes.edits["fr"].toPlainText().startswith("Veuillez")
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.people.all_members, Qt.MouseButton.LeftButton)
    dialog.save()
    settle(qtbot, window)
    edited = services.programme.get(item.id)
    assert edited.all_members and edited.member_ids == ()

    window.undo_action.trigger()
    settle(qtbot, window)
    undone = services.programme.get(item.id)
    assert not undone.all_members
    assert set(undone.member_ids) == {ids[SERBIAN], ids[CHINESE]}
    window.redo_action.trigger()
    settle(qtbot, window)
    assert services.programme.get(item.id).all_members


def test_a_refused_text_is_shown_at_its_field_on_its_tab(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    ids = seed(services)
    start = datetime(2026, 5, 10, 10, 0, tzinfo=BERLIN)
    item = services.programme.save(
        ProgrammeItem(
            delegation_ids=(ids["delegation"],),
            kind=ItemKind.MEAL,
            title={"de": "Mittagessen"},
            start=start,
            end=start.replace(hour=12),
            host_ids=(ids["Dr. Katharina Brenner"],),
        )
    )
    settle(qtbot, window)
    programme = open_delegation_tab(qtbot, window, 2).programme
    programme.table.selectRow(programme.model.row_of_item(item.id))
    programme.edit_selected()
    dialog: ItemDialog = programme.dialog
    settle(qtbot, window)
    dialog.texts.description.edits["en"].setPlainText("x" * 4001)
    type_text(dialog.texts.notes, "Allergien an die Küche")
    dialog.tabs.setCurrentIndex(0)
    dialog.save()
    settle(qtbot, window)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 2  # the tab with the refused field comes forward
    assert not dialog.tabs.tabIcon(2).isNull() and dialog.tabs.tabIcon(0).isNull()
    assert dialog.errors.error_text("description.en") == (
        "is 4001 characters long; at most 4000 are allowed"
    )
    assert dialog.texts.description.edits["en"].property("invalid") == "true"
    assert services.programme.get(item.id).notes_internal == ""
    assert window.undo_action.isEnabled() is False

    dialog.texts.description.edits["en"].setPlainText("Lunch")
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()
    stored = services.programme.get(item.id)
    assert stored.description == {"en": "Lunch"}
    assert stored.notes_internal == "Allergien an die Küche"
    assert stored.host_ids == (ids["Dr. Katharina Brenner"],)  # untouched links are kept


def test_a_new_item_starts_inside_the_visit_and_keeps_its_length_when_moved(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    seed(services)  # the visit arrives on 9 May 2026 at 10:00
    settle(qtbot, window)
    programme = open_delegation_tab(qtbot, window, 2).programme
    programme.add_item()
    dialog: ItemDialog = programme.dialog
    settle(qtbot, window)
    assert dialog.start.value() == datetime(2026, 5, 9, 11, 0, tzinfo=BERLIN)  # not "tomorrow"
    assert dialog.end.value() == datetime(2026, 5, 9, 12, 0, tzinfo=BERLIN)
    dialog.start.set_value(datetime(2026, 5, 10, 15, 30, tzinfo=BERLIN))
    assert dialog.end.value() == datetime(2026, 5, 10, 16, 30, tzinfo=BERLIN)  # moved along
    dialog.end.set_value(datetime(2026, 5, 10, 18, 0, tzinfo=BERLIN))  # the end alone: longer
    dialog.start.set_value(datetime(2026, 5, 10, 16, 0, tzinfo=BERLIN))
    assert dialog.end.value() == datetime(2026, 5, 10, 18, 30, tzinfo=BERLIN)
    dialog.reject()
