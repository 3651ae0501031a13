"""Backups from the window: back up now with progress, restore round trip, automatic backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.services import Changes, Services
from planner.services.backup import list_backups
from planner.ui.backup_ops import AutoBackup
from planner.ui.dialogs.backups import BackupsDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import make_delegation, settle


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_back_up_now_lists_the_new_backup(
    qtbot, window: MainWindow, dialog: BackupsDialog, services: Services, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    make_delegation(services)
    assert dialog.table.rowCount() == 0
    steps: list[tuple[int, int]] = []
    dialog.reporter.progressed.connect(lambda done, total: steps.append((done, total)))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert steps and steps[-1][0] == steps[-1][1]  # progress reached the end, on the UI thread
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert dialog.table.item(0, 2).text().endswith("KB")
    assert [b.kind for b in list_backups(db_path)] == ["manual"]
    assert "Backup saved" in dialog.status.text()


def test_restore_round_trip_rebuilds_the_screens(
    qtbot,
    window: MainWindow,
    dialog: BackupsDialog,
    services: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    make_delegation(services, "Delegation aus Amiens", "Amiens")
    dialog.back_up()
    settle(qtbot, window)
    make_delegation(services, "Delegation aus Leeds", "Leeds")  # made after the backup
    settle(qtbot, window)
    assert window.delegations.model.total_count() == 2
    old_screen = window.delegations
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    settle(qtbot, window)
    assert window.ctx.services is not services  # closed and opened again
    assert [d.title for d in window.ctx.services.delegations.list()] == ["Delegation aus Amiens"]
    assert window.delegations is not old_screen  # every screen built again on the new services
    settle(qtbot, window)
    assert window.delegations.model.total_count() == 1
    assert window.ctx.undo.count() == 0
    kinds = sorted(b.kind for b in list_backups(db_path))
    assert kinds == ["before-restore", "manual"]
    assert "Restored" in dialog.status.text()
    window.ctx.services.close()


def test_automatic_backup_at_start_then_after_activity(
    qtbot, window: MainWindow, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    now = [datetime(2026, 5, 9, 8, 0, tzinfo=UTC)]
    auto = AutoBackup(window.ctx, clock=lambda: now[0], check_ms=10_000_000, parent=window)
    auto.check()  # the first backup is due at start
    settle(qtbot, window)
    assert [b.kind for b in list_backups(db_path)] == ["auto"]
    auto.check()
    settle(qtbot, window)
    assert len(list_backups(db_path)) == 1  # nothing happened since
    window.ctx.bus.changed.emit(Changes(delegations=True))
    now[0] += timedelta(minutes=31)
    auto.check()
    settle(qtbot, window)
    # A new copy was made; rotation keeps the newest of the day.
    assert [b.taken_at for b in list_backups(db_path)] == [now[0]]
