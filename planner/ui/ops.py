"""Background work: service calls run one at a time on a worker thread; results come as signals."""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.services import Changes

if TYPE_CHECKING:
    from planner.services import Services

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass
class _Pending:
    success: Success | None
    failure: Failure | None
    owner: QObject | None


class _Job(QRunnable):
    def __init__(self, op_id: int, fn: Callable[[], Any], runner: OpRunner) -> None:
        super().__init__()
        self.op_id = op_id
        self.fn = fn
        self.runner = runner
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on the worker thread
        try:
            outcome = (True, self.fn())
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            outcome = (False, exc)
        # Only the id crosses threads in the signal: Python objects in queued signal arguments
        # have shown refcount errors ("deallocating None") under load in PySide6 6.12.
        with self.runner.lock:
            self.runner.outcomes[self.op_id] = outcome
        # The window may have closed while this ran: the transaction is committed (or rolled
        # back) either way, there is just nobody left to tell.
        with contextlib.suppress(RuntimeError):
            self.runner.finished.emit(self.op_id)


class OpRunner(QObject):
    """Anki's CollectionOp in miniature: `run(fn, success, failure)`; database work is serialised.

    The runner lives on the UI thread, so `finished` (emitted by the worker) arrives queued there.
    """

    finished = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: the order of user actions is kept
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self.lock = threading.Lock()
        self.outcomes: dict[int, tuple[bool, Any]] = {}
        self.default_failure: Failure | None = None
        self.finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run `fn` off the UI thread; callbacks are skipped when `owner` was deleted meanwhile."""
        op_id = next(self._ids)
        was_busy = self.busy
        self._pending[op_id] = _Pending(success, failure, owner)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(op_id, fn, self))
        return op_id

    def _deliver(self, op_id: int) -> None:
        with self.lock:
            ok, payload = self.outcomes.pop(op_id)
        pending = self._pending.pop(op_id, None)
        try:
            if pending is None or (
                pending.owner is not None and not shiboken6.isValid(pending.owner)
            ):
                if not ok:
                    log.warning("operation failed after its screen closed: %s", payload)
                return
            if ok:
                if pending.success is not None:
                    pending.success(payload)
            elif pending.failure is not None:
                pending.failure(payload)  # type: ignore[arg-type]
            elif self.default_failure is not None:
                self.default_failure(payload)  # type: ignore[arg-type]
            else:
                log.error("operation failed", exc_info=payload)  # type: ignore[arg-type]
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is idle (closing the window, tests); callbacks still queue."""
        return self._pool.waitForDone(msecs)


class ChangeBus(QObject):
    """Carries the services' `Changes` to the UI thread: screens connect to `changed`."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] = lambda: None

    def rebind(self, services: Services) -> None:
        """Listen to these services' commits (the first database, a restore, another server).

        The listener is called on the committing thread (the worker, or the change feed's
        thread for other officers' commits); the bus lives on the UI thread, so the signal
        is queued there."""
        self._unsubscribe()
        self._unsubscribe = services.ctx.subscribe(self._on_commit)

    def _on_commit(self, changes: Changes) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(changes)

    def close(self) -> None:
        self._unsubscribe()


class AppContext(QObject):
    """What every screen needs: the services, the op runner, the change bus and the undo stack.

    The window can open before the database does (`open_in_background`): until the services
    arrive, `ready` is false and the window shows only its frame, which builds no screen.
    `services` can also be replaced while the window stays open (restore of a backup,
    connecting to a server): `replace_services` rebinds the bus, clears the undo history (its
    edits name records of the old database) and emits `services_replaced`.
    """

    services_replaced = Signal()

    def __init__(self, services: Services | None, parent: QObject | None = None) -> None:
        from PySide6.QtGui import QUndoStack

        super().__init__(parent)
        self._services: Services | None = None
        self.ops = OpRunner(self)
        self.bus = ChangeBus(self)
        self.undo = QUndoStack(self)
        if services is not None:
            self._services = services
            self.bus.rebind(services)

    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the database is still being opened")
        return self._services

    def open_in_background(
        self,
        url: str | None,
        failure: Failure,
        *,
        upgrade_schema: bool | None = None,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        """Open the database on the worker (importing the database layer happens there too),
        then run `prepare` there (imports the first screen needs); `services_replaced` tells
        the window when it is ready, `failure` when it cannot be."""

        def work() -> Services:
            from planner.services import Services

            services = Services.open(url, upgrade_schema=upgrade_schema)
            if prepare is not None:
                prepare()
            return services

        self.ops.run(work, self.replace_services, failure, owner=self)

    def replace_services(self, services: Services) -> None:
        self._services = services
        self.bus.rebind(services)
        self.undo.clear()
        self.services_replaced.emit()

    def close(self) -> None:
        self.ops.wait()
        self.bus.close()
