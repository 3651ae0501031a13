"""Plain records the services take and return: no session, no Qt, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from planner.domain.enums import (
    DeclarationStatus,
    DelegationStatus,
    Direction,
    EntryStatus,
    Gender,
    GiftDirection,
    GiftDisposition,
    HostRole,
    ItemKind,
    ItemStatus,
    Relation,
    ResourceKind,
    TravelMode,
)
from planner.domain.office import OFFICE_LANGUAGE
from planner.domain.trips import EMPTY_TRIP, TripPlan

# A text in several languages: {"de": "...", "en": "...", "fr": "..."}.
LangMap = dict[str, str]

# Typed texts may be in any document language; the office's own three are edited side by side.
OFFICE_TEXT_LANGUAGES = ("de", "en", "fr")
TEXT_LANGUAGES = (*OFFICE_TEXT_LANGUAGES, "he", "zh", "ru", "sr", "tr", "ro")


def pick_text(texts: LangMap, lang: str, fallback: tuple[str, ...] = TEXT_LANGUAGES) -> str:
    """The text in `lang`, else the first non-empty one in the office's order of languages."""
    if texts.get(lang):
        return texts[lang]
    for other in (*fallback, *sorted(texts)):
        if texts.get(other):
            return texts[other]
    return ""


def translated(own: str, translations: LangMap) -> LangMap:
    """A text typed in the office's language plus its translations, as one map; the office's
    text wins over a stray translation into the office's own language."""
    texts = {lang: text for lang, text in translations.items() if text}
    if own:
        texts[OFFICE_LANGUAGE] = own
    return texts


def split_translated(texts: LangMap) -> tuple[str, LangMap]:
    """The inverse of `translated`: (the office's text, the other languages)."""
    return texts.get(OFFICE_LANGUAGE, ""), {
        lang: text for lang, text in sorted(texts.items()) if text and lang != OFFICE_LANGUAGE}


@dataclass(frozen=True, slots=True)
class Contact:
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Journey:
    """An arrival or a departure: when, how, with which reference (flight number) and where."""

    at: datetime | None = None
    mode: TravelMode | None = None
    reference: str = ""
    place: str = ""

    @property
    def is_empty(self) -> bool:
        return self.at is None and self.mode is None and not self.reference and not self.place


@dataclass(frozen=True, slots=True)
class PartnerCity:
    name: str
    native_name: str = ""
    country: str = ""
    relation: Relation = Relation.TWIN_CITY
    since: int | None = None
    contacts: tuple[Contact, ...] = ()
    notes: str = ""
    time_zone: str = ""  # IANA name like 'Asia/Shanghai'; empty: the office's own
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Delegation:
    title: LangMap
    partner_city_id: int | None = None
    occasion: str = ""
    occasion_translations: LangMap = field(default_factory=dict)
    status: DelegationStatus = DelegationStatus.REQUESTED
    arrival: Journey = field(default_factory=Journey)
    departure: Journey = field(default_factory=Journey)
    hotel_venue_id: int | None = None
    languages: tuple[str, ...] = ()
    officer_id: int | None = None
    notes_internal: str = ""
    # A trip abroad: the city's own people travel (see planner.domain.trips). Its arrival and
    # departure are those at the destination, derived from the journeys when there are any.
    direction: Direction = Direction.INCOMING
    # The destination's zone when it is not the partner city's (an event elsewhere).
    time_zone: str = ""
    trip: TripPlan = EMPTY_TRIP
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_trip(self) -> bool:
        return self.direction is Direction.OUTGOING

    def with_stay_from_journeys(self) -> Delegation:
        """A trip with journeys: its arrival is the landing abroad, its departure the take-off
        home, so lists, week plans and the stay rules read the same columns for both
        directions. Without journeys (or for a visit) the entered stay stands."""
        out, back = self.trip.landed_abroad(), self.trip.leaving_abroad()
        if not self.is_trip or (out is None and back is None):
            return self
        arrival, departure = self.arrival, self.departure
        if out is not None:
            arrival = Journey(out.arrives, out.mode, out.reference, out.to_place)
        if back is not None:
            departure = Journey(back.departs, back.mode, back.reference, back.from_place)
        return replace(self, arrival=arrival, departure=departure)

    def display_title(self, lang: str = "de") -> str:
        return pick_text(self.title, lang)

    @property
    def occasions(self) -> LangMap:
        return translated(self.occasion, self.occasion_translations)


@dataclass(frozen=True, slots=True)
class Member:
    delegation_id: int
    name: str
    native_name: str = ""
    salutation: str = ""
    title: str = ""
    title_translations: LangMap = field(default_factory=dict)
    gender: Gender | None = None
    rank: int = 1
    is_head: bool = False
    languages: tuple[str, ...] = ()
    dietary: str = ""
    accessibility: str = ""
    email: str = ""
    phone: str = ""
    arrival: Journey = field(default_factory=Journey)
    departure: Journey = field(default_factory=Journey)
    # Only for a visa support letter (personal data, anonymised with the visit's).
    nationality: str = ""
    date_of_birth: date | None = None
    passport_number: str = ""
    passport_expires: date | None = None
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def titles(self) -> LangMap:
        return translated(self.title, self.title_translations)


@dataclass(frozen=True, slots=True)
class HostPerson:
    """Someone on the city's side: mayor, council member, staff, interpreter, driver."""

    name: str
    role: HostRole = HostRole.STAFF
    native_name: str = ""
    function: str = ""
    function_translations: LangMap = field(default_factory=dict)
    rank: int | None = None
    languages: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    # The user name this person signs in with: their tasks are "mine" to them.
    login: str = ""
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def functions(self) -> LangMap:
        return translated(self.function, self.function_translations)


@dataclass(frozen=True, slots=True)
class Venue:
    name: str
    address: str = ""
    capacity: int | None = None
    accessible: bool | None = None
    accessibility_notes: str = ""
    contact: str = ""
    time_zone: str = ""  # empty: the office's own (a venue abroad names its zone)
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TravelTime:
    venue_a_id: int
    venue_b_id: int
    minutes: int
    # The stored row's version, for optimistic locking; two times are equal without it.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Resource:
    """A vehicle (capacity = seats), a room, or an interpreter booking."""

    name: str
    kind: ResourceKind = ResourceKind.VEHICLE
    capacity: int | None = None
    venue_id: int | None = None
    notes: str = ""
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ProgrammeItem:
    delegation_ids: tuple[int, ...]
    kind: ItemKind
    title: LangMap
    start: datetime
    end: datetime
    description: LangMap = field(default_factory=dict)
    venue_id: int | None = None
    all_members: bool = True
    member_ids: tuple[int, ...] = ()
    host_ids: tuple[int, ...] = ()
    interpreter_ids: tuple[int, ...] = ()
    driver_ids: tuple[int, ...] = ()
    vehicle_id: int | None = None
    dress_code: str = ""
    notes_internal: str = ""
    guest_notes: LangMap = field(default_factory=dict)
    needs_acknowledged: bool = False
    status: ItemStatus = ItemStatus.PLANNED
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def display_title(self, lang: str = "de") -> str:
        return pick_text(self.title, lang)


@dataclass(frozen=True, slots=True)
class GoldenBook:
    number: int
    title: str = ""
    first_date: date | None = None
    last_date: date | None = None
    pages: int | None = None
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class Signer:
    """A signer as they were at the time of signing: later title changes never rewrite this."""

    name: str
    native_name: str = ""
    function: str = ""
    member_id: int | None = None
    host_id: int | None = None


@dataclass(frozen=True, slots=True)
class GoldenBookEntry:
    book_id: int
    status: EntryStatus = EntryStatus.PLANNED
    number: int | None = None
    page: int | None = None
    signed_on: date | None = None
    place: str = ""
    occasion: str = ""
    delegation_id: int | None = None
    item_id: int | None = None
    inscription: str = ""
    signers: tuple[Signer, ...] = ()
    photos: tuple[Attachment, ...] = ()
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A photograph's identity; `problem` says why its bytes cannot be read, if they cannot."""

    filename: str
    media_type: str
    sha256: str
    size: int
    id: int | None = None
    problem: str = ""


@dataclass(frozen=True, slots=True)
class GoldenBookRegisterLine:
    """One entry as the register prints it: display-ready, with delegation and partner city."""

    entry_id: int
    book_number: int
    number: int | None
    page: int | None
    signed_on: date | None
    status: EntryStatus
    place: str
    occasion: str
    signers: tuple[Signer, ...]
    delegation_title: str
    partner_city: str
    country: str
    inscription: str


@dataclass(frozen=True, slots=True)
class Gift:
    direction: GiftDirection
    description: str
    given_on: date | None = None
    delegation_id: int | None = None
    partner_city_id: int | None = None
    giver_name: str = ""
    giver_function: str = ""
    recipient_name: str = ""
    recipient_function: str = ""
    category: str = ""
    value_eur: Decimal | None = None
    kept_at: str = ""
    declaration: DeclarationStatus = DeclarationStatus.NOT_REQUIRED
    disposition: GiftDisposition = GiftDisposition.NOT_RECORDED
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEvent:
    at: datetime
    os_user: str
    db_user: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, object]


@dataclass(frozen=True, slots=True)
class DelegationSummary:
    """One line of the delegation list: display-ready, cheap to hold 100,000 of."""

    id: int
    title: str
    partner_city: str
    occasion: str
    status: DelegationStatus
    arrival: datetime | None
    departure: datetime | None
    member_count: int
    version: int
    direction: Direction = Direction.INCOMING
    time_zone: str = "Europe/Berlin"  # where its times happen (a trip's destination)


class ProgrammeSummary(NamedTuple):
    """One line of a long programme list: the item without its links. A named tuple, not a
    frozen dataclass: ten years are 60,000 of them, and a tuple is built in a third of the
    time (a frozen dataclass sets each field through object.__setattr__)."""

    id: int
    start: datetime
    end: datetime
    kind: ItemKind
    title: str
    status: ItemStatus
    venue: str
    delegations: tuple[str, ...]
    version: int
