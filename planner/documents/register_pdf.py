"""The Golden Book register as a PDF: the annual register or the whole archive."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.documents.catalogue import check_lang, is_rtl, t, tn, tp
from planner.documents.data import Office, RenderResult
from planner.documents.labels import short_date, stamp
from planner.documents.layout import (
    ACCENT,
    RULE,
    TEXT_WIDTH,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
)
from planner.documents.text import Typesetter
from planner.domain.records import GoldenBookRegisterLine

_ROWS_PER_TABLE = 40  # many small tables lay out far faster than one long one
_PAD = 6  # ReportLab's default cell padding, left and right


def register_title(year: int | None, lang: str) -> str:
    """"Goldenes Buch der Stadt Dortmund — Eintragungen 2026" in the document's language."""
    if year is None:
        return t(lang, "Golden Book — register of entries")
    return t(lang, "Golden Book — entries of {year}", year=year)


def render_register(lines: Sequence[GoldenBookRegisterLine], lang: str = "de",
                    year: int | None = None, office: Office | None = None,
                    generated_at: datetime | None = None) -> RenderResult:
    """Number, date (on one line), signers with function and native-script name, occasion and
    place, delegation and partner city; by volume. An empty year says so in one line."""
    check_lang(lang)
    office = office or Office(city="Dortmund")
    city = office.city or "Dortmund"
    title = register_title(year, lang)
    kind = t(lang, "The city's Golden Book")
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    story: list[Flowable] = [setter.para(title, styles.h1, "title", balanced=True)]
    if not lines:
        empty = (t(lang, "No entries in {year}.", year=year) if year is not None
                 else t(lang, "The register has no entries yet."))
        story.append(setter.para(empty, styles.body, "count"))
    else:
        count = tn(lang, "{n} entry", "{n} entries", len(lines))
        story.append(setter.para(count, styles.small, "count"))
        story += _volumes(lines, lang, setter, styles)
    as_of = t(lang, "As of {when}", when=stamp(generated_at, lang)) if generated_at else ""
    frame = PageFrame(city=city, heading=title, kind=kind, as_of=as_of, lang=lang, cover=False,
                      office=office)
    meta = Metadata(f"{city}: {title}", title, city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter), setter.warnings)


def _volumes(lines: Sequence[GoldenBookRegisterLine], lang: str, setter: Typesetter,
             styles: Styles) -> list[Flowable]:
    headers = (t(lang, "No."), t(lang, "Date"), t(lang, "Signed by"),
               t(lang, "Occasion / place"), t(lang, "Delegation"))
    cancelled = tp(lang, "entry status", "cancelled")
    # Number and date columns are as wide as their longest value: neither ever wraps.
    def fitted(values: list[str], header: str) -> float:
        return max([setter.width(part, styles.body.fontSize, False)
                    for v in values for part in v.split("\n")]
                   + [setter.width(header, styles.small_bold.fontSize, True)]) + 2 * _PAD + 1

    number_col = fitted([_number(line, cancelled) for line in lines], headers[0])
    date_col = fitted([short_date(line.signed_on, lang) for line in lines if line.signed_on],
                      headers[1])
    rest = TEXT_WIDTH - number_col - date_col
    widths = [number_col, date_col, rest * 0.4, rest * 0.32, rest * 0.28]
    header = [setter.para(h, styles.small_bold, "label") for h in headers]
    by_book: dict[int, list[GoldenBookRegisterLine]] = {}
    for line in lines:
        by_book.setdefault(line.book_number, []).append(line)
    story: list[Flowable] = []
    for book, entries in by_book.items():
        heading = setter.para(t(lang, "Volume {book}", book=book), styles.h2, "volume")
        for start in range(0, len(entries), _ROWS_PER_TABLE):
            # The volume's heading is the first table's first row: it cannot stand alone at
            # the foot of a page, and it is repeated with the column heads on the next.
            top: list[list[object]] = [[heading, "", "", "", ""]] if start == 0 else []
            rows: list[list[object]] = [*top, header]
            for line in entries[start:start + _ROWS_PER_TABLE]:
                rows.append(_row(line, lang, cancelled, setter, styles))
            heads = len(top) + 1
            table = HouseTable(rows, colWidths=widths, repeatRows=heads, rtl=styles.rtl)
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 1, ACCENT),
                ("LINEBELOW", (0, heads), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *([("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (0, 0), 0),
                   ("NOSPLIT", (0, 0), (-1, min(heads + 1, len(rows) - 1)))] if top else []),
            ]))
            story += [Spacer(1, 4 * mm), table] if start == 0 else [table]
    return story


def _number(line: GoldenBookRegisterLine, cancelled: str) -> str:
    number = str(line.number) if line.number is not None else "—"
    return f"{number}\n({cancelled})" if line.status.value == "cancelled" else number


def _row(line: GoldenBookRegisterLine, lang: str, cancelled: str, setter: Typesetter,
         styles: Styles) -> list[object]:
    where = f"Golden Book entry {line.book_number}/{line.number or '—'}"
    # One paragraph per signer: the name in bold, the native script and function beneath.
    signers: list[Flowable] = []
    for signer in line.signers:
        signers.append(setter.para(signer.name, styles.body_bold, f"{where}: signer"))
        detail = "\n".join(part for part in (
            signer.native_name if signer.native_name != signer.name else "", signer.function)
            if part)
        if detail:
            signers.append(setter.para(detail, styles.small, f"{where}: signer {signer.name!r}"))
    number = _number(line, cancelled)
    delegation = [setter.para(line.partner_city, styles.body_bold, f"{where}: partner city")] \
        if line.partner_city else []
    if line.delegation_title:
        delegation.append(setter.para(line.delegation_title, styles.small,
                                      f"{where}: delegation"))
    return [
        setter.para(number, styles.body, "number"),
        setter.para(short_date(line.signed_on, lang) if line.signed_on else "", styles.body,
                    "date"),
        signers,
        setter.para("\n".join(p for p in (line.occasion, line.place) if p), styles.body,
                    f"{where}: occasion"),
        delegation,
    ]
