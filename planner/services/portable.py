"""The portable archive: every record of any backend as one zip, restorable into an empty one.

It moves an office between SQLite and PostgreSQL losslessly, and it is what `planner backup`
writes for a server database. `restore_file` is what `planner restore FILE` does for both kinds.
"""

from __future__ import annotations

import base64
import io
import json
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Numeric, Table, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.types import TypeDecorator

from planner.services.backup import (
    SQLITE_MAGIC,
    BackupError,
    check_backup,
    online_backup,
    private_temp,
    publish,
    require_magic,
    restore_backup,
)
from planner.store.database import (
    Database,
    head_revision,
    known_revisions,
    open_database,
    resolve_url,
    sqlite_path,
)
from planner.store.models import AuditRow, Base

ZIP_MAGIC = b"PK\x03\x04"
ARCHIVE_FORMAT = "delegation-planner-archive"
ARCHIVE_VERSION = 1


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
    temp = private_temp(target)
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
        publish(temp, target)
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
    require_magic(file, ZIP_MAGIC, "a zip archive")
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
