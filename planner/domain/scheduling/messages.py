"""German and English sentences for conflicts, with times shown in Europe/Berlin."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from planner.domain.scheduling.conflicts import Conflict

BERLIN = ZoneInfo("Europe/Berlin")

_WEEKDAYS = {
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_QUOTES = {"de": ("„", "“"), "en": ("“", "”")}
_AND = {"de": "und", "en": "and"}
_NEEDS = {
    "de": {"dietary": "Ernährung", "accessibility": "Barrierefreiheit"},
    "en": {"dietary": "diet", "accessibility": "accessibility"},
}

# A programme item as the sentence needs it: title, start, end.
ItemFacts = tuple[str, datetime, datetime]


_NOT_FOREIGN = frozenset({"UTC", "Etc/UTC", "Europe/Berlin"})


def local(moment: datetime) -> datetime:
    """The moment on the office's clock, unless it carries a foreign zone: an item abroad is
    given in its destination's time (planner.services.conflicts) and named in it."""
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo) and zone.key not in _NOT_FOREIGN:
        return moment
    return moment.astimezone(BERLIN)


def _foreign(moment: datetime) -> bool:
    zone = moment.tzinfo
    return isinstance(zone, ZoneInfo) and zone.key not in _NOT_FOREIGN


def day_label(moment: datetime, lang: str) -> str:
    """ "Sa 9. Mai" / "Sat 9 May" in Berlin time."""
    m = local(moment)
    weekday = _WEEKDAYS[lang][m.weekday()]
    month = _MONTHS[lang][m.month - 1]
    return f"{weekday} {m.day}. {month}" if lang == "de" else f"{weekday} {m.day} {month}"


_ZONE_NAMES = {"de": {"CET": "MEZ", "CEST": "MESZ"}, "en": {}}


def clock(moment: datetime, lang: str) -> str:
    """ "10:15"; in the hour that happens twice in October the zone is added ("02:30 MESZ")."""
    m = local(moment)
    hours = f"{m.hour:02d}:{m.minute:02d}"  # strftime costs more than the rest together
    if _foreign(m):  # abroad: "16:00 CST", the zone always said
        return f"{hours} {m.tzname()}"
    if m.replace(fold=1 - m.fold).utcoffset() == m.utcoffset():
        return hours
    zone = m.tzname() or ""
    return f"{hours} {_ZONE_NAMES[lang].get(zone, zone)}"


def moment_label(moment: datetime, lang: str) -> str:
    return f"{day_label(moment, lang)}, {clock(moment, lang)}"


def span_label(start: datetime, end: datetime, lang: str, *, with_day: bool = True) -> str:
    """ "Sa 9. Mai, 10:00–11:30"; a span over midnight names both days."""
    a, b = local(start), local(end)
    if a.date() != b.date():
        return f"{moment_label(start, lang)} – {moment_label(end, lang)}"
    first = f"{a.hour:02d}:{a.minute:02d}" if _foreign(a) else clock(start, lang)
    times = f"{first}–{clock(end, lang)}"  # abroad, the zone once, after the end
    return f"{day_label(start, lang)}, {times}" if with_day else times


def two_spans(first: ItemFacts, second: ItemFacts, lang: str) -> str:
    """Both items' times, the second without its day when both start on the same day."""
    same_day = local(first[1]).date() == local(second[1]).date()
    return (
        f"{span_label(first[1], first[2], lang)} / "
        f"{span_label(second[1], second[2], lang, with_day=not same_day)}"
    )


def quote(title: str, lang: str) -> str:
    left, right = _QUOTES[lang]
    return f"{left}{title}{right}"


def enumerate_titles(titles: Sequence[str], lang: str) -> str:
    quoted = [quote(t, lang) for t in titles]
    if len(quoted) < 2:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} {_AND[lang]} {quoted[-1]}"


def needs_label(needs: Sequence[tuple[str, str]], lang: str) -> str:
    return "; ".join(f"{_NEEDS[lang].get(what, what)}: {text}" for what, text in needs)


def _langs(codes: object) -> str:
    return ", ".join(sorted(codes)) if isinstance(codes, frozenset | set | tuple) else "–"


def render(conflict: Conflict, lang: str) -> str:
    if lang not in _WEEKDAYS:
        raise ValueError(f"no conflict sentences for language {lang!r}")
    f = dict(conflict.facts.items())
    items: tuple[ItemFacts, ...] = f.get("items", ())  # type: ignore[assignment]
    q = [quote(title, lang) for title, _, _ in items]
    span = span_label(items[0][1], items[0][2], lang) if items else ""
    f.update(lang=lang, span=span, a=q[0] if q else "", b=q[1] if len(q) > 1 else "")
    builder = _SENTENCES[conflict.kind.value][lang]
    return builder(f, items)


Facts = dict[str, object]
Sentence = Callable[[Facts, tuple[ItemFacts, ...]], str]


def _de_en(de: Sentence, en: Sentence) -> dict[str, Sentence]:
    return {"de": de, "en": en}


def _when(f: Facts, items: tuple[ItemFacts, ...]) -> str:
    return two_spans(items[0], items[1], str(f["lang"]))


def _at(f: Facts, key: str) -> str:
    return moment_label(f[key], str(f["lang"]))  # type: ignore[arg-type]


def _titles(f: Facts, items: tuple[ItemFacts, ...]) -> str:
    return enumerate_titles([t for t, _, _ in items], str(f["lang"]))


_SENTENCES: dict[str, dict[str, Sentence]] = {
    "person_double_booked": _de_en(
        lambda f, i: (
            f"{f['who']} ist gleichzeitig in {f['a']} und {f['b']} eingeplant ({_when(f, i)})."
        ),
        lambda f, i: (
            f"{f['who']} is scheduled for {f['a']} and {f['b']} at the same time ({_when(f, i)})."
        ),
    ),
    "vehicle_double_booked": _de_en(
        lambda f, i: (
            f"Das Fahrzeug {f['who']} ist gleichzeitig für {f['a']} und {f['b']} "
            f"verplant ({_when(f, i)})."
        ),
        lambda f, i: (
            f"The vehicle {f['who']} is booked for {f['a']} and {f['b']} at the same "
            f"time ({_when(f, i)})."
        ),
    ),
    "venue_overbooked": _de_en(
        lambda f, i: (
            f"{f['who']} ist überbucht: {_titles(f, i)} brauchen ab {_at(f, 'at')} "
            f"zusammen {f['load']} Plätze, vorhanden sind {f['capacity']}."
        ),
        lambda f, i: (
            f"{f['who']} is overbooked: from {_at(f, 'at')}, {_titles(f, i)} need "
            f"{f['load']} seats together, it holds {f['capacity']}."
        ),
    ),
    "venue_too_small": _de_en(
        lambda f, i: (
            f"{f['a']} braucht {f['load']} Plätze, {f['who']} fasst nur "
            f"{f['capacity']} ({f['span']})."
        ),
        lambda f, i: (
            f"{f['a']} needs {f['load']} seats but {f['who']} holds only "
            f"{f['capacity']} ({f['span']})."
        ),
    ),
    "vehicle_too_small": _de_en(
        lambda f, i: (
            f"{f['a']} hat {f['load']} Fahrgäste, das Fahrzeug {f['who']} aber nur "
            f"{f['capacity']} Sitzplätze ({f['span']})."
        ),
        lambda f, i: (
            f"{f['a']} has {f['load']} passengers but the vehicle {f['who']} has only "
            f"{f['capacity']} seats ({f['span']})."
        ),
    ),
    "travel_time": _de_en(
        lambda f, i: (
            f"{f['who']} hat zwischen {f['a']} ({f['from_venue']}, bis "
            f"{moment_label(i[0][2], 'de')}) und {f['b']} ({f['to_venue']}) nur "
            f"{f['gap']} Minuten, die Fahrt dauert {f['need']} Minuten."
        ),
        lambda f, i: (
            f"{f['who']} has only {f['gap']} minutes between {f['a']} "
            f"({f['from_venue']}, until {moment_label(i[0][2], 'en')}) and {f['b']} "
            f"({f['to_venue']}); the journey takes {f['need']} minutes."
        ),
    ),
    "before_arrival": _de_en(
        lambda f, i: (
            f"{f['a']} ({f['span']}) liegt vor der Ankunft von {f['who']} "
            f"({_at(f, 'at')}, zuzüglich {f['buffer']} Minuten Puffer)."
        ),
        lambda f, i: (
            f"{f['a']} ({f['span']}) is before the arrival of {f['who']} "
            f"({_at(f, 'at')}, plus a {f['buffer']}-minute buffer)."
        ),
    ),
    "after_departure": _de_en(
        lambda f, i: (
            f"{f['a']} ({f['span']}) liegt nach der Abreise von {f['who']} "
            f"({_at(f, 'at')}, abzüglich {f['buffer']} Minuten Puffer)."
        ),
        lambda f, i: (
            f"{f['a']} ({f['span']}) is after the departure of {f['who']} "
            f"({_at(f, 'at')}, less a {f['buffer']}-minute buffer)."
        ),
    ),
    "missing_interpreter": _de_en(
        lambda f, i: (
            f"{f['who']} ({_langs(f['langs'])}) spricht keine Sprache der Gastgeber "
            f"und Dolmetscher von {f['a']} ({_langs(f['host_langs'])}) – es fehlt "
            f"ein Dolmetscher ({f['span']})."
        ),
        lambda f, i: (
            f"{f['who']} ({_langs(f['langs'])}) shares no language with the hosts "
            f"and interpreters of {f['a']} ({_langs(f['host_langs'])}); an "
            f"interpreter is missing ({f['span']})."
        ),
    ),
    "signer_absent": _de_en(
        lambda f, i: (
            f"{f['who']} soll sich bei {f['a']} ins Goldene Buch eintragen, nimmt "
            f"aber nicht daran teil ({f['span']})."
        ),
        lambda f, i: (
            f"{f['who']} is to sign the Golden Book at {f['a']} but is not among "
            f"its participants ({f['span']})."
        ),
    ),
    "needs_unacknowledged": _de_en(
        lambda f, i: (
            f"Bei {f['a']} ({f['span']}) sind die Bedürfnisse von {f['who']} noch "
            f"nicht bestätigt: {needs_label(f['needs'], 'de')}."
        ),  # type: ignore[arg-type]
        lambda f, i: (
            f"The needs of {f['who']} at {f['a']} ({f['span']}) are not yet "
            f"acknowledged: {needs_label(f['needs'], 'en')}."
        ),
    ),  # type: ignore[arg-type]
    "ends_before_start": _de_en(
        lambda f, i: (
            f"{f['a']} endet ({moment_label(i[0][2], 'de')}) vor seinem Beginn "
            f"({moment_label(i[0][1], 'de')})."
        ),
        lambda f, i: (
            f"{f['a']} ends ({moment_label(i[0][2], 'en')}) before it starts "
            f"({moment_label(i[0][1], 'en')})."
        ),
    ),
    "traveller_away": _de_en(
        lambda f, i: (
            f"{f['who']} ist bei {f['a']} ({f['span']}) eingeplant, ist dann aber auf der "
            f"Reise {quote(str(f['trip']), 'de')} ({_at(f, 'leaves')} – {_at(f, 'returns')})."
        ),
        lambda f, i: (
            f"{f['who']} is scheduled for {f['a']} ({f['span']}) but is away on the trip "
            f"{quote(str(f['trip']), 'en')} then ({_at(f, 'leaves')} – {_at(f, 'returns')})."
        ),
    ),
    "trips_overlap": _de_en(
        lambda f, i: (
            f"{f['who']} reist mit {quote(str(f['trip']), 'de')} und ist ab {_at(f, 'at')} "
            f"zugleich für die Reise {quote(str(f['other']), 'de')} eingeplant."
        ),
        lambda f, i: (
            f"{f['who']} travels with {quote(str(f['trip']), 'en')} and is also listed for "
            f"the trip {quote(str(f['other']), 'en')} from {_at(f, 'at')}."
        ),
    ),
    "zero_length": _de_en(
        lambda f, i: f"{f['a']} hat keine Dauer (Beginn und Ende {moment_label(i[0][1], 'de')}).",
        lambda f, i: (
            f"{f['a']} has no duration (it starts and ends {moment_label(i[0][1], 'en')})."
        ),
    ),
}
