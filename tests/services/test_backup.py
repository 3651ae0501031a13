"""Backups as the office meets them: made while working, rotated, restored, refused when bad."""

from __future__ import annotations

import sqlite3
import stat
import threading
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.errors import SchemaError
from planner.domain.records import Member
from planner.services import Services
from planner.services.backup import (
    BackupError,
    BackupScheduler,
    RetentionPolicy,
    backups_to_delete,
    check_backup,
    latest_backup,
    list_backups,
    online_backup,
    restore_backup,
    take_backup,
)
from planner.services.demo import load_demo
from planner.services.portable import read_manifest, restore_file, write_archive
from planner.store.database import open_database
from planner.store.models import (
    AttachmentRow,
    GiftRow,
    GoldenBookEntryRow,
    GoldenBookRow,
    SettingRow,
    SignerRow,
)
from tests.services.conftest import dump, seed


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def db_path(services: Services) -> Path:
    path = services.database.path
    assert path is not None
    return path


# ---- online backup -----------------------------------------------------------------------
def test_backup_in_steps_while_writes_continue(sqlite_services: Services) -> None:
    seeded = seed(sqlite_services)
    delegation = seeded.delegation.id or 0
    for n in range(200):  # enough pages that a one-page step backup takes many steps
        sqlite_services.members.save(Member(delegation_id=delegation, name=f"Guest {n:03}",
                                            rank=10 + n, dietary="x" * 200))
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        n = 0
        while not stop.is_set():
            sqlite_services.members.save(Member(delegation_id=delegation, name=f"Late {n}",
                                                rank=1000 + n))
            written.append(n)
            n += 1

    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        time.sleep(0.002)  # a slow disk: writers get plenty of chances to commit meanwhile

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.05)
        before = len(written)
        target = take_backup(db_path(sqlite_services), pages=1, progress=progress)
        during = len(written) - before
    finally:
        stop.set()
        thread.join()
    assert during > 0, "the writer was blocked during the backup"
    assert len(steps) > 20 and steps[-1][0] == steps[-1][1]
    assert [d for d, _t in steps] == sorted(d for d, _t in steps), "the copy restarted"
    assert integrity(target) == "ok"
    assert mode(target) == 0o600 and mode(target.parent) & 0o077 == 0
    assert not Path(f"{target}-wal").exists()
    copy = Services.open(str(target))
    try:
        names = [m.name for m in copy.members.list(delegation)]
    finally:
        copy.close()
    late = [n for n in names if n.startswith("Late ")]
    assert 0 < len(late) <= len(written)
    # One snapshot: the late members in the copy are exactly the first k the writer saved.
    assert sorted(late) == sorted(f"Late {n}" for n in range(len(late)))


def test_cancelled_backup_leaves_nothing(sqlite_services: Services, tmp_path: Path) -> None:
    seed(sqlite_services)

    def cancel(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    target = tmp_path / "out" / "copy.sqlite"
    with pytest.raises(KeyboardInterrupt):
        online_backup(db_path(sqlite_services), target, pages=1, progress=cancel)
    assert list(target.parent.iterdir()) == []


# ---- rotation and scheduling ------------------------------------------------------------
def test_rotation_keeps_daily_weekly_monthly() -> None:
    start = datetime(2026, 12, 31, 18, 0)
    # Four backups a day for a year, newest first.
    stamps = [start - timedelta(hours=6 * i) for i in range(4 * 365)]
    backups = [(Path(f"b{i}"), t) for i, t in enumerate(stamps)]
    deleted = set(backups_to_delete(backups, RetentionPolicy(daily=7, weekly=4, monthly=12)))
    kept = sorted((t for p, t in backups if p not in deleted), reverse=True)
    assert kept[0] == start
    days = {t.date() for t in kept}
    assert {start.date() - timedelta(days=d) for d in range(7)} <= days
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) >= 4
    assert {(t.year, t.month) for t in kept} == {(2026, m) for m in range(1, 13)}
    assert len(kept) <= 7 + 4 + 12
    # The newest of each day is the one kept.
    assert all(t.hour == 18 for t in kept if t.date() > start.date() - timedelta(days=7))


def test_rotation_edge_cases() -> None:
    assert backups_to_delete([]) == []
    only = [(Path("a"), datetime(2020, 1, 1))]
    assert backups_to_delete(only, RetentionPolicy(0, 0, 0)) == []
    same_day = [(Path(f"s{h}"), datetime(2026, 5, 1, h)) for h in range(5)]
    assert sorted(backups_to_delete(same_day)) == [Path(f"s{h}") for h in range(4)]


def test_scheduler_backs_up_at_start_then_after_activity(sqlite_services: Services) -> None:
    seed(sqlite_services)
    now = [datetime(2026, 5, 1, 9, 0, tzinfo=UTC)]
    scheduler = BackupScheduler(db_path(sqlite_services), interval=timedelta(minutes=30),
                                clock=lambda: now[0])
    sqlite_services.ctx.subscribe(scheduler.note_activity)
    assert scheduler.due()
    first = scheduler.run_if_due()
    assert first is not None and first.exists()
    assert not scheduler.due()
    now[0] += timedelta(hours=2)
    assert not scheduler.due(), "no activity, no backup"
    sqlite_services.members.save(Member(delegation_id=1, name="New guest", rank=50))
    assert scheduler.due(), "activity and the interval has passed"
    now[0] += timedelta(minutes=1)
    second = scheduler.run_if_due()
    assert second is not None and second != first
    sqlite_services.members.save(Member(delegation_id=1, name="Another", rank=51))
    now[0] += timedelta(minutes=29)
    assert not scheduler.due(), "at most one backup per interval"
    now[0] += timedelta(minutes=1)
    assert scheduler.due()
    listed = list_backups(db_path(sqlite_services))
    assert [b.path for b in listed] == [second], "rotation keeps the newest of the day"
    assert listed[0].taken_at == datetime(2026, 5, 1, 11, 1, tzinfo=UTC)
    assert latest_backup(db_path(sqlite_services)).path == second  # type: ignore[union-attr]


# ---- restore ----------------------------------------------------------------------------
def test_restore_replaces_database_and_keeps_the_previous_one(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite"
    services = Services.open(str(path))
    seeded = seed(services)
    backup = take_backup(path)
    services.members.save(Member(delegation_id=seeded.delegation.id or 0, name="After backup",
                                 rank=9))
    with pytest.raises(BackupError, match="still open"):
        restore_backup(backup, path)
    services.close()
    result = restore_backup(backup, path)
    assert result.previous_kept_at is not None and mode(result.previous_kept_at) == 0o600
    assert mode(path) == 0o600
    restored = Services.open(str(path))
    try:
        names = [m.name for m in restored.members.list(seeded.delegation.id or 0)]
    finally:
        restored.close()
    assert "After backup" not in names and len(names) == 3
    kept = Services.open(str(result.previous_kept_at))
    try:
        assert "After backup" in [m.name for m in kept.members.list(seeded.delegation.id or 0)]
    finally:
        kept.close()
    kinds = {b.kind for b in list_backups(path)}
    assert kinds == {"auto", "before-restore"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("create table photos (id integer primary key, name text)")
    conn.commit()
    conn.close()
    return path


def _newer(tmp_path: Path, source: Path) -> Path:
    target = tmp_path / "newer.sqlite"
    online_backup(source, target)
    conn = sqlite3.connect(target)
    conn.execute("update alembic_version set version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return target


def _damaged(tmp_path: Path, source: Path) -> Path:
    target = tmp_path / "damaged.sqlite"
    online_backup(source, target)
    data = bytearray(target.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # scribble over every b-tree page header
        data[offset:offset + 12] = b"\x0d\xff\xff\xff\xff" + b"\xff" * 7
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("kind", ["garbage", "foreign", "newer", "damaged", "truncated",
                                  "missing"])
def test_restore_refuses_bad_files_before_touching_anything(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "planner.sqlite"
    services = Services.open(str(path))
    seed(services)
    services.close()
    good = take_backup(path)
    bad = {
        "garbage": lambda: _write(tmp_path / "x.sqlite", b"hello world" * 100),
        "foreign": lambda: _foreign(tmp_path / "foreign.sqlite"),
        "newer": lambda: _newer(tmp_path, good),
        "damaged": lambda: _damaged(tmp_path, good),
        "truncated": lambda: _write(tmp_path / "t.sqlite", good.read_bytes()[:5000]),
        "missing": lambda: tmp_path / "nothing-here.sqlite",
    }[kind]()
    before = path.read_bytes()
    listing = list_backups(path)
    with pytest.raises(BackupError) as error:
        restore_backup(bad, path)
    message = str(error.value)
    expected = {"garbage": "not a Delegation Planner backup", "foreign": "not a Delegation",
                "newer": "newer version", "damaged": "damaged", "truncated": "damaged",
                "missing": "There is no file"}[kind]
    assert expected in message
    assert path.read_bytes() == before
    assert list_backups(path) == listing
    assert sorted(p.name for p in tmp_path.glob(".*part")) == []


def test_damaged_or_foreign_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite"
    services = Services.open(str(path))
    seed(services)
    services.close()
    good = take_backup(path)
    path.write_bytes(b"\x00" * 4096 + b"not sqlite at all")
    with pytest.raises(SchemaError, match="damaged or not a database"):
        open_database(str(path))
    other = _foreign(tmp_path / "photos.sqlite")
    with pytest.raises(SchemaError, match="not a Delegation Planner database"):
        open_database(str(other))
    # What the UI offers: the newest restorable backup, which brings the data back.
    offer = latest_backup(path)
    assert offer is not None and offer.path == good
    result = restore_backup(offer.path, path)
    assert result.previous_kept_at is not None and "damaged" in result.previous_kept_at.name
    open_database(str(path)).dispose()
    assert latest_backup(tmp_path / "never.sqlite") is None


# ---- the portable archive ---------------------------------------------------------------
def _add_book_and_gifts(services: Services) -> None:
    with services.ctx.write() as session:
        book = GoldenBookRow(number=7, title="Goldenes Buch VII", first_date=date(2019, 1, 3))
        session.add(book)
        session.flush()
        entry = GoldenBookEntryRow(book_id=book.id, number=1, page=12,
                                   signed_on=date(2026, 5, 9), place="Rathaus",
                                   inscription="Mit herzlichem Dank — בברכה")
        session.add(entry)
        session.flush()
        session.add(SignerRow(entry_id=entry.id, position=1, name="Miriam Feirberg-Ikar",
                              native_name="מרים פיירברג-איכר", function="Mayor"))
        gift = GiftRow(direction="received", description="Silver plate",
                       given_on=date(2026, 5, 9), value_eur=Decimal("249.90"),
                       giver_name="Miriam Feirberg-Ikar")
        session.add(gift)
        session.flush()
        session.add(AttachmentRow(gift_id=gift.id, filename="plate.jpg",
                                  media_type="image/jpeg", sha256="0" * 64, size=5,
                                  data=b"\x00\xff\x10JP"))
        session.add(SettingRow(key="privacy.retention_months", value=24))


def _without_audit(tables: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    return {k: v for k, v in tables.items() if k != "audit_log"}


@pytest.mark.postgres
def test_sqlite_to_postgresql_to_sqlite_is_lossless(tmp_path: Path, pg_cluster: object) -> None:
    source = Services.open(str(tmp_path / "office.sqlite"))
    load_demo(source.ctx)
    _add_book_and_gifts(source)
    original = dump(source)
    first = write_archive(source.database, tmp_path / "one.zip")
    source.close()
    assert mode(first.path) == 0o600
    with zipfile.ZipFile(first.path) as archive:
        names = archive.namelist()
    assert "manifest.json" in names and "tables/member.json" in names
    assert sum(n.startswith("delegations/") for n in names) == len(original["delegation"])

    pg_url = pg_cluster.create_database()  # type: ignore[attr-defined]
    assert "Restored" in restore_file(first.path, pg_url)
    server = Services.open(pg_url)
    assert _without_audit(dump(server)) == _without_audit(original)
    # New rows on the server get fresh ids (sequences moved past the restored ones).
    server.members.save(Member(delegation_id=original["delegation"][0]["id"], name="New",
                               rank=99))
    server.close()
    server = Services.open(pg_url)
    second = write_archive(server.database, tmp_path / "two.zip", exchange_documents=False)
    server.close()

    back = tmp_path / "back.sqlite"
    restore_file(second.path, str(back))
    returned = Services.open(str(back))
    try:
        result = _without_audit(dump(returned))
    finally:
        returned.close()
    result["member"] = [m for m in result["member"] if m["name"] != "New"]  # type: ignore[index]
    assert result == _without_audit(original)
    assert read_manifest(second.path)["source_backend"] == "postgresql"


def test_archive_round_trip_on_sqlite_and_refusals(tmp_path: Path) -> None:
    source = Services.open(str(tmp_path / "office.sqlite"))
    seed(source)
    _add_book_and_gifts(source)
    original = dump(source)
    archive = write_archive(source.database, tmp_path / "office.zip", exchange_documents=False)
    source.close()
    copy = tmp_path / "copy.sqlite"
    restore_file(archive.path, str(copy))
    again = Services.open(str(copy))
    assert _without_audit(dump(again)) == _without_audit(original)
    again.close()
    # Onto a database that holds data: SQLite is replaced (and kept); the data is the archive's.
    target = Services.open(str(tmp_path / "busy.sqlite"))
    seed(target)
    target.members.save(Member(delegation_id=1, name="Only here", rank=9))
    target.close()
    message = restore_file(archive.path, str(tmp_path / "busy.sqlite"))
    assert "previous database is kept" in message
    busy = Services.open(str(tmp_path / "busy.sqlite"))
    assert _without_audit(dump(busy)) == _without_audit(original)
    busy.close()

    (tmp_path / "foreign.zip").write_bytes(_zip({"readme.txt": "hello"}))
    (tmp_path / "other.zip").write_bytes(_zip({"manifest.json": '{"format": "other"}'}))
    (tmp_path / "cut.zip").write_bytes(archive.path.read_bytes()[:-300])
    (tmp_path / "notes.txt").write_text("just text")
    for name, expected in (("foreign.zip", "not a Delegation Planner archive"),
                           ("other.zip", "not a Delegation Planner archive"),
                           ("cut.zip", "damaged"),
                           ("notes.txt", "not a Delegation Planner backup")):
        with pytest.raises(BackupError, match=expected):
            restore_file(tmp_path / name, str(tmp_path / f"new-{name}.sqlite"))
    with pytest.raises(BackupError, match="not an SQLite database"):
        check_backup(tmp_path / "cut.zip")


def _zip(files: dict[str, str]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
