"""The programme timeline: a day/week view by delegation, person, venue or vehicle.

Only plain data goes in (rows, blocks, conflicts); moves come out as `moveRequested`.
`TimelineController` wires it to the scheduling engine with undo.
"""

from __future__ import annotations

from planner.ui.timeline.controller import (
    ApplyMove,
    MoveItemCommand,
    TimelineController,
    keep_as_wanted,
)
from planner.ui.timeline.model import (
    AXES,
    KIND_STYLES,
    ConflictLike,
    RowKey,
    TimelineBlock,
    TimelineRow,
)
from planner.ui.timeline.projection import plan_move, project, row_keys_of
from planner.ui.timeline.view import TimelineView

__all__ = [
    "AXES",
    "KIND_STYLES",
    "ApplyMove",
    "ConflictLike",
    "MoveItemCommand",
    "RowKey",
    "TimelineBlock",
    "TimelineController",
    "TimelineRow",
    "TimelineView",
    "keep_as_wanted",
    "plan_move",
    "project",
    "row_keys_of",
]
