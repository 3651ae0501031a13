"""A stale save: "Overwrite" goes on the undo stack, and undo puts the stored version back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from planner.domain.enums import ItemKind
from planner.domain.records import PartnerCity, ProgrammeItem
from planner.services import Services
from planner.ui.dialogs.conflict import ConflictDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import BERLIN, make_delegation, settle, type_text
from tests.ui.editing import open_delegation_tab

SERBIAN = "Нови Сад"


@pytest.fixture
def choices(monkeypatch: pytest.MonkeyPatch) -> list[list[tuple[str, str, str]]]:
    """The conflict dialog answers "Overwrite" instead of waiting for a click; the rows it
    would have shown are kept."""
    shown: list[list[tuple[str, str, str]]] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog.rows)
        return ConflictDialog.OVERWRITE

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    return shown


def test_overwriting_a_partner_city_is_undone_to_the_stored_version(
    qtbot, window: MainWindow, services: Services, choices
) -> None:  # type: ignore[no-untyped-def]
    city = services.partners.save(PartnerCity(name="Novi Sad", country="RS"))
    settle(qtbot, window)
    window.show_view("partners")
    view = window.partners.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    settle(qtbot, window)

    # Someone else saves first: the list refreshes, the form keeps the version being edited.
    theirs = services.partners.save(replace(city, notes="Kontakt über das Büro in Belgrad"))
    type_text(view.form.widgets["native_name"], SERBIAN)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert choices and ("native_name", SERBIAN, "") in choices[0]
    mine = services.partners.get(city.id)
    assert (mine.native_name, mine.notes) == (SERBIAN, "")  # overwritten with my version
    assert window.undo_action.text() == "&Undo Overwrite the stored version"

    window.undo_action.trigger()
    settle(qtbot, window)
    stored = services.partners.get(city.id)
    assert (stored.native_name, stored.notes) == ("", theirs.notes)
    assert stored.version > mine.version  # saved again with the then-current version
    window.redo_action.trigger()
    settle(qtbot, window)
    again = services.partners.get(city.id)
    assert (again.native_name, again.notes) == (SERBIAN, "")


def test_overwriting_a_programme_item_from_its_dialog_is_undoable(
    qtbot, window: MainWindow, services: Services, choices
) -> None:  # type: ignore[no-untyped-def]
    delegation = make_delegation(services)
    start = datetime(2026, 5, 10, 10, 0, tzinfo=BERLIN)
    item = services.programme.save(
        ProgrammeItem(
            delegation_ids=(delegation.id,),
            kind=ItemKind.VISIT,
            title={"de": "Besuch im Dortmunder U"},
            start=start,
            end=start.replace(hour=12),
        )
    )
    settle(qtbot, window)
    programme = open_delegation_tab(qtbot, window, 2).programme
    programme.table.selectRow(programme.model.row_of_item(item.id))
    programme.edit_selected()
    dialog = programme.dialog
    settle(qtbot, window)
    theirs = services.programme.save(replace(item, dress_code="Festlich"))
    type_text(dialog.texts.notes, "Fahrstuhl vorab reservieren")
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()  # overwritten: the dialog is done
    mine = services.programme.get(item.id)
    assert (mine.notes_internal, mine.dress_code) == ("Fahrstuhl vorab reservieren", "")

    window.undo_action.trigger()
    settle(qtbot, window)
    stored = services.programme.get(item.id)
    assert (stored.notes_internal, stored.dress_code) == ("", theirs.dress_code)


def test_a_stale_inline_member_edit_opens_the_conflict_dialog(
    qtbot, window: MainWindow, services: Services, choices
) -> None:  # type: ignore[no-untyped-def]
    from planner.domain.records import Member

    delegation = make_delegation(services, "Delegation aus Novi Sad", "Novi Sad")
    member = services.members.save(Member(delegation_id=delegation.id, name="Ђорђе Јовановић"))
    settle(qtbot, window)
    panel = open_delegation_tab(qtbot, window, 1).members
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    services.members.save(replace(member, dietary="vegetarisch"))  # another officer, first
    title = next(i for i, c in enumerate(panel.model.columns) if c.key == "title")
    panel.model.setData(panel.model.index(0, title), "Bürgermeister")  # typed in the table
    settle(qtbot, window)
    assert choices, "the stale edit went to the compare-and-choose dialog"
    assert ("title", "Bürgermeister", "") in choices[0]
    stored = services.members.get(member.id)
    assert stored.title == "Bürgermeister"  # overwritten deliberately, not lost silently
