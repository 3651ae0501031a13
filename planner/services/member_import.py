"""Member lists from partner cities (CSV or XLSX): read leniently, validate, all-or-nothing."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from sqlalchemy import func, select

from planner.domain import rules
from planner.domain.enums import Gender
from planner.domain.errors import Problem, ValidationError
from planner.domain.office import OFFICE_LANGUAGE
from planner.domain.records import TEXT_LANGUAGES, Member
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.members import _single_head
from planner.store import convert
from planner.store.models import DelegationRow, MemberRow

# Normalised header text (see `_key`) -> member field. "first"/"last" are joined into the name.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "vollstandigername", "vollername", "namelatin",
             "nameinlateinschrift", "nameinlatinscript", "teilnehmer", "teilnehmerin",
             "participant", "member", "mitglied"),
    "first": ("firstname", "givenname", "forename", "vorname", "vornamen"),
    "last": ("lastname", "surname", "familyname", "nachname", "familienname", "zuname"),
    "native_name": ("nativename", "nameinnativescript", "nativescript", "nameoriginal",
                    "originalname", "nameinoriginalschrift", "originalschrift",
                    "nameoriginalschrift", "nameinlandesschrift", "landesschrift"),
    "salutation": ("salutation", "anrede", "honorific", "formofaddress"),
    "title": ("title", "function", "titel", "funktion", "titlefunction", "titelfunktion",
              "position", "role", "rolle", "amt", "office"),
    "gender": ("gender", "geschlecht", "sex"),
    "rank": ("rank", "precedence", "rang", "protokollrang", "protocolrank", "protocolorder",
             "rangfolge", "reihenfolge", "order"),
    "is_head": ("head", "headofdelegation", "delegationhead", "delegationsleitung", "leitung",
                "delegationsleiter", "delegationsleiterin", "leader", "delegationleader"),
    "languages": ("languages", "language", "sprachen", "sprache", "spokenlanguages"),
    "dietary": ("dietary", "diet", "dietaryrequirements", "dietaryneeds", "ernahrung",
                "speisevorschriften", "essen", "food", "meals", "allergies", "allergien"),
    "accessibility": ("accessibility", "accessibilityneeds", "barrierefreiheit",
                      "mobility", "specialneeds", "besonderebedurfnisse"),
    "email": ("email", "emailaddress", "mail", "emailadresse"),
    "phone": ("phone", "telephone", "telefon", "mobil", "mobile", "mobilephone", "cellphone",
              "handy", "tel", "phonenumber", "telefonnummer", "mobilnummer"),
}
_FIELD_OF_KEY = {key: field for field, keys in _SYNONYMS.items() for key in keys}

_TRUE = {"yes", "y", "ja", "j", "x", "1", "true", "wahr", "oui", "✓", "✔", "head", "leitung"}
_FALSE = {"", "no", "n", "nein", "0", "false", "falsch", "non", "-", "–"}
_GENDERS = {
    Gender.FEMALE: {"f", "w", "female", "woman", "weiblich", "frau", "femme", "mrs", "ms"},
    Gender.MALE: {"m", "male", "man", "mannlich", "mann", "herr", "homme", "mr"},
    Gender.DIVERSE: {"d", "x", "diverse", "divers", "other", "non-binary", "nonbinary"},
}
_GENDER_OF = {word: g for g, words in _GENDERS.items() for word in words}
# Control characters break the server (PostgreSQL refuses NUL) and never belong in a name.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    header: str


class ImportedMembers(list[Member]):
    """The members written, plus warnings about the file (columns that were not used)."""

    warnings: tuple[str, ...] = ()


class MemberImport:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        # Warnings of the most recent import, also carried by its result.
        self.warnings: tuple[str, ...] = ()

    def import_file(self, delegation_id: int, path: Path,
                    encoding: str | None = None) -> ImportedMembers:
        """Add every member listed in `path` to the delegation, or none if any row is wrong.
        `encoding` overrides the detection of a CSV file's encoding."""
        read: list[str] = []
        rows = read_rows(Path(path), encoding, read)
        header_row, columns, warnings = _find_header(rows)
        warnings = [*read, *warnings]
        with self.ctx.write() as session:
            get_row(session, DelegationRow, delegation_id, "delegation")
            existing = {_same_name(name) for name in session.scalars(
                select(MemberRow.name).where(MemberRow.delegation_id == delegation_id))}
            top_rank = session.scalar(select(func.max(MemberRow.rank)).where(
                MemberRow.delegation_id == delegation_id)) or 0
            # Raising here rolls the transaction back: nothing of the file is written.
            members = _members(rows, header_row, columns, delegation_id, existing, top_rank)
            written = [MemberRow(**convert.member_columns(m)) for m in members]
            session.add_all(written)
            session.flush()
            for row in written:
                if row.is_head:
                    _single_head(session, delegation_id, row.id)
            session.flush()
            result = ImportedMembers(convert.member(row) for row in written)
        result.warnings = tuple(warnings)
        self.warnings = result.warnings
        return result


# ---- reading the file ------------------------------------------------------------------------

Row = tuple[int, list[str]]  # spreadsheet row number (1-based) and its cells as text


def read_rows(path: Path, encoding: str | None = None,
              notes: list[str] | None = None) -> list[Row]:
    """The file's rows; `notes` receives how a CSV file was read (its detected encoding)."""
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "does not exist"
        raise ValidationError(Problem("file", f"{path} {what}"))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, encoding, notes if notes is not None else [])
    if suffix == ".xls":
        raise ValidationError(Problem("file", "old Excel files (.xls) cannot be read; save the "
                                              "list as .xlsx or .csv"))
    raise ValidationError(Problem("file", f"{path.name}: only .csv and .xlsx lists can be "
                                          f"imported"))


MAX_XLSX_BYTES = 20_000_000  # the file as sent
MAX_XLSX_UNPACKED = 100_000_000  # all its parts unpacked
MAX_XLSX_PART = 50_000_000  # one part (a sheet, the shared strings) unpacked
MAX_ROWS = 5_000  # a delegation, not a phone book


def check_workbook(path: Path) -> None:
    """Refuse a workbook that would unpack to more than a member list ever needs — read from
    the zip directory, before anything is decompressed (a "zip bomb" is refused at once)."""
    size = path.stat().st_size
    if size > MAX_XLSX_BYTES:
        raise ValidationError(Problem("file", f"{path.name} is {size // 1_000_000} MB; a list "
                                              f"may be at most {MAX_XLSX_BYTES // 1_000_000} MB"))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_parts(archive, path.name)
    except (zipfile.BadZipFile, zlib.error, OSError) as exc:
        raise ValidationError(Problem("file", f"{path.name} is not a readable Excel workbook "
                                              f"({exc})")) from exc


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    parts = archive.infolist()
    total = sum(p.file_size for p in parts)
    largest = max(parts, key=lambda p: p.file_size, default=None)
    if total > MAX_XLSX_UNPACKED or (largest and largest.file_size > MAX_XLSX_PART):
        where = largest.filename if largest else "?"
        raise ValidationError(Problem(
            "file", f"{name} unpacks to {total // 1_000_000} MB (its part {where}: "
                    f"{largest.file_size // 1_000_000 if largest else 0} MB); a list may "
                    f"unpack to at most {MAX_XLSX_UNPACKED // 1_000_000} MB, one part to "
                    f"{MAX_XLSX_PART // 1_000_000} MB"))
    for part in parts:  # only now, the sizes known: reading a head unpacks little
        if part.filename.endswith((".xml", ".rels")) and _declares_dtd(archive, part):
            raise ValidationError(Problem(
                "file", f"{name}: its part {part.filename} declares a document type (DTD), "
                        f"which no spreadsheet needs; refused, as entity definitions can make "
                        f"a small file expand without bound"))


def _declares_dtd(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether the XML part declares a DTD: read its head only (the prolog comes first)."""
    with archive.open(part) as stream:
        head = stream.read(4096)
    return b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper()


def _read_xlsx(path: Path) -> list[Row]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    check_workbook(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(Problem("file", f"{path.name} is not a readable Excel workbook "
                                              f"({exc})")) from exc
    try:
        if not book.worksheets:
            return []
        sheet = book.worksheets[0]
        # Files written by other tools often declare wrong dimensions; read what is there.
        sheet.reset_dimensions()
        rows: list[Row] = []
        try:
            for n, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if n > MAX_ROWS:
                    raise ValidationError(Problem(
                        "file", f"{path.name} has more than {MAX_ROWS} rows; a member list "
                                f"may have at most {MAX_ROWS}"))
                rows.append((n, [_cell_text(v) for v in values]))
        except ParseError as exc:  # damaged XML inside the zip
            raise ValidationError(Problem("file", f"{path.name} is not a readable Excel "
                                                  f"workbook ({exc})")) from exc
        return rows
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores ranks and phone numbers as floats
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def _read_csv(path: Path, encoding: str | None, notes: list[str]) -> list[Row]:
    data = path.read_bytes()
    if len(data) > MAX_CSV_BYTES:
        raise ValidationError(Problem("file", f"{path.name} is {len(data) // 1_000_000} MB; a "
                                              f"member list may be at most "
                                              f"{MAX_CSV_BYTES // 1_000_000} MB"))
    text = decode_text(data, path.name, encoding, notes)
    first = next((line for line in text.splitlines() if line.strip()), "")
    # strict: an unclosed quote is an error, not two rows merged into one name.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    rows: list[Row] = []
    try:
        for cells in reader:
            rows.append((reader.line_num, [cell.strip() for cell in cells]))
    except csv.Error as exc:
        raise ValidationError(Problem("file", f"{path.name}, line {reader.line_num}: {exc} — "
                                              f"check the quotes (\") around that line"))\
            from exc
    return rows


MAX_CSV_BYTES = 20_000_000
# Detected encodings taken without asking: the ones offices' spreadsheets are saved in.
_PLAUSIBLE = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r",
              "iso8859_5", "cp1253", "cp1254", "iso8859_9", "cp1255", "iso8859_8", "shift_jis",
              "cp932", "euc_jp", "gb18030", "gb2312", "gbk", "big5", "cp949", "euc_kr",
              "mac_roman", "utf_16", "utf_16_le", "utf_16_be", "cp1257", "cp1256", "mac_cyrillic"}
_CHAOS_LIMIT = 0.15
_WESTERN = {"cp1252", "latin_1", "iso8859_15"}
# A Western reading of another code page shows symbols inside words ("£ukasz", "Zdenìk¹").
_ODD_IN_WORDS = re.compile(r"(?<=\w)[\u00a2-\u00bf\u00d7\u00f7]|[\u00a2-\u00bf\u00d7\u00f7](?=\w)")


def decode_text(data: bytes, name: str, encoding: str | None = None,
                notes: list[str] | None = None) -> str:
    """The text of a file: as `encoding` when given; else by its BOM, as UTF-8 when it is
    valid UTF-8, as BOM-less UTF-16 by its zero bytes, else by charset-normalizer — and
    refused, naming what was found, rather than guessed when the detection is doubtful."""
    notes = notes if notes is not None else []
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise ValidationError(Problem("encoding", f"{encoding!r} is not an encoding Python "
                                                      f"knows (e.g. cp1251, iso-8859-2, "
                                                      f"shift_jis)")) from None
        except UnicodeDecodeError as exc:
            raise ValidationError(Problem("encoding", f"{name} is not {encoding} text: byte "
                                                      f"{exc.start} cannot be read")) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        return data.decode("utf-16")
    for zeros, codec in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        # NUL bytes are valid UTF-8 but never in a text file: they are UTF-16 without a BOM.
        if len(data) >= 4 and len(data) % 2 == 0 and zeros.count(0) > len(zeros) * 0.3:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            notes.append(f"{name}: read as {codec.upper()} (no byte order mark)")
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    best = results[0] if results else None
    tied = [m for m in results if best is not None and m.chaos <= best.chaos + 0.01
            and m.encoding in _PLAUSIBLE]
    western = next((m for m in tied if m.encoding in _WESTERN
                    and not _ODD_IN_WORDS.search(str(m))), None)
    if western is not None:
        # The office's own Excel saves Windows-1252: when it reads cleanly, it is the one.
        best = western
    elif best is not None and len({str(m) for m in tied}) > 1:
        names = ", ".join(dict.fromkeys(m.encoding for m in tied[:3]))
        raise ValidationError(Problem(
            "encoding", f"{name}: the text encoding cannot be told for certain (it could be "
                        f"{names}); save the list from Excel as 'CSV UTF-8', or name the "
                        f"encoding with --encoding (e.g. cp1250 for Central European files)"))
    found = best.encoding if best is not None else None
    if best is None or found not in _PLAUSIBLE or best.chaos > _CHAOS_LIMIT:
        guess = f" (it looks most like {found}, but not clearly)" if found else ""
        raise ValidationError(Problem(
            "encoding", f"{name}: the text encoding cannot be told for certain{guess}; save "
                        f"the list from Excel as 'CSV UTF-8', or name the encoding with "
                        f"--encoding (e.g. cp1251 for Cyrillic Windows files)"))
    notes.append(f"{name}: read as {found} (not UTF-8); if names look wrong, import again "
                 f"with --encoding")
    return str(best)


def _delimiter(header_line: str) -> str:
    """The separator Excel used, counted outside quotes in the header line."""
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# ---- header --------------------------------------------------------------------------------

def header_key(header: str) -> str:
    """'Vollständiger Name' -> 'vollstandigername': case, accents, spaces, punctuation ignored."""
    text = unicodedata.normalize("NFKD", header.casefold().replace("ß", "ss"))
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _field_of(header: str) -> str | None:
    key = header_key(header)
    if key in _FIELD_OF_KEY:
        return _FIELD_OF_KEY[key]
    # "Function (en)", "Titel HE": the function in one language, "title:en" (German: the title).
    stem, lang = key[:-2], key[-2:]
    if lang in TEXT_LANGUAGES and _FIELD_OF_KEY.get(stem) == "title":
        return "title" if lang == OFFICE_LANGUAGE else f"title:{lang}"
    # "Name (Latin script)", "E-Mail-Adresse", "Telefon (mobil)": a known word plus a remark.
    base = header_key(re.split(r"[(\[]", header, maxsplit=1)[0])
    return _FIELD_OF_KEY.get(base)


def _find_header(rows: list[Row]) -> tuple[int, dict[str, list[_Column]], list[str]]:
    """The first non-empty row is the header; a title line above it is skipped if it has no
    name column but a later row has one."""
    candidates = [(n, cells) for n, cells in rows if any(cells)][:_HEADER_SEARCH_ROWS]
    if not candidates:
        raise ValidationError(Problem("file", "is empty"))
    for n, cells in candidates:
        columns = _columns(cells)
        if "name" in columns or "first" in columns or "last" in columns:
            return n, columns, _unused(cells, columns)
    n, cells = candidates[0]
    found = ", ".join(repr(c) for c in cells if c) or "none"
    raise ValidationError(Problem(
        f"row {n}", f"no column with the members' names (e.g. 'Name', 'Full name', "
                    f"'Vollständiger Name' or 'Vorname' and 'Nachname'); columns found: {found}"))


def _columns(cells: list[str]) -> dict[str, list[_Column]]:
    columns: dict[str, list[_Column]] = {}
    for index, header in enumerate(cells):
        field = _field_of(header) if header else None
        if field:
            columns.setdefault(field, []).append(_Column(index, header))
    # German lists often have "Name" (surname) beside "Vorname".
    if "name" in columns and "first" in columns and "last" not in columns \
            and header_key(columns["name"][0].header) == "name":
        columns["last"] = columns.pop("name")
    return columns


def _unused(cells: list[str], columns: dict[str, list[_Column]]) -> list[str]:
    used = {c.index for field, cs in columns.items()
            for c in (cs if field == "phone" else cs[:1])}
    warnings = [f"column {header!r} was not recognised and is ignored"
                for index, header in enumerate(cells) if header and _field_of(header) is None]
    warnings += [f"column {c.header!r} repeats {cs[0].header!r} and is ignored"
                 for field, cs in columns.items() if field != "phone"
                 for c in cs[1:] if c.index not in used]
    return warnings


# ---- rows ----------------------------------------------------------------------------------

def _members(rows: list[Row], header_row: int, columns: dict[str, list[_Column]],
             delegation_id: int, existing: set[str], top_rank: int) -> list[Member]:
    problems: list[Problem] = []
    parsed: list[tuple[int, dict[str, Any], dict[str, str]]] = []
    for n, cells in rows:
        if n <= header_row or not any(cells):
            continue
        row = _RowReader(n, cells, columns, problems)
        parsed.append((n, row.values(), row.labels))
    if not parsed and not problems:
        raise ValidationError(Problem("file", f"has a header in row {header_row} but no members "
                                              f"below it"))

    explicit = [v["rank"] for _, v, _ in parsed if v["rank"] is not None]
    next_rank = max([top_rank, *explicit]) + 1 if "rank" in columns else top_rank + 1
    members: list[Member] = []
    seen: dict[str, int] = {}
    heads: list[int] = []
    for n, values, labels in parsed:
        if values["rank"] is None:
            values["rank"] = next_rank
            next_rank += 1
        member = Member(delegation_id=delegation_id, **values)
        c = rules.Checker()
        rules.check_member(member, c)
        for p in c.problems:
            field = p.field.split("[")[0]
            if field.replace(".", ":") in labels:  # a translation's own column
                field = field.replace(".", ":")
            field = field.split(".")[0]
            problems.append(Problem(f"row {n}: {labels.get(field, field)}", p.message))
        same = _same_name(member.name)
        if same and same in existing:
            problems.append(Problem(f"row {n}: {labels['name']}",
                                    f"{member.name!r} is already a member of this delegation"))
        elif same and same in seen:
            problems.append(Problem(f"row {n}: {labels['name']}",
                                    f"{member.name!r} is listed twice (also in row {seen[same]})"))
        seen.setdefault(same, n)
        if member.is_head:
            heads.append(n)
        members.append(member)
    if len(heads) > 1:
        label = columns["is_head"][0].header
        for n in heads[1:]:
            problems.append(Problem(f"row {n}: {label}", f"only one head of delegation; row "
                                                         f"{heads[0]} is marked already"))
    if problems:
        position = {c.header: c.index for cs in columns.values() for c in cs}
        raise ValidationError(sorted(problems, key=lambda p: _reading_order(p, position)))
    return members


def _reading_order(problem: Problem, position: dict[str, int]) -> tuple[int, int]:
    """Problems in the order the officer reads the sheet: by row, then left to right."""
    match = re.match(r"row (\d+)(?:: (.*))?$", problem.field)
    if not match:
        return (0, 0)
    label = (match.group(2) or "").split(" + ")[0]
    return (int(match.group(1)), position.get(label, -1))


def _same_name(name: str) -> str:
    return " ".join(name.casefold().split())


class _RowReader:
    """Turns one row's cells into Member fields; every unreadable cell becomes a Problem."""

    def __init__(self, n: int, cells: list[str], columns: dict[str, list[_Column]],
                 problems: list[Problem]) -> None:
        self.n = n
        self.cells = cells
        self.columns = columns
        self.problems = problems
        self.labels = {field: cs[0].header for field, cs in columns.items()}
        if "name" not in columns:
            self.labels["name"] = " + ".join(columns[f][0].header for f in ("first", "last")
                                             if f in columns)

    def cell(self, column: _Column) -> str:
        value = self.cells[column.index] if column.index < len(self.cells) else ""
        if _CONTROL.search(value):
            self.problems.append(Problem(f"row {self.n}: {column.header}",
                                         "contains a control character (e.g. NUL); remove it"))
            value = _CONTROL.sub("", value)
        return " ".join(value.split()) if "\n" not in value else value.strip()

    def text(self, field: str) -> str:
        columns = self.columns.get(field, [])
        if field == "phone":
            return ", ".join(dict.fromkeys(v for v in map(self.cell, columns) if v))
        return self.cell(columns[0]) if columns else ""

    def values(self) -> dict[str, Any]:
        if "name" in self.columns:
            name = self.text("name")
        else:
            name = " ".join(part for part in (self.text("first"), self.text("last")) if part)
        return {
            "name": name, "native_name": self.text("native_name"),
            "salutation": self.text("salutation"), "title": self.text("title"),
            "title_translations": {field[len("title:"):]: text for field in self.columns
                                   if field.startswith("title:") and (text := self.text(field))},
            "gender": self._gender(), "rank": self._rank(), "is_head": self._head(),
            "languages": self._languages(), "dietary": self.text("dietary"),
            "accessibility": self.text("accessibility"), "email": self.text("email"),
            "phone": self.text("phone"),
        }

    def _fail(self, field: str, message: str) -> None:
        self.problems.append(Problem(f"row {self.n}: {self.labels[field]}", message))

    def _gender(self) -> Gender | None:
        value = self.text("gender")
        key = value.casefold().rstrip(".")
        key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
        if not key:
            return None
        if key not in _GENDER_OF:
            self._fail("gender", f"{value!r} is not a gender; use f, m or d "
                                 f"(female, male, diverse) or leave it empty")
            return None
        return _GENDER_OF[key]

    def _rank(self) -> int | None:
        value = self.text("rank").rstrip(".")
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            self._fail("rank", f"{value!r} is not a whole number (1 = highest precedence)")
            return 1

    def _head(self) -> bool:
        value = self.text("is_head")
        if value.casefold() in _TRUE:
            return True
        if value.casefold() not in _FALSE:
            self._fail("is_head", f"{value!r} is not yes or no (ja/nein, x or empty)")
        return False

    def _languages(self) -> tuple[str, ...]:
        value = self.text("languages")
        return tuple(dict.fromkeys(code.strip().lower() for code in re.split(r"[,;/]", value)
                                   if code.strip()))
