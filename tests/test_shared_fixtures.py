"""Every example file in ../shared/fixtures imports; our copy of it stays identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.services import Services

SHARED = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
OURS = Path(__file__).resolve().parent / "fixtures"
shared_files = sorted(SHARED.glob("*.json")) if SHARED.is_dir() else []


@pytest.mark.skipif(not shared_files, reason="../shared/fixtures is not beside this checkout")
@pytest.mark.parametrize("path", shared_files, ids=[p.name for p in shared_files])
def test_shared_fixture_imports_and_our_copy_matches(path: Path, tmp_path: Path) -> None:
    services = Services.open(str(tmp_path / "f.sqlite"))
    new_id = services.exchange.import_document(json.loads(path.read_text(encoding="utf-8")))
    assert services.delegations.get(new_id).occasion
    services.close()
    copy = OURS / path.name
    if copy.exists():
        assert copy.read_bytes() == path.read_bytes()


def test_our_fixture_copy_imports(tmp_path: Path) -> None:
    services = Services.open(str(tmp_path / "f.sqlite"))
    document = json.loads((OURS / "netanya-dortbunt-2026.json").read_text(encoding="utf-8"))
    new_id = services.exchange.import_document(document)
    members = services.members.list(new_id)
    assert [m.native_name for m in members][:1] == ["מרים פיירברג-איכר"]
    services.close()
