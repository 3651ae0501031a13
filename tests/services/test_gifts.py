"""The gifts register: repeated gifts are flagged, valuable received gifts must be declared."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.domain.enums import DeclarationStatus, GiftDirection
from planner.domain.errors import ValidationError
from planner.domain.records import Delegation, Gift, PartnerCity
from planner.domain.settings import GIFT_DECLARATION_THRESHOLD_EUR
from planner.services import Services


@pytest.fixture
def netanya(services: Services) -> PartnerCity:
    return services.partners.save(PartnerCity(name="Netanya", native_name="נתניה", country="IL"))


def given(city: PartnerCity, description: str, on: date, recipient: str = "",
          category: str = "") -> Gift:
    return Gift(direction=GiftDirection.GIVEN, description=description, given_on=on,
                partner_city_id=city.id, recipient_name=recipient, category=category)


def test_same_gift_to_the_same_city_is_flagged(services: Services, netanya: PartnerCity) -> None:
    services.gifts.save(given(netanya, "Gravierte Grubenlampe", date(2019, 9, 13)))
    planned = given(netanya, "gravierte grubenlampe ", date(2026, 5, 9))
    warnings = services.gifts.warnings(planned)
    assert [w.kind for w in warnings] == ["duplicate"]
    assert "Netanya already received the same gift" in warnings[0].message
    assert "2019-09-13" in warnings[0].message


def test_same_category_to_the_same_person_is_flagged(services: Services,
                                                     netanya: PartnerCity) -> None:
    services.gifts.save(given(netanya, "Miniatur-Fördergerüst", date(2024, 6, 2),
                              recipient="Miriam Feirberg-Ikar", category="Bergbau"))
    other_city = services.partners.save(PartnerCity(name="Amiens", country="FR"))
    planned = given(other_city, "Grubenlampe", date(2026, 5, 9),
                    recipient="MIRIAM FEIRBERG-IKAR", category="bergbau")
    assert "same category" in services.gifts.warnings(planned)[0].message
    fresh = given(other_city, "Bildband", date(2026, 5, 9), recipient="Someone else")
    assert services.gifts.warnings(fresh) == []


def test_a_later_gift_does_not_make_an_earlier_one_a_repeat(services: Services,
                                                            netanya: PartnerCity) -> None:
    first = services.gifts.save(given(netanya, "Bildband", date(2020, 1, 1)))
    services.gifts.save(given(netanya, "Bildband", date(2026, 1, 1)))
    assert services.gifts.warnings(first) == []


def test_gift_to_a_delegation_counts_for_its_partner_city(services: Services,
                                                          netanya: PartnerCity) -> None:
    d = services.delegations.save(Delegation(title={"de": "Netanya"}, partner_city_id=netanya.id))
    services.gifts.save(Gift(direction=GiftDirection.GIVEN, description="Wimpel",
                             given_on=date(2022, 5, 1), delegation_id=d.id))
    warnings = services.gifts.warnings_for_delegation(d.id)
    assert warnings == []
    services.gifts.save(Gift(direction=GiftDirection.GIVEN, description="Wimpel",
                             given_on=date(2026, 5, 1), delegation_id=d.id))
    assert [w.kind for _, w in services.gifts.warnings_for_delegation(d.id)] == ["duplicate"]


def test_received_gift_above_threshold_must_be_declared(services: Services,
                                                        netanya: PartnerCity) -> None:
    services.settings.set(GIFT_DECLARATION_THRESHOLD_EUR, 100)
    cheap = services.gifts.save(Gift(direction=GiftDirection.RECEIVED, description="Tee",
                                     value_eur=Decimal("20"), partner_city_id=netanya.id))
    dear = services.gifts.save(Gift(direction=GiftDirection.RECEIVED, description="Vase",
                                    value_eur=Decimal("400"), partner_city_id=netanya.id))
    assert cheap.declaration == DeclarationStatus.NOT_REQUIRED
    assert dear.declaration == DeclarationStatus.PENDING
    assert [w.kind for w in services.gifts.warnings(dear)] == ["declaration"]
    declared = services.gifts.save(
        Gift(**{**{f: getattr(dear, f) for f in dear.__dataclass_fields__},
                "declaration": DeclarationStatus.DECLARED}))
    assert services.gifts.warnings(declared) == []


def test_invalid_gift_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.gifts.save(Gift(direction=GiftDirection.GIVEN, description="",
                                 value_eur=Decimal("-5"), delegation_id=999))
    fields = {p.field for p in error.value.problems}
    assert fields == {"description", "value_eur"}
    with pytest.raises(ValidationError) as error:
        services.gifts.save(Gift(direction=GiftDirection.GIVEN, description="x",
                                 delegation_id=999))
    assert error.value.for_field("delegation_id")
    assert services.gifts.list() == []
