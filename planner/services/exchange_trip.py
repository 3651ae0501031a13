"""A trip abroad in the exchange format: travellers by name, journeys in local times with their
zones, costs as decimal strings. Files without a trip (all files before trips) read as visits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.domain.enums import CostCategory, TravelMode, VisaStatus
from planner.domain.trips import CostLine, Leg, LegKind, Traveller, TripPlan, zone
from planner.services.exchange_read import DocumentReader, known_fields


def trip_document(plan: TripPlan, name_of: Callable[[int], str]) -> dict[str, Any]:
    """The delegation's "trip" object; times are written in each end's own zone."""
    doc: dict[str, Any] = {
        "travellers": [{
            "person": name_of(t.host_id),
            "passport_valid_until": t.passport_valid_until.isoformat()
            if t.passport_valid_until else None,
            "visa": t.visa.value,
            "visa_deadline": t.visa_deadline.isoformat() if t.visa_deadline else None,
            "vaccinations": t.vaccinations, "vaccinations_done": t.vaccinations_done,
        } for t in plan.travellers],
        "journeys": [{
            "kind": leg.kind.value, "mode": leg.mode.value if leg.mode else None,
            "reference": leg.reference,
            "from": leg.from_place, "from_zone": leg.from_zone,
            "departs": leg.local_departure.isoformat(),
            "to": leg.to_place, "to_zone": leg.to_zone,
            "arrives": leg.local_arrival.isoformat(),
        } for leg in plan.ordered_legs],
        "costs": [{"category": c.category.value, "amount": str(c.amount),
                   "description": c.description} for c in plan.costs],
        "per_diem_eur": str(plan.per_diem_eur) if plan.per_diem_eur is not None else None,
        "decline_reason": plan.decline_reason,
    }
    return doc


def read_trip(r: DocumentReader, raw: Any, path: str) -> tuple[TripPlan, list[str]]:
    """The trip of a document and its travellers' names, in order (ids come when stored:
    `Traveller.host_id` is 0 until then)."""
    data = r.obj(raw, path, required=False)
    fields = known_fields()
    r.only(data, fields["delegation.trip"], path)
    names: list[str] = []
    travellers: list[Traveller] = []
    for i, item in enumerate(r.array(data.get("travellers"), f"{path}.travellers")):
        where = f"{path}.travellers[{i}]"
        t = r.obj(item, where)
        r.only(t, fields["delegation.trip.travellers[]"], where)
        name = r.text(t, "person", where, required=True)
        if name and name.strip().lower() in (n.strip().lower() for n in names):
            r.fail(f"{where}.person", f"{name!r} is listed twice as a traveller")
        names.append(name)
        travellers.append(Traveller(
            host_id=-(i + 1),  # distinct placeholders until the people are found or created
            passport_valid_until=r.day(t, "passport_valid_until", where),
            visa=r.choice(t, "visa", where, VisaStatus, VisaStatus.UNKNOWN) or VisaStatus.UNKNOWN,
            visa_deadline=r.day(t, "visa_deadline", where),
            vaccinations=r.text(t, "vaccinations", where),
            vaccinations_done=bool(r.boolean(t, "vaccinations_done", where))))
    legs: list[Leg] = []
    for i, item in enumerate(r.array(data.get("journeys"), f"{path}.journeys")):
        where = f"{path}.journeys[{i}]"
        j = r.obj(item, where)
        r.only(j, fields["delegation.trip.journeys[]"], where)
        departs = r.instant(j, "departs", where, required=True)
        arrives = r.instant(j, "arrives", where, required=True)
        from_zone = r.text(j, "from_zone", where, required=True)
        to_zone = r.text(j, "to_zone", where, required=True)
        if departs is None or arrives is None:
            continue
        for key, name, moment in (("departs", from_zone, departs), ("arrives", to_zone, arrives)):
            # The written offset must be the zone's at that moment: a typo in either is caught.
            if name and zone(name).utcoffset(moment.replace(tzinfo=None)) != moment.utcoffset():
                r.fail(f"{where}.{key}", f"{moment.isoformat()} does not match the offset of "
                                         f"{name} on that day")
        legs.append(Leg(
            departs=departs, arrives=arrives,
            kind=r.choice(j, "kind", where, LegKind, LegKind.OUTBOUND) or LegKind.OUTBOUND,
            mode=r.choice(j, "mode", where, TravelMode), reference=r.text(j, "reference", where),
            from_place=r.text(j, "from", where), from_zone=from_zone,
            to_place=r.text(j, "to", where), to_zone=to_zone))
    costs: list[CostLine] = []
    for i, item in enumerate(r.array(data.get("costs"), f"{path}.costs")):
        where = f"{path}.costs[{i}]"
        c = r.obj(item, where)
        r.only(c, fields["delegation.trip.costs[]"], where)
        amount = r.amount(c, "amount", where)
        category = r.choice(c, "category", where, CostCategory)
        if category is None:
            r.fail(f"{where}.category", "is missing")
        if amount is None and "amount" not in c:
            r.fail(f"{where}.amount", "is missing")
        if category is not None and amount is not None:
            costs.append(CostLine(category, amount, r.text(c, "description", where)))
    plan = TripPlan(travellers=tuple(travellers), legs=tuple(legs), costs=tuple(costs),
                    per_diem_eur=r.amount(data, "per_diem_eur", path),
                    decline_reason=r.text(data, "decline_reason", path))
    return plan, names
