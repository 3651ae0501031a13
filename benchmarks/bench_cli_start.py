"""How fast a command starts (issue 23): `planner --version` and `--help` against a bare
interpreter, `planner list delegations --json` on the ten-year archive against the floor of
any command that reads the database, `import sqlalchemy.orm` itself, and `planner check` over
the whole archive with the parts of its time that no reading code can avoid: the import, the
bare fetch of the rows the engine needs (the same statements replayed, nothing built from
them), the engine's full check, and sorting and wording the conflicts (building the engine's
index from the rows is counted with the build, not in this floor).

Run: python benchmarks/bench_cli_start.py [--archive PATH]   (medians of 9 runs, one run)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9


def wall(*argv: str, runs: int = RUNS, ok: tuple[int, ...] = (0,)) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
        if done.returncode not in ok:  # `planner check` exits 1 when it finds errors
            raise SystemExit(f"{' '.join(argv)} ended with exit code {done.returncode}")
    return statistics.median(times)


# Run in a child: the phases of `planner check` over the whole archive, in one process.
_CHECK_PHASES = """
import gc, json, sys, time
started = time.perf_counter()
import argparse
from sqlalchemy import event
from planner.cli.common import open_services
from planner.domain.scheduling import cyclic_gc_paused, sort_conflicts
from planner.services.conflicts import _build
imported = time.perf_counter() - started
services = open_services(argparse.Namespace(db=sys.argv[1]))
statements = []
with services.ctx.read() as session, cyclic_gc_paused():
    connection = session.connection()
    def keep(conn, clause, multiparams, params, options):
        if "setting" not in str(clause):  # two one-row look-ups, bound by key
            statements.append(clause)
    event.listen(connection, "before_execute", keep)
    t = time.perf_counter(); schedule = _build(session, None, None, "de")
    build = time.perf_counter() - t
    event.remove(connection, "before_execute", keep)
    t = time.perf_counter()
    rows = sum(len(connection.execute(statement).all()) for statement in statements)
    fetch = time.perf_counter() - t
    t = time.perf_counter(); _build(session, None, None, "de").check_all()
    build_and_check = time.perf_counter() - t
    t = time.perf_counter(); found = schedule.check_all(); check = time.perf_counter() - t
    t = time.perf_counter(); [c.message("de") for c in sort_conflicts(found)]
    words = time.perf_counter() - t
print(json.dumps({"import": imported, "fetch": fetch, "rows": rows, "build": build,
                  "engine": build_and_check - build, "words": words, "conflicts": len(found)}))
"""


def check_phases(python: str, archive: str) -> dict[str, float]:
    done = subprocess.run([python, "-c", _CHECK_PHASES, archive], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


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
        check = wall(*planner, "--db", archive, "check", "--from", "2015-01-01", "--to",
                     "2027-12-31", runs=5, ok=(0, 1))
        phases = check_phases(python, archive)
    print(f"python -c pass                       {bare * 1000:6.0f} ms")
    for name, value in (("planner --version", version), ("planner --help", helps)):
        verdict = "OK" if value <= 0.15 else "MISSED"
        print(f"{name:<36} {value * 1000:6.0f} ms  {value / bare:4.1f}× bare "
              f"(target ≤ 150 ms: {verdict})")
    print(f"import sqlalchemy.orm (floor)        {sqlalchemy * 1000:6.0f} ms")
    verdict = "OK" if listing <= 0.3 else "MISSED"
    print(f"list delegations --json (archive)    {listing * 1000:6.0f} ms  "
          f"{listing / sqlalchemy:4.1f}× the SQLAlchemy import (target ≤ 300 ms: {verdict})")
    verdict = "OK" if check <= 1.0 else "MISSED"
    print(f"planner check, whole archive         {check * 1000:6.0f} ms  "
          f"(target ≤ 1000 ms: {verdict}); {phases['conflicts']:,.0f} conflicts")
    floor = phases["import"] + phases["fetch"] + phases["engine"] + phases["words"]
    print(f"  of which unavoidable: import {phases['import'] * 1000:.0f} ms, fetching "
          f"{phases['rows']:,.0f} rows {phases['fetch'] * 1000:.0f} ms, the engine's full check "
          f"{phases['engine'] * 1000:.0f} ms, sorting and wording "
          f"{phases['words'] * 1000:.0f} ms = {floor * 1000:.0f} ms; building the engine's "
          f"input and index {phases['build'] * 1000:.0f} ms (its fetch included)")


if __name__ == "__main__":
    main()
