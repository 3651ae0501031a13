"""The travel itinerary of a trip abroad: the office's own travellers' programme, every time in
the local time where it happens, the time difference once a day, journeys, hotel, contacts
abroad and the gifts to hand over."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, TableStyle

from planner.documents.catalogue import LOCALES, check_lang, is_rtl
from planner.documents.data import (
    GiftLine,
    LegInfo,
    PersonLine,
    RenderResult,
    TripItineraryData,
)
from planner.documents.itinerary import Row, cover_opening, cover_place, facts_block
from planner.documents.labels import (
    Wording,
    clock,
    date_range,
    short_date,
    shown_in,
    stamp,
    weekday_heading,
)
from planner.documents.layout import (
    ACCENT_LIGHT,
    RULE,
    TEXT_WIDTH,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
)
from planner.documents.programme import framed, item_table
from planner.documents.text import Typesetter
from planner.domain.trips import OFFICE_ZONE_NAME, hours_apart


def render_trip_itinerary(data: TripItineraryData, lang: str = "de") -> RenderResult:
    """The travellers' itinerary; German unless asked otherwise (they are the city's people)."""
    check_lang(lang)
    words = Wording(lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    place = ZoneInfo(data.time_zone)
    city = setter.clean(data.city_name, "City name")
    title = setter.clean(data.title, "Trip title")
    kind = words.label("travel_itinerary")
    as_of = words.label("as_of", when=stamp(data.generated_at, lang)) if data.generated_at else ""
    with shown_in(place):
        story = _cover(data, city, title, kind, words, setter, styles)
        story.append(PageBreak())
        story += _journeys(data.legs, words, setter, styles)
        story += _gifts(data.gifts, words, setter, styles)
        story += _days(data, place, words, setter, styles)
    frame = PageFrame(city=city, heading=title, kind=kind, as_of=as_of, lang=lang,
                      internal=True, office=data.office)
    meta = Metadata(title=f"{city}: {kind} — {title}", subject=f"{kind} — {title}",
                    author=city, lang=lang)
    pdf = build_pdf(story, frame, meta, setter)
    return RenderResult(pdf=pdf, warnings=setter.warnings, fallbacks=data.fallbacks)


def time_difference(data: TripItineraryData, day: date, lang: str) -> str:
    """'Local time in Xi'an: 6 h ahead of Dortmund.' for the given day (at noon there)."""
    hours = hours_apart(datetime(day.year, day.month, day.day, 12,
                                 tzinfo=ZoneInfo(data.time_zone)), data.time_zone)
    words = Wording(lang)
    values = {"place": data.destination, "home": data.city_name,
              "hours": format_decimal(abs(hours), "#,##0.#", locale=LOCALES[lang])}
    if hours == 0:
        return words.label("time_same", **values)
    return words.label("time_ahead" if hours > 0 else "time_behind", **values)


def _cover(data: TripItineraryData, city: str, title: str, kind: str, words: Wording,
           setter: Typesetter, styles: Styles) -> list[Flowable]:
    lang = words.lang
    story = cover_opening(data.office, city, kind, title, "Trip title", setter, styles)
    story += cover_place(words.label("destination"), "Destination", data.destination,
                         data.destination_native, data.occasion, words, setter, styles)
    span = _span(data, lang)
    if span:
        story.append(setter.para(span, styles.cover_dates, "dates"))
    story.append(Spacer(1, 8 * mm))
    story.append(facts_block(_trip_rows(data, words), setter, styles))
    story.append(Spacer(1, 4 * mm))
    story.append(facts_block(_contact_rows(data, words), setter, styles))
    story.append(Spacer(1, 4 * mm))
    story.append(setter.para(words.label("times_local"), styles.small, "label"))
    return story


def _span(data: TripItineraryData, lang: str) -> str:
    """From the day of leaving to the day of return, each read where it happens."""
    days = [leg.departs.astimezone(ZoneInfo(leg.from_zone)).date() for leg in data.legs]
    days += [leg.arrives.astimezone(ZoneInfo(leg.to_zone)).date() for leg in data.legs]
    place = ZoneInfo(data.time_zone)
    days += [moment.astimezone(place).date() for i in data.items for moment in (i.start, i.end)]
    return date_range(min(days), max(days), lang) if days else ""


def _people(people: Sequence[PersonLine]) -> str:
    return "\n".join(", ".join(part for part in (p.name, p.function) if part) for p in people)


def _reach(person: PersonLine) -> str:
    first = ", ".join(part for part in (person.name, person.function) if part)
    return "\n".join(part for part in (first, person.phone, person.email) if part)


def _trip_rows(data: TripItineraryData, words: Wording) -> list[Row]:
    rows: list[Row] = []
    if data.travellers:
        rows.append((words.label("travellers"), _people(data.travellers), "Travellers"))
    if data.hotel is not None:
        hotel = "\n".join(part for part in (data.hotel.name, data.hotel.address,
                                            data.hotel_phone) if part)
        rows.append((words.label("hotel"), hotel, "Hotel"))
    return rows


def _contact_rows(data: TripItineraryData, words: Wording) -> list[Row]:
    rows: list[Row] = []
    if data.contacts:
        # One caption, the people beneath it with a blank line between them.
        rows.append((words.label("contacts_abroad", city=data.destination),
                     "\n\n".join(_reach(c) for c in data.contacts), "Contact abroad"))
    if data.officer is not None:
        officer = PersonLine(data.officer.name, "", data.officer.phone, data.officer.email)
        rows.append((words.label("officer_in_charge"), _reach(officer), "Officer in charge"))
    if data.office.emergency_phone:
        rows.append((words.label("emergency"), data.office.emergency_phone, "24-hour contact"))
    return rows


def _clock_in(moment: datetime, zone: str, lang: str) -> str:
    with shown_in(ZoneInfo(zone)):
        return clock(moment, lang)


def _day_in(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def _leg_title(leg: LegInfo) -> str:
    return " ".join(part for part in (leg.mode, leg.reference) if part)


def _journeys(legs: Sequence[LegInfo], words: Wording, setter: Typesetter,
              styles: Styles) -> list[Flowable]:
    """Every connection on one table: the traveller's summary of trains and flights."""
    if not legs:
        return []
    lang = words.lang
    rows = []
    for leg in legs:
        where = f"Journey {_leg_title(leg)}"
        leaving = _day_in(leg.departs, leg.from_zone)
        landing = _day_in(leg.arrives, leg.to_zone)
        when = weekday_heading(leaving, lang)
        later = (landing - leaving).days
        route = "\n".join((
            f"{_clock_in(leg.departs, leg.from_zone, lang)}  {leg.from_place}",
            f"{_clock_in(leg.arrives, leg.to_zone, lang)}  {leg.to_place}"
            + (f" (+{later})" if later else "")))
        rows.append([setter.para(when, styles.body, f"{where}: date"),
                     setter.para(_leg_title(leg), styles.body_bold, f"{where}: number"),
                     setter.para(route, styles.body, f"{where}: route")])
    widths = [30 * mm, 32 * mm, TEXT_WIDTH - 62 * mm]
    table = HouseTable(rows, colWidths=widths, rtl=styles.rtl)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return [setter.para(words.label("journeys"), styles.h1, "label"), table, Spacer(1, 6 * mm)]


def _gifts(gifts: Sequence[GiftLine], words: Wording, setter: Typesetter,
           styles: Styles) -> list[Flowable]:
    if not gifts:
        return []
    lang = words.lang
    head = [setter.para(words.label(key), styles.small_bold, "label")
            for key in ("gift", "recipient", "date")]
    rows: list[list[object]] = [head]
    for gift in gifts:
        where = f"Gift '{gift.description}'"
        recipient = "\n".join(part for part in (gift.recipient, gift.recipient_function) if part)
        rows.append([setter.para(gift.description, styles.body_bold, f"{where}: description"),
                     setter.para(recipient, styles.body, f"{where}: recipient"),
                     setter.para(short_date(gift.given_on, lang) if gift.given_on else "",
                                 styles.body, f"{where}: date")])
    widths = [70 * mm, TEXT_WIDTH - 110 * mm, 40 * mm]
    table = HouseTable(rows, colWidths=widths, rtl=styles.rtl, repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return [setter.para(words.label("gifts_to_hand_over"), styles.h1, "label"), table,
            Spacer(1, 6 * mm)]


def _leg_block(leg: LegInfo, home: str, words: Wording, setter: Typesetter,
               styles: Styles) -> Flowable:
    """A journey inside its day: both ends in their own local time, the travel time, and the
    time at home where an end is abroad."""
    lang = words.lang
    where = f"Journey {_leg_title(leg)}"
    leaving, landing = _clock_in(leg.departs, leg.from_zone, lang), _clock_in(
        leg.arrives, leg.to_zone, lang)
    later = (_day_in(leg.arrives, leg.to_zone) - _day_in(leg.departs, leg.from_zone)).days
    times = f"{leaving}\n→ {landing}" + (f" (+{later})" if later else "")
    cells = [setter.para(_leg_title(leg) or words.label("journeys"), styles.item_title,
                         f"{where}: number"),
             setter.para(words.label("leg_route", origin=leg.from_place,
                                     destination=leg.to_place), styles.body, f"{where}: route")]
    span = int((leg.arrives - leg.departs).total_seconds() // 60)
    cells.append(setter.para(words.label("duration", hours=span // 60, minutes=f"{span % 60:02d}"),
                             styles.small, f"{where}: duration"))
    if hours_apart(leg.departs, leg.from_zone) or hours_apart(leg.arrives, leg.to_zone):
        at_home = " → ".join(_clock_in(m, OFFICE_ZONE_NAME, lang)
                             for m in (leg.departs, leg.arrives))
        cells.append(setter.para(words.label("home_time", city=home, time=at_home),
                                 styles.small, f"{where}: home time"))
    return framed([[setter.para(times, styles.time, "time"), cells]], styles, ACCENT_LIGHT)


def _days(data: TripItineraryData, place: ZoneInfo, words: Wording, setter: Typesetter,
          styles: Styles) -> list[Flowable]:
    """Day by day: journeys and appointments in time order, each day headed by its date and
    the time difference to home."""
    lang = words.lang
    story: list[Flowable] = [setter.para(words.label("programme"), styles.h1, "label")]
    entries: list[tuple[datetime, date, Flowable]] = []
    for leg in data.legs:
        entries.append((leg.departs, _day_in(leg.departs, leg.from_zone),
                        _leg_block(leg, data.city_name, words, setter, styles)))
    for item in data.items:
        entries.append((item.start, item.start.astimezone(place).date(),
                        item_table(item, {}, words, True, setter, styles)))
    if not entries:
        story.append(setter.para(words.label("no_items"), styles.body, "label"))
        return story
    entries.sort(key=lambda entry: entry[0])
    days: dict[date, list[Flowable]] = {}
    for _, day, block in entries:
        days.setdefault(day, []).append(block)
    first = min(days)
    for day, blocks in sorted(days.items()):
        heading = setter.para(words.day((day - first).days + 1, day), styles.h2, "label")
        note = setter.para(time_difference(data, day, lang), styles.small, "label")
        story.append(KeepTogether([heading, note, blocks[0]]))
        story += blocks[1:]
    return story
