"""Shared fixtures: offscreen Qt, and a fresh database per test on SQLite and PostgreSQL."""

from __future__ import annotations

import os

# Before any Qt import anywhere in the suite: no screen on CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLANNER_USER", "test-officer")

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.services import Services
from tests.pg_cluster import Cluster, running_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def sqlite_services(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(str(tmp_path / "planner.sqlite"))
    yield services
    services.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    """The same service tests run against both supported backends."""
    if request.param == "sqlite":
        url = str(tmp_path / "planner.sqlite")
    else:
        url = request.getfixturevalue("pg_cluster").create_database()
    opened = Services.open(url)
    yield opened
    opened.close()
