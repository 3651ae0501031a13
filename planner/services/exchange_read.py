"""Reading the JSON exchange format: every problem is collected with its path in the document."""

from __future__ import annotations

import difflib
import json
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from planner.domain.enums import TravelMode
from planner.domain.errors import Problem
from planner.domain.office import OFFICE_LANGUAGE
from planner.domain.records import TEXT_LANGUAGES, Journey, LangMap, split_translated
from planner.resources import resource

FORMAT_NAME = "delegation-planner"
FORMAT_VERSION = 1

E = TypeVar("E", bound=StrEnum)



# Fields whose text may run over several lines; every other text is one line (a title, a
# name), so every exporter (calendars, headers, CSV) can rely on it.
MULTILINE_FIELDS = frozenset({"notes", "notes_internal", "accessibility_notes", "description",
                              "guest_notes", "inscription", "dietary", "accessibility"})
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROLS = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")  # NUL is refused by the rules, with its field
_INT_LIMIT = 2**53  # what every JSON reader (and both databases) hold exactly


def normalised(text: str, *, multiline: bool) -> str:
    """Line breaks as \\n (or, in a one-line field, a space); tabs as spaces; other control
    characters dropped. What an import stores, every document can print."""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text)).replace("\t", " ")
    if not multiline:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip()) \
            if "\n" in text else text
    return text

@cache
def known_fields() -> dict[str, frozenset[str]]:
    """The fields of every object of the format, from its published JSON schema (one source
    for the documentation, the tests and this reader): "delegation.members[]" → name, rank, …"""
    schema = json.loads(resource("schema", "exchange-format.schema.json").read_text("utf-8"))
    found: dict[str, frozenset[str]] = {}

    def walk(node: Any, path: str) -> None:
        if isinstance(node, list):
            for part in node:
                walk(part, path)
            return
        if not isinstance(node, dict):
            return
        if "properties" in node:
            found[path] = found.get(path, frozenset()) | frozenset(node["properties"])
            for name, child in node["properties"].items():
                walk(child, f"{path}.{name}" if path else name)
        if "items" in node:
            walk(node["items"], f"{path}[]")
        for combined in ("oneOf", "anyOf", "allOf"):
            walk(node.get(combined), path)

    walk(schema, "")
    return found


class DocumentReader:
    """Typed access to an untrusted JSON document that records problems instead of raising."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str, *, required: bool = True) -> dict[str, Any]:
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"must be an object, not {_kind(value)}")
            return {}
        return value

    def array(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, f"must be a list, not {_kind(value)}")
            return []
        return value

    def text(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is missing")
            return ""
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", f"must be text, not {_kind(value)}")
            return ""
        value = normalised(value, multiline=key in MULTILINE_FIELDS)
        if required and not value.strip():
            self.fail(f"{path}.{key}", "must not be empty")
        return value

    def integer(self, data: dict[str, Any], key: str, path: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}.{key}", f"must be a whole number, not {value!r}")
            return None
        if not -_INT_LIMIT < value < _INT_LIMIT:
            self.fail(f"{path}.{key}", f"{value} is too large for a whole number here")
            return None
        return value

    def only(self, data: dict[str, Any], known: frozenset[str], path: str) -> None:
        """Refuse the fields the format does not have, naming each with its path: a misspelled
        `particpants` dropped silently would make an item include every member."""
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.fail(f"{path}.{key}" if path else key,
                          f"is not a field of the exchange format{hint}")

    def boolean(self, data: dict[str, Any], key: str, path: str, default: bool | None = False
                ) -> bool | None:
        value = data.get(key, default)
        if value is not None and not isinstance(value, bool):
            self.fail(f"{path}.{key}", f"must be true or false, not {value!r}")
            return default
        return value

    def choice(self, data: dict[str, Any], key: str, path: str, enum: type[E],
               default: E | None = None) -> E | None:
        value = data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.fail(f"{path}.{key}", f"{value!r} is not one of: {allowed}")
            return default

    def languages(self, data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        values = self.array(data.get(key), f"{path}.{key}")
        out = []
        for i, v in enumerate(values):
            if isinstance(v, str):
                out.append(v)
            else:
                self.fail(f"{path}.{key}[{i}]", f"must be a language code, not {_kind(v)}")
        return tuple(out)

    def lang_map(self, data: dict[str, Any], key: str, path: str) -> LangMap:
        value = data.get(key)
        if value is None:
            return {}
        if isinstance(value, str):  # a plain string is taken as the office language
            text = normalised(value, multiline=key in MULTILINE_FIELDS)
            return {OFFICE_LANGUAGE: text} if text else {}
        if not isinstance(value, dict):
            self.fail(f"{path}.{key}", f"must be an object of languages, not {_kind(value)}")
            return {}
        out: LangMap = {}
        for lang, text in value.items():
            if lang not in TEXT_LANGUAGES:
                self.fail(f"{path}.{key}.{lang}",
                          f"language must be one of {', '.join(TEXT_LANGUAGES)}")
            elif not isinstance(text, str):
                self.fail(f"{path}.{key}.{lang}", f"must be text, not {_kind(text)}")
            elif clean := normalised(text, multiline=key in MULTILINE_FIELDS):
                out[lang] = clean
        return out

    def translated(self, data: dict[str, Any], key: str, path: str) -> tuple[str, LangMap]:
        """A text typed in the office's language with its translations: a plain string or an
        object of languages, as (the office's text, the translations)."""
        return split_translated(self.lang_map(data, key, path))

    def instant(self, data: dict[str, Any], key: str, path: str, *, required: bool = False
                ) -> datetime | None:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is missing")
            return None
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", f"must be an ISO 8601 time, not {_kind(value)}")
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{path}.{key}", f"{value!r} is not an ISO 8601 time "
                                       f"like 2026-05-09T10:00:00+02:00")
            return None
        if parsed.tzinfo is None:
            self.fail(f"{path}.{key}", f"{value!r} has no UTC offset (add e.g. +02:00)")
            return None
        if not 1900 <= parsed.year <= 2200:  # 9999-12-31T23:00-12:00 is in the year 10000 UTC
            self.fail(f"{path}.{key}", f"{value!r} is not a plausible time for a visit")
            return None
        return parsed

    def day(self, data: dict[str, Any], key: str, path: str) -> date | None:
        value = data.get(key)
        if value is None:
            return None
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            pass
        self.fail(f"{path}.{key}", f"{value!r} is not a date like 2027-04-30")
        return None

    def amount(self, data: dict[str, Any], key: str, path: str) -> Decimal | None:
        """Euros as a decimal string ("1234.50") or a number, to the cent."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            try:
                amount = Decimal(str(value))
            except InvalidOperation:
                amount = None
            if amount is not None and amount.is_finite() and abs(amount) < Decimal("1e9"):
                return amount.quantize(Decimal("0.01"))
        self.fail(f"{path}.{key}", f"{value!r} is not an amount in euros like \"1234.50\"")
        return None

    def journey(self, data: dict[str, Any], key: str, path: str) -> Journey:
        raw = self.obj(data.get(key), f"{path}.{key}", required=False)
        where = f"{path}.{key}"
        self.only(raw, known_fields()["delegation.arrival"], where)
        return Journey(at=self.instant(raw, "at", where),
                       mode=self.choice(raw, "mode", where, TravelMode),
                       reference=self.text(raw, "reference", where),
                       place=self.text(raw, "place", where))


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")
