"""Seating plan for a meal: the seat assignment rule (pure, tested) and its PDF."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from planner.documents import fonts
from planner.documents.catalogue import is_rtl
from planner.documents.data import HostInfo, MemberInfo, RenderResult, SeatingData, TableSpec
from planner.documents.labels import check_lang, clock, label, local, short_date, stamp
from planner.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    RULE,
    TEXT_WIDTH,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
)
from planner.documents.precedence import Ranked, precedence_order
from planner.documents.text import Typesetter

HOST_FILL = colors.HexColor("#3C4650")
PLAN_SIZE = 62 * mm


@dataclass(frozen=True)
class Seat:
    number: int  # 1-based, clockwise; neighbours are number ± 1 (and last/first)
    person: Ranked


@dataclass(frozen=True)
class SeatedTable:
    table: TableSpec
    seats: list[Seat]


@dataclass(frozen=True)
class SeatingPlan:
    tables: list[SeatedTable]
    unseated: list[Ranked]


def assign_seats(
    tables: Sequence[TableSpec], members: Sequence[MemberInfo], hosts: Sequence[HostInfo]
) -> SeatingPlan:
    """Seat guests and hosts by precedence, alternating host/guest around each table.

    The first table is the head table: it takes the highest-ranked hosts and guests, the
    senior host in seat 1 and the head of delegation beside them in seat 2. Hosts are spread
    over the tables in proportion to their seats so every table has someone to look after
    the guests; guests are seated first when seats are short.
    """
    guests = deque(p for p in precedence_order(members, ()))
    staff = deque(p for p in precedence_order((), hosts))
    total = sum(t.seats for t in tables)
    hosts_seated = min(len(staff), max(total // 2, total - len(guests)))
    quotas = _spread(hosts_seated, [t.seats for t in tables])
    seated: list[SeatedTable] = []
    for table, quota in zip(tables, quotas, strict=True):
        guest_count = min(len(guests), table.seats - quota)
        host_seats = _host_positions(quota, quota + guest_count)
        seats = [
            Seat(number, staff.popleft() if number in host_seats else guests.popleft())
            for number in range(1, quota + guest_count + 1)
        ]
        seated.append(SeatedTable(table, seats))
    return SeatingPlan(seated, [*guests, *staff])


def _host_positions(hosts: int, occupied: int) -> set[int]:
    """Seats for hosts, evenly around the table from seat 1, so that when hosts are short
    each still sits between guests (6 seats, 2 hosts: seats 1 and 4; 3 hosts: 1, 3, 5)."""
    if hosts <= 0 or occupied <= 0:
        return set()
    if hosts * 2 >= occupied:
        # Enough hosts to alternate: odd seats are hosts, extra hosts take the last seats.
        odd = set(range(1, occupied + 1, 2))
        extra = hosts - len(odd)
        evens = [n for n in range(occupied, 0, -1) if n % 2 == 0][: max(extra, 0)]
        return odd | set(evens)
    return {1 + math.floor(i * occupied / hosts) for i in range(hosts)}


def _spread(count: int, capacities: Sequence[int]) -> list[int]:
    """Largest-remainder share of count over capacities; ties favour the earlier table."""
    total = sum(capacities)
    if not total:
        return [0] * len(capacities)
    exact = [count * c / total for c in capacities]
    shares = [min(c, math.floor(e)) for c, e in zip(capacities, exact, strict=True)]
    order = sorted(range(len(capacities)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order:
        if sum(shares) >= count:
            break
        if shares[i] < capacities[i]:
            shares[i] += 1
    return shares


def render_seating_plan(data: SeatingData, lang: str) -> RenderResult:
    check_lang(lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    city = setter.clean(data.city_name, "City name")
    title = setter.clean(data.delegation_title, "Delegation title")
    kind = label("seating_plan", lang)
    as_of = label("as_of", lang, when=stamp(data.generated_at, lang)) if data.generated_at else ""
    plan = assign_seats(data.tables, data.members, data.hosts)
    when = f"{short_date(local(data.start).date(), lang)}, {clock(data.start, lang)}"
    story: list[Flowable] = [
        setter.para(kind, styles.h1, "label"),
        setter.para(data.item_title, styles.item_title, "Programme item: title"),
        setter.para(
            " · ".join(p for p in (when, data.venue_name) if p),
            styles.body,
            "Programme item: venue",
        ),
        Spacer(1, 6 * mm),
    ]
    for seated in plan.tables:
        story.append(KeepTogether(_table_block(seated, lang, setter, styles)))
    if plan.unseated:
        names = ", ".join(p.name for p in plan.unseated)
        story.append(
            setter.para(label("unseated", lang, names=names), styles.alert, "Unseated persons")
        )
        setter.warnings.append(f"{len(plan.unseated)} person(s) without a seat: {names}")
    frame = PageFrame(city=city, heading=title, kind=kind, as_of=as_of, lang=lang, cover=False,
                      office=data.office)
    meta = Metadata(f"{city}: {kind} — {data.item_title}", f"{kind} — {title}", city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter), setter.warnings, data.fallbacks)


def _table_block(
    seated: SeatedTable, lang: str, setter: Typesetter, styles: Styles
) -> list[Flowable]:
    name = setter.para(seated.table.name, styles.h2, "Table name")
    lines: list[Flowable] = []
    for seat in seated.seats:
        person = seat.person
        where = f"{'Member' if person.side == 'guest' else 'Host'} '{person.name}'"
        text = f"{seat.number}. {person.name}"
        if person.native_name and person.native_name != person.name:
            text += f"\n{person.native_name}"
        lines.append(setter.para(text, styles.body_bold, f"{where}: name"))
        caption = label(f"side_{person.side}", lang)
        detail = f"{person.title} · {caption}" if person.title else caption
        lines.append(setter.para(detail, styles.small, f"{where}: title"))
    plan_col = PLAN_SIZE + 6 * mm
    grid = HouseTable([[_round_table(seated), lines]], colWidths=[plan_col, TEXT_WIDTH - plan_col],
                      rtl=styles.rtl)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [name, grid]


def _round_table(seated: SeatedTable) -> Drawing:
    """Top view: the table and its numbered chairs, hosts dark and guests in the accent.
    Seat 1 is at the top and numbers run clockwise, like the list beside the drawing."""
    size = PLAN_SIZE
    drawing = Drawing(size, size)
    centre = size / 2
    radius = size * 0.28
    drawing.add(Circle(centre, centre, radius, fillColor=ACCENT_LIGHT, strokeColor=ACCENT))
    count = max(seated.table.seats, 1)
    for number in range(len(seated.seats) + 1, count + 1):
        x, y = _chair(centre, radius, number, count)
        drawing.add(Circle(x, y, 3.6 * mm, fillColor=colors.white, strokeColor=RULE))
    for seat in seated.seats:
        x, y = _chair(centre, radius, seat.number, count)
        fill = ACCENT if seat.person.side == "guest" else HOST_FILL
        drawing.add(Circle(x, y, 3.6 * mm, fillColor=fill, strokeColor=None))
        drawing.add(
            String(
                x,
                y - 3,
                str(seat.number),
                fontName=fonts.BOLD,
                fontSize=8.5,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )
    return drawing


def _chair(centre: float, radius: float, number: int, count: int) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * (number - 1) / count
    return (
        centre + (radius + 5 * mm) * math.cos(angle),
        centre + (radius + 5 * mm) * math.sin(angle),
    )
