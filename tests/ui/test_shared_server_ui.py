"""Working on a shared server: failures in words, offline indicator, live changes, history."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QThread
from sqlalchemy.exc import OperationalError, ProgrammingError

from planner.domain.errors import SchemaError
from planner.services import Changes, Services
from planner.services.context import StorageError
from planner.ui import settings
from planner.ui.connection import Profile, describe_connection_error, load_profiles, save_profiles
from planner.ui.dialogs.connect import ConnectDialog
from planner.ui.dialogs.history import HistoryDialog, service_history
from planner.ui.main_window import MainWindow
from tests.ui.conftest import make_delegation, settle, type_text


def _driver(message: str) -> OperationalError:
    """What SQLAlchemy raises around a psycopg error, fabricated."""
    return OperationalError("connect", {}, Exception(message))


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            _driver(
                'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
                "Connection refused"
            ),
            "cannot be reached",
        ),
        (_driver("connection failed: timeout expired"), "cannot be reached"),
        (
            _driver('FATAL:  password authentication failed for user "planner_app"'),
            "refused the password",
        ),
        (_driver("fe_sendauth: no password supplied"), "none was found"),
        (_driver('FATAL:  database "planer" does not exist'), "no database of this name"),
        (_driver('FATAL:  role "mueller" does not exist'), "does not know this user"),
        (
            ProgrammingError("select", {}, Exception("permission denied for table delegation")),
            "no permission",
        ),
        (_driver('could not translate host name "dbsrv" to address'), "cannot be found"),
        (
            SchemaError(
                "The database postgresql+psycopg://db/planner cannot be opened: it is damaged or "
                'not a database (connection to server at "db" failed: Connection refused).'
            ),
            "cannot be reached",
        ),
        (
            SchemaError(
                "The database x has schema 0007; run 'planner db upgrade' to bring it to 0010."
            ),
            "older schema",
        ),
        (
            SchemaError(
                "The database x was written by a newer version of Delegation Planner "
                "(schema 0042); please update the program."
            ),
            "newer Delegation Planner",
        ),
        (
            SchemaError(
                "The database x is not a Delegation Planner database (it holds other tables: foo)."
            ),
            "another program",
        ),
    ],
)
def test_connection_failures_become_sentences(exc: BaseException, expected: str) -> None:
    assert expected in describe_connection_error(exc)


def test_profiles_are_kept_without_passwords(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    profile = Profile("Büro", "dbserver", 5433, "planner", "planner_app")
    save_profiles([profile])
    assert "password" not in settings.store().value("connections/profiles")
    assert load_profiles() == [profile]
    assert profile.url() == (
        "postgresql+psycopg://planner_app@dbserver:5433/planner?connect_timeout=5"
    )
    dialog = ConnectDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.host.text() == "dbserver" and dialog.port.value() == 5433
    assert "keyring" in dialog.password_note.text()


def test_test_button_reports_a_server_that_is_down(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.test()
    assert not dialog.test_button.isEnabled()  # the dialog stays responsive meanwhile
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert "cannot be reached" in dialog.result.text()


def test_offline_indicator_follows_the_change_feed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.live_label.isHidden()  # SQLite: never offline
    thread = threading.Thread(target=window.live.on_state, args=(False,))  # the feed's thread
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "Offline" in window.live_label.text())
    assert not window.live_label.isHidden()
    window.live.on_state(True)
    qtbot.waitUntil(lambda: "Online" in window.live_label.text())


def test_remote_changes_reach_the_ui_thread(qtbot, window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    window.ctx.bus.changed.connect(
        lambda _c: seen.append(QThread.currentThread() is window.thread())
    )
    feed = threading.Thread(target=services.ctx._notify, args=(Changes(delegations=True),))
    feed.start()
    feed.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]


def _open_editor(qtbot, window: MainWindow, services: Services):  # type: ignore[no-untyped-def]
    make_delegation(services)
    settle(qtbot, window)
    window.delegations.table.selectRow(0)
    settle(qtbot, window)
    return window.delegations.editor


def test_banner_when_someone_else_saves_the_record_being_edited(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(qtbot, window, services)
    type_text(editor.form.occasion.edits["de"], " und Jubiläum")
    assert editor.dirty
    mine = editor.form.occasion.edits["de"].text()
    other = services.delegations.get(editor.delegation_id)
    services.delegations.save(replace(other, occasion="Geändert im Büro nebenan"))
    settle(qtbot, window)
    assert editor.stale.isVisible()
    assert editor.form.occasion.edits["de"].text() == mine  # the user's edits are kept
    editor.stale.reload_button.click()
    settle(qtbot, window)
    assert editor.form.occasion.edits["de"].text() == "Geändert im Büro nebenan"
    assert not editor.stale.isVisible()


def test_a_failed_save_while_offline_keeps_the_editor_content(
    qtbot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import planner.ui.dialogs.conflict as module  # where save failures are reported

    editor = _open_editor(qtbot, window, services)
    type_text(editor.form.occasion.edits["de"], " (offline)")
    typed = editor.form.occasion.edits["de"].text()
    shown: list[BaseException] = []
    monkeypatch.setattr(module, "show_error", lambda _parent, exc: shown.append(exc))

    def server_gone(_record):  # type: ignore[no-untyped-def]
        raise StorageError("The database could not complete the change: server closed")

    monkeypatch.setattr(services.delegations, "save", server_gone)
    editor.save()
    settle(qtbot, window)
    assert shown and isinstance(shown[0], StorageError)
    assert editor.form.occasion.edits["de"].text() == typed and editor.dirty
    assert editor.save_button.isEnabled()  # can be saved once the server is back


def test_history_dialog_lists_a_fake_source(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, int]] = []

    def source(entity: str, entity_id: int) -> list[dict]:  # type: ignore[type-arg]
        asked.append((entity, entity_id))
        return [
            {
                "at": datetime(2026, 5, 8, 9, 30, tzinfo=UTC),
                "os_user": "mkaya",
                "db_user": "planner_app",
                "action": "update",
                "changes": {"occasion": ["Besuch", "Jubiläum"]},
            },
            {
                "at": datetime(2026, 5, 1, 8, 0, tzinfo=UTC),
                "os_user": "pweber",
                "db_user": "",
                "action": "insert",
                "changes": {},
            },
        ]

    dialog = HistoryDialog("Delegation aus Netanya", "delegation", 7, source)
    qtbot.addWidget(dialog)
    assert asked == [("delegation", 7)]
    rows = dialog.rows()
    assert rows[0][0] == "Friday, 8 May 2026, 11:30"
    assert rows[0][1:] == ["mkaya (planner_app)", "update", "occasion: Besuch → Jubiläum"]
    assert rows[1][1:3] == ["pweber", "insert"]


def test_history_through_the_service(services: Services) -> None:
    delegation = make_delegation(services)
    services.delegations.save(replace(delegation, occasion="Jubiläum"))
    rows = service_history(services)("delegation", delegation.id)  # type: ignore[arg-type]
    assert [r["action"] for r in rows][:2] == ["update", "insert"]
