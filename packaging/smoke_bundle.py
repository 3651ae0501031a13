"""Smoke test of the built standalone bundle, and its size and start time against pip installs.

    bash packaging/build-bundle.sh && python packaging/smoke_bundle.py

Runs the bundle as an office PC would — from an unrelated folder, with a database of its own:
`--version`, the demo into a temporary database, one guest itinerary, and the window
(offscreen), which must still be running after 8 s (a failed start ends it sooner). Then
prints the bundle's size and the median start time of `planner --version` for the bundle
and for the editable install (.venv), measured in one run. Not part of CI: building the
bundle takes minutes.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "delegation-planner"
PROGRAM = BUNDLE / ("planner.exe" if sys.platform == "win32" else "planner")
EDITABLE = ROOT / ".venv" / ("Scripts/planner.exe" if sys.platform == "win32" else "bin/planner")


def run(program: Path, *args: str, cwd: Path, env: dict[str, str],
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def start_time(program: Path, cwd: Path, env: dict[str, str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run(program, "--version", cwd=cwd, env=env)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink())


def main() -> int:
    if not PROGRAM.exists():
        print(f"no bundle at {BUNDLE}; build it with: bash packaging/build-bundle.sh")
        return 2
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        env = {**os.environ, "PLANNER_DB": str(here / "planner.sqlite"),
               "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(here / "data")}
        checks: list[tuple[str, list[str]]] = [
            ("version", ["--version"]),
            ("demo", ["demo"]),
            ("list", ["list", "delegations", "--json"]),
        ]
        for name, args in checks:
            result = run(PROGRAM, *args, cwd=here, env=env)
            print(f"{name:<10} exit {result.returncode}  {result.stdout.strip()[:70]!r}")
            if result.returncode != 0:
                failures.append(f"{name}: {result.stderr.strip()[-400:]}")
        if not failures:
            listing = json.loads(run(PROGRAM, "list", "delegations", "--json", cwd=here,
                                     env=env).stdout)
            first = str(listing[0]["id"])
            pdf = here / "itinerary.pdf"
            result = run(PROGRAM, "export", "itinerary", first, "-o", str(pdf), cwd=here,
                         env=env)
            ok = result.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
            print(f"itinerary  exit {result.returncode}  {pdf.stat().st_size if ok else 0:,} "
                  f"bytes")
            if not ok:
                failures.append(f"itinerary: {result.stderr.strip()[-400:]}")
        window = subprocess.Popen([str(PROGRAM)], cwd=here, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        time.sleep(8)  # a window that crashes at start has ended by now
        alive = window.poll() is None
        window.terminate()
        _, errors = window.communicate(timeout=30)
        print(f"window     {'running after 8 s' if alive else 'ended: ' + errors[-300:]}")
        if not alive:
            failures.append("window: ended at start")
        bundle_start = start_time(PROGRAM, here, env)
        editable_start = start_time(EDITABLE, here, env) if EDITABLE.exists() else float("nan")
    size = folder_size(BUNDLE)
    print(f"bundle size:           {size / 2**20:,.0f} MiB ({BUNDLE})")
    print(f"planner --version:     bundle {bundle_start * 1000:.0f} ms, editable install "
          f"{editable_start * 1000:.0f} ms (median of 5, one run)")
    for failure in failures:
        print(f"FAILED {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
