"""The demo database the command-line tests read, built once per test module."""

from __future__ import annotations

import pytest

from planner.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    assert main(["--db", db, "demo"]) == 0
    return db
