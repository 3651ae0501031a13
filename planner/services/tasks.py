"""Use cases of the visit checklists: templates applied to a delegation, tasks done and undone,
deadlines that follow the visit, and the list of what is due."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import exists, false, func, insert, or_, select
from sqlalchemy.orm import Session

from planner.domain.checklists import (
    Anchor,
    ChecklistTemplate,
    Task,
    VisitFacts,
    check_task,
    due_date,
    moved,
    parse_templates,
    tasks_for,
    template_json,
    when_text,
)
from planner.domain.enums import Direction, EntryStatus, ItemKind, ItemRole, ItemStatus
from planner.domain.errors import Problem, ValidationError
from planner.domain.records import pick_text
from planner.domain.settings import CHECKLIST_TEMPLATES
from planner.services.catalogue import check_reference, get_row
from planner.services.context import ServiceContext, apply_fields, require_version
from planner.services.settings import Settings
from planner.store.audit import mark_changed, record_event
from planner.store.models import (
    DelegationRow,
    GoldenBookEntryRow,
    HostPersonRow,
    ProgrammeItemRow,
    TaskRow,
    item_delegation,
    item_host,
)


@dataclass(frozen=True, slots=True)
class TaskLine:
    """A task as the lists show it: with its visit, who does it, and whether it is mine."""

    task: Task
    delegation_title: str
    responsible: str
    mine: bool

    def as_json(self, today: date) -> dict[str, Any]:
        t = self.task
        return {
            "id": t.id, "delegation_id": t.delegation_id, "delegation": self.delegation_title,
            "title": t.title, "due": t.due.isoformat() if t.due else None,
            "when": when_text(t.anchor, t.offset_days),
            "anchor": t.anchor.value if t.anchor else None, "offset_days": t.offset_days,
            "responsible": self.responsible, "mine": self.mine, "checklist": t.template,
            "done": t.done, "done_at": t.done_at.isoformat() if t.done_at else None,
            "done_by": t.done_by, "overdue": t.overdue(today),
            "days_left": (t.due - today).days if t.due else None,
        }


def task_record(row: TaskRow) -> Task:
    done_at = row.done_at
    if done_at is not None and done_at.tzinfo is None:
        done_at = done_at.replace(tzinfo=UTC)
    return Task(row.delegation_id, row.title, Anchor(row.anchor) if row.anchor else None,
                row.offset_days, row.due, row.responsible_id, row.template, row.position,
                done_at, row.done_by, row.id, row.version)


def _columns(task: Task) -> dict[str, Any]:
    return {"delegation_id": task.delegation_id, "title": " ".join(task.title.split()),
            "anchor": task.anchor.value if task.anchor else None,
            "offset_days": task.offset_days, "due": task.due,
            "responsible_id": task.responsible_id, "template": task.template,
            "position": task.position, "done_at": task.done_at, "done_by": task.done_by}


def visit_facts(session: Session, delegation_id: int) -> VisitFacts:
    """The delegation's dates and what its conditions ask: a signing planned, an interpreter."""
    row = get_row(session, DelegationRow, delegation_id, "delegation")
    # A cancelled item or signing asks for nothing.
    own_items = select(ProgrammeItemRow.id).join(
        item_delegation, item_delegation.c.item_id == ProgrammeItemRow.id).where(
        item_delegation.c.delegation_id == delegation_id,
        ProgrammeItemRow.status != ItemStatus.CANCELLED.value)
    signing = session.scalar(select(or_(
        exists().where(ProgrammeItemRow.id.in_(own_items),
                       ProgrammeItemRow.kind == ItemKind.GOLDEN_BOOK.value),
        exists().where(GoldenBookEntryRow.delegation_id == delegation_id,
                       GoldenBookEntryRow.status != EntryStatus.CANCELLED.value))))
    interpreters = session.scalar(select(exists().where(
        item_host.c.item_id.in_(own_items), item_host.c.role == ItemRole.INTERPRETER.value)))
    return VisitFacts(row.arrival_at, row.departure_at, bool(signing), bool(interpreters),
                      row.direction == Direction.OUTGOING.value)


def reschedule(session: Session, delegation_id: int) -> int:
    """Move the deadlines of the delegation's open tasks to its dates (in the caller's
    transaction, so moving a visit and its deadlines is one change, undone as one)."""
    rows = {r.id: r for r in session.scalars(select(TaskRow).where(
        TaskRow.delegation_id == delegation_id, TaskRow.done_at.is_(None)))}
    if not rows:
        return 0
    changed = moved([task_record(r) for r in rows.values()], visit_facts(session, delegation_id))
    for task in changed:
        assert task.id is not None
        rows[task.id].due = task.due
    return len(changed)


def my_people(session: Session, user: str) -> set[int]:
    """The catalogue's people who sign in as `user` (compared without case)."""
    wanted = user.strip().casefold()
    if not wanted:
        return set()
    return {pid for pid, login in session.execute(
        select(HostPersonRow.id, HostPersonRow.login).where(HostPersonRow.login != ""))
        if login.strip().casefold() == wanted}


def _people_by_name(session: Session) -> dict[str, int]:
    return {name.strip().casefold(): pid for pid, name in session.execute(
        select(HostPersonRow.id, HostPersonRow.name))}


def _unknown_people(templates: list[ChecklistTemplate],
                    people: dict[str, int]) -> list[Problem]:
    return [Problem(f"checklists[{i}].tasks[{j}].responsible",
                    f"there is no person named '{t.responsible}' in People & Venues")
            for i, template in enumerate(templates) for j, t in enumerate(template.tasks)
            if t.responsible.strip() and t.responsible.strip().casefold() not in people]


class Tasks:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- templates -------------------------------------------------------------------------
    def templates(self) -> list[ChecklistTemplate]:
        return parse_templates(Settings(self.ctx).get(CHECKLIST_TEMPLATES))

    def templates_versioned(self) -> tuple[list[ChecklistTemplate], int]:
        value, version = Settings(self.ctx).get_versioned(CHECKLIST_TEMPLATES)
        return parse_templates(value), version

    def save_templates(self, templates: list[ChecklistTemplate],
                       expected_version: int | None = None) -> int:
        """Store the office's checklists; a responsible person must be in the catalogue."""
        with self.ctx.read() as session:
            problems = _unknown_people(templates, _people_by_name(session))
        if problems:
            raise ValidationError(problems)
        return Settings(self.ctx).set(CHECKLIST_TEMPLATES,
                                      [template_json(t) for t in templates], expected_version)

    # -- reading -----------------------------------------------------------------------------
    def for_delegation(self, delegation_id: int) -> list[Task]:
        """The delegation's tasks by deadline (none for a delegation deleted meanwhile)."""
        with self.ctx.read() as session:
            return [task_record(r) for r in session.scalars(select(TaskRow).where(
                TaskRow.delegation_id == delegation_id).order_by(
                TaskRow.due.is_(None), TaskRow.due, TaskRow.position, TaskRow.id))]

    def get(self, task_id: int) -> Task:
        with self.ctx.read() as session:
            return task_record(get_row(session, TaskRow, task_id, "task"))

    def due(self, due_before: date | None = None, mine: bool = False,
            include_done: bool = False, delegation_id: int | None = None) -> list[TaskLine]:
        """Tasks not yet done (all with `include_done`), mine first, then by deadline; with
        `due_before`, only those due before that day (overdue ones included); with
        `delegation_id`, only that visit's (an unknown id is refused)."""
        query = select(TaskRow, DelegationRow.title, HostPersonRow.name).join(
            DelegationRow, DelegationRow.id == TaskRow.delegation_id).outerjoin(
            HostPersonRow, HostPersonRow.id == TaskRow.responsible_id)
        if not include_done:
            query = query.where(TaskRow.done_at.is_(None))
        if due_before is not None:
            query = query.where(TaskRow.due < due_before)
        if delegation_id is not None:
            query = query.where(TaskRow.delegation_id == delegation_id)
        with self.ctx.read() as session:
            if delegation_id is not None:
                get_row(session, DelegationRow, delegation_id, "delegation")
            me = my_people(session, self.ctx.user)
            if mine:
                query = query.where(TaskRow.responsible_id.in_(me) if me else false())
            lines = [TaskLine(task_record(row), pick_text(title, "de"), name or "",
                              row.responsible_id in me)
                     for row, title, name in session.execute(query)]
        return sorted(lines, key=lambda line: (
            not line.mine, line.task.due is None, line.task.due or date.max,
            line.task.delegation_id, line.task.position))

    def user_has_person(self) -> bool:
        """Whether anyone in People & Venues signs in as this user (else nothing is "mine")."""
        with self.ctx.read() as session:
            return bool(my_people(session, self.ctx.user))

    # -- changing ----------------------------------------------------------------------------
    def apply_template(self, delegation_id: int, name: str) -> list[Task]:
        """Create the checklist's tasks for the delegation, each with its deadline; a
        checklist already applied to it is refused rather than doubled."""
        chosen = next((t for t in self.templates()
                       if t.name.strip().casefold() == name.strip().casefold()), None)
        if chosen is None:
            known = ", ".join(t.name for t in self.templates()) or "none yet"
            raise ValidationError(Problem("checklist", f"there is no checklist named "
                                                       f"'{name}' (known: {known})"))
        with self.ctx.write() as session:
            return apply_checklist(session, delegation_id, chosen)

    def save(self, task: Task) -> Task:
        """A task added or edited by hand; a deadline relative to the visit is computed."""
        check_task(task)
        with self.ctx.write() as session:
            problems: list[Problem] = []
            check_reference(session, DelegationRow, task.delegation_id, "delegation_id",
                            "delegation", problems)
            check_reference(session, HostPersonRow, task.responsible_id, "responsible_id",
                            "person", problems)
            if problems:
                raise ValidationError(problems)
            if task.anchor is not None:
                task = replace(task, due=due_date(task.anchor, task.offset_days,
                                                  visit_facts(session, task.delegation_id)))
            if task.id is None:
                row = TaskRow(**_columns(task))
                session.add(row)
            else:
                row = get_row(session, TaskRow, task.id, "task")
                require_version("task", row.id, task.version, row.version)
                apply_fields(row, _columns(task))
            session.flush()
            return task_record(row)

    def set_done(self, task_id: int, done: bool, version: int | None = None) -> Task:
        """Tick or untick: who and when are recorded (and kept in the audit trail)."""
        with self.ctx.write() as session:
            row = get_row(session, TaskRow, task_id, "task")
            require_version("task", task_id, version, row.version)
            if done and row.done_at is None:
                row.done_at, row.done_by = datetime.now(UTC), self.ctx.user
            elif not done and row.done_at is not None:
                row.done_at, row.done_by = None, ""
                facts = visit_facts(session, row.delegation_id)
                reopened = moved([replace(task_record(row), done_at=None)], facts)
                if reopened:  # the visit moved while it was done: its deadline follows now
                    row.due = reopened[0].due
            session.flush()
            return task_record(row)

    def delete(self, task_id: int, version: int | None = None) -> Task:
        with self.ctx.write() as session:
            row = get_row(session, TaskRow, task_id, "task")
            require_version("task", task_id, version, row.version)
            task = task_record(row)
            session.delete(row)
            return task

    def delete_many(self, task_ids: list[int]) -> list[Task]:
        """Undo of applying a checklist: its tasks go, whatever was ticked since."""
        with self.ctx.write() as session:
            rows = list(session.scalars(select(TaskRow).where(TaskRow.id.in_(task_ids))))
            tasks = [task_record(r) for r in rows]
            for row in rows:
                session.delete(row)
            return tasks

    def restore(self, task: Task) -> Task:
        """Put a deleted task back with its id (undo of delete)."""
        return self.restore_many([task])[0]

    def restore_many(self, tasks: list[Task]) -> list[Task]:
        """Put deleted tasks back with their ids, in one transaction (undo of a delete or of
        removing a checklist)."""
        with self.ctx.write() as session:
            ids = [t.id for t in tasks]
            if session.scalar(select(exists().where(TaskRow.id.in_(ids)))):
                raise ValidationError(Problem("", "the tasks to restore exist already"))
            now = datetime.now(UTC)
            session.execute(insert(TaskRow), [
                {**_columns(t), "id": t.id, "version": (t.version or 0) + 1,
                 "created_at": now, "updated_at": now} for t in tasks])
            for task in tasks:
                record_event(session, "restore", "task", task.id, {"title": task.title})
            mark_changed(session, "tasks")
            return [task_record(r) for r in session.scalars(
                select(TaskRow).where(TaskRow.id.in_(ids)).order_by(TaskRow.position))]


def apply_checklist(session: Session, delegation_id: int,
                    template: ChecklistTemplate) -> list[Task]:
    """The checklist's tasks for one delegation, added in the caller's transaction."""
    row = get_row(session, DelegationRow, delegation_id, "delegation")
    if session.scalar(select(exists().where(TaskRow.delegation_id == delegation_id,
                                            TaskRow.template == template.name))):
        raise ValidationError(Problem("checklist", f"the checklist '{template.name}' is "
                                                   f"already applied to this visit"))
    people = _people_by_name(session)
    problems = _unknown_people([template], people)
    if problems:
        raise ValidationError(problems)
    start = session.scalar(select(func.coalesce(func.max(TaskRow.position) + 1, 0))
                           .where(TaskRow.delegation_id == delegation_id)) or 0
    tasks = tasks_for(template, delegation_id, visit_facts(session, delegation_id),
                      {t.responsible: people[t.responsible.strip().casefold()]
                       for t in template.tasks if t.responsible.strip()},
                      row.officer_id, start)
    rows = [TaskRow(**_columns(t)) for t in tasks]
    session.add_all(rows)
    session.flush()
    record_event(session, "apply", "delegation", delegation_id,
                 {"checklist": template.name, "tasks": len(rows)})
    return [task_record(r) for r in rows]
