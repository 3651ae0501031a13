"""The Golden Book register as a PDF: the annual register or the whole archive."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.documents.catalogue import check_lang, t, tn, tp
from planner.documents.data import RenderResult
from planner.documents.labels import short_date
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
def render_register(lines: Sequence[GoldenBookRegisterLine], title: str, lang: str = "de",
                    city: str = "Dortmund") -> RenderResult:
    check_lang(lang)
    number, date_h, signers_h, delegation_h, occasion_h = (
        t(lang, "No."), t(lang, "Date"), t(lang, "Signed by"), t(lang, "Delegation"),
        t(lang, "Occasion / place"))
    kind = t(lang, "The city's Golden Book")
    cancelled = tp(lang, "entry status", "cancelled")
    setter = Typesetter(lang)
    styles = Styles()
    count = tn(lang, "{n} entry", "{n} entries", len(lines))
    story: list[Flowable] = [setter.para(title, styles.h1, "title"),
                             setter.para(count, styles.small, "count")]
    widths = [11 * mm, 27 * mm, 54 * mm, 38 * mm, TEXT_WIDTH - 130 * mm]
    header = [setter.para(h, styles.small_bold, "label")
              for h in (number, date_h, signers_h, delegation_h, occasion_h)]
    by_book: dict[int, list[GoldenBookRegisterLine]] = {}
    for line in lines:
        by_book.setdefault(line.book_number, []).append(line)
    for book, entries in by_book.items():
        story += [Spacer(1, 4 * mm), setter.para(t(lang, "Volume {book}", book=book), styles.h2,
                                                  "volume")]
        for start in range(0, len(entries), _ROWS_PER_TABLE):
            rows: list[list[object]] = [header]
            for line in entries[start:start + _ROWS_PER_TABLE]:
                rows.append(_row(line, lang, cancelled, setter, styles))
            table = HouseTable(rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(table)
    frame = PageFrame(city=city, heading=title, kind=kind, as_of="", lang=lang, cover=False)
    meta = Metadata(f"{city}: {title}", title, city, lang)
    return RenderResult(build_pdf(story, frame, meta, setter), setter.warnings)


def _row(line: GoldenBookRegisterLine, lang: str, cancelled: str, setter: Typesetter,
         styles: Styles) -> list[object]:
    where = f"Golden Book entry {line.book_number}/{line.number or '—'}"
    # One paragraph per signer and cell: thousands of rows stay fast (one flowable each).
    signers: list[Flowable] = [
        setter.para("\n".join(part for part in (
            s.name, s.native_name if s.native_name != s.name else "", s.function) if part),
            styles.body, f"{where}: signer {s.name!r}") for s in line.signers]
    number = str(line.number) if line.number is not None else "—"
    if line.status.value == "cancelled":
        number = f"{number}\n({cancelled})"
    delegation = setter.para("\n".join(p for p in (line.partner_city, line.delegation_title) if p),
                             styles.body, f"{where}: delegation")
    return [
        setter.para(number, styles.body, "number"),
        setter.para(short_date(line.signed_on, lang) if line.signed_on else "", styles.body,
                    "date"),
        signers,
        delegation,
        setter.para("\n".join(p for p in (line.occasion, line.place) if p), styles.body,
                    f"{where}: occasion"),
    ]
