"""Name badges (90×54 mm, 10 per A4) and tent place cards (folded A6, 4 per A4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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

HOST_BAND = colors.HexColor("#3C4650")  # hosts' badges read as "ours" at a glance
CROP = 4 * mm  # length of a crop mark
CROP_OFFSET = 1.5 * mm  # crop marks start this far from the corner: never on the face


@dataclass(frozen=True)
class Sheet:
    """How badges or cards sit on an A4 sheet: plain paper (gaps and crop marks) or a
    pre-cut stock (butted, no marks)."""

    key: str
    title: str
    columns: int
    rows: int
    width: float  # of one badge or (unfolded) card
    height: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    crop_marks: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """Lower left corner of the slot-th item on the page (row by row from the top)."""
        col, row = slot % self.columns, slot // self.columns
        margin_x = (A4[0] - self.columns * self.width - (self.columns - 1) * self.gap_x) / 2
        margin_y = (A4[1] - self.rows * self.height - (self.rows - 1) * self.gap_y) / 2
        x = margin_x + col * (self.width + self.gap_x)
        y = A4[1] - margin_y - (row + 1) * self.height - row * self.gap_y
        return x, y


BADGE_SHEETS = {s.key: s for s in (
    # Plain A4, cut by hand or guillotine: 8 badges 90 × 54 mm with gaps and crop marks.
    Sheet("a4-plain", "A4 plain paper, 2 × 4 with crop marks", 2, 4, 90 * mm, 54 * mm,
          12 * mm, 12 * mm, crop_marks=True),
    # Business-card stock (e.g. 10 per A4, 90 × 54 mm, butted): no marks, the stock is cut.
    Sheet("a4-labels-2x5", "A4 card stock 2 × 5, 90 × 54 mm", 2, 5, 90 * mm, 54 * mm),
    # Badge-holder inserts on perforated stock, 2 × 4 with a gap between the rows.
    Sheet("a4-labels-2x4", "A4 perforated inserts 2 × 4, 90 × 54 mm", 2, 4, 90 * mm, 54 * mm,
          10 * mm, 14 * mm),
)}
CARD_SHEETS = {s.key: s for s in (
    # A6 unfolded (folds to 105 × 74 mm), four per A4, cut along the sheet's halves.
    Sheet("a4-x4", "A4, 4 cards folding to 105 × 74 mm", 2, 2, A4[0] / 2, A4[1] / 2,
          crop_marks=True),
    # A5 landscape unfolded (folds to 210 × 74 mm): long names, long tables.
    Sheet("a4-x2", "A4, 2 cards folding to 210 × 74 mm", 1, 2, A4[0], A4[1] / 2,
          crop_marks=True),
)}


def render_badges(data: BadgeData, lang: str, sheet: str = "a4-plain") -> RenderResult:
    """Badges, one name size per sheet (the largest that fits its longest name)."""
    check_lang(lang)
    layout = _sheet(BADGE_SHEETS, sheet)
    setter = Typesetter(lang)
    city = setter.clean(data.city_name, "City name")
    event = setter.clean(data.event_title, "Event title")
    people = [_cleaned(person, setter) for person in data.people]
    width = layout.width - 10 * mm

    def draw(canvas: Canvas) -> None:
        for first in range(0, len(people), layout.per_page):
            if first:
                canvas.showPage()
            page = people[first:first + layout.per_page]
            sizes = _sheet_sizes(setter, page, width, (17, 13), floor=9)
            for slot, person in enumerate(page):
                x, y = layout.origin(slot)
                _badge(canvas, setter, x, y, layout, person, city, event, sizes, is_rtl(lang))
            if layout.crop_marks:
                _crop_marks(canvas, layout, len(page))

    kind = label("badges", lang)
    meta = Metadata(f"{city}: {kind} — {event}", kind, city, lang)
    return RenderResult(canvas_pdf(meta, draw), setter.warnings, data.fallbacks)


def render_place_cards(data: BadgeData, lang: str, sheet: str = "a4-x4") -> RenderResult:
    """Tent cards: each card is folded across its middle and stood up; both faces carry the
    name, one size for every name on a sheet; nothing but the name is printed on a face."""
    check_lang(lang)
    layout = _sheet(CARD_SHEETS, sheet)
    setter = Typesetter(lang)
    city = setter.clean(data.city_name, "City name")
    event = setter.clean(data.event_title, "Event title")
    people = [_cleaned(person, setter) for person in data.people]
    width = layout.width - 16 * mm

    def draw(canvas: Canvas) -> None:
        for first in range(0, len(people), layout.per_page):
            if first:
                canvas.showPage()
            page = people[first:first + layout.per_page]
            sizes = _sheet_sizes(setter, page, width, (28 if layout.columns == 1 else 24, 16),
                                 floor=12)
            for slot, person in enumerate(page):
                x, y = layout.origin(slot)
                _card(canvas, setter, x, y, layout, person, city, sizes)
            _crop_marks(canvas, layout, len(page))

    kind = label("place_cards", lang)
    meta = Metadata(f"{city}: {kind} — {event}", kind, city, lang)
    # A card prints names only, which are never translated: no typed text falls back on it.
    return RenderResult(canvas_pdf(meta, draw), setter.warnings)


def _sheet(presets: dict[str, Sheet], key: str) -> Sheet:
    if key not in presets:
        raise ValueError(f"unknown sheet {key!r}; use one of {', '.join(presets)}")
    return presets[key]


def _sheet_sizes(setter: Typesetter, people: Sequence[BadgeInfo], width: float,
                 sizes: tuple[float, float], floor: float) -> tuple[float, float]:
    """One name size and one native-name size for a whole sheet: the largest at which the
    longest name still fits one line (never below `floor`; longer names then wrap)."""
    name_size, native_size = sizes
    for person in people:
        name_size = min(name_size, setter.fit_size(person.name, True, width, name_size, floor))
        if person.native_name and person.native_name != person.name:
            native_size = min(native_size, setter.fit_size(person.native_name, True, width,
                                                           native_size, 7))
    return name_size, native_size


def _crop_marks(canvas: Canvas, layout: Sheet, count: int) -> None:
    """Hairline marks at every corner, pointing away from the item: where to cut, without a
    line across anything printed."""
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.25)
    edge = 5 * mm  # printers leave the last few millimetres of a sheet blank
    for slot in range(count):
        x, y = layout.origin(slot)
        for cx, dx in ((x, -1), (x + layout.width, 1)):
            for cy, dy in ((y, -1), (y + layout.height, 1)):
                room_x = min(CROP, max(0.0, (layout.gap_x or 2 * edge) / 2 - CROP_OFFSET))
                room_y = min(CROP, max(0.0, (layout.gap_y or 2 * edge) / 2 - CROP_OFFSET))
                if _inside(cx + dx * (CROP_OFFSET + room_x), cy, edge):
                    canvas.line(cx + dx * CROP_OFFSET, cy, cx + dx * (CROP_OFFSET + room_x), cy)
                if _inside(cx, cy + dy * (CROP_OFFSET + room_y), edge):
                    canvas.line(cx, cy + dy * CROP_OFFSET, cx, cy + dy * (CROP_OFFSET + room_y))
    canvas.restoreState()


def _inside(x: float, y: float, edge: float) -> bool:
    return edge <= x <= A4[0] - edge and edge <= y <= A4[1] - edge


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
    layout: Sheet,
    person: BadgeInfo,
    city: str,
    event: str,
    sizes: tuple[float, float],
    rtl: bool = False,
) -> None:
    canvas.saveState()
    if not layout.crop_marks and not layout.gap_x:
        # Butted stock is pre-cut: a hairline shows each badge's edge on a proof print.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.rect(x, y, layout.width, layout.height)
    band = 11 * mm
    canvas.setFillColor(ACCENT if person.side == "guest" else HOST_BAND)
    canvas.rect(x, y + layout.height - band, layout.width, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    # The band reads from the start of the line: the city at the right on a Hebrew badge.
    right, left = x + layout.width - 5 * mm, x + 5 * mm
    start, end = (right, left) if rtl else (left, right)
    start_align, end_align = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)
    setter.draw_line(canvas, start, y + layout.height - 7 * mm, city, 11, True, start_align)
    room = layout.width - 10 * mm - setter.width(city, 11, True) - 4 * mm
    size = setter.fit_size(event, False, room, 7.5, 5)
    setter.draw_line(canvas, end, y + layout.height - 6.7 * mm, event, size, False, end_align)

    centre = x + layout.width / 2
    width = layout.width - 10 * mm
    cursor = y + layout.height - band - 9 * mm
    canvas.setFillColor(INK)
    _stack(canvas, setter, person, centre, cursor, width, (*sizes, 8.5), floor=9)
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
        # As heavy as the Latin name: a bold face, or a synthetic bold where none exists.
        size, lines = _fitted_lines(setter, person.native_name, width, native_size, 7, True)
        top -= size * 0.15
        for line in lines:
            setter.draw_line(canvas, centre, top, line, size, True, TA_CENTER)
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
    layout: Sheet,
    person: BadgeInfo,
    city: str,
    sizes: tuple[float, float],
) -> None:
    canvas.saveState()
    half = layout.height / 2
    # The fold: short ticks at both ends, outside the printed face — no line, no words on it.
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.25)
    for edge_x, inward in ((x, 1), (x + layout.width, -1)):
        canvas.line(edge_x + inward * 1.5 * mm, y + half, edge_x + inward * 5 * mm, y + half)
    # Both faces carry the name; the upper one is turned so it reads upright once folded.
    _card_face(canvas, setter, x, y, layout, person, city, sizes)
    canvas.saveState()
    canvas.translate(x + layout.width, y + layout.height)
    canvas.rotate(180)
    _card_face(canvas, setter, 0, 0, layout, person, city, sizes)
    canvas.restoreState()
    canvas.restoreState()


def _card_face(
    canvas: Canvas, setter: Typesetter, x: float, y: float, layout: Sheet, person: BadgeInfo,
    city: str, sizes: tuple[float, float],
) -> None:
    half = layout.height / 2
    centre = x + layout.width / 2
    margin = 8 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(x + margin, y + half - 9 * mm, layout.width - 2 * margin, 0.8 * mm, stroke=0,
                fill=1)
    canvas.setFillColor(INK)
    _stack(canvas, setter, person, centre, y + half - 22 * mm, layout.width - 2 * margin,
           (*sizes, 10), floor=12)
    canvas.setFillColor(ACCENT)
    setter.draw_line(canvas, centre, y + 7 * mm, city, 8, True, TA_CENTER)
