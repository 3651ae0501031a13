"""Eight officers — eight separate OS processes — working on one database at once (issue 14).

Each process edits programme items, delegations and members, plans and signs Golden Book
entries, reads lists, and imports delegation files that share venues, people and partner cities
with everybody else's imports. It writes every acknowledged save to its own log file; at the
end the database is checked against those logs (lost updates), the register against gaps, and
the catalogue against doubles. Prints saves/s, p50/p95/p99 save latency and the error counts.

    python benchmarks/bench_officers.py                       # 8 processes, PostgreSQL, 60 s
    python benchmarks/bench_officers.py --backend sqlite --officers 4

PostgreSQL runs in a throwaway cluster on 127.0.0.1 that the script starts and removes.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.domain.enums import ItemKind
from planner.domain.errors import ConflictError
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import (
    Delegation,
    GoldenBook,
    GoldenBookEntry,
    Member,
    ProgrammeItem,
    Signer,
)
from planner.resources import resource
from planner.services import Services

DEMO = resource("demo")
IMPORT_FILES = sorted(p.name for p in DEMO.glob("*.json") if p.name != "office.json")


def seed(url: str) -> dict[str, Any]:
    services = Services.open(url)
    book = services.golden_book.save_book(GoldenBook(number=1))
    delegations, items = [], []
    start = datetime(2026, 5, 8, 9, 0, tzinfo=OFFICE_ZONE)
    for d in range(8):
        delegation = services.delegations.save(Delegation(title={"de": f"Delegation {d}"},
                                                          occasion="DORTBUNT! 2026"))
        delegations.append(delegation.id)
        for m in range(5):
            services.members.save(Member(delegation_id=delegation.id, name=f"Guest {d}.{m}",
                                         rank=m + 1))
        for i in range(6):
            items.append(services.programme.save(ProgrammeItem(
                delegation_ids=(delegation.id,), kind=ItemKind.MEETING, title={"de": f"T{i}"},
                start=start + timedelta(hours=3 * i), end=start + timedelta(hours=3 * i + 1))).id)
    services.close()
    return {"delegations": delegations, "items": items, "book_id": book.id}


def _import_doc(name: str, officer: int, sequence: int) -> dict[str, Any]:
    """A demo file as a new visit: its own title and occasion, everybody else's venues."""
    doc = json.loads((DEMO / name).read_text(encoding="utf-8"))
    doc["delegation"]["title"] = {lang: f"{text} ({officer}.{sequence})"
                                  for lang, text in doc["delegation"]["title"].items()}
    doc["delegation"]["occasion"] = f"Benchmark {officer}.{sequence}"
    return doc


def officer(number: int, url: str, seeded: dict[str, Any], seconds: float, log_dir: str,
            start: Any) -> None:
    """One officer's desk: its own interpreter, connection and log of acknowledged saves."""
    services = Services.open(url, user=f"officer{number}")
    rng = random.Random(number)
    log = open(Path(log_dir) / f"officer{number}.jsonl", "w", encoding="utf-8")  # noqa: SIM115
    stats: dict[str, Any] = {"latencies": [], "import_latencies": [], "by_kind": {},
                             "conflicts": 0,
                             "errors": [], "reads": 0, "imports": 0}
    cached: dict[int, ProgrammeItem] = {}
    start.wait(60)
    until = time.monotonic() + seconds
    sequence = 0
    while time.monotonic() < until:
        roll = rng.random()
        began = time.perf_counter()
        kind = "save"
        try:
            if roll < 0.45:
                item_id = rng.choice(seeded["items"])
                # Reuse what this officer saw earlier: edits race like real ones do.
                item = cached.get(item_id) if rng.random() < 0.5 else None
                item = item or services.programme.get(item_id)
                saved = services.programme.save(replace(
                    item, dress_code=f"o{number} {rng.randrange(10**6)}"))
                cached[item_id] = saved
                entry = ["item", saved.id, saved.version, saved.dress_code]
            elif roll < 0.65:
                d = services.delegations.get(rng.choice(seeded["delegations"]))
                saved_d = services.delegations.save(replace(
                    d, notes_internal=f"o{number} {rng.randrange(10**6)}"))
                entry = ["delegation", saved_d.id, saved_d.version, saved_d.notes_internal]
            elif roll < 0.75:
                member = services.members.save(Member(
                    delegation_id=rng.choice(seeded["delegations"]),
                    name=f"New guest of officer {number}", rank=9))
                entry = ["member", member.id, member.version, member.name]
            elif roll < 0.83:
                # Planning and signing are two saves, as in the window: each is timed alone.
                planned = services.golden_book.save(GoldenBookEntry(
                    book_id=seeded["book_id"], signers=(Signer(name=f"Officer {number}"),)))
                stats["by_kind"].setdefault("entry", []).append(time.perf_counter() - began)
                stats["latencies"].append(time.perf_counter() - began)
                began = time.perf_counter()
                signed = services.golden_book.sign(planned.id, date(2026, 5, 9))
                entry = ["entry", signed.id, signed.version, signed.number]
            elif roll < 0.88:
                kind = "import"
                sequence += 1
                new_id = services.exchange.import_document(
                    _import_doc(rng.choice(IMPORT_FILES), number, sequence))
                entry = ["import", new_id, 0, f"Benchmark {number}.{sequence}"]
            else:
                kind = "read"
                services.delegations.list()
                services.golden_book.register()
                entry = []
        except ConflictError:
            stats["conflicts"] += 1  # a stale save refused: the compare-and-choose dialog
            continue
        except Exception as exc:  # anything else is an error an officer would see
            stats["errors"].append(f"{type(exc).__name__}: {exc}"[:300])
            traceback.print_exc(limit=2)
            continue
        elapsed = time.perf_counter() - began
        if kind == "read":
            stats["reads"] += 1
            continue
        if kind == "import":
            stats["imports"] += 1
            stats["import_latencies"].append(elapsed)
        else:
            stats["latencies"].append(elapsed)
        stats["by_kind"].setdefault(entry[0], []).append(elapsed)
        log.write(json.dumps(entry) + "\n")
    log.close()
    services.close()
    (Path(log_dir) / f"officer{number}.stats.json").write_text(json.dumps(stats))


def verify(url: str, log_dir: Path) -> tuple[int, int, list[str]]:
    """Lost updates against the logs, Golden Book gaps, catalogue doubles."""
    last: dict[tuple[str, int], tuple[int, object]] = {}
    imports: list[tuple[int, str]] = []
    for path in sorted(log_dir.glob("officer*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            kind, record_id, version, value = json.loads(line)
            if kind == "import":
                imports.append((record_id, value))
                continue
            key = (kind, record_id)
            if key not in last or last[key][0] < version:
                last[key] = (version, value)
    services = Services.open(url)
    lost: list[str] = []
    for (kind, record_id), (version, value) in last.items():
        if kind == "item":
            s = services.programme.get(record_id)
            actual: tuple[int | None, object] = (s.version, s.dress_code)
        elif kind == "delegation":
            sd = services.delegations.get(record_id)
            actual = (sd.version, sd.notes_internal)
        elif kind == "member":
            sm = services.members.get(record_id)
            actual = (sm.version, sm.name)
        else:
            se = services.golden_book.get(record_id)
            actual = (se.version, se.number)
        if actual != (version, value):
            lost.append(f"{kind} {record_id}: log says {(version, value)}, stored {actual}")
    for record_id, occasion in imports:
        if services.delegations.get(record_id).occasion != occasion:
            lost.append(f"import {record_id}: {occasion} not stored")
    numbers = sorted(line.number for line in services.golden_book.register()
                     if line.number is not None)
    gaps = len(set(range(1, (numbers[-1] if numbers else 0) + 1)) - set(numbers))
    doubles = len(numbers) - len(set(numbers))
    notes = [f"{doubles} Golden Book numbers given twice"] if doubles else []
    for catalogue in (services.venues, services.people, services.partners):
        names = Counter(r.name.lower() for r in catalogue.list())
        notes += [f"{catalogue.entity} '{n}' stored {c} times" for n, c in names.items() if c > 1]
    services.close()
    return len(lost), gaps, lost[:10] + notes


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))] if ordered else float("nan")


def run(url: str, backend: str, officers: int, seconds: float) -> int:
    seeded = seed(url)
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder:
        start = context.Event()
        processes = [context.Process(target=officer,
                                     args=(n, url, seeded, seconds, folder, start))
                     for n in range(officers)]
        for process in processes:
            process.start()
        time.sleep(3)  # every interpreter has imported the planner and opened its connection
        began = time.monotonic()
        start.set()
        for process in processes:
            process.join()
        elapsed = time.monotonic() - began
        stats = [json.loads(p.read_text()) for p in Path(folder).glob("*.stats.json")]
        crashed = officers - len(stats)
        lost, gaps, notes = verify(url, Path(folder))
    latencies = [t for s in stats for t in s["latencies"]]
    imports = [t for s in stats for t in s["import_latencies"]]
    errors = [e for s in stats for e in s["errors"]]
    saves = len(latencies) + len(imports)
    print(f"{officers} officer processes, {elapsed:.1f} s against one {backend} database")
    print(f"acknowledged saves:          {saves:,} ({saves / elapsed:,.1f} per second), "
          f"of them {len(imports)} JSON imports sharing venues, people and partner cities")
    print(f"reads:                       {sum(s['reads'] for s in stats):,}")
    print(f"save latency p50/p95/p99:    {percentile(latencies, .5) * 1000:.1f} / "
          f"{percentile(latencies, .95) * 1000:.1f} / {percentile(latencies, .99) * 1000:.1f} ms")
    print(f"import latency p50/p99:      {percentile(imports, .5) * 1000:.1f} / "
          f"{percentile(imports, .99) * 1000:.1f} ms")
    for kind in ("item", "delegation", "member", "entry"):
        values = [t for s in stats for t in s["by_kind"].get(kind, [])]
        print(f"  {kind + ' saves':<18} p50/p99: {percentile(values, .5) * 1000:6.1f} / "
              f"{percentile(values, .99) * 1000:6.1f} ms  ({len(values):,})")
    print(f"stale saves refused:         {sum(s['conflicts'] for s in stats):,} "
          f"(compare-and-choose; nothing overwritten)")
    print(f"errors shown to a user:      {len(errors) + crashed}")
    print(f"lost updates:                {lost}")
    print(f"Golden Book number gaps:     {gaps}")
    for line in [*Counter(errors).most_common(5), *notes]:
        print(f"  {line}")
    return 1 if errors or crashed or lost or gaps or notes else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--officers", type=int, default=8)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    args = parser.parse_args()
    if args.backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            sys.exit(run(str(Path(folder) / "office.sqlite"), "SQLite", args.officers,
                         args.seconds))
    from tests.pg_cluster import running_cluster

    with running_cluster() as cluster:
        code = run(cluster.create_database(), "PostgreSQL 15", args.officers, args.seconds)
    sys.exit(code)


if __name__ == "__main__":
    main()
