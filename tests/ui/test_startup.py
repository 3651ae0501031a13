"""How `planner` starts: the window first, the database opened behind it; demo offer on an
empty database; a damaged file answered with its latest backup, or with exit code 2."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from planner.services import Services
from planner.services.backup import take_backup
from planner.ui.app import start_window
from planner.ui.main_window import MainWindow
from tests.ui.conftest import make_delegation, settle


@pytest.fixture
def started(qtbot) -> Iterator[list[MainWindow]]:  # type: ignore[no-untyped-def]
    """Windows started by a test; their services are closed afterwards."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.ctx.ops.wait()
        if window.ctx.ready:
            window.ctx.services.close()


def start(qtbot, started: list[MainWindow], url: str, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    window = start_window(url, **kwargs)
    qtbot.addWidget(window)
    started.append(window)
    window.show()
    return window


def seeded(path: Path) -> None:
    services = Services.open(str(path))
    make_delegation(services, "Delegation aus Novi Sad", "Нови Сад")
    services.close()


def test_window_is_up_before_the_database_and_fills_in(qtbot, started, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded(db_path)
    window = start(qtbot, started, str(db_path), ask_demo=False)
    # Nothing has been delivered yet: the frame says what it is doing, actions that need the
    # database wait for it, and no screen has been built on missing services.
    assert not window.ctx.ready
    assert window.stack.currentWidget() is window.loading
    assert window.database_label.text() == "Opening the database…"
    assert not window.new_action.isEnabled() and not window.about_action.isEnabled()
    window.new_record()  # Ctrl+N pressed early does nothing rather than fail
    assert window.screens == {}
    settle(qtbot, window)
    assert window.ctx.ready
    assert window.stack.currentWidget() is window.screen("home")  # where the work is
    window.show_view("delegations")
    settle(qtbot, window)
    assert window.delegations.model.total_count() == 1
    assert window.delegations.model.record(0).partner_city == "Нови Сад"
    assert window.database_label.text() == f"Database: {db_path}"
    assert window.new_action.isEnabled() and window.about_action.isEnabled()
    assert window.auto_backup is not None and window.auto_backup.scheduler is not None


def test_switching_screens_while_opening_waits_for_the_database(qtbot, started, db_path) -> None:  # type: ignore[no-untyped-def]
    seeded(db_path)
    window = start(qtbot, started, str(db_path), ask_demo=False)
    window.show_view("gifts")
    assert window.stack.currentWidget() is window.loading
    settle(qtbot, window)
    assert window.current_key() == "gifts"
    assert window.stack.currentWidget() is window.screen("gifts")
    assert "delegations" not in window.screens  # only the screen the user is on was built


def test_empty_database_offers_the_demo(qtbot, started, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def yes(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    window = start(qtbot, started, str(db_path))
    settle(qtbot, window)
    settle(qtbot, window)
    assert len(asked) == 1 and "demo data" in asked[0]
    titles = [d.title for d in window.ctx.services.delegations.list()]
    assert any("Netanya" in t for t in titles)
    window.show_view("delegations")
    settle(qtbot, window)
    assert window.delegations.model.total_count() == len(titles)


def test_database_with_data_is_not_offered_the_demo(qtbot, started, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seeded(db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked for demo"))
    window = start(qtbot, started, str(db_path))
    settle(qtbot, window)
    settle(qtbot, window)
    window.show_view("delegations")
    settle(qtbot, window)
    assert window.delegations.model.total_count() == 1


def test_damaged_file_restores_the_latest_backup(qtbot, started, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seeded(db_path)
    take_backup(db_path, kind="manual")
    db_path.write_bytes(b"this is not an SQLite database, it was overwritten" * 100)
    questions: list[str] = []

    def yes(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    window = start(qtbot, started, str(db_path), ask_demo=False)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.ctx.ready, timeout=10000)
    settle(qtbot, window)
    assert len(questions) == 1 and "Restore the latest backup" in questions[0]
    window.show_view("delegations")
    settle(qtbot, window)
    assert window.delegations.model.total_count() == 1
    assert window.delegations.model.record(0).title == "Delegation aus Novi Sad"


def test_unusable_file_without_backup_ends_with_exit_code_2(
    qtbot, started, db_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    db_path.write_bytes(b"not a database" * 200)
    errors: list[str] = []
    codes: list[int] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, _t, text, *a, **k: errors.append(text)
    )
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    window = start(qtbot, started, str(db_path), ask_demo=False)
    qtbot.waitUntil(lambda: bool(codes), timeout=10000)
    assert codes == [2]
    assert len(errors) == 1 and errors[0].startswith("The database cannot be used")
    assert not window.ctx.ready
    assert db_path.read_bytes() == b"not a database" * 200  # never touched
