"""Use cases of a meal's seating: read the arrangement (the rules' plan with the officer's
chairs over it), save it as one transaction, or go back to the rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from planner.documents.data import SeatingData, TableSpec
from planner.documents.seating import plan_of
from planner.domain.errors import Problem, ValidationError
from planner.domain.seating import SHAPES, STYLES, Plan
from planner.domain.seating_edit import Chair, assignments
from planner.services.context import ServiceContext, require_version
from planner.services.documents import DocumentSource
from planner.store.audit import record_event
from planner.store.models import SeatingPlanRow

MAX_SEATS = 200  # a banquet hall's table, not a typing slip of 2000


@dataclass(frozen=True)
class Arrangement:
    item_id: int
    data: SeatingData  # tables, style and everyone to seat, as the plan prints them
    plan: Plan
    locked: frozenset[str]
    version: int  # of the stored arrangement; 0 while the rules alone seat the meal

    def rearranged(self, plan: Plan, locked: frozenset[str]) -> Arrangement:
        return replace(self, plan=plan, locked=locked)

    def reseated(self, locked: frozenset[str]) -> Plan:
        """Everyone not locked seated again by the rules, around the locked chairs."""
        chairs = {k: c for k, c in assignments(self.plan).items() if k in locked}
        return plan_of(replace(self.data, chairs=chairs, locked=tuple(chairs)))


class SeatingPlans:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def arrangement(self, item_id: int, lang: str = "de", tables: list[TableSpec] | None = None,
                    shape: str | None = None, style: str | None = None) -> Arrangement:
        """The meal as it will print: stored chairs over the rules (or, with tables, shape
        or style given, the rules alone for those)."""
        data = DocumentSource(self.ctx).seating(item_id, lang, tables, shape, style)
        with self.ctx.read() as session:
            row = session.scalar(select(SeatingPlanRow).where(SeatingPlanRow.item_id == item_id))
            version = row.version if row is not None else 0
        return Arrangement(item_id, data, plan_of(data), frozenset(data.locked), version)

    def save(self, item_id: int, data: SeatingData, chairs: Mapping[str, Chair],
             locked: Sequence[str], expected_version: int | None = None) -> int:
        """Store the arrangement (tables, style, chairs, locks); refused if another officer
        saved it meanwhile. Returns the new version."""
        tables = [(t.name, t.seats) for t in data.tables]
        _check(data, tables, chairs)
        layout = data.tables[0].shape if data.tables else "round"
        with self.ctx.write() as session:
            row = session.scalar(select(SeatingPlanRow).where(SeatingPlanRow.item_id == item_id))
            require_version("seating plan", item_id, expected_version,
                            0 if row is None else row.version)
            values = {"layout": layout, "style": data.style,
                      "interpreters_at_table": data.interpreters_at_table,
                      "tables": [list(t) for t in tables],
                      "chairs": {k: list(c) for k, c in chairs.items()},
                      "locked": sorted(k for k in locked if k in chairs)}
            if row is None:
                row = SeatingPlanRow(item_id=item_id, **values)
                session.add(row)
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            session.flush()
            record_event(session, "update", "seating_plan", item_id,
                         {"tables": tables, "locked": values["locked"]})
            return row.version

    def reset(self, item_id: int, expected_version: int | None = None) -> None:
        """Forget the arrangement: the rules seat the meal again."""
        with self.ctx.write() as session:
            row = session.scalar(select(SeatingPlanRow).where(SeatingPlanRow.item_id == item_id))
            if row is None:
                return
            require_version("seating plan", item_id, expected_version, row.version)
            session.delete(row)
            record_event(session, "delete", "seating_plan", item_id, {})


def _check(data: SeatingData, tables: list[tuple[str, int]], chairs: Mapping[str, Chair]
           ) -> None:
    problems: list[Problem] = []
    if not tables:
        problems.append(Problem("tables", "a seating plan needs at least one table"))
    for n, (name, seats) in enumerate(tables, 1):
        if not name.strip():
            problems.append(Problem("tables", f"table {n} needs a name"))
        if not 1 <= seats <= MAX_SEATS:
            problems.append(Problem("tables", f"table {name or n}: {seats} seats; a table "
                                              f"has 1 to {MAX_SEATS}"))
    shapes = {t.shape for t in data.tables}
    if not shapes <= set(SHAPES):
        problems.append(Problem("layout", f"unknown layout {sorted(shapes - set(SHAPES))}; use "
                                          f"one of {', '.join(SHAPES)}"))
    if data.style not in STYLES:
        problems.append(Problem("style", f"unknown style {data.style!r}; use one of "
                                         f"{', '.join(STYLES)}"))
    taken: dict[Chair, str] = {}
    for key, (table, chair) in chairs.items():
        if not (0 <= table < len(tables) and 0 <= chair < tables[table][1]):
            problems.append(Problem("chairs", f"{key}: there is no chair {chair + 1} at table "
                                              f"{table + 1}"))
        elif (table, chair) in taken:
            problems.append(Problem("chairs", f"{key} and {taken[(table, chair)]} cannot both "
                                              f"sit in chair {chair + 1} of table {table + 1}"))
        taken[(table, chair)] = key
    if problems:
        raise ValidationError(problems)
