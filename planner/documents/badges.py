"""Name badges (90×54 mm, 10 per A4) and tent place cards (folded A6, 4 per A4)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from planner.documents.catalogue import is_rtl
from planner.documents.data import BadgeData, BadgeInfo, RenderResult
from planner.documents.labels import check_lang, label
from planner.documents.layout import ACCENT, INK, MUTED, RULE, Metadata, canvas_pdf
from planner.documents.text import Typesetter, wrap

BADGE_W, BADGE_H = 90 * mm, 54 * mm
BADGE_COLS, BADGE_ROWS = 2, 5
CARD_W, CARD_H = A4[0] / 2, A4[1] / 2  # A6 unfolded; folds to 105 × 74 mm
HOST_BAND = colors.HexColor("#3C4650")  # hosts' badges read as "ours" at a glance


def render_badges(data: BadgeData, lang: str) -> RenderResult:
    """Badges on A4 label sheets (2 × 5, the common 90 × 54 mm business-card stock)."""
    check_lang(lang)
    setter = Typesetter(lang)
    city = setter.clean(data.city_name, "City name")
    event = setter.clean(data.event_title, "Event title")
    people = [_cleaned(person, setter) for person in data.people]
    margin_x = (A4[0] - BADGE_COLS * BADGE_W) / 2
    margin_y = (A4[1] - BADGE_ROWS * BADGE_H) / 2

    def draw(canvas: Canvas) -> None:
        per_page = BADGE_COLS * BADGE_ROWS
        for index, person in enumerate(people):
            if index and index % per_page == 0:
                canvas.showPage()
            slot = index % per_page
            col, row = slot % BADGE_COLS, slot // BADGE_COLS
            x = margin_x + col * BADGE_W
            y = A4[1] - margin_y - (row + 1) * BADGE_H
            _badge(canvas, setter, x, y, person, city, event, is_rtl(lang))

    kind = label("badges", lang)
    meta = Metadata(f"{city}: {kind} — {event}", kind, city, lang)
    return RenderResult(canvas_pdf(meta, draw), setter.warnings, data.fallbacks)


def render_place_cards(data: BadgeData, lang: str) -> RenderResult:
    """Tent cards: each A6 quarter of the sheet is folded across its middle and stood up."""
    check_lang(lang)
    setter = Typesetter(lang)
    city = setter.clean(data.city_name, "City name")
    event = setter.clean(data.event_title, "Event title")
    people = [_cleaned(person, setter) for person in data.people]
    fold = label("fold", lang)

    def draw(canvas: Canvas) -> None:
        for index, person in enumerate(people):
            if index and index % 4 == 0:
                canvas.showPage()
            col, row = index % 2, (index % 4) // 2
            x, y = col * CARD_W, A4[1] - (row + 1) * CARD_H
            _card(canvas, setter, x, y, person, city, fold)

    kind = label("place_cards", lang)
    meta = Metadata(f"{city}: {kind} — {event}", kind, city, lang)
    # A card prints names only, which are never translated: no typed text falls back on it.
    return RenderResult(canvas_pdf(meta, draw), setter.warnings)


def _cleaned(person: BadgeInfo, setter: Typesetter) -> BadgeInfo:
    where = f"Person '{person.name}'"
    return BadgeInfo(
        name=setter.clean(person.name, f"{where}: name"),
        native_name=setter.clean(person.native_name, f"{where}: native name"),
        title=setter.clean(person.title, f"{where}: title"),
        affiliation=setter.clean(person.affiliation, f"{where}: affiliation"),
        side=person.side,
    )


def _fitted_lines(
    setter: Typesetter, text: str, width: float, size: float, floor: float, bold: bool
) -> tuple[float, list[str]]:
    """Shrink a name to fit one line; below the floor size, wrap it (at most two lines)."""
    fitted = setter.fit_size(text, bold, width, size, floor)
    if setter.width(text, fitted, bold) <= width:
        return fitted, [text]
    lines = wrap(text, bold, fitted, width)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
        fitted = min(fitted, setter.fit_size(lines[1], bold, width, fitted, 5))
    return fitted, lines


def _badge(
    canvas: Canvas,
    setter: Typesetter,
    x: float,
    y: float,
    person: BadgeInfo,
    city: str,
    event: str,
    rtl: bool = False,
) -> None:
    canvas.saveState()
    # Hairline cut guide; label stock is pre-cut, plain paper needs it.
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, BADGE_W, BADGE_H)
    band = 11 * mm
    canvas.setFillColor(ACCENT if person.side == "guest" else HOST_BAND)
    canvas.rect(x, y + BADGE_H - band, BADGE_W, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    # The band reads from the start of the line: the city at the right on a Hebrew badge.
    start, end = (x + BADGE_W - 5 * mm, x + 5 * mm) if rtl else (x + 5 * mm, x + BADGE_W - 5 * mm)
    start_align, end_align = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)
    setter.draw_line(canvas, start, y + BADGE_H - 7 * mm, city, 11, True, start_align)
    room = BADGE_W - 10 * mm - setter.width(city, 11, True) - 4 * mm
    size = setter.fit_size(event, False, room, 7.5, 5)
    setter.draw_line(canvas, end, y + BADGE_H - 6.7 * mm, event, size, False, end_align)

    centre = x + BADGE_W / 2
    width = BADGE_W - 10 * mm
    cursor = y + BADGE_H - band - 9 * mm
    canvas.setFillColor(INK)
    _stack(canvas, setter, person, centre, cursor, width, (17, 13, 8.5), floor=9)
    canvas.setFillColor(ACCENT if person.side == "guest" else HOST_BAND)
    size = setter.fit_size(person.affiliation, True, width, 8, 5)
    setter.draw_line(canvas, centre, y + 4.5 * mm, person.affiliation, size, True, TA_CENTER)
    canvas.restoreState()


def _stack(
    canvas: Canvas,
    setter: Typesetter,
    person: BadgeInfo,
    centre: float,
    top: float,
    width: float,
    sizes: Sequence[float],
    floor: float,
) -> float:
    """Name, native name and title centred from baseline `top` downwards; returns next y."""
    name_size, native_size, title_size = sizes
    size, lines = _fitted_lines(setter, person.name, width, name_size, floor, True)
    for line in lines:
        setter.draw_line(canvas, centre, top, line, size, True, TA_CENTER)
        top -= size * 1.2
    if person.native_name and person.native_name != person.name:
        size, lines = _fitted_lines(setter, person.native_name, width, native_size, 7, False)
        top -= size * 0.15
        for line in lines:
            setter.draw_line(canvas, centre, top, line, size, False, TA_CENTER)
            top -= size * 1.25
    if person.title:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        for line in wrap(person.title, False, title_size, width)[:2]:
            setter.draw_line(canvas, centre, top, line, title_size, False, TA_CENTER)
            top -= title_size * 1.3
        canvas.restoreState()
    return top


def _card(
    canvas: Canvas,
    setter: Typesetter,
    x: float,
    y: float,
    person: BadgeInfo,
    city: str,
    fold: str,
) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, CARD_W, CARD_H)
    half = CARD_H / 2
    canvas.setDash(3, 3)
    canvas.line(x + 4 * mm, y + half, x + CARD_W - 4 * mm, y + half)
    canvas.setDash()
    canvas.setFillColor(MUTED)
    setter.draw_line(canvas, x + CARD_W - 5 * mm, y + half + 1.5 * mm, fold, 6, False, TA_RIGHT)
    # Both faces carry the name; the upper one is turned so it reads upright once folded.
    _card_face(canvas, setter, x, y, person, city)
    canvas.saveState()
    canvas.translate(x + CARD_W, y + CARD_H)
    canvas.rotate(180)
    _card_face(canvas, setter, 0, 0, person, city)
    canvas.restoreState()
    canvas.restoreState()


def _card_face(
    canvas: Canvas, setter: Typesetter, x: float, y: float, person: BadgeInfo, city: str
) -> None:
    half = CARD_H / 2
    centre = x + CARD_W / 2
    canvas.setFillColor(ACCENT)
    canvas.rect(x + 8 * mm, y + half - 9 * mm, CARD_W - 16 * mm, 0.8 * mm, stroke=0, fill=1)
    canvas.setFillColor(INK)
    _stack(
        canvas, setter, person, centre, y + half - 22 * mm, CARD_W - 16 * mm, (24, 16, 10), floor=12
    )
    canvas.setFillColor(ACCENT)
    setter.draw_line(canvas, centre, y + 7 * mm, city, 8, True, TA_CENTER)
