"""The Golden Book register and the gifts register as CSV and XLSX tables."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from planner.domain.records import Gift, GoldenBookRegisterLine

REGISTER_COLUMNS = {
    "de": ["Band", "Nr.", "Seite", "Datum", "Status", "Unterzeichnende", "Originalschrift",
           "Funktion", "Delegation", "Partnerstadt", "Land", "Anlass", "Ort", "Widmung"],
    "en": ["Volume", "No.", "Page", "Date", "Status", "Signers", "Native script", "Function",
           "Delegation", "Partner city", "Country", "Occasion", "Place", "Inscription"],
}
GIFT_COLUMNS = ["id", "direction", "date", "description", "category", "value_eur", "giver",
                "giver_function", "recipient", "recipient_function", "kept_at", "declaration"]


def _per_signer(parts: list[str]) -> str:
    """'Соколов; ; 王小明': one place per signer, so a re-import pairs each with its signer;
    empty when no signer has one."""
    return "; ".join(parts) if any(parts) else ""


def register_rows(lines: Sequence[GoldenBookRegisterLine]) -> list[list[object]]:
    return [[line.book_number, line.number, line.page, line.signed_on, line.status.value,
             "; ".join(s.name for s in line.signers),
             _per_signer([s.native_name for s in line.signers]),
             _per_signer([s.function for s in line.signers]),
             line.delegation_title, line.partner_city, line.country, line.occasion, line.place,
             line.inscription] for line in lines]


def gift_rows(gifts: Sequence[Gift]) -> list[list[object]]:
    return [[g.id, g.direction.value, g.given_on, g.description, g.category, g.value_eur,
             g.giver_name, g.giver_function, g.recipient_name, g.recipient_function, g.kept_at,
             g.declaration.value] for g in gifts]


def _plain(value: object) -> object:
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else value


# A cell a spreadsheet would read as a formula (or as a command, via DDE) starts with one of
# these; OWASP's advice for CSV injection: prefix such a cell with an apostrophe (Excel shows
# it as text and hides the mark) and quote every text cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """'=HYPERLINK(…)' becomes "'=HYPERLINK(…)": shown as text, never evaluated.

    Reversible: a text cell that starts with an apostrophe followed by one of FORMULA_STARTS
    had the apostrophe added here; removing it gives back exactly what was stored
    (docs/documents.md, "Spreadsheets"). Numbers are not text and stay as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """UTF-8 with BOM and semicolons: what German Excel opens correctly by double-click.

    Every cell is spreadsheet-safe: no name or title typed by anyone becomes a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n",
                        quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow([spreadsheet_safe(h) for h in header])
    writer.writerows([[spreadsheet_safe(_plain(v)) for v in row] for row in rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # user text such as "=Mayor" is text, never a formula
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(8, width + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_name(title: str, taken: list[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the book."""
    name = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31].strip()
    candidate, number = name, 2
    while candidate in taken:
        suffix = f" {number}"
        candidate, number = name[:31 - len(suffix)] + suffix, number + 1
    return candidate

