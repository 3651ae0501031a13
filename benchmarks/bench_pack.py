"""The visit pack (issue 17): `planner export pack` for every DORTBUNT! 2026 delegation in one
command, wall time of the whole command (median of 5 after one warm-up run that fills the
hyphenation cache, as any second use does). Target: under 3 s in total.

Run: python benchmarks/bench_pack.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_report import wall  # the same median-of-5 wall clock as the report's benchmark


def main() -> None:
    planner = [sys.executable, "-m", "planner.cli"]
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.sqlite")
        subprocess.run([*planner, "--db", db, "demo"], check=True, stdout=subprocess.DEVNULL)
        listed = json.loads(subprocess.run([*planner, "--db", db, "list", "delegations",
                                            "--json"], check=True, capture_output=True,
                                           text=True).stdout)
        festival = [str(d["id"]) for d in listed if "DORTBUNT" in (d.get("occasion") or "")]
        command = [*planner, "--db", db, "export", "pack", *festival, "-o",
                   str(Path(folder) / "pack")]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        bare = wall([sys.executable, "-c", "pass"])
        pack = wall(command)
        files = sum(1 for p in (Path(folder) / "pack").rglob("*") if p.is_file())
    print(f"python -c pass                         {bare:5.2f} s")
    print(f"pack of {len(festival)} DORTBUNT! delegations ({files} files) {pack:5.2f} s  "
          f"(target < 3 s: {'OK' if pack < 3 else 'MISSED'})")


if __name__ == "__main__":
    main()
