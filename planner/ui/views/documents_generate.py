"""What the Documents screen can produce; producing it is planner.services.document_files
(called on the worker thread)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner.documents.catalogue import DOCUMENT_LANGUAGES
from planner.services.document_files import (
    DocumentRequest,
    GeneratedDocument,
    default_language,
    generate,
)

__all__ = ["DOCUMENT_LANGUAGES", "DocumentRequest", "GeneratedDocument", "default_language",
           "generate"]

# (key, title): titles are translated where they are shown.
KINDS: list[tuple[str, str]] = [
    ("guest", QT_TRANSLATE_NOOP("Documents", "Guest itinerary")),
    ("run_sheet", QT_TRANSLATE_NOOP("Documents", "Internal run sheet")),
    ("personal", QT_TRANSLATE_NOOP("Documents", "Personal itinerary")),
    ("precedence", QT_TRANSLATE_NOOP("Documents", "Precedence list")),
    ("badges", QT_TRANSLATE_NOOP("Documents", "Name badges")),
    ("place_cards", QT_TRANSLATE_NOOP("Documents", "Place cards")),
    ("seating", QT_TRANSLATE_NOOP("Documents", "Seating plan")),
    ("calendar", QT_TRANSLATE_NOOP("Documents", "Calendar (.ics)")),
]
NEEDS_MEMBER = {"personal"}
NEEDS_MEAL = {"seating"}
CHOOSES_AUDIENCE = {"personal", "calendar"}  # the other kinds have a fixed audience
BILINGUAL_KINDS = {"guest", "run_sheet", "personal"}
