"""SIGKILL a busy writer many times in a row; after each kill the database must be whole.

    python benchmarks/kill_test.py --kills 200 [--max-delay 0.6] [--seed 1]

The workload and the checks are those of tests/services/test_crash_safety.py (imports in the
exchange format, bulk edits of a programme, member saves, Golden Book signings); the test runs
ten kills, this script as many as asked and prints what was committed between them.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.services.test_crash_safety import kill_once, prepare, verify


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=0.6,
                        help="longest time a writer runs before it is killed (seconds)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "planner.sqlite"
        prepare(path)
        started = time.perf_counter()
        committed: Counter[str] = Counter()
        for kill in range(1, args.kills + 1):
            kill_once(path, kill, rng, args.max_delay)
            found = verify(path)
            if found.problems:
                print(f"FAILED after kill {kill}: {found.problems}")
                return 1
            committed = found.committed
            if kill % 20 == 0:
                print(f"  {kill} kills, {sum(committed.values())} transactions so far")
        elapsed = time.perf_counter() - started
        size = path.stat().st_size
    print(f"{args.kills} SIGKILLs in {elapsed:.1f} s: after every one the database opened, "
          f"passed integrity_check and held only whole transactions")
    print("committed: " + ", ".join(f"{v} {k}" for k, v in sorted(committed.items()))
          + f"; database {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
