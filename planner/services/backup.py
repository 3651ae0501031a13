"""Backups of the SQLite file: online copies in steps, rotation, scheduling, checked restore."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.domain.errors import DomainError
from planner.store.database import known_revisions, resolve_url, sqlite_path

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_PAGES = 1024  # 4 MiB per step with 4 KiB pages: short steps, few of them

Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class BackupError(DomainError):
    """A backup could not be made, or a file cannot be restored; the message says why."""


# ---- online SQLite backup ------------------------------------------------------------
def database_file(url: str | None) -> Path | None:
    """The SQLite file a `--db` value (or the default) names; None for a server database."""
    return sqlite_path(resolve_url(url))


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
    temp = private_temp(target)
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
        publish(temp, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The database {source} could not be backed up: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


def _adapt(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def private_temp(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)  # mkstemp creates it 0600
    return Path(name)


def publish(temp: Path, target: Path) -> None:
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(temp, 0o600)
    os.replace(temp, target)
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable. POSIX needs the folder synced; Windows cannot open a folder
    as a file, and NTFS journals the rename itself."""
    if os.name == "nt":
        return
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
    require_magic(file, SQLITE_MAGIC, "an SQLite database")
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return _inspect(conn, file)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{file} is damaged and cannot be restored ({exc}).") from exc


def require_magic(file: Path, magic: bytes, what: str) -> None:
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
    stage = private_temp(database_path)
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
        temp = private_temp(target)
        temp.write_bytes(database_path.read_bytes())
        publish(temp, target)
        return target


