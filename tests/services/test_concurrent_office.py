"""Several officers at once, for real: separate processes and connections, SQLite and PostgreSQL.

Each test here failed before find-or-create took a lock on the natural key (two imports both
inserted "Rathaus Dortmund") and before schema creation was serialised ("database is locked").
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.domain.errors import ValidationError
from planner.domain.records import Venue
from planner.resources import resource
from planner.services import Services
from planner.store.models import DelegationRow, HostPersonRow, PartnerCityRow, VenueRow
from planner.store.natural_keys import find_or_create, natural_key
from tests.pg_cluster import Cluster

DEMO_FILES = sorted(p.name for p in resource("demo").glob("*.json") if p.name != "office.json")


def _import_one(url: str, name: str, start: Any, results: Any) -> None:
    doc = json.loads((resource("demo") / name).read_text(encoding="utf-8"))
    try:
        services = Services.open(url, user=f"officer-{name}")
    except Exception as exc:  # the test reports it
        results.put((name, "error", f"{type(exc).__name__}: {exc}"))
        return
    start.wait(60)  # every process is connected before any imports: the imports overlap
    try:
        results.put((name, "ok", services.exchange.import_document(doc)))
    except Exception as exc:  # the test reports any refusal with its message
        results.put((name, "error", f"{type(exc).__name__}: {exc}"))
    finally:
        services.close()


def _run_processes(target: Callable[..., None], url: str, names: list[str]) -> list[Any]:
    context = multiprocessing.get_context("spawn")  # separate interpreters, as on six desks
    # Released only when every process waits at it, so the work truly overlaps.
    start, results = context.Barrier(len(names) + 1), context.Queue()
    processes = [context.Process(target=target, args=(url, n, start, results)) for n in names]
    for process in processes:
        process.start()
    start.wait(60)
    outcome = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(30)
    return outcome


def _count_by_name(services: Services, row_type: Any) -> dict[str, int]:
    with services.ctx.read() as session:
        return {name: n for name, n in session.execute(
            select(func.lower(row_type.name), func.count()).group_by(func.lower(row_type.name)))}


def _assert_imports_share_catalogue(url: str) -> None:
    Services.open(url).close()  # the schema exists; first starts are tested on their own
    outcome = _run_processes(_import_one, url, DEMO_FILES)
    errors = [o for o in outcome if o[1] != "ok"]
    assert errors == []
    services = Services.open(url)
    try:
        with services.ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(DelegationRow)) == len(
                DEMO_FILES)
        for row_type in (VenueRow, HostPersonRow, PartnerCityRow):
            doubles = {n: c for n, c in _count_by_name(services, row_type).items() if c > 1}
            assert doubles == {}, f"{row_type.__tablename__} stored twice: {doubles}"
        assert _count_by_name(services, VenueRow)["rathaus dortmund"] == 1
    finally:
        services.close()


@pytest.mark.postgres
def test_concurrent_imports_on_a_server_all_succeed_and_share_catalogue_rows(
        pg_cluster: Cluster) -> None:
    _assert_imports_share_catalogue(pg_cluster.create_database())


def test_concurrent_imports_into_one_sqlite_file_all_succeed(tmp_path: Path) -> None:
    url = str(tmp_path / "office.sqlite")
    _assert_imports_share_catalogue(url)


@pytest.mark.postgres
def test_two_connections_creating_one_venue_make_one_row(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database()
    first, second = Services.open(url, user="albers"), Services.open(url, user="wirth")
    key = natural_key("venue", "Zeche Zollern")
    created_by_first = threading.Event()
    ids: dict[str, int] = {}

    def create(services: Services, who: str, hold: float) -> None:
        with services.ctx.write() as session:
            row = find_or_create(session, VenueRow, key,
                                 [func.lower(VenueRow.name) == "zeche zollern"],
                                 lambda: VenueRow(name="Zeche Zollern"))
            ids[who] = row.id
            if who == "albers":
                created_by_first.set()
                time.sleep(hold)  # still uncommitted while the second officer looks it up

    try:
        albers = threading.Thread(target=create, args=(first, "albers", 0.5))
        albers.start()
        assert created_by_first.wait(10)
        began = time.monotonic()
        create(second, "wirth", 0)
        waited = time.monotonic() - began
        albers.join()
        assert ids["albers"] == ids["wirth"]
        assert waited > 0.2  # the second waited for the first to commit, then found its row
        assert _count_by_name(first, VenueRow) == {"zeche zollern": 1}
        # An officer typing the same name in the catalogue meanwhile gets a plain refusal.
        with pytest.raises(ValidationError, match="'zeche zollern' already exists"):
            second.venues.save(Venue(name="zeche zollern"))
    finally:
        first.close()
        second.close()


def _open_new_file(url: str, name: str, start: Any, results: Any) -> None:
    start.wait(60)
    try:
        services = Services.open(url, user=name)
        services.close()
        results.put((name, "ok", None))
    except Exception as exc:  # reported to the test, which shows it
        results.put((name, "error", f"{type(exc).__name__}: {exc}"))


def test_several_first_starts_on_a_new_sqlite_file_all_open_it(tmp_path: Path) -> None:
    url = str(tmp_path / "new" / "planner.sqlite")
    outcome = _run_processes(_open_new_file, url, [f"desk{n}" for n in range(8)])
    assert [o for o in outcome if o[1] != "ok"] == []
    services = Services.open(url)
    try:
        assert services.database.schema_revision() is not None
    finally:
        services.close()


def test_several_planners_upgrading_one_old_sqlite_file_upgrade_it_once(tmp_path: Path) -> None:
    from planner.store.database import create_planner_engine, head_revision, upgrade

    path = tmp_path / "old.sqlite"
    engine = create_planner_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")  # a database written by the first release
    engine.dispose()
    outcome = _run_processes(_open_new_file, str(path), [f"desk{n}" for n in range(6)])
    assert [o for o in outcome if o[1] != "ok"] == []
    services = Services.open(str(path))
    try:
        assert services.database.schema_revision() == head_revision()
    finally:
        services.close()
    # One planner made the copy before upgrading; the others found the work done.
    assert len(list(tmp_path.glob("old.before-upgrade-0001-*.sqlite"))) == 1
