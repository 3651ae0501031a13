"""The Golden Book register as a file: PDF, CSV or XLSX, for a year or the whole archive."""

from __future__ import annotations

from pathlib import Path

from planner.documents.register_pdf import render_register
from planner.documents.register_tables import REGISTER_COLUMNS, register_rows, to_csv, to_xlsx
from planner.services import Services
from planner.services.golden_book import RegisterQuery

FORMATS = (".pdf", ".csv", ".xlsx")


def register_title(year: int | None, lang: str) -> str:
    """The printed title is the register's own name, in the document's language."""
    base = "Eintragungen in das Goldene Buch" if lang == "de" else "Entries in the Golden Book"
    return f"{base} {year}" if year else base


def write_register(services: Services, path: Path, year: int | None, lang: str) -> list[str]:
    """Runs on the worker: signed entries only, as the register prints them; returns warnings."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"cannot write {suffix or 'a file without extension'}; use .pdf/.csv/.xlsx"
        )
    lines = services.golden_book.register(RegisterQuery(year=year, include_planned=False))
    title = register_title(year, lang)
    warnings: list[str] = []
    if suffix == ".pdf":
        result = render_register(lines, title=title, lang=lang)
        data, warnings = result.pdf, list(result.warnings)
    elif suffix == ".csv":
        data = to_csv(REGISTER_COLUMNS[lang], register_rows(lines))
    else:
        data = to_xlsx(title, REGISTER_COLUMNS[lang], register_rows(lines))
    temp = path.with_name(path.name + ".part")
    temp.write_bytes(data)
    temp.replace(path)  # a half-written register never replaces a good one
    return warnings
