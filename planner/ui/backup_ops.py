"""Backups from the window: automatic ones on a timer, "Back up now" and restore, on the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from planner.services import Changes
from planner.services.backup import (
    BackupScheduler,
    RestoreResult,
    RetentionPolicy,
    restore_backup,
    take_backup,
)
from planner.ui.connection import reopen
from planner.ui.ops import AppContext

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 60_000
DEFAULT_POLICY = RetentionPolicy()  # 7 daily, 4 weekly, 12 monthly


class BackupProgress(QObject):
    """Pages copied so far, reported on the worker and delivered on the UI thread."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:  # called on the worker thread
        self.progressed.emit(done, total)  # ints only cross threads (see ops.py)


class AutoBackup(QObject):
    """Drives `BackupScheduler` for an SQLite database: activity from the change bus, `due()`
    asked every minute, the copy made on the worker (in steps, so the UI never waits)."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        interval: timedelta = timedelta(minutes=30),
        policy: RetentionPolicy = DEFAULT_POLICY,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        check_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.interval, self.policy, self.clock = interval, policy, clock
        self.scheduler: BackupScheduler | None = None
        self.running = False
        # The first check comes after one interval of the timer, not at once: opening the
        # window should not queue a copy of the whole archive ahead of the first list.
        self.timer = QTimer(self, interval=check_ms)
        self.timer.timeout.connect(self.check)
        ctx.bus.changed.connect(self._on_changes)
        ctx.services_replaced.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        """A new scheduler for the database now open (none for a shared server)."""
        path = self.ctx.services.database.path
        if path is None:
            self.scheduler = None
            self.timer.stop()
            return
        self.scheduler = BackupScheduler(
            Path(path), interval=self.interval, policy=self.policy, clock=self.clock
        )
        self.timer.start()

    def _on_changes(self, changes: Changes) -> None:
        if self.scheduler is not None:
            self.scheduler.note_activity(changes)

    def check(self) -> None:
        scheduler = self.scheduler
        if scheduler is None or self.running or not scheduler.due():
            return
        self.running = True  # due() stays true until the worker gets to it
        self.ctx.ops.run(scheduler.run, self._done, self._failed, owner=self)

    def _done(self, path: Path) -> None:
        self.running = False
        self.finished.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        # A failed automatic backup must not interrupt the officer with a dialog; the
        # status bar says so and the next check tries again.
        self.running = False
        log.warning("automatic backup failed: %s", exc)
        self.failed.emit(str(exc))


def back_up_now(
    ctx: AppContext,
    progress: BackupProgress,
    done: Callable[[Path], None],
    failed: Callable[[BaseException], None],
) -> None:
    """A manual backup in steps on the worker; `progress` reports pages copied."""
    path = ctx.services.database.path
    if path is None:
        raise ValueError("only an SQLite database is backed up from the window")
    ctx.ops.run(
        lambda: take_backup(Path(path), kind="manual", pages=256, progress=progress.report),
        done,
        failed,
    )


def restore(
    ctx: AppContext,
    file: Path,
    done: Callable[[RestoreResult], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Close the services, put the backup in place, open again; the window rebuilds its
    screens on `services_replaced`. The current database is kept as a `before-restore`."""
    database = ctx.services.database
    path = database.path
    if path is None:
        raise ValueError("only an SQLite database is restored from the window")
    reopen(
        ctx,
        database.url,
        between=lambda: restore_backup(file, Path(path)),
        done=done,
        failed=failed,
    )
