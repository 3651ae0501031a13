"""Facts about the office every layer agrees on."""

from __future__ import annotations

from zoneinfo import ZoneInfo

# Instants are stored in UTC; the office plans and prints in its own zone.
OFFICE_ZONE = ZoneInfo("Europe/Berlin")
CITY_NAME = "Dortmund"
# The language the office types in: single-language texts are taken to be in it, and a
# bilingual edition prints it beneath the guest's language.
OFFICE_LANGUAGE = "de"
