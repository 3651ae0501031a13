"""The registers as files (Golden Book: PDF, CSV, XLSX; gifts: PDF, CSV, XLSX), for the command
line and the window alike: the same query, the same title, the same bytes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from planner.domain.errors import Problem, ValidationError
from planner.services.context import ServiceContext

if TYPE_CHECKING:
    from planner.documents.gifts_register import GiftLine

FORMATS = (".pdf", ".csv", ".xlsx")


def check_format(suffix: str) -> None:
    if suffix not in FORMATS:
        what = suffix or "a file without an extension"
        raise ValidationError(Problem("output", f"cannot write {what}; use .pdf, .csv or .xlsx"))


def golden_book_file(ctx: ServiceContext, suffix: str, year: int | None, lang: str
                     ) -> tuple[bytes, list[str]]:
    """The signed entries (of `year`, or all) as `suffix`; returns the bytes and warnings."""
    from planner.documents.register_pdf import register_title, render_register
    from planner.documents.register_tables import REGISTER_COLUMNS, register_rows, to_csv, to_xlsx
    from planner.services.golden_book import GoldenBookService, RegisterQuery
    from planner.services.settings import Settings

    check_format(suffix)
    service = GoldenBookService(ctx)
    lines = service.register(RegisterQuery(year=year, include_planned=False))
    columns = REGISTER_COLUMNS["de" if lang == "de" else "en"]
    if suffix == ".csv":
        return to_csv(columns, register_rows(lines)), []
    if suffix == ".xlsx":
        return to_xlsx(register_title(year, lang)[:31], columns, register_rows(lines)), []
    result = render_register(lines, lang, year, Settings(ctx).office(), service.register_as_of())
    return result.pdf, list(result.warnings)


def gifts_file(ctx: ServiceContext, suffix: str, year: int | None, lang: str
               ) -> tuple[bytes, list[str]]:
    """The gifts (given in `year`, or all) as `suffix`, in words; returns bytes and warnings."""
    from planner.documents.gifts_register import (
        gifts_title,
        render_gifts_register,
        table_in_words,
    )
    from planner.documents.register_tables import to_csv, to_xlsx
    from planner.services.settings import Settings

    check_format(suffix)
    lines, as_of = gift_lines(ctx, year)
    if suffix == ".pdf":
        result = render_gifts_register(lines, lang, year, Settings(ctx).office(), as_of)
        return result.pdf, list(result.warnings)
    header, rows = table_in_words(lines, lang)
    if suffix == ".csv":
        return to_csv(header, rows), []
    return to_xlsx(gifts_title(year, lang), header, rows), []


def gift_lines(ctx: ServiceContext, year: int | None
               ) -> tuple[list[GiftLine], datetime | None]:
    """The register's lines with partner city and delegation by name, and its "as of"."""
    from datetime import date

    from sqlalchemy import func, select

    from planner.documents.gifts_register import GiftLine
    from planner.domain.records import pick_text
    from planner.services.context import stored_instant
    from planner.services.gifts import gift_record
    from planner.store.models import DelegationRow, GiftRow, PartnerCityRow

    query = select(GiftRow).order_by(GiftRow.given_on, GiftRow.id)
    if year is not None:
        query = query.where(GiftRow.given_on >= date(year, 1, 1),
                            GiftRow.given_on < date(year + 1, 1, 1))
    with ctx.read() as session:
        gifts = [gift_record(row) for row in session.scalars(query)]
        cities = dict(session.execute(select(PartnerCityRow.id, PartnerCityRow.name)).all())
        titles = {i: pick_text(title, "de") for i, title in session.execute(
            select(DelegationRow.id, DelegationRow.title).where(DelegationRow.id.in_(
                {g.delegation_id for g in gifts if g.delegation_id})))}
        newest = session.scalar(select(func.max(GiftRow.updated_at)))
    lines = [GiftLine(
        id=g.id or 0, direction=g.direction, given_on=g.given_on, description=g.description,
        category=g.category, giver=_who(g.giver_name, g.giver_function),
        recipient=_who(g.recipient_name, g.recipient_function),
        partner_city=cities.get(g.partner_city_id, "") if g.partner_city_id else "",
        delegation=titles.get(g.delegation_id, "") if g.delegation_id else "",
        value_eur=g.value_eur, declaration=g.declaration, disposition=g.disposition,
        kept_at=g.kept_at) for g in gifts]
    return lines, stored_instant(newest) if newest is not None else None


def _who(name: str, function: str) -> str:
    return f"{name}, {function}" if name and function else name or function
