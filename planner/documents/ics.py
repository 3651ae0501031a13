"""iCalendar (RFC 5545) files of programme items: plain data in, bytes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vText

from planner.documents.catalogue import N_, t
from planner.documents.data import Audience

OFFICE_ZONE = "Europe/Berlin"
PRODID = "-//Delegation Planner//Protocol Office//EN"

EventStatus = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]

# Labels inside DESCRIPTION, in the calendar's language (the summary and texts come resolved).
_LABELS: dict[str, str] = {
    "dress_code": N_("Dress code"), "notes": N_("Notes"), "delegations": N_("Delegation"),
    "hosts": N_("Hosts"), "interpreters": N_("Interpreters"), "drivers": N_("Drivers"),
    "vehicle": N_("Vehicle"), "internal": N_("Internal"),
}


@dataclass(frozen=True, slots=True)
class StaffDetails:
    """What only the office sees; never reaches a guest calendar (see `render_calendar`)."""

    hosts: tuple[str, ...] = ()
    interpreters: tuple[str, ...] = ()
    drivers: tuple[str, ...] = ()
    vehicle: str = ""
    notes_internal: str = ""


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One programme item, texts already in the calendar's language."""

    uid: str
    sequence: int
    start: datetime  # zone-aware
    end: datetime  # zone-aware
    summary: str
    last_modified: datetime  # zone-aware; also the DTSTAMP (no METHOD: RFC 5545 3.8.7.2)
    created: datetime | None = None
    description: str = ""
    guest_notes: str = ""
    dress_code: str = ""
    delegations: tuple[str, ...] = ()
    venue_name: str = ""
    venue_address: str = ""
    status: EventStatus = "CONFIRMED"
    staff: StaffDetails | None = None
    # A journey starts in one zone and ends in another; "" means the calendar's zone.
    start_zone: str = ""
    end_zone: str = ""

    @property
    def location(self) -> str:
        return ", ".join(part for part in (self.venue_name, self.venue_address) if part)


@dataclass(frozen=True, slots=True)
class CalendarDocument:
    name: str
    language: str = "de"
    events: tuple[CalendarEvent, ...] = field(default_factory=tuple)
    # Where the events happen: a trip abroad's calendar is in its destination's zone, so a
    # phone shows the local times after landing.
    time_zone: str = OFFICE_ZONE


def berlin_timezone() -> Timezone:
    """Europe/Berlin as the EU rule since 1996, written the way RFC 5545 3.6.5 wants it.

    A DTSTART inside VTIMEZONE is local time in the *TZOFFSETFROM* offset, so summer time
    starts at 02:00 (+0100) and ends at 03:00 (+0200). icalendar's generated block says 03:00
    for the start (the wall time after the jump); clients that follow the RFC would then shift
    the night of the change by an hour. RRULEs keep the block small and valid for every year.
    """
    tz = Timezone()
    tz.add("tzid", OFFICE_ZONE)
    daylight = TimezoneDaylight()
    daylight.add("dtstart", datetime(1996, 3, 31, 2, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    daylight.add("tzoffsetfrom", _offset(1))
    daylight.add("tzoffsetto", _offset(2))
    daylight.add("tzname", "CEST")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1996, 10, 27, 3, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    standard.add("tzoffsetfrom", _offset(2))
    standard.add("tzoffsetto", _offset(1))
    standard.add("tzname", "CET")
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


def zone_component(name: str, first: date, last: date) -> Timezone:
    """Any IANA zone as a VTIMEZONE valid from `first` to `last`, one block per change of
    offset, read from the zone database itself.

    As in `berlin_timezone`, each DTSTART is the local time *before* the change (in its
    TZOFFSETFROM), as RFC 5545 3.6.5 defines it.
    """
    zone = ZoneInfo(name)
    start = datetime.combine(first, time(0), tzinfo=UTC)
    end = datetime.combine(last, time(0), tzinfo=UTC)
    tz = Timezone()
    tz.add("tzid", name)
    offset = start.astimezone(zone).utcoffset() or timedelta()
    tz.add_component(_observance(start.astimezone(zone), offset, offset))
    moment = start
    while moment < end:
        step = moment + timedelta(days=1)
        after = step.astimezone(zone).utcoffset() or timedelta()
        if after != offset:
            low, high = moment, step  # the change lies in (low, high]: halve to the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            tz.add_component(_observance(high.astimezone(zone), offset, after))
            offset = after
        moment = step
    return tz


def _observance(local: datetime, before: timedelta,
                after: timedelta) -> TimezoneStandard | TimezoneDaylight:
    block = TimezoneDaylight() if local.dst() else TimezoneStandard()
    wall = (local.astimezone(UTC) + before).replace(tzinfo=None, second=0, microsecond=0)
    block.add("dtstart", wall)
    block.add("tzoffsetfrom", before)
    block.add("tzoffsetto", after)
    block.add("tzname", local.tzname() or "")
    return block


def _timezones(document: CalendarDocument) -> list[Timezone]:
    """A VTIMEZONE for every zone the calendar uses, covering its events."""
    names = dict.fromkeys([document.time_zone, *(z for e in document.events
                                                  for z in (e.start_zone, e.end_zone) if z)])
    days = [m.date() for e in document.events for m in (e.start, e.end)]
    first = min(days, default=date(2000, 1, 1)) - timedelta(days=1)
    last = max(days, default=date(2000, 1, 1)) + timedelta(days=2)
    return [berlin_timezone() if name == OFFICE_ZONE else zone_component(name, first, last)
            for name in names]


def _offset(hours: int) -> timedelta:
    return timedelta(hours=hours)


class ExactText(vText):
    """A TEXT value escaped as RFC 5545 says, backslash first. icalendar's own escaping turns a
    typed backslash-N ("C:\\Nutzer", "\\N") into a line break before escaping the rest."""

    def to_ical(self) -> bytes:
        escaped = (str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                   .replace("\r\n", "\\n").replace("\n", "\\n"))
        return escaped.encode(self.encoding)


def one_line(text: str) -> str:
    """A name, title or place for a one-line property: a line break stored by an older
    version (or typed into a record by a script) must not break the calendar file."""
    return " ".join(text.split()) if any(c in text for c in "\r\n\x0b\x0c") else text


def describe(event: CalendarEvent, language: str, audience: Audience) -> str:
    """The DESCRIPTION text: what a reader of this audience may see, labelled in `language`."""
    labels = {key: t(language, message) for key, message in _LABELS.items()}
    parts: list[str] = []
    if event.description:
        parts.append(event.description)
    if event.guest_notes:
        parts.append(f"{labels['notes']}: {event.guest_notes}")
    if event.dress_code:
        parts.append(f"{labels['dress_code']}: {event.dress_code}")
    if event.delegations:
        parts.append(f"{labels['delegations']}: {', '.join(event.delegations)}")
    if audience == "internal" and event.staff is not None:
        staff = event.staff
        for key, names in (("hosts", staff.hosts), ("interpreters", staff.interpreters),
                           ("drivers", staff.drivers)):
            if names:
                parts.append(f"{labels[key]}: {', '.join(names)}")
        if staff.vehicle:
            parts.append(f"{labels['vehicle']}: {staff.vehicle}")
        if staff.notes_internal:
            parts.append(f"{labels['internal']}: {staff.notes_internal}")
    return "\n\n".join(parts)


def render_calendar(document: CalendarDocument, audience: Audience) -> bytes:
    """The .ics bytes. Deterministic: the same data gives the same file (no "now" inside).

    A guest calendar never sees `StaffDetails`, even if the caller passed them.
    """
    if audience not in ("guest", "internal"):
        raise ValueError(f"unknown audience {audience!r}; use 'guest' or 'internal'")
    zone = ZoneInfo(document.time_zone)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", ExactText(one_line(document.name)))
    cal.add("x-wr-timezone", document.time_zone)
    for component in _timezones(document):
        cal.add_component(component)
    for item in document.events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", _utc(item.last_modified))
        event.add("last-modified", _utc(item.last_modified))
        if item.created is not None:
            event.add("created", _utc(item.created))
        event.add("sequence", item.sequence)
        event.add("dtstart", _wall_time(item.start, ZoneInfo(item.start_zone) if item.start_zone
                                        else zone))
        event.add("dtend", _wall_time(item.end, ZoneInfo(item.end_zone) if item.end_zone
                                      else zone))
        event.add("summary", ExactText(one_line(item.summary)))
        text = describe(item, document.language, audience)
        if text:
            event.add("description", ExactText(text))
        if item.location:
            event.add("location", ExactText(one_line(item.location)))
        event.add("status", item.status)
        event.add("transp", "TRANSPARENT" if item.status == "CANCELLED" else "OPAQUE")
        cal.add_component(event)
    return cal.to_ical()


def _wall_time(value: datetime, zone: ZoneInfo) -> datetime:
    """Local time with TZID, except the second 02:00–03:00 of the night summer time ends.

    RFC 5545 reads an ambiguous local time as its first occurrence, so the later one (a
    flight landing at 02:30 CET) is written in UTC instead to keep the instant right.
    """
    local = value.astimezone(zone)
    if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
        return local.astimezone(UTC)
    return local


def _utc(value: datetime | date) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError(f"{value!r} must be a zone-aware datetime")
    return value.astimezone(UTC)
