"""The protocol's seating rules (docs/seating.md) as a pure function: every shape, both
styles, the head table first, hosts and guests alternating, delegations apart, interpreters."""

from __future__ import annotations

import pytest

from planner.domain.seating import Plan, SeatedTable, Sitter, Table, _neighbours, seat


def guests(n: int, groups: str = "A") -> list[Sitter]:
    return [Sitter(f"m{i}", f"G{i}", "guest", i, i == 1, groups[(i - 1) % len(groups)])
            for i in range(1, n + 1)]


def hosts(n: int) -> list[Sitter]:
    return [Sitter(f"h{i}", f"H{i}", "host", i) for i in range(1, n + 1)]


def at(table: SeatedTable, name: str) -> int:
    return next(i for i, p in enumerate(table.places) if p.sitter and p.sitter.name == name)


def neighbours(table: SeatedTable, index: int) -> tuple[str | None, str | None]:
    from planner.domain.seating import _geometry

    right, left = _neighbours(_geometry(table.table, "continental"), index)
    name = lambda i: table.places[i].sitter.name if i is not None and table.places[i].sitter \
        else None  # noqa: E731
    return name(right), name(left)


SHAPES = ("round", "long", "long-one-side", "u")


@pytest.mark.parametrize("shape", SHAPES)
def test_the_principal_guest_sits_at_the_hosts_right_the_second_at_the_left(shape: str) -> None:
    plan = seat([Table("Head", 10, shape)], guests(6), hosts(3))
    head = plan.tables[0]
    host = head.host_place
    assert head.places[host].sitter.name == "H1" and head.places[host].number == 1
    assert neighbours(head, host) == ("G1", "G2")
    assert plan.unseated == []


def test_the_co_host_faces_the_host_and_has_the_next_guests_beside_them() -> None:
    plan = seat([Table("Head", 10, "long")], guests(6), hosts(3), "continental")
    head = plan.tables[0]
    cohost = head.cohost_place
    assert head.places[cohost].sitter.name == "H2"
    assert abs(head.places[cohost].x - head.places[head.host_place].x) < 1e-9  # across
    assert neighbours(head, cohost) == ("G3", "G4")


def test_english_style_puts_host_and_co_host_at_the_ends() -> None:
    head = seat([Table("Head", 10, "long")], guests(6), hosts(2), "english").tables[0]
    xs = [p.x for p in head.places]
    assert head.places[head.host_place].x == min(xs)
    assert head.places[head.cohost_place].x == max(xs)
    assert head.places[head.cohost_place].sitter.name == "H2"


def test_hosts_and_guests_alternate_around_a_full_table() -> None:
    head = seat([Table("Head", 8, "round")], guests(4), hosts(4)).tables[0]
    sides = [p.sitter.side for p in head.places]
    assert all(a != b for a, b in zip(sides, sides[1:] + sides[:1], strict=True))


def test_the_head_table_is_filled_before_any_other() -> None:
    plan = seat([Table("Head", 6), Table("T2", 8)], guests(7), hosts(3))
    assert all(p.sitter is not None for p in plan.tables[0].places)
    second = [p.sitter for p in plan.tables[1].places if p.sitter]
    assert any(s.side == "host" for s in second)  # every table keeps a host
    top = {p.sitter.name for p in plan.tables[0].places}
    assert {"H1", "G1", "G2"} <= top


def test_guests_of_one_delegation_are_kept_apart_where_a_swap_allows() -> None:
    # Two delegations, few hosts: guests must sit beside guests, but not beside their own.
    people = guests(8, "AABBAABB")
    head = seat([Table("Head", 10)], people, hosts(2)).tables[0]
    ring = head.places
    clashes = sum(1 for i, p in enumerate(ring)
                  if p.sitter and (q := ring[(i + 1) % len(ring)].sitter)
                  and p.sitter.side == q.side == "guest" and p.sitter.group == q.group)
    assert clashes <= 1
    assert neighbours(head, head.host_place) == ("G1", "G2")  # precedence first


def test_interpreters_sit_behind_the_guest_whose_language_they_speak() -> None:
    people = [Sitter("m1", "Mayor", "guest", 1, True, "N", ("he",)),
              Sitter("m2", "Wang", "guest", 2, False, "X", ("zh",))]
    interpreters = [Sitter("i1", "Li Mei", "host", 50, languages=("zh", "de")),
                    Sitter("i2", "Dalia", "host", 50, languages=("he", "de"))]
    plan = seat([Table("Head", 4)], people, hosts(2), interpreters=interpreters)
    behind = {i.name: plan.tables[0].places[chair].sitter.name
              for i, chair in plan.tables[0].behind}
    assert behind == {"Li Mei": "Wang", "Dalia": "Mayor"}
    seated = {p.sitter.name for p in plan.tables[0].places if p.sitter}
    assert "Li Mei" not in seated  # not counted as a table seat
    at_table = seat([Table("Head", 6)], people, hosts(2), interpreters=interpreters,
                    interpreters_at_table=True)
    assert {"Li Mei", "Dalia"} <= {p.sitter.name for p in at_table.tables[0].places
                                  if p.sitter}


def test_whoever_does_not_fit_is_listed() -> None:
    plan: Plan = seat([Table("Head", 4)], guests(4), hosts(2))
    assert [p.name for p in plan.unseated] == ["G3", "G4"]


@pytest.mark.parametrize(("tables", "message"), [
    ([Table("Head", 6, "oval")], "unknown shape 'oval'"),
    ([Table("Head", 0)], "needs at least one seat"),
])
def test_bad_tables_are_refused_by_name(tables: list[Table], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        seat(tables, guests(2), hosts(1))
