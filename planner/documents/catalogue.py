"""The documents' message catalogues: fixed wording and vocabularies in nine languages.

Every fixed string a printed document, badge, card or calendar shows is an English message id
in the source (`t(lang, "Programme")`, `N_("Programme")` where it is only named). Babel's
gettext catalogues in `resources/locale/<lang>/LC_MESSAGES/documents.po` translate them;
the compiled `.mo` beside each is what ships. English is the source language: its catalogue
holds the plural rules, its messages are the ids themselves.

    pybabel extract -F resources/locale/babel.cfg -k N_ -k NP_:1c,2 -k t:2 -k tn:2,3 -k tp:2c,3 \\
        -o resources/locale/documents.pot planner/documents planner/domain planner/services
    pybabel update -i resources/locale/documents.pot -d resources/locale -D documents
    pybabel compile -d resources/locale -D documents

`tests/documents/test_catalogues.py` fails when the template, a catalogue or a compiled file is
out of date, or when a language lacks a message a document uses.
"""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.messages.mofile import read_mo
from babel.support import Translations

from planner.documents.languages import (
    DOCUMENT_LANGUAGES,
    LOCALES,
    RIGHT_TO_LEFT,
    SOURCE_LANGUAGE,
)
from planner.resources import resource

DOMAIN = "documents"


def N_(message: str) -> str:
    """Marks a message id for extraction where it is only named, not yet translated."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:
    """Marks a message with its context (for `tp`) where it is only named."""
    return context, message


def check_lang(lang: str) -> str:
    if lang not in LOCALES:
        raise ValueError(f"unsupported document language {lang!r}; use one of "
                         f"{', '.join(DOCUMENT_LANGUAGES)}")
    return lang


@cache
def catalogue(lang: str) -> Translations:
    check_lang(lang)
    folder = resource("locale")
    with open(folder / lang / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as handle:
        return Translations(handle, domain=DOMAIN)


@cache
def locale(lang: str) -> Locale:
    return Locale.parse(LOCALES[check_lang(lang)])


def t(lang: str, message: str, **values: object) -> str:
    """`message` in `lang`, its named placeholders filled in."""
    text = catalogue(lang).gettext(message)
    return text.format(**values) if values else text


def tn(lang: str, singular: str, plural: str, n: int, **values: object) -> str:
    """The plural form CLDR's rule picks for `n` in `lang` ("1 Eintragung", "2 Eintragungen")."""
    return catalogue(lang).ngettext(singular, plural, n).format(n=n, **values)


def tp(lang: str, context: str, message: str, **values: object) -> str:
    """A vocabulary word: the same English word may differ by context (a kind, a mode …)."""
    text = catalogue(lang).pgettext(context, message)
    return text.format(**values) if values else text


def is_rtl(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def coverage(lang: str) -> tuple[int, list[str]]:
    """(messages translated, message ids missing) of one catalogue against the template."""
    from babel.messages.pofile import read_po

    with open(resource("locale", f"{DOMAIN}.pot"), "rb") as handle:
        template = read_po(handle)
    wanted = [m for m in template if m.id]
    if lang == SOURCE_LANGUAGE:
        return len(wanted), []
    with open(resource("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo"), "rb") as handle:
        compiled = read_mo(handle)
    missing = []
    for message in wanted:
        found = compiled.get(message.id, context=message.context)
        strings = found.string if found is not None else ""
        if not strings or (isinstance(strings, tuple | list) and not all(strings)):
            key = message.id if isinstance(message.id, str) else message.id[0]
            missing.append(f"{message.context}|{key}" if message.context else key)
    return len(wanted) - len(missing), missing
