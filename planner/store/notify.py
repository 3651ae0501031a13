"""Live refresh between officers: PostgreSQL NOTIFY on commit, a LISTEN thread per client."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

CHANNEL = "planner_changes"
log = logging.getLogger(__name__)


def announce(session: Session, origin: str, flags: set[str]) -> None:
    """Queue a notification; PostgreSQL delivers it only if the transaction commits."""
    payload = json.dumps({"origin": origin, "flags": sorted(flags)})
    session.execute(text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": payload})


class ChangeFeed:
    """Listens for other clients' commits and hands their flags to `deliver` (on this thread).

    Survives the server going away: it reconnects with a growing pause and reports the state
    through `on_state(online: bool)` so the UI can show "offline".
    """

    def __init__(self, url: str, origin: str, deliver: Callable[[set[str]], None],
                 on_state: Callable[[bool], None] | None = None) -> None:
        parsed = make_url(url)
        self._conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        self._origin = origin
        self._deliver = deliver
        self._on_state = on_state or (lambda _online: None)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="planner-change-feed",
                                        daemon=True)
        self.online = False
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self._on_state(online)

    def _run(self) -> None:
        import psycopg

        pause = 0.2
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._set_online(True)
                    self.listening.set()
                    pause = 0.2
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._handle(note.payload)
                        conn.execute("SELECT 1")  # notices a dead server within a second
            except Exception as exc:  # any failure means: offline, retry later
                log.info("change feed offline: %s", exc)
                self.listening.clear()
                self._set_online(False)
                self._stop.wait(pause)
                pause = min(pause * 2, 5.0)

    def _handle(self, payload: str) -> None:
        try:
            message = json.loads(payload)
        except json.JSONDecodeError:
            return
        if message.get("origin") == self._origin:
            return
        flags = {str(f) for f in message.get("flags", [])}
        if flags:
            self._deliver(flags)


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
