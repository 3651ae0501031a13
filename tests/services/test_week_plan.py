"""The week plan's data from the database: the timeline's rows, the week's bounds, conflicts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from planner.domain.enums import ItemKind
from planner.domain.errors import ValidationError
from planner.domain.records import ProgrammeItem
from planner.services import Services
from planner.services.demo import load_demo
from planner.services.week_plan import week_plan
from tests.services.conftest import BERLIN

SATURDAY = date(2026, 5, 9)


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services.ctx)
    return services


def _titles(rows) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.title for row in rows for e in row.entries}


def test_rows_by_every_axis_and_only_the_weeks_items(demo: Services) -> None:
    week = demo.programme.list(start=datetime(2026, 5, 4, tzinfo=BERLIN),
                               end=datetime(2026, 5, 11, tzinfo=BERLIN))
    planned = {i.title["de"] for i in week if i.status != "cancelled"}
    by_delegation = week_plan(demo.ctx, SATURDAY, "delegation", "de")
    assert by_delegation.monday == datetime(2026, 5, 4, tzinfo=BERLIN)
    assert {r.label for r in by_delegation.rows} >= {"Netanya", "Xi'an", "Novi Sad", "Trabzon",
                                                     "Amiens"}
    assert _titles(by_delegation.rows) == planned
    # The shared DORTBUNT! stage item is in the row of each of its delegations.
    stage = [r.label for r in by_delegation.rows
             if any("DORTBUNT" in e.title for e in r.entries)]
    assert len(stage) >= 5
    by_venue = week_plan(demo.ctx, SATURDAY, "venue", "en")
    assert all(e.where == "" for r in by_venue.rows for e in r.entries)  # the row says where
    by_person = week_plan(demo.ctx, SATURDAY, "person", "de")
    assert any(r.detail == "Oberbürgermeister" for r in by_person.rows)
    assert week_plan(demo.ctx, SATURDAY, "vehicle", "de").axis == "vehicle"


def test_the_weeks_conflicts_and_their_items_are_marked(demo: Services) -> None:
    plan = week_plan(demo.ctx, SATURDAY, "person", "de")
    assert plan.conflicts, "the demo week has deliberate slips"
    marked = {e.title for row in plan.rows for e in row.entries if e.severity == "error"}
    errors = [c.sentence for c in plan.conflicts if c.severity == "error"]
    assert errors and marked
    assert all(any(title in sentence for sentence in errors) for title in marked)


def test_the_week_runs_monday_to_sunday_in_office_time(demo: Services) -> None:
    netanya = next(d for d in demo.delegations.list() if d.partner_city == "Netanya")

    def item(title: str, start: datetime) -> None:
        demo.programme.save(ProgrammeItem(
            delegation_ids=(netanya.id,), kind=ItemKind.FREE_TIME, title={"de": title},
            start=start, end=start + timedelta(minutes=30)))

    item("Sonntag spät", datetime(2026, 5, 10, 23, 30, tzinfo=BERLIN))
    item("Montag früh", datetime(2026, 5, 11, 0, 0, tzinfo=BERLIN))
    titles = _titles(week_plan(demo.ctx, date(2026, 5, 4), "delegation", "de").rows)
    assert "Sonntag spät" in titles and "Montag früh" not in titles
    next_week = _titles(week_plan(demo.ctx, date(2026, 5, 17), "delegation", "de").rows)
    assert "Montag früh" in next_week


def test_an_unknown_axis_names_the_field(demo: Services) -> None:
    with pytest.raises(ValidationError) as failure:
        week_plan(demo.ctx, SATURDAY, "room", "de")
    assert failure.value.problems[0].field == "axis"
