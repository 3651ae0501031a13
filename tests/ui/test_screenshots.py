"""Screenshots of every main screen on the demo data, for a person to look at (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from planner.services import Services
from planner.ui.main_window import VIEW_KEYS, MainWindow
from tests.ui.conftest import settle


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    """PLANNER_SCREENSHOTS=dir keeps them; otherwise they go to the test's tmp dir."""
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS", tmp_path / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_screenshots_of_every_main_screen(qtbot, services: Services, shots_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from planner.services.demo import load_demo
    from planner.ui.app import open_window

    load_demo(services.ctx)
    window: MainWindow = open_window(services)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    settle(qtbot, window)
    saved = []

    def shot(name: str) -> None:
        settle(qtbot, window)
        path = shots_dir / f"{name}.png"
        assert window.grab().save(str(path))
        saved.append(path)

    for key in VIEW_KEYS:
        window.show_view(key)
        if key == "programme" and hasattr(window.programme, "set_period"):
            first = min(i.start for i in services.programme.list())
            day = QDate(first.year, first.month, first.day)
            window.programme.set_period(day, day.addDays(30))
            qtbot.wait(300)
        if key == "people":
            window.people.people.table.selectRow(0)
        if key == "partners":
            window.partners.view.table.selectRow(0)
        shot(key)
    window.show_view("delegations")
    window.delegations.table.selectRow(0)
    shot("delegation_details")
    for index, name in ((1, "delegation_members"), (2, "delegation_programme")):
        window.delegations.editor.tabs.setCurrentIndex(index)
        shot(name)
    window.set_language("de")
    settle(qtbot, window)
    window.delegations.table.selectRow(0)
    settle(qtbot, window)
    window.delegations.editor.tabs.setCurrentIndex(2)
    shot("delegation_programme_de")
    assert all(p.stat().st_size > 10_000 for p in saved)
