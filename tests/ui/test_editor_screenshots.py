"""Screenshots of the full editors (programme item tabs, member details, partner contacts,
venue travel times) on the demo data, in English and German, for a person to look at."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from planner.domain.records import Contact
from planner.services import Services
from planner.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.editing import open_delegation_tab


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    """PLANNER_SCREENSHOTS=dir keeps them; otherwise they go to the test's tmp dir."""
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS", tmp_path / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["en", "de"])
def test_screenshots_of_the_editors(
    qtbot,
    services: Services,
    shots_dir: Path,
    language: str,
) -> None:  # type: ignore[no-untyped-def]
    from planner.services.demo import load_demo
    from planner.ui.app import open_window

    load_demo(services.ctx)
    novi_sad = next(p for p in services.partners.list() if p.name == "Novi Sad")
    services.partners.save(
        replace(
            novi_sad,
            contacts=(
                Contact(
                    "Ђорђе Јовановић",
                    "Шеф протокола",
                    "protokol@novisad.example",
                    "+381 21 4873 100",
                ),
                Contact("Milica Đurić", "International Relations", "m.djuric@novisad.example"),
            ),
        )
    )
    window: MainWindow = open_window(services)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    settle(qtbot, window)
    if language == "de":
        window.set_language("de")
        settle(qtbot, window)
    saved: list[Path] = []

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(qtbot, window)
        path = shots_dir / f"{name}_{language}.png"
        assert widget.grab().save(str(path))
        saved.append(path)

    # The Netanya delegation: members with Hebrew native names, a full programme.
    window.show_view("delegations")
    qtbot.waitUntil(lambda: window.delegations.model.rowCount() > 0, timeout=10000)
    netanya = window.delegations.model.row_of(lambda d: "Netanya" in d.title)
    editor = open_delegation_tab(qtbot, window, 1, netanya)
    members = editor.members
    members.table.selectRow(0)
    shot(window, "editor_members")
    members.open_details()
    shot(members.dialog, "editor_member_details")
    members.dialog.reject()

    editor.tabs.setCurrentIndex(2)
    programme = editor.programme
    settle(qtbot, window)
    rows = [r for r in range(programme.model.rowCount()) if programme.model.item(r) is not None]
    meal = next(r for r in rows if programme.model.item(r).kind == "meal")
    programme.table.selectRow(meal)
    programme.edit_selected()
    dialog = programme.dialog
    for index, name in enumerate(("general", "people", "texts")):
        dialog.tabs.setCurrentIndex(index)
        shot(dialog, f"editor_item_{name}")
    dialog.reject()

    window.show_view("partners")
    view = window.partners.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    view.table.selectRow(view.model.row_of(lambda p: p.name == "Novi Sad"))
    shot(window, "editor_partner_contacts")

    window.show_view("people")
    window.people.tabs.setCurrentIndex(1)
    venues = window.people.venues
    qtbot.waitUntil(lambda: venues.model.rowCount() > 0, timeout=10000)
    venues.table.selectRow(venues.model.row_of(lambda v: v.name == "Rathaus Dortmund"))
    shot(window, "editor_venue_travel_times")
    assert all(p.stat().st_size > 10_000 for p in saved)
