"""The annual figures as a workbook: the numbers behind every chart, a sheet each (openpyxl
only, no ReportLab: the spreadsheet needs no PDF library)."""

from __future__ import annotations

import io

from planner.documents.annual_figures import figures
from planner.documents.catalogue import t
from planner.domain.statistics import YearFigures


def annual_workbook(data: YearFigures, lang: str) -> bytes:
    """The figures behind every chart, a sheet each, numbers as numbers."""
    from openpyxl import Workbook

    from planner.documents.register_tables import sheet_name, spreadsheet_safe

    book = Workbook()
    book.remove(book.active)
    raw = _raw_rows(data)
    for figure, numbers in zip(figures(data, lang), raw, strict=True):
        sheet = book.create_sheet(sheet_name(figure.title, book.sheetnames))
        sheet.append(list(figure.head))
        for row, values in zip(figure.rows, numbers, strict=True):
            sheet.append([spreadsheet_safe(row[0]), *values])
        sheet.column_dimensions["A"].width = max(14, *(len(r[0]) + 2 for r in figure.rows)) \
            if figure.rows else 14
    quiet = book.create_sheet(sheet_name(t(lang, "No visit"), book.sheetnames))
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
