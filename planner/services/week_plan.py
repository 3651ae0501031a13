"""What the printed week plan shows: the timeline's week view as plain document data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from planner.documents import data as doc
from planner.domain.errors import Problem, ValidationError
from planner.domain.scheduling import sort_conflicts
from planner.domain.scheduling.timeline import AXES, project
from planner.services.conflicts import MARGIN, ConflictCheck, day_start, sentence
from planner.services.context import ServiceContext
from planner.services.settings import office_identity
from planner.store.models import ProgrammeItemRow


def week_plan(ctx: ServiceContext, day: date, axis: str = "delegation",
              lang: str = "de") -> doc.WeekPlanData:
    """The week (Monday to Sunday, office time) that contains `day`, rows of one axis.

    Rows are the timeline's rows of that axis that have an item in the week, in the same
    order; conflicts are those touching an item of the week, as the engine words them."""
    if axis not in AXES:
        raise ValidationError(Problem("axis", f"unknown axis {axis!r}; use one of "
                                              f"{', '.join(AXES)}"))
    monday = day - timedelta(days=day.weekday())
    start, end = day_start(monday), day_start(monday + timedelta(days=7))
    engine_lang = "de" if lang == "de" else "en"  # the engine's sentences are de/en
    # The margin lets an item just outside the week collide with one inside it.
    schedule, names = ConflictCheck(ctx).period(start - MARGIN, end + MARGIN, engine_lang)
    in_week = {item.id for item in schedule if item.end > start and item.start < end}
    conflicts = [c for c in sort_conflicts(schedule.conflicts())
                 if any(i in in_week for i in c.item_ids)]
    severity: dict[int, str] = {}
    for conflict in conflicts:
        for item_id in conflict.item_ids:
            if severity.get(item_id) != "error":
                severity[item_id] = conflict.severity
    rows, blocks = project(schedule, (i for i in schedule if i.id in in_week), names,
                           "de" if lang == "de" else lang)
    by_row: dict[tuple[str, int], list[doc.WeekEntry]] = {}
    for block in blocks:
        whose = "" if axis == "delegation" else ", ".join(
            names[ident] for kind, ident in block.row_keys
            if kind == "delegation" and ident in names)
        entry = doc.WeekEntry(block.start, block.end, block.title, block.kind,
                              "" if axis == "venue" else block.detail,
                              severity.get(block.item_id), whose)
        for key in block.row_keys:
            by_row.setdefault(key, []).append(entry)
    with ctx.read() as session:
        newest = session.scalar(select(func.max(ProgrammeItemRow.updated_at)).where(
            ProgrammeItemRow.end_at > start, ProgrammeItemRow.start_at < end))
        office = office_identity(session)
    return doc.WeekPlanData(
        city_name=office.city,
        office=office,
        monday=start,
        axis=axis,
        rows=tuple(doc.WeekRow(r.label, r.detail, tuple(by_row[r.key]))
                   for r in rows if r.axis == axis and r.key in by_row),
        conflicts=tuple(doc.WeekConflict(c.severity, sentence(c, lang)) for c in conflicts),
        # 'As of' = the newest change in the week: the same plan prints the same bytes.
        generated_at=_aware(newest) if newest is not None else None,
        fallbacks=(doc.Fallback(ENGINE_ONLY),) if engine_lang != lang and rows else (),
    )


# The scheduling engine names its rows' items in German and English; other languages get the
# English titles, and the officer is told so before printing.
ENGINE_ONLY = ("Item titles of the week plan exist in German and English only; printed in "
               "English")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
