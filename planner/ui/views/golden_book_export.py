"""The Golden Book register as a file: PDF, CSV or XLSX, for a year or the whole archive."""

from __future__ import annotations

from pathlib import Path

from planner.services import Services
from planner.services.private_files import write_private
from planner.services.register_files import golden_book_file


def write_register(services: Services, path: Path, year: int | None, lang: str) -> list[str]:
    """Runs on the worker: signed entries only, as the register prints them; returns warnings."""
    data, warnings = golden_book_file(services.ctx, path.suffix.lower(), year, lang)
    write_private(path, data)  # owner-only; a half-written register never replaces a good one
    return warnings
