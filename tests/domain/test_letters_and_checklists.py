"""Letter templates fill only named placeholders; checklist deadlines follow the visit."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.domain.checklists import (
    Anchor,
    ChecklistTemplate,
    Condition,
    Task,
    TaskTemplate,
    VisitFacts,
    moved,
    parse_templates,
    tasks_for,
    when_text,
)
from planner.domain.errors import ValidationError
from planner.domain.letters import LetterKind, LetterTemplate, check_template, fill, render

BERLIN = ZoneInfo("Europe/Berlin")


def _letter(body: str, kind: LetterKind = LetterKind.INVITATION) -> LetterTemplate:
    return LetterTemplate(kind, "en", "Visit", "{head.salutation}", body)


def test_a_template_is_filled_by_name_and_braces_can_be_printed() -> None:
    letter = render(_letter("{head.greeting},\n\nSee {{this}} on {delegation.dates}.\n\nX"),
                    {"head.greeting": "Dear Ms Levi", "delegation.dates": "8–10 May 2026",
                     "head.salutation": "Ms Miriam Levi"}, "Dortmund, 1 May 2026")
    assert letter.paragraphs == ("Dear Ms Levi,", "See {this} on 8–10 May 2026.", "X")
    assert letter.recipient == ("Ms Miriam Levi",)


@pytest.mark.parametrize("body, named", [
    ("Hello\n{nonsense}", "line 2: unknown placeholder {nonsense}"),
    ("{head.name.__class__}", "unknown placeholder {head.name.__class__}"),
    ("{head.name!r}", "{head.name!r} is not a placeholder"),
    ("{head.name:>30}", "{head.name:>30} is not a placeholder"),
    ("{0}", "{0} is not a placeholder"),
    ("a single { brace", "line 1: a single '{'"),
    ("{member.passport_number}", "names a member; only a visa letter"),
])
def test_a_template_with_anything_but_a_known_name_is_refused_naming_it(body: str,
                                                                         named: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_template(_letter(body))
    assert any(named in problem.message for problem in refused.value.problems), \
        refused.value.problems


def test_filling_never_evaluates_what_a_placeholder_names() -> None:
    with pytest.raises(ValidationError, match="unknown placeholder"):
        fill("{__import__}", {"head.name": "x"})


def _facts(arrival: int, departure: int, **flags: bool) -> VisitFacts:
    return VisitFacts(datetime(2026, 5, arrival, 10, tzinfo=BERLIN),
                      datetime(2026, 5, departure, 18, tzinfo=BERLIN), **flags)


TEMPLATE = ChecklistTemplate("Visit", (
    TaskTemplate("Book hotel", Anchor.ARRIVAL, -30),
    TaskTemplate("Prepare Golden Book page", Anchor.ARRIVAL, -14,
                 condition=Condition.GOLDEN_BOOK),
    TaskTemplate("Thank-you letter", Anchor.DEPARTURE, 7, responsible="Lena Wirth"),
    TaskTemplate("Settle travel costs", Anchor.DEPARTURE, 14, condition=Condition.TRIP),
))


def test_a_template_gives_the_tasks_whose_condition_holds_with_their_deadlines() -> None:
    tasks = tasks_for(TEMPLATE, 7, _facts(8, 10, golden_book=True), {"Lena Wirth": 3}, 2)
    assert [(t.title, t.due, t.responsible_id) for t in tasks] == [
        ("Book hotel", date(2026, 4, 8), 2),
        ("Prepare Golden Book page", date(2026, 4, 24), 2),
        ("Thank-you letter", date(2026, 5, 17), 3),
    ]
    assert when_text(Anchor.ARRIVAL, -30) == "30 days before arrival"
    assert when_text(Anchor.DEPARTURE, 1) == "1 day after departure"


def test_moving_the_visit_moves_open_deadlines_and_keeps_done_ones() -> None:
    open_task = Task(1, "Book hotel", Anchor.ARRIVAL, -30, date(2026, 4, 8), id=1)
    done_task = Task(1, "Order flags", Anchor.ARRIVAL, -3, date(2026, 5, 5), id=2,
                     done_at=datetime(2026, 5, 4, tzinfo=BERLIN))
    fixed = Task(1, "Council meeting", None, 0, date(2026, 3, 1), id=3)
    changed = moved([open_task, done_task, fixed], _facts(15, 17))
    assert [(t.id, t.due) for t in changed] == [(1, date(2026, 4, 15))]


def test_stored_templates_are_checked_row_by_row() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_templates([{"name": "Visit", "tasks": [
            {"title": "Book hotel", "anchor": "arival", "days": -30},
            {"title": "", "anchor": "arrival", "days": "soon"}]}])
    fields = {p.field for p in refused.value.problems}
    assert fields == {"checklists[0].tasks[0].anchor", "checklists[0].tasks[1].days"}
    with pytest.raises(ValidationError, match="more than 540 days"):
        parse_templates([{"name": "Visit", "tasks": [{"title": "x", "days": -9999}]}])


def test_an_address_block_longer_than_the_envelope_window_is_refused_not_cut() -> None:
    template = LetterTemplate(LetterKind.THANKS, "en", "Thanks", "\n".join("x" * 10), "Body")
    with pytest.raises(ValidationError, match="the address block has 10 lines; a window "
                                              "envelope shows 9"):
        render(template, {}, "Dortmund, 1 May 2026")
