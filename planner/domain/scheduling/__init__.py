"""The scheduling engine: programme conflicts found by sorted sweeps over per-key lanes.

Pure Python, no Qt and no database: the services feed it plain records built from rows.
"""

from __future__ import annotations

from planner.domain.scheduling.conflicts import (
    LANE_KINDS,
    SEVERITY,
    Conflict,
    ConflictKind,
    Severity,
    sort_conflicts,
)
from planner.domain.scheduling.findings import cyclic_gc_paused
from planner.domain.scheduling.messages import BERLIN, span_label
from planner.domain.scheduling.records import (
    HOST,
    ITEM_KINDS,
    MEMBER,
    Person,
    PersonKey,
    PlanningRules,
    ScheduledItem,
    Stay,
    Trip,
    Vehicle,
    Venue,
    host_key,
    member_key,
    subject_of,
)
from planner.domain.scheduling.schedule import ConflictChanges, Schedule

__all__ = [
    "BERLIN",
    "HOST",
    "ITEM_KINDS",
    "LANE_KINDS",
    "MEMBER",
    "SEVERITY",
    "Conflict",
    "ConflictChanges",
    "ConflictKind",
    "Person",
    "PersonKey",
    "PlanningRules",
    "Schedule",
    "ScheduledItem",
    "Severity",
    "Stay",
    "Trip",
    "Vehicle",
    "Venue",
    "cyclic_gc_paused",
    "host_key",
    "member_key",
    "sort_conflicts",
    "span_label",
    "subject_of",
]
