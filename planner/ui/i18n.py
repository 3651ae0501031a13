"""UI languages: Qt translators, locale-aware dates, translated domain messages."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from planner.domain.errors import Problem
from planner.domain.trips import zone
from planner.resources import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
LANGUAGES = {"en": "English", "de": "Deutsch"}
BABEL_LOCALES = {"en": "en_GB", "de": "de_DE"}
OFFICE_TZ = ZoneInfo("Europe/Berlin")

_state = {"language": "en"}
_translators: list[QTranslator] = []


# Translations looked up once and kept until the language is installed again
# (planner.ui.labels.label): key → text.
_words_installed: dict[object, str] = {}


def translated_words() -> dict[object, str]:
    return _words_installed


def current_language() -> str:
    return _state["language"]


def install_language(language: str) -> bool:
    """Make `language` the UI language; False if its compiled translation is missing."""
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    language = language if language in LANGUAGES else "en"
    _state["language"] = language
    _words_installed.clear()  # words looked up under the former translators
    QLocale.setDefault(QLocale(BABEL_LOCALES[language]))
    if language == "en":
        return True
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS_DIR / f"planner_{language}.qm")):
        return False
    # Qt's own strings (standard buttons "Close", "Cancel", the file and print dialogs) come
    # from the translations Qt ships; without them a German window has English buttons.
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        _translators.append(qt_own)
    _translators.append(translator)
    if app is not None:
        for installed in _translators:
            app.installTranslator(installed)
    return True


def local(value: datetime) -> datetime:
    return value.astimezone(OFFICE_TZ)


def long_datetime(value: datetime | None) -> str:
    """'Samstag, 9. Mai 2026, 10:00' / 'Saturday, 9 May 2026, 10:00' in the office's time zone."""
    if value is None:
        return ""
    from babel.dates import format_date, format_time  # 50 ms to import: not before the window

    value = local(value)
    locale = BABEL_LOCALES[current_language()]
    return (
        f"{format_date(value, 'full', locale=locale)}, {format_time(value, 'HH:mm', locale=locale)}"
    )


def long_date(value: date) -> str:
    from babel.dates import format_date

    return format_date(value, "full", locale=BABEL_LOCALES[current_language()])


def warm_up() -> None:
    """Import babel and load the language's locale data before the first list needs them;
    called on the worker while the database opens, so the UI thread does not wait for it."""
    today = date.today()
    short_date(today)
    long_date(today)


# The same form as the date editors ("8 May 2026" / "8. Mai 2026") on every screen.
_SHORT_PATTERN = {"en": "d MMM y", "de": "d. MMM y"}
_short_cache: dict[tuple[str, date], str] = {}


def short_date(value: date) -> str:
    """A table-friendly date, cached: thousands of rows share a few hundred days."""
    lang = current_language()
    key = (lang, value)
    text = _short_cache.get(key)
    if text is None:
        from babel.dates import format_date

        text = format_date(value, _SHORT_PATTERN[lang], locale=BABEL_LOCALES[lang])
        _short_cache[key] = text
    return text


def short_datetime(value: datetime | None, zone_name: str = "") -> str:
    """Date and time in the office's zone, or where a trip abroad happens (`zone_name`): then
    with the zone's abbreviation when its clock differs from the office's ("14:15 CST")."""
    if value is None:
        return ""
    if zone_name:
        there = value.astimezone(zone(zone_name))
        if there.utcoffset() != local(value).utcoffset():
            return f"{short_date(there.date())}, {there:%H:%M} {there.tzname()}"
    value = local(value)
    return f"{short_date(value.date())}, {value:%H:%M}"


def _t(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


# Problems arrive as codes with parameters (planner.domain.problems); these are their words in
# the user's language. A code not listed here shows the service's English sentence.
_PROBLEM_TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Problems", "must not be empty"),
    "too_long": QT_TRANSLATE_NOOP(
        "Problems", "is {n} characters long; at most {limit} are allowed"),
    "at_least_one": QT_TRANSLATE_NOOP("Problems", "must be at least 1, not {value}"),
    "zero_or_more": QT_TRANSLATE_NOOP("Problems", "must be 0 or more, not {value}"),
    "needs_time_zone": QT_TRANSLATE_NOOP("Problems", "needs a date and time"),
    "not_language_code": QT_TRANSLATE_NOOP(
        "Problems", "'{code}' is not a language code like 'de', 'en' or 'he'"),
    "text_required": QT_TRANSLATE_NOOP(
        "Problems", "needs a text in at least one language (de, en or fr)"),
    "not_country_code": QT_TRANSLATE_NOOP(
        "Problems", "'{code}' is not a two-letter country code like 'IL' or 'CN'"),
    "implausible_year": QT_TRANSLATE_NOOP("Problems", "{year} is not a plausible year"),
    "departure_before_arrival": QT_TRANSLATE_NOOP("Problems", "departure is before arrival"),
    "status_change": QT_TRANSLATE_NOOP("Problems", "the status cannot go from {old} to {new}"),
    "rank": QT_TRANSLATE_NOOP(
        "Problems", "protocol rank starts at 1 (highest); {rank} is not allowed"),
    "ends_before_start": QT_TRANSLATE_NOOP("Problems", "ends before it starts"),
    "zero_duration": QT_TRANSLATE_NOOP("Problems", "has no duration (end equals start)"),
    "already_exists": QT_TRANSLATE_NOOP("Problems", "'{name}' already exists"),
    "still_used": QT_TRANSLATE_NOOP(
        "Problems", "this record is still used by {count} other records; change those first"),
    "item_without_delegation": QT_TRANSLATE_NOOP(
        "Problems", "an item belongs to at least one delegation"),
    "members_listed_for_all": QT_TRANSLATE_NOOP(
        "Problems", "tick members only when not everyone takes part"),
    "member_not_in_item": QT_TRANSLATE_NOOP(
        "Problems", "this member's delegation is not part of the item"),
    "missing_reference": QT_TRANSLATE_NOOP(
        "Problems", "the chosen record no longer exists (someone may have deleted it)"),
    "travel_time_to_itself": QT_TRANSLATE_NOOP("Problems", "a venue has no travel time to itself"),
    "minutes_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "{minutes} minutes is not between 0 and 1440 (one day)"),
    "negative": QT_TRANSLATE_NOOP("Problems", "must not be negative"),
    "at_most": QT_TRANSLATE_NOOP("Problems", "must be at most {limit}, not {value}"),
    "volume_exists": QT_TRANSLATE_NOOP("Problems", "volume {number} already exists"),
    "signed_entry_moved": QT_TRANSLATE_NOOP("Problems", "a signed entry stays in its volume"),
    "sign_not_planned": QT_TRANSLATE_NOOP("Problems", "only a planned entry can be signed"),
    "signed_entry_kept": QT_TRANSLATE_NOOP(
        "Problems", "a signed entry stays in the register; cancel it instead"),
    "not_time_zone": QT_TRANSLATE_NOOP(
        "Problems", "'{name}' is not a time zone like 'Europe/Berlin' or 'Asia/Shanghai'"),
    "trip_only_status": QT_TRANSLATE_NOOP(
        "Problems", "only a trip abroad answers an invitation (accepted, declined)"),
    "trip_details_on_visit": QT_TRANSLATE_NOOP(
        "Problems", "travellers, journeys and costs belong to a trip abroad"),
    "decline_reason": QT_TRANSLATE_NOOP(
        "Problems", "a declined invitation needs the reason, for the letter and the files"),
    "traveller_twice": QT_TRANSLATE_NOOP(
        "Problems", "this person is already listed as a traveller"),
    "leg_lands_before_departure": QT_TRANSLATE_NOOP(
        "Problems", "arrives before it departs (compare the local times with their zones)"),
    "leg_order": QT_TRANSLATE_NOOP(
        "Problems", "a journey out comes after a journey home; check the kinds of the journeys"),
}


def problem_text(problem: Problem) -> str:
    """The problem in the user's language: its code's words, else the service's English."""
    template = _PROBLEM_TEXTS.get(problem.code)
    if template is None:
        return problem.message
    return _t(template).format(**problem.values)
