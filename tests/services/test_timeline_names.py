"""The timeline's row names: a city's name, its visit's title when the city comes twice, and
the arrival day too when even the titles are the same ("Kumasi" and "Kumasi" no more)."""

from __future__ import annotations

from datetime import timedelta

from planner.domain.enums import ItemKind
from planner.domain.records import Delegation, Journey, ProgrammeItem
from planner.services import Services
from planner.services.conflicts import ConflictCheck
from planner.services.demo import load_demo


def test_two_visits_of_one_city_with_one_title_get_two_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = Services.open(str(tmp_path / "t.sqlite"))
    try:
        load_demo(services.ctx)
        kumasi = next(d for d in services.delegations.list() if d.partner_city == "Kumasi")
        first = services.delegations.get(kumasi.id)
        later = first.arrival.at + timedelta(days=3)
        second = services.delegations.save(Delegation(
            title=first.title, partner_city_id=first.partner_city_id,
            arrival=Journey(at=later), departure=Journey(at=later + timedelta(days=1))))
        services.programme.save(ProgrammeItem(
            delegation_ids=(second.id,), kind=ItemKind.MEETING, title={"de": "Gespräch"},
            start=later + timedelta(hours=3), end=later + timedelta(hours=4)))
        start = first.arrival.at - timedelta(days=1)
        _, names = ConflictCheck(services.ctx).period(start, start + timedelta(days=10), "en")
        kumasi_names = [n for n in names.values() if "Kumasi" in n]
        assert len(kumasi_names) == 2 and len(set(kumasi_names)) == 2
        assert all("(" in n for n in kumasi_names)  # told apart by their arrival day
    finally:
        services.close()
