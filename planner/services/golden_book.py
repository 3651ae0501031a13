"""Use cases of the Golden Book register: volumes, entries, gap-free numbering, search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.enums import EntryStatus, ItemKind, ItemStatus
from planner.domain.errors import ValidationError
from planner.domain.office import OFFICE_ZONE
from planner.domain.problems import problem
from planner.domain.records import (
    GoldenBook,
    GoldenBookEntry,
    GoldenBookRegisterLine,
    ProgrammeItem,
    Signer,
    pick_text,
)
from planner.domain.settings import GOLDEN_BOOK_CONTINUOUS_NUMBERING
from planner.domain.text import fold, search_blob
from planner.services.catalogue import get_row
from planner.services.context import (
    ServiceContext,
    apply_fields,
    require_version,
    stored_instant,
)
from planner.services.photos import attachments_of
from planner.services.settings import read_setting
from planner.store import convert
from planner.store.audit import record_event
from planner.store.models import (
    DelegationRow,
    GoldenBookEntryRow,
    GoldenBookRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    SignerRow,
    VenueRow,
    item_delegation,
    item_member,
    utcnow,
)
from planner.store.natural_keys import find_or_create, natural_key

# The lock two officers take before creating the register's first volume.
FIRST_VOLUME_KEY = natural_key("golden_book", "first volume")


@dataclass(frozen=True)
class RegisterQuery:
    text: str = ""
    year: int | None = None
    country: str = ""
    partner_city_id: int | None = None
    occasion: str = ""
    book_id: int | None = None
    include_planned: bool = True


def _book(row: GoldenBookRow) -> GoldenBook:
    return GoldenBook(number=row.number, title=row.title, first_date=row.first_date,
                      last_date=row.last_date, pages=row.pages, id=row.id, version=row.version)


def _entry(session: Session, row: GoldenBookEntryRow) -> GoldenBookEntry:
    return GoldenBookEntry(
        book_id=row.book_id, status=EntryStatus(row.status), number=row.number, page=row.page,
        signed_on=row.signed_on, place=row.place, occasion=row.occasion,
        delegation_id=row.delegation_id, item_id=row.item_id, inscription=row.inscription,
        signers=tuple(Signer(name=s.name, native_name=s.native_name, function=s.function,
                             member_id=s.member_id, host_id=s.host_id) for s in row.signers),
        photos=attachments_of(session, entry_id=row.id), id=row.id, version=row.version)


def refresh_search(session: Session, row: GoldenBookEntryRow) -> None:
    title = city = native = country = ""
    if row.delegation_id is not None:
        delegation = session.get(DelegationRow, row.delegation_id)
        if delegation is not None:
            title = " ".join(delegation.title.values())
            if delegation.partner_city is not None:
                city = delegation.partner_city.name
                native = delegation.partner_city.native_name
                country = delegation.partner_city.country
    row.search_text = search_blob(
        *(part for s in row.signers for part in (s.name, s.native_name, s.function)),
        row.occasion, row.place, row.inscription, title, city, native, country)


def _signer_fields(s: Signer) -> tuple[object, ...]:
    return (s.name.strip(), s.native_name, s.function, s.member_id, s.host_id)


def _set_signers(row: GoldenBookEntryRow, signers: tuple[Signer, ...]) -> None:
    if row.id is not None:
        stored = [(r.name, r.native_name, r.function, r.member_id, r.host_id)
                  for r in row.signers]
        if stored == [_signer_fields(s) for s in signers]:
            return
        # Signers are part of the entry: changing them bumps its version for other editors.
        row.updated_at = utcnow()
    row.signers = [SignerRow(position=i, name=s.name.strip(), native_name=s.native_name,
                             function=s.function, member_id=s.member_id, host_id=s.host_id)
                   for i, s in enumerate(signers, start=1)]


def _check_entry(entry: GoldenBookEntry) -> None:
    c = rules.Checker()
    if not entry.signers:
        c.add("signers", "an entry needs at least one signer")
    for i, s in enumerate(entry.signers):
        c.required(f"signers[{i}].name", s.name)
        c.length(f"signers[{i}].name", s.name, rules.NAME_MAX)
        c.length(f"signers[{i}].native_name", s.native_name, rules.NAME_MAX)
        c.length(f"signers[{i}].function", s.function, rules.NAME_MAX)
    c.length("place", entry.place, rules.NAME_MAX)
    c.length("occasion", entry.occasion, rules.NAME_MAX)
    c.positive("page", entry.page)
    c.raise_if_any()


def _lock_numbering(session: Session, book_id: int, continuous: bool) -> None:
    """Serialise signings: two officers signing at once must not get the same number.

    FOR NO KEY UPDATE, not FOR UPDATE: inserting an entry takes the foreign key's KEY SHARE
    lock on its volume, which FOR UPDATE conflicts with — an import that adds an entry and
    then signs one would deadlock with another doing the same.
    """
    query = select(GoldenBookRow.id).order_by(GoldenBookRow.id).with_for_update(key_share=True)
    if not continuous:
        query = query.where(GoldenBookRow.id == book_id)
    session.execute(query).all()


def next_number(session: Session, book_id: int) -> int:
    continuous = bool(read_setting(session, GOLDEN_BOOK_CONTINUOUS_NUMBERING))
    _lock_numbering(session, book_id, continuous)
    query = select(func.max(GoldenBookEntryRow.number))
    if not continuous:
        query = query.where(GoldenBookEntryRow.book_id == book_id)
    return (session.scalar(query) or 0) + 1


def current_book(session: Session) -> GoldenBookRow:
    """The volume new entries go into: the highest-numbered one; the first is created if none."""
    row = session.scalars(select(GoldenBookRow).order_by(GoldenBookRow.number.desc())).first()
    if row is None:  # two officers planning the first signing at once make one volume, not two
        row = find_or_create(session, GoldenBookRow, FIRST_VOLUME_KEY, [],
                             lambda: GoldenBookRow(number=1, title="Goldenes Buch der Stadt"))
    return row


def signers_from_item(session: Session, item: ProgrammeItemRow) -> tuple[Signer, ...]:
    """The item's participating members as they are today (head of delegation first)."""
    if item.all_members:
        member_rows = session.scalars(select(MemberRow).where(MemberRow.delegation_id.in_(
            select(item_delegation.c.delegation_id).where(
                item_delegation.c.item_id == item.id)))).all()
        member_rows = [m for m in member_rows if m.is_head] or list(member_rows)
    else:
        member_rows = session.scalars(select(MemberRow).where(MemberRow.id.in_(
            select(item_member.c.member_id).where(item_member.c.item_id == item.id)))).all()
    ordered = sorted(member_rows, key=lambda m: (not m.is_head, m.rank, m.id))
    return tuple(Signer(name=m.name, native_name=m.native_name, function=m.title,
                        member_id=m.id) for m in ordered)


def sync_with_item(session: Session, item: ProgrammeItemRow, delegation_id: int | None) -> None:
    """A Golden Book signing item plans an entry; marking it done signs it with the next number."""
    if item.kind != ItemKind.GOLDEN_BOOK.value:
        return
    entry = session.scalars(select(GoldenBookEntryRow).where(
        GoldenBookEntryRow.item_id == item.id)).first()
    if entry is None:
        if item.status == ItemStatus.CANCELLED.value:
            return
        delegation = session.get(DelegationRow, delegation_id) if delegation_id else None
        venue = session.get(VenueRow, item.venue_id) if item.venue_id else None
        entry = GoldenBookEntryRow(
            book_id=current_book(session).id, status=EntryStatus.PLANNED.value,
            place=venue.name if venue else "", occasion=delegation.occasion if delegation else "",
            delegation_id=delegation_id, item_id=item.id)
        session.add(entry)
        _set_signers(entry, signers_from_item(session, item))
        session.flush()
    if entry.status == EntryStatus.PLANNED.value:
        if item.status == ItemStatus.DONE.value:
            _set_signers(entry, signers_from_item(session, item))  # as they are at signing
            entry.number = next_number(session, entry.book_id)
            entry.signed_on = item.start_at.astimezone(OFFICE_ZONE).date()
            entry.status = EntryStatus.SIGNED.value
        elif item.status == ItemStatus.CANCELLED.value:
            entry.status = EntryStatus.CANCELLED.value
    refresh_search(session, entry)


SIGNING_TITLE = {"de": "Eintragung in das Goldene Buch", "en": "Signing of the Golden Book",
                 "fr": "Signature du Livre d'or"}
SIGNING_TIME = time(11, 0)  # a morning reception at the town hall, moved by the officer
SIGNING_MINUTES = 30


def _plan_item(session: Session, entry: GoldenBookEntryRow,
               signers: Sequence[Signer]) -> ProgrammeItemRow:
    """The programme item of a planned signing: the delegation's, on the entry's day at the
    entry's place (a venue of that name), its signers taking part."""
    venue = session.scalar(select(VenueRow).where(VenueRow.name == entry.place)) \
        if entry.place else None
    start = datetime.combine(entry.signed_on, SIGNING_TIME, OFFICE_ZONE)  # type: ignore[arg-type]
    members = [s.member_id for s in signers if s.member_id is not None]
    everyone = set(session.scalars(select(MemberRow.id).where(
        MemberRow.delegation_id == entry.delegation_id)))
    together = not members or set(members) >= everyone
    item = ProgrammeItemRow(**convert.programme_item_columns(ProgrammeItem(
        delegation_ids=(entry.delegation_id,), kind=ItemKind.GOLDEN_BOOK,  # type: ignore[arg-type]
        title=dict(SIGNING_TITLE), start=start, end=start + timedelta(minutes=SIGNING_MINUTES),
        venue_id=venue.id if venue else None, all_members=together,
        member_ids=() if together else tuple(dict.fromkeys(members)))))
    session.add(item)
    session.flush()
    session.execute(insert(item_delegation), [{"item_id": item.id,
                                               "delegation_id": entry.delegation_id}])
    if not together:
        session.execute(insert(item_member), [{"item_id": item.id, "member_id": m}
                                              for m in dict.fromkeys(members)])
    return item


class GoldenBookService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- volumes ---------------------------------------------------------------------------
    def books(self) -> list[GoldenBook]:
        with self.ctx.read() as session:
            return [_book(r) for r in session.scalars(
                select(GoldenBookRow).order_by(GoldenBookRow.number))]

    def save_book(self, book: GoldenBook) -> GoldenBook:
        rules.validate(rules.check_golden_book, book)
        with self.ctx.write() as session:
            clash = session.scalar(select(GoldenBookRow.id).where(
                GoldenBookRow.number == book.number, GoldenBookRow.id != (book.id or -1)))
            if clash is not None:
                raise ValidationError(problem("number", "volume_exists", number=book.number))
            columns = {"number": book.number, "title": book.title,
                       "first_date": book.first_date, "last_date": book.last_date,
                       "pages": book.pages}
            if book.id is None:
                row = GoldenBookRow(**columns)
                session.add(row)
            else:
                row = get_row(session, GoldenBookRow, book.id, "volume")
                require_version("volume", row.id, book.version, row.version)
                apply_fields(row, columns)
            session.flush()
            return _book(row)

    # ---- entries ---------------------------------------------------------------------------
    def get(self, entry_id: int) -> GoldenBookEntry:
        with self.ctx.read() as session:
            return _entry(session, get_row(session, GoldenBookEntryRow, entry_id, "entry"))

    def save(self, entry: GoldenBookEntry) -> GoldenBookEntry:
        """Create or edit an entry's content; numbers change only through sign and renumber."""
        _check_entry(entry)
        with self.ctx.write() as session:
            get_row(session, GoldenBookRow, entry.book_id, "volume")
            if entry.delegation_id is not None:
                get_row(session, DelegationRow, entry.delegation_id, "delegation")
            if entry.id is None:
                row = GoldenBookEntryRow(book_id=entry.book_id, status=EntryStatus.PLANNED.value)
                session.add(row)
            else:
                row = get_row(session, GoldenBookEntryRow, entry.id, "entry")
                require_version("entry", row.id, entry.version, row.version)
                if row.status == EntryStatus.SIGNED.value and row.book_id != entry.book_id:
                    raise ValidationError(problem("book_id", "signed_entry_moved"))
            apply_fields(row, {"book_id": entry.book_id, "page": entry.page,
                               "signed_on": entry.signed_on, "place": entry.place,
                               "occasion": entry.occasion, "delegation_id": entry.delegation_id,
                               "item_id": entry.item_id, "inscription": entry.inscription})
            _set_signers(row, entry.signers)
            with session.no_autoflush:  # one UPDATE (one version) per save, search text included
                refresh_search(session, row)
            session.flush()
            if (entry.id is None and row.item_id is None and row.delegation_id is not None
                    and row.signed_on is not None and row.status == EntryStatus.PLANNED.value):
                # Planning a signing plans it in the programme too: one thing, not two.
                row.item_id = _plan_item(session, row, entry.signers).id
                session.flush()
            return _entry(session, row)

    def draft_for(self, delegation_id: int, book_id: int) -> GoldenBookEntry:
        """What a new entry for this delegation starts with: its planned entry if there is one
        (opened, not duplicated); else the members as signers (head first, then by rank), the
        day and place of its Golden Book item in the programme (linked) or its arrival day,
        and its occasion."""
        with self.ctx.read() as session:
            delegation = get_row(session, DelegationRow, delegation_id, "delegation")
            planned = session.scalars(select(GoldenBookEntryRow).where(
                GoldenBookEntryRow.delegation_id == delegation_id,
                GoldenBookEntryRow.status == EntryStatus.PLANNED.value)
                .order_by(GoldenBookEntryRow.id)).first()
            if planned is not None:
                return _entry(session, planned)
            item = session.scalars(select(ProgrammeItemRow).join(item_delegation).where(
                item_delegation.c.delegation_id == delegation_id,
                ProgrammeItemRow.kind == ItemKind.GOLDEN_BOOK.value,
                ProgrammeItemRow.status != ItemStatus.CANCELLED.value,
                ~ProgrammeItemRow.id.in_(select(GoldenBookEntryRow.item_id).where(
                    GoldenBookEntryRow.item_id.is_not(None))))
                .order_by(ProgrammeItemRow.start_at)).first()
            members = session.scalars(select(MemberRow).where(
                MemberRow.delegation_id == delegation_id)).all()
            venue = session.get(VenueRow, item.venue_id) if item and item.venue_id else None
            day = item.start_at if item else delegation.arrival_at
            ordered = sorted(members, key=lambda m: (not m.is_head, m.rank, m.id))
            return GoldenBookEntry(
                book_id=book_id, delegation_id=delegation_id, item_id=item.id if item else None,
                signed_on=day.astimezone(OFFICE_ZONE).date() if day else None,
                place=venue.name if venue else "", occasion=delegation.occasion,
                signers=tuple(Signer(name=m.name, native_name=m.native_name, function=m.title,
                                     member_id=m.id) for m in ordered))

    def sign(self, entry_id: int, signed_on: date, page: int | None = None) -> GoldenBookEntry:
        with self.ctx.write() as session:
            row = get_row(session, GoldenBookEntryRow, entry_id, "entry")
            if row.status != EntryStatus.PLANNED.value:
                raise ValidationError(problem("status", "sign_not_planned", status=row.status))
            # Everything but the number first: the numbering lock serialises every signing in
            # the office, so it is taken last and held only for the number and the commit.
            row.status = EntryStatus.SIGNED.value
            row.signed_on = signed_on
            if page is not None:
                row.page = page
            with session.no_autoflush:
                refresh_search(session, row)
                result = _entry(session, row)
            row.number = next_number(session, row.book_id)
            session.flush()
            return replace(result, number=row.number, version=row.version)

    def cancel(self, entry_id: int, version: int | None = None) -> GoldenBookEntry:
        """A cancelled signed entry keeps its number until someone renumbers deliberately."""
        with self.ctx.write() as session:
            row = get_row(session, GoldenBookEntryRow, entry_id, "entry")
            require_version("entry", entry_id, version, row.version)
            row.status = EntryStatus.CANCELLED.value
            session.flush()
            return _entry(session, row)

    def discard(self, entry_id: int, version: int | None = None,
                with_item: bool = False) -> None:
        """Remove an entry that was never signed — the undo of its creation; `with_item`
        removes the programme item its creation planned too. A signed entry has a number in
        the bound book and stays; it can only be cancelled."""
        with self.ctx.write() as session:
            row = get_row(session, GoldenBookEntryRow, entry_id, "entry")
            require_version("entry", entry_id, version, row.version)
            if row.number is not None or row.status == EntryStatus.SIGNED.value:
                raise ValidationError(problem("status", "signed_entry_kept"))
            item = session.get(ProgrammeItemRow, row.item_id) if with_item and row.item_id \
                else None
            session.delete(row)
            if item is not None:
                session.delete(item)

    def renumber(self, book_id: int) -> dict[int, tuple[int | None, int | None]]:
        """Close the gaps cancelled entries left; audited. Returns {entry id: (old, new)}."""
        with self.ctx.write() as session:
            continuous = bool(read_setting(session, GOLDEN_BOOK_CONTINUOUS_NUMBERING))
            get_row(session, GoldenBookRow, book_id, "volume")
            _lock_numbering(session, book_id, continuous)
            query = select(GoldenBookEntryRow).where(GoldenBookEntryRow.number.is_not(None))
            if continuous:
                query = query.join(GoldenBookRow).order_by(GoldenBookRow.number,
                                                           GoldenBookEntryRow.number)
            else:
                query = query.where(GoldenBookEntryRow.book_id == book_id).order_by(
                    GoldenBookEntryRow.number)
            rows = list(session.scalars(query))
            moves: dict[int, tuple[int | None, int | None]] = {}
            for row in rows:
                if row.status == EntryStatus.CANCELLED.value:
                    moves[row.id] = (row.number, None)
                    row.number = None
            session.flush()  # free the numbers before reusing them (unique per volume)
            number = 0
            for row in rows:
                if row.status == EntryStatus.CANCELLED.value:
                    continue
                number += 1
                if row.number != number:
                    moves[row.id] = (row.number, number)
                    row.number = number
            record_event(session, "renumber", "golden_book", book_id,
                         {str(k): list(v) for k, v in moves.items()})
            return moves

    # ---- the register ----------------------------------------------------------------------
    def register_as_of(self) -> datetime | None:
        """When the register last changed: its printed "as of" (the same data, the same date)."""
        with self.ctx.read() as session:
            newest = session.scalar(select(func.max(GoldenBookEntryRow.updated_at)))
        return stored_instant(newest) if newest is not None else None

    def register(self, query: RegisterQuery | None = None) -> list[GoldenBookRegisterLine]:
        """Entries by volume and number; plain columns, not ORM objects, so 5,000 stay fast."""
        q = query or RegisterQuery()
        e = GoldenBookEntryRow
        stmt = (select(e.id, GoldenBookRow.number, e.number, e.page, e.signed_on, e.status,
                       e.place, e.occasion, e.inscription, DelegationRow.title,
                       PartnerCityRow.name, PartnerCityRow.country)
                .join(GoldenBookRow, e.book_id == GoldenBookRow.id)
                .outerjoin(DelegationRow, e.delegation_id == DelegationRow.id)
                .outerjoin(PartnerCityRow, DelegationRow.partner_city_id == PartnerCityRow.id)
                .order_by(GoldenBookRow.number, e.number.is_(None), e.number, e.signed_on, e.id))
        for word in fold(q.text).split():
            stmt = stmt.where(e.search_text.contains(word, autoescape=True))
        if q.year is not None:
            stmt = stmt.where(e.signed_on >= date(q.year, 1, 1),
                              e.signed_on < date(q.year + 1, 1, 1))
        if q.country:
            stmt = stmt.where(PartnerCityRow.country == q.country.upper())
        if q.partner_city_id is not None:
            stmt = stmt.where(PartnerCityRow.id == q.partner_city_id)
        if q.occasion:
            stmt = stmt.where(func.lower(e.occasion) == q.occasion.lower())
        if q.book_id is not None:
            stmt = stmt.where(e.book_id == q.book_id)
        if not q.include_planned:
            stmt = stmt.where(e.status == EntryStatus.SIGNED.value)
        with self.ctx.read() as session:
            rows = session.execute(stmt).all()
            signers = _signers_by_entry(session, [r[0] for r in rows])
        return [GoldenBookRegisterLine(
            entry_id=r[0], book_number=r[1], number=r[2], page=r[3], signed_on=r[4],
            status=EntryStatus(r[5]), place=r[6], occasion=r[7], signers=signers.get(r[0], ()),
            delegation_title=pick_text(r[9], "de") if r[9] else "", partner_city=r[10] or "",
            country=r[11] or "", inscription=r[8]) for r in rows]


def _signers_by_entry(session: Session, entry_ids: list[int]) -> dict[int, tuple[Signer, ...]]:
    found: dict[int, list[Signer]] = {}
    s = SignerRow
    columns = (s.entry_id, s.name, s.native_name, s.function, s.member_id, s.host_id)
    if len(entry_ids) > 900:  # one pass over the table beats many IN lists
        result = session.execute(select(*columns).order_by(s.entry_id, s.position))
        wanted: set[int] | None = set(entry_ids)
    else:
        result = session.execute(select(*columns).where(s.entry_id.in_(entry_ids))
                                 .order_by(s.entry_id, s.position))
        wanted = None
    for entry_id, name, native, function, member_id, host_id in result:
        if wanted is None or entry_id in wanted:
            found.setdefault(entry_id, []).append(Signer(name, native, function, member_id,
                                                         host_id))
    return {k: tuple(v) for k, v in found.items()}


def host_signer(session: Session, host_id: int) -> Signer:
    host = get_row(session, HostPersonRow, host_id, "person")
    return Signer(name=host.name, native_name=host.native_name, function=host.function,
                  host_id=host.id)


__all__: list[Any] = ["GoldenBookService", "RegisterQuery", "sync_with_item"]
