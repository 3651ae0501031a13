"""The annual report on the ten-year archive (issue 22): `planner export report --year Y` as PDF
and as XLSX, wall time of the whole command (median of 5, one run). Target: under 2 s.

Run: python benchmarks/bench_report.py [--archive PATH]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def wall(argv: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", help="a ten-year archive (built when not given)")
    args = parser.parse_args()
    planner = [sys.executable, "-m", "planner.cli"]
    with tempfile.TemporaryDirectory() as folder:
        archive = args.archive or str(Path(folder) / "archive.sqlite")
        if args.archive is None:
            subprocess.run([*planner, "--db", archive, "demo", "--scale", "10y"], check=True,
                           stdout=subprocess.DEVNULL)
        year = "2024"
        bare = wall([sys.executable, "-c", "pass"])
        pdf = wall([*planner, "--db", archive, "export", "report", "--year", year, "-o",
                    str(Path(folder) / "report.pdf")])
        xlsx = wall([*planner, "--db", archive, "export", "report", "--year", year, "-o",
                     str(Path(folder) / "report.xlsx")])
        pages = subprocess.run(["pdfinfo", str(Path(folder) / "report.pdf")],
                               capture_output=True, text=True).stdout
    count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages")),
                 "?")
    print(f"python -c pass                 {bare:5.2f} s")
    for name, value in ((f"report {year} as PDF ({count} pages)", pdf),
                        (f"report {year} as XLSX", xlsx)):
        print(f"{name:<30} {value:5.2f} s  (target < 2 s: {'OK' if value < 2 else 'MISSED'})")


if __name__ == "__main__":
    main()
