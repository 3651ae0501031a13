"""iCalendar exports as a calendar client reads them: parsed by code that did not write them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.documents.ics import CalendarDocument, CalendarEvent, render_calendar
from planner.domain.enums import DelegationStatus, HostRole, ItemKind, ItemStatus
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import Delegation, HostPerson, Journey, ProgrammeItem, Venue
from planner.services import Services
from planner.services.calendar import CalendarExport

BERLIN = ZoneInfo("Europe/Berlin")
SECRET = "INTERNAL-MARKER-7f3a"


# ---- a minimal RFC 5545 reader, independent of the icalendar package ---------------------
@dataclass
class Component:
    name: str
    props: list[tuple[str, dict[str, str], str]]
    children: list[Component]

    def get(self, name: str) -> str | None:
        return next((v for n, _p, v in self.props if n == name), None)

    def param(self, name: str, param: str) -> str | None:
        return next((p.get(param) for n, p, _v in self.props if n == name), None)

    def all(self, name: str) -> list[Component]:
        return [c for c in self.children if c.name == name]


def parse_ics(data: bytes) -> Component:
    text = data.decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "lines must end in CRLF"
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n")), "fold at 75 octets"
    stack: list[Component] = [Component("ROOT", [], [])]
    for line in filter(None, lines):
        head, _, value = line.partition(":")
        name, *raw_params = head.split(";")
        params = dict(p.split("=", 1) for p in raw_params)
        if name == "BEGIN":
            child = Component(value, [], [])
            stack[-1].children.append(child)
            stack.append(child)
        elif name == "END":
            assert stack.pop().name == value
        else:
            stack[-1].props.append((name, params, value))
    assert len(stack) == 1
    return stack[0].children[0]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _offset(value: str) -> timedelta:
    sign = -1 if value[0] == "-" else 1
    return sign * timedelta(hours=int(value[1:3]), minutes=int(value[3:5]))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    day = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def vtimezone_offset(vtz: Component, local: datetime) -> timedelta:
    """UTC offset of a local time by the VTIMEZONE's own rules (RFC 5545 3.6.5 semantics).

    Onsets are DTSTART-style local times read in the TZOFFSETFROM offset; only the
    `FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU` rules Europe/Berlin needs are understood.
    """
    onsets: list[tuple[datetime, timedelta]] = []
    for sub in vtz.children:
        start = datetime.strptime(sub.get("DTSTART") or "", "%Y%m%dT%H%M%S")
        rule = dict(part.split("=") for part in (sub.get("RRULE") or "").split(";"))
        assert rule == {"FREQ": "YEARLY", "BYMONTH": rule["BYMONTH"], "BYDAY": "-1SU"}
        for year in (local.year - 1, local.year):
            day = _last_weekday(year, int(rule["BYMONTH"]), 6)
            onset_local = datetime.combine(day, start.time())
            onset_utc = onset_local - _offset(sub.get("TZOFFSETFROM") or "")
            onsets.append((onset_utc, _offset(sub.get("TZOFFSETTO") or "")))
    onsets.sort()

    def in_effect(moment: datetime) -> timedelta:
        return [offset for onset, offset in onsets if onset <= moment][-1]

    readings = sorted({offset for _onset, offset in onsets}, reverse=True)
    valid = [o for o in readings if in_effect(local - o) == o]
    # Ambiguous: the first occurrence (RFC 5545 3.3.5); in a gap: the offset before it.
    return valid[0] if valid else in_effect(local - readings[0] - timedelta(hours=1))


def instant(event: Component, name: str, root: Component) -> datetime:
    value = event.get(name) or ""
    if value.endswith("Z"):
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    tzid = event.param(name, "TZID")
    vtz = next(t for t in root.all("VTIMEZONE") if t.get("TZID") == tzid)
    local = datetime.strptime(value, "%Y%m%dT%H%M%S")
    return (local - vtimezone_offset(vtz, local)).replace(tzinfo=UTC)


# ---- data -------------------------------------------------------------------------------
@dataclass
class Visit:
    delegation: Delegation
    other: Delegation
    items: dict[str, ProgrammeItem]
    host: HostPerson
    interpreter: HostPerson


def _berlin(month: int, day: int, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def make_visit(services: Services) -> Visit:
    hall = services.venues.save(
        Venue(name="Rathaus Dortmund", address="Friedensplatz 1, 44135 Dortmund")
    )
    host = services.people.save(HostPerson(name="Lord Mayor", role=HostRole.MAYOR))
    interpreter = services.people.save(HostPerson(name="Dana Cohen", role=HostRole.INTERPRETER))
    delegation = services.delegations.save(
        Delegation(
            title={"de": "Delegation Netanya", "en": "Delegation of Netanya", "fr": "Délégation"},
            status=DelegationStatus.CONFIRMED,
            notes_internal=SECRET,
            arrival=Journey(at=_berlin(3, 27, 12)),
            departure=Journey(at=_berlin(10, 26, 12)),
        )
    )
    other = services.delegations.save(
        Delegation(title={"de": "Delegation Xi'an"}, status=DelegationStatus.CONFIRMED)
    )
    assert delegation.id and other.id and host.id and interpreter.id and hall.id

    def item(key: str, start: datetime, end: datetime, **kw: object) -> ProgrammeItem:
        base = ProgrammeItem(
            delegation_ids=(delegation.id,),
            kind=ItemKind.MEETING,
            title={"de": f"Termin {key}", "en": f"Appointment {key}", "fr": f"Rendez-vous {key}"},
            description={
                "de": "Beschreibung; mit Komma, und Zeilen\nzwei",
                "en": "Description in English",
            },
            start=start,
            end=end,
            venue_id=hall.id,
            host_ids=(host.id,),
            interpreter_ids=(interpreter.id,),
            notes_internal=f"{SECRET} {key}",
            guest_notes={"de": "Bitte pünktlich", "en": "Please be on time"},
            dress_code="Dark suit",
        )
        return services.programme.save(replace(base, **kw))  # type: ignore[arg-type]

    items = {
        "before-spring": item("a", _berlin(3, 28, 18), _berlin(3, 28, 20)),
        "across-spring": item("b", _berlin(3, 29, 1, 30), _berlin(3, 29, 3, 30)),
        "after-spring": item("c", _berlin(3, 29, 10), _berlin(3, 29, 11)),
        "before-autumn": item("d", _berlin(10, 24, 18), _berlin(10, 24, 20)),
        "across-autumn": item("e", _berlin(10, 25, 1, 30), _berlin(10, 25, 2, 30, fold=1)),
        "after-autumn": item(
            "f", _berlin(10, 25, 10), _berlin(10, 25, 11), status=ItemStatus.CANCELLED
        ),
        "joint": item(
            "g",
            _berlin(10, 25, 12),
            _berlin(10, 25, 13),
            delegation_ids=(delegation.id, other.id),
            host_ids=(),
            interpreter_ids=(),
        ),
    }
    return Visit(delegation, other, items, host, interpreter)


@pytest.fixture
def visit(sqlite_services: Services) -> Visit:
    return make_visit(sqlite_services)


def events_by_uid(data: bytes) -> tuple[Component, dict[str, Component]]:
    root = parse_ics(data)
    return root, {unescape(e.get("UID") or ""): e for e in root.all("VEVENT")}


# ---- tests ------------------------------------------------------------------------------
def test_times_across_both_dst_changes_by_the_files_own_vtimezone(
    sqlite_services: Services, visit: Visit
) -> None:
    data = CalendarExport(sqlite_services.ctx).for_delegation(visit.delegation.id or 0, "en")
    root, events = events_by_uid(data)
    assert root.get("VERSION") == "2.0" and root.get("PRODID")
    vtz = root.all("VTIMEZONE")[0]
    daylight, standard = vtz.all("DAYLIGHT")[0], vtz.all("STANDARD")[0]
    # RFC 5545: onsets are local times in the offset before the change.
    assert (daylight.get("DTSTART") or "").endswith("T020000")
    assert (daylight.get("TZOFFSETFROM"), daylight.get("TZOFFSETTO")) == ("+0100", "+0200")
    assert (standard.get("DTSTART") or "").endswith("T030000")
    assert (standard.get("TZOFFSETFROM"), standard.get("TZOFFSETTO")) == ("+0200", "+0100")
    assert len(events) == len(visit.items)
    for item in visit.items.values():
        uid = next(u for u in events if u.startswith(f"item-{item.id}@"))
        event = events[uid]
        assert instant(event, "DTSTART", root) == item.start.astimezone(UTC), item.title
        assert instant(event, "DTEND", root) == item.end.astimezone(UTC), item.title
    across = events[
        next(u for u in events if u.startswith(f"item-{visit.items['across-spring'].id}@"))
    ]
    assert across.get("DTSTART") == "20260329T013000"
    assert across.param("DTSTART", "TZID") == "Europe/Berlin"
    assert across.get("DTEND") == "20260329T033000"
    # 02:30 after the autumn change happens twice; the second one is written in UTC.
    autumn = events[
        next(u for u in events if u.startswith(f"item-{visit.items['across-autumn'].id}@"))
    ]
    assert autumn.get("DTEND") == "20261025T013000Z"


def test_vobject_reads_the_same_instants(sqlite_services: Services, visit: Visit) -> None:
    vobject = pytest.importorskip("vobject")
    data = CalendarExport(sqlite_services.ctx).for_delegation(visit.delegation.id or 0, "de")
    calendar = vobject.readOne(data.decode("utf-8"))
    by_uid = {e.uid.value: e for e in calendar.vevent_list}
    for item in visit.items.values():
        event = next(e for u, e in by_uid.items() if u.startswith(f"item-{item.id}@"))
        assert event.dtstart.value.astimezone(UTC) == item.start.astimezone(UTC)
        assert event.dtend.value.astimezone(UTC) == item.end.astimezone(UTC)
        assert event.summary.value == item.title["de"]
        assert event.location.value == "Rathaus Dortmund, Friedensplatz 1, 44135 Dortmund"
        assert int(event.sequence.value) == item.version
    cancelled = next(
        e for u, e in by_uid.items() if u.startswith(f"item-{visit.items['after-autumn'].id}@")
    )
    assert cancelled.status.value == "CANCELLED"
    assert (
        "Beschreibung; mit Komma, und Zeilen\nzwei" in by_uid[next(iter(by_uid))].description.value
    )


def test_required_properties_language_and_status(sqlite_services: Services, visit: Visit) -> None:
    exporter = CalendarExport(sqlite_services.ctx)
    for lang, summary, label in (
        ("de", "Termin a", "Kleidung"),
        ("en", "Appointment a", "Dress code"),
        ("fr", "Rendez-vous a", "Tenue"),
    ):
        _root, events = events_by_uid(exporter.for_delegation(visit.delegation.id or 0, lang))
        first = events[
            next(u for u in events if u.startswith(f"item-{visit.items['before-spring'].id}@"))
        ]
        assert unescape(first.get("SUMMARY") or "") == summary
        description = unescape(first.get("DESCRIPTION") or "")
        assert f"{label}: Dark suit" in description
        # French has no description: the office's fallback chain (fr → en → de) fills in.
        expected = {
            "de": "Beschreibung; mit Komma",
            "en": "Description in English",
            "fr": "Description in English",
        }[lang]
        assert expected in description
        for event in events.values():
            assert re.fullmatch(r"\d{8}T\d{6}Z", event.get("DTSTAMP") or "")
            assert event.get("SEQUENCE") is not None
            assert (
                unescape(event.get("LOCATION") or "")
                == "Rathaus Dortmund, Friedensplatz 1, 44135 Dortmund"
            )
    statuses = {u.split("@")[0]: e.get("STATUS") for u, e in events.items()}
    assert statuses[f"item-{visit.items['after-autumn'].id}"] == "CANCELLED"
    assert statuses[f"item-{visit.items['before-spring'].id}"] == "CONFIRMED"


def test_guest_calendar_carries_no_internal_fields(sqlite_services: Services, visit: Visit) -> None:
    exporter = CalendarExport(sqlite_services.ctx)
    guest = exporter.for_delegation(visit.delegation.id or 0, "de", "guest")
    assert SECRET.encode() not in guest.replace(b"\r\n ", b"")
    assert b"Dana Cohen" not in guest and b"Lord Mayor" not in guest
    internal = exporter.for_delegation(visit.delegation.id or 0, "de", "internal")
    unfolded = internal.replace(b"\r\n ", b"").decode()
    assert f"Intern: {SECRET} a" in unescape(unfolded)
    assert "Dolmetscher: Dana Cohen" in unescape(unfolded)


def test_uids_stable_across_reexports_and_sequence_grows_on_edit(
    sqlite_services: Services, visit: Visit
) -> None:
    exporter = CalendarExport(sqlite_services.ctx)
    first = exporter.for_delegation(visit.delegation.id or 0)
    again = exporter.for_delegation(visit.delegation.id or 0)
    assert first == again  # same data, same bytes: nothing in the file depends on "now"
    _root, before = events_by_uid(first)
    item = visit.items["before-spring"]
    sqlite_services.programme.move(item.id or 0, 30)
    _root, after = events_by_uid(exporter.for_delegation(visit.delegation.id or 0))
    assert set(before) == set(after)
    uid = next(u for u in after if u.startswith(f"item-{item.id}@"))
    assert int(after[uid].get("SEQUENCE") or 0) > int(before[uid].get("SEQUENCE") or 0)
    assert (after[uid].get("DTSTAMP") or "") >= (before[uid].get("DTSTAMP") or "")
    assert after[uid].get("DTSTART") == "20260328T183000"
    others = [u for u in after if u != uid]
    assert all(after[u].get("SEQUENCE") == before[u].get("SEQUENCE") for u in others)


def test_uids_survive_reopening_and_differ_between_databases(
    sqlite_services: Services, visit: Visit, tmp_path: object
) -> None:
    url = sqlite_services.database.url
    data = CalendarExport(sqlite_services.ctx).for_delegation(visit.delegation.id or 0)
    reopened = Services.open(url)
    try:
        assert CalendarExport(reopened.ctx).for_delegation(visit.delegation.id or 0) == data
    finally:
        reopened.close()
    other = Services.open(f"{url}-other")
    try:
        other_visit = make_visit(other)
        other_data = CalendarExport(other.ctx).for_delegation(other_visit.delegation.id or 0)
    finally:
        other.close()
    assert set(events_by_uid(data)[1]).isdisjoint(events_by_uid(other_data)[1])


def test_person_calendar_spans_delegations(sqlite_services: Services, visit: Visit) -> None:
    exporter = CalendarExport(sqlite_services.ctx)
    other_item = sqlite_services.programme.save(
        ProgrammeItem(
            delegation_ids=(visit.other.id or 0,),
            kind=ItemKind.MEAL,
            title={"de": "Mittagessen"},
            start=_berlin(6, 1, 12),
            end=_berlin(6, 1, 13),
            driver_ids=(visit.interpreter.id or 0,),
        )
    )
    _root, events = events_by_uid(exporter.for_person("dana cohen", "de"))
    ids = {int(u.split("@")[0].removeprefix("item-")) for u in events}
    expected = {i.id for i in visit.items.values() if i.interpreter_ids} | {other_item.id}
    assert ids == expected
    _root, by_id = events_by_uid(exporter.for_person(visit.host.id or 0, "en"))
    assert len(by_id) == len(expected) - 1
    with pytest.raises(NotFoundError):
        exporter.for_person("Nobody Here")
    with pytest.raises(ValidationError):
        exporter.for_delegation(visit.delegation.id or 0, "xx")


def test_cancelled_delegation_cancels_its_items(sqlite_services: Services, visit: Visit) -> None:
    current = sqlite_services.delegations.get(visit.other.id or 0)
    sqlite_services.delegations.save(replace(current, status=DelegationStatus.CANCELLED))
    _root, events = events_by_uid(
        CalendarExport(sqlite_services.ctx).for_delegation(visit.other.id or 0)
    )
    assert [e.get("STATUS") for e in events.values()] == ["CANCELLED"]


def test_render_refuses_naive_times_and_unknown_audience() -> None:
    event = CalendarEvent(
        uid="u",
        sequence=1,
        start=_berlin(5, 1, 10),
        end=_berlin(5, 1, 11),
        summary="x",
        last_modified=datetime(2026, 1, 1),
    )
    with pytest.raises(ValueError):
        render_calendar(CalendarDocument("x", "de", (event,)), "guest")
    ok = replace(event, last_modified=datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError):
        render_calendar(CalendarDocument("x", "de", (ok,)), "everyone")  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [1996, 2026, 2037])
def test_vtimezone_rules_match_the_tz_database(year: int) -> None:
    """If the EU ever changes its clocks, tzdata will say so and this test will notice."""
    root = parse_ics(render_calendar(CalendarDocument("x", "de", ()), "guest"))
    vtz = root.all("VTIMEZONE")[0]
    moment = datetime(year, 1, 1, 12)
    while moment.year == year:
        assert vtimezone_offset(vtz, moment) == moment.replace(tzinfo=BERLIN).utcoffset(), moment
        moment += timedelta(hours=7)


def test_a_foreign_zone_is_written_from_the_zone_database() -> None:
    """Each change of offset as its own block, DTSTART in the local time before the change
    (RFC 5545 3.6.5): Paris goes to summer time at 02:00 (+01:00) on 28 March 2027."""
    from datetime import date

    from planner.documents.ics import zone_component

    text = zone_component("Europe/Paris", date(2027, 1, 1), date(2027, 12, 31)).to_ical().decode()
    blocks = text.split("BEGIN:")[2:]
    assert [b.split("\r\n")[0] for b in blocks] == ["STANDARD", "DAYLIGHT", "STANDARD"]
    assert "DTSTART:20270328T020000" in blocks[1] and "TZOFFSETTO:+0200" in blocks[1]
    assert "DTSTART:20271031T030000" in blocks[2] and "TZOFFSETTO:+0100" in blocks[2]
    shanghai = zone_component("Asia/Shanghai", date(2026, 10, 1), date(2026, 10, 31))
    assert shanghai.to_ical().decode().count("TZOFFSETTO:+0800") == 1


def test_a_typed_backslash_n_stays_text_and_never_breaks_a_line() -> None:
    import vobject

    event = CalendarEvent(
        uid="u", sequence=1, start=_berlin(5, 1, 10), end=_berlin(5, 1, 11),
        summary=r"Ablage C:\Neu\Nutzer; Raum 1, 2", venue_name=r"Saal \N",
        last_modified=datetime(2026, 1, 1, tzinfo=UTC))
    text = render_calendar(CalendarDocument("x", "de", (event,)), "guest").decode()
    calendar = vobject.readOne(text)
    assert calendar.vevent.summary.value == r"Ablage C:\Neu\Nutzer; Raum 1, 2"
    assert calendar.vevent.location.value == r"Saal \N"
