"""Ctrl+K finds anything by name, folded like every search, and opens it where it is edited."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.services import Services
from planner.services.demo import load_demo
from planner.services.search import matches
from planner.ui.app import open_window
from planner.ui.dialogs.command_palette import CommandPalette
from tests.ui.conftest import settle, type_text


def open_palette(qtbot, services: Services):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "palette", None), CommandPalette)
                    and window.palette.hits is not None, timeout=10000)
    return window, window.palette


def pick(qtbot, window, palette: CommandPalette, typed: str) -> str:  # type: ignore[no-untyped-def]
    type_text(palette.query, typed)
    qtbot.waitUntil(lambda: palette.results.count() > 0, timeout=3000)
    first = palette.results.item(0).text()
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    settle(qtbot, window)
    return first


def test_a_member_found_without_accents_opens_in_her_delegation(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, palette = open_palette(qtbot, services)
    first = pick(qtbot, window, palette, "dorde jov")  # Đorđe Jovanović, typed plainly
    assert first.startswith("Đorđe Jovanović")
    assert window.current_key() == "delegations"
    editor = window.delegations.editor
    qtbot.waitUntil(lambda: editor.record is not None
                    and editor.record.partner_city_id is not None
                    and editor.tabs.currentIndex() == 1, timeout=5000)
    panel = editor.members
    qtbot.waitUntil(lambda: panel.selected() is not None, timeout=5000)
    assert panel.selected().name == "Đorđe Jovanović"


def test_hosts_venues_entries_and_gifts_open_on_their_screens(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, palette = open_palette(qtbot, services)
    pick(qtbot, window, palette, "konigshof")
    assert window.current_key() == "people"
    venues = window.people.venues
    qtbot.waitUntil(lambda: venues.record is not None and venues.record.name == "Hotel Königshof",
                    timeout=5000)
    window.show_palette()
    qtbot.waitUntil(lambda: window.palette.hits is not None, timeout=5000)
    pick(qtbot, window, window.palette, "grubenlampe")
    assert window.current_key() == "gifts"
    gifts = window.screens["gifts"]
    qtbot.waitUntil(lambda: gifts.editor.gift_id is not None, timeout=5000)


def test_matching_folds_and_ranks(services: Services) -> None:
    load_demo(services.ctx)
    hits = services.search.index()
    assert matches(hits, "") == []
    found = matches(hits, "FEIRBERG")
    assert found[0].kind == "member" and found[0].title == "Miriam Feirberg-Ikar"
    assert any(h.kind == "entry" for h in found)  # her Golden Book entry too
    assert matches(hits, "zzz no such name") == []
