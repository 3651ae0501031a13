"""What a trip abroad's travel itinerary shows, gathered in one read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from planner.documents import data as doc
from planner.documents.vocabulary import word
from planner.domain.enums import GiftDirection
from planner.domain.errors import Problem, ValidationError
from planner.domain.trips import destination_zone, zone
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.documents import TextPicker, item_info, last_change
from planner.services.programme import load_items
from planner.services.settings import fallback_chain, office_identity
from planner.store import convert
from planner.store.models import (
    DelegationRow,
    GiftRow,
    HostPersonRow,
    ProgrammeItemRow,
    ResourceRow,
    VenueRow,
    item_delegation,
)


def trip_itinerary(ctx: ServiceContext, delegation_id: int, lang: str,
                   generated_at: datetime | None = None) -> doc.TripItineraryData:
    """The travel itinerary's data; refused for a visit to the city (it has the guest
    itinerary instead)."""
    with ctx.read() as session:
        row = get_row(session, DelegationRow, delegation_id, "delegation")
        d = convert.delegation(row)
        if not d.is_trip:
            raise ValidationError(Problem("delegation", f"delegation {delegation_id} is a visit "
                                          "to the city, not a trip abroad; print its itinerary "
                                          "instead"))
        city = row.partner_city
        here = destination_zone(row.direction, row.time_zone, city.time_zone if city else None)
        items = [i for i in load_items(session, list(session.scalars(
            select(ProgrammeItemRow).join(item_delegation)
            .where(item_delegation.c.delegation_id == delegation_id)
            .order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id))))
            if i.status.value != "cancelled"]
        venues = {v.id: v for v in session.scalars(select(VenueRow))}
        people = {p.id: p for p in session.scalars(select(HostPersonRow))}
        vehicles = {r.id: r.name for r in session.scalars(select(ResourceRow))}
        gifts = list(session.scalars(select(GiftRow).where(
            GiftRow.delegation_id == delegation_id,
            GiftRow.direction == GiftDirection.GIVEN.value).order_by(GiftRow.given_on,
                                                                     GiftRow.id)))
        stamp = generated_at or last_change(session, delegation_id)
        texts = TextPicker(lang, list(fallback_chain(session, lang)))
        office = office_identity(session)
    travellers = []
    for traveller in d.trip.travellers:
        person = people[traveller.host_id]
        function = texts.pick(convert.host(person).functions, f"Function of {person.name}",
                              ("person", person.id, "function"))
        travellers.append(doc.PersonLine(person.name, function, person.phone, person.email))
    hotel = venues.get(d.hotel_venue_id) if d.hotel_venue_id else None
    officer = people.get(d.officer_id) if d.officer_id else None
    return doc.TripItineraryData(
        city_name=office.city,
        title=texts.pick(d.title, "Trip title", ("delegation", d.id, "title")),
        destination=city.name if city else "", destination_native=city.native_name if city
        else "", time_zone=here,
        occasion=texts.pick(d.occasions, "Occasion", ("delegation", d.id, "occasion")),
        travellers=travellers,
        legs=[doc.LegInfo(leg.departs, leg.arrives, leg.from_place, leg.from_zone, leg.to_place,
                          leg.to_zone, word(leg.mode, lang) if leg.mode else "", leg.reference)
              for leg in d.trip.ordered_legs],
        hotel=doc.Hotel(hotel.name, hotel.address) if hotel else None,
        hotel_phone=hotel.contact if hotel else "",
        contacts=[doc.PersonLine(c["name"], c.get("role", ""), c.get("phone", ""),
                                 c.get("email", "")) for c in (city.contacts if city else [])],
        gifts=[doc.GiftLine(g.description, g.recipient_name, g.recipient_function, g.given_on)
               for g in gifts],
        items=[item_info(i, texts, lang, venues, people, vehicles, set(), {}, zone(here))
               for i in items],
        officer=doc.Officer(officer.name, officer.phone, officer.email) if officer else None,
        generated_at=stamp, fallbacks=tuple(dict.fromkeys(texts.fallbacks)), office=office)
