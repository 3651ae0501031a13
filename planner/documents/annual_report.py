"""The annual report to the council: the year's figures as vector charts, each with its table,
then the year's Golden Book entries and gifts. The same figures as a workbook, a sheet a chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from planner.documents import fonts
from planner.documents.annual_figures import Figure, figures, summary
from planner.documents.catalogue import check_lang, is_rtl, t
from planner.documents.data import Office, RenderResult
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
from planner.domain.records import Gift, GoldenBookRegisterLine
from planner.domain.statistics import YearFigures


def render_annual_report(data: YearFigures, lang: str, office: Office,
                         entries: Sequence[GoldenBookRegisterLine],
                         gifts: Sequence[Gift]) -> RenderResult:
    check_lang(lang)
    city = office.city
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    title = t(lang, "Annual report {year}", year=data.year)
    kind = t(lang, "International relations")
    story: list[Flowable] = [setter.para(kind, styles.cover_kind, "label"),
                             setter.para(title, styles.h1, "title"),
                             setter.para(summary(data, lang), styles.body_bold, "summary")]
    for index, figure in enumerate(figures(data, lang)):
        story.append(KeepTogether(_section(figure, lang, setter, styles)))
        if index == 0:  # beneath the visits: the partner cities that sent nobody
            story.append(_quiet(data, lang, setter, styles))
    story += _entries(entries, data.year, lang, setter, styles)
    story += _gifts(gifts, data.year, lang, setter, styles)
    frame = PageFrame(city=city, heading=title, kind=kind, as_of="", lang=lang, cover=False,
                      office=office)
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
    table = _listing(rows, widths, styles)
    if figure.vertical:  # twelve narrow columns: no padding to break "févr." or "сент." in
        table.setStyle(TableStyle([("LEFTPADDING", (1, 0), (-1, -1), 1),
                                   ("RIGHTPADDING", (1, 0), (-1, -1), 1)]))
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
    values = list(figure.values)
    if not figure.vertical:  # a horizontal chart draws its first category at the bottom
        labels, values = labels[::-1], values[::-1]  # the largest on top
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    top = max(figure.values, default=0)
    if all(float(v).is_integer() for v in figure.values):  # counts: whole steps, no "0.2"
        step = max(1, math.ceil(top / 5))
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = max(1, step * math.ceil(top / step))
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
        rows.append([_plain(number, setter, styles, "number"), _plain(when, setter, styles, "date"),
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
        rows.append([_plain(when, setter, styles, "date"),
                     setter.para(gift.description, styles.body, "description"),
                     setter.para(f"{gift.giver_name} → {gift.recipient_name}", styles.body,
                                 "people"),
                     setter.para(word(gift.declaration, lang), styles.body, "declaration")])
    return [*flow, _listing(rows, [30 * mm, 55 * mm, TEXT_WIDTH - 115 * mm, 30 * mm], styles)]


def _plain(text: str, setter: Typesetter, styles: Styles, field: str) -> object:
    """A short one-line cell (a number, a date) as a plain string where the body font prints
    it left to right: hundreds of register rows lay out several times faster than as
    paragraphs. Other scripts still go through the typesetter."""
    cleaned = setter.clean(text, field)
    body = fonts.shipped_face(fonts.REGULAR)
    if not styles.rtl and all(body.covers(ch) for ch in cleaned):
        return cleaned
    return setter.para(text, styles.body, field)


def _listing(rows: list[list[object]], widths: list[float], styles: Styles) -> HouseTable:
    table = HouseTable(rows, colWidths=widths, repeatRows=1, rtl=styles.rtl)
    table.setStyle(TableStyle([
        ("FONTSIZE", (0, 1), (-1, -1), styles.body.fontSize),  # the plain cells, as the body
        ("LEADING", (0, 1), (-1, -1), styles.body.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table
