"""Backups: online SQLite copies with rotation and restore, and the portable zip archive."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Numeric, Table, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.types import TypeDecorator

from planner.domain.errors import DomainError
from planner.store.database import (
    Database,
    known_revisions,
    head_revision,
    open_database,
    resolve_url,
    sqlite_path,
)
from planner.store.models import AuditRow, Base

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
ARCHIVE_FORMAT = "delegation-planner-archive"
ARCHIVE_VERSION = 1
DEFAULT_PAGES = 1024  # 4 MiB per step with 4 KiB pages: short steps, few of them

Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class BackupError(DomainError):
    """A backup could not be made, or a file cannot be restored; the message says why."""


# ---- online SQLite backup ------------------------------------------------------------
def backup_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"


def online_backup(source: Path, target: Path, *, pages: int = DEFAULT_PAGES,
                  progress: Progress | None = None) -> Path:
    """Copy a live SQLite database into `target` (0600), consistent as of one moment.

    Runs in steps of `pages` pages (-1: all at once), so it can run on a worker thread while
    the application keeps reading and writing: the source connection holds one read snapshot
    for the whole copy, which WAL lets writers go on beside; the copy does not restart when
    they commit. The GIL is released inside each step. `progress` may raise to cancel.
    The file appears under its name only when complete.
    """
    if not source.is_file():
        raise BackupError(f"There is no database at {source} to back up.")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = _private_temp(target)
    try:
        src = sqlite3.connect(source, timeout=10, isolation_level=None)
        try:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pins the snapshot
            dst = sqlite3.connect(temp, isolation_level=None)
            try:
                src.backup(dst, pages=pages, progress=_adapt(progress))
                # A copy of a WAL database is WAL too; a backup file should be one plain file.
                dst.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        _publish(temp, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The database {source} could not be backed up: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


def _adapt(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _private_temp(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)  # mkstemp creates it 0600
    return Path(name)


def _publish(temp: Path, target: Path) -> None:
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(temp, 0o600)
    os.replace(temp, target)
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---- the backups folder ----------------------------------------------------------------
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>auto|manual|before-restore|damaged)-"
                   r"(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite$")


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    kind: str  # auto, manual, before-restore, damaged
    size: int


def take_backup(database_path: Path, *, kind: str = "auto", now: datetime | None = None,
                pages: int = DEFAULT_PAGES, progress: Progress | None = None) -> Path:
    """A new backup in the folder next to the database, named by kind and UTC time."""
    when = (now or datetime.now(UTC)).astimezone(UTC)
    folder = backup_folder(database_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database_path.stem}-{kind}-{stamp}.sqlite"
    n = 2
    while target.exists():
        target = folder / f"{database_path.stem}-{kind}-{stamp}-{n}.sqlite"
        n += 1
    return online_backup(database_path, target, pages=pages, progress=progress)


def list_backups(database_path: Path) -> list[BackupFile]:
    """The backups of this database, newest first."""
    folder = backup_folder(database_path)
    found = []
    for path in folder.glob(f"{database_path.stem}-*.sqlite") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match and match["stem"] == database_path.stem:
            taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append(BackupFile(path, taken, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def latest_backup(database_path: Path) -> BackupFile | None:
    """The newest backup that can be restored (for "the database is damaged: restore?")."""
    for candidate in list_backups(database_path):
        if candidate.kind == "damaged":
            continue
        try:
            check_backup(candidate.path)
        except BackupError:
            continue
        return candidate
    return None


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_delete(backups: Sequence[tuple[Path, datetime]],
                      policy: RetentionPolicy = RetentionPolicy()) -> list[Path]:
    """Which backups rotation removes: keep the newest of each of the last `daily` days,
    `weekly` ISO weeks and `monthly` months that have backups, and always the newest one.

    Times are read as given (the caller passes local time so days end at local midnight).
    """
    ordered = sorted(backups, key=lambda b: b[1], reverse=True)
    keep: set[Path] = {ordered[0][0]} if ordered else set()
    periods: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for path, when in ordered:
            key = period(when)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(path)
    return [path for path, _when in ordered if path not in keep]


def rotate(database_path: Path, policy: RetentionPolicy = RetentionPolicy()) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; others are the user's."""
    auto = [(b.path, b.taken_at.astimezone()) for b in list_backups(database_path)
            if b.kind == "auto"]
    doomed = backups_to_delete(auto, policy)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


class BackupScheduler:
    """When to back up automatically: at start, then at most every `interval` of activity.

    No Qt and no timer of its own: the UI calls `note_activity` from its change listener,
    asks `due()` from a timer, and runs `run()` on a worker thread. `clock` is injectable.
    """

    def __init__(self, database_path: Path, *, interval: timedelta = timedelta(minutes=30),
                 policy: RetentionPolicy = RetentionPolicy(),
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.database_path = database_path
        self.interval = interval
        self.policy = policy
        self.clock = clock
        self._lock = threading.Lock()
        self._last: datetime | None = None
        self._dirty = False
        self._running = False

    def note_activity(self, _changes: object = None) -> None:
        with self._lock:
            self._dirty = True

    def due(self) -> bool:
        with self._lock:
            if self._running:
                return False
            if self._last is None:
                return True  # the backup at start
            return self._dirty and self.clock() - self._last >= self.interval

    def run(self, progress: Progress | None = None) -> Path:
        """Back up now and rotate; activity during the copy counts towards the next one."""
        with self._lock:
            self._running = True
            self._dirty = False
        try:
            path = take_backup(self.database_path, now=self.clock(), progress=progress)
            rotate(self.database_path, self.policy)
        except BaseException:
            with self._lock:
                self._dirty = True
            raise
        finally:
            with self._lock:
                self._running = False
        with self._lock:
            self._last = self.clock()
        return path

    def run_if_due(self, progress: Progress | None = None) -> Path | None:
        return self.run(progress) if self.due() else None


# ---- checking and restoring an SQLite backup -------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    revision: str
    delegations: int


def check_backup(file: Path) -> BackupInfo:
    """Refuse a file that is missing, damaged, not a planner database or from a newer version.

    Reads only: nothing is created next to the file.
    """
    _require_magic(file, SQLITE_MAGIC, "an SQLite database")
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return _inspect(conn, file)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{file} is damaged and cannot be restored ({exc}).") from exc


def _require_magic(file: Path, magic: bytes, what: str) -> None:
    if not file.is_file():
        raise BackupError(f"There is no file {file}.")
    with open(file, "rb") as handle:
        head = handle.read(len(magic))
    if head != magic:
        raise BackupError(f"{file} is not a Delegation Planner backup (it is not {what}).")


def _inspect(conn: sqlite3.Connection, file: Path) -> BackupInfo:
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise BackupError(f"{file} is damaged and cannot be restored "
                          f"(integrity check: {'; '.join(result[:3])}).")
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables or "delegation" not in tables:
        raise BackupError(f"{file} is not a Delegation Planner database.")
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] not in known_revisions():
        raise BackupError(f"{file} was written by a newer version of Delegation Planner "
                          f"(schema {revision[0] if revision else 'unknown'}); update the "
                          f"program before restoring it.")
    count = conn.execute("SELECT count(*) FROM delegation").fetchone()[0]
    return BackupInfo(file, revision[0], int(count))


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path | None  # the database as it was before, in the backups folder
    revision: str


def restore_backup(file: Path, database_path: Path) -> RestoreResult:
    """Replace the database at `database_path` by the backup `file`.

    The caller must have closed every `Services` on this database first (the UI closes its
    own, restores, and opens again); a database still open elsewhere is refused. Order:
    check the backup, stage a copy next to the database, keep the current database in the
    backups folder, then swap the staged copy in with one atomic rename.
    """
    info = check_backup(file)
    _refuse_if_open(database_path)
    database_path.parent.mkdir(parents=True, exist_ok=True)
    stage = _private_temp(database_path)
    try:
        online_backup(file, stage, pages=-1)
        _inspect_file(stage)
        kept = _keep_current(database_path)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{database_path}{suffix}").unlink(missing_ok=True)
        os.replace(stage, database_path)
        _fsync_dir(database_path.parent)
    finally:
        stage.unlink(missing_ok=True)
    return RestoreResult(file, kept, info.revision)


def _inspect_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        _inspect(conn, path)
    finally:
        conn.close()


def _refuse_if_open(database_path: Path) -> None:
    """The last connection to a WAL database removes -wal and -shm when it closes; if they
    stay after ours, someone else still has the database open."""
    if not database_path.exists():
        return
    try:
        conn = sqlite3.connect(database_path, timeout=2)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # damaged or not a database: nothing can be using it as one
    if Path(f"{database_path}-wal").exists() or Path(f"{database_path}-shm").exists():
        raise BackupError(f"The database {database_path} is still open (in the planner or "
                          f"another program); close it before restoring.")


def _keep_current(database_path: Path) -> Path | None:
    if not database_path.exists():
        return None
    try:
        return take_backup(database_path, kind="before-restore", pages=-1)
    except BackupError:
        # Damaged beyond the backup API: keep the bytes as they are, for forensics.
        folder = backup_folder(database_path)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{database_path.stem}-damaged-{stamp}.sqlite"
        temp = _private_temp(target)
        temp.write_bytes(database_path.read_bytes())
        _publish(temp, target)
        return target


# ---- the portable archive ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    path: Path
    revision: str
    rows: dict[str, int]


def _encode(value: Any, column_type: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return value.isoformat()
    if isinstance(column_type, Date):
        return value.isoformat()
    if isinstance(column_type, Numeric):
        return str(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def _decode(value: Any, column_type: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Numeric):
        return Decimal(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(value)
    return value


def _column_type(column: Any) -> Any:
    """The storage type under a decorator (UTCDateTime is a DateTime underneath)."""
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def write_archive(database: Database, target: Path, *, exchange_documents: bool = True,
                  progress: Callable[[str], None] | None = None) -> ArchiveSummary:
    """Every row of every table, read in one snapshot, as a zip (0600); plus, for people and
    other programs, each delegation in the JSON exchange format (not needed to restore)."""
    say = progress or (lambda _m: None)
    revision = database.schema_revision() or ""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _private_temp(target)
    rows: dict[str, int] = {}
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            with _snapshot(database.engine) as conn:
                for table in Base.metadata.sorted_tables:
                    rows[table.name] = _dump_table(conn, table, archive)
                    say(f"{table.name}: {rows[table.name]} rows")
                delegation_ids = list(conn.execute(text("SELECT id FROM delegation ORDER BY id"))
                                      .scalars())
            if exchange_documents:
                _add_exchange_documents(database, delegation_ids, archive)
                say(f"{len(delegation_ids)} exchange documents")
            manifest = {"format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION,
                        "schema_revision": revision, "created_at": datetime.now(UTC).isoformat(),
                        "source_backend": database.backend, "rows": rows}
            archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        _publish(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return ArchiveSummary(target, revision, rows)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One read transaction: REPEATABLE READ on PostgreSQL, one WAL snapshot on SQLite."""
    options: dict[str, Any] = {}
    if engine.dialect.name == "postgresql":
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect() as conn:
        conn = conn.execution_options(**options)
        with conn.begin() as transaction:
            yield conn
            transaction.rollback()


def _dump_table(conn: Connection, table: Table, archive: zipfile.ZipFile) -> int:
    columns = list(table.columns)
    types = [_column_type(c) for c in columns]
    query = select(table).order_by(*table.primary_key.columns)
    with archive.open(f"tables/{table.name}.json", "w") as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8")
        out.write('{"columns": ' + json.dumps([c.name for c in columns]) + ', "rows": [\n')
        count = 0
        for row in conn.execute(query.execution_options(yield_per=2000)):
            encoded = [_encode(value, kind) for value, kind in zip(row, types, strict=True)]
            out.write((",\n" if count else "") + json.dumps(encoded, ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
        out.flush()
        out.detach()
    return count


def _add_exchange_documents(database: Database, ids: list[int],
                            archive: zipfile.ZipFile) -> None:
    from planner.services.context import ServiceContext
    from planner.services.exchange import Exchange

    exchange = Exchange(ServiceContext(database))
    for delegation_id in ids:
        document = exchange.export_delegation(delegation_id)
        archive.writestr(f"delegations/delegation-{delegation_id}.json",
                         json.dumps(document, ensure_ascii=False, indent=1))


def read_manifest(file: Path) -> dict[str, Any]:
    """The archive's manifest, or a clear refusal of a file that is not a planner archive."""
    _require_magic(file, ZIP_MAGIC, "a zip archive")
    try:
        with zipfile.ZipFile(file) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            bad = archive.testzip()
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, OSError) as exc:
        raise BackupError(f"{file} is not a Delegation Planner archive or is damaged "
                          f"({exc}).") from exc
    if bad is not None:
        raise BackupError(f"{file} is damaged: {bad} fails its checksum.")
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise BackupError(f"{file} is not a Delegation Planner archive.")
    if manifest.get("version") != ARCHIVE_VERSION:
        raise BackupError(f"{file} is archive version {manifest.get('version')!r}; this "
                          f"program reads version {ARCHIVE_VERSION}.")
    revision = manifest.get("schema_revision")
    if revision not in known_revisions():
        raise BackupError(f"{file} was written by a newer version of Delegation Planner "
                          f"(schema {revision}); update the program before restoring it.")
    if revision != head_revision():
        raise BackupError(f"{file} has schema {revision}, this program {head_revision()}: "
                          f"restore it with the version that wrote it and archive it again.")
    return manifest


def restore_archive(file: Path, url: str) -> ArchiveSummary:
    """Load an archive into an EMPTY database (created at the current schema if need be).

    All or nothing: one transaction. Ids are kept, PostgreSQL sequences moved past them.
    """
    manifest = read_manifest(file)
    url = resolve_url(url)
    database = open_database(url)
    try:
        counts: dict[str, int] = {}
        with zipfile.ZipFile(file) as archive, database.engine.begin() as conn:
            _require_empty(conn, url)
            expected = manifest.get("rows", {})
            for table in Base.metadata.sorted_tables:
                counts[table.name] = _load_table(conn, table, archive, file)
                if counts[table.name] != expected.get(table.name, 0):
                    raise BackupError(f"{file} is damaged: {table.name} holds "
                                      f"{counts[table.name]} rows, its manifest says "
                                      f"{expected.get(table.name, 0)}.")
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn)
            conn.execute(insert(AuditRow), [{
                "at": datetime.now(UTC), "os_user": _os_user(), "db_user": "",
                "action": "restore", "entity": "archive", "entity_id": None,
                "changes": {"file": file.name, "created_at": manifest.get("created_at"),
                            "rows": counts}}])
        return ArchiveSummary(file, manifest["schema_revision"], counts)
    finally:
        database.dispose()


def _os_user() -> str:
    from planner.services.context import os_user

    return os_user()


def _require_empty(conn: Connection, url: str) -> None:
    for table in Base.metadata.sorted_tables:
        if conn.execute(select(func.count()).select_from(table)).scalar():
            raise BackupError(f"An archive is restored into an empty database only; "
                              f"{sqlite_path(url) or 'the target'} already holds data "
                              f"(table {table.name}).")


def _load_table(conn: Connection, table: Table, archive: zipfile.ZipFile, file: Path) -> int:
    try:
        data = json.loads(archive.read(f"tables/{table.name}.json"))
    except KeyError:
        return 0  # a table the archive's writer had no rows for
    except json.JSONDecodeError as exc:
        raise BackupError(f"{file} is damaged: tables/{table.name}.json ({exc}).") from exc
    names: list[str] = data["columns"]
    unknown = set(names) - set(table.columns.keys())
    if unknown:
        raise BackupError(f"{file} does not fit this schema: {table.name} has no column "
                          f"{', '.join(sorted(unknown))}.")
    types = [_column_type(table.columns[n]) for n in names]
    rows = [{n: _decode(v, t) for n, v, t in zip(names, row, types, strict=True)}
            for row in data["rows"]]
    for start in range(0, len(rows), 2000):
        conn.execute(insert(table), rows[start:start + 2000])
    return len(rows)


def _reset_sequences(conn: Connection) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move each past the rows just loaded."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id":
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                {"t": table.name}).scalar()
        if sequence:
            conn.execute(text(f'SELECT setval(:s, coalesce((SELECT max(id) FROM "{table.name}"),'
                              f" 0) + 1, false)"), {"s": sequence})


# ---- what `planner restore FILE` does -------------------------------------------------
def file_kind(file: Path) -> str:
    """"sqlite" or "archive", by the file's first bytes; anything else is refused."""
    if not file.is_file():
        raise BackupError(f"There is no file {file}.")
    with open(file, "rb") as handle:
        head = handle.read(16)
    if head == SQLITE_MAGIC:
        return "sqlite"
    if head.startswith(ZIP_MAGIC):
        return "archive"
    raise BackupError(f"{file} is not a Delegation Planner backup or archive.")


def restore_file(file: Path, url: str) -> str:
    """Restore either kind of file into the database at `url`; returns what was done.

    SQLite target: the file replaces the database (kept in backups/ first); an archive is
    first loaded into a staged SQLite file. PostgreSQL target: the database must be empty;
    an SQLite backup is carried over through an archive. No Services may be open on `url`.
    """
    kind = file_kind(file)
    url = resolve_url(url)
    target = sqlite_path(url)
    if target is not None:
        if kind == "sqlite":
            result = restore_backup(file, target)
        else:
            read_manifest(file)
            with tempfile.TemporaryDirectory(dir=target.parent) as folder:
                staged = Path(folder) / "staged.sqlite"
                restore_archive(file, str(staged))
                result = restore_backup(staged, target)
        kept = f"; the previous database is kept at {result.previous_kept_at}" \
            if result.previous_kept_at else ""
        return f"Restored {file} into {target}{kept}."
    if kind == "archive":
        summary = restore_archive(file, url)
        return f"Restored {sum(summary.rows.values())} rows from {file}."
    check_backup(file)
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / "staged.sqlite"
        online_backup(file, staged, pages=-1)
        source = open_database(str(staged))  # brings an older backup up to this schema
        try:
            zipped = write_archive(source, Path(folder) / "carry.zip", exchange_documents=False)
        finally:
            source.dispose()
        summary = restore_archive(zipped.path, url)
    return f"Restored {sum(summary.rows.values())} rows from {file}."
