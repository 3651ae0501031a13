"""Order of precedence: guests and hosts in protocol order, as a pure function and as a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.documents.catalogue import is_rtl
from planner.documents.data import HostInfo, MemberInfo, PrecedenceData, RenderResult, Side
from planner.documents.labels import check_lang, label, stamp
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
from planner.documents.text import Typesetter

_ROWS_PER_TABLE = 30  # small tables lay out far faster than one long one (TECH-NOTES)


@dataclass(frozen=True)
class Ranked:
    """One person in the order of precedence."""

    name: str
    native_name: str
    title: str
    side: Side
    rank: int
    is_head: bool = False


# Roles on the city's side that accompany a visit rather than host it: listed apart, unranked.
ACCOMPANYING = ("staff", "interpreter", "driver")


def precedence_order(members: Sequence[MemberInfo], hosts: Sequence[HostInfo]) -> list[Ranked]:
    """Everyone ranked, by rank; at equal rank the guest goes before the host (courtesy to
    visitors), the head of delegation before other guests, then by name so the order is
    stable. Staff and interpreters are not ranked (see `accompanying`)."""
    people = [
        Ranked(m.name, m.native_name, m.title, "guest", m.rank, m.is_head) for m in members
    ] + [Ranked(h.name, h.native_name, h.title, "host", h.rank) for h in hosts
         if h.role not in ACCOMPANYING]
    return sorted(people, key=lambda p: (p.rank, p.side != "guest", not p.is_head, p.name))


def accompanying(hosts: Sequence[HostInfo]) -> list[HostInfo]:
    """The office's staff, interpreters and drivers with the visit: by role, then name."""
    return sorted((h for h in hosts if h.role in ACCOMPANYING),
                  key=lambda h: (ACCOMPANYING.index(h.role), h.name))


def render_precedence_list(data: PrecedenceData, lang: str) -> RenderResult:
    check_lang(lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    city = setter.clean(data.city_name, "City name")
    title = setter.clean(data.delegation_title, "Delegation title")
    kind = label("precedence_list", lang)
    as_of = label("as_of", lang, when=stamp(data.generated_at, lang)) if data.generated_at else ""

    story: list[Flowable] = [
        setter.para(kind, styles.h1, "label"),
        setter.para(title, styles.body_bold, "Delegation title"),
    ]
    if data.occasion:
        story.append(setter.para(data.occasion, styles.body, "Occasion"))
    story.append(Spacer(1, 6 * mm))
    # The last column is as wide as its heading or its longest word: neither ever wraps.
    side_col = max(setter.width(label("side_header", lang), styles.small_bold.fontSize, True),
                   *(setter.width(label(f"side_{side}", lang), styles.body.fontSize, False)
                     for side in ("guest", "host"))) + 18  # padding, slack
    widths = [12 * mm, 70 * mm, TEXT_WIDTH - 12 * mm - 70 * mm - side_col, side_col]
    header: list[object] = [
        setter.para(label(key, lang), styles.small_bold, "label")
        for key in ("no", "name", "title", "side_header")
    ]
    ordered = precedence_order(data.members, data.hosts)
    for start in range(0, len(ordered), _ROWS_PER_TABLE):
        rows: list[list[object]] = [header]
        for number, person in enumerate(ordered[start : start + _ROWS_PER_TABLE], start + 1):
            rows.append(_row(number, person, lang, setter, styles))
        table = HouseTable(rows, colWidths=widths, repeatRows=1, rtl=styles.rtl)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    *[
                        ("BACKGROUND", (0, i), (-1, i), ACCENT_LIGHT)
                        for i, row in enumerate(ordered[start : start + _ROWS_PER_TABLE], 1)
                        if row.side == "host"
                    ],
                ]
            )
        )
        story.append(table)
    story += _accompanying(accompanying(data.hosts), lang, setter, styles)
    frame = PageFrame(city=city, heading=title, kind=kind, as_of=as_of, lang=lang, cover=False,
                      office=data.office)
    meta = Metadata(f"{city}: {kind} — {title}", f"{kind} — {title}", city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter), setter.warnings, data.fallbacks)


def _row(
    number: int, person: Ranked, lang: str, setter: Typesetter, styles: Styles
) -> list[object]:
    where = f"{'Member' if person.side == 'guest' else 'Host'} '{person.name}'"
    name: list[Flowable] = [setter.para(person.name, styles.body_bold, f"{where}: name")]
    if person.native_name and person.native_name != person.name:
        name.append(setter.para(person.native_name, styles.body, f"{where}: native name"))
    title = person.title
    if person.is_head:
        title = f"{title}\n{label('head', lang)}" if title else label("head", lang)
    return [
        setter.para(f"{number}.", styles.body, "number"),
        name,
        setter.para(title, styles.body, f"{where}: title"),
        setter.para(label(f"side_{person.side}", lang), styles.body, "label"),
    ]


def _accompanying(people: list[HostInfo], lang: str, setter: Typesetter, styles: Styles
                  ) -> list[Flowable]:
    """Staff and interpreters under their own heading: present, but not in the order."""
    if not people:
        return []
    widths = [12 * mm, 75 * mm, TEXT_WIDTH - 12 * mm - 75 * mm]
    rows: list[list[object]] = [[
        "", setter.para(label("name", lang), styles.small_bold, "label"),
        setter.para(label("title", lang), styles.small_bold, "label")]]
    for person in people:
        where = f"Host '{person.name}'"
        name: list[Flowable] = [setter.para(person.name, styles.body_bold, f"{where}: name")]
        if person.native_name and person.native_name != person.name:
            name.append(setter.para(person.native_name, styles.body, f"{where}: native name"))
        rows.append(["", name, setter.para(person.title, styles.body, f"{where}: title")])
    table = HouseTable(rows, colWidths=widths, repeatRows=1, rtl=styles.rtl)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 8 * mm),
            setter.para(label("accompanying", lang), styles.h2, "label"),
            setter.para(label("accompanying_note", lang), styles.small, "label"),
            Spacer(1, 2 * mm), table]
