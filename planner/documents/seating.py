"""Seating plan of a meal: every name printed at its chair, a drawing per table.

Who sits where is planner.domain.seating (the protocol rules, docs/seating.md); this module
turns plain document data into its sitters and draws round, long and U-shaped tables with
the Latin name, native-script name and function at each chair, in a size that fits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from planner.documents.catalogue import is_rtl, t
from planner.documents.data import HostInfo, RenderResult, SeatingData, TableSpec
from planner.documents.labels import check_lang, clock, label, local, short_date, stamp
from planner.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    TEXT_WIDTH,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
)
from planner.documents.text import Typesetter, wrap
from planner.domain.seating import Plan, SeatedTable, Sitter, Table, seat
from planner.domain.seating_edit import apply

HOST_FILL = colors.HexColor("#3C4650")
CHAIR = 3.4 * mm  # radius of a chair
LABEL_W = 34 * mm  # a name's box beside its chair
NAME_SIZE, NATIVE_SIZE, TITLE_SIZE = 8.5, 7.5, 6.5


def default_table_name(number: int, lang: str) -> str:
    """"Ehrentisch", "Tisch 2" / "Head table", "Table 2" in the plan's language."""
    return t(lang, "Head table") if number == 1 else t(lang, "Table {n}", n=number)


def sitters(data: SeatingData) -> tuple[list[Sitter], list[Sitter], list[Sitter]]:
    """Guests, hosts and interpreters of the meal as the seating rules see them."""
    guests = [Sitter(f"member:{m.id}", m.name, "guest", m.rank, m.is_head,
                     data.member_groups.get(m.id, ""), tuple(m.languages))
              for m in data.members]
    hosts = [_host_sitter(h) for h in data.hosts]
    interpreters = [_host_sitter(h) for h in data.interpreters]
    return guests, hosts, interpreters


def _host_sitter(host: HostInfo) -> Sitter:
    return Sitter(f"host:{host.id}", host.name, "host", host.rank,
                  languages=tuple(host.languages))


def plan_of(data: SeatingData) -> Plan:
    """The rules' plan, with the officer's stored arrangement applied over it."""
    guests, hosts, interpreters = sitters(data)
    tables = [Table(spec.name, spec.seats, spec.shape) for spec in data.tables]
    plan = seat(tables, guests, hosts, data.style, interpreters, data.interpreters_at_table)
    return apply(plan, data.chairs, data.locked) if data.chairs else plan


def render_seating_plan(data: SeatingData, lang: str) -> RenderResult:
    check_lang(lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    city = setter.clean(data.city_name, "City name")
    title = setter.clean(data.delegation_title, "Delegation title")
    kind = label("seating_plan", lang)
    as_of = label("as_of", lang, when=stamp(data.generated_at, lang)) if data.generated_at else ""
    plan = plan_of(data)
    people = _people(data)
    when = f"{short_date(local(data.start).date(), lang)}, {clock(data.start, lang)}"
    story: list[Flowable] = [
        setter.para(kind, styles.h1, "label"),
        setter.para(data.item_title, styles.item_title, "Programme item: title"),
        setter.para(" · ".join(p for p in (when, data.venue_name) if p), styles.body,
                    "Programme item: venue"),
        setter.para(t(lang, "Dark chairs: hosts · blue chairs: guests · numbers from the "
                            "host's chair"), styles.small, "label"),
        Spacer(1, 4 * mm),
    ]
    for seated in plan.tables:
        if all(place.sitter is None for place in seated.places):
            continue  # a table nobody needs is not printed
        # A table and its heading stay on one page; small tables share a page.
        block: list[Flowable] = [setter.para(seated.table.name, styles.h2, "Table name"),
                                 TableDrawing(seated, people, setter, lang)]
        for interpreter, chair in seated.behind:
            place = seated.places[chair]
            text = t(lang, "{name} interprets, seated behind chair {number}",
                     name=interpreter.name, number=place.number)
            block.append(setter.para(text, styles.small, f"Interpreter '{interpreter.name}'"))
        story.append(KeepTogether(block))
    if plan.unseated:
        names = ", ".join(p.name for p in plan.unseated)
        story.append(setter.para(label("unseated", lang, names=names), styles.alert,
                                 "Unseated persons"))
        setter.warnings.append(f"{len(plan.unseated)} person(s) without a seat: {names}")
    frame = PageFrame(city=city, heading=title, kind=kind, as_of=as_of, lang=lang, cover=False,
                      office=data.office)
    meta = Metadata(f"{city}: {kind} — {data.item_title}", f"{kind} — {title}", city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter), setter.warnings, data.fallbacks)


def _people(data: SeatingData) -> dict[str, tuple[str, str]]:
    """Native-script name and function of every sitter, by key."""
    found = {f"member:{m.id}": (m.native_name, m.title) for m in data.members}
    found.update({f"host:{h.id}": (h.native_name, h.title)
                  for h in (*data.hosts, *data.interpreters)})
    return found


class TableDrawing(Flowable):
    """One table seen from above, every chair with its number and its sitter's name."""

    def __init__(self, seated: SeatedTable, people: dict[str, tuple[str, str]],
                 setter: Typesetter, lang: str) -> None:
        super().__init__()
        self.seated = seated
        self.people = people
        self.setter = setter
        self.lang = lang
        self.shape = seated.table.shape
        xs = [p.x for p in seated.places]
        ys = [p.y for p in seated.places]
        if self.shape == "round":
            self.unit = 30 * mm  # the table's radius
            self.height = 2 * self.unit + 2 * (CHAIR + 15 * mm) + 4 * mm
        else:
            span = max(xs) - min(xs) if xs else 0
            # Chairs as far apart as their name boxes need, within the text width; chairs at
            # the ends or down the arms of a U keep a name box's width beside them.
            beside = any(abs(math.sin(p.facing)) < 0.5 for p in seated.places)
            room = TEXT_WIDTH - (2 * LABEL_W + 4 * mm if beside else 4 * mm)
            self.unit = min(LABEL_W + 2 * mm, room / (max(span, 1) + 1))
            depth = (max(ys) - min(ys)) if ys else 0
            self.height = depth * self.unit + 2 * (CHAIR + 17 * mm) + 10 * mm
        self.width = TEXT_WIDTH

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _point(self, x: float, y: float) -> tuple[float, float]:
        places = self.seated.places
        if self.shape == "round":
            return self.width / 2 + x * (self.unit + 7 * mm), \
                self.height / 2 + y * (self.unit + 7 * mm)
        top = max((p.y for p in places), default=0)
        return self.width / 2 + x * self.unit, self.height - 19 * mm - (top - y) * self.unit

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._draw_table()
        for index, place in enumerate(self.seated.places):
            cx, cy = self._point(place.x, place.y)
            person = place.sitter
            fill = colors.white if person is None else (
                ACCENT if person.side == "guest" else HOST_FILL)
            canvas.setFillColor(fill)
            canvas.setStrokeColor(ACCENT if person is None else fill)
            canvas.circle(cx, cy, CHAIR, stroke=1, fill=1)
            canvas.setFillColor(colors.white if person is not None else MUTED)
            self.setter.draw_line(canvas, cx, cy - 2.6, str(place.number), 7.5, True, TA_CENTER)
            if person is not None:
                self._label(index, cx, cy, person)
        canvas.restoreState()

    def _draw_table(self) -> None:
        canvas = self.canv
        canvas.setFillColor(ACCENT_LIGHT)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        if self.shape == "round":
            canvas.circle(self.width / 2, self.height / 2, self.unit, stroke=1, fill=1)
            return
        places = self.seated.places
        if self.shape == "u":
            base = [p for p in places if abs(p.facing + math.pi / 2) < 0.01]
            arms = [p for p in places if p not in base]
            self._board([(p.x, p.y - 0.5) for p in base] or [(0, -0.5)], vertical=False)
            for side in (-1, 1):
                arm = [p for p in arms if (p.x > 0) == (side > 0)]
                if arm:
                    self._board([(p.x - side * 0.5, p.y) for p in arm] + [
                        (arm[0].x - side * 0.5, -0.5)], vertical=True)
            return
        ys = [p.y for p in places]
        # One side facing the room: the table stands in front of the chairs.
        middle = (max(ys) + min(ys)) / 2 - (0.55 if self.shape == "long-one-side" else 0)
        self._board([(p.x, middle) for p in places], vertical=False,
                    deep=self.shape == "long")

    def _board(self, points: Sequence[tuple[float, float]], vertical: bool,
               deep: bool = False) -> None:
        """A rectangular table top covering the given points (table units)."""
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, y0 = self._point(min(xs), min(ys))
        x1, y1 = self._point(max(xs), max(ys))
        pad_long, pad_short = 0.45 * self.unit, (0.32 if deep else 0.18) * self.unit
        if vertical:
            left, right = min(x0, x1) - pad_short, max(x0, x1) + pad_short
            bottom, top = min(y0, y1) - pad_long, max(y0, y1) + pad_long
        else:
            left, right = min(x0, x1) - pad_long, max(x0, x1) + pad_long
            bottom, top = min(y0, y1) - pad_short, max(y0, y1) + pad_short
        self.canv.rect(left, bottom, right - left, top - bottom, stroke=1, fill=1)

    def _label(self, index: int, cx: float, cy: float, person: Sitter) -> None:
        """Name (bold), native name (bold) and function, outside the chair, away from the
        table; sized so the longest line fits its box."""
        place = self.seated.places[index]
        native, function = self.people.get(person.key, ("", ""))
        dx, dy = -math.cos(place.facing), -math.sin(place.facing)  # away from the table
        if self.shape == "round":
            align = TA_LEFT if dx > 0.35 else TA_RIGHT if dx < -0.35 else TA_CENTER
        else:
            align = TA_LEFT if dx > 0.5 else TA_RIGHT if dx < -0.5 else TA_CENTER
        width = LABEL_W if align != TA_CENTER or self.shape == "round" else \
            min(LABEL_W, self.unit - 1.5 * mm)
        lines: list[tuple[str, float, bool, object]] = []
        setter = self.setter
        # A name is never cut: shrunk to fit, or wrapped onto as many lines as it needs.
        size = setter.fit_size(person.name, True, width, NAME_SIZE, 5.5)
        lines += [(line, size, True, INK) for line in wrap(person.name, True, size, width)]
        if native and native != person.name:
            size = setter.fit_size(native, True, width, NATIVE_SIZE, 5.5)
            lines.append((native, size, True, INK))
        if function:
            lines += [(line, TITLE_SIZE, False, MUTED)
                      for line in wrap(function, False, TITLE_SIZE, width, self.lang)]
        height = sum(size * 1.2 for _, size, _, _ in lines)
        gap = CHAIR + 1.8 * mm
        x = cx if align == TA_CENTER else cx + (gap if align == TA_LEFT else -gap)
        if align == TA_CENTER:
            top = cy + gap + height if dy > 0 else cy - gap
        else:
            top = cy + height / 2 + dy * gap
        for text, size, bold, colour in lines:
            top -= size * 1.05
            self.canv.setFillColor(colour)
            setter.draw_line(self.canv, x, top, text, size, bold, align)
            top -= size * 0.15


def tables_for(people: int, lang: str, shape: str = "round") -> list[TableSpec]:
    """Default tables: a head table of up to 10, then tables of 8, named in `lang`."""
    head = min(10, max(2, people))
    rest = max(0, people - head)
    count = 1 + (rest + 7) // 8
    return [TableSpec(default_table_name(n, lang), head if n == 1 else 8, shape)
            for n in range(1, count + 1)]

