"""Trip costs as a workbook for accounting: a line per trip with its categories and total, the
year's total beneath, and every entered cost line on a second sheet. Amounts are numbers in
euros (never text), so the accountants can add them up themselves."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.documents.catalogue import N_, t

# The plan's categories in the order accounting books them.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("flight", N_("Flights")), ("train", N_("Trains")), ("hotel", N_("Hotel")),
    ("per_diem", N_("Allowance")), ("gifts", N_("Gifts")), ("other", N_("Other costs")),
)
EURO = '#,##0.00 "€"'


@dataclass(frozen=True)
class CostLineRow:
    category: str  # a key of CATEGORIES
    description: str
    amount: Decimal


@dataclass(frozen=True)
class TripCostRow:
    """One trip's costs, texts resolved."""

    title: str
    destination: str
    leaves: date | None
    returns: date | None
    days: int
    travellers: int
    by_category: dict[str, Decimal]
    lines: Sequence[CostLineRow] = ()

    @property
    def total(self) -> Decimal:
        return sum(self.by_category.values(), Decimal(0))


def workbook_title(lang: str, year: int | None, trip: str = "") -> str:
    """'Reisekosten 2026' for a year, 'Reisekosten: Reise nach Xi'an' for one trip."""
    if year is not None:
        return t(lang, N_("Trip costs {year}"), year=year)
    return t(lang, N_("Trip costs: {trip}"), trip=trip)


def trip_costs_workbook(trips: Sequence[TripCostRow], title: str, lang: str = "de") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from planner.documents.register_tables import sheet_name, spreadsheet_safe

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name(title, [])
    bold = Font(bold=True)
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    head = [t(lang, "Trip"), t(lang, "Destination"), t(lang, "Leaves"), t(lang, "Returns"),
            t(lang, "Days"), t(lang, "Travellers"),
            *(t(lang, label) for _, label in CATEGORIES), t(lang, "Total")]
    sheet.append(head)
    for cell in sheet[2]:
        cell.font = bold
    first_amount = 7  # column G
    for trip in trips:
        sheet.append([spreadsheet_safe(trip.title), spreadsheet_safe(trip.destination),
                      trip.leaves, trip.returns, trip.days, trip.travellers,
                      *(trip.by_category.get(key, Decimal(0)) for key, _ in CATEGORIES),
                      trip.total])
    total_row = [t(lang, "Total"), "", None, None, sum(tr.days for tr in trips),
                 sum(tr.travellers for tr in trips),
                 *(sum((tr.by_category.get(key, Decimal(0)) for tr in trips), Decimal(0))
                   for key, _ in CATEGORIES),
                 sum((tr.total for tr in trips), Decimal(0))]
    sheet.append(total_row)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in sheet.iter_rows(min_row=3, min_col=first_amount):
        for cell in row:
            cell.number_format = EURO
    for row in sheet.iter_rows(min_row=3, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = "DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD"
    widths = [44, 16, 12, 12, 7, 11, *([13] * (len(CATEGORIES) + 1))]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = width

    lines = book.create_sheet(sheet_name(t(lang, "Cost lines"), book.sheetnames))
    lines.append([t(lang, "Trip"), t(lang, "Category"), t(lang, "Description"),
                  t(lang, "Amount")])
    for cell in lines[1]:
        cell.font = bold
    labels = dict(CATEGORIES)
    for trip in trips:
        for line in trip.lines:
            lines.append([spreadsheet_safe(trip.title), t(lang, labels[line.category]),
                          spreadsheet_safe(line.description), line.amount])
            lines.cell(row=lines.max_row, column=4).number_format = EURO
    for letter, width in zip("ABCD", (44, 16, 50, 14), strict=True):
        lines.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
