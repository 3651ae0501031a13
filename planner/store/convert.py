"""Conversion between mapped rows and the domain's plain records."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from planner.domain.enums import (
    CostCategory,
    DelegationStatus,
    Direction,
    Gender,
    HostRole,
    ItemKind,
    ItemRole,
    ItemStatus,
    Relation,
    ResourceKind,
    TravelMode,
    VisaStatus,
)
from planner.domain.records import (
    Contact,
    Delegation,
    HostPerson,
    Journey,
    LangMap,
    Member,
    PartnerCity,
    ProgrammeItem,
    Resource,
    Venue,
    split_translated,
)
from planner.domain.trips import EMPTY_TRIP, CostLine, Leg, LegKind, Traveller, TripPlan
from planner.store.models import (
    DelegationRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    ResourceRow,
    TravellerRow,
    VenueRow,
)

_STAMPS = ("id", "version", "created_at", "updated_at")


def _stamps(row: Any) -> dict[str, Any]:
    return {key: getattr(row, key) for key in _STAMPS}


def journey_of(row: Any, prefix: str) -> Journey:
    mode = getattr(row, f"{prefix}_mode")
    return Journey(
        at=getattr(row, f"{prefix}_at"),
        mode=TravelMode(mode) if mode else None,
        reference=getattr(row, f"{prefix}_reference"),
        place=getattr(row, f"{prefix}_place"),
    )


def journey_columns(prefix: str, journey: Journey) -> dict[str, Any]:
    return {
        f"{prefix}_at": journey.at,
        f"{prefix}_mode": journey.mode.value if journey.mode else None,
        f"{prefix}_reference": journey.reference,
        f"{prefix}_place": journey.place,
    }


def partner_city(row: PartnerCityRow) -> PartnerCity:
    return PartnerCity(
        name=row.name, native_name=row.native_name, country=row.country,
        relation=Relation(row.relation), since=row.since,
        contacts=tuple(Contact(**c) for c in row.contacts), notes=row.notes,
        time_zone=row.time_zone or "", **_stamps(row))


def partner_city_columns(city: PartnerCity) -> dict[str, Any]:
    return {
        "name": city.name.strip(), "native_name": city.native_name, "country": city.country,
        "relation": city.relation.value, "since": city.since,
        "contacts": [{"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
                     for c in city.contacts],
        "notes": city.notes, "time_zone": city.time_zone,
    }


def _translations(texts: LangMap) -> LangMap:
    """Stored translations: no empty ones, none into the office's language (its column has it)."""
    return split_translated(texts)[1]


def delegation(row: DelegationRow) -> Delegation:
    return Delegation(
        title=dict(row.title), partner_city_id=row.partner_city_id, occasion=row.occasion,
        occasion_translations=dict(row.occasion_translations or {}),
        status=DelegationStatus(row.status), arrival=journey_of(row, "arrival"),
        departure=journey_of(row, "departure"), hotel_venue_id=row.hotel_venue_id,
        languages=tuple(row.languages), officer_id=row.officer_id,
        notes_internal=row.notes_internal, direction=Direction(row.direction or "incoming"),
        time_zone=row.time_zone or "", trip=trip_of(row.trip or {}, row.travellers),
        **_stamps(row))


def delegation_columns(d: Delegation, office_language: str = "de") -> dict[str, Any]:
    return {
        "title": {k: v for k, v in d.title.items() if v},
        "sort_title": d.display_title(office_language),
        "partner_city_id": d.partner_city_id, "occasion": d.occasion,
        "occasion_translations": _translations(d.occasion_translations),
        "status": d.status.value,
        **journey_columns("arrival", d.arrival), **journey_columns("departure", d.departure),
        "hotel_venue_id": d.hotel_venue_id, "languages": list(d.languages),
        "officer_id": d.officer_id, "notes_internal": d.notes_internal,
        "direction": d.direction.value, "time_zone": d.time_zone, "trip": trip_columns(d.trip),
    }


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def trip_of(data: dict[str, Any], travellers: list[TravellerRow]) -> TripPlan:
    """The trip stored in a delegation's JSON column and its traveller rows."""
    if not data and not travellers:
        return EMPTY_TRIP
    legs = tuple(Leg(
        departs=_instant(leg["departs"]), arrives=_instant(leg["arrives"]),
        kind=LegKind(leg.get("kind", "outbound")),
        mode=TravelMode(leg["mode"]) if leg.get("mode") else None,
        reference=leg.get("reference", ""), from_place=leg.get("from_place", ""),
        from_zone=leg.get("from_zone", ""), to_place=leg.get("to_place", ""),
        to_zone=leg.get("to_zone", "")) for leg in data.get("legs", ()))
    costs = tuple(CostLine(CostCategory(line["category"]), Decimal(line["amount"]),
                           line.get("description", "")) for line in data.get("costs", ()))
    rate = data.get("per_diem_eur")
    return TripPlan(
        travellers=tuple(Traveller(
            host_id=t.host_id, passport_valid_until=t.passport_valid_until,
            visa=VisaStatus(t.visa or ""), visa_deadline=t.visa_deadline,
            vaccinations=t.vaccinations, vaccinations_done=t.vaccinations_done)
            for t in travellers),
        legs=legs, costs=costs, per_diem_eur=Decimal(rate) if rate is not None else None,
        decline_reason=data.get("decline_reason", ""))


def trip_columns(plan: TripPlan) -> dict[str, Any]:
    """The JSON column's content: instants in UTC, amounts as exact decimal strings."""
    data: dict[str, Any] = {}
    if plan.legs:
        data["legs"] = [{
            "kind": leg.kind.value, "mode": leg.mode.value if leg.mode else None,
            "reference": leg.reference, "from_place": leg.from_place,
            "from_zone": leg.from_zone, "departs": leg.departs.astimezone(UTC).isoformat(),
            "to_place": leg.to_place, "to_zone": leg.to_zone,
            "arrives": leg.arrives.astimezone(UTC).isoformat()} for leg in plan.ordered_legs]
    if plan.costs:
        data["costs"] = [{"category": c.category.value, "amount": str(c.amount),
                          "description": c.description} for c in plan.costs]
    if plan.per_diem_eur is not None:
        data["per_diem_eur"] = str(plan.per_diem_eur)
    if plan.decline_reason:
        data["decline_reason"] = plan.decline_reason
    return data


def traveller_rows(plan: TripPlan) -> list[TravellerRow]:
    return [TravellerRow(host_id=t.host_id, position=i,
                         passport_valid_until=t.passport_valid_until, visa=t.visa.value,
                         visa_deadline=t.visa_deadline, vaccinations=t.vaccinations,
                         vaccinations_done=t.vaccinations_done)
            for i, t in enumerate(plan.travellers)]


_MEMBER_TEXT = ("name", "native_name", "salutation", "title", "dietary", "accessibility",
                "email", "phone", "nationality", "passport_number")
_MEMBER_DATES = ("date_of_birth", "passport_expires")


def member(row: MemberRow) -> Member:
    return Member(
        delegation_id=row.delegation_id, gender=Gender(row.gender) if row.gender else None,
        rank=row.rank, is_head=row.is_head, languages=tuple(row.languages),
        arrival=journey_of(row, "arrival"), departure=journey_of(row, "departure"),
        title_translations=dict(row.title_translations or {}),
        **{k: getattr(row, k) for k in (*_MEMBER_TEXT, *_MEMBER_DATES)}, **_stamps(row))


def member_columns(m: Member) -> dict[str, Any]:
    return {
        "delegation_id": m.delegation_id,
        **{k: getattr(m, k) for k in (*_MEMBER_TEXT, *_MEMBER_DATES)},
        "name": m.name.strip(), "gender": m.gender.value if m.gender else None, "rank": m.rank,
        "is_head": m.is_head, "languages": list(m.languages),
        "title_translations": _translations(m.title_translations),
        **journey_columns("arrival", m.arrival), **journey_columns("departure", m.departure),
    }


def host(row: HostPersonRow) -> HostPerson:
    return HostPerson(
        name=row.name, role=HostRole(row.role), native_name=row.native_name,
        function=row.function, function_translations=dict(row.function_translations or {}),
        rank=row.rank, languages=tuple(row.languages), email=row.email,
        phone=row.phone, login=row.login or "", **_stamps(row))


def host_columns(h: HostPerson) -> dict[str, Any]:
    return {"name": h.name.strip(), "role": h.role.value, "native_name": h.native_name,
            "function": h.function,
            "function_translations": _translations(h.function_translations), "rank": h.rank,
            "languages": list(h.languages),
            "email": h.email, "phone": h.phone, "login": h.login.strip()}


def venue(row: VenueRow) -> Venue:
    return Venue(name=row.name, address=row.address, capacity=row.capacity,
                 accessible=row.accessible, accessibility_notes=row.accessibility_notes,
                 contact=row.contact, time_zone=row.time_zone or "", **_stamps(row))


def venue_columns(v: Venue) -> dict[str, Any]:
    return {"name": v.name.strip(), "address": v.address, "capacity": v.capacity,
            "accessible": v.accessible, "accessibility_notes": v.accessibility_notes,
            "contact": v.contact, "time_zone": v.time_zone}


def resource(row: ResourceRow) -> Resource:
    return Resource(name=row.name, kind=ResourceKind(row.kind), capacity=row.capacity,
                    venue_id=row.venue_id, notes=row.notes, **_stamps(row))


def resource_columns(r: Resource) -> dict[str, Any]:
    return {"name": r.name.strip(), "kind": r.kind.value, "capacity": r.capacity,
            "venue_id": r.venue_id, "notes": r.notes}


def programme_item(row: ProgrammeItemRow, delegation_ids: list[int], member_ids: list[int],
                   hosts: list[tuple[int, str]]) -> ProgrammeItem:
    def role(r: ItemRole) -> tuple[int, ...]:
        return tuple(sorted(h for h, rl in hosts if rl == r.value))

    return ProgrammeItem(
        delegation_ids=tuple(sorted(delegation_ids)), kind=ItemKind(row.kind),
        title=dict(row.title), start=row.start_at, end=row.end_at,
        description=dict(row.description), venue_id=row.venue_id, all_members=row.all_members,
        member_ids=tuple(sorted(member_ids)), host_ids=role(ItemRole.HOST),
        interpreter_ids=role(ItemRole.INTERPRETER), driver_ids=role(ItemRole.DRIVER),
        vehicle_id=row.vehicle_id, dress_code=row.dress_code, notes_internal=row.notes_internal,
        guest_notes=dict(row.guest_notes), needs_acknowledged=row.needs_acknowledged,
        status=ItemStatus(row.status), **_stamps(row))


def programme_item_columns(item: ProgrammeItem) -> dict[str, Any]:
    return {
        "kind": item.kind.value, "title": {k: v for k, v in item.title.items() if v},
        "description": {k: v for k, v in item.description.items() if v},
        "start_at": item.start, "end_at": item.end, "venue_id": item.venue_id,
        "all_members": item.all_members, "vehicle_id": item.vehicle_id,
        "dress_code": item.dress_code, "notes_internal": item.notes_internal,
        "guest_notes": {k: v for k, v in item.guest_notes.items() if v},
        "needs_acknowledged": item.needs_acknowledged, "status": item.status.value,
    }
