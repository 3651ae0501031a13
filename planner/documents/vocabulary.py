"""The vocabularies' words and the forms of address, from the catalogues, in any document language.

Stored records keep codes (`ItemKind.MEAL`, `Gender.FEMALE`); the words for them are catalogue
entries with a context, so "Transfer" the item kind and "Transfer" elsewhere may differ.
"""

from __future__ import annotations

from enum import StrEnum

from planner.documents.catalogue import NP_, tp
from planner.domain.enums import DelegationStatus, Gender, ItemKind, TravelMode

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
    DelegationStatus.CONFIRMED: NP_("delegation status", "confirmed"),
    DelegationStatus.IN_PROGRESS: NP_("delegation status", "in progress"),
    DelegationStatus.COMPLETED: NP_("delegation status", "completed"),
    DelegationStatus.CANCELLED: NP_("delegation status", "cancelled"),
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
