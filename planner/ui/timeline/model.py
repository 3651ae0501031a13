"""The timeline's plain inputs: rows, blocks (from the domain) and what it needs of a conflict."""

from __future__ import annotations

from typing import Protocol

# Rows, blocks and the look of each kind are shared with the printed week plan.
from planner.domain.scheduling.timeline import (
    AXES,
    AXIS_LABELS,
    AXIS_OF_ROW,
    CONFLICT_COLOUR,
    FALLBACK_STYLE,
    KIND_STYLES,
    WARNING_COLOUR,
    KindStyle,
    RowKey,
    TimelineBlock,
    TimelineRow,
    style_of,
)

__all__ = [
    "AXES",
    "AXIS_LABELS",
    "AXIS_OF_ROW",
    "CONFLICT_COLOUR",
    "FALLBACK_STYLE",
    "KIND_STYLES",
    "WARNING_COLOUR",
    "ConflictLike",
    "KindStyle",
    "RowKey",
    "TimelineBlock",
    "TimelineRow",
    "style_of",
]

class ConflictLike(Protocol):
    """What the timeline needs of a conflict; the engine's `Conflict` fits."""

    @property
    def severity(self) -> str: ...

    @property
    def item_ids(self) -> tuple[int, ...]: ...

    @property
    def subject(self) -> str: ...

    def message(self, lang: str = ...) -> str: ...
