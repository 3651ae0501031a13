"""Use cases of the gifts register: never the same gift twice, declarations above a threshold."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.enums import DeclarationStatus, GiftDirection, GiftDisposition
from planner.domain.errors import Problem, ValidationError
from planner.domain.records import Gift
from planner.domain.settings import GIFT_DECLARATION_THRESHOLD_EUR
from planner.domain.text import fold
from planner.services.catalogue import check_reference, get_row
from planner.services.context import ServiceContext, apply_fields, require_version
from planner.services.settings import read_setting
from planner.store.models import DelegationRow, GiftRow, PartnerCityRow

_TEXT = ("giver_name", "giver_function", "recipient_name", "recipient_function", "category",
         "kept_at")


@dataclass(frozen=True)
class GiftWarning:
    kind: str  # "duplicate" or "declaration"
    message: str
    other_gift_id: int | None = None


def gift_record(row: GiftRow) -> Gift:
    return Gift(direction=GiftDirection(row.direction), description=row.description,
                given_on=row.given_on, delegation_id=row.delegation_id,
                partner_city_id=row.partner_city_id, value_eur=row.value_eur,
                declaration=DeclarationStatus(row.declaration),
                disposition=GiftDisposition(row.disposition), id=row.id, version=row.version,
                **{k: getattr(row, k) for k in _TEXT})


def _columns(g: Gift) -> dict[str, object]:
    return {"direction": g.direction.value, "description": g.description.strip(),
            "given_on": g.given_on, "delegation_id": g.delegation_id,
            "partner_city_id": g.partner_city_id, "value_eur": g.value_eur,
            "declaration": g.declaration.value, "disposition": g.disposition.value,
            **{k: getattr(g, k) for k in _TEXT}}


def _check(g: Gift) -> None:
    c = rules.Checker()
    c.required("description", g.description)
    c.length("description", g.description, rules.TEXT_MAX)
    for name in _TEXT:
        c.length(name, getattr(g, name), rules.SHORT_MAX if name == "category" else rules.NAME_MAX)
    if g.value_eur is not None and (g.value_eur < 0 or g.value_eur >= Decimal("1e10")):
        c.add("value_eur", f"{g.value_eur} is not a plausible value in EUR")
    c.raise_if_any()


def _city_of(session: Session, gift: Gift) -> int | None:
    if gift.partner_city_id is not None or gift.delegation_id is None:
        return gift.partner_city_id
    delegation = session.get(DelegationRow, gift.delegation_id)
    return delegation.partner_city_id if delegation else None


def gift_warnings(session: Session, gift: Gift) -> list[GiftWarning]:
    warnings: list[GiftWarning] = []
    threshold = Decimal(str(read_setting(session, GIFT_DECLARATION_THRESHOLD_EUR)))
    if (gift.direction == GiftDirection.RECEIVED and gift.value_eur is not None
            and gift.value_eur > threshold and gift.declaration != DeclarationStatus.DECLARED):
        warnings.append(GiftWarning("declaration", f"worth {gift.value_eur} EUR, above the "
                                                   f"{threshold} EUR threshold: must be declared"))
    if gift.direction != GiftDirection.GIVEN:
        return warnings
    city_id = _city_of(session, gift)
    recipient = fold(gift.recipient_name.strip())
    if not recipient and city_id is None:
        return warnings
    query = select(GiftRow, DelegationRow.partner_city_id).outerjoin(
        DelegationRow, GiftRow.delegation_id == DelegationRow.id).where(
        GiftRow.direction == GiftDirection.GIVEN.value)
    if gift.id is not None:
        query = query.where(GiftRow.id != gift.id)
    description, category = fold(gift.description.strip()), fold(gift.category.strip())
    city = session.get(PartnerCityRow, city_id) if city_id is not None else None
    # The register holds hundreds of gifts, not millions: folding in Python keeps one rule.
    for other, delegation_city in session.execute(query):
        same_recipient = bool(recipient) and fold(other.recipient_name.strip()) == recipient
        to_city = city_id is not None and city_id in (other.partner_city_id, delegation_city)
        if not (same_recipient or to_city):
            continue
        if gift.given_on and other.given_on and other.given_on > gift.given_on:
            continue  # only what was given before this gift counts as a repeat
        if fold(other.description.strip()) == description:
            what = f"the same gift ({other.description!r})"
        elif category and fold(other.category.strip()) == category:
            what = f"a gift of the same category ({other.category!r}: {other.description!r})"
        else:
            continue
        whom = other.recipient_name if same_recipient else (city.name if city else "")
        when = other.given_on.isoformat() if other.given_on else "earlier"
        warnings.append(GiftWarning("duplicate", f"{whom} already received {what} on {when}",
                                    other.id))
    return warnings


class Gifts:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, direction: GiftDirection | None = None, text: str = "") -> list[Gift]:
        query = select(GiftRow).order_by(GiftRow.given_on.desc(), GiftRow.id.desc())
        if direction is not None:
            query = query.where(GiftRow.direction == direction.value)
        with self.ctx.read() as session:
            gifts = [gift_record(r) for r in session.scalars(query)]
        if text.strip():
            needle = fold(text.strip())
            gifts = [g for g in gifts if needle in fold(" ".join(
                (g.description, g.category, g.giver_name, g.recipient_name, g.kept_at)))]
        return gifts

    def get(self, gift_id: int) -> Gift:
        with self.ctx.read() as session:
            return gift_record(get_row(session, GiftRow, gift_id, "gift"))

    def warnings(self, gift: Gift) -> list[GiftWarning]:
        """What the officer should know before saving (shown beside the form)."""
        with self.ctx.read() as session:
            return gift_warnings(session, gift)

    def warnings_for_delegation(self, delegation_id: int) -> list[tuple[Gift, GiftWarning]]:
        with self.ctx.read() as session:
            gifts = [gift_record(r) for r in session.scalars(select(GiftRow).where(
                GiftRow.delegation_id == delegation_id).order_by(GiftRow.id))]
            return [(g, w) for g in gifts for w in gift_warnings(session, g)]

    def save(self, gift: Gift) -> Gift:
        _check(gift)
        with self.ctx.write() as session:
            problems: list[Problem] = []
            check_reference(session, DelegationRow, gift.delegation_id, "delegation_id",
                            "delegation", problems)
            check_reference(session, PartnerCityRow, gift.partner_city_id, "partner_city_id",
                            "partner city", problems)
            if problems:
                raise ValidationError(problems)
            threshold = Decimal(str(read_setting(session, GIFT_DECLARATION_THRESHOLD_EUR)))
            if (gift.direction == GiftDirection.RECEIVED and gift.value_eur is not None
                    and gift.value_eur > threshold
                    and gift.declaration == DeclarationStatus.NOT_REQUIRED):
                gift = replace(gift, declaration=DeclarationStatus.PENDING)
            if gift.id is None:
                row = GiftRow(**_columns(gift))
                session.add(row)
            else:
                row = get_row(session, GiftRow, gift.id, "gift")
                require_version("gift", row.id, gift.version, row.version)
                apply_fields(row, _columns(gift))
            session.flush()
            return gift_record(row)

    def delete(self, gift_id: int, version: int | None = None) -> Gift:
        with self.ctx.write() as session:
            row = get_row(session, GiftRow, gift_id, "gift")
            require_version("gift", gift_id, version, row.version)
            deleted = gift_record(row)
            session.delete(row)
            return replace(deleted, id=None, version=None)
