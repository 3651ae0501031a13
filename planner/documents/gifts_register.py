"""The gifts register as a PDF (landscape, per year or all years) and as a table in words for
CSV/XLSX: headers and values in the reader's language, never column codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from babel.numbers import format_currency
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.documents.catalogue import LOCALES, check_lang, is_rtl, t, tn
from planner.documents.data import Office, RenderResult
from planner.documents.labels import short_date, stamp
from planner.documents.layout import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
    paragraph_style,
)
from planner.documents.text import Typesetter
from planner.documents.vocabulary import word
from planner.domain.enums import DeclarationStatus, GiftDirection, GiftDisposition

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN_X
_PAD = 6


@dataclass(frozen=True)
class GiftLine:
    """One gift as the register prints it: names resolved, codes still codes."""

    id: int
    direction: GiftDirection
    given_on: date | None
    description: str
    category: str
    giver: str  # "Name, function"
    recipient: str
    partner_city: str
    delegation: str
    value_eur: Decimal | None
    declaration: DeclarationStatus
    disposition: GiftDisposition
    kept_at: str


def gifts_title(year: int | None, lang: str) -> str:
    return (t(lang, "Gifts register {year}", year=year) if year is not None
            else t(lang, "Gifts register"))


def euro(value: Decimal | None, lang: str) -> str:
    return format_currency(value, "EUR", locale=LOCALES[lang]) if value is not None else ""


def table_in_words(lines: Sequence[GiftLine], lang: str) -> tuple[list[str], list[list[object]]]:
    """Header and rows for CSV/XLSX: the reader's words; the value stays a number."""
    header = [t(lang, "No."), t(lang, "Date"), t(lang, "Direction"), t(lang, "Gift"),
              t(lang, "Category"), t(lang, "Given by"), t(lang, "Given to"),
              t(lang, "Partner city"), t(lang, "Delegation"), t(lang, "Value (EUR)"),
              t(lang, "Declaration"), t(lang, "What became of it"), t(lang, "Kept at")]
    rows: list[list[object]] = [
        [g.id, g.given_on, word(g.direction, lang), g.description, g.category, g.giver,
         g.recipient, g.partner_city, g.delegation, g.value_eur, word(g.declaration, lang),
         word(g.disposition, lang) if g.disposition else "", g.kept_at] for g in lines]
    return header, rows


def render_gifts_register(lines: Sequence[GiftLine], lang: str = "de", year: int | None = None,
                          office: Office | None = None,
                          generated_at: datetime | None = None) -> RenderResult:
    """Gifts received (with their declaration) and gifts given, by date; landscape A4."""
    check_lang(lang)
    office = office or Office(city="Dortmund")
    city = office.city or "Dortmund"
    title = gifts_title(year, lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    story: list[Flowable] = [setter.para(title, styles.h1, "title")]
    if not lines:
        empty = (t(lang, "No gifts in {year}.", year=year) if year is not None
                 else t(lang, "The register has no gifts yet."))
        story.append(setter.para(empty, styles.body, "count"))
    else:
        pending = sum(g.declaration == DeclarationStatus.PENDING for g in lines)
        summary = tn(lang, "{n} gift", "{n} gifts", len(lines))
        if pending:
            summary += " · " + tn(lang, "{n} declaration pending", "{n} declarations pending",
                                  pending)
        story.append(setter.para(summary, styles.small, "count"))
        for direction, heading in ((GiftDirection.RECEIVED, t(lang, "Gifts received")),
                                   (GiftDirection.GIVEN, t(lang, "Gifts given"))):
            chosen = sorted((g for g in lines if g.direction == direction),
                            key=lambda g: (g.given_on or date.max, g.id))
            if chosen:
                story += [Spacer(1, 4 * mm), _table(chosen, heading, lang, setter, styles)]
    as_of = t(lang, "As of {when}", when=stamp(generated_at, lang)) if generated_at else ""
    frame = PageFrame(city=city, heading=title, kind=t(lang, "Gifts register"), as_of=as_of,
                      lang=lang, cover=False, office=office)
    meta = Metadata(f"{city}: {title}", title, city, lang)
    pdf = build_pdf(story, frame, meta, setter, pagesize=PAGE,
                    margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM))
    return RenderResult(pdf, setter.warnings)


def _table(lines: Sequence[GiftLine], heading: str, lang: str, setter: Typesetter,
           styles: Styles) -> HouseTable:
    headers = [t(lang, "Date"), t(lang, "Gift"), t(lang, "Given by"), t(lang, "Given to"),
               t(lang, "Partner city"), t(lang, "Value"), t(lang, "Declaration"),
               t(lang, "What became of it")]
    dates = [short_date(g.given_on, lang) for g in lines if g.given_on]
    values = [euro(g.value_eur, lang) for g in lines]

    def fitted(texts: list[str], header: str) -> float:
        # As wide as the longest value: dates and amounts never wrap.
        return max([setter.width(x, styles.body.fontSize, False) for x in texts]
                   + [setter.width(header, styles.small_bold.fontSize, True)]) + 2 * _PAD + 1

    date_col, value_col = fitted(dates, headers[0]), fitted(values, headers[5])
    # The declaration's words ("not required", "ausstehend") never break either.
    declared_col = fitted([word(d, lang) for d in DeclarationStatus], headers[6])
    rest = WIDTH - date_col - value_col - declared_col
    widths = [date_col, rest * 0.27, rest * 0.2, rest * 0.2, rest * 0.13, value_col,
              declared_col, rest * 0.2]
    amount = paragraph_style("amount", styles.body.fontSize, alignment=TA_RIGHT)
    rows: list[list[object]] = [
        [setter.para(heading, styles.h2, "heading"), *[""] * 7],
        [setter.para(h, styles.small_bold, "label") for h in headers],
    ]
    for g in lines:
        where = f"Gift {g.id}"
        gift = [setter.para(g.description, styles.body_bold, f"{where}: description")]
        if g.category:
            gift.append(setter.para(g.category, styles.small, f"{where}: category"))
        became = [setter.para(word(g.disposition, lang), styles.body, "disposition")] \
            if g.disposition else []
        if g.kept_at:
            became.append(setter.para(g.kept_at, styles.small, f"{where}: kept at"))
        declaration_style = styles.alert if g.declaration == DeclarationStatus.PENDING \
            else styles.body
        rows.append([
            setter.para(short_date(g.given_on, lang) if g.given_on else "", styles.body, "date"),
            gift,
            setter.para(g.giver, styles.body, f"{where}: giver"),
            setter.para(g.recipient, styles.body, f"{where}: recipient"),
            setter.para(g.partner_city, styles.body, f"{where}: partner city"),
            setter.para(euro(g.value_eur, lang), amount, "value"),
            setter.para(word(g.declaration, lang), declaration_style, "declaration"),
            became,
        ])
    table = HouseTable(rows, colWidths=widths, repeatRows=2, rtl=styles.rtl)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LINEBELOW", (0, 1), (-1, 1), 1, ACCENT),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("NOSPLIT", (0, 0), (-1, min(3, len(rows) - 1))),
    ]))
    return table
