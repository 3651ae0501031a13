"""The day-by-day programme: one small table per item (fast, and pages break between items)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from planner.documents.data import ItemInfo, ItineraryData, Journey, MemberInfo
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
    """Headings per day and a table per item, in start order, the journey on the first and
    last day; a transfer says where from and where to."""
    words = words or Wording(lang)
    story: list[Flowable] = [setter.para(words.label("programme"), styles.h1, "label")]
    items = sorted(view.items, key=lambda item: (item.start, item.end, item.id))
    if not items:
        story.append(setter.para(words.label("no_items"), styles.body, "label"))
        return story
    names = {member.id: member for member in view.members}
    events: list[tuple[datetime, int, ItemInfo | Journey]] = [
        (item.start, 1, item) for item in items]
    if view.arrival is not None:
        events.append((view.arrival.instant, 0, view.arrival))
    if view.departure is not None:
        events.append((view.departure.instant, 2, view.departure))
    events.sort(key=lambda event: (event[0], event[1]))
    days: dict[date, list[Flowable]] = {}
    place = ""  # where the delegation is: a transfer's pick-up point
    for n, (moment, order, event) in enumerate(events):
        if isinstance(event, Journey):
            arriving = order == 0
            block = _journey_table(event, arriving, view.city_name, words, setter, styles)
            if arriving:
                place = event.place
        else:
            route = None
            if event.kind_code == "transfer":
                following = events[n + 1][2] if n + 1 < len(events) else None
                destination = event.venue_name or (
                    following.place if isinstance(following, Journey) else "")
                route = (place, destination)
            block = item_table(event, names, words, internal, setter, styles, route)
            place = (route[1] if route else event.venue_name) or place
        days.setdefault(local(moment).date(), []).append(block)
    for day, blocks in days.items():
        number = (day - day_one).days + 1 if day_one else 1
        heading = setter.para(words.day(number, day), styles.h2, "label")
        # A day heading stays with its first item; a day's last two items stay together so
        # no page carries a single item when the one before it could have gone along.
        if len(blocks) <= 2:
            story.append(KeepTogether([heading, *blocks]))
            continue
        story.append(KeepTogether([heading, blocks[0]]))
        story += blocks[1:-2]
        story.append(KeepTogether(blocks[-2:]))
    return story


def _journey_table(journey: Journey, arriving: bool, city: str, words: Wording,
                   setter: Typesetter, styles: Styles) -> HouseTable:
    """The arrival or departure as the day's first or last entry: mode, number, place."""
    lang = words.lang
    title = words.label("journey_arrival" if arriving else "journey_departure", city=city)
    details = " · ".join(part for part in (journey.mode, journey.reference) if part)
    cells = [setter.para(title, styles.item_title, "journey")]
    if details:
        cells.append(setter.para(details, styles.body, "journey"))
    if journey.place:
        cells.append(_line(words.label("venue"), journey.place, "journey: place", setter,
                           styles, lang=lang))
    return framed([[setter.para(clock(journey.instant, lang), styles.time, "time"), cells]],
                   styles, ACCENT_LIGHT)


def framed(rows: list[list[object]], styles: Styles, bar: object,
            extra: Sequence[tuple[object, ...]] = ()) -> HouseTable:
    """An entry of the programme: time column, details, a coloured bar at the left."""
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
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, bar),
        *extra,
    ]
    table = HouseTable(rows, colWidths=[TIME_COL, TEXT_WIDTH - TIME_COL], rtl=styles.rtl)
    table.setStyle(TableStyle(commands))
    return table


def item_table(
    item: ItemInfo,
    members: dict[int, MemberInfo],
    words: Wording,
    internal: bool,
    setter: Typesetter,
    styles: Styles,
    route: tuple[str, str] | None = None,
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
    if route is not None:
        # A transfer: the pick-up point (where the delegation is) and where it goes.
        origin, destination = route
        if origin:
            cells.append(_line(words.label("from"), origin, f"{where}: from", setter, styles,
                               lang=lang))
        if venue or destination:
            cells.append(_line(words.label("to"), venue or destination, f"{where}: to",
                               setter, styles, lang=lang))
    elif venue:
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
    # The dress code once: not again when the note for guests already states it.
    if item.dress_code and item.dress_code.casefold() not in item.guest_notes.casefold():
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
    extra: list[tuple[object, ...]] = []
    if len(rows) > guest_row_count:
        extra += [
            ("BACKGROUND", (1, guest_row_count), (1, -1), INTERNAL_BG),
            ("TOPPADDING", (0, guest_row_count), (-1, guest_row_count), 4),
            ("BOTTOMPADDING", (0, guest_row_count - 1), (-1, guest_row_count - 1), 4),
        ]
    bar = ALERT if item.conflicts and internal else ACCENT_LIGHT
    return framed(rows, styles, bar, extra)


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
