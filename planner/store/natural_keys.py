"""Find-or-create by natural key, safe when several officers create the same record at once.

Catalogue records (partner cities, venues, people, vehicles, the first Golden Book volume, an
imported delegation) are matched by a natural key — a name, scoped by country or kind — and
created when missing. Select-then-insert races on a shared server: two transactions both see
nothing and both insert. So every find-or-create first takes a lock on the key:

- PostgreSQL: a transaction-scoped advisory lock on a 64-bit hash of the key. The second
  transaction waits until the first commits; under READ COMMITTED its following SELECT then
  sees the row the first one made. People have no unique constraint (two staff members may
  share a name), so a lock on the key — not ON CONFLICT — is the one mechanism that fits all.
- SQLite: writers are already serialised by BEGIN IMMEDIATE, so the lock is a no-op.

A transaction that needs several keys takes them in one sorted batch (`lock_keys`) before its
first insert, so two imports sharing venues never wait on each other in a cycle (deadlock);
`missing_keys` leaves out the ones whose rows already exist, which need no lock.
If a writer that took no lock (an officer's catalogue save) inserts the same name between our
SELECT and INSERT, the unique constraint refuses our insert inside a savepoint, and the row is
looked up again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.domain.text import fold

RowT = TypeVar("RowT")
NaturalKey = tuple[str, ...]


def natural_key(kind: str, *parts: object) -> NaturalKey:
    """A key at least as coarse as the lookup's own match (folding is stricter than SQL's
    lower()), so two spellings the lookup treats as one record always share a lock."""
    return (kind, *(" ".join(fold(str(p)).split()) if p is not None else "" for p in parts))


def _lock_id(key: NaturalKey) -> int:
    digest = hashlib.blake2b("\x1f".join(key).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # pg advisory locks take a signed bigint


def lock_keys(session: Session, keys: Iterable[NaturalKey]) -> None:
    """Hold each key until the transaction ends; a batch is taken in one global order."""
    if session.get_bind().dialect.name != "postgresql":
        return
    # Taking a lock this transaction already holds again is harmless (it only stacks).
    for lock_id in sorted({_lock_id(k) for k in keys}):
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})


def find_or_create(session: Session, row_type: type[RowT], key: NaturalKey,
                   where: Iterable[ColumnElement[bool]], make: Callable[[], RowT]) -> RowT:
    """The row matching `where`, created with `make()` if there is none; one row per key."""
    conditions = list(where)
    query: Any = select(row_type).where(*conditions).order_by(row_type.id)  # type: ignore[attr-defined]
    # Double-checked: a committed row needs no lock (catalogue rows are never deleted while
    # referenced), so imports that share existing venues run side by side.
    row = session.scalars(query).first()
    if row is not None:
        return row
    lock_keys(session, [key])
    row = session.scalars(query).first()
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = make()
            session.add(row)
            session.flush()
    except IntegrityError:
        # A writer that took no lock made the same record between our SELECT and INSERT.
        row = session.scalars(query).first()
        if row is None:
            raise
    return row


def missing_keys(session: Session, wanted: Iterable[tuple[NaturalKey, Any, list[Any]]]
                 ) -> list[NaturalKey]:
    """The keys among (key, row type, where) whose record does not exist yet."""
    missing = []
    for key, row_type, where in wanted:
        if session.scalar(select(row_type.id).where(*where).limit(1)) is None:
            missing.append(key)
    return missing
