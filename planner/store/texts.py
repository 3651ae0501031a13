"""Reading a language map (`{"de": …, "en": …}`) in SQL: the text in one language, picked by
the database, so long lists need not decode every row's whole map in Python."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

from planner.domain.records import TEXT_LANGUAGES


def text_in(column: Any, lang: str) -> ColumnElement[str]:
    """What `planner.domain.records.pick_text(map, lang)` gives, as an SQL expression: the text
    in `lang`, else the first non-empty one in the office's order of languages (stored maps
    hold only those languages: the rules refuse any other)."""
    order = (lang, *(other for other in TEXT_LANGUAGES if other != lang))
    return func.coalesce(*(func.nullif(column[code].as_string(), "") for code in order), "")
