"""Seat assignment (head table by rank, hosts and guests alternating) and the seating plan PDF."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from planner.documents import (
    HostInfo,
    MemberInfo,
    SeatingData,
    TableSpec,
    assign_seats,
    render_seating_plan,
)
from tests.documents.doc_samples import hosts, netanya

Extract = Callable[[bytes], str]


def _guests(n: int) -> list[MemberInfo]:
    return [MemberInfo(i, f"Guest {i}", rank=i, is_head=i == 1) for i in range(1, n + 1)]


def _hosts(n: int) -> list[HostInfo]:
    return [HostInfo(100 + i, f"Host {i}", rank=i) for i in range(1, n + 1)]


def test_head_table_seats_senior_host_then_head_of_delegation_alternating() -> None:
    plan = assign_seats([TableSpec("Head", 6), TableSpec("T2", 6)], _guests(6), _hosts(6))
    head = [seat.person.name for seat in plan.tables[0].seats]
    assert head == ["Host 1", "Guest 1", "Host 2", "Guest 2", "Host 3", "Guest 3"]
    sides = [seat.person.side for t in plan.tables for seat in t.seats]
    assert all(a != b for a, b in itertools.pairwise(sides))
    assert plan.unseated == []


def test_head_of_delegation_first_even_when_ranks_tie() -> None:
    guests = [MemberInfo(1, "Aaron", rank=1), MemberInfo(2, "Zoe", rank=1, is_head=True)]
    plan = assign_seats([TableSpec("Head", 4)], guests, _hosts(2))
    assert [s.person.name for s in plan.tables[0].seats] == ["Host 1", "Zoe", "Host 2", "Aaron"]


def test_few_hosts_are_spread_so_every_table_has_one() -> None:
    plan = assign_seats([TableSpec("Head", 6), TableSpec("T2", 6)], _guests(9), _hosts(3))
    per_table = [[s.person.side for s in t.seats] for t in plan.tables]
    assert all("host" in sides for sides in per_table)
    # Around the head table no two hosts sit together and seat 2 is the head of delegation.
    assert plan.tables[0].seats[1].person.name == "Guest 1"
    assert plan.unseated == []


def test_people_without_a_seat_are_reported() -> None:
    plan = assign_seats([TableSpec("Head", 4)], _guests(4), _hosts(2))
    assert [p.name for p in plan.unseated] == ["Guest 3", "Guest 4"]


def test_seating_plan_pdf_lists_tables_and_warns_about_missing_seats(text_of: Extract) -> None:
    data = netanya()
    seating = SeatingData(
        "Dortmund",
        data.delegation_title,
        "Dinner at İstanbul Sofrası",
        data.items[1].start,
        "İstanbul Sofrası",
        (TableSpec("Head table", 4),),
        data.members,
        hosts(),
        None,
    )
    result = render_seating_plan(seating, "en")
    text = text_of(result.pdf)
    assert "Seating plan" in text and "Head table" in text
    assert "1. Thomas Westphal" in text and "2. Miriam Feuerberg-Eicher" in text
    assert "Without a seat:" in text
    assert any("without a seat" in w for w in result.warnings)


def test_seating_plan_in_german(seating: SeatingData, text_of: Extract) -> None:
    text = text_of(render_seating_plan(seating, "de").pdf)
    assert "Sitzplan" in text and "9. Mai 2026, 19:00 · İstanbul Sofrası" in text
