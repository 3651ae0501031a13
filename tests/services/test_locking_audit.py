"""Optimistic locking, delete + restore, the audit trail and change notifications."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import insert, select

from planner.domain.enums import ItemKind
from planner.domain.errors import ConflictError, ValidationError
from planner.domain.records import Delegation, Member, ProgrammeItem
from planner.services import Changes, Services
from planner.store.models import AuditRow, GiftRow
from tests.services.conftest import Seeded, at, dump

# record of the seeded data, the service holding it, a harmless edit
EDITS: dict[str, tuple[Callable[[Seeded], Any], str, Callable[[Any, str], Any]]] = {
    "partner city": (lambda s: s.city, "partners", lambda r, t: replace(r, notes=t)),
    "venue": (lambda s: s.hall, "venues", lambda r, t: replace(r, contact=t)),
    "person": (lambda s: s.mayor, "people", lambda r, t: replace(r, function=t)),
    "resource": (lambda s: s.bus, "resources", lambda r, t: replace(r, notes=t)),
    "delegation": (lambda s: s.delegation, "delegations",
                   lambda r, t: replace(r, notes_internal=t)),
    "member": (lambda s: s.members[1], "members", lambda r, t: replace(r, dietary=t)),
    "programme item": (lambda s: s.item, "programme", lambda r, t: replace(r, dress_code=t)),
}


def _read(services: Services, service: str, record: Any) -> Any:
    return getattr(services, service).get(record.id)


@pytest.mark.parametrize("entity", list(EDITS))
def test_lost_update_is_refused_and_first_save_is_intact(services: Services, seeded: Seeded,
                                                         entity: str) -> None:
    pick, service, edit = EDITS[entity]
    mine = pick(seeded)
    theirs = pick(seeded)  # two officers opened the same record
    saved = getattr(services, service).save(edit(theirs, "first"))
    assert saved.version == mine.version + 1
    before = dump(services)
    with pytest.raises(ConflictError) as caught:
        getattr(services, service).save(edit(mine, "second"))
    assert caught.value.entity == entity and caught.value.record_id == mine.id
    assert (caught.value.expected, caught.value.actual) == (mine.version, saved.version)
    assert dump(services) == before
    assert _read(services, service, mine) == saved


@pytest.mark.parametrize("entity", list(EDITS))
def test_delete_with_stale_version_is_refused(services: Services, seeded: Seeded,
                                              entity: str) -> None:
    pick, service, edit = EDITS[entity]
    stale = pick(seeded)
    getattr(services, service).save(edit(stale, "changed meanwhile"))
    before = dump(services)
    with pytest.raises(ConflictError):
        getattr(services, service).delete(stale.id, stale.version)
    assert dump(services) == before


def test_moving_an_item_with_a_stale_version_is_refused(services: Services,
                                                        seeded: Seeded) -> None:
    services.programme.move(seeded.item.id, 15)  # type: ignore[arg-type]
    before = dump(services)
    with pytest.raises(ConflictError):
        services.programme.move(seeded.item.id, 30, version=seeded.item.version)  # type: ignore[arg-type]
    assert dump(services) == before
    assert services.programme.get(seeded.item.id).start == at(9, 10, 15)  # type: ignore[arg-type]


def test_changing_only_links_still_bumps_the_item_version(services: Services,
                                                          seeded: Seeded) -> None:
    first = services.programme.save(replace(seeded.item, host_ids=()))
    assert first.version == seeded.item.version + 1  # type: ignore[operator]
    with pytest.raises(ConflictError):
        services.programme.save(replace(seeded.item, driver_ids=(seeded.mayor.id,)))  # type: ignore[arg-type]


def _delete_and_restore(services: Services, seeded: Seeded) -> tuple[dict[str, Any], ...]:
    other = services.delegations.save(Delegation(title={"de": "Delegation Xi'an"}))
    guest = services.members.save(Member(delegation_id=other.id, name="Li Wei"))  # type: ignore[arg-type]
    # a reception shared by both delegations: deleting one keeps the item, drops the link
    shared = services.programme.save(ProgrammeItem(
        delegation_ids=(seeded.delegation.id, other.id), kind=ItemKind.MEAL,  # type: ignore[arg-type]
        title={"de": "DORTBUNT!-Empfang"}, start=at(9, 19), end=at(9, 22), all_members=False,
        member_ids=(seeded.members[2].id, guest.id), host_ids=(seeded.mayor.id,)))  # type: ignore[arg-type]
    with services.ctx.write() as session:  # gifts have no service yet: plain insert
        session.execute(insert(GiftRow), [{
            "direction": "received", "description": "Silver menorah", "given_on": date(2026, 5, 9),
            "delegation_id": seeded.delegation.id, "partner_city_id": seeded.city.id,
            "version": 1, "created_at": at(9, 12), "updated_at": at(9, 12)}])
    before = dump(services)

    snapshot = services.delegations.delete(seeded.delegation.id, seeded.delegation.version)  # type: ignore[arg-type]
    after_delete = dump(services)
    assert [d["id"] for d in after_delete["delegation"]] == [other.id]
    assert [m["name"] for m in after_delete["member"]] == ["Li Wei"]
    assert [i["id"] for i in after_delete["programme_item"]] == [shared.id]
    assert services.programme.get(shared.id).member_ids == (guest.id,)  # type: ignore[arg-type]
    assert after_delete["gift"][0]["delegation_id"] is None

    services.delegations.restore(snapshot)
    return before, dump(services)


def test_delete_and_restore_puts_back_members_programme_and_links(services: Services,
                                                                  seeded: Seeded) -> None:
    before, restored = _delete_and_restore(services, seeded)
    for table in before:
        if table in ("audit_log", *_RELINKED):
            continue
        assert restored[table] == before[table], table
    assert restored["gift"][0]["delegation_id"] == seeded.delegation.id
    assert restored["golden_book_entry"][0]["delegation_id"] == seeded.delegation.id
    actions = [a["action"] for a in restored["audit_log"][len(before["audit_log"]):]]
    assert "delete" in actions and actions[-1] == "restore"


# Rows outside the delegation that point into it and lose the link (SET NULL) on delete.
_RELINKED = ("gift", "golden_book_entry", "golden_book_signer")


@pytest.mark.parametrize("table", _RELINKED)
def test_restore_relinks_rows_outside_the_delegation_exactly(services: Services, seeded: Seeded,
                                                             table: str) -> None:
    before, restored = _delete_and_restore(services, seeded)
    assert restored[table] == before[table]


def test_audit_rows_for_insert_update_delete_with_the_os_user(services: Services) -> None:
    d = services.delegations.save(Delegation(title={"de": "Kumasi"}, occasion="Klima"))
    d = services.delegations.save(replace(d, occasion="Klimapartnerschaft"))
    services.delegations.delete(d.id, d.version)  # type: ignore[arg-type]
    with services.ctx.read() as session:
        rows = list(session.scalars(select(AuditRow).where(AuditRow.entity == "delegation")
                                    .order_by(AuditRow.id)))
    assert [r.action for r in rows] == ["insert", "update", "delete"]
    assert {r.os_user for r in rows} == {"test-officer"}
    assert {r.entity_id for r in rows} == {d.id}
    assert rows[0].changes["occasion"] == "Klima"
    assert rows[1].changes == {"occasion": ["Klima", "Klimapartnerschaft"]}
    assert rows[2].changes["title"] == {"de": "Kumasi"}
    expected_db_user = "postgres" if services.database.backend == "postgresql" else ""
    assert {r.db_user for r in rows} == {expected_db_user}
    assert all(r.at.tzinfo is not None for r in rows)


def test_saving_an_unchanged_record_writes_no_audit_and_keeps_the_version(
        services: Services, seeded: Seeded) -> None:
    seen: list[Changes] = []
    services.ctx.subscribe(seen.append)
    before = dump(services)
    again = services.members.save(seeded.members[1])
    assert again.version == seeded.members[1].version
    assert dump(services) == before
    assert seen == []


def test_change_listeners_get_the_flags_of_what_was_committed(services: Services,
                                                              seeded: Seeded) -> None:
    seen: list[Changes] = []
    unsubscribe = services.ctx.subscribe(seen.append)
    services.members.save(replace(seeded.members[2], dietary="vegan"))
    services.programme.move(seeded.item.id, 30)  # type: ignore[arg-type]
    services.venues.set_travel_time(seeded.hall.id, seeded.hotel.id, 12)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.members.save(replace(seeded.members[2], rank=0))
    services.delegations.delete(seeded.delegation.id)  # type: ignore[arg-type]
    assert seen == [
        Changes(members=True),
        Changes(programme=True),
        Changes(venues=True),
        Changes(delegations=True, members=True, programme=True),
    ]
    unsubscribe()
    services.partners.delete(seeded.city.id)  # type: ignore[arg-type]
    assert len(seen) == 4


def test_removing_a_travel_time_is_announced_and_audited(services: Services,
                                                        seeded: Seeded) -> None:
    hall, hotel = seeded.hall.id, seeded.hotel.id
    services.venues.set_travel_time(hall, hotel, 12)  # type: ignore[arg-type]
    seen: list[Changes] = []
    services.ctx.subscribe(seen.append)
    services.venues.set_travel_time(hotel, hall, None)  # type: ignore[arg-type]
    assert seen == [Changes(venues=True)]  # other screens and officers hear of it
    assert services.venues.travel_times() == []
    with services.ctx.read() as session:
        [event] = session.scalars(select(AuditRow).where(AuditRow.entity == "travel_time",
                                                         AuditRow.action == "delete"))
        assert event.changes == {"venue_a_id": min(hall, hotel), "venue_b_id": max(hall, hotel),  # type: ignore[type-var]
                                 "minutes": 12, "version": 1}


def test_single_head_of_delegation(services: Services, seeded: Seeded) -> None:
    new_head = services.members.save(replace(seeded.members[2], is_head=True))
    heads = [m.id for m in services.members.list(seeded.delegation.id) if m.is_head]  # type: ignore[arg-type]
    assert heads == [new_head.id]


def test_reorder_sets_precedence(services: Services, seeded: Seeded) -> None:
    ids = [m.id for m in reversed(seeded.members)]
    services.members.reorder(seeded.delegation.id, ids)  # type: ignore[arg-type]
    assert [(m.id, m.rank) for m in services.members.list(seeded.delegation.id)] == [  # type: ignore[arg-type]
        (ids[0], 1), (ids[1], 2), (ids[2], 3)]
