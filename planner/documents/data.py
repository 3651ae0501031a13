"""Plain input and output types of the documents layer: no Qt, no ORM, text already resolved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Audience = Literal["guest", "internal"]
Side = Literal["guest", "host"]


@dataclass(frozen=True)
class Fallback:
    """A typed text printed in another language than the document's, and the record to open to
    add the missing translation ("item" 12, field "title")."""

    text: str  # the sentence the officer reads: what, which language is missing, what printed
    record: str = ""  # "delegation" | "member" | "item" | "person"; "" when nothing can be opened
    record_id: int | None = None
    field: str = ""  # "title", "occasion", "function", "description", "guest_notes", "diet", ...

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Office:
    """The office's identity (settings "office.*"): header, cover, footer and contact block."""

    city: str = ""
    name: str = ""  # "Büro für Internationale Beziehungen"
    address: str = ""  # postal address, lines separated by "\n" or ", "
    phone: str = ""
    email: str = ""
    emergency_phone: str = ""  # the 24-hour contact during a visit
    emblem: bytes = b""  # SVG or PNG bytes; b"" prints no emblem
    emblem_type: str = ""  # "image/svg+xml" | "image/png"


@dataclass(frozen=True)
class RenderResult:
    """A finished PDF and what the reader should know about it (e.g. unprintable characters)."""

    pdf: bytes
    warnings: list[str] = field(default_factory=list)
    # Texts printed in another language than the document's (listed before printing).
    fallbacks: Sequence[Fallback] = ()


@dataclass(frozen=True)
class Journey:
    """Arrival or departure of the delegation."""

    instant: datetime  # tz-aware
    mode: str = ""  # "Flight", "Train", ... already in the document language
    reference: str = ""  # "LH 691", "ICE 945"
    place: str = ""  # "Dortmund Airport (DTM)"


@dataclass(frozen=True)
class Hotel:
    name: str
    address: str = ""


@dataclass(frozen=True)
class Officer:
    """The protocol officer in charge; printed on guest documents as the contact."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class MemberInfo:
    """A delegation member. dietary/accessibility are staff-only (see audience.py)."""

    id: int
    name: str
    native_name: str = ""
    salutation: str = ""
    title: str = ""
    rank: int = 100  # protocol precedence: lower ranks first
    is_head: bool = False
    languages: Sequence[str] = ()
    dietary: str = ""
    accessibility: str = ""
    gender: str = ""  # "female" / "male" / "diverse" / "": picks the form of address


@dataclass(frozen=True)
class ItemInfo:
    """One programme item. Fields after guest_notes are staff-only (see audience.py)."""

    id: int
    kind: str
    title: str
    start: datetime  # tz-aware
    end: datetime  # tz-aware
    description: str = ""
    venue_name: str = ""
    venue_address: str = ""
    all_members: bool = True
    participant_ids: Sequence[int] = ()
    dress_code: str = ""
    guest_notes: str = ""
    hosts: Sequence[str] = ()
    interpreters: Sequence[str] = ()
    drivers: Sequence[str] = ()
    vehicle: str = ""
    internal_notes: str = ""
    conflicts: Sequence[str] = ()
    # ItemKind's value ("transfer", "meal", ...): `kind` above is its word in the document's
    # language; the code decides layout (a transfer prints from → to).
    kind_code: str = ""

    def attended_by(self, member_id: int) -> bool:
        return self.all_members or member_id in self.participant_ids


@dataclass(frozen=True)
class ItineraryData:
    """Everything an itinerary, personal itinerary or run sheet shows."""

    city_name: str  # "Dortmund"
    delegation_title: str
    partner_city: str
    partner_city_native: str = ""
    occasion: str = ""
    arrival: Journey | None = None
    departure: Journey | None = None
    hotel: Hotel | None = None
    officer: Officer | None = None
    members: Sequence[MemberInfo] = ()
    items: Sequence[ItemInfo] = ()
    generated_at: datetime | None = None  # the visible "as of"; never the wall clock
    fallbacks: Sequence[Fallback] = ()  # typed texts not in the document's language
    office: Office = Office()  # identity printed in header, cover and footer
    # The city's interpreters accompanying the visit: named on the guest copy as contacts.
    interpreters: Sequence[Officer] = ()


@dataclass(frozen=True)
class HostInfo:
    """A person on the host side (mayor, council members, staff at the table)."""

    id: int
    name: str
    title: str = ""
    rank: int = 100
    native_name: str = ""
    # HostRole's value: staff, interpreters and drivers accompany; they are not ranked.
    role: str = ""
    languages: Sequence[str] = ()


@dataclass(frozen=True)
class PrecedenceData:
    city_name: str
    delegation_title: str
    partner_city: str = ""
    occasion: str = ""
    members: Sequence[MemberInfo] = ()
    hosts: Sequence[HostInfo] = ()
    generated_at: datetime | None = None
    fallbacks: Sequence[Fallback] = ()  # typed texts not in the list's language (see TextPicker)
    office: Office = Office()  # identity printed in header, cover and footer


@dataclass(frozen=True)
class BadgeInfo:
    name: str
    native_name: str = ""
    title: str = ""
    affiliation: str = ""  # "Delegation Netanya", "Stadt Dortmund"
    side: Side = "guest"


@dataclass(frozen=True)
class BadgeData:
    """Badges and place cards: one entry per person, already in print order."""

    city_name: str
    event_title: str  # printed small on each badge, e.g. the occasion
    people: Sequence[BadgeInfo] = ()
    generated_at: datetime | None = None
    fallbacks: Sequence[Fallback] = ()  # typed texts not in the badges' language (see TextPicker)
    office: Office = Office()  # identity printed in header, cover and footer


@dataclass(frozen=True)
class TableSpec:
    """A table at a meal; the first table of SeatingData.tables is the head table."""

    name: str
    seats: int
    shape: str = "round"  # "round" | "long" | "long-one-side" | "u"


@dataclass(frozen=True)
class SeatingData:
    city_name: str
    delegation_title: str
    item_title: str
    start: datetime
    venue_name: str = ""
    tables: Sequence[TableSpec] = ()
    members: Sequence[MemberInfo] = ()
    hosts: Sequence[HostInfo] = ()
    generated_at: datetime | None = None
    fallbacks: Sequence[Fallback] = ()  # texts not in the plan's language (listed before printing)
    office: Office = Office()  # identity printed in header, cover and footer
    style: str = "continental"  # the co-host faces the host; "english": at the far end
    interpreters: Sequence[HostInfo] = ()  # behind their principal, or at the table:
    interpreters_at_table: bool = False
    # Each member's delegation (member id → key): two of one delegation are kept apart.
    member_groups: dict[int, str] = field(default_factory=dict)
    # The officer's arrangement (stored per meal): sitter key → (table, chair); the locked
    # keys win over the others. Empty: the rules alone.
    chairs: dict[str, tuple[int, int]] = field(default_factory=dict)
    locked: tuple[str, ...] = ()


@dataclass(frozen=True)
class WeekEntry:
    """One programme item in a row of the week plan."""

    start: datetime
    end: datetime
    title: str
    kind: str
    where: str = ""
    severity: str | None = None  # "error" / "warning" when the item is in a conflict
    # Whose item it is ("Netanya, Novi Sad"), printed where the row does not say it (rows by
    # person, venue or vehicle): the mayor's two receptions on one day are told apart.
    delegations: str = ""


@dataclass(frozen=True)
class WeekRow:
    """A delegation, person, venue or vehicle, with its items of the week."""

    label: str
    detail: str = ""
    entries: Sequence[WeekEntry] = ()


@dataclass(frozen=True)
class WeekConflict:
    severity: str
    sentence: str


@dataclass(frozen=True)
class WeekPlanData:
    """The timeline's week view on paper: rows of one axis, Monday to Sunday (office time)."""

    city_name: str
    monday: datetime  # local midnight starting the week
    axis: str  # "delegation" | "person" | "venue" | "vehicle"
    rows: Sequence[WeekRow] = ()
    conflicts: Sequence[WeekConflict] = ()
    generated_at: datetime | None = None
    fallbacks: Sequence[Fallback] = ()  # texts not in the plan's language (listed before printing)
    office: Office = Office()  # identity printed in header, cover and footer


@dataclass(frozen=True)
class LegInfo:
    """A flight or train of a trip abroad; each end is read in its own zone."""

    departs: datetime  # tz-aware
    arrives: datetime  # tz-aware
    from_place: str
    from_zone: str
    to_place: str
    to_zone: str
    mode: str = ""  # "Flug", already in the document language
    reference: str = ""


@dataclass(frozen=True)
class PersonLine:
    """A traveller, a contact abroad: name, what they do, how to reach them."""

    name: str
    function: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class GiftLine:
    """A gift to hand over on a trip, and to whom."""

    description: str
    recipient: str = ""
    recipient_function: str = ""
    given_on: date | None = None


@dataclass(frozen=True)
class TripItineraryData:
    """The travel itinerary of a trip abroad, for the office's own travellers."""

    city_name: str  # the home city, "Dortmund"
    title: str
    destination: str  # "Xi'an"
    destination_native: str = ""
    time_zone: str = "Europe/Berlin"  # where the programme happens
    occasion: str = ""
    travellers: Sequence[PersonLine] = ()
    legs: Sequence[LegInfo] = ()
    hotel: Hotel | None = None
    hotel_phone: str = ""
    contacts: Sequence[PersonLine] = ()  # the partner city's people to call
    gifts: Sequence[GiftLine] = ()
    items: Sequence[ItemInfo] = ()
    officer: Officer | None = None
    generated_at: datetime | None = None
    fallbacks: Sequence[Fallback] = ()
    office: Office = Office()
