"""What undo needs from the services: restore with the same id, the previous head, light rows."""

from __future__ import annotations

import pytest

from planner.domain.errors import ValidationError
from planner.services import Services
from tests.services.conftest import Seeded, dump


def test_deleted_item_comes_back_with_its_id_and_links(services: Services,
                                                       seeded: Seeded) -> None:
    before = dump(services)
    deleted = services.programme.delete(seeded.item.id, seeded.item.version)  # type: ignore[arg-type]
    restored = services.programme.restore(deleted)
    assert restored.id == seeded.item.id
    assert restored.member_ids == seeded.item.member_ids
    assert restored.host_ids == seeded.item.host_ids
    after = dump(services)
    for table in ("programme_item", "item_delegation", "item_member", "item_host"):
        strip = [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")}
                 for r in after[table]]
        assert strip == [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")}
                         for r in before[table]]
    with pytest.raises(ValidationError):
        services.programme.restore(restored)  # already there


def test_set_head_returns_the_previous_head(services: Services, seeded: Seeded) -> None:
    first, second = seeded.members[0], seeded.members[1]
    previous = services.members.set_head(seeded.delegation.id, second.id)  # type: ignore[arg-type]
    heads = [m.id for m in services.members.list(seeded.delegation.id) if m.is_head]  # type: ignore[arg-type]
    assert heads == [second.id]
    assert previous == (first.id if first.is_head else None)
    services.members.set_head(seeded.delegation.id, previous)  # type: ignore[arg-type]
    assert [m.id for m in services.members.list(seeded.delegation.id)  # type: ignore[arg-type]
            if m.is_head] == ([previous] if previous else [])
    with pytest.raises(ValidationError):
        services.members.set_head(seeded.delegation.id, 99999)  # type: ignore[arg-type]


def test_summaries_name_venue_and_delegation_and_filter_text(services: Services,
                                                             seeded: Seeded) -> None:
    rows = services.programme.summaries()
    assert [r.id for r in rows] == [seeded.item.id]
    assert rows[0].venue == "Rathaus Dortmund"
    assert rows[0].delegations == (seeded.delegation.display_title("de"),)
    assert services.programme.summaries(text="RATHAUS")[0].id == seeded.item.id
    assert services.programme.summaries(text="nowhere") == []
    # The title is picked by the database, with pick_text's fallback: the language asked for,
    # else the office's order (de first).
    assert rows[0].title == "Goldenes Buch"
    assert services.programme.summaries(lang="en")[0].title == "Golden Book"
    assert services.programme.summaries(lang="he")[0].title == "Goldenes Buch"


def test_history_of_a_record_names_who_and_what(services: Services, seeded: Seeded) -> None:
    from dataclasses import replace

    member = seeded.members[0]
    services.members.save(replace(member, dietary="vegan"))
    events = services.history.of_record("member", member.id)  # type: ignore[arg-type]
    assert [e.action for e in events] == ["update", "insert"]
    assert events[0].changes["dietary"][1] == "vegan"
    assert events[0].os_user == "test-officer"
    assert services.history.of_record("member", 99999) == []
