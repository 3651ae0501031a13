"""TimelineController: moves dropped items through a pluggable store, with undo and live checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.scheduling import Schedule, ScheduledItem
from planner.domain.scheduling.messages import quote
from planner.ui.timeline.model import RowKey
from planner.ui.timeline.projection import plan_move, project
from planner.ui.timeline.view import TimelineView

# (item as stored now, item as wanted) -> item as stored afterwards; the services' update call
# goes here in the application. It may refuse by raising.
ApplyMove = Callable[[ScheduledItem, ScheduledItem], ScheduledItem]
PlanMove = Callable[[ScheduledItem, datetime, "RowKey | None", "RowKey | None"], ScheduledItem]
# (item as shown now, item as wanted): the owner stores it later (off the UI thread, on its own
# undo stack) and answers with `confirm_move` or `put_back`.
RequestMove = Callable[[ScheduledItem, ScheduledItem], None]


def keep_as_wanted(current: ScheduledItem, wanted: ScheduledItem) -> ScheduledItem:
    """The apply_move of tests and demos: no database, the wanted item is the stored one."""
    return wanted


class MoveItemCommand(QUndoCommand):
    """One move on the undo stack; it was applied before being pushed."""

    def __init__(
        self, controller: TimelineController, before: ScheduledItem, after: ScheduledItem
    ) -> None:
        text = "{title} verschieben" if controller.view.lang == "de" else "Move {title}"
        super().__init__(text.format(title=quote(after.title, controller.view.lang)))
        self._controller = controller
        self.before, self.after = before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the move is already stored
            self._pushed = True
            return
        self.after = self._controller.store(self.before, self.after)

    def undo(self) -> None:
        self.before = self._controller.store(self.after, self.before)


class TimelineController(QObject):
    """Owns the engine's Schedule for a TimelineView: applies drops, rechecks, refreshes."""

    moveFailed = Signal(int, str)

    def __init__(
        self,
        view: TimelineView,
        schedule: Schedule,
        *,
        delegation_names: Mapping[int, str] | None = None,
        apply_move: ApplyMove = keep_as_wanted,
        plan: PlanMove = plan_move,
        undo_stack: QUndoStack | None = None,
        request: RequestMove | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.schedule = schedule
        self.delegation_names = dict(delegation_names or {})
        self.apply_move = apply_move
        self.plan = plan
        self.request = request
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        view.moveRequested.connect(self.request_move)
        view.moveHovered.connect(self.preview_move)
        # `refresh()` asks for the known conflicts: a schedule checked on the worker is not
        # checked again here, on the UI thread; an unchecked one is checked then.
        self.refresh()

    def refresh(self) -> None:
        rows, blocks = project(self.schedule, self.schedule, self.delegation_names, self.view.lang)
        self.view.set_schedule(rows, blocks, self.schedule.conflicts())

    def request_move(self, item_id: int, new_start: datetime, to_row: RowKey | None) -> bool:
        """Apply a drop; False (and the block put back) when nothing changed or it failed."""
        current = self.schedule.get(item_id)
        if current is None:
            return False
        wanted = self.plan(current, new_start, self.view.drag_source_row, to_row)
        if wanted == current:
            self.refresh()
            return False
        if self.request is not None:
            # Shown at once as wanted (the conflicts follow the block); the owner's store may
            # still refuse, which puts it back.
            self.schedule.replace(wanted)
            self.refresh()
            self.request(current, wanted)
            return True
        try:
            stored = self.apply_move(current, wanted)
        except Exception as error:  # refused by the store: reported, and the block goes back
            self.moveFailed.emit(item_id, str(error))
            self.refresh()
            return False
        self.schedule.replace(stored)
        self.undo_stack.push(MoveItemCommand(self, current, stored))
        self.refresh()
        return True

    def set_schedule(
        self, schedule: Schedule, delegation_names: Mapping[int, str] | None = None
    ) -> None:
        """A freshly read schedule (the owner re-fetched after a change); already checked."""
        self.schedule = schedule
        if delegation_names is not None:
            self.delegation_names = dict(delegation_names)
        self.refresh()

    def put_back(self, before: ScheduledItem, reason: str) -> None:
        """The owner's store refused a requested move: show the item where it was."""
        self.schedule.replace(before)
        self.moveFailed.emit(before.id, reason)
        self.refresh()

    def store(self, current: ScheduledItem, wanted: ScheduledItem) -> ScheduledItem:
        """Used by undo and redo: store, recheck around the item, redraw."""
        stored = self.apply_move(current, wanted)
        self.schedule.replace(stored)
        self.refresh()
        return stored

    def preview_move(self, item_id: int, new_start: datetime, to_row: RowKey | None) -> None:
        """While dragging: would the hovered slot cause conflicts? (no data changes)"""
        current = self.schedule.get(item_id)
        if current is None:
            return
        wanted = self.plan(current, new_start, self.view.drag_source_row, to_row)
        found = self.schedule.check_item(wanted)
        severity = (
            "error" if any(c.severity == "error" for c in found) else "warning" if found else None
        )
        self.view.show_move_verdict(item_id, severity)
