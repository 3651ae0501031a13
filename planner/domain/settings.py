"""Office-wide settings, each declared once with its default and the title users see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True, eq=False)  # one object per setting: hashed by identity
class Setting:
    key: str
    default: Any
    title: str
    # The largest sensible whole number, where there is one: a typo (30000 months) is refused
    # before it breaks the arithmetic that uses it.
    maximum: int | None = None


GOLDEN_BOOK_CONTINUOUS_NUMBERING = Setting(
    "golden_book.continuous_numbering", False,
    "Golden Book entry numbers continue across volumes")
GIFT_DECLARATION_THRESHOLD_EUR = Setting(
    "gifts.declaration_threshold_eur", 50,
    "Received gifts above this value (EUR) must be declared", maximum=1_000_000)
RETENTION_MONTHS = Setting(
    "privacy.retention_months", 24,
    "Months after a visit before guests' personal data is anonymised", maximum=600)
STAY_BUFFER_MINUTES = Setting(
    "schedule.stay_buffer_minutes", 60,
    "Minutes after arrival and before departure kept free of programme items", maximum=24 * 60)
DEFAULT_TRAVEL_MINUTES = Setting(
    "schedule.default_travel_minutes", 20,
    "Travel time between two venues when none is recorded", maximum=24 * 60)

# Where a text typed by the office lacks the document's language, the first language of its
# chain that has one is printed instead (and listed before printing). The office may change it.
DOCUMENT_FALLBACKS = Setting(
    "documents.fallbacks",
    {"de": ["en", "fr"], "en": ["de", "fr"], "fr": ["en", "de"], "he": ["en", "de"],
     "zh": ["en", "de"], "ru": ["en", "de"], "sr": ["en", "de"], "tr": ["en", "de"],
     "ro": ["en", "de"]},
    "For each document language, the languages printed instead when a text lacks it")

# The hours a day of the timeline shows (widened to any item outside them).
TIMELINE_HOURS = Setting("timeline.business_hours", [7, 22],
                         "Hours a day of the timeline shows: first and last")

# The office's identity, printed in every document's header, cover and footer.
OFFICE_CITY = Setting("office.city", "Dortmund", "City")
OFFICE_NAME = Setting("office.name", "", "Office")
OFFICE_ADDRESS = Setting("office.address", "", "Postal address")
OFFICE_PHONE = Setting("office.phone", "", "Phone")
OFFICE_EMAIL = Setting("office.email", "", "E-mail")
OFFICE_EMERGENCY = Setting("office.emergency_phone", "", "24-hour contact")
# A data URI ("data:image/svg+xml;base64,…" or "data:image/png;base64,…"): stored in the
# database so every machine of a shared office prints the same emblem.
OFFICE_EMBLEM = Setting("office.emblem", "", "Crest or logo")
OFFICE_SETTINGS = (OFFICE_CITY, OFFICE_NAME, OFFICE_ADDRESS, OFFICE_PHONE, OFFICE_EMAIL,
                   OFFICE_EMERGENCY, OFFICE_EMBLEM)

# The office's checklists (planner.domain.checklists.template_json, one object each) and its
# letters (planner.domain.letters.templates_json: kind → language → subject, recipient, body).
CHECKLIST_TEMPLATES = Setting("checklists.templates", [], "Visit checklists")
LETTER_TEMPLATES = Setting("letters.templates", {}, "Letter templates")

ALL_SETTINGS = {s.key: s for s in (GOLDEN_BOOK_CONTINUOUS_NUMBERING, GIFT_DECLARATION_THRESHOLD_EUR,
                                   RETENTION_MONTHS, STAY_BUFFER_MINUTES,
                                   DEFAULT_TRAVEL_MINUTES, DOCUMENT_FALLBACKS, TIMELINE_HOURS,
                                   CHECKLIST_TEMPLATES, LETTER_TEMPLATES, *OFFICE_SETTINGS)}
