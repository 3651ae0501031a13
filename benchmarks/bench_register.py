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
        result = render_register(lines, "de")
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
    whole_process()


BARE = """
import sqlite3, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate
rows = sqlite3.connect(sys.argv[1]).execute(
    "select e.number, e.signed_on, group_concat(s.name, ', '), e.occasion, e.place "
    "from golden_book_entry e left join golden_book_signer s on s.entry_id = e.id "
    "where e.status = 'signed' group by e.id order by e.book_id, e.number").fetchall()
style = getSampleStyleSheet()["BodyText"]
data = [[str(n or ''), str(d or ''), Paragraph(names or '', style), Paragraph(o or '', style),
         Paragraph(p or '', style)] for n, d, names, o, p in rows]
SimpleDocTemplate(sys.argv[2], pagesize=A4).build([LongTable(data, repeatRows=0)])
"""


def whole_process() -> None:
    """Issue 23: `planner export goldenbook` on the ten-year archive against a bare ReportLab
    script that sets the same signed entries as a table, process start to PDF written."""
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = str(work / "archive.sqlite")
        subprocess.run([sys.executable, "-m", "planner.cli", "--db", db, "demo", "--scale",
                        "10y"], check=True, capture_output=True)

        def timed(*argv: str) -> float:
            runs = []
            for _ in range(3):
                began = time.perf_counter()
                subprocess.run(argv, check=True, capture_output=True)
                runs.append(time.perf_counter() - began)
            return min(runs)

        bare = timed(sys.executable, "-c", BARE, db, str(work / "bare.pdf"))
        planner = timed(sys.executable, "-m", "planner.cli", "--db", db, "export",
                        "goldenbook", "-o", str(work / "register.pdf"))
    print(f"whole process, best of 3: bare ReportLab table {bare:.2f} s, planner export "
          f"goldenbook {planner:.2f} s = {planner / bare:.2f}x (target <= 3: "
          f"{'OK' if planner <= 3 * bare else 'MISSED'})")


if __name__ == "__main__":
    main()
