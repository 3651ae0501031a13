"""Fixed document wording in de/en/fr and date/time formatting in the city's display zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

DISPLAY_ZONE = ZoneInfo("Europe/Berlin")
LANGUAGES = ("de", "en", "fr")

# Placeholders are named so translators can reorder them (STYLE.md, "page {page} of {pages}").
_LABELS: dict[str, dict[str, str]] = {
    "programme": {"de": "Programm", "en": "Programme", "fr": "Programme"},
    "run_sheet": {"de": "Ablaufplan", "en": "Run sheet", "fr": "Déroulé interne"},
    "personal_programme": {
        "de": "Persönliches Programm",
        "en": "Personal programme",
        "fr": "Programme personnel",
    },
    "for_person": {"de": "für {name}", "en": "for {name}", "fr": "pour {name}"},
    "internal_only": {
        "de": "NUR FÜR DEN DIENSTGEBRAUCH",
        "en": "INTERNAL — STAFF ONLY",
        "fr": "USAGE INTERNE",
    },
    "day": {"de": "Tag {n} — {date}", "en": "Day {n} — {date}", "fr": "Jour {n} — {date}"},
    "page_of": {
        "de": "Seite {page} von {pages}",
        "en": "page {page} of {pages}",
        "fr": "page {page} sur {pages}",
    },
    "as_of": {"de": "Stand: {when}", "en": "As of {when}", "fr": "État au {when}"},
    "arrival": {"de": "Anreise", "en": "Arrival", "fr": "Arrivée"},
    "departure": {"de": "Abreise", "en": "Departure", "fr": "Départ"},
    "hotel": {"de": "Hotel", "en": "Hotel", "fr": "Hôtel"},
    "contact": {"de": "Ansprechpartner", "en": "Your contact", "fr": "Votre contact"},
    "occasion": {"de": "Anlass", "en": "Occasion", "fr": "Occasion"},
    "partner_city": {"de": "Partnerstadt", "en": "Partner city", "fr": "Ville partenaire"},
    "delegation": {"de": "Delegation", "en": "Delegation", "fr": "Délégation"},
    "venue": {"de": "Ort", "en": "Venue", "fr": "Lieu"},
    "participants": {"de": "Teilnehmende", "en": "Participants", "fr": "Participants"},
    "dress_code": {"de": "Kleidung", "en": "Dress code", "fr": "Tenue"},
    "notes": {"de": "Hinweis", "en": "Note", "fr": "Remarque"},
    "hosts": {"de": "Gastgeber", "en": "Hosts", "fr": "Hôtes"},
    "interpreters": {"de": "Dolmetscher", "en": "Interpreters", "fr": "Interprètes"},
    "vehicle": {"de": "Fahrzeug", "en": "Vehicle", "fr": "Véhicule"},
    "drivers": {"de": "Fahrer", "en": "Drivers", "fr": "Chauffeurs"},
    "internal_notes": {"de": "Intern", "en": "Internal", "fr": "Interne"},
    "conflict": {"de": "Konflikt", "en": "Conflict", "fr": "Conflit"},
    "dietary": {"de": "Ernährung", "en": "Dietary", "fr": "Régime"},
    "accessibility": {"de": "Barrierefreiheit", "en": "Accessibility", "fr": "Accessibilité"},
    "needs": {
        "de": "Besondere Bedürfnisse",
        "en": "Special requirements",
        "fr": "Besoins particuliers",
    },
    "head": {"de": "Delegationsleitung", "en": "Head of delegation", "fr": "Chef de délégation"},
    "languages": {"de": "Sprachen", "en": "Languages", "fr": "Langues"},
    "no_items": {
        "de": "Keine Programmpunkte.",
        "en": "No programme items.",
        "fr": "Aucun point au programme.",
    },
    "precedence_list": {
        "de": "Protokollarische Rangfolge",
        "en": "Order of precedence",
        "fr": "Ordre protocolaire",
    },
    "no": {"de": "Nr.", "en": "No.", "fr": "N°"},
    "name": {"de": "Name", "en": "Name", "fr": "Nom"},
    "title": {"de": "Funktion", "en": "Title", "fr": "Fonction"},
    "side": {"de": "Seite", "en": "Side", "fr": "Côté"},
    "side_guest": {"de": "Gast", "en": "Guest", "fr": "Invité"},
    "side_host": {"de": "Gastgeber", "en": "Host", "fr": "Hôte"},
    "badges": {"de": "Namensschilder", "en": "Name badges", "fr": "Badges"},
    "place_cards": {"de": "Tischkarten", "en": "Place cards", "fr": "Chevalets"},
    "seating_plan": {"de": "Sitzplan", "en": "Seating plan", "fr": "Plan de table"},
    "table": {"de": "Tisch", "en": "Table", "fr": "Table"},
    "seat": {"de": "Platz", "en": "Seat", "fr": "Place"},
    "unseated": {
        "de": "Ohne Platz: {names}",
        "en": "Without a seat: {names}",
        "fr": "Sans place : {names}",
    },
    "fold": {"de": "falzen", "en": "fold", "fr": "plier"},
    "week_plan": {"de": "Wochenplan", "en": "Week plan", "fr": "Planning de la semaine"},
    "week_of": {
        "de": "KW {week}: {first} – {last}",
        "en": "Week {week}: {first} – {last}",
        "fr": "Semaine {week} : {first} – {last}",
    },
    "rows_by": {"de": "Zeilen: {axis}", "en": "Rows: {axis}", "fr": "Lignes : {axis}"},
    "week_conflicts": {
        "de": "Konflikte dieser Woche",
        "en": "Conflicts this week",
        "fr": "Conflits de la semaine",
    },
    "no_conflicts": {
        "de": "Keine Konflikte – der Plan geht auf.",
        "en": "No conflicts – the plan works.",
        "fr": "Aucun conflit – le planning tient.",
    },
    "error": {"de": "Fehler", "en": "Error", "fr": "Erreur"},
    "warning": {"de": "Hinweis", "en": "Warning", "fr": "Avertissement"},
    "continued": {"de": "Fortsetzung", "en": "continued", "fr": "suite"},
}

# CLDR's "full" pattern differs by locale in ways the office does not want (en_US puts the
# month first), so the programme's day heading uses one explicit pattern per language.
_DAY_PATTERN = {"de": "EEEE, d. MMMM y", "en": "EEEE, d MMMM y", "fr": "EEEE d MMMM y"}
_LOCALE = {"de": "de_DE", "en": "en_GB", "fr": "fr_FR"}
_WEEKDAY_PATTERN = {"de": "EE, d. MMM", "en": "EEE d MMM", "fr": "EEE d MMM"}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported document language {lang!r}; use one of {LANGUAGES}")
    return lang


def label(key: str, lang: str, **values: object) -> str:
    text = _LABELS[key][lang]
    return text.format(**values) if values else text


def local(instant: datetime) -> datetime:
    """The instant as the protocol office reads it (naive values are a caller bug)."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant!r}; documents need tz-aware instants")
    return instant.astimezone(DISPLAY_ZONE)


def day_heading(day: date, lang: str) -> str:
    return format_date(day, _DAY_PATTERN[lang], locale=_LOCALE[lang])


def short_date(day: date, lang: str) -> str:
    return format_date(day, "long", locale=_LOCALE[lang])


def weekday_heading(day: date, lang: str) -> str:
    """'Mo, 4. Mai' / 'Mon 4 May' / 'lun. 4 mai': a week plan's column head."""
    return format_date(day, _WEEKDAY_PATTERN[lang], locale=_LOCALE[lang])


def clock(instant: datetime, lang: str) -> str:
    return format_time(local(instant), "HH:mm", locale=_LOCALE[lang])


def stamp(instant: datetime, lang: str) -> str:
    """Date and time, e.g. for "as of" and arrival lines."""
    moment = local(instant)
    return f"{short_date(moment.date(), lang)}, {clock(moment, lang)}"


def date_range(first: date, last: date, lang: str) -> str:
    if first == last:
        return short_date(first, lang)
    return f"{short_date(first, lang)} – {short_date(last, lang)}"
