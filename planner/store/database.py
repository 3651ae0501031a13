"""Opening a database: URL resolution, engine set-up per backend, schema checks and upgrades."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from planner.domain.errors import SchemaError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
APP_NAME = "delegation-planner"
# How long a SQLite writer waits for another process's write (or schema creation) to finish.
BUSY_TIMEOUT_S = 30


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "planner.sqlite"


def resolve_url(url: str | None = None) -> str:
    """`--db` wins, then PLANNER_DB, then the SQLite file in the user's data folder.

    A bare file path is accepted too, because officers type paths, not URLs.
    """
    chosen = url or os.environ.get("PLANNER_DB") or ""
    if not chosen:
        return f"sqlite:///{default_database_path()}"
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINTs; we emit BEGIN
    # ourselves, IMMEDIATE for writes so two writers queue instead of failing mid-transaction.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get("planner_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def create_planner_engine(url: str) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_private_file(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
        _configure_sqlite(engine, wal=path is not None)
        return engine
    if backend == "postgresql":
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    return create_engine(url)


def _create_private_file(path: Path) -> None:
    """Guests' data is personal: the database file is readable by its owner only."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    elif stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)


def alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


# Revision ids are the migration files' number prefixes ("0003_golden_book_search.py" is
# "0003"); reading them from the folder keeps Alembic out of the program's start-up.
# tests/store/test_migrations.py checks that this agrees with Alembic's own view.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> set[str]:
    return {m.group(1) for f in (MIGRATIONS_DIR / "versions").iterdir()
            if (m := _REVISION_FILE.match(f.name))}


def head_revision() -> str:
    return max(known_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        revision = _revision_on(connection)
        connection.rollback()
    return revision


@dataclass
class Database:
    """An open, schema-checked database and the session factory bound to it."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup_before_upgrade: Path | None = None

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def schema_revision(self) -> str | None:
        return current_revision(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


# Every process creating or upgrading a schema takes this lock first (PostgreSQL advisory lock).
_SCHEMA_LOCK_ID = 0x706C616E6E6572  # "planner"


@contextmanager
def _schema_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other process can migrate beside.

    SQLite: BEGIN IMMEDIATE, so a second process waits (busy timeout) until the first has
    committed the whole schema. Foreign keys are switched off before the transaction because
    SQLite ignores the pragma inside one, and batch table rebuilds must not cascade deletes.
    PostgreSQL: a transaction-scoped advisory lock; its DDL is transactional too.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.execution_options(planner_write=True).connect() as connection:
        if sqlite:
            connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:id)"),
                                       {"id": _SCHEMA_LOCK_ID})
                yield connection
        finally:
            if sqlite:
                connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA foreign_keys=ON")


def _revision_on(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return versions[0][0] if versions else None


def upgrade(engine: Engine, revision: str = "head",
            before: Callable[[str], object] | None = None) -> None:
    """Migrate to `revision` unless another process did meanwhile.

    `before(current_revision)` runs under the lock before an existing schema is changed.
    """
    from alembic import command

    with _schema_lock(engine) as connection:
        current = _revision_on(connection)
        target = head_revision() if revision == "head" else revision
        if current == target:
            return  # another officer's planner created or upgraded it while we waited
        if current is not None and before is not None:
            before(current)
        command.upgrade(alembic_config(connection), revision)


def open_database(url: str | None = None, *, upgrade_schema: bool | None = None) -> Database:
    """Open (and create or upgrade) a planner database, or explain why it cannot be used.

    `upgrade_schema=None` decides by backend: a SQLite file belongs to one user and is upgraded
    (after a copy); a shared server is upgraded only on request (`planner db upgrade`), because
    one officer's newer program must not change the schema under everybody else's feet.
    An empty database gets the schema in either case.
    """
    resolved = resolve_url(url)
    engine = create_planner_engine(resolved)
    try:
        # Tables first: if another process commits the schema in between, its revision row
        # (same transaction) is then visible too, never tables without a revision.
        tables = set(inspect(engine).get_table_names())
        revision = current_revision(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise _busy_or_broken(resolved, exc) from exc
    backup: Path | None = None
    if revision is None and tables - {"alembic_version"}:
        engine.dispose()
        raise SchemaError(f"{_describe(resolved)} is not a Delegation Planner database "
                          f"(it holds other tables: {', '.join(sorted(tables)[:5])}).")
    if revision is not None and revision not in known_revisions():
        engine.dispose()
        raise SchemaError(f"{_describe(resolved)} was written by a newer version of Delegation "
                          f"Planner (schema {revision}); please update the program.")
    if upgrade_schema is None:
        upgrade_schema = engine.dialect.name == "sqlite" or revision is None
    if revision != head_revision():
        if not upgrade_schema:
            engine.dispose()
            raise SchemaError(f"{_describe(resolved)} has schema {revision or 'none'}; "
                              f"run 'planner db upgrade' to bring it to {head_revision()}.")
        backups: list[Path | None] = []
        try:
            upgrade(engine, before=lambda current: backups.append(
                _backup_before_upgrade(resolved, engine, current)))
        except OperationalError as exc:
            engine.dispose()
            raise _busy_or_broken(resolved, exc) from exc
        backup = backups[0] if backups else None
    return Database(resolved, engine, sessionmaker(engine, expire_on_commit=False), backup)


def _busy_or_broken(url: str, exc: Exception) -> SchemaError:
    reason = str(getattr(exc, "orig", exc))
    if "locked" in reason or "busy" in reason:
        return SchemaError(
            f"{_describe(url)} is busy: another Delegation Planner has been creating or "
            f"upgrading it for over {BUSY_TIMEOUT_S} seconds. Try again in a minute; if this "
            f"persists, close the other planners first.")
    return SchemaError(f"{_describe(url)} cannot be opened: it is damaged or not a database "
                       f"({reason}).")


def _describe(url: str) -> str:
    path = sqlite_path(url)
    return f"The file {path}" if path else f"The database {make_url(url).render_as_string()}"


def _backup_before_upgrade(url: str, engine: Engine, revision: str) -> Path | None:
    path = sqlite_path(url)
    if path is None:
        return None  # a server's administrator backs it up; we never copy a server database
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()
    target.chmod(0o600)
    return target


