"""UI languages: Qt translators, locale-aware dates, translated domain messages."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from planner.resources import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
LANGUAGES = {"en": "English", "de": "Deutsch"}
BABEL_LOCALES = {"en": "en_GB", "de": "de_DE"}
OFFICE_TZ = ZoneInfo("Europe/Berlin")

_state = {"language": "en"}
_translators: list[QTranslator] = []


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


_SHORT_PATTERN = {"en": "EEE d MMM y", "de": "EEE, d. MMM y"}
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


def short_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    value = local(value)
    return f"{short_date(value.date())}, {value:%H:%M}"


def _t(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


# The services speak English; these patterns turn their messages into the user's language.
_PROBLEM_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^must not be empty$"), QT_TRANSLATE_NOOP("Problems", "must not be empty")),
    (
        re.compile(r"^is (?P<n>\d+) characters long; at most (?P<limit>\d+) are allowed$"),
        QT_TRANSLATE_NOOP("Problems", "is {n} characters long; at most {limit} are allowed"),
    ),
    (
        re.compile(r"^must be at least 1, not (?P<value>-?\d+)$"),
        QT_TRANSLATE_NOOP("Problems", "must be at least 1, not {value}"),
    ),
    (
        re.compile(r"^must be 0 or more, not (?P<value>-?\d+)$"),
        QT_TRANSLATE_NOOP("Problems", "must be 0 or more, not {value}"),
    ),
    (re.compile(r"^needs a time zone"), QT_TRANSLATE_NOOP("Problems", "needs a date and time")),
    (
        re.compile(r"^'(?P<code>[^']*)' is not a language code"),
        QT_TRANSLATE_NOOP("Problems", "'{code}' is not a language code like 'de', 'en' or 'he'"),
    ),
    (
        re.compile(r"^needs a text in at least one language"),
        QT_TRANSLATE_NOOP("Problems", "needs a text in at least one language (de, en or fr)"),
    ),
    (
        re.compile(r"^'(?P<code>[^']*)' is not a two-letter ISO 3166 code"),
        QT_TRANSLATE_NOOP(
            "Problems", "'{code}' is not a two-letter country code like 'IL' or 'CN'"
        ),
    ),
    (
        re.compile(r"^(?P<year>-?\d+) is not a plausible year$"),
        QT_TRANSLATE_NOOP("Problems", "{year} is not a plausible year"),
    ),
    (
        re.compile(r"^departure is before arrival$"),
        QT_TRANSLATE_NOOP("Problems", "departure is before arrival"),
    ),
    (
        re.compile(r"^cannot go from (?P<old>\w+) to (?P<new>\w+)$"),
        QT_TRANSLATE_NOOP("Problems", "the status cannot go from {old} to {new}"),
    ),
    (
        re.compile(r"^protocol rank starts at 1 \(highest\); (?P<rank>-?\d+) is not allowed$"),
        QT_TRANSLATE_NOOP("Problems", "protocol rank starts at 1 (highest); {rank} is not allowed"),
    ),
    (
        re.compile(r"^ends before it starts$"),
        QT_TRANSLATE_NOOP("Problems", "ends before it starts"),
    ),
    (
        re.compile(r"^has no duration"),
        QT_TRANSLATE_NOOP("Problems", "has no duration (end equals start)"),
    ),
    (
        re.compile(r"^'(?P<name>.*)' already exists$"),
        QT_TRANSLATE_NOOP("Problems", "'{name}' already exists"),
    ),
    (
        re.compile(r"^.* is still used by (?P<count>\d+) "),
        QT_TRANSLATE_NOOP(
            "Problems", "this record is still used by {count} other records; change those first"
        ),
    ),
    (
        re.compile(r"^an item belongs to at least one delegation$"),
        QT_TRANSLATE_NOOP("Problems", "an item belongs to at least one delegation"),
    ),
    (
        re.compile(r"^list members only when not everyone takes part$"),
        QT_TRANSLATE_NOOP("Problems", "tick members only when not everyone takes part"),
    ),
    (
        re.compile(r"^this member's delegation is not part of the item$"),
        QT_TRANSLATE_NOOP("Problems", "this member's delegation is not part of the item"),
    ),
    (
        re.compile(r"^there is no \w+ with id \d+$"),
        QT_TRANSLATE_NOOP(
            "Problems", "the chosen record no longer exists (someone may have deleted it)"
        ),
    ),
    (
        re.compile(r"^a venue has no travel time to itself$"),
        QT_TRANSLATE_NOOP("Problems", "a venue has no travel time to itself"),
    ),
    (
        re.compile(r"^(?P<minutes>-?\d+) is not between 0 and 1440$"),
        QT_TRANSLATE_NOOP("Problems", "{minutes} minutes is not between 0 and 1440 (one day)"),
    ),
    (re.compile(r"^must not be negative$"), QT_TRANSLATE_NOOP("Problems", "must not be negative")),
    (
        re.compile(r"^volume (?P<number>\d+) already exists$"),
        QT_TRANSLATE_NOOP("Problems", "volume {number} already exists"),
    ),
    (
        re.compile(r"^a signed entry stays in its volume$"),
        QT_TRANSLATE_NOOP("Problems", "a signed entry stays in its volume"),
    ),
    (
        re.compile(r"^only a planned entry can be signed"),
        QT_TRANSLATE_NOOP("Problems", "only a planned entry can be signed"),
    ),
]


def problem_text(message: str) -> str:
    """The user's-language version of a service's problem message (English if unknown)."""
    for pattern, template in _PROBLEM_PATTERNS:
        match = pattern.match(message)
        if match:
            return _t(template).format(**match.groupdict())
    return message
