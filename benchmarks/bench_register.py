"""The Golden Book register of the ten-year archive (issue 6): PDF export and search.

Targets: the whole register (5,000 entries) as PDF in under 10 s; a search under 50 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.documents.register_pdf import render_register
from planner.services import Services
from planner.services.archive import build_archive
from planner.services.golden_book import RegisterQuery

QUERIES = ["muller", "MÜLLER", "istanbul", "王小明", "Ђорђе", "netanya", "jubiläum 2019",
           "dorde", "mensah", "zzz-not-there"]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(str(Path(folder) / "archive.sqlite"))
        build_archive(services.ctx)
        started = time.perf_counter()
        lines = services.golden_book.register(RegisterQuery(include_planned=False))
        queried = time.perf_counter()
        result = render_register(lines, "Eintragungen in das Goldene Buch", "de")
        rendered = time.perf_counter()
        timings = []
        for query in QUERIES * 3:
            began = time.perf_counter()
            found = services.golden_book.register(RegisterQuery(text=query))
            timings.append((time.perf_counter() - began) * 1000)
        yearly = time.perf_counter()
        services.golden_book.register(RegisterQuery(year=2020))
        year_ms = (time.perf_counter() - yearly) * 1000
        services.close()
    total = rendered - started
    print(f"register: {len(lines):,} entries, {len(result.pdf) / 1e6:.1f} MB PDF")
    print(f"  load entries {queried - started:5.2f} s, render {rendered - queried:5.2f} s, "
          f"total {total:5.2f} s (target < 10 s: {'OK' if total < 10 else 'MISSED'})")
    print(f"search over the register ({len(QUERIES) * 3} queries): median "
          f"{statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms "
          f"(target < 50 ms: {'OK' if max(timings) < 50 else 'MISSED'}); last hit count "
          f"{len(found)}")
    print(f"filter by year: {year_ms:.1f} ms")


if __name__ == "__main__":
    main()
