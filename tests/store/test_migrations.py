"""The migration path: a database made at the first revision upgrades to head with data intact."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import JSON, Engine, bindparam, text

from planner.domain.errors import SchemaError
from planner.services import Services
from planner.store.database import (
    create_planner_engine,
    head_revision,
    open_database,
    upgrade,
)
from planner.store.models import Base
from planner.store.types import UTCDateTime

NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _insert(engine: Engine, sql: str, **values: object) -> None:
    """Plain SQL against the old schema, so the test does not depend on today's models."""
    statement = text(sql).bindparams(
        *(bindparam(k, type_=JSON()) for k, v in values.items() if isinstance(v, list | dict)),
        *(bindparam(k, type_=UTCDateTime()) for k, v in values.items()
          if isinstance(v, datetime)))
    with engine.begin() as connection:
        connection.execute(statement, {"v": 1, "c": NOW, **values})


def _fill_at_first_revision(engine: Engine) -> None:
    upgrade(engine, "0001")
    _insert(engine, "INSERT INTO partner_city (id, name, native_name, country, relation, since, "
                    "contacts, notes, version, created_at, updated_at) VALUES (1, 'Netanya', "
                    "'נתניה', 'IL', 'twin_city', 1980, :contacts, '', :v, :c, :c)",
            contacts=[{"name": "Dana", "role": "", "email": "", "phone": ""}])
    _insert(engine, "INSERT INTO delegation (id, title, sort_title, partner_city_id, occasion, "
                    "status, arrival_at, arrival_reference, arrival_place, departure_reference, "
                    "departure_place, languages, notes_internal, version, created_at, updated_at)"
                    " VALUES (1, :title, 'Delegation Netanya', 1, 'DORTBUNT! 2026', 'confirmed',"
                    " :arrival, 'LY 2541', '', '', '', :langs, '', :v, :c, :c)",
            title={"de": "Delegation Netanya"}, arrival=datetime(2026, 5, 8, 12, 35, tzinfo=UTC),
            langs=["he", "en"])
    for n, (name, native) in enumerate([("Miriam Feirberg-Ikar", "מרים פיירברג-איכר"),
                                        ("Avi Ben-David", "אבי בן-דוד")], start=1):
        _insert(engine, "INSERT INTO member (id, delegation_id, name, native_name, salutation, "
                        "title, rank, is_head, languages, dietary, accessibility, email, phone, "
                        "arrival_reference, arrival_place, departure_reference, departure_place,"
                        " version, created_at, updated_at) VALUES (:id, 1, :name, :native, '', "
                        "'', :id, :head, :langs, 'kosher', '', '', '', '', '', '', '', :v, :c, "
                        ":c)", id=n, name=name, native=native, head=n == 1, langs=["he"])
    _insert(engine, "INSERT INTO programme_item (id, kind, title, description, start_at, end_at, "
                    "all_members, dress_code, notes_internal, guest_notes, needs_acknowledged, "
                    "status, version, created_at, updated_at) VALUES (1, 'meeting', :title, "
                    ":empty, :start, :end, :f, '', '', :empty, :f, 'planned', :v, :c, :c)",
            title={"de": "Empfang", "en": "Reception"}, empty={},
            start=datetime(2026, 5, 9, 8, 0, tzinfo=UTC), end=datetime(2026, 5, 9, 9, 30,
                                                                        tzinfo=UTC), f=False)
    _insert(engine, "INSERT INTO item_delegation (item_id, delegation_id) VALUES (1, 1)")
    _insert(engine, "INSERT INTO item_member (item_id, member_id) VALUES (1, 2)")
    if engine.dialect.name == "postgresql":  # explicit ids: move the sequences on
        with engine.begin() as connection:
            for table in ("partner_city", "delegation", "member", "programme_item"):
                connection.execute(text(f"SELECT setval('{table}_id_seq', "
                                        f"(SELECT max(id) FROM {table}))"))


def _assert_data_intact(services: Services) -> None:
    [summary] = services.delegations.list()
    assert (summary.title, summary.partner_city, summary.member_count) == (
        "Delegation Netanya", "Netanya", 2)
    d = services.delegations.get(1)
    assert d.arrival.at == datetime(2026, 5, 8, 12, 35, tzinfo=UTC)
    assert d.languages == ("he", "en") and d.arrival.reference == "LY 2541"
    assert services.partners.get(1).contacts[0].name == "Dana"
    members = services.members.list(1)
    assert [(m.name, m.native_name, m.rank, m.is_head, m.dietary) for m in members] == [
        ("Miriam Feirberg-Ikar", "מרים פיירברג-איכר", 1, True, "kosher"),
        ("Avi Ben-David", "אבי בן-דוד", 2, False, "kosher")]
    [item] = services.programme.list(1)
    assert item.title == {"de": "Empfang", "en": "Reception"}
    assert item.end - item.start == datetime(2026, 1, 1, 1, 30) - datetime(2026, 1, 1)
    assert item.member_ids == (2,) and item.delegation_ids == (1,)
    # and the upgraded database takes new data with fresh ids
    new = services.members.save(services.members.get(2).__class__(delegation_id=1, name="Noa"))
    assert new.id == 3


def test_sqlite_first_revision_upgrades_to_head_after_a_private_backup(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite"
    engine = create_planner_engine(f"sqlite:///{path}")
    _fill_at_first_revision(engine)
    engine.dispose()
    assert _mode(path) == 0o600

    database = open_database(str(path))
    try:
        backup = database.backup_before_upgrade
        assert backup is not None and backup.exists() and backup.parent == tmp_path
        assert "0001" in backup.name
        assert _mode(backup) == 0o600
        assert database.schema_revision() == head_revision()
        _assert_data_intact(Services(database))
    finally:
        database.dispose()
    with sqlite3.connect(backup) as old:  # the backup is the database as it was
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT count(*) FROM member").fetchone() == (2,)


@pytest.mark.postgres
def test_postgresql_first_revision_upgrades_to_head(pg_cluster: object) -> None:
    url = pg_cluster.create_database()  # type: ignore[attr-defined]
    engine = create_planner_engine(url)
    _fill_at_first_revision(engine)
    engine.dispose()
    with pytest.raises(SchemaError, match="planner db upgrade"):  # a shared server: on request
        open_database(url)
    database = open_database(url, upgrade_schema=True)
    try:
        assert database.backup_before_upgrade is None  # a server is backed up by its admin
        assert database.schema_revision() == head_revision()
        _assert_data_intact(Services(database))
    finally:
        database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def head_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = (f"sqlite:///{tmp_path / 'h.sqlite'}" if request.param == "sqlite"
           else request.getfixturevalue("pg_cluster").create_database())
    database = open_database(url)
    yield database.engine
    database.dispose()


def test_migrations_at_head_match_the_models(head_engine: Engine) -> None:
    with head_engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={
            "compare_type": True}), Base.metadata)
    assert diff == []


def test_new_sqlite_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"
    database = open_database(str(path))
    try:
        with database.engine.begin() as connection:
            connection.execute(text("SELECT 1"))
        assert _mode(path) == 0o600
        assert database.backup_before_upgrade is None  # nothing to back up in a new file
        assert database.schema_revision() == head_revision()
    finally:
        database.dispose()


def test_loose_permissions_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    open_database(str(path)).dispose()
    path.chmod(0o644)
    open_database(str(path)).dispose()
    assert _mode(path) == 0o600


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(SchemaError) as caught:
        open_database(str(path))
    assert "newer version" in str(caught.value) and "9999" in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*before-upgrade*")) == []


def test_old_schema_without_upgrade_permission_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_planner_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    with pytest.raises(SchemaError, match="planner db upgrade"):
        open_database(str(path), upgrade_schema=False)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "addresses.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(SchemaError) as caught:
        open_database(str(path))
    assert "not a Delegation Planner database" in str(caught.value)
    assert "contacts" in str(caught.value)
    with sqlite3.connect(path) as connection:  # left alone
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        assert [t[0] for t in tables] == ["contacts"]


@pytest.mark.parametrize("content", [b"This is a Word document, not a database." * 50,
                                     bytes(range(256)) * 16])
def test_garbage_file_is_refused_without_a_driver_traceback(tmp_path: Path,
                                                            content: bytes) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(content)
    with pytest.raises(SchemaError) as caught:
        open_database(str(path))
    message = str(caught.value)
    assert "damaged or not a database" in message and str(path) in message
    assert "Traceback" not in message and "sqlalchemy" not in message.lower()
    assert path.read_bytes() == content


def test_revision_ids_read_from_the_folder_agree_with_alembic() -> None:
    """Start-up reads revisions from file names (no Alembic import); they must match Alembic."""
    from alembic.script import ScriptDirectory

    from planner.store.database import MIGRATIONS_DIR, known_revisions

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert {r.revision for r in script.walk_revisions()} == known_revisions()
    assert script.get_current_head() == head_revision()
