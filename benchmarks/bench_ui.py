"""Desktop UI at archive scale: window open time and memory vs a bare Qt window; filter keystrokes.

Run: python benchmarks/bench_ui.py [--archive PATH] [--scale 1.0]
Each measurement runs in its own subprocess (offscreen) so times and peak RSS do not mix.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]


def _rss_mib() -> float:
    """Peak RSS of this process (VmHWM; ru_maxrss would carry the parent's over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _idle_then(app, done) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, done)  # runs once the event loop has handled everything queued
    app.exec()


def child_bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 860)
    window.show()
    result: dict[str, float] = {}
    _idle_then(app, lambda: (result.update(seconds=time.perf_counter() - T0), app.quit()))
    return {**result, "rss_mib": _rss_mib()}


def child_app(archive: str) -> dict[str, float]:
    """`planner --db ARCHIVE` as it starts: the window at once, the database opened behind it.

    Moments: the event loop idle with the window shown (as for the bare window); the first
    screen, "This week", filled; then, as a user's first click, the delegation list filled
    after switching to it; and the longest the UI thread went without handling its events
    meanwhile (a 5 ms timer's worst lateness): a window that is up but frozen would show here.
    """
    from PySide6.QtCore import QTimer

    from planner.ui.app import application, start_window
    from planner.ui.i18n import install_language

    app = application()
    install_language("en")
    window = start_window(archive, ask_demo=False)
    window.resize(1400, 860)
    window.show()
    result: dict[str, float] = {}
    ticks: list[float] = []
    switched: list[float] = []

    def idle() -> None:
        result.update(seconds=time.perf_counter() - T0)
        ticks.append(time.perf_counter())
        probe.start()
        poll_home()

    def poll_home() -> None:  # "This week" is there and nothing is pending
        ctx = window.ctx
        if not ctx.ready or ctx.ops.busy or "home" not in window.screens \
                or window.screens["home"].summary is None:  # type: ignore[attr-defined]
            QTimer.singleShot(1, poll_home)
            return
        result.update(home_seconds=time.perf_counter() - T0)
        switched.append(time.perf_counter())
        window.show_view("delegations")
        poll_list()

    def poll_list() -> None:  # the list is there and nothing is pending
        if window.ctx.ops.busy or window.delegations.model.rowCount() == 0:
            QTimer.singleShot(1, poll_list)
            return
        ticks.append(time.perf_counter())
        result.update(list_seconds=time.perf_counter() - T0,
                      list_after_switch=time.perf_counter() - switched[0],
                      rows=window.delegations.model.rowCount(),
                      worst_stall_ms=max(b - a for a, b in itertools.pairwise(ticks)) * 1000)
        app.quit()

    # When the worker has imported the database layer and the first screen's modules and opened
    # the file: the first screen cannot be filled before this.
    window.ctx.services_replaced.connect(
        lambda: result.setdefault("ready_seconds", time.perf_counter() - T0))
    probe = QTimer(interval=5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    _idle_then(app, idle)
    return {**result, "rss_mib": _rss_mib()}


def child_filter(archive: str) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QDate, QEventLoop

    from planner.services import Services
    from planner.ui.app import application, open_window
    from planner.ui.i18n import install_language

    _app = application()  # kept alive for the whole measurement
    install_language("en")
    services = Services.open(archive)
    window = open_window(services)
    window.show()
    ops = window.ctx.ops

    def settle() -> None:
        # An event loop that ends when the worker is idle; a tight processEvents() loop was seen
        # to trip a None refcount bug in PySide6 6.12 on Python 3.11 after ~10^6 calls.
        if ops.busy:
            loop = QEventLoop()
            ops.busy_changed.connect(loop.quit)
            if ops.busy:
                loop.exec()
            ops.busy_changed.disconnect(loop.quit)
        QCoreApplication.processEvents()

    settle()
    window.show_view("delegations")  # the window opens on "This week"
    settle()
    screen = window.delegations
    word = screen.model.record(0).title.split()[0] + " " + screen.model.record(0).partner_city
    # Keystrokes filter the loaded rows in the model, synchronously: the whole keystroke is
    # UI-thread time.
    worst_delegation = 0.0
    screen.search.clear()
    for i in range(1, len(word) + 1):
        start = time.perf_counter()
        screen.search.setText(word[:i])
        QCoreApplication.processEvents()
        worst_delegation = max(worst_delegation, time.perf_counter() - start)
    matches = screen.model.rowCount()
    screen.search.clear()
    start = time.perf_counter()
    screen.refresh()  # the load itself, on the worker (on start and after changes)
    settle()
    load_delegations = time.perf_counter() - start
    window.show_view("programme")
    settle()  # the screen's own first loads (this week's list, the timeline) are not measured
    programme = window.programme
    items = services.programme.list()
    first, last = items[0].start, items[-1].end
    text = items[len(items) // 2].display_title("en")
    # The 60,000 full items were read only to choose the period and a title: kept alive, they
    # would double what every collection of the measured load has to walk.
    del items
    start = time.perf_counter()
    programme.set_period(QDate(first.year, first.month, first.day),
                         QDate(last.year, last.month, last.day))
    programme._reload_timer.stop()
    programme.refresh()
    settle()
    load_all = time.perf_counter() - start
    loaded = programme.model.item_count()
    worst_programme = 0.0
    for i in range(1, min(len(text), 14) + 1):
        start = time.perf_counter()
        programme.search.setText(text[:i])  # filters synchronously in the model
        QCoreApplication.processEvents()
        worst_programme = max(worst_programme, time.perf_counter() - start)
    return {"worst_delegation_ms": worst_delegation * 1000, "delegation_word": word,
            "delegation_matches": matches, "delegation_load_s": load_delegations,
            "delegations": screen.model.total_count(),
            "worst_programme_ms": worst_programme * 1000, "programme_word": text[:14],
            "programme_items_loaded": loaded, "programme_load_all_s": load_all}


def run_child(mode: str, archive: str) -> dict[str, float]:
    # Settings of their own: a user's last view or window state must not change what is measured.
    settings = tempfile.mkdtemp(prefix="planner-bench-settings-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": settings}
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--archive", archive],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def build_archive(path: Path, scale: float) -> None:
    from planner.services import Services
    from planner.services.archive import ArchiveSize, build_archive

    services = Services.open(str(path))
    try:
        counts = build_archive(services.ctx, ArchiveSize.scaled(scale))
    finally:
        services.close()
    print(f"archive built: {counts}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--archive", default="")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        result = {"bare": child_bare, "app": lambda: child_app(args.archive),
                  "filter": lambda: child_filter(args.archive)}[args.child]()
        print(json.dumps(result))
        return
    archive = Path(args.archive or Path(tempfile.gettempdir()) / "planner-bench-10y.sqlite")
    if not archive.exists():
        t = time.perf_counter()
        build_archive(archive, args.scale)
        print(f"(built in {time.perf_counter() - t:.1f} s at {archive})")
    bare = [run_child("bare", str(archive)) for _ in range(args.runs)]
    app = [run_child("app", str(archive)) for _ in range(args.runs)]
    b_time = min(r["seconds"] for r in bare)
    a_time = min(r["seconds"] for r in app)
    b_rss = min(r["rss_mib"] for r in bare)
    a_rss = min(r["rss_mib"] for r in app)
    a_list = min(r["list_seconds"] for r in app)
    a_home = min(r["home_seconds"] for r in app)
    a_switch = min(r["list_after_switch"] for r in app)
    a_ready = min(r["ready_seconds"] for r in app)
    stall = max(r["worst_stall_ms"] for r in app)
    print(f"open to idle, bare QMainWindow: {b_time * 1000:7.0f} ms  peak RSS {b_rss:6.1f} MiB")
    print(f"open to idle, Delegation Planner: {a_time * 1000:5.0f} ms  peak RSS {a_rss:6.1f} MiB"
          " (RSS taken with the list filled)")
    print(f"  'This week' (the first screen) filled: {a_home * 1000:.0f} ms; then the "
          f"delegation list ({app[0].get('rows', 0):.0f} delegations) {a_switch * 1000:.0f} ms "
          f"after the click, at {a_list * 1000:.0f} ms; longest UI-thread stall {stall:.0f} ms")
    print(f"ratio time {a_time / b_time:.2f}x (target <= 3), "
          f"ratio memory {a_rss / b_rss:.2f}x (target <= 3); "
          f"first screen filled at {a_home / b_time:.2f}x the bare window's time (target <= 3); "
          f"delegation list {a_switch / b_time:.2f}x the bare window's time after its click")
    print(f"  the worker had imported the database layer and the first screen's modules and "
          f"opened the file at {a_ready * 1000:.0f} ms ({a_ready / b_time:.2f}x the bare window); "
          f"reading and showing the week took the other {(a_home - a_ready) * 1000:.0f} ms")
    f = run_child("filter", str(archive))
    print(f"worst filter keystroke, delegation list ({f['delegation_word']!r}, "
          f"{f['delegations']:.0f} delegations, {f['delegation_matches']:.0f} match): "
          f"{f['worst_delegation_ms']:.1f} ms in the model (target < 50); loading them took "
          f"{f['delegation_load_s'] * 1000:.0f} ms off the UI thread")
    print(f"worst filter keystroke, programme list ({f['programme_word']!r}, "
          f"{f['programme_items_loaded']:.0f} items): {f['worst_programme_ms']:.1f} ms "
          f"(target < 50); loading all items took {f['programme_load_all_s'] * 1000:.0f} ms off "
          f"the UI thread (target <= 500 ms: "
          f"{'OK' if f['programme_load_all_s'] <= 0.5 else 'MISSED'})")


if __name__ == "__main__":
    main()
