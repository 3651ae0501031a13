"""The annual figures as the reader sees them: titled series of labelled numbers in one
language. The report draws them, the workbook lists them, the Statistics screen charts them;
Babel only, no ReportLab, so the screen can import it."""

from __future__ import annotations

from dataclasses import dataclass

from babel.dates import get_month_names
from babel.numbers import format_decimal

from planner.documents.catalogue import LOCALES, check_lang, t, tn
from planner.documents.vocabulary import word
from planner.domain.enums import DeclarationStatus, GiftDirection, ItemKind
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


def summary(data: YearFigures, lang: str) -> str:
    """The year in one line, each count with its right plural: "7 Besuche · 22 Gäste · …"."""
    return " · ".join((tn(lang, "{n} visit", "{n} visits", data.visits),
                       tn(lang, "{n} guest", "{n} guests", data.guests),
                       tn(lang, "{n} Golden Book entry", "{n} Golden Book entries",
                          data.golden_book_entries)))
