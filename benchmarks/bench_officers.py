"""Eight officers editing one PostgreSQL server at once for 60 s (issue 8).

Prints throughput, the 99th-percentile save latency and the conflicts detected, and checks that
the final database matches the log of acknowledged saves exactly. Starts and removes its own
PostgreSQL cluster on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

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
from planner.services import Services
from tests.pg_cluster import running_cluster


def seed(url: str) -> tuple[list[int], list[int], int]:
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
    return delegations, items, book.id


class Officer(threading.Thread):
    def __init__(self, number: int, url: str, delegations: list[int], items: list[int],
                 book_id: int, until: float) -> None:
        super().__init__(name=f"officer-{number}")
        self.services = Services.open(url, user=f"officer{number}")
        self.rng = random.Random(number)
        self.delegations, self.items, self.book_id, self.until = delegations, items, book_id, until
        self.latencies: list[float] = []
        self.conflicts = 0
        self.acknowledged: list[tuple[str, int, int, object]] = []  # kind, id, version, value

    def run(self) -> None:
        cached = {}
        while time.monotonic() < self.until:
            roll = self.rng.random()
            began = time.perf_counter()
            try:
                if roll < 0.55:
                    item_id = self.rng.choice(self.items)
                    # Reuse what this officer saw earlier: edits race like real ones do.
                    item = cached.get(item_id) if self.rng.random() < 0.5 else None
                    item = item or self.services.programme.get(item_id)
                    saved = self.services.programme.save(replace(
                        item, dress_code=f"{self.name} {self.rng.randrange(10**6)}"))
                    cached[item_id] = saved
                    self.acknowledged.append(("item", saved.id, saved.version, saved.dress_code))
                elif roll < 0.8:
                    delegation_id = self.rng.choice(self.delegations)
                    d = self.services.delegations.get(delegation_id)
                    saved = self.services.delegations.save(replace(
                        d, notes_internal=f"{self.name} {self.rng.randrange(10**6)}"))
                    self.acknowledged.append(("delegation", saved.id, saved.version,
                                              saved.notes_internal))
                elif roll < 0.92:
                    member = self.services.members.save(Member(
                        delegation_id=self.rng.choice(self.delegations),
                        name=f"New guest of {self.name}", rank=9))
                    self.acknowledged.append(("member", member.id, member.version, member.name))
                else:
                    entry = self.services.golden_book.save(GoldenBookEntry(
                        book_id=self.book_id, signers=(Signer(name=self.name),)))
                    signed = self.services.golden_book.sign(entry.id, date(2026, 5, 9))
                    self.acknowledged.append(("entry", signed.id, signed.version, signed.number))
            except ConflictError:
                self.conflicts += 1
                continue
            self.latencies.append(time.perf_counter() - began)
        self.services.close()


def verify(url: str, officers: list[Officer]) -> list[str]:
    last: dict[tuple[str, int], tuple[int, object]] = {}
    for officer in officers:
        for kind, record_id, version, value in officer.acknowledged:
            key = (kind, record_id)
            if key not in last or last[key][0] < version:
                last[key] = (version, value)
    services = Services.open(url)
    problems = []
    numbers = sorted(line.number for line in services.golden_book.register())
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append("Golden Book numbers are not unique and gap-free")
    for (kind, record_id), (version, value) in last.items():
        if kind == "item":
            stored = services.programme.get(record_id)
            actual = (stored.version, stored.dress_code)
        elif kind == "delegation":
            stored_d = services.delegations.get(record_id)
            actual = (stored_d.version, stored_d.notes_internal)
        elif kind == "member":
            stored_m = services.members.get(record_id)
            actual = (stored_m.version, stored_m.name)
        else:
            stored_e = services.golden_book.get(record_id)
            actual = (stored_e.version, stored_e.number)
        if actual != (version, value):
            problems.append(f"{kind} {record_id}: log says {(version, value)}, stored {actual}")
    services.close()
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--officers", type=int, default=8)
    args = parser.parse_args()
    with running_cluster() as cluster:
        url = cluster.create_database()
        delegations, items, book_id = seed(url)
        officers = [Officer(n, url, delegations, items, book_id, 0.0)
                    for n in range(args.officers)]
        started = time.monotonic()
        for officer in officers:
            officer.until = started + args.seconds
        for officer in officers:
            officer.start()
        for officer in officers:
            officer.join()
        elapsed = time.monotonic() - started
        latencies = sorted(t for o in officers for t in o.latencies)
        problems = verify(url, officers)
    saves = len(latencies)
    p99 = latencies[int(0.99 * (saves - 1))] if saves else float("nan")
    print(f"{args.officers} officers, {elapsed:.1f} s against one PostgreSQL 15 server")
    print(f"acknowledged saves:        {saves:,}  ({saves / elapsed:,.1f} per second)")
    print(f"save latency median / p99: {statistics.median(latencies) * 1000:.1f} ms / "
          f"{p99 * 1000:.1f} ms")
    print(f"conflicts detected:        {sum(o.conflicts for o in officers):,} "
          f"(stale saves refused, nothing overwritten)")
    print(f"final database matches the log of acknowledged saves: "
          f"{'YES' if not problems else 'NO'}")
    for problem in problems[:20]:
        print(f"  {problem}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
