"""The day-by-day programme: one small table per item (fast, and pages break between items)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from planner.documents.data import ItemInfo, ItineraryData, MemberInfo
from planner.documents.labels import Wording, clock, labelled, local
from planner.documents.layout import (
    ACCENT_LIGHT,
    ALERT,
    INTERNAL_BG,
    RULE,
    TEXT_WIDTH,
    HouseTable,
    Styles,
)
from planner.documents.text import ScriptText, Typesetter

TIME_COL = 31 * mm
_PAD = 4
_BLOCK_LINES = 24


def first_day(data: ItineraryData) -> date | None:
    """Day 1 of the visit: arrival day, or the first item's day if that is earlier."""
    days = [local(item.start).date() for item in data.items]
    if data.arrival is not None:
        days.append(local(data.arrival.instant).date())
    return min(days) if days else None


def programme_story(
    view: ItineraryData,
    day_one: date | None,
    lang: str,
    internal: bool,
    setter: Typesetter,
    styles: Styles,
    words: Wording | None = None,
) -> list[Flowable]:
    """Headings per day and a table per item, in start order."""
    words = words or Wording(lang)
    story: list[Flowable] = [setter.para(words.label("programme"), styles.h1, "label")]
    items = sorted(view.items, key=lambda item: (item.start, item.end, item.id))
    if not items:
        story.append(setter.para(words.label("no_items"), styles.body, "label"))
        return story
    names = {member.id: member for member in view.members}
    current: date | None = None
    for item in items:
        day = local(item.start).date()
        if day != current:
            current = day
            number = (day - day_one).days + 1 if day_one else 1
            heading = words.day(number, day)
            # Keep a day heading with its first item so no page ends on a bare heading.
            story.append(
                KeepTogether(
                    [
                        setter.para(heading, styles.h2, "label"),
                        _item_table(item, names, words, internal, setter, styles),
                    ]
                )
            )
            continue
        story.append(_item_table(item, names, words, internal, setter, styles))
    return story


def _item_table(
    item: ItemInfo,
    members: dict[int, MemberInfo],
    words: Wording,
    internal: bool,
    setter: Typesetter,
    styles: Styles,
) -> HouseTable:
    lang = words.lang
    where = f"Programme item '{item.title}'"
    times = f"{clock(item.start, lang)}–{clock(item.end, lang)}"
    cells: list[ScriptText] = []
    if item.kind:
        cells.append(setter.para(item.kind.upper(), styles.small_bold, f"{where}: kind"))
    cells.append(setter.para(item.title, styles.item_title, f"{where}: title"))
    if item.description:
        cells.append(setter.para(item.description, styles.body, f"{where}: description"))
    venue = ", ".join(part for part in (item.venue_name, item.venue_address) if part)
    if venue:
        cells.append(_line(words.label("venue"), venue, f"{where}: venue", setter, styles,
                           lang=lang))
    if not item.all_members:
        attending = [members[i].name for i in item.participant_ids if i in members]
        if attending:
            text = ", ".join(attending)
            cells.append(
                _line(words.label("participants"), text, f"{where}: participants", setter,
                      styles, lang=lang)
            )
    if item.dress_code:
        cells.append(
            _line(
                words.label("dress_code"), item.dress_code, f"{where}: dress code", setter,
                styles, lang=lang)
        )
    if item.guest_notes:
        cells.append(
            _line(words.label("notes"), item.guest_notes, f"{where}: guest notes", setter,
                  styles, lang=lang)
        )
    staff = _staff_cells(item, words, where, setter, styles) if internal else []
    time_cell = setter.para(times, styles.time, "time")
    width = TEXT_WIDTH - TIME_COL - 2 * _PAD
    lines = sum(cell.line_count(width) for cell in (*cells, *staff))
    if lines <= _BLOCK_LINES:
        # The usual item: one row for the guest part, one tinted row for staff lines. It is
        # never split across pages, and two rows keep the table cheap to lay out.
        rows: list[list[object]] = [[time_cell, cells]]
        if staff:
            rows.append(["", staff])
        guest_row_count = 1
    else:
        # A long item: one row per block of lines, since a table splits only between rows.
        guest_rows = [chunk for cell in cells for chunk in cell.chunks(width, _BLOCK_LINES)]
        staff_rows = [chunk for cell in staff for chunk in cell.chunks(width, _BLOCK_LINES)]
        details = guest_rows + staff_rows
        rows = [[time_cell if n == 0 else "", detail] for n, detail in enumerate(details)]
        guest_row_count = len(guest_rows)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        # Long items may break across pages, but keep the title with their first lines.
        ("NOSPLIT", (0, 0), (-1, min(2, len(rows) - 1))),
    ]
    if len(rows) > guest_row_count:
        commands += [
            ("BACKGROUND", (1, guest_row_count), (1, -1), INTERNAL_BG),
            ("TOPPADDING", (0, guest_row_count), (-1, guest_row_count), 4),
            ("BOTTOMPADDING", (0, guest_row_count - 1), (-1, guest_row_count - 1), 4),
        ]
    if item.conflicts and internal:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 2.5, ALERT))
    else:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT_LIGHT))
    table = HouseTable(rows, colWidths=[TIME_COL, TEXT_WIDTH - TIME_COL], rtl=styles.rtl)
    table.setStyle(TableStyle(commands))
    return table


def _staff_cells(
    item: ItemInfo, words: Wording, where: str, setter: Typesetter, styles: Styles
) -> list[ScriptText]:
    """Run-sheet-only lines; audience.for_audience has already emptied these for guests."""
    lang = words.lang
    cells: list[ScriptText] = []
    pairs: Sequence[tuple[str, str, str]] = (
        ("hosts", ", ".join(item.hosts), "hosts"),
        ("interpreters", ", ".join(item.interpreters), "interpreters"),
        ("vehicle", item.vehicle, "vehicle"),
        ("drivers", ", ".join(item.drivers), "drivers"),
        ("internal_notes", item.internal_notes, "internal notes"),
    )
    for key, value, name in pairs:
        if value:
            cells.append(
                _line(words.label(key), value, f"{where}: {name}", setter, styles,
                      styles.internal, lang=lang)
            )
    for conflict in item.conflicts:
        text = "⚠ " + labelled(words.label("conflict"), conflict, lang)
        cells.append(setter.para(text, styles.alert, f"{where}: conflict"))
    return cells


def _line(
    caption: str,
    value: str,
    field: str,
    setter: Typesetter,
    styles: Styles,
    style: ParagraphStyle | None = None,
    lang: str = "en",
) -> ScriptText:
    # Caption and value share one paragraph so a long value wraps under the caption; the
    # separator is the language's own (French: a narrow no-break space before the colon).
    return setter.para(labelled(caption, value, lang), style or styles.body, field)
