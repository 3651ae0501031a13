"""Build the synthetic ten-year archive into a fresh SQLite file; print time, size and ratio.

Target (issue 2): loading it takes under 60 s on these machines. For scale, the same run also
times a plain sqlite3 executemany of the same number of rows (the floor of any loader).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.services import Services
from planner.services.archive import build_archive


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.sqlite"
        started = time.perf_counter()
        services = Services.open(str(path))
        opened = time.perf_counter()
        counts = build_archive(services.ctx)
        built = time.perf_counter()
        services.close()
        size = sum(p.stat().st_size for p in Path(folder).glob("archive.sqlite*"))
        rows = sum(counts.values())

        floor_db = sqlite3.connect(Path(folder) / "floor.sqlite")
        floor_db.execute("create table t (a integer, b text, c text, d text)")
        payload = [(i, "x" * 40, "2026-05-09 10:00:00", "{}") for i in range(rows * 3)]
        floor_start = time.perf_counter()
        with floor_db:
            floor_db.executemany("insert into t values (?, ?, ?, ?)", payload)
        floor = time.perf_counter() - floor_start
        floor_db.close()

    load = built - opened
    print(f"archive: {', '.join(f'{v:,} {k}' for k, v in counts.items())}")
    print(f"create schema (Alembic):   {opened - started:6.2f} s")
    print(f"build archive:             {load:6.2f} s   (target < 60 s: "
          f"{'OK' if load < 60 else 'MISSED'})")
    print(f"database size:             {size / 1e6:6.1f} MB")
    print(f"raw sqlite3 floor ({rows * 3:,} rows): {floor:6.2f} s   ratio archive/floor "
          f"{load / floor:5.1f}x")
    print(f"cpu count {os.cpu_count()}")


if __name__ == "__main__":
    main()
