"""Which database the window works on: connection profiles, switching, failures in words."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.domain.errors import DomainError, SchemaError
from planner.services import Services
from planner.ui import settings
from planner.ui.ops import AppContext

PROFILES = settings.Setting("connections/profiles", "[]")
CONNECT_TIMEOUT_S = 5  # a dead server must not keep the Test button (or the switch) waiting


@dataclass(frozen=True)
class Profile:
    """A saved server connection. Never a password: libpq reads PGPASSWORD or ~/.pgpass."""

    name: str
    host: str
    port: int = 5432
    database: str = "planner"
    user: str = ""

    def url(self, password: str | None = None) -> str:
        who = quote(self.user, safe="") if self.user else ""
        if who and password:
            who += ":" + quote(password, safe="")  # in memory only, from the keyring
        at = f"{who}@" if who else ""
        return (
            f"postgresql+psycopg://{at}{self.host}:{self.port}/{quote(self.database, safe='')}"
            f"?connect_timeout={CONNECT_TIMEOUT_S}"
        )


def load_profiles() -> list[Profile]:
    try:
        raw = json.loads(PROFILES.get() or "[]")
        return [Profile(**{k: v for k, v in p.items() if k != "password"}) for p in raw]
    except (ValueError, TypeError):
        return []


def save_profiles(profiles: list[Profile]) -> None:
    PROFILES.set(json.dumps([asdict(p) for p in profiles]))


def keyring_available() -> bool:
    return importlib.util.find_spec("keyring") is not None


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found:
        found.append(current)
        orig = getattr(current, "orig", None)  # SQLAlchemy wraps the driver's error
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return found


def describe_connection_error(exc: BaseException) -> str:
    """One sentence for the officer: what is wrong and who can fix it."""
    text = " ".join(str(e) for e in _chain(exc)).lower()
    if isinstance(exc, SchemaError):
        if "newer version" in text:
            return QCoreApplication.translate(
                "Connection",
                "The database was set up by a newer Delegation Planner. "
                "Please install the update before connecting.",
            )
        if "db upgrade" in text:
            return QCoreApplication.translate(
                "Connection",
                "The database uses an older schema. Ask the administrator to run "
                "“planner db upgrade” on the server.",
            )
        if "not a delegation planner database" in text:
            return QCoreApplication.translate(
                "Connection", "This database belongs to another program; choose another database."
            )
    # open_database reports a server it cannot reach as a SchemaError too ("cannot be
    # opened: ..."), with the driver's words inside: those decide.
    if "password authentication failed" in text:
        return QCoreApplication.translate(
            "Connection", "The server refused the password. Check PGPASSWORD or ~/.pgpass."
        )
    if "no password supplied" in text or "fe_sendauth" in text:
        return QCoreApplication.translate(
            "Connection",
            "The server wants a password, and none was found. Put it in ~/.pgpass or PGPASSWORD.",
        )
    if "role" in text and "does not exist" in text:
        return QCoreApplication.translate("Connection", "The server does not know this user name.")
    if "database" in text and "does not exist" in text:
        return QCoreApplication.translate(
            "Connection",
            "The server has no database of this name. Check the name, or ask the "
            "administrator to create it.",
        )
    if "permission denied" in text or "insufficientprivilege" in text or "must be owner" in text:
        return QCoreApplication.translate(
            "Connection",
            "Your user has no permission for the planner's tables. Ask the "
            "administrator to grant the application role's rights.",
        )
    if "could not translate host name" in text or "name or service not known" in text:
        return QCoreApplication.translate(
            "Connection", "The server name cannot be found. Check the host name."
        )
    if any(
        s in text
        for s in (
            "connection refused",
            "timeout expired",
            "timed out",
            "could not connect",
            "server closed the connection",
            "no route to host",
            "connection is bad",
        )
    ):
        return QCoreApplication.translate(
            "Connection", "The server cannot be reached: it is down or the address is wrong."
        )
    if isinstance(exc, SchemaError):
        return QCoreApplication.translate(
            "Connection", "The database cannot be used: {reason}"
        ).format(reason=str(exc))
    return QCoreApplication.translate("Connection", "The connection failed: {reason}").format(
        reason=str(exc)
    )


def check_connection(url: str) -> str:
    """Open and close the database as the switch would (off the UI thread); raises on failure.

    Never upgrades a shared server's schema: a client older or newer than it is refused."""
    services = Services.open(url, upgrade_schema=False)
    try:
        return str(services.database.url)
    finally:
        services.close()


class SwitchFailed(DomainError):
    """Opening the new database failed; `previous` is the old one opened again (or None)."""

    def __init__(self, cause: BaseException, previous: Services | None) -> None:
        super().__init__(str(cause))
        self.cause, self.previous = cause, previous


def reopen(
    ctx: AppContext,
    url: str,
    *,
    between: Callable[[], Any] | None = None,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Close the services, run `between` (a restore), open `url`, and swap it into `ctx`.

    All on the worker, after whatever is queued there: no open session survives into the
    swap. If it fails, the old database is opened again so the window keeps working."""
    old = ctx.services
    old_url = old.database.url

    def work() -> tuple[Services, Any]:
        old.close()
        try:
            result = between() if between is not None else None
            return Services.open(url), result
        except BaseException as exc:
            try:
                previous: Services | None = Services.open(old_url)
            except Exception:
                previous = None
            raise SwitchFailed(exc, previous) from exc

    def success(outcome: tuple[Services, Any]) -> None:
        ctx.replace_services(outcome[0])
        if done is not None:
            done(outcome[1])

    def failure(exc: BaseException) -> None:
        cause = exc
        if isinstance(exc, SwitchFailed):
            cause = exc.cause
            if exc.previous is not None:
                ctx.replace_services(exc.previous)
        if failed is not None:
            failed(cause)

    ctx.ops.run(work, success, failure)


class LiveState(QObject):
    """The change feed's online/offline reports, carried from its thread to the UI thread."""

    changed = Signal(bool)

    def on_state(self, online: bool) -> None:  # called on the feed's thread
        self.changed.emit(online)  # the object lives on the UI thread: the signal is queued


class StaleBanner(QFrame):
    """Over an editor: the record was saved elsewhere while the user edits it. The edits stay
    until the user chooses; saving anyway goes through the stale-version dialog."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="staleBanner")
        self.setStyleSheet(
            "#staleBanner { background: #fff4d6; border: 1px solid #e0b44c; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self.tr("Changed by someone else while you were editing."))
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self._reload)
        self.keep_button = QPushButton(self.tr("Keep editing"))
        self.keep_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()
