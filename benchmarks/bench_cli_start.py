"""How fast a command starts (issue 23): `planner --version` and `--help` against a bare
interpreter, and `planner list delegations --json` on the ten-year archive against the floor of
any command that reads the database, `import sqlalchemy` itself.

Run: python benchmarks/bench_cli_start.py [--archive PATH]   (medians of 9 runs, one run)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9


def wall(*argv: str) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", help="a ten-year archive (built into a temporary file "
                        "when not given)")
    args = parser.parse_args()
    python = sys.executable
    planner = [python, "-m", "planner.cli"]
    with tempfile.TemporaryDirectory() as folder:
        archive = args.archive
        if archive is None:
            archive = str(Path(folder) / "archive.sqlite")
            subprocess.run([*planner, "--db", archive, "demo", "--scale", "10y"], check=True,
                           stdout=subprocess.DEVNULL)
        bare = wall(python, "-c", "pass")
        version = wall(*planner, "--version")
        helps = wall(*planner, "--help")
        sqlalchemy = wall(python, "-c", "import sqlalchemy.orm")
        listing = wall(*planner, "--db", archive, "list", "delegations", "--json")
    print(f"python -c pass                       {bare * 1000:6.0f} ms")
    for name, value in (("planner --version", version), ("planner --help", helps)):
        verdict = "OK" if value <= 0.15 else "MISSED"
        print(f"{name:<36} {value * 1000:6.0f} ms  {value / bare:4.1f}× bare "
              f"(target ≤ 150 ms: {verdict})")
    print(f"import sqlalchemy.orm (floor)        {sqlalchemy * 1000:6.0f} ms")
    verdict = "OK" if listing <= 0.3 else "MISSED"
    print(f"list delegations --json (archive)    {listing * 1000:6.0f} ms  "
          f"{listing / sqlalchemy:4.1f}× the SQLAlchemy import (target ≤ 300 ms: {verdict})")


if __name__ == "__main__":
    main()
