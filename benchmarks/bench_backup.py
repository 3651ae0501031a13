"""Online backup of the ten-year archive while a simulated UI event loop keeps ticking.

The backup runs in steps on a worker thread (as the application runs it); the main thread
ticks every 5 ms like a Qt event loop and records how late each tick comes. Printed: backup
time, the longest pause of the main thread, and a one-shot backup (pages=-1) for comparison.

    python benchmarks/bench_backup.py [--scale 1.0] [--pages 1024]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.services import Services
from planner.services.archive import ArchiveSize, build_archive
from planner.services.backup import online_backup
from planner.services.portable import restore_archive, write_archive
from planner.store.database import open_database

TICK = 0.005


def backup_with_ticking_ui(source: Path, target: Path, pages: int) -> tuple[float, float, int]:
    """(backup seconds, longest main-thread pause in seconds, steps)."""
    done = threading.Event()
    steps = [0]
    elapsed = [0.0]

    def progress(_done: int, _total: int) -> None:
        steps[0] += 1

    def worker() -> None:
        started = time.perf_counter()
        online_backup(source, target, pages=pages, progress=progress)
        elapsed[0] = time.perf_counter() - started
        done.set()

    thread = threading.Thread(target=worker)
    longest = 0.0
    last = time.perf_counter()
    thread.start()
    while not done.is_set():
        time.sleep(TICK)  # the event loop waiting for events
        now = time.perf_counter()
        longest = max(longest, now - last - TICK)
        last = now
    thread.join()
    return elapsed[0], longest, steps[0]


def idle_pause(seconds: float) -> float:
    """The longest tick delay with no backup running: this machine's own noise."""
    longest = 0.0
    last = start = time.perf_counter()
    while last - start < seconds:
        time.sleep(TICK)
        now = time.perf_counter()
        longest = max(longest, now - last - TICK)
        last = now
    return longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = ten years")
    parser.add_argument("--pages", type=int, default=1024, help="pages per backup step")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each backup")
    parser.add_argument("--archive", action="store_true", help="also time the portable "
                        "archive: write it (with exchange documents) and restore it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "archive.sqlite"
        services = Services.open(str(source))
        started = time.perf_counter()
        counts = build_archive(services.ctx, ArchiveSize.scaled(args.scale))
        print(f"archive: {', '.join(f'{v:,} {k}' for k, v in counts.items())} "
              f"built in {time.perf_counter() - started:.1f} s")
        services.close()
        size = source.stat().st_size
        print(f"database: {size / 1e6:.1f} MB")
        print(f"idle event loop for 1 s (no backup): longest pause "
              f"{idle_pause(1.0) * 1000:.1f} ms")
        for run in range(args.repeat):
            stepped, pause, steps = backup_with_ticking_ui(
                source, Path(folder) / f"stepped{run}.sqlite", args.pages)
            print(f"stepped backup ({args.pages} pages/step, {steps} steps, worker thread): "
                  f"{stepped:.2f} s, longest UI pause {pause * 1000:.1f} ms")
        for run in range(args.repeat):
            one, one_pause, _ = backup_with_ticking_ui(source, Path(folder) / f"one{run}.sqlite",
                                                       -1)
            print(f"one-shot backup (pages=-1, worker thread): {one:.2f} s, "
                  f"longest UI pause {one_pause * 1000:.1f} ms")
        started = time.perf_counter()
        online_backup(source, Path(folder) / "direct.sqlite", pages=-1)
        print(f"one-shot backup on the main thread (what the UI must not do): "
              f"{time.perf_counter() - started:.2f} s frozen")
        if args.archive:
            time_archive(source, Path(folder))


def time_archive(source: Path, folder: Path) -> None:
    database = open_database(str(source))
    try:
        for documents in (False, True):
            started = time.perf_counter()
            summary = write_archive(database, folder / f"archive-{documents}.zip",
                                    exchange_documents=documents)
            print(f"portable archive{' with exchange documents' if documents else ''}: "
                  f"{sum(summary.rows.values()):,} rows in {time.perf_counter() - started:.1f} s, "
                  f"{summary.path.stat().st_size / 1e6:.1f} MB")
    finally:
        database.dispose()
    started = time.perf_counter()
    restore_archive(folder / "archive-False.zip", str(folder / "restored.sqlite"))
    print(f"restore of the archive into an empty SQLite file: "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
