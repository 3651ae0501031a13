"""Conflict sentences from the catalogue, for documents in any language.

The scheduling engine words conflicts in German and English on its fast path (the timeline,
`planner check`); a conflict is a code (`kind`) with facts, so a staff copy in French, Hebrew
or Chinese gets the same sentence from the documents' catalogue, with dates from CLDR.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from planner.documents.catalogue import N_, t
from planner.documents.labels import clock, label, labelled, local, weekday_heading
from planner.documents.typography import QUOTES

_SENTENCES = {
    "person_double_booked": N_("{who} is scheduled for {a} and {b} at the same time ({when})."),
    "vehicle_double_booked": N_(
        "The vehicle {who} is booked for {a} and {b} at the same time ({when})."),
    "venue_overbooked": N_(
        "{who} is overbooked: from {at}, {titles} need {load} seats together, it holds "
        "{capacity}."),
    "venue_too_small": N_("{a} needs {load} seats but {who} holds only {capacity} ({span})."),
    "vehicle_too_small": N_(
        "{a} has {load} passengers but the vehicle {who} has only {capacity} seats ({span})."),
    "travel_time": N_(
        "{who} has only {gap} minutes between {a} ({from_venue}, until {until}) and {b} "
        "({to_venue}); the journey takes {need} minutes."),
    "before_arrival": N_(
        "{a} ({span}) is before the arrival of {who} ({at}, plus a {buffer}-minute buffer)."),
    "after_departure": N_(
        "{a} ({span}) is after the departure of {who} ({at}, less a {buffer}-minute buffer)."),
    "missing_interpreter": N_(
        "{who} ({langs}) shares no language with the hosts and interpreters of {a} "
        "({host_langs}); an interpreter is missing ({span})."),
    "signer_absent": N_(
        "{who} is to sign the Golden Book at {a} but is not among its participants ({span})."),
    "needs_unacknowledged": N_(
        "The needs of {who} at {a} ({span}) are not yet acknowledged: {needs}."),
    "ends_before_start": N_("{a} ends ({end}) before it starts ({start})."),
    "zero_length": N_("{a} has no duration (it starts and ends {start})."),
    "traveller_away": N_(
        "{who} is scheduled for {a} ({span}) but is away on the trip {trip} then "
        "({leaves} – {returns})."),
    "trips_overlap": N_(
        "{who} travels with {trip} and is also listed for the trip {other} from {at}."),
}
_NEED_LABELS = {"dietary": "dietary", "accessibility": "accessibility"}

Item = tuple[str, datetime, datetime]


def _moment(moment: datetime, lang: str) -> str:
    return f"{weekday_heading(local(moment).date(), lang)}, {clock(moment, lang)}"


def _span(start: datetime, end: datetime, lang: str, with_day: bool = True) -> str:
    if local(start).date() != local(end).date():
        return f"{_moment(start, lang)} – {_moment(end, lang)}"
    times = f"{clock(start, lang)}–{clock(end, lang)}"
    return f"{weekday_heading(local(start).date(), lang)}, {times}" if with_day else times


def _quote(title: str, lang: str) -> str:
    opening, closing = QUOTES[lang]
    return f"{opening}{title}{closing}"


def _titles(items: Sequence[Item], lang: str) -> str:
    quoted = [_quote(title, lang) for title, _, _ in items]
    if len(quoted) < 2:
        return "".join(quoted)
    return t(lang, "{first} and {last}", first=", ".join(quoted[:-1]), last=quoted[-1])


def _codes(codes: object) -> str:
    return ", ".join(sorted(codes)) if isinstance(codes, frozenset | set | tuple) else "–"  # type: ignore[arg-type]


def conflict_sentence(kind: str, facts: Mapping[str, object], lang: str) -> str:
    """The conflict `kind` with its `facts` as a sentence in `lang`."""
    items: Sequence[Item] = facts.get("items", ())  # type: ignore[assignment]
    values: dict[str, object] = {key: value for key, value in facts.items()
                                 if isinstance(value, str | int)}
    if items:
        values["a"] = _quote(items[0][0], lang)
        values["span"] = _span(items[0][1], items[0][2], lang)
        values["start"] = _moment(items[0][1], lang)
        values["end"] = _moment(items[0][2], lang)
        values["until"] = _moment(items[0][2], lang)
        values["titles"] = _titles(items, lang)
    if len(items) > 1:
        values["b"] = _quote(items[1][0], lang)
        same_day = local(items[0][1]).date() == local(items[1][1]).date()
        values["when"] = (f"{_span(items[0][1], items[0][2], lang)} / "
                          f"{_span(items[1][1], items[1][2], lang, with_day=not same_day)}")
    for key in ("at", "leaves", "returns"):
        if isinstance(facts.get(key), datetime):
            values[key] = _moment(facts[key], lang)  # type: ignore[arg-type]
    for key in ("trip", "other"):
        if isinstance(facts.get(key), str):
            values[key] = _quote(str(facts[key]), lang)
    values["langs"] = _codes(facts.get("langs"))
    values["host_langs"] = _codes(facts.get("host_langs"))
    needs: Sequence[tuple[str, str]] = facts.get("needs", ())  # type: ignore[assignment]
    values["needs"] = "; ".join(labelled(label(_NEED_LABELS.get(what, "needs"), lang), text, lang)
                                for what, text in needs)
    return t(lang, _SENTENCES[kind], **values)
