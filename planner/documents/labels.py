"""Document wording by key (from the catalogues) and dates, times and ranges the CLDR way.

Dates and times are read in the city's display zone; their words and order come from each
language's CLDR locale through Babel ("8.–11. Mai 2026", "8–11 May 2026", "2026年5月8日至11日").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, format_time, parse_pattern

from planner.documents.catalogue import DOCUMENT_LANGUAGES, LOCALES, N_, check_lang, t

DISPLAY_ZONE = ZoneInfo("Europe/Berlin")
# A trip's itinerary prints the destination's local times: the same tables, read elsewhere.
_SHOWN_IN: ContextVar[tzinfo] = ContextVar("shown_in", default=DISPLAY_ZONE)


@contextmanager
def shown_in(zone: tzinfo) -> Iterator[None]:
    """Dates and times rendered inside this block are read in `zone` (this thread only)."""
    token = _SHOWN_IN.set(zone)
    try:
        yield
    finally:
        _SHOWN_IN.reset(token)

LANGUAGES = DOCUMENT_LANGUAGES
__all__ = [
    "LANGUAGES",
    "Wording",
    "check_lang",
    "clock",
    "date_range",
    "day_heading",
    "label",
    "labelled",
    "local",
    "short_date",
    "shown_in",
    "stamp",
    "weekday_heading",
]

# Placeholders are named so translators can reorder them (STYLE.md, "page {page} of {pages}").
_LABELS: dict[str, str] = {
    "programme": N_("Programme"),
    "run_sheet": N_("Run sheet"),
    "personal_programme": N_("Personal programme"),
    "for_person": N_("for {name}"),
    "internal_only": N_("INTERNAL — STAFF ONLY"),
    "day": N_("Day {n} — {date}"),
    "page_of": N_("page {page} of {pages}"),
    "as_of": N_("As of {when}"),
    "arrival": N_("Arrival"),
    "departure": N_("Departure"),
    "hotel": N_("Hotel"),
    "contact": N_("Your contact"),
    "officer_in_charge": N_("Officer in charge"),
    "interpreter": N_("Interpreter"),
    "emergency": N_("24-hour contact"),
    "office_contact": N_("Office"),
    "from": N_("From"),
    "to": N_("To"),
    "journey_arrival": N_("Arrival in {city}"),
    "journey_departure": N_("Departure from {city}"),
    "occasion": N_("Occasion"),
    "partner_city": N_("Partner city"),
    "delegation": N_("Delegation"),
    "venue": N_("Venue"),
    "participants": N_("Participants"),
    "dress_code": N_("Dress code"),
    "notes": N_("Note"),
    "hosts": N_("Hosts"),
    "interpreters": N_("Interpreters"),
    "vehicle": N_("Vehicle"),
    "drivers": N_("Drivers"),
    "internal_notes": N_("Internal"),
    "conflict": N_("Conflict"),
    "dietary": N_("Dietary"),
    "accessibility": N_("Accessibility"),
    "needs": N_("Special requirements"),
    "head": N_("Head of delegation"),
    "languages": N_("Languages"),
    "no_items": N_("No programme items."),
    "precedence_list": N_("Order of precedence"),
    "no": N_("No."),
    "name": N_("Name"),
    "title": N_("Title"),
    "side": N_("Side"),
    "side_header": N_("Guest or host"),
    "accompanying": N_("Accompanying the visit"),
    "accompanying_note": N_("Staff and interpreters are present but not ranked."),
    "side_guest": N_("Guest"),
    "side_host": N_("Host"),
    "badges": N_("Name badges"),
    "place_cards": N_("Place cards"),
    "seating_plan": N_("Seating plan"),
    "table": N_("Table"),
    "seat": N_("Seat"),
    "unseated": N_("Without a seat: {names}"),
    "week_plan": N_("Week plan"),
    "week_of": N_("Week {week}: {first} – {last}"),
    "rows_by": N_("Rows: {axis}"),
    "week_conflicts": N_("Conflicts this week"),
    "no_conflicts": N_("No conflicts – the plan works."),
    "error": N_("Error"),
    "warning": N_("Warning"),
    "continued": N_("continued"),
    "travel_itinerary": N_("Travel itinerary"),
    "destination": N_("Destination"),
    "travellers": N_("Travellers"),
    "journeys": N_("Journeys"),
    "contacts_abroad": N_("Contacts in {city}"),
    "gifts_to_hand_over": N_("Gifts to hand over"),
    "gift": N_("Gift"),
    "recipient": N_("For"),
    "date": N_("Date"),
    "times_local": N_("All times are local times where the journey or the appointment takes "
                      "place."),
    "time_ahead": N_("Local time in {place}: {hours} h ahead of {home}."),
    "time_behind": N_("Local time in {place}: {hours} h behind {home}."),
    "time_same": N_("Local time in {place}: the same as in {home}."),
    "duration": N_("Travel time {hours} h {minutes} min"),
    "home_time": N_("{city}: {time}"),
    "leg_route": N_("{origin} → {destination}"),
}

# CLDR's "full" pattern puts the month first in en_US and the weekday last in Turkish; the
# office's own three languages keep the patterns its printed programmes always had.
_DAY_PATTERN = {"de": "EEEE, d. MMMM y", "en": "EEEE, d MMMM y", "fr": "EEEE d MMMM y"}
_WEEKDAY_PATTERN = {"de": "EE, d. MMM", "en": "EEE d MMM", "fr": "EEE d MMM"}


def label(key: str, lang: str, **values: object) -> str:
    return t(lang, _LABELS[key], **values)


@dataclass(frozen=True)
class Wording:
    """The language(s) a document speaks: one, or the guest's with German as the second
    (a bilingual edition: every caption "Lieu / Ort", every heading with German beneath)."""

    lang: str
    second: str | None = None

    @property
    def bilingual(self) -> bool:
        return self.second is not None and self.second != self.lang

    def label(self, key: str, **values: object) -> str:
        first = label(key, self.lang, **values)
        if not self.bilingual:
            return first
        other = label(key, self.second, **values)  # type: ignore[arg-type]
        return first if other == first else f"{first} / {other}"

    def day(self, number: int, day: date) -> str:
        """'Jour 1 — samedi 9 mai 2026', with the German heading beneath when bilingual."""
        first = label("day", self.lang, n=number, date=day_heading(day, self.lang))
        if not self.bilingual:
            return first
        assert self.second is not None
        return f"{first}\n{label('day', self.second, n=number, date=day_heading(day, self.second))}"


def labelled(caption: str, value: str, lang: str) -> str:
    """'Kleidung: dunkler Anzug', 'Tenue : costume sombre' — the separator is translated."""
    return t(lang, "{label}: {value}", label=caption, value=value)


def local(instant: datetime) -> datetime:
    """The instant as the protocol office reads it, or where a trip abroad happens (see
    `shown_in`); naive values are a caller bug."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant!r}; documents need tz-aware instants")
    return instant.astimezone(_SHOWN_IN.get())


def day_heading(day: date, lang: str) -> str:
    """'Freitag, 8. Mai 2026', 'יום שישי, 8 במאי 2026', '2026年5月8日星期五'."""
    pattern = _DAY_PATTERN.get(lang, "full")
    return format_date(day, pattern, locale=LOCALES[check_lang(lang)])


def short_date(day: date, lang: str) -> str:
    return format_date(day, "long", locale=LOCALES[check_lang(lang)])


def weekday_heading(day: date, lang: str) -> str:
    """'Mo, 4. Mai' / 'Mon 4 May' / 'lun. 4 mai': a week plan's column head."""
    if lang in _WEEKDAY_PATTERN:
        return format_date(day, _WEEKDAY_PATTERN[lang], locale=LOCALES[lang])
    return format_skeleton("MMMEd", day, locale=LOCALES[check_lang(lang)])


def clock(instant: datetime, lang: str) -> str:
    return format_time(local(instant), "HH:mm", locale=LOCALES[check_lang(lang)])


def stamp(instant: datetime, lang: str) -> str:
    """Date and time, e.g. for "as of" and arrival lines."""
    moment = local(instant)
    return t(lang, N_("{date}, {time}"), date=short_date(moment.date(), lang),
             time=clock(moment, lang))


def date_range(first: date, last: date, lang: str) -> str:
    """A visit's days as CLDR writes a range: shared month and year printed once."""
    if first == last:
        return short_date(first, lang)
    return format_interval(first, last, "yMMMMd", locale=LOCALES[check_lang(lang)])


def long_date_range(first: date, last: date, lang: str) -> str:
    """A visit's days with the month written out, as a letter names them ("14.–18. September
    2026", "24–27 novembre 2026"): CLDR's range patterns with the long date's month."""
    if first == last:
        return short_date(first, lang)
    place = Locale.parse(LOCALES[check_lang(lang)])
    month = "MMMM" if "MMMM" in place.date_formats["long"].pattern else "MMM"
    greatest = "y" if first.year != last.year else "M" if first.month != last.month else "d"
    halves = [re.sub(r"(?<!M)MMM(?!M)", month, pattern)
              for pattern in place.interval_formats["yMMMd"][greatest]]
    return "".join(parse_pattern(pattern).apply(day, place)
                   for day, pattern in zip((first, last), halves, strict=True))
