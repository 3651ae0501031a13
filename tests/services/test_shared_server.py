"""Several officers on one PostgreSQL server: conflicts, live refresh, a server that goes away."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from sqlalchemy import select

from planner.domain.errors import ConflictError
from planner.domain.records import Delegation, Member
from planner.services import Changes, Services
from planner.store.models import AuditRow
from planner.store.notify import wait_until
from tests.pg_cluster import Cluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_officers(pg_cluster: Cluster):  # type: ignore[no-untyped-def]
    url = pg_cluster.create_database()
    first, second = Services.open(url, user="albers"), Services.open(url, user="wirth")
    yield first, second
    first.close()
    second.close()


def test_second_save_of_the_same_delegation_gets_the_conflict(two_officers) -> None:  # type: ignore[no-untyped-def]
    albers, wirth = two_officers
    created = albers.delegations.save(Delegation(title={"de": "Netanya"}, occasion="DORTBUNT!"))
    mine = albers.delegations.get(created.id)
    theirs = wirth.delegations.get(created.id)
    albers.delegations.save(replace(mine, occasion="DORTBUNT! 2026"))
    with pytest.raises(ConflictError) as conflict:
        wirth.delegations.save(replace(theirs, notes_internal="Wirth's note"))
    assert conflict.value.expected == 1 and conflict.value.actual == 2
    stored = wirth.delegations.get(created.id)
    assert stored.occasion == "DORTBUNT! 2026" and stored.notes_internal == ""
    # Deliberate overwrite after seeing both versions: save again on the stored version.
    wirth.delegations.save(replace(stored, notes_internal="Wirth's note"))
    assert albers.delegations.get(created.id).notes_internal == "Wirth's note"


def test_audit_names_database_and_os_user(two_officers) -> None:  # type: ignore[no-untyped-def]
    albers, _ = two_officers
    albers.delegations.save(Delegation(title={"de": "Xi'an"}))
    with albers.ctx.read() as session:
        row = session.scalars(select(AuditRow).where(AuditRow.entity == "delegation")).one()
    assert (row.os_user, row.db_user, row.action) == ("albers", "postgres", "insert")


def test_another_officers_save_arrives_within_a_second(two_officers) -> None:  # type: ignore[no-untyped-def]
    albers, wirth = two_officers
    heard: list[Changes] = []
    wirth.ctx.subscribe(heard.append)
    assert wirth.ctx.start_change_feed()
    assert wirth.ctx.change_feed is not None and wirth.ctx.change_feed.listening.wait(5)
    saved_at = time.monotonic()
    d = albers.delegations.save(Delegation(title={"de": "Novi Sad"}))
    assert wait_until(lambda: any(c.delegations for c in heard), timeout=1.0)
    assert time.monotonic() - saved_at < 1.0
    albers.members.save(Member(delegation_id=d.id, name="Ђорђе Јовановић"))
    assert wait_until(lambda: any(c.members for c in heard), timeout=1.0)
    heard.clear()
    wirth.delegations.save(Delegation(title={"de": "Own save"}))
    assert len(heard) == 1  # own commits are delivered once, not echoed back by the feed


def test_server_restart_mid_session_loses_nothing(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database()
    officer = Services.open(url)
    states: list[bool] = []
    officer.ctx.start_change_feed(states.append)
    assert officer.ctx.change_feed is not None and officer.ctx.change_feed.listening.wait(5)
    kept = officer.delegations.save(Delegation(title={"de": "Before the outage"}))
    pg_cluster.stop()
    try:
        with pytest.raises(Exception):  # noqa: B017 - any storage error; nothing may be written
            officer.delegations.save(Delegation(title={"de": "During the outage"}))
        assert wait_until(lambda: states[-1:] == [False], timeout=5)
    finally:
        pg_cluster.start_server()
    assert wait_until(lambda: states[-1:] == [True], timeout=10)
    officer.delegations.save(Delegation(title={"de": "After the outage"}))
    titles = [r.title for r in officer.delegations.list()]
    assert sorted(titles) == ["After the outage", "Before the outage"]
    assert officer.delegations.get(kept.id).title == {"de": "Before the outage"}
    officer.close()
