"""Undoable edits: each is a pair of service calls run on the worker, kept on one QUndoStack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtGui import QUndoCommand

from planner.domain.checklists import Task
from planner.domain.records import Member, ProgrammeItem
from planner.services import Services
from planner.services.delegations import DelegationSnapshot
from planner.ui.ops import AppContext


class Edit:
    """`apply` and `revert` run on the worker thread, one at a time; they may keep state."""

    def __init__(self, text: str) -> None:
        self.text = text

    def apply(self) -> Any:
        raise NotImplementedError

    def revert(self) -> Any:
        raise NotImplementedError


class SaveRecord(Edit):
    """Create (before is None) or edit a record through a service with .save/.delete."""

    def __init__(self, text: str, service: Any, record: Any, before: Any | None = None) -> None:
        super().__init__(text)
        self.service = service
        self.record = record
        self.before = before
        self.current: Any = None

    def apply(self) -> Any:
        if self.current is None:  # first time: exactly what the user asked for
            self.current = self.service.save(self.record)
        elif self.before is None:  # redo of a create after its undo deleted it
            self.current = self.service.save(replace(self.current, id=None, version=None))
        else:
            self.current = self.service.save(replace(self.record, version=self.current.version))
        return self.current

    def revert(self) -> Any:
        if self.before is None:
            self.service.delete(self.current.id, self.current.version)
            return None
        self.current = self.service.save(replace(self.before, version=self.current.version))
        return self.current


class DeleteRecord(Edit):
    """Delete a record; undo restores it with its id where the service can (programme items),
    else saves it again under a new id."""

    def __init__(self, text: str, service: Any, record: Any) -> None:
        super().__init__(text)
        self.service = service
        self.record = record

    def apply(self) -> Any:
        self.service.delete(self.record.id, self.record.version)
        return self.record

    def revert(self) -> Any:
        restore = getattr(self.service, "restore", None)
        if restore is not None:
            self.record = restore(self.record)
        else:
            self.record = self.service.save(replace(self.record, id=None, version=None))
        return self.record


class SetHead(Edit):
    """Mark the head of delegation; undo gives the mark back to whoever had it."""

    def __init__(self, text: str, services: Services, delegation_id: int, member_id: int) -> None:
        super().__init__(text)
        self.services, self.delegation_id, self.member_id = services, delegation_id, member_id
        self.previous: int | None = None

    def apply(self) -> int | None:
        self.previous = self.services.members.set_head(self.delegation_id, self.member_id)
        return self.previous

    def revert(self) -> int | None:
        return self.services.members.set_head(self.delegation_id, self.previous)


class RescheduleItem(Edit):
    """A timeline drop: new start (same length) and, on the venue or vehicle axis, a new place."""

    def __init__(
        self, text: str, services: Services, item_id: int, start: datetime, **where: int | None
    ) -> None:
        super().__init__(text)
        self.services, self.item_id, self.start, self.where = services, item_id, start, where
        self.before: ProgrammeItem | None = None

    def apply(self) -> ProgrammeItem:
        current = self.services.programme.get(self.item_id)
        if self.before is None:
            self.before = current
        moved = replace(current, start=self.start, end=self.start + (current.end - current.start))
        return self.services.programme.save(replace(moved, **self.where))

    def revert(self) -> ProgrammeItem:
        assert self.before is not None
        current = self.services.programme.get(self.item_id)
        b = self.before
        # The fresh version: the item may have been saved since (a redo is one such save).
        return self.services.programme.save(replace(
            current, start=b.start, end=b.end, venue_id=b.venue_id, vehicle_id=b.vehicle_id
        ))


class DeleteDelegation(Edit):
    """Delete a delegation with its members and programme; undo restores the exact snapshot."""

    def __init__(self, text: str, services: Services, delegation_id: int, version: int) -> None:
        super().__init__(text)
        self.services = services
        self.delegation_id = delegation_id
        self.version = version
        self.snapshot: DelegationSnapshot | None = None

    def apply(self) -> Any:
        self.snapshot = self.services.delegations.delete(self.delegation_id, self.version)
        return self.snapshot

    def revert(self) -> Any:
        assert self.snapshot is not None
        restored = self.services.delegations.restore(self.snapshot)
        self.version = restored.version or 0
        return restored


class ReorderMembers(Edit):
    def __init__(
        self, text: str, services: Services, delegation_id: int, before: list[int], after: list[int]
    ) -> None:
        super().__init__(text)
        self.services, self.delegation_id = services, delegation_id
        self.before, self.after = before, after

    def apply(self) -> list[Member]:
        return self.services.members.reorder(self.delegation_id, self.after)

    def revert(self) -> list[Member]:
        return self.services.members.reorder(self.delegation_id, self.before)


class MoveItem(Edit):
    def __init__(self, text: str, services: Services, item_id: int, minutes: int) -> None:
        super().__init__(text)
        self.services, self.item_id, self.minutes = services, item_id, minutes

    def apply(self) -> ProgrammeItem:
        return self.services.programme.move(self.item_id, self.minutes)

    def revert(self) -> ProgrammeItem:
        return self.services.programme.move(self.item_id, -self.minutes)


class DuplicateItem(Edit):
    def __init__(self, text: str, services: Services, item_id: int, shift: timedelta) -> None:
        super().__init__(text)
        self.services, self.item_id, self.shift = services, item_id, shift
        self.copy: ProgrammeItem | None = None

    def apply(self) -> ProgrammeItem:
        if self.copy is None:
            self.copy = self.services.programme.duplicate(self.item_id, self.shift)
        else:
            self.copy = self.services.programme.save(replace(self.copy, id=None, version=None))
        return self.copy

    def revert(self) -> None:
        assert self.copy is not None and self.copy.id is not None
        self.services.programme.delete(self.copy.id, self.copy.version)


class SetTaskDone(Edit):
    """Tick a checklist task done or open again; undo gives it its former state back."""

    def __init__(self, text: str, services: Services, task_id: int, done: bool) -> None:
        super().__init__(text)
        self.services, self.task_id, self.done = services, task_id, done

    def apply(self) -> Task:
        return self.services.tasks.set_done(self.task_id, self.done)

    def revert(self) -> Task:
        return self.services.tasks.set_done(self.task_id, not self.done)


class ApplyChecklist(Edit):
    """A checklist's tasks for a visit; undo removes them, redo puts the same ones back."""

    def __init__(self, text: str, services: Services, delegation_id: int, name: str) -> None:
        super().__init__(text)
        self.services, self.delegation_id, self.name = services, delegation_id, name
        self.tasks: list[Task] = []

    def apply(self) -> list[Task]:
        if not self.tasks:
            self.tasks = self.services.tasks.apply_template(self.delegation_id, self.name)
        else:
            self.tasks = self.services.tasks.restore_many(self.tasks)
        return self.tasks

    def revert(self) -> list[Task]:
        return self.services.tasks.delete_many([t.id for t in self.tasks if t.id is not None])


class SaveTemplates(Edit):
    """The office's checklists or letters saved whole; undo stores the former ones again."""

    def __init__(self, text: str, save: Callable[[Any], Any], before: Any, after: Any) -> None:
        super().__init__(text)
        self.save, self.before, self.after = save, before, after

    def apply(self) -> Any:
        return self.save(self.after)

    def revert(self) -> Any:
        return self.save(self.before)


class _Command(QUndoCommand):
    def __init__(self, ctx: AppContext, edit: Edit) -> None:
        super().__init__(edit.text)
        self.ctx = ctx
        self.edit = edit
        self._done_already = True  # the first redo happened before the push

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.ctx.ops.run(self.edit.apply)

    def undo(self) -> None:
        self.ctx.ops.run(self.edit.revert)


def perform(
    ctx: AppContext,
    edit: Edit,
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Run `edit` off the UI thread; only once it succeeded does it become undoable."""

    def done(result: Any) -> None:
        ctx.undo.push(_Command(ctx, edit))
        if success is not None:
            success(result)

    ctx.ops.run(edit.apply, done, failure)
