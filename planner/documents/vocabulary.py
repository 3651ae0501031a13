"""The vocabularies' words and the forms of address, from the catalogues, in any document language.

Stored records keep codes (`ItemKind.MEAL`, `Gender.FEMALE`); the words for them are catalogue
entries with a context, so "Transfer" the item kind and "Transfer" elsewhere may differ.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from planner.documents.catalogue import DOCUMENT_LANGUAGES, NP_, tp
from planner.domain.enums import (
    DeclarationStatus,
    DelegationStatus,
    Gender,
    GiftDirection,
    GiftDisposition,
    ItemKind,
    TravelMode,
)

_WORDS: dict[StrEnum, tuple[str, str]] = {
    ItemKind.MEETING: NP_("item kind", "Meeting"),
    ItemKind.MEAL: NP_("item kind", "Meal"),
    ItemKind.VISIT: NP_("item kind", "Visit"),
    ItemKind.CEREMONY: NP_("item kind", "Ceremony"),
    ItemKind.GOLDEN_BOOK: NP_("item kind", "Golden Book"),
    ItemKind.TRANSFER: NP_("item kind", "Transfer"),
    ItemKind.PRESS: NP_("item kind", "Press"),
    ItemKind.FREE_TIME: NP_("item kind", "Free time"),
    TravelMode.FLIGHT: NP_("travel mode", "Flight"),
    TravelMode.TRAIN: NP_("travel mode", "Train"),
    TravelMode.CAR: NP_("travel mode", "Car"),
    TravelMode.BUS: NP_("travel mode", "Coach"),
    TravelMode.OTHER: NP_("travel mode", "Other"),
    DelegationStatus.REQUESTED: NP_("delegation status", "requested"),
    DelegationStatus.ACCEPTED: NP_("delegation status", "accepted"),
    DelegationStatus.DECLINED: NP_("delegation status", "declined"),
    DelegationStatus.CONFIRMED: NP_("delegation status", "confirmed"),
    DelegationStatus.IN_PROGRESS: NP_("delegation status", "in progress"),
    DelegationStatus.COMPLETED: NP_("delegation status", "completed"),
    DelegationStatus.CANCELLED: NP_("delegation status", "cancelled"),
    GiftDirection.GIVEN: NP_("gift direction", "given"),
    GiftDirection.RECEIVED: NP_("gift direction", "received"),
    DeclarationStatus.NOT_REQUIRED: NP_("declaration status", "not required"),
    DeclarationStatus.PENDING: NP_("declaration status", "pending"),
    DeclarationStatus.DECLARED: NP_("declaration status", "declared"),
    GiftDisposition.NOT_RECORDED: NP_("gift disposition", "not recorded"),
    GiftDisposition.TOWN_HALL: NP_("gift disposition", "kept in the town hall"),
    GiftDisposition.ON_DISPLAY: NP_("gift disposition", "on display"),
    GiftDisposition.IN_STORAGE: NP_("gift disposition", "in storage"),
    GiftDisposition.CITY_ARCHIVE: NP_("gift disposition", "handed to the city archive"),
    GiftDisposition.AUCTIONED: NP_("gift disposition", "auctioned"),
    GiftDisposition.DONATED: NP_("gift disposition", "donated"),
    GiftDisposition.RETURNED: NP_("gift disposition", "returned"),
    GiftDisposition.CONSUMED: NP_("gift disposition", "consumed"),
}
_ADDRESS = {Gender.FEMALE: NP_("form of address", "Ms {name}"),
            Gender.MALE: NP_("form of address", "Mr {name}")}


def word(value: StrEnum, lang: str) -> str:
    """'Golden Book' for ItemKind.GOLDEN_BOOK in English, 'Goldenes Buch' in German."""
    found = _WORDS.get(value)
    return tp(lang, found[0], found[1]) if found else str(value.value)


def addressed(name: str, gender: Gender | None, salutation: str, lang: str) -> str:
    """The name with its form of address in `lang`: 'Frau Miriam …', 'Mme Miriam …',
    'Miriam … 女士'. The salutation field is typed in English ("Mrs", "Mayor"), so English
    documents print it as typed; others derive the form from the gender, or print the name
    alone rather than a title in the wrong language."""
    if lang == "en" and salutation.strip():
        return f"{salutation.strip()} {name}"
    if gender in _ADDRESS:
        context, message = _ADDRESS[gender]
        return tp(lang, context, message, name=name)
    return name


# What officers type as free text, recognised term by term in any document language.
_VOCABULARIES: dict[str, tuple[tuple[str, str], ...]] = {
    "diet": (NP_("diet", "vegetarian"), NP_("diet", "vegan"), NP_("diet", "kosher"),
             NP_("diet", "halal"), NP_("diet", "gluten-free"), NP_("diet", "lactose-free"),
             NP_("diet", "no pork"), NP_("diet", "no alcohol"), NP_("diet", "nut allergy")),
    "accessibility": (NP_("accessibility", "wheelchair user"),
                      NP_("accessibility", "limited mobility"),
                      NP_("accessibility", "hearing impaired"),
                      NP_("accessibility", "visually impaired")),
    "dress code": (NP_("dress code", "business"), NP_("dress code", "formal"),
                   NP_("dress code", "black tie"), NP_("dress code", "smart casual"),
                   NP_("dress code", "casual"), NP_("dress code", "traditional dress")),
}
_SEPARATORS = re.compile(r"\s*[,;/]\s*")


def _fold(term: str) -> str:
    return " ".join(term.casefold().split())


@cache
def _index(context: str) -> dict[str, str]:
    """Every language's word for each term, pointing back at the English message id."""
    index: dict[str, str] = {}
    for _context, message in _VOCABULARIES[context]:
        index[_fold(message)] = message
        for lang in DOCUMENT_LANGUAGES:
            index[_fold(tp(lang, context, message))] = message
    return index


def in_words(text: str, context: str, lang: str) -> tuple[str, list[str]]:
    """`text` ("vegetarian, sans gluten") with each known term in `lang`; the parts no
    vocabulary knows are kept as typed and returned, to be listed before printing."""
    if not text.strip():
        return "", []
    index = _index(context)
    words, unknown = [], []
    for part in (p for p in _SEPARATORS.split(text.strip()) if p):
        message = index.get(_fold(part))
        if message is None:
            words.append(part)
            unknown.append(part)
        else:
            words.append(tp(lang, context, message))
    return ", ".join(words), unknown
