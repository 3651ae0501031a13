"""Moving an office's Excel history in: the Golden Book register and the gifts register from
CSV or XLSX with the columns of the planner's own exports (German or English headers).

Every row is checked before anything is written; one wrong row refuses the whole file with
every problem named by row and column, and a file imported twice is refused, not doubled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.documents.languages import DOCUMENT_LANGUAGES
from planner.documents.register_tables import FORMULA_STARTS
from planner.domain import rules
from planner.domain.enums import DeclarationStatus, EntryStatus, GiftDirection, GiftDisposition
from planner.domain.errors import Problem, ValidationError
from planner.domain.settings import GOLDEN_BOOK_CONTINUOUS_NUMBERING
from planner.domain.text import fold
from planner.services.context import ServiceContext
from planner.services.exchange_read import normalised
from planner.services.golden_book import refresh_search
from planner.services.member_import import MAX_ROWS, Row, header_key, read_rows
from planner.services.settings import read_setting
from planner.store.models import (
    DelegationRow,
    GiftRow,
    GoldenBookEntryRow,
    GoldenBookRow,
    PartnerCityRow,
    SignerRow,
)

E = TypeVar("E", bound=StrEnum)

# Each field with the headers the planner's exports write (de, en) and a few an office's own
# lists use; compared without case, accents, spaces or punctuation.
REGISTER_HEADERS = {
    "volume": ("Band", "Volume"), "number": ("Nr.", "No.", "Nummer", "Number"),
    "page": ("Seite", "Page"), "date": ("Datum", "Date"), "status": ("Status",),
    "signers": ("Unterzeichnende", "Signers", "Unterzeichner", "Name", "Names"),
    "native": ("Originalschrift", "Native script"), "function": ("Funktion", "Function"),
    "delegation": ("Delegation",), "city": ("Partnerstadt", "Partner city"),
    "country": ("Land", "Country"), "occasion": ("Anlass", "Occasion"),
    "place": ("Ort", "Place"), "inscription": ("Widmung", "Inscription"),
}
GIFT_HEADERS = {
    "number": ("Nr.", "No."), "date": ("Datum", "Date"), "direction": ("Richtung", "Direction"),
    "description": ("Geschenk", "Gift", "Beschreibung", "Description"),
    "category": ("Kategorie", "Category"),
    "giver": ("Überreicht von", "Given by", "Geber"),
    "recipient": ("Überreicht an", "Given to", "Empfänger"),
    "city": ("Partnerstadt", "Partner city"), "delegation": ("Delegation",),
    "value": ("Wert (EUR)", "Value (EUR)", "Wert", "Value"),
    "declaration": ("Anzeige", "Declaration"),
    "disposition": ("Verbleib", "What became of it"),
    "kept_at": ("Aufbewahrt", "Kept at"),
}


@dataclass(frozen=True, slots=True)
class Imported:
    count: int
    notes: tuple[str, ...]  # how the file was read, what was linked or created


class _Table:
    """A register file's rows by field, with every problem collected by row and column."""

    def __init__(self, path: Path, encoding: str | None, headers: dict[str, tuple[str, ...]],
                 required: tuple[str, ...]) -> None:
        self.notes: list[str] = []
        rows = read_rows(Path(path), encoding, self.notes)
        if len(rows) > MAX_ROWS + 1:
            raise ValidationError(Problem("file", f"{path.name} has {len(rows):,} rows; a "
                                                  f"register file may have at most {MAX_ROWS:,}"))
        filled = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
        if not filled:
            raise ValidationError(Problem("file", f"{path.name} is empty"))
        known = {header_key(h): field for field, names in headers.items() for h in names}
        self.header_row, cells = filled[0]
        self.columns: dict[str, int] = {}
        self.titles: dict[str, str] = {}
        for index, header in enumerate(cells):
            field = known.get(header_key(header)) if header.strip() else None
            if field and field not in self.columns:
                self.columns[field], self.titles[field] = index, header.strip()
            elif header.strip():
                self.notes.append(f"column '{header.strip()}' is not a register column and "
                                  f"was not read")
        missing = [headers[f][0] for f in required if f not in self.columns]
        if missing:
            found = ", ".join(repr(c) for c in cells if c) or "none"
            raise ValidationError(Problem(f"row {self.header_row}", f"missing column(s) "
                                  f"{', '.join(missing)}; columns found: {found}"))
        self.rows = filled[1:]
        self.problems: list[Problem] = []

    def cell(self, row: Row, field: str) -> str:
        index = self.columns.get(field)
        cells = row[1]
        text = cells[index].strip() if index is not None and index < len(cells) else ""
        # The apostrophe the planner's CSV put before "=…" to keep it from being a formula
        # (planner.documents.register_tables.spreadsheet_safe) comes off again.
        if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
            return text[1:]
        return text

    def fail(self, row: Row, field: str, message: str) -> None:
        self.problems.append(Problem(f"row {row[0]}, {self.titles.get(field, field)}",
                                     message))

    def day(self, row: Row, field: str) -> date | None:
        text = self.cell(row, field)
        if not text:
            return None
        for parse in (lambda t: datetime.fromisoformat(t).date(),
                      lambda t: datetime.strptime(t, "%d.%m.%Y").date()):
            try:
                day = parse(text)
            except ValueError:
                continue
            if 1900 <= day.year <= 2200:
                return day
        self.fail(row, field, f"'{text}' is not a date like 2019-09-13 or 13.09.2019")
        return None

    def whole(self, row: Row, field: str) -> int | None:
        text = self.cell(row, field)
        if not text:
            return None
        if not re.fullmatch(r"\d{1,9}", text):
            self.fail(row, field, f"'{text}' is not a whole number")
            return None
        return int(text)

    def word(self, row: Row, field: str, enum: type[E], default: E | None) -> E | None:
        text = self.cell(row, field)
        if not text:
            return default
        found = _words(enum).get(fold(text))
        if found is None:
            choices = ", ".join(sorted({_words_de(v) for v in enum}))
            self.fail(row, field, f"'{text}' is not one of: {choices}")
        return found  # type: ignore[return-value]

    def text(self, row: Row, field: str, limit: int = rules.NAME_MAX,
             required: bool = False) -> str:
        # Line breaks and control characters as every import stores them (one line, except
        # an inscription), so every exporter can rely on them.
        text = normalised(self.cell(row, field), multiline=field == "inscription").strip()
        if required and not text:
            self.fail(row, field, "must not be empty")
        elif len(text) > limit:
            self.fail(row, field, f"is {len(text)} characters long; at most {limit} are "
                                  f"allowed")
        elif "\x00" in text:
            self.fail(row, field, "contains a NUL character")
        return text

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def _words(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """Every language's word for each value, and the value's code, folded → the value."""
    from planner.documents.vocabulary import word

    found: dict[str, StrEnum] = {}
    for value in enum:
        found[fold(value.value)] = value
        found[fold(value.value.replace("_", " "))] = value
        for lang in DOCUMENT_LANGUAGES:
            found.setdefault(fold(word(value, lang)), value)
    return found


def _words_de(value: StrEnum) -> str:
    from planner.documents.vocabulary import word

    return word(value, "de")


def _delegations(session: Session) -> dict[str, list[int]]:
    """Each delegation's titles (every language), folded → ids."""
    found: dict[str, list[int]] = {}
    for did, title in session.execute(select(DelegationRow.id, DelegationRow.title)):
        for text in set((title or {}).values()):
            found.setdefault(fold(text), []).append(did)
    return found


def _link(table: _Table, row: Row, titles: dict[str, list[int]]) -> int | None:
    text = table.cell(row, "delegation")
    if not text:
        return None
    ids = sorted(set(titles.get(fold(text), [])))
    if len(ids) == 1:
        return ids[0]
    if ids:
        table.notes.append(f"row {row[0]}: several delegations are called '{text}'; not linked")
    else:
        table.notes.append(f"row {row[0]}: no delegation '{text}' in the planner; not linked")
    return None


def _split(text: str) -> list[str]:
    """'Li Hua; Wang Wei' → one name per signer, each one line without control characters."""
    text = normalised(text, multiline=False)
    return [part.strip() for part in text.split(";")] if text.strip() else []


class RegisterImport:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def golden_book(self, path: Path, encoding: str | None = None) -> Imported:
        """Entries with their signers; volumes that do not exist yet are created."""
        table = _Table(path, encoding, REGISTER_HEADERS, ("signers",))
        with self.ctx.write() as session:
            titles = _delegations(session)
            books = {n: i for i, n in session.execute(select(GoldenBookRow.id,
                                                             GoldenBookRow.number))}
            continuous = bool(read_setting(session, GOLDEN_BOOK_CONTINUOUS_NUMBERING))
            taken = {(None if continuous else b, n) for b, n in session.execute(
                select(GoldenBookEntryRow.book_id, GoldenBookEntryRow.number).where(
                    GoldenBookEntryRow.number.is_not(None)))}
            numbers = {book: n for book, n in session.execute(
                select(GoldenBookEntryRow.book_id, func.max(GoldenBookEntryRow.number))
                .group_by(GoldenBookEntryRow.book_id))}
            entries = [self._entry(table, row, titles) for row in table.rows]
            table.raise_if_any()
            top_volume = max(books, default=1)
            for row, entry in zip(table.rows, entries, strict=True):
                volume = entry.pop("volume") or top_volume
                if volume not in books:
                    book = GoldenBookRow(number=volume, title="Goldenes Buch der Stadt")
                    session.add(book)
                    session.flush()
                    books[volume] = book.id
                    table.notes.append(f"volume {volume} created")
                entry["book_id"] = books[volume]
                number = entry["number"]
                if number is not None:
                    key = (None if continuous else entry["book_id"], number)
                    if key in taken:
                        table.fail(row, "number", f"entry {number} of volume {volume} is "
                                                  f"already in the register")
                    taken.add(key)
            table.raise_if_any()
            for entry in sorted(entries, key=lambda e: (e["signed_on"] or date.max)):
                if entry["number"] is None and entry["status"] == EntryStatus.SIGNED.value:
                    book = None if continuous else entry["book_id"]
                    numbers[book] = numbers.get(book, 0) + 1
                    entry["number"] = numbers[book]
                signers = entry.pop("signers")
                row = GoldenBookEntryRow(**entry)
                row.signers = [SignerRow(position=i, name=name, native_name=native,
                                         function=function)
                               for i, (name, native, function) in enumerate(signers, start=1)]
                session.add(row)
                with session.no_autoflush:
                    refresh_search(session, row)
            session.flush()
        return Imported(len(entries), tuple(table.notes))

    @staticmethod
    def _entry(table: _Table, row: Row, titles: dict[str, list[int]]) -> dict[str, Any]:
        names = _split(table.cell(row, "signers"))
        natives = _split(table.cell(row, "native"))
        functions = _split(table.cell(row, "function"))
        if not names:
            table.fail(row, "signers", "must not be empty")
        for field, parts in (("native", natives), ("function", functions)):
            if parts and len(parts) != len(names):
                table.fail(row, field, f"{len(parts)} given for {len(names)} signer(s): one "
                                       f"per signer, in their order, separated by ';' (leave "
                                       f"a place empty: 'A; ; C')")
        for part in (*names, *natives, *functions):
            if len(part) > rules.NAME_MAX:
                table.fail(row, "signers", f"a name is {len(part)} characters long; at most "
                                           f"{rules.NAME_MAX} are allowed")
        signed_on = table.day(row, "date")
        status = table.word(row, "status", EntryStatus,
                            EntryStatus.SIGNED if signed_on else EntryStatus.PLANNED)
        return {
            "volume": table.whole(row, "volume"), "number": table.whole(row, "number"),
            "page": table.whole(row, "page"), "signed_on": signed_on,
            "status": (status or EntryStatus.PLANNED).value,
            "place": table.text(row, "place"), "occasion": table.text(row, "occasion"),
            "inscription": table.text(row, "inscription", rules.TEXT_MAX),
            "delegation_id": _link(table, row, titles),
            "signers": [(name, natives[i] if i < len(natives) else "",
                         functions[i] if i < len(functions) else "")
                        for i, name in enumerate(names)],
        }

    def gifts(self, path: Path, encoding: str | None = None) -> Imported:
        """Gifts given and received; a gift already in the register is refused, not doubled."""
        table = _Table(path, encoding, GIFT_HEADERS, ("description",))
        with self.ctx.write() as session:
            titles = _delegations(session)
            cities = {fold(name): cid for cid, name in session.execute(
                select(PartnerCityRow.id, PartnerCityRow.name))}
            stored: dict[tuple[Any, ...], str] = {
                _same_gift(g.given_on, g.direction, g.description, g.giver_name,
                           g.recipient_name): f"gift {g.id}"
                for g in session.scalars(select(GiftRow))}
            gifts = [self._gift(table, row, titles, cities, stored) for row in table.rows]
            table.raise_if_any()
            session.add_all(GiftRow(**gift) for gift in gifts)
            session.flush()
        return Imported(len(gifts), tuple(table.notes))

    @staticmethod
    def _gift(table: _Table, row: Row, titles: dict[str, list[int]], cities: dict[str, int],
              stored: dict[tuple[Any, ...], str]) -> dict[str, Any]:
        direction = table.word(row, "direction", GiftDirection, None)
        if direction is None and not table.cell(row, "direction"):
            table.fail(row, "direction", "must say whether the gift was given or received")
        given_on = table.day(row, "date")
        description = table.text(row, "description", rules.TEXT_MAX, required=True)
        city_name = table.cell(row, "city")
        city = cities.get(fold(city_name)) if city_name else None
        if city_name and city is None:
            table.fail(row, "city", f"no partner city '{city_name}'; add it under Partner "
                                    f"cities first")
        giver, giver_function = _who(table.text(row, "giver"))
        recipient, recipient_function = _who(table.text(row, "recipient"))
        key = _same_gift(given_on, direction.value if direction else "", description, giver,
                         recipient)
        if key in stored:
            where = stored[key]
            place = "in the register" if where.startswith("gift") else "in the file"
            table.fail(row, "description", f"the same gift (day, giver, recipient) is already "
                                           f"{place} ({where})")
        stored[key] = f"row {row[0]}"  # a second copy in the same file is refused too
        return {
            "direction": direction.value if direction else "", "given_on": given_on,
            "description": description, "category": table.text(row, "category",
                                                                 rules.SHORT_MAX),
            "giver_name": giver, "giver_function": giver_function,
            "recipient_name": recipient, "recipient_function": recipient_function,
            "partner_city_id": city, "delegation_id": _link(table, row, titles),
            "value_eur": _euros(table, row),
            "declaration": (table.word(row, "declaration", DeclarationStatus,
                                       DeclarationStatus.NOT_REQUIRED)
                            or DeclarationStatus.NOT_REQUIRED).value,
            "disposition": (table.word(row, "disposition", GiftDisposition,
                                       GiftDisposition.NOT_RECORDED)
                            or GiftDisposition.NOT_RECORDED).value,
            "kept_at": table.text(row, "kept_at"),
        }


def _same_gift(given_on: date | None, direction: str, description: str, giver: str,
               recipient: str) -> tuple[Any, ...]:
    return given_on, direction, fold(description), fold(giver), fold(recipient)


def _who(text: str) -> tuple[str, str]:
    """'Dmitri Sokolov, Deputy Head of City Administration' → name and function."""
    name, _comma, function = text.partition(", ")
    return name.strip(), function.strip()


def _euros(table: _Table, row: Row) -> Decimal | None:
    text = table.cell(row, "value").replace("€", "").replace("EUR", "").strip()
    if not text:
        return None
    if "," in text:  # German: 1.234,50
        text = text.replace(".", "").replace(",", ".")
    try:
        value = Decimal(text.replace(" ", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not 0 <= value < Decimal("1e10"):
        table.fail(row, "value", f"'{table.cell(row, 'value')}' is not an amount in euros "
                                 f"like 120.00 or 120,00")
        return None
    return value.quantize(Decimal("0.01"))
