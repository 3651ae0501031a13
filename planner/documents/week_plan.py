"""The timeline's week view on paper: one landscape table, rows of one axis, Monday to Sunday.

An internal planning sheet (it names staff and lists conflicts), so every page is marked
staff-only. Each item shows its time, title and place with a bar in its kind's colour, as on
the screen; items in a conflict have their time in red (error) or orange (warning), and the
conflicts of the week follow the table as sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.documents.catalogue import NP_, tp
from planner.documents.data import RenderResult, WeekEntry, WeekPlanData, WeekRow
from planner.documents.labels import (
    check_lang,
    clock,
    label,
    local,
    short_date,
    stamp,
    weekday_heading,
)
from planner.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    ALERT,
    MARGIN_X,
    RULE,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
    paragraph_style,
)
from planner.documents.text import ScriptText, Typesetter
from planner.documents.vocabulary import word
from planner.domain.enums import ItemKind
from planner.domain.scheduling.timeline import style_of

PAGE = landscape(A4)
# What the rows are, in the plan's language (the timeline's own table speaks de/en/fr only).
_AXES = {"delegation": NP_("week plan axis", "Delegation"),
         "person": NP_("week plan axis", "Person"),
         "venue": NP_("week plan axis", "Venue"),
         "vehicle": NP_("week plan axis", "Vehicle")}
WIDTH = PAGE[0] - 2 * MARGIN_X
LABEL_COLUMN = 38 * mm
DAY_COLUMN = (WIDTH - LABEL_COLUMN) / 7
# A day without any item in the week collapses to its heading's width (at least this): the
# busy days get the rest.
EMPTY_DAY_COLUMN = 14 * mm
# A row whose busiest day has more items than this continues in a second table row: a cell
# taller than a page cannot be laid out at all.
ENTRIES_PER_CELL = 9
_ROWS_PER_TABLE = 12  # small tables lay out far faster than one long one (TECH-NOTES)
_WARNING = colors.HexColor("#B26A00")
_BAR = 2.2


class _Entry(Flowable):
    """An item in a day cell: a bar in the kind's colour beside its lines of text."""

    def __init__(self, lines: Sequence[ScriptText], colour: str) -> None:
        super().__init__()
        self.lines = list(lines)
        self.colour = colors.HexColor(colour)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = availWidth - _BAR - 3
        self.width = availWidth
        self.height = sum(line.wrap(inner, availHeight)[1] for line in self.lines) + 3
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.rect(0, 3, _BAR, self.height - 3, stroke=0, fill=1)
        top = self.height
        for line in self.lines:
            top -= line.height
            line.drawOn(canvas, _BAR + 3, top)


def render_week_plan(data: WeekPlanData, lang: str) -> RenderResult:
    check_lang(lang)
    setter = Typesetter(lang)
    styles = Styles()
    small = {
        "time": paragraph_style("week_time", 7.5, True, textColor=ACCENT, leading=9),
        "error": paragraph_style("week_time_error", 7.5, True, textColor=ALERT, leading=9),
        "warning": paragraph_style("week_time_warning", 7.5, True, textColor=_WARNING, leading=9),
        "title": paragraph_style("week_title", 7.5, leading=9),
        "where": paragraph_style("week_where", 6.8, textColor=styles.small.textColor, leading=8.2),
        "whose": paragraph_style("week_whose", 6.8, True, textColor=ACCENT, leading=8.2),
        "row": paragraph_style("week_row", 8.5, True, leading=10.5),
        "detail": paragraph_style("week_detail", 7, textColor=styles.small.textColor, leading=8.5),
        "head": paragraph_style("week_head", 8, True, textColor=styles.small.textColor, leading=10),
    }
    city = setter.clean(data.city_name, "City name")
    kind = label("week_plan", lang)
    monday = local(data.monday).date()
    days = [monday + timedelta(days=n) for n in range(7)]
    iso = monday.isocalendar()
    heading = label(
        "week_of", lang, week=iso.week, first=short_date(days[0], lang),
        last=short_date(days[-1], lang),
    )
    axis = tp(lang, *_AXES[data.axis])
    as_of = label("as_of", lang, when=stamp(data.generated_at, lang)) if data.generated_at else ""
    story: list[Flowable] = [
        setter.para(f"{kind} · {heading}", styles.h1, "label"),
        setter.para(label("rows_by", lang, axis=axis), styles.small, "label"),
        Spacer(1, 3 * mm),
    ]
    header: list[object] = [setter.para(axis, small["head"], "label")] + [
        setter.para(weekday_heading(day, lang), small["head"], "label") for day in days
    ]
    lines = [
        line
        for row in data.rows
        for line in _row_lines(row, days, lang, setter, small)
    ]
    head_width = max(setter.width(weekday_heading(day, lang), 8, True) for day in days)
    widths = _day_widths(data.rows, days, max(EMPTY_DAY_COLUMN, head_width + 7))
    if not lines:
        story.append(setter.para(label("no_items", lang), styles.body, "label"))
    for first in range(0, len(lines), _ROWS_PER_TABLE):
        table = HouseTable(
            [header, *lines[first : first + _ROWS_PER_TABLE]],
            colWidths=[LABEL_COLUMN, *widths],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
                    ("BACKGROUND", (6, 0), (7, -1), ACCENT_LIGHT),  # the weekend
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    story += _legend(data.rows, lang, setter, styles)
    story += _conflicts(data, lang, setter, styles)
    frame = PageFrame(
        city=city, heading=heading, kind=kind, as_of=as_of, lang=lang, internal=True, cover=False,
        office=data.office,
    )
    meta = Metadata(f"{city}: {kind} — {heading}", f"{kind} — {heading}", city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter, pagesize=PAGE), setter.warnings,
                        data.fallbacks)


def _day_widths(rows: Sequence[WeekRow], days: list[date], narrow: float) -> list[float]:
    """Each day's column: `narrow` when the whole week has nothing that day."""
    busy = {local(e.start).date() for row in rows for e in row.entries}
    empty = [day not in busy for day in days]
    if all(empty) or not any(empty) or narrow >= DAY_COLUMN:
        return [DAY_COLUMN] * len(days)
    wide = (WIDTH - LABEL_COLUMN - narrow * sum(empty)) / (len(days) - sum(empty))
    return [narrow if is_empty else wide for is_empty in empty]


def _row_lines(
    row: WeekRow, days: list[date], lang: str, setter: Typesetter, small: dict
) -> list[list[object]]:
    """One table row, or several when a day holds more items than fit in one cell."""
    where = f"Row '{row.label}'"
    by_day: list[list[WeekEntry]] = [[] for _ in days]
    for entry in sorted(row.entries, key=lambda e: (e.start, e.end, e.title)):
        day = local(entry.start).date()
        if days[0] <= day <= days[-1]:
            by_day[(day - days[0]).days].append(entry)
    parts = max(1, *(-(-len(entries) // ENTRIES_PER_CELL) for entries in by_day))
    lines: list[list[object]] = []
    for part in range(parts):
        name: list[Flowable] = [setter.para(row.label, small["row"], f"{where}: name")]
        if part:
            name.append(setter.para(f"({label('continued', lang)})", small["detail"], "label"))
        elif row.detail:
            name.append(setter.para(row.detail, small["detail"], f"{where}: detail"))
        cells: list[object] = [name]
        for entries in by_day:
            chunk = entries[part * ENTRIES_PER_CELL : (part + 1) * ENTRIES_PER_CELL]
            cells.append([_entry(e, lang, setter, small, where) for e in chunk])
        lines.append(cells)
    return lines


def _entry(entry: WeekEntry, lang: str, setter: Typesetter, small: dict, where: str) -> _Entry:
    mark = "⚠ " if entry.severity else ""
    time_style = small.get(entry.severity or "time", small["time"])
    lines = [
        setter.para(f"{mark}{clock(entry.start, lang)}–{_until(entry, lang)}", time_style, "label"),
        setter.para(entry.title, small["title"], f"{where}: item title"),
    ]
    if entry.delegations:
        lines.append(setter.para(entry.delegations, small["whose"], f"{where}: delegation"))
    if entry.where:
        lines.append(setter.para(entry.where, small["where"], f"{where}: venue"))
    return _Entry(lines, style_of(entry.kind).colour)


def _until(entry: WeekEntry, lang: str) -> str:
    """The end time; an item past midnight says so (it is listed on the day it starts)."""
    start_day, end_day = local(entry.start).date(), local(entry.end).date()
    end = clock(entry.end, lang)
    if end_day == start_day:
        return end
    if end_day == start_day + timedelta(days=1):
        return f"{end} (+1)"
    return f"{end} ({short_date(end_day, lang)})"


def _legend(rows: Sequence[WeekRow], lang: str, setter: Typesetter, styles: Styles) -> list:
    kinds = sorted({e.kind for row in rows for e in row.entries})
    if not kinds:
        return []
    cells = [
        _Entry([setter.para(_kind_word(kind, lang), styles.small, "label")], style_of(kind).colour)
        for kind in kinds
    ]
    table = HouseTable([cells], colWidths=[32 * mm] * len(cells), hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 4 * mm), table]


def _kind_word(kind: str, lang: str) -> str:
    try:
        return word(ItemKind(kind), lang)
    except ValueError:
        return kind


def _conflicts(data: WeekPlanData, lang: str, setter: Typesetter, styles: Styles) -> list:
    story: list[Flowable] = [setter.para(label("week_conflicts", lang), styles.h2, "label")]
    if not data.conflicts:
        return [*story, setter.para(label("no_conflicts", lang), styles.body, "label")]
    for conflict in data.conflicts:
        style = styles.alert if conflict.severity == "error" else styles.body
        text = f"⚠ {label(conflict.severity, lang)}: {conflict.sentence}"
        story.append(setter.para(text, style, "Conflict"))
    return story
