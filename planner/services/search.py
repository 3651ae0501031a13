"""One search over everything an officer looks for by name — delegations, members, hosts,
venues, Golden Book entries, gifts — for the command palette (Ctrl+K).

`index()` reads names only (plain columns, a few thousand rows even on the ten-year archive)
once when the palette opens; each keystroke then filters in memory, folded like every other
search ("muller" finds "Müller", "dorde" finds "Đorđe")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain.office import OFFICE_ZONE
from planner.domain.text import fold, search_blob
from planner.services.context import ServiceContext
from planner.store.models import (
    DelegationRow,
    GiftRow,
    GoldenBookEntryRow,
    GoldenBookRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    SignerRow,
    VenueRow,
)

KINDS = ("delegation", "member", "person", "venue", "entry", "gift")


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # one of KINDS
    record_id: int
    title: str
    detail: str  # what tells two alike apart: city and date, delegation, function, …
    folded: str  # title and detail folded, for matching
    delegation_id: int | None = None  # a member's delegation


def matches(hits: list[Hit], text: str, limit: int = 50) -> list[Hit]:
    """Hits whose folded text holds every word typed; titles starting with it first."""
    words = fold(text).split()
    if not words:
        return []
    found = [h for h in hits if all(w in h.folded for w in words)]
    found.sort(key=lambda h: (not fold(h.title).startswith(words[0]), KINDS.index(h.kind),
                              h.title.casefold()))
    return found[:limit]


class Search:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def index(self) -> list[Hit]:
        with self.ctx.read() as session:
            delegations = session.execute(
                select(DelegationRow.id, DelegationRow.sort_title, PartnerCityRow.name,
                       DelegationRow.arrival_at, DelegationRow.occasion)
                .outerjoin(PartnerCityRow, DelegationRow.partner_city_id == PartnerCityRow.id)
            ).all()
            members = session.execute(select(MemberRow.id, MemberRow.name,
                                             MemberRow.native_name, MemberRow.title,
                                             MemberRow.delegation_id)).all()
            people = session.execute(select(HostPersonRow.id, HostPersonRow.name,
                                            HostPersonRow.native_name,
                                            HostPersonRow.function)).all()
            venues = session.execute(select(VenueRow.id, VenueRow.name, VenueRow.address)).all()
            entries = session.execute(
                select(GoldenBookEntryRow.id, GoldenBookRow.number, GoldenBookEntryRow.number,
                       GoldenBookEntryRow.occasion, GoldenBookEntryRow.signed_on)
                .join(GoldenBookRow, GoldenBookEntryRow.book_id == GoldenBookRow.id)).all()
            signers: defaultdict[int, list[str]] = defaultdict(list)
            for entry_id, name, native in session.execute(
                    select(SignerRow.entry_id, SignerRow.name, SignerRow.native_name)
                    .order_by(SignerRow.entry_id, SignerRow.position)):
                signers[entry_id].append(f"{name} ({native})" if native else name)
            gifts = session.execute(select(GiftRow.id, GiftRow.description, GiftRow.giver_name,
                                           GiftRow.recipient_name, GiftRow.given_on)).all()
        titles = {d[0]: d[1] for d in delegations}
        hits: list[Hit] = []
        for did, title, city, arrival, occasion in delegations:
            when = arrival.astimezone(OFFICE_ZONE).date().isoformat() if arrival else ""
            detail = " · ".join(p for p in (city, when) if p)
            hits.append(Hit("delegation", did, title, detail, search_blob(title, city, occasion)))
        for mid, name, native, function, did in members:
            detail = " · ".join(p for p in (function, titles.get(did, "")) if p)
            hits.append(Hit("member", mid, name, detail, search_blob(name, native, detail),
                            did))
        for pid, name, native, function in people:
            hits.append(Hit("person", pid, name, function, search_blob(name, native, function)))
        for vid, name, address in venues:
            hits.append(Hit("venue", vid, name, address, search_blob(name, address)))
        for eid, volume, number, occasion, signed_on in entries:
            names = "; ".join(signers[eid])
            place = f"{volume}/{number}" if number else f"{volume}/—"
            detail = " · ".join(p for p in (place, occasion, signed_on.isoformat()
                                            if signed_on else "") if p)
            hits.append(Hit("entry", eid, names or occasion, detail,
                            search_blob(names, occasion)))
        for gid, description, giver, recipient, given_on in gifts:
            detail = " → ".join(p for p in (giver, recipient) if p)
            if given_on:
                detail = f"{detail} · {given_on.isoformat()}" if detail else given_on.isoformat()
            hits.append(Hit("gift", gid, description, detail,
                            search_blob(description, giver, recipient)))
        return hits
