"""Visit checklists: templates of tasks with deadlines relative to a visit, and the tasks they
create for one delegation. Deadlines follow the visit while a task is open."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from planner.domain.errors import Problem, ValidationError
from planner.domain.office import OFFICE_ZONE

TASK_TITLE_MAX = 300
TEMPLATE_NAME_MAX = 100
# A deadline a year and a half before a visit is a plan, not a checklist: a typo beyond it.
OFFSET_DAYS_MAX = 540


class Anchor(StrEnum):
    """What a task's deadline is counted from."""

    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class Condition(StrEnum):
    """When a template's task applies to a delegation at all."""

    ALWAYS = "always"
    GOLDEN_BOOK = "golden_book"  # a Golden Book signing is planned
    INTERPRETERS = "interpreters"  # an interpreter is booked for an item
    TRIP = "trip"  # a trip abroad of the office
    VISIT = "visit"  # a visit to the city


@dataclass(frozen=True, slots=True)
class TaskTemplate:
    title: str
    anchor: Anchor = Anchor.ARRIVAL
    # Days from the anchor's date: -30 is "30 days before arrival", 7 "7 days after departure".
    offset_days: int = 0
    # A person of the catalogue by name; empty: the delegation's officer.
    responsible: str = ""
    condition: Condition = Condition.ALWAYS


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    name: str
    tasks: tuple[TaskTemplate, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitFacts:
    """What a template's deadlines and conditions read from one delegation."""

    arrival: datetime | None
    departure: datetime | None
    golden_book: bool = False
    interpreters: bool = False
    trip: bool = False


@dataclass(frozen=True, slots=True)
class Task:
    delegation_id: int
    title: str
    # None: a deadline typed as a date, which does not move with the visit.
    anchor: Anchor | None = Anchor.ARRIVAL
    offset_days: int = 0
    due: date | None = None
    responsible_id: int | None = None
    template: str = ""  # the checklist it came from, empty for a task added by hand
    position: int = 0
    done_at: datetime | None = None
    done_by: str = ""
    id: int | None = None
    version: int | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


def anchor_date(anchor: Anchor, facts: VisitFacts) -> date | None:
    moment = facts.arrival if anchor is Anchor.ARRIVAL else facts.departure
    if moment is None:  # a visit with only one date known: count from the other
        moment = facts.departure if anchor is Anchor.ARRIVAL else facts.arrival
    return moment.astimezone(OFFICE_ZONE).date() if moment is not None else None


def due_date(anchor: Anchor | None, offset_days: int, facts: VisitFacts) -> date | None:
    if anchor is None:
        return None
    start = anchor_date(anchor, facts)
    return start + timedelta(days=offset_days) if start is not None else None


def applies(condition: Condition, facts: VisitFacts) -> bool:
    return {
        Condition.ALWAYS: True,
        Condition.GOLDEN_BOOK: facts.golden_book,
        Condition.INTERPRETERS: facts.interpreters,
        Condition.TRIP: facts.trip,
        Condition.VISIT: not facts.trip,
    }[condition]


def tasks_for(template: ChecklistTemplate, delegation_id: int, facts: VisitFacts,
              responsible: dict[str, int], officer_id: int | None,
              first_position: int = 0) -> list[Task]:
    """The tasks `template` gives this delegation: those whose condition holds, each with its
    deadline and the person responsible (`responsible` maps the template's names to ids)."""
    tasks = []
    for task in template.tasks:
        if not applies(task.condition, facts):
            continue
        person = responsible[task.responsible] if task.responsible else officer_id
        tasks.append(Task(delegation_id, task.title, task.anchor, task.offset_days,
                          due_date(task.anchor, task.offset_days, facts), person,
                          template.name, first_position + len(tasks)))
    return tasks


def moved(tasks: Iterable[Task], facts: VisitFacts) -> list[Task]:
    """The open tasks whose deadline changes now that the visit is at `facts`' dates; done
    tasks keep the deadline they were done against."""
    changed = []
    for task in tasks:
        if task.done or task.anchor is None:
            continue
        due = due_date(task.anchor, task.offset_days, facts)
        if due != task.due:
            changed.append(replace(task, due=due))
    return changed


def when_text(anchor: Anchor | None, offset_days: int) -> str:
    """'30 days before arrival', 'on departure', '7 days after departure' (English, for the
    command line and the audit; the screens have their own words)."""
    if anchor is None:
        return "fixed date"
    days = abs(offset_days)
    unit = "day" if days == 1 else "days"
    if offset_days == 0:
        return f"on {anchor.value}"
    return f"{days} {unit} {'before' if offset_days < 0 else 'after'} {anchor.value}"


# -- templates as the office stores them (a setting) --------------------------------------------
def template_from_json(value: dict[str, Any]) -> ChecklistTemplate:
    return ChecklistTemplate(str(value.get("name", "")), tuple(
        TaskTemplate(str(t.get("title", "")), Anchor(t.get("anchor", "arrival")),
                     int(t.get("days", 0)), str(t.get("responsible", "")),
                     Condition(t.get("condition", "always")))
        for t in value.get("tasks", [])))


def template_json(template: ChecklistTemplate) -> dict[str, Any]:
    return {"name": template.name, "tasks": [
        {"title": t.title, "anchor": t.anchor.value, "days": t.offset_days,
         "responsible": t.responsible, "condition": t.condition.value}
        for t in template.tasks]}


def parse_templates(value: object) -> list[ChecklistTemplate]:
    """The stored setting as templates, or every problem with it, each naming the template
    and the task row (`checklists[1].tasks[3].days`)."""
    problems: list[Problem] = []
    if not isinstance(value, list):
        raise ValidationError(Problem("checklists", "must be a list of checklist templates"))
    templates = []
    for i, raw in enumerate(value):
        where = f"checklists[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("tasks", []), list):
            problems.append(Problem(where, "must be an object with a name and a list of tasks"))
            continue
        for j, task in enumerate(raw.get("tasks", [])):
            problems.extend(_task_problems(f"{where}.tasks[{j}]", task))
        if not problems:
            templates.append(template_from_json(raw))
    if not problems:
        problems.extend(check_templates(templates))
    if problems:
        raise ValidationError(problems)
    return templates


def _task_problems(where: str, task: object) -> list[Problem]:
    if not isinstance(task, dict):
        return [Problem(where, "must be an object with a title and a deadline")]
    found = []
    if task.get("anchor", "arrival") not in {a.value for a in Anchor}:
        found.append(Problem(f"{where}.anchor", f"{task.get('anchor')!r} is neither "
                                                f"'arrival' nor 'departure'"))
    if task.get("condition", "always") not in {c.value for c in Condition}:
        found.append(Problem(f"{where}.condition", f"{task.get('condition')!r} is not one of "
                                                   f"{', '.join(c.value for c in Condition)}"))
    days = task.get("days", 0)
    if type(days) is not int:
        found.append(Problem(f"{where}.days", f"must be a whole number of days, not {days!r}"))
    return found


def check_templates(templates: Sequence[ChecklistTemplate]) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, template in enumerate(templates):
        where = f"checklists[{i}]"
        name = template.name.strip()
        if not name:
            problems.append(Problem(f"{where}.name", "must not be empty"))
        elif len(name) > TEMPLATE_NAME_MAX:
            problems.append(Problem(f"{where}.name", f"is longer than {TEMPLATE_NAME_MAX} "
                                                     f"characters"))
        elif name.casefold() in seen:
            problems.append(Problem(f"{where}.name", f"'{name}' is the name of another "
                                                     f"checklist"))
        seen.add(name.casefold())
        if not template.tasks:
            problems.append(Problem(f"{where}.tasks", f"'{name}' has no tasks"))
        for j, task in enumerate(template.tasks):
            row = f"{where}.tasks[{j}]"
            if not task.title.strip():
                problems.append(Problem(f"{row}.title", "must not be empty"))
            elif len(task.title) > TASK_TITLE_MAX or "\x00" in task.title:
                problems.append(Problem(f"{row}.title", f"is longer than {TASK_TITLE_MAX} "
                                                        f"characters or holds a NUL character"))
            if abs(task.offset_days) > OFFSET_DAYS_MAX:
                problems.append(Problem(f"{row}.days", f"{task.offset_days} days is more than "
                                                       f"{OFFSET_DAYS_MAX} days from the visit"))
    return problems


def check_task(task: Task) -> None:
    problems = []
    if not task.title.strip():
        problems.append(Problem("title", "must not be empty"))
    elif len(task.title) > TASK_TITLE_MAX or "\x00" in task.title:
        problems.append(Problem("title", f"is longer than {TASK_TITLE_MAX} characters or holds "
                                         f"a NUL character"))
    if abs(task.offset_days) > OFFSET_DAYS_MAX:
        problems.append(Problem("offset_days", f"{task.offset_days} days is more than "
                                               f"{OFFSET_DAYS_MAX} days from the visit"))
    if task.anchor is None and task.due is None:
        problems.append(Problem("due", "a task without a deadline relative to the visit needs "
                                       "a date"))
    if problems:
        raise ValidationError(problems)
