"""The SQLAlchemy mapping of every table; column sizes come from the domain rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from planner.domain.rules import CODE_MAX, NAME_MAX, SHORT_MAX, TEXT_MAX, TITLE_MAX
from planner.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Created/updated stamps and the optimistic-locking version every entity carries.

    `changes_flag` names the part of the application that must refresh when rows change.
    """

    changes_flag: ClassVar[str] = ""

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # A stale flush raises StaleDataError instead of overwriting another officer's save.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _text(limit: int) -> Any:
    return mapped_column(String(limit), nullable=False, default="")


def _translations() -> Any:
    """The other languages of a text typed in the office's language, in the column beside."""
    return mapped_column(JSON, nullable=False, default=dict, server_default=text("'{}'"))


class PartnerCityRow(Tracked, Base):
    __tablename__ = "partner_city"
    changes_flag = "partners"

    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    native_name: Mapped[str] = _text(NAME_MAX)
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="")
    relation: Mapped[str] = mapped_column(String(CODE_MAX * 2), nullable=False)
    since: Mapped[int | None] = mapped_column(Integer)
    contacts: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    time_zone: Mapped[str] = _text(SHORT_MAX)
    __table_args__ = (UniqueConstraint("name", "country"),)


class VenueRow(Tracked, Base):
    __tablename__ = "venue"
    changes_flag = "venues"

    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, unique=True)
    address: Mapped[str] = _text(NAME_MAX)
    capacity: Mapped[int | None] = mapped_column(Integer)
    accessible: Mapped[bool | None] = mapped_column(Boolean)
    accessibility_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact: Mapped[str] = _text(NAME_MAX)
    time_zone: Mapped[str] = _text(SHORT_MAX)


class TravelTimeRow(Base):
    __tablename__ = "travel_time"
    changes_flag: ClassVar[str] = "venues"

    venue_a_id: Mapped[int] = mapped_column(
        ForeignKey("venue.id", ondelete="CASCADE"), primary_key=True)
    venue_b_id: Mapped[int] = mapped_column(
        ForeignKey("venue.id", ondelete="CASCADE"), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}


class HostPersonRow(Tracked, Base):
    __tablename__ = "host_person"
    changes_flag = "people"

    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, index=True)
    native_name: Mapped[str] = _text(NAME_MAX)
    role: Mapped[str] = mapped_column(String(CODE_MAX * 2), nullable=False)
    function: Mapped[str] = _text(NAME_MAX)
    function_translations: Mapped[dict[str, str]] = _translations()
    rank: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    email: Mapped[str] = _text(NAME_MAX)
    phone: Mapped[str] = _text(SHORT_MAX)
    # The user name this person signs in with (the operating system's or the database's):
    # "my tasks" are those of the person whose login is the user's.
    login: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False, default="",
                                       server_default="")


class ResourceRow(Tracked, Base):
    __tablename__ = "resource"
    changes_flag = "resources"

    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    kind: Mapped[str] = mapped_column(String(CODE_MAX * 2), nullable=False)
    capacity: Mapped[int | None] = mapped_column(Integer)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (UniqueConstraint("kind", "name"),)


class DelegationRow(Tracked, Base):
    __tablename__ = "delegation"
    changes_flag = "delegations"

    title: Mapped[dict[str, str]] = mapped_column(JSON, nullable=False)
    # The title in the office language, kept beside the map so lists can sort and search in SQL.
    sort_title: Mapped[str] = mapped_column(String(TITLE_MAX), nullable=False, index=True)
    partner_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_city.id", ondelete="RESTRICT"), index=True)
    occasion: Mapped[str] = _text(NAME_MAX)
    occasion_translations: Mapped[dict[str, str]] = _translations()
    status: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    arrival_mode: Mapped[str | None] = mapped_column(String(CODE_MAX))
    arrival_reference: Mapped[str] = _text(SHORT_MAX)
    arrival_place: Mapped[str] = _text(NAME_MAX)
    departure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    departure_mode: Mapped[str | None] = mapped_column(String(CODE_MAX))
    departure_reference: Mapped[str] = _text(SHORT_MAX)
    departure_place: Mapped[str] = _text(NAME_MAX)
    hotel_venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("host_person.id", ondelete="SET NULL"))
    notes_internal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    direction: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="incoming",
                                           server_default="incoming", index=True)
    time_zone: Mapped[str] = _text(SHORT_MAX)
    # A trip's journeys, costs, allowance and the reason of a declined invitation
    # (planner.store.convert.trip_columns); its travellers have a table of their own.
    trip: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict,
                                                 server_default=text("'{}'"))

    partner_city: Mapped[PartnerCityRow | None] = relationship(lazy="joined")
    members: Mapped[list[MemberRow]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", passive_deletes=True,
        order_by="MemberRow.rank")
    travellers: Mapped[list[TravellerRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin",
        order_by="TravellerRow.position")


class TravellerRow(Base):
    """One of the office's people on a trip abroad, with the papers the trip needs."""

    __tablename__ = "trip_traveller"
    changes_flag: ClassVar[str] = "delegations"

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), primary_key=True)
    # A person who travels cannot be deleted from the catalogue (HostPeople.blockers).
    host_id: Mapped[int] = mapped_column(
        ForeignKey("host_person.id", ondelete="RESTRICT"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    passport_valid_until: Mapped[date | None] = mapped_column(Date)
    visa: Mapped[str] = _text(CODE_MAX)
    visa_deadline: Mapped[date | None] = mapped_column(Date)
    vaccinations: Mapped[str] = _text(NAME_MAX)
    vaccinations_done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class MemberRow(Tracked, Base):
    __tablename__ = "member"
    changes_flag = "members"

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    native_name: Mapped[str] = _text(NAME_MAX)
    salutation: Mapped[str] = _text(SHORT_MAX)
    title: Mapped[str] = _text(NAME_MAX)
    title_translations: Mapped[dict[str, str]] = _translations()
    gender: Mapped[str | None] = mapped_column(String(CODE_MAX))
    rank: Mapped[int] = mapped_column(Integer, nullable=False)
    is_head: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    dietary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    accessibility: Mapped[str] = mapped_column(Text, nullable=False, default="")
    email: Mapped[str] = _text(NAME_MAX)
    phone: Mapped[str] = _text(SHORT_MAX)
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    arrival_mode: Mapped[str | None] = mapped_column(String(CODE_MAX))
    arrival_reference: Mapped[str] = _text(SHORT_MAX)
    arrival_place: Mapped[str] = _text(NAME_MAX)
    departure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    departure_mode: Mapped[str | None] = mapped_column(String(CODE_MAX))
    departure_reference: Mapped[str] = _text(SHORT_MAX)
    departure_place: Mapped[str] = _text(NAME_MAX)
    # For a visa support letter only: personal data, stored when entered and anonymised with
    # the rest of the visit's (planner.services.privacy).
    nationality: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False, default="",
                                             server_default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    passport_number: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False,
                                                 default="", server_default="")
    passport_expires: Mapped[date | None] = mapped_column(Date)

    delegation: Mapped[DelegationRow] = relationship(back_populates="members")


item_delegation = Table(
    "item_delegation", Base.metadata,
    Column("item_id", ForeignKey("programme_item.id", ondelete="CASCADE"), primary_key=True),
    Column("delegation_id", ForeignKey("delegation.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)

item_member = Table(
    "item_member", Base.metadata,
    Column("item_id", ForeignKey("programme_item.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)

item_host = Table(
    "item_host", Base.metadata,
    Column("item_id", ForeignKey("programme_item.id", ondelete="CASCADE"), primary_key=True),
    Column("host_id", ForeignKey("host_person.id", ondelete="CASCADE"), primary_key=True,
           index=True),
    Column("role", String(CODE_MAX), primary_key=True),
)


class ProgrammeItemRow(Tracked, Base):
    __tablename__ = "programme_item"
    changes_flag = "programme"

    kind: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    title: Mapped[dict[str, str]] = mapped_column(JSON, nullable=False)
    description: Mapped[dict[str, str]] = mapped_column(JSON, nullable=False, default=dict)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    # Indexed too: a period near today (this week, the timeline) is found from the items that
    # end after its start, a few, rather than from those that start before its end, all.
    end_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="RESTRICT"), index=True)
    all_members: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("resource.id", ondelete="SET NULL"))
    dress_code: Mapped[str] = _text(SHORT_MAX)
    notes_internal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    guest_notes: Mapped[dict[str, str]] = mapped_column(JSON, nullable=False, default=dict)
    needs_acknowledged: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="planned")


class GoldenBookRow(Tracked, Base):
    __tablename__ = "golden_book"
    changes_flag = "golden_book"

    number: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    title: Mapped[str] = _text(NAME_MAX)
    first_date: Mapped[date | None] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)
    pages: Mapped[int | None] = mapped_column(Integer)


class GoldenBookEntryRow(Tracked, Base):
    __tablename__ = "golden_book_entry"
    changes_flag = "golden_book"

    book_id: Mapped[int] = mapped_column(
        ForeignKey("golden_book.id", ondelete="RESTRICT"), nullable=False, index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)
    place: Mapped[str] = _text(NAME_MAX)
    occasion: Mapped[str] = _text(NAME_MAX)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_item.id", ondelete="SET NULL"), index=True)
    inscription: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="planned")
    # Every searchable field folded (accents, case) into one text, so search is one LIKE in SQL.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __table_args__ = (UniqueConstraint("book_id", "number"),)

    signers: Mapped[list[SignerRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SignerRow.position")


class SignerRow(Base):
    __tablename__ = "golden_book_signer"
    changes_flag: ClassVar[str] = "golden_book"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("golden_book_entry.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    native_name: Mapped[str] = _text(NAME_MAX)
    function: Mapped[str] = _text(NAME_MAX)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    host_id: Mapped[int | None] = mapped_column(ForeignKey("host_person.id", ondelete="SET NULL"))


class AttachmentRow(Tracked, Base):
    """A photograph or scan; the bytes live in the database or in the managed folder."""

    __tablename__ = "attachment"
    changes_flag = "golden_book"

    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("golden_book_entry.id", ondelete="CASCADE"), index=True)
    gift_id: Mapped[int | None] = mapped_column(
        ForeignKey("gift.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    media_type: Mapped[str] = _text(SHORT_MAX)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    stored_path: Mapped[str | None] = mapped_column(String(TEXT_MAX))


class GiftRow(Tracked, Base):
    __tablename__ = "gift"
    changes_flag = "gifts"

    direction: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    given_on: Mapped[date | None] = mapped_column(Date, index=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True)
    partner_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_city.id", ondelete="SET NULL"), index=True)
    giver_name: Mapped[str] = _text(NAME_MAX)
    giver_function: Mapped[str] = _text(NAME_MAX)
    recipient_name: Mapped[str] = _text(NAME_MAX)
    recipient_function: Mapped[str] = _text(NAME_MAX)
    description: Mapped[str] = mapped_column(String(TEXT_MAX), nullable=False)
    category: Mapped[str] = _text(SHORT_MAX)
    value_eur: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    kept_at: Mapped[str] = _text(NAME_MAX)
    declaration: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False,
                                             default="not_required")
    disposition: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="",
                                             server_default="")


class SeatingPlanRow(Tracked, Base):
    """A meal's seating as the officer arranged it: its tables, style, and who sits in which
    chair (by sitter key, "member:12" / "host:3"), with the chairs the officer locked."""

    __tablename__ = "seating_plan"
    changes_flag = "programme"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("programme_item.id", ondelete="CASCADE"), nullable=False, unique=True)
    layout: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="round")
    style: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="continental")
    interpreters_at_table: Mapped[bool] = mapped_column(nullable=False, default=False)
    tables: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    chairs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    locked: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)


class TaskRow(Tracked, Base):
    """One task of a delegation's checklist: its deadline, who does it, and when it was done."""

    __tablename__ = "task"
    changes_flag = "tasks"

    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(TITLE_MAX), nullable=False)
    # "arrival" or "departure" with the days from it; NULL for a date typed by hand.
    anchor: Mapped[str | None] = mapped_column(String(CODE_MAX))
    offset_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    due: Mapped[date | None] = mapped_column(Date, index=True)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("host_person.id", ondelete="SET NULL"), index=True)
    template: Mapped[str] = _text(SHORT_MAX)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[str] = _text(SHORT_MAX)


class SettingRow(Base):
    __tablename__ = "setting"
    changes_flag: ClassVar[str] = "settings"

    key: Mapped[str] = mapped_column(String(SHORT_MAX), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}


class AuditRow(Base):
    __tablename__ = "audit_log"
    changes_flag: ClassVar[str] = ""

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    os_user: Mapped[str] = _text(SHORT_MAX)
    db_user: Mapped[str] = _text(SHORT_MAX)
    action: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    entity: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
