"""The validation rules on their own: each broken rule names its field, all are reported at once."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from planner.domain import rules
from planner.domain.enums import DelegationStatus, ItemKind
from planner.domain.errors import ValidationError
from planner.domain.records import (
    Delegation,
    Journey,
    Member,
    PartnerCity,
    ProgrammeItem,
    Venue,
)

CEST = timezone(timedelta(hours=2))
T0 = datetime(2026, 5, 9, 10, 0, tzinfo=CEST)


def problems(check, record) -> dict[str, str]:  # type: ignore[no-untyped-def]
    c = rules.Checker()
    check(record, c)
    return {p.field: p.message for p in c.problems}


def test_member_collects_every_problem() -> None:
    found = problems(rules.check_member, Member(
        delegation_id=1, name=" ", rank=0, languages=("de", "Deutsch"), phone="1" * 101,
        arrival=Journey(at=T0), departure=Journey(at=T0 - timedelta(hours=1))))
    assert set(found) == {"name", "rank", "languages", "phone", "departure.at"}
    assert "'Deutsch'" in found["languages"]


def test_language_codes() -> None:
    ok = Member(delegation_id=1, name="A", languages=("de", "he", "zh-Hant", "sr-Latn", "fil"))
    assert problems(rules.check_member, ok) == {}
    for bad in ("DE", "d", "german", "zh_Hant", ""):
        assert "languages" in problems(rules.check_member, Member(
            delegation_id=1, name="A", languages=(bad,))), bad


def test_item_time_rules() -> None:
    base = ProgrammeItem(delegation_ids=(1,), kind=ItemKind.MEAL, title={"de": "Essen"},
                         start=T0, end=T0 + timedelta(hours=1))
    assert problems(rules.check_item, base) == {}
    from dataclasses import replace
    assert "ends before" in problems(rules.check_item, replace(base, end=T0 - timedelta(1)))["end"]
    assert "no duration" in problems(rules.check_item, replace(base, end=T0))["end"]
    naive = problems(rules.check_item, replace(base, start=T0.replace(tzinfo=None)))
    assert set(naive) == {"start"}  # no misleading comparison of naive and aware


def test_status_transitions() -> None:
    c = rules.Checker()
    rules.check_status_change(DelegationStatus.REQUESTED, DelegationStatus.COMPLETED, c)
    rules.check_status_change(DelegationStatus.COMPLETED, DelegationStatus.CANCELLED, c)
    rules.check_status_change(DelegationStatus.CONFIRMED, DelegationStatus.IN_PROGRESS, c)
    rules.check_status_change(DelegationStatus.CANCELLED, DelegationStatus.CANCELLED, c)
    assert [p.message for p in c.problems] == ["cannot go from requested to completed",
                                               "cannot go from completed to cancelled"]


def test_validate_raises_with_prefix() -> None:
    with pytest.raises(ValidationError) as caught:
        rules.validate(rules.check_partner_city, PartnerCity(name="", country="il"), "city.")
    assert {p.field for p in caught.value.problems} == {"city.name", "city.country"}


def test_limits_are_inclusive() -> None:
    assert problems(rules.check_venue, Venue(name="V" * rules.NAME_MAX)) == {}
    assert set(problems(rules.check_venue, Venue(name="V" * (rules.NAME_MAX + 1)))) == {"name"}
    d = Delegation(title={"de": "T" * rules.TITLE_MAX, "fr": "t" * (rules.TITLE_MAX + 1)})
    assert set(problems(rules.check_delegation, d)) == {"title.fr"}


@pytest.mark.parametrize(("check", "record", "field"), [
    (rules.check_member, Member(delegation_id=1, name="A\x00B"), "name"),
    (rules.check_member, Member(delegation_id=1, name="A", dietary="x\x00"), "dietary"),
    (rules.check_delegation, Delegation(title={"de": "T\x00"}), "title.de"),
    (rules.check_venue, Venue(name="V", accessibility_notes="\x00"), "accessibility_notes"),
])
def test_nul_characters_are_refused(check, record, field) -> None:  # type: ignore[no-untyped-def]
    assert field in problems(check, record)
