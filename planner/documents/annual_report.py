"""The annual report to the council: the year's figures as vector charts, each with its table,
then the year's Golden Book entries and gifts. The same figures as a workbook, a sheet a chart.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from babel.dates import get_month_names
from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from planner.documents import fonts
from planner.documents.catalogue import LOCALES, check_lang, is_rtl, t, tn
from planner.documents.data import RenderResult
from planner.documents.labels import short_date
from planner.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    MUTED,
    RULE,
    TEXT_WIDTH,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
)
from planner.documents.text import Typesetter, visual_line
from planner.documents.vocabulary import word
from planner.domain.enums import DeclarationStatus, GiftDirection, ItemKind
from planner.domain.records import Gift, GoldenBookRegisterLine
from planner.domain.statistics import YearFigures


@dataclass(frozen=True)
class Figure:
    """One chart's data as the reader sees it: a title, column heads, rows of label + numbers."""

    title: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # label first, then the numbers as printed
    values: tuple[float, ...]  # what the bars show, one per row
    vertical: bool = False  # months and years run left to right


def figures(data: YearFigures, lang: str) -> list[Figure]:
    """The report's charts in reading order, in `lang`; the screen and the workbook show the
    same ones."""
    check_lang(lang)

    def number(value: float) -> str:
        return format_decimal(value, format="#,##0.#", locale=LOCALES[lang])

    city, visits, guests = t(lang, "Partner city"), t(lang, "Visits"), t(lang, "Guests")
    first, last = data.year - len(data.visits_by_year) + 1, data.year - 1
    average = t(lang, "Average {first}–{last}", first=first, last=last)
    months = get_month_names("abbreviated", context="stand-alone", locale=LOCALES[lang])
    kinds = {k.value: k for k in ItemKind}
    return [
        Figure(t(lang, "Visits by partner city"), (city, visits, guests, average),
               tuple((c.city, number(c.visits), number(c.guests), number(c.average_before))
                     for c in data.visits_by_city),
               tuple(c.visits for c in data.visits_by_city)),
        Figure(t(lang, "Guests by month"), (t(lang, "Month"), guests),
               tuple((months[m], number(n)) for m, n in enumerate(data.guests_by_month, 1)),
               tuple(data.guests_by_month), vertical=True),
        Figure(t(lang, "Visits per year"), (t(lang, "Year"), visits),
               tuple((str(y), number(n)) for y, n in data.visits_by_year),
               tuple(n for _, n in data.visits_by_year), vertical=True),
        Figure(t(lang, "Golden Book entries per year"), (t(lang, "Year"), t(lang, "Entries")),
               tuple((str(y), number(n)) for y, n in data.golden_book_by_year),
               tuple(n for _, n in data.golden_book_by_year), vertical=True),
        Figure(t(lang, "Gifts by direction and declaration"),
               (t(lang, "Gift"), t(lang, "Count")),
               tuple((f"{word(GiftDirection(g.direction), lang)} · "
                      f"{word(DeclarationStatus(g.declaration), lang)}", number(g.count))
                     for g in data.gifts),
               tuple(g.count for g in data.gifts)),
        Figure(t(lang, "Busiest venues"),
               (t(lang, "Venue"), t(lang, "Programme items"), t(lang, "Hours")),
               tuple((v.venue, number(v.items), number(v.hours)) for v in data.busiest_venues),
               tuple(v.hours for v in data.busiest_venues)),
        Figure(t(lang, "Programme hours by kind"), (t(lang, "Kind"), t(lang, "Hours")),
               tuple((word(kinds[k], lang) if k in kinds else k, number(h))
                     for k, h in data.hours_by_kind),
               tuple(h for _, h in data.hours_by_kind)),
    ]


def render_annual_report(data: YearFigures, lang: str, city: str,
                         entries: Sequence[GoldenBookRegisterLine],
                         gifts: Sequence[Gift]) -> RenderResult:
    check_lang(lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    title = t(lang, "Annual report {year}", year=data.year)
    kind = t(lang, "International relations")
    summary = " · ".join((tn(lang, "{n} visit", "{n} visits", data.visits),
                          tn(lang, "{n} guest", "{n} guests", data.guests),
                          tn(lang, "{n} Golden Book entry", "{n} Golden Book entries",
                             data.golden_book_entries)))
    story: list[Flowable] = [setter.para(kind, styles.cover_kind, "label"),
                             setter.para(title, styles.h1, "title"),
                             setter.para(summary, styles.body_bold, "summary")]
    for index, figure in enumerate(figures(data, lang)):
        story.append(KeepTogether(_section(figure, lang, setter, styles)))
        if index == 0:  # beneath the visits: the partner cities that sent nobody
            story.append(_quiet(data, lang, setter, styles))
    story += _entries(entries, data.year, lang, setter, styles)
    story += _gifts(gifts, data.year, lang, setter, styles)
    frame = PageFrame(city=city, heading=title, kind=kind, as_of="", lang=lang, cover=False)
    meta = Metadata(f"{city}: {kind} — {title}", title, city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter), setter.warnings)


def _section(figure: Figure, lang: str, setter: Typesetter, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 5 * mm), setter.para(figure.title, styles.h2, "chart")]
    if not figure.rows:
        return [*flow, setter.para(t(lang, "Nothing in this year."), styles.small, "empty")]
    flow += [_chart(figure, lang), Spacer(1, 2 * mm)]
    if figure.vertical:  # months and years: the table runs across, one column per bar
        label_width = 28 * mm
        width = (TEXT_WIDTH - label_width) / len(figure.rows)
        rows: list[list[object]] = [
            [setter.para(figure.head[0], styles.small_bold, "label"),
             *(setter.para(row[0], styles.small_bold, figure.title) for row in figure.rows)],
            [setter.para(figure.head[1], styles.small_bold, "label"),
             *(setter.para(row[1], styles.cell_center, figure.title) for row in figure.rows)]]
        widths = [label_width] + [width] * len(figure.rows)
    else:
        head = [setter.para(figure.head[0], styles.small_bold, "label"),
                *(setter.para(h, styles.small_bold, "label") for h in figure.head[1:])]
        rows = [head] + [[setter.para(row[0], styles.body, figure.title),
                          *(setter.para(cell, styles.cell_center, figure.title)
                            for cell in row[1:])] for row in figure.rows]
        label_width = TEXT_WIDTH - 30 * mm * (len(figure.head) - 1)
        widths = [label_width] + [30 * mm] * (len(figure.head) - 1)
    table = HouseTable(rows, colWidths=widths, repeatRows=1, rtl=styles.rtl)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [*flow, table]


def _font(labels: Sequence[str]) -> str:
    """The first shipped face that prints every label (a chart label has one font)."""
    for face in fonts.chain(False):
        if all(face.covers(ch) for text in labels for ch in text if not ch.isspace()):
            return face.name
    return fonts.REGULAR


def _chart(figure: Figure, lang: str) -> Drawing:
    """Bars drawn as vectors (ReportLab graphics): no picture to blur when printed."""
    labels = [row[0] for row in figure.rows]
    if is_rtl(lang):  # a chart label is drawn as one run: put right-to-left text in order
        labels = [visual_line(text, "R") for text in labels]
    font = _font(labels)
    if figure.vertical:
        drawing = Drawing(TEXT_WIDTH, 48 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, TEXT_WIDTH - 14 * mm, 36 * mm
        chart.categoryAxis.labels.angle = 0
    else:
        height = max(24 * mm, len(labels) * 6 * mm)
        drawing = Drawing(TEXT_WIDTH, height + 8 * mm)
        chart = HorizontalBarChart()
        chart.x, chart.y = 55 * mm, 6 * mm
        chart.width, chart.height = TEXT_WIDTH - 60 * mm, height
        labels, values = labels[::-1], list(figure.values)[::-1]  # the largest on top
    values = list(figure.values) if figure.vertical else values
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    top = max(figure.values, default=0)
    if all(float(v).is_integer() for v in figure.values):  # counts: whole steps, no "0.2"
        chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
        chart.valueAxis.valueMax = max(1, chart.valueAxis.valueStep * math.ceil(top / max(
            1, chart.valueAxis.valueStep)))
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = ACCENT_LIGHT
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font if axis is chart.categoryAxis else fonts.REGULAR
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    if not figure.vertical:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -2
    drawing.add(chart)
    return drawing


def _quiet(data: YearFigures, lang: str, setter: Typesetter, styles: Styles) -> Flowable:
    """The partnerships a council asks about: the cities that sent nobody this year."""
    if not data.quiet_partners:
        return setter.para(t(lang, "Every partner city visited in {year}.", year=data.year),
                           styles.small, "quiet")
    return setter.para(t(lang, "Partner cities without a visit in {year}: {cities}",
                         year=data.year, cities=", ".join(data.quiet_partners)),
                       styles.body, "quiet")


def _entries(entries: Sequence[GoldenBookRegisterLine], year: int, lang: str,
             setter: Typesetter, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 6 * mm),
                            setter.para(t(lang, "Golden Book entries {year}", year=year),
                                        styles.h2, "entries")]
    if not entries:
        return [*flow, setter.para(t(lang, "Nothing in this year."), styles.small, "empty")]
    rows: list[list[object]] = [[setter.para(h, styles.small_bold, "label") for h in (
        t(lang, "No."), t(lang, "Date"), t(lang, "Signed by"), t(lang, "Partner city"))]]
    for line in entries:
        number = f"{line.book_number}/{line.number}" if line.number else f"{line.book_number}/—"
        when = short_date(line.signed_on, lang) if line.signed_on else ""
        names = "\n".join(s.name for s in line.signers)
        rows.append([setter.para(number, styles.body, "number"),
                     setter.para(when, styles.body, "date"),
                     setter.para(names, styles.body, "signers"),
                     setter.para(line.partner_city or line.occasion, styles.body, "city")])
    return [*flow, _listing(rows, [18 * mm, 34 * mm, 70 * mm, TEXT_WIDTH - 122 * mm], styles)]


def _gifts(gifts: Sequence[Gift], year: int, lang: str, setter: Typesetter,
           styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 6 * mm),
                            setter.para(t(lang, "Gifts {year}", year=year), styles.h2, "gifts")]
    if not gifts:
        return [*flow, setter.para(t(lang, "Nothing in this year."), styles.small, "empty")]
    rows: list[list[object]] = [[setter.para(h, styles.small_bold, "label") for h in (
        t(lang, "Date"), t(lang, "Gift"), t(lang, "From → to"), t(lang, "Declaration"))]]
    for gift in gifts:
        when = short_date(gift.given_on, lang) if gift.given_on else ""
        rows.append([setter.para(when, styles.body, "date"),
                     setter.para(gift.description, styles.body, "description"),
                     setter.para(f"{gift.giver_name} → {gift.recipient_name}", styles.body,
                                 "people"),
                     setter.para(word(gift.declaration, lang), styles.body, "declaration")])
    return [*flow, _listing(rows, [30 * mm, 55 * mm, TEXT_WIDTH - 115 * mm, 30 * mm], styles)]


def _listing(rows: list[list[object]], widths: list[float], styles: Styles) -> HouseTable:
    table = HouseTable(rows, colWidths=widths, repeatRows=1, rtl=styles.rtl)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def annual_workbook(data: YearFigures, lang: str) -> bytes:
    """The figures behind every chart, a sheet each, numbers as numbers."""
    from openpyxl import Workbook

    from planner.documents.register_tables import spreadsheet_safe

    book = Workbook()
    book.remove(book.active)
    raw = _raw_rows(data)
    for figure, numbers in zip(figures(data, lang), raw, strict=True):
        sheet = book.create_sheet(_sheet_name(figure.title, book.sheetnames))
        sheet.append(list(figure.head))
        for row, values in zip(figure.rows, numbers, strict=True):
            sheet.append([spreadsheet_safe(row[0]), *values])
        sheet.column_dimensions["A"].width = max(14, *(len(r[0]) + 2 for r in figure.rows)) \
            if figure.rows else 14
    quiet = book.create_sheet(_sheet_name(t(lang, "No visit"), book.sheetnames))
    quiet.append([t(lang, "Partner city")])
    for name in data.quiet_partners:
        quiet.append([spreadsheet_safe(name)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _raw_rows(data: YearFigures) -> list[list[tuple[float, ...]]]:
    """The numbers of `figures`, unformatted, row for row."""
    return [
        [(c.visits, c.guests, round(c.average_before, 2)) for c in data.visits_by_city],
        [(n,) for n in data.guests_by_month],
        [(n,) for _, n in data.visits_by_year],
        [(n,) for _, n in data.golden_book_by_year],
        [(g.count,) for g in data.gifts],
        [(v.items, v.hours) for v in data.busiest_venues],
        [(h,) for _, h in data.hours_by_kind],
    ]


def _sheet_name(title: str, taken: list[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the book."""
    name = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31].strip()
    candidate, number = name, 2
    while candidate in taken:
        suffix = f" {number}"
        candidate, number = name[:31 - len(suffix)] + suffix, number + 1
    return candidate

