"""Crash safety: a writer killed with SIGKILL at random moments never leaves half a transaction.

Every transaction of the workload is checkable afterwards: it writes a known number of rows
tagged with its number and, where the service lets us add one, a marker row in the `setting`
table; after each kill, per tag the count is all or nothing and the marker agrees.
The long form of this test is `python benchmarks/kill_test.py --kills 200`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from planner.resources import resource
from planner.services import Services
from planner.services.exchange import Exchange
from planner.store.database import open_database
from planner.store.models import (
    GoldenBookEntryRow,
    GoldenBookRow,
    MemberRow,
    ProgrammeItemRow,
    SettingRow,
    SignerRow,
    item_delegation,
)

MEMBERS_PER_TXN = 5
SIGNERS_PER_ENTRY = 3
KINDS = ("import", "bulk_edit", "members", "golden_book")


def demo_document() -> dict[str, Any]:
    return json.loads((resource("demo") / "netanya-dortbunt-2026.json").read_text("utf-8"))


def prepare(path: Path) -> None:
    """The database the writers work on: one delegation to edit in bulk, one Golden Book."""
    services = Services.open(str(path))
    try:
        target = Exchange(services.ctx).import_document(demo_document())
        with services.ctx.write() as session:
            session.add(GoldenBookRow(number=9001, title="Kill test"))
            session.add(SettingRow(key="kill.target", value=target))
    finally:
        services.close()


def workload(path: Path, seed: int, ready: int) -> None:
    """Write forever (until killed): a random mix of whole transactions."""
    rng = random.Random(seed)
    services = Services.open(str(path))
    exchange = Exchange(services.ctx)
    document = demo_document()
    with services.ctx.read() as session:
        target = session.get(SettingRow, "kill.target").value  # type: ignore[union-attr]
        book = session.scalars(select(GoldenBookRow.id).where(GoldenBookRow.number == 9001)).one()
    os.write(ready, b"r")
    n = seed * 1_000_000
    while True:
        n += 1
        kind = rng.choice(KINDS)
        if kind == "import":
            document["delegation"]["title"] = {"de": f"kill-{n}"}
            exchange.import_document(document)
            continue
        with services.ctx.write() as session:
            if kind == "bulk_edit":
                for item in session.scalars(select(ProgrammeItemRow).join(item_delegation).where(
                        item_delegation.c.delegation_id == target)):
                    item.notes_internal = f"bulk-{n}"
                    item.dress_code = f"dc-{n}"
            elif kind == "members":
                for i in range(MEMBERS_PER_TXN):
                    session.add(MemberRow(delegation_id=target, name=f"m-{n}-{i}",
                                          rank=1000 + i, dietary="x" * rng.randint(0, 3000)))
            else:
                entry = GoldenBookEntryRow(book_id=book, occasion=f"kill-{n}",
                                           inscription="♥" * rng.randint(0, 2000))
                session.add(entry)
                session.flush()
                for position in range(SIGNERS_PER_ENTRY):
                    session.add(SignerRow(entry_id=entry.id, position=position,
                                          name=f"s-{n}-{position}"))
            session.add(SettingRow(key=f"txn-{n}", value={"kind": kind}))


@dataclass
class Findings:
    committed: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def verify(path: Path) -> Findings:
    """After a kill: the database opens, is intact, and every transaction is whole or absent."""
    found = Findings()
    open_database(str(path)).dispose()  # raises SchemaError if it cannot be used
    conn = sqlite3.connect(path)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            found.problems.append(f"integrity_check: {check[:3]}")
        markers = {key: json.loads(value)["kind"] for key, value in conn.execute(
            "SELECT key, value FROM setting WHERE key LIKE 'txn-%'")}
        found.committed.update(markers.values())
        expected = demo_document()["delegation"]
        for did, title in conn.execute("SELECT id, sort_title FROM delegation "
                                       "WHERE sort_title LIKE 'kill-%'"):
            members = conn.execute("SELECT count(*) FROM member WHERE delegation_id = ?",
                                   (did,)).fetchone()[0]
            items = conn.execute("SELECT count(*) FROM item_delegation WHERE delegation_id = ?",
                                 (did,)).fetchone()[0]
            if (members, items) != (len(expected["members"]), len(expected["program"])):
                found.problems.append(f"{title}: {members} members, {items} items")
            found.committed["import"] += 1
        # A JSON column has numeric affinity in SQLite: the number comes back as an integer.
        target = int(conn.execute(
            "SELECT value FROM setting WHERE key = 'kill.target'").fetchone()[0])
        notes = {r for r in conn.execute(
            "SELECT p.notes_internal, p.dress_code FROM programme_item p JOIN item_delegation d "
            "ON d.item_id = p.id WHERE d.delegation_id = ?", (target,))}
        if len(notes) != 1 or not _same_tag(*next(iter(notes))):
            found.problems.append(f"bulk edit half applied: {sorted(notes)[:3]}")
        elif next(iter(notes))[0].startswith("bulk-") and \
                f"txn-{next(iter(notes))[0][5:]}" not in markers:
            found.problems.append("bulk edit without its marker")
        per_tag: dict[str, int] = defaultdict(int)
        for (name,) in conn.execute("SELECT name FROM member WHERE name LIKE 'm-%'"):
            per_tag[name.split("-")[1]] += 1
        audited = conn.execute(
            "SELECT count(*) FROM audit_log WHERE entity = 'member' AND action = 'insert' AND "
            "entity_id IN (SELECT id FROM member WHERE name LIKE 'm-%')").fetchone()[0]
        if audited != sum(per_tag.values()):
            found.problems.append(f"{sum(per_tag.values())} members, {audited} audit rows")
        _whole(found, "members", per_tag, MEMBERS_PER_TXN, markers)
        per_entry: dict[str, int] = defaultdict(int)
        for occasion, signers in conn.execute(
                "SELECT e.occasion, count(s.id) FROM golden_book_entry e LEFT JOIN "
                "golden_book_signer s ON s.entry_id = e.id WHERE e.occasion LIKE 'kill-%' "
                "GROUP BY e.id"):
            per_entry[occasion.removeprefix("kill-")] += signers
        _whole(found, "golden_book", per_entry, SIGNERS_PER_ENTRY, markers)
    finally:
        conn.close()
    return found


def _same_tag(notes: str, dress_code: str) -> bool:
    return notes[5:] == dress_code[3:] if notes.startswith("bulk-") else True


def _whole(found: Findings, kind: str, per_tag: dict[str, int], size: int,
           markers: dict[str, str]) -> None:
    for tag, count in per_tag.items():
        if count != size:
            found.problems.append(f"{kind} transaction {tag}: {count} of {size} rows")
        if f"txn-{tag}" not in markers:
            found.problems.append(f"{kind} transaction {tag} without its marker")
    for key, marked in markers.items():
        if marked == kind and per_tag.get(key[4:], 0) != size:
            found.problems.append(f"marker {key} without its {kind} rows")


def kill_once(path: Path, seed: int, rng: random.Random, max_delay: float = 0.4) -> float:
    """Fork a writer, let it run a random while, SIGKILL it; returns how long it wrote."""
    read_end, write_end = os.pipe()
    log = path.with_name(f"writer-{seed}.log")
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test runner
        code = 0
        try:
            os.close(read_end)
            workload(path, seed, write_end)
        except BaseException:
            log.write_text(traceback.format_exc())
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        if os.read(read_end, 1) != b"r":
            os.waitpid(pid, 0)
            raise AssertionError(f"the writer died before it started: {_read(log)}")
    finally:
        os.close(read_end)
    delay = rng.uniform(0.0, max_delay)
    time.sleep(delay)
    exited, status = os.waitpid(pid, os.WNOHANG)
    if exited:
        raise AssertionError(f"the writer stopped on its own ({status}): {_read(log)}")
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return delay


def _read(log: Path) -> str:
    return log.read_text() if log.exists() else "(no log)"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_during_heavy_writes_leaves_whole_transactions(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite"
    prepare(path)
    rng = random.Random(7)
    started = time.monotonic()
    total: Counter[str] = Counter()
    for kill in range(1, 11):
        kill_once(path, kill, rng)
        found = verify(path)
        assert found.problems == [], f"after kill {kill}: {found.problems}"
        total = found.committed
    assert time.monotonic() - started < 30
    assert set(total) == set(KINDS), f"every kind of write was exercised: {total}"
    # The checker itself must be able to fail: take one row out of a committed transaction.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    removed = conn.execute("DELETE FROM member WHERE id = (SELECT max(id) FROM member "
                           "WHERE name LIKE 'm-%')").rowcount
    conn.execute("UPDATE programme_item SET notes_internal = 'half' WHERE id = "
                 "(SELECT min(item_id) FROM item_delegation WHERE delegation_id = "
                 "(SELECT value FROM setting WHERE key = 'kill.target'))")
    conn.commit()
    conn.close()
    problems = verify(path).problems
    assert any("bulk edit half applied" in p for p in problems)
    assert not removed or any("of 5 rows" in p for p in problems)
