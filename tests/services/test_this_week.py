"""The home screen's week from the demo: arrivals and departures, conflicts with their visit,
signings planned (and those whose day passed unrecorded), gifts awaiting declaration."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import DeclarationStatus
from planner.services import Services
from planner.services.demo import load_demo


def test_the_dortbunt_week_and_a_quiet_one(services: Services) -> None:
    load_demo(services.ctx)
    busy = services.this_week.summary(date(2026, 5, 5), lang="de")
    arriving = [m for m in busy.movements if m.arriving]
    assert {m.city for m in arriving} >= {"Netanya", "Xi'an", "Novi Sad", "Trabzon", "Amiens"}
    assert [m.at for m in busy.movements] == sorted(m.at for m in busy.movements)
    assert busy.next_arrival is None
    assert busy.conflicts and all(c.delegation_id is not None for c in busy.conflicts)
    assert busy.signings and not any(s.unrecorded for s in busy.signings)
    pending = [g for g in services.gifts.list() if g.declaration is DeclarationStatus.PENDING]
    assert {g.gift_id for g in busy.gifts} == {g.id for g in pending}
    quiet = services.this_week.summary(date(2026, 12, 5), lang="en")
    assert quiet.movements == () and quiet.next_arrival is not None
    assert quiet.next_arrival.city == "Amiens" and quiet.next_arrival.outgoing
    assert quiet.signings and all(s.unrecorded for s in quiet.signings if s.on)
