"""Gathering what a document shows: plain data for planner.documents, in one read each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo

from babel import Locale
from sqlalchemy import func, select

from planner.documents import data as doc
from planner.documents.vocabulary import in_words, word
from planner.domain.errors import NotFoundError, Problem, ValidationError
from planner.domain.office import OFFICE_LANGUAGE, OFFICE_ZONE
from planner.domain.records import Journey, LangMap, Member, ProgrammeItem, pick_text
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.programme import load_items
from planner.services.settings import fallback_chain, office_identity
from planner.store import convert
from planner.store.models import (
    DelegationRow,
    HostPersonRow,
    MemberRow,
    ProgrammeItemRow,
    ResourceRow,
    VenueRow,
    item_delegation,
)

# Where a typed text comes from: (record, id, field), so the officer can open it from the list.
Source = tuple[str, int | None, str]
# Conflicts for the run sheet come from the scheduling engine: {item id: [message, ...]}.
ConflictSource = Callable[[int, str], dict[int, list[str]]]


class TextPicker:
    """Picks each typed text in the document's language, along the office's fallback chain,
    and remembers every text that had to fall back so the officer sees them before printing."""

    def __init__(self, lang: str, chain: list[str], second: str | None = None) -> None:
        self.lang = lang
        self.chain = [c for c in chain if c != lang]
        self.fallbacks: list[doc.Fallback] = []
        # A bilingual edition prints the second language's text beneath, where it differs.
        self.second = second if second != lang else None

    def pick(self, texts: LangMap, what: str, source: Source = ("", None, "")) -> str:
        """`what` names the text for the officer; `source` is (record, id, field) to open."""
        first = self._first(texts, what, source)
        other = texts.get(self.second, "") if self.second else ""
        return f"{first}\n{other}" if other and other != first else first

    def _first(self, texts: LangMap, what: str, source: Source) -> str:
        if texts.get(self.lang):
            return texts[self.lang]
        for other in (*self.chain, *sorted(texts)):
            if texts.get(other):
                self.fallbacks.append(doc.Fallback(
                    f"{what}: no {_name(self.lang)} text, printed in {_name(other)}: "
                    f"{texts[other]!r}", *source))
                return texts[other]
        return ""

    def vocabulary(self, text: str, context: str, what: str, source: Source = ("", None, "")
                   ) -> str:
        """A free text of known terms ("vegetarian, kosher") in the document's language; parts
        no vocabulary knows print as typed and are listed like any other fallback."""
        words, unknown = in_words(text, context, self.lang)
        if unknown and self.lang != OFFICE_LANGUAGE:
            self.fallbacks.append(doc.Fallback(
                f"{what}: {', '.join(map(repr, unknown))} is not a known term, printed as typed",
                *source))
        return words


def _name(lang: str) -> str:
    return Locale.parse(lang).get_display_name("en") or lang


def _journey(j: Journey, lang: str) -> doc.Journey | None:
    if j.at is None:
        return None
    return doc.Journey(instant=j.at, mode=word(j.mode, lang) if j.mode else "",
                       reference=j.reference, place=j.place)


def _member(m: Member, texts: TextPicker | None = None) -> doc.MemberInfo:
    assert m.id is not None
    title = texts.pick(m.titles, f"Function of {m.name}", ("member", m.id, "title")) \
        if texts else m.title
    dietary = texts.vocabulary(m.dietary, "diet", f"Diet of {m.name}", ("member", m.id, "diet")) \
        if texts else m.dietary
    access = (texts.vocabulary(m.accessibility, "accessibility", f"Accessibility of {m.name}",
                               ("member", m.id, "accessibility"))
              if texts else m.accessibility)
    return doc.MemberInfo(id=m.id, name=m.name, native_name=m.native_name,
                          salutation=m.salutation, title=title, rank=m.rank,
                          gender=m.gender.value if m.gender else "",
                          is_head=m.is_head, languages=m.languages, dietary=dietary,
                          accessibility=access)


def item_info(i: ProgrammeItem, texts: TextPicker, lang: str, venues: dict[int, VenueRow],
               people: dict[int, HostPersonRow], vehicles: dict[int, str], own: set[int],
               conflicts: dict[int, list[str]], zone: tzinfo = OFFICE_ZONE) -> doc.ItemInfo:
    """One programme item in the document's language; `own`: the delegation's member ids,
    `zone`: where the item happens (named in the list of fallbacks by its local time)."""
    assert i.id is not None
    venue = venues.get(i.venue_id) if i.venue_id else None
    when = i.start.astimezone(zone).strftime("%d.%m. %H:%M")
    what = f"Programme item {when} {pick_text(i.title, OFFICE_LANGUAGE)!r}"
    return doc.ItemInfo(
        id=i.id, kind=word(i.kind, lang),
        title=texts.pick(i.title, f"{what}, title", ("item", i.id, "title")),
        start=i.start, end=i.end,
        description=texts.pick(i.description, f"{what}, description",
                               ("item", i.id, "description")),
        venue_name=venue.name if venue else "", venue_address=venue.address if venue
        else "", all_members=i.all_members,
        participant_ids=[m for m in i.member_ids if m in own],
        dress_code=texts.vocabulary(i.dress_code, "dress code", f"{what}, dress code",
                                    ("item", i.id, "dress_code")),
        guest_notes=texts.pick(i.guest_notes, f"{what}, note for guests",
                               ("item", i.id, "guest_notes")),
        hosts=[people[h].name for h in i.host_ids],
        interpreters=[people[h].name for h in i.interpreter_ids],
        drivers=[people[h].name for h in i.driver_ids],
        vehicle=vehicles.get(i.vehicle_id, "") if i.vehicle_id else "",
        internal_notes=i.notes_internal, conflicts=conflicts.get(i.id, []),
        kind_code=i.kind.value)


def document_source(ctx: ServiceContext) -> DocumentSource:
    """The source every caller wants: run sheets mark the scheduling engine's open conflicts."""
    from planner.services.conflicts import ConflictCheck

    return DocumentSource(ctx, ConflictCheck(ctx).messages_for_delegation)


class DocumentSource:
    def __init__(self, ctx: ServiceContext, conflicts: ConflictSource | None = None) -> None:
        self.ctx = ctx
        self.conflicts = conflicts

    def itinerary(self, delegation_id: int, lang: str, generated_at: datetime | None = None,
                  second: str | None = None) -> doc.ItineraryData:
        """`second`: a bilingual edition's other language (German), beneath each typed text."""
        with self.ctx.read() as session:
            row = get_row(session, DelegationRow, delegation_id, "delegation")
            d = convert.delegation(row)
            members = [convert.member(m) for m in session.scalars(
                select(MemberRow).where(MemberRow.delegation_id == delegation_id)
                .order_by(MemberRow.rank, MemberRow.id))]
            items = load_items(session, list(session.scalars(
                select(ProgrammeItemRow).join(item_delegation)
                .where(item_delegation.c.delegation_id == delegation_id)
                .order_by(ProgrammeItemRow.start_at, ProgrammeItemRow.id))))
            venues = {v.id: v for v in session.scalars(select(VenueRow))}
            people = {p.id: p for p in session.scalars(select(HostPersonRow))}
            vehicles = {r.id: r.name for r in session.scalars(select(ResourceRow))}
            city = row.partner_city
            hotel = venues.get(d.hotel_venue_id) if d.hotel_venue_id else None
            officer = people.get(d.officer_id) if d.officer_id else None
            stamp = generated_at or last_change(session, delegation_id)
            chain = fallback_chain(session, lang)
            office = office_identity(session)
        texts = TextPicker(lang, list(chain), second)
        conflicts = self.conflicts(delegation_id, lang) if self.conflicts else {}
        own = {m.id for m in members}

        title = texts.pick(d.title, "Delegation title", ("delegation", d.id, "title"))
        occasion = texts.pick(d.occasions, "Occasion", ("delegation", d.id, "occasion"))
        members_info = [_member(m, texts) for m in members]
        items_info = [item_info(i, texts, lang, venues, people, vehicles, own, conflicts)
                      for i in items]
        # The interpreters of the visit's items, in order of first appearance: guests call them.
        interpreter_ids = dict.fromkeys(h for i in items if i.status.value != "cancelled"
                                        for h in i.interpreter_ids)
        # At a joint event (DORTBUNT!) every city's interpreter works; a guest copy names
        # those who interpret the delegation's own (first) language — all when none is known.
        own = d.languages[0] if d.languages and d.languages[0] != OFFICE_LANGUAGE else None
        interpreters = [doc.Officer(people[h].name, people[h].phone, people[h].email)
                        for h in interpreter_ids if h in people and (
                            own is None or own in (people[h].languages or ()))]
        return doc.ItineraryData(
            city_name=office.city, delegation_title=title,
            partner_city=city.name if city else "",
            partner_city_native=city.native_name if city else "", occasion=occasion,
            arrival=_journey(d.arrival, lang), departure=_journey(d.departure, lang),
            hotel=doc.Hotel(hotel.name, hotel.address) if hotel else None,
            officer=doc.Officer(officer.name, officer.phone, officer.email) if officer else None,
            interpreters=interpreters, members=members_info, items=items_info, generated_at=stamp,
            fallbacks=tuple(dict.fromkeys(texts.fallbacks)), office=office)

    def member_id(self, delegation_id: int, name_or_id: str) -> int:
        """`--member` takes an id or a name (case-insensitive, Latin or native script)."""
        with self.ctx.read() as session:
            rows = list(session.scalars(select(MemberRow).where(
                MemberRow.delegation_id == delegation_id)))
        wanted = name_or_id.strip().casefold()
        found = [m.id for m in rows if str(m.id) == wanted or m.name.casefold() == wanted
                 or (m.native_name and m.native_name.casefold() == wanted)]
        if len(found) != 1:
            names = ", ".join(f"{m.name} ({m.id})" for m in rows)
            raise ValidationError(Problem("member", f"{name_or_id!r} names {len(found)} members "
                                                    f"of delegation {delegation_id}; members: "
                                                    f"{names}"))
        return found[0]

    def precedence(self, delegation_id: int, lang: str) -> doc.PrecedenceData:
        data = self.itinerary(delegation_id, lang)
        hosts, host_fallbacks = self._hosts_of(delegation_id, lang)
        return doc.PrecedenceData(city_name=data.city_name,
                                  delegation_title=data.delegation_title,
                                  partner_city=data.partner_city, occasion=data.occasion,
                                  members=data.members, hosts=hosts,
                                  generated_at=data.generated_at,
                                  fallbacks=(*_of_people(data.fallbacks), *host_fallbacks),
                                  office=data.office)

    def badges(self, delegation_id: int, lang: str) -> doc.BadgeData:
        data = self.itinerary(delegation_id, lang)
        affiliation = data.partner_city or data.delegation_title
        hosts, host_fallbacks = self._hosts_of(delegation_id, lang)
        people = [doc.BadgeInfo(name=m.name, native_name=m.native_name, title=m.title,
                                affiliation=affiliation, side="guest")
                  for m in sorted(data.members, key=lambda m: (m.rank, m.name))]
        people += [doc.BadgeInfo(name=h.name, native_name=h.native_name, title=h.title,
                                 affiliation=f"Stadt {data.city_name}", side="host")
                   for h in hosts]
        return doc.BadgeData(city_name=data.city_name, event_title=data.occasion
                             or data.delegation_title, people=people,
                             generated_at=data.generated_at,
                             fallbacks=(*_of_people(data.fallbacks), *host_fallbacks),
                             office=data.office)

    def meal_cards(self, item_id: int, lang: str) -> doc.BadgeData:
        """Place cards for a meal in table order (table by table, chair by chair), as the
        seating plan (the officer's stored arrangement, else the rules) seats them."""
        from planner.documents.seating import plan_of

        data = self.seating(item_id, lang)
        plan = plan_of(data)
        natives = {f"member:{m.id}": (m.native_name, m.title) for m in data.members}
        natives.update({f"host:{h.id}": (h.native_name, h.title)
                        for h in (*data.hosts, *data.interpreters)})
        people = []
        for table in plan.tables:
            for place in sorted(table.places, key=lambda p: p.number):
                if place.sitter is None:
                    continue
                native, title = natives.get(place.sitter.key, ("", ""))
                people.append(doc.BadgeInfo(name=place.sitter.name, native_name=native,
                                            title=title, affiliation=table.table.name,
                                            side="guest" if place.sitter.side == "guest"
                                            else "host"))
        return doc.BadgeData(city_name=data.city_name, event_title=data.item_title,
                             people=people, generated_at=data.generated_at,
                             fallbacks=data.fallbacks, office=data.office)

    def seating(self, item_id: int, lang: str, tables: list[doc.TableSpec] | None = None,
                shape: str | None = None, style: str | None = None,
                interpreters_at_table: bool | None = None) -> doc.SeatingData:
        """A meal's seating data: its delegations' attending members, its hosts and
        interpreters, and the officer's stored arrangement (tables, style, chairs, locks).
        Any of tables/shape/style/interpreters given asks for the rules alone with those;
        without a stored arrangement tables default to a head table of up to 10, then 8s."""
        from planner.documents.seating import default_table_name, tables_for
        from planner.store.models import SeatingPlanRow

        with self.ctx.read() as session:
            item = load_items(session, [get_row(session, ProgrammeItemRow, item_id,
                                                "programme item")])[0]
            stored = session.scalar(select(SeatingPlanRow).where(
                SeatingPlanRow.item_id == item_id))
            arranged = stored is not None and tables is None and shape is None \
                and style is None and interpreters_at_table is None
            if stored is not None:
                shape = shape or stored.layout
                style = style or stored.style
                if interpreters_at_table is None:
                    interpreters_at_table = stored.interpreters_at_table
                if tables is None and stored.tables:
                    tables = [doc.TableSpec(name or default_table_name(n, lang), seats, shape)
                              for n, (name, seats) in enumerate(stored.tables, 1)]
            chairs = {k: (v[0], v[1]) for k, v in stored.chairs.items()} if arranged else {}
            locked = tuple(stored.locked) if arranged else ()
        shape, style = shape or "round", style or "continental"
        interpreters_at_table = bool(interpreters_at_table)
        if not item.delegation_ids:
            raise NotFoundError("delegation of item", item_id)
        data = self.itinerary(item.delegation_ids[0], lang)
        members: list[doc.MemberInfo] = []
        groups: dict[int, str] = {}
        guest_fallbacks: list[doc.Fallback] = []
        for delegation_id, delegation in zip(item.delegation_ids, (data, *(
                self.itinerary(other, lang) for other in item.delegation_ids[1:])), strict=True):
            seated = [m for m in delegation.members if item.all_members or m.id in item.member_ids]
            members += seated
            groups.update({m.id: str(delegation_id) for m in seated})
            # A seating plan prints the delegation's title and the functions, not the occasion.
            guest_fallbacks += [f for f in _of_people(delegation.fallbacks,
                                                      {m.id for m in seated})
                                if f.field == "title"]
        with self.ctx.read() as session:
            host_rows = list(session.scalars(select(HostPersonRow).where(
                HostPersonRow.id.in_(item.host_ids))))
            interpreter_rows = list(session.scalars(select(HostPersonRow).where(
                HostPersonRow.id.in_(item.interpreter_ids))))
            venue = session.get(VenueRow, item.venue_id) if item.venue_id else None
            chain = fallback_chain(session, lang)
        # The plan's own title follows the office's chain and is listed like the programme's.
        texts = TextPicker(lang, list(chain))
        item_title = texts.pick(item.title, "Meal title", ("item", item.id, "title"))
        hosts = [_host(h, texts) for h in host_rows]
        interpreters = [_host(h, texts) for h in interpreter_rows]
        people = len(members) + len(hosts) + (len(interpreters) if interpreters_at_table else 0)
        if tables is None:
            tables = tables_for(people, lang, shape)
        if sum(t.seats for t in tables) < people:
            raise ValidationError(Problem("tables", f"{people} people need a seat, the tables "
                                                    f"have {sum(t.seats for t in tables)}"))
        return doc.SeatingData(city_name=data.city_name, delegation_title=data.delegation_title,
                               item_title=item_title, start=item.start,
                               venue_name=venue.name if venue else "", tables=tables,
                               members=members, hosts=hosts, generated_at=data.generated_at,
                               fallbacks=tuple(dict.fromkeys(
                                   [*guest_fallbacks, *texts.fallbacks])), office=data.office,
                               style=style, interpreters=interpreters,
                               interpreters_at_table=interpreters_at_table,
                               member_groups=groups, chairs=chairs, locked=locked)

    def _hosts_of(self, delegation_id: int, lang: str
                  ) -> tuple[list[doc.HostInfo], list[doc.Fallback]]:
        """Everyone on the city's side who hosts or interprets at an item of the delegation, by
        rank, with their functions in `lang` and the functions that had to fall back."""
        from planner.store.models import item_host

        with self.ctx.read() as session:
            texts = TextPicker(lang, list(fallback_chain(session, lang)))
            rows = session.scalars(select(HostPersonRow).where(HostPersonRow.id.in_(
                select(item_host.c.host_id).join(
                    item_delegation, item_delegation.c.item_id == item_host.c.item_id)
                .where(item_delegation.c.delegation_id == delegation_id,
                       item_host.c.role.in_(("host", "interpreter"))))).order_by(
                HostPersonRow.rank, HostPersonRow.name))
            hosts = [_host(h, texts) for h in rows]
        return hosts, texts.fallbacks


def _host(h: HostPersonRow, texts: TextPicker) -> doc.HostInfo:
    function = texts.pick(convert.host(h).functions, f"Function of {h.name}",
                          ("person", h.id, "function"))
    return doc.HostInfo(id=h.id, name=h.name, title=function,
                        rank=h.rank if h.rank is not None else 100, native_name=h.native_name,
                        role=h.role, languages=tuple(h.languages or ()))


def _of_people(fallbacks: Sequence[doc.Fallback], member_ids: set[int] | None = None
               ) -> list[doc.Fallback]:
    """Of an itinerary's fallbacks, those a list of people prints: the delegation's title and
    occasion and the members' functions (of `member_ids` only, if given)."""
    return [f for f in fallbacks if f.record == "delegation" or (
        f.record == "member" and f.field == "title"
        and (member_ids is None or f.record_id in member_ids))]


def last_change(session, delegation_id: int) -> datetime:  # type: ignore[no-untyped-def]
    """'As of' = the newest change to the delegation or its programme, so the same data gives
    the same document, byte for byte, whenever it is printed."""
    newest = [session.scalar(select(DelegationRow.updated_at).where(
        DelegationRow.id == delegation_id))]
    newest.append(session.scalar(select(func.max(MemberRow.updated_at)).where(
        MemberRow.delegation_id == delegation_id)))
    newest.append(session.scalar(select(func.max(ProgrammeItemRow.updated_at)).join(
        item_delegation).where(item_delegation.c.delegation_id == delegation_id)))
    stamps = [s if s.tzinfo else s.replace(tzinfo=UTC) for s in newest if s is not None]
    return max(stamps)
