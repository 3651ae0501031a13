"""The vocabularies' words in the office's three document languages."""

from __future__ import annotations

from enum import StrEnum

from planner.domain.enums import DelegationStatus, ItemKind, TravelMode

_WORDS: dict[StrEnum, tuple[str, str, str]] = {
    ItemKind.MEETING: ("Gespräch", "Meeting", "Réunion"),
    ItemKind.MEAL: ("Essen", "Meal", "Repas"),
    ItemKind.VISIT: ("Besuch", "Visit", "Visite"),
    ItemKind.CEREMONY: ("Festakt", "Ceremony", "Cérémonie"),
    ItemKind.GOLDEN_BOOK: ("Goldenes Buch", "Golden Book", "Livre d'or"),
    ItemKind.TRANSFER: ("Transfer", "Transfer", "Transfert"),
    ItemKind.PRESS: ("Presse", "Press", "Presse"),
    ItemKind.FREE_TIME: ("Freizeit", "Free time", "Temps libre"),
    TravelMode.FLIGHT: ("Flug", "Flight", "Vol"),
    TravelMode.TRAIN: ("Zug", "Train", "Train"),
    TravelMode.CAR: ("Auto", "Car", "Voiture"),
    TravelMode.BUS: ("Bus", "Coach", "Car"),
    TravelMode.OTHER: ("Sonstiges", "Other", "Autre"),
    DelegationStatus.REQUESTED: ("angefragt", "requested", "demandée"),
    DelegationStatus.CONFIRMED: ("bestätigt", "confirmed", "confirmée"),
    DelegationStatus.IN_PROGRESS: ("läuft", "in progress", "en cours"),
    DelegationStatus.COMPLETED: ("abgeschlossen", "completed", "terminée"),
    DelegationStatus.CANCELLED: ("abgesagt", "cancelled", "annulée"),
}
_INDEX = {"de": 0, "en": 1, "fr": 2}


def word(value: StrEnum, lang: str) -> str:
    """'Golden Book' for ItemKind.GOLDEN_BOOK in English; the raw value if none is known."""
    words = _WORDS.get(value)
    return words[_INDEX.get(lang, 1)] if words else str(value.value)
