"""The unit of work: one use case = one session = one transaction, audited, errors translated."""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.errors import ConflictError, DomainError, Problem, ValidationError
from planner.services.changes import Changes
from planner.store.audit import (
    AUDIT_DB_USER_KEY,
    AUDIT_USER_KEY,
    CHANGES_KEY,
    install_audit,
    last_change,
)
from planner.store.database import Database
from planner.store.notify import ChangeFeed, announce

ChangeListener = Callable[[Changes], None]


class StorageError(DomainError):
    """The database refused or could not be reached; the message says what to do."""


def os_user() -> str:
    return os.environ.get("PLANNER_USER") or getpass.getuser()


class ServiceContext:
    """Holds the database and the people listening for committed changes."""

    def __init__(self, database: Database, user: str | None = None) -> None:
        self.database = database
        self.user = user or os_user()
        self._listeners: list[ChangeListener] = []
        self._db_user: str | None = None
        self.origin = uuid.uuid4().hex
        self._feed: ChangeFeed | None = None

    def start_change_feed(self, on_state: Callable[[bool], None] | None = None) -> bool:
        """On a shared server, hear other officers' commits; returns False where none exist."""
        if self.database.backend != "postgresql" or self._feed is not None:
            return self._feed is not None
        self._feed = ChangeFeed(self.database.url, self.origin,
                                lambda flags: self._notify(Changes.of(flags)), on_state)
        self._feed.start()
        return True

    def stop_change_feed(self) -> None:
        if self._feed is not None:
            self._feed.stop()
            self._feed = None

    @property
    def change_feed(self) -> ChangeFeed | None:
        return self._feed

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _database_user(self, session: Session) -> str:
        if self._db_user is None:
            if self.database.backend == "postgresql":
                self._db_user = str(session.execute(text("select current_user")).scalar())
            else:
                self._db_user = ""
        return self._db_user

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.database.sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits only if the block finishes; any error rolls it all back."""
        bind = self.database.engine.execution_options(planner_write=True)
        session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        install_audit(session)
        session.info[AUDIT_USER_KEY] = self.user
        try:
            session.info[AUDIT_DB_USER_KEY] = self._database_user(session)
            yield session
            session.flush()
            flags = set(session.info.get(CHANGES_KEY, set()))
            if flags and self.database.backend == "postgresql":
                announce(session, self.origin, flags)
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError("record", _stale_name(exc)) from exc
        except ConflictError as exc:
            session.rollback()
            self._explain(exc)
            raise
        except IntegrityError as exc:
            session.rollback()
            raise ValidationError(Problem("", _integrity_message(exc))) from exc
        except OperationalError as exc:
            session.rollback()
            raise StorageError(f"The database could not complete the change: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        changes = Changes.of(flags)
        if changes:
            self._notify(changes)


    def _explain(self, conflict: ConflictError) -> None:
        """Name who changed the record and what, from the audit trail's latest entry."""
        table = CONFLICT_TABLES.get(conflict.entity)
        if table is None:
            return
        with self.read() as session:
            latest = last_change(session, table, conflict.record_id)
        if latest is not None:
            fields = tuple(sorted(set(latest.changes) - {"key"}))
            conflict.explain(latest.os_user or latest.db_user, latest.at,
                             fields if latest.action == "update" else ())


# The entity names services put in a ConflictError, and the audit trail's table for each.
CONFLICT_TABLES = {
    "delegation": "delegation", "member": "member", "programme item": "programme_item",
    "entry": "golden_book_entry", "volume": "golden_book", "gift": "gift",
    "partner city": "partner_city", "person": "host_person", "venue": "venue",
    "resource": "resource", "setting": "setting", "travel time": "travel_time", "task": "task",
}


def _stale_name(exc: StaleDataError) -> str:
    return str(exc).split("'")[1] if "'" in str(exc) else "record"


def _integrity_message(exc: IntegrityError) -> str:
    detail = str(exc.orig).lower()
    if "unique" in detail or "duplicate" in detail:
        return f"a record with the same name already exists ({exc.orig})"
    if "foreign key" in detail:
        return f"the record is still in use or refers to a missing record ({exc.orig})"
    return f"the database refused the change ({exc.orig})"


def require_version(entity: str, record_id: int, expected: int | None, actual: int) -> None:
    """Optimistic locking across sessions: the caller edited `expected`; refuse if it moved on."""
    if expected is not None and expected != actual:
        raise ConflictError(entity, record_id, expected, actual)


def apply_fields(row: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def stored_instant(moment: datetime) -> datetime:
    """A timestamp as read back: SQLite returns it naive (stored in UTC), PostgreSQL aware."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
