"""Use cases of the office's letters: templates the office edits, filled in from a visit and
printed on the letterhead (PDF) or handed to Word (DOCX)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.documents.catalogue import locale
from planner.documents.data import Office
from planner.documents.labels import long_date_range, short_date
from planner.documents.layout import postal_line
from planner.documents.letter import (
    LetterData,
    form_of_address,
    greeting,
    place_and_date,
    render_letter,
    render_letter_docx,
)
from planner.documents.vocabulary import addressed
from planner.domain.enums import HostRole
from planner.domain.errors import Problem, ValidationError
from planner.domain.letters import (
    Letter,
    LetterKind,
    LetterTemplate,
    placeholders_in,
    render,
    templates_from_json,
    templates_json,
)
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import Delegation, Member, pick_text
from planner.domain.settings import LETTER_TEMPLATES
from planner.domain.text import fold
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.services.settings import Settings, office_identity, read_setting
from planner.store import convert
from planner.store.models import DelegationRow, HostPersonRow, MemberRow, PartnerCityRow


@dataclass(frozen=True, slots=True)
class LetterRequest:
    delegation_id: int
    kind: LetterKind
    member: str = ""  # a visa letter's member, by name
    lang: str = ""  # empty: the delegation's language where a template exists
    today: date | None = None


class Letters:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def templates(self) -> list[LetterTemplate]:
        return templates_from_json(Settings(self.ctx).get(LETTER_TEMPLATES))

    def templates_versioned(self) -> tuple[list[LetterTemplate], int]:
        value, version = Settings(self.ctx).get_versioned(LETTER_TEMPLATES)
        return templates_from_json(value), version

    def save_templates(self, templates: list[LetterTemplate],
                       expected_version: int | None = None) -> int:
        """Store the office's letter templates; one with an unknown placeholder is refused,
        naming it and its line."""
        return Settings(self.ctx).set(LETTER_TEMPLATES, templates_json(templates),
                                      expected_version)

    def compose(self, request: LetterRequest) -> tuple[Letter, Office]:
        """The letter filled in, and the office identity to print it with."""
        with self.ctx.read() as session:
            templates = templates_from_json(read_setting(session, LETTER_TEMPLATES))
            row = get_row(session, DelegationRow, request.delegation_id, "delegation")
            delegation = convert.delegation(row)
            members = [convert.member(m) for m in session.scalars(
                select(MemberRow).where(MemberRow.delegation_id == row.id)
                .order_by(MemberRow.rank, MemberRow.id))]
            template = _template(templates, request.kind, request.lang, delegation)
            office = office_identity(session)
            values, missing = _values(session, delegation, members, request, template.lang,
                                      office)
        _check_fillable(template, missing)
        today = request.today or date.today()
        letter = render(template, values, place_and_date(office.city, today, template.lang))
        return letter, office

    def pdf(self, request: LetterRequest) -> bytes:
        letter, office = self.compose(request)
        return render_letter(LetterData(office, letter)).pdf

    def docx(self, request: LetterRequest) -> bytes:
        letter, office = self.compose(request)
        return render_letter_docx(LetterData(office, letter))


def _template(templates: list[LetterTemplate], kind: LetterKind, lang: str,
              delegation: Delegation) -> LetterTemplate:
    own = {t.lang: t for t in templates if t.kind is kind}
    if lang:
        if lang in own:
            return own[lang]
        known = ", ".join(sorted(own)) or "none yet"
        raise ValidationError(Problem("lang", f"there is no {kind.value} letter in '{lang}' "
                                              f"(written: {known}); add it under Settings → "
                                              f"Letters"))
    for wanted in (*delegation.languages, "en", "de"):
        if wanted in own:
            return own[wanted]
    if own:
        return own[sorted(own)[0]]
    raise ValidationError(Problem("kind", f"the office has no {kind.value} letter yet; write "
                                          f"one under Settings → Letters"))


def _head(members: list[Member]) -> Member | None:
    return next((m for m in members if m.is_head), members[0] if members else None)


def _member(members: list[Member], name: str) -> Member:
    wanted = fold(name.strip())
    for m in members:
        if wanted and wanted in (fold(m.name.strip()), fold(m.native_name.strip())):
            return m
    names = ", ".join(m.name for m in members) or "none"
    raise ValidationError(Problem("member", f"no member named '{name}' in this delegation "
                                            f"(members: {names})"))


def _values(session: Session, delegation: Delegation, members: list[Member],
            request: LetterRequest, lang: str,
            office: Office) -> tuple[dict[str, str], dict[str, str]]:
    """Every placeholder's text in `lang`, and why the others cannot be filled."""
    values: dict[str, str] = {}
    missing: dict[str, str] = {}
    head = _head(members)
    if head is None:
        for key in ("head.name", "head.salutation", "head.greeting", "head.form", "head.title"):
            missing[key] = "the delegation has no members yet; add its head first"
    else:
        values |= _person("head", head, lang)
    if request.kind is LetterKind.VISA:
        if not request.member.strip():
            names = ", ".join(m.name for m in members) or "none"
            raise ValidationError(Problem("member", f"a visa letter is written for one member; "
                                                    f"name them with --member (members: "
                                                    f"{names})"))
        member = _member(members, request.member)
        values |= _person("member", member, lang)
        for key, value, what in (
                ("member.nationality", member.nationality, "nationality"),
                ("member.passport_number", member.passport_number, "passport number"),
                ("member.date_of_birth",
                 short_date(member.date_of_birth, lang) if member.date_of_birth else "",
                 "date of birth"),
                ("member.passport_expires",
                 short_date(member.passport_expires, lang) if member.passport_expires else "",
                 "passport's expiry date")):
            if value:
                values[key] = value
            else:
                missing[key] = (f"no {what} is stored for {member.name}; enter it in the "
                                f"member's details")
    values["delegation.title"] = pick_text(delegation.title, lang)
    values["delegation.occasion"] = pick_text(delegation.occasions, lang)
    arrival, departure = delegation.arrival.at, delegation.departure.at
    first = arrival.astimezone(OFFICE_ZONE).date() if arrival else None
    last = departure.astimezone(OFFICE_ZONE).date() if departure else first
    if first is not None and last is not None:
        values["delegation.dates"] = long_date_range(first, max(first, last), lang)
        values["delegation.arrival"] = short_date(first, lang)
        values["delegation.departure"] = short_date(last, lang)
    else:
        for key in ("delegation.dates", "delegation.arrival", "delegation.departure"):
            missing[key] = "the visit has no dates yet"
    city = session.get(PartnerCityRow, delegation.partner_city_id) \
        if delegation.partner_city_id else None
    if city is not None:
        values["city.name"] = city.name
        values["city.country"] = locale(lang).territories.get(city.country, city.country) \
            if city.country else ""
    else:
        missing["city.name"] = missing["city.country"] = "the delegation has no partner city"
    values |= {"office.city": office.city, "office.name": office.name,
               "office.address": postal_line(office.address),
               "office.phone": office.phone, "office.email": office.email,
               "today": short_date(request.today or date.today(), lang)}
    officer = session.get(HostPersonRow, delegation.officer_id) if delegation.officer_id else None
    if officer is not None:
        values |= {"officer.name": officer.name, "officer.phone": officer.phone,
                   "officer.email": officer.email}
    else:
        for key in ("officer.name", "officer.phone", "officer.email"):
            missing[key] = "the delegation has no officer in charge"
    mayor = session.scalars(select(HostPersonRow).where(
        HostPersonRow.role == HostRole.MAYOR.value).order_by(
        HostPersonRow.rank.is_(None), HostPersonRow.rank, HostPersonRow.id)).first()
    if mayor is not None:
        person = convert.host(mayor)
        values["signatory.name"] = person.name
        values["signatory.function"] = pick_text(person.functions, lang)
    else:
        missing["signatory.name"] = missing["signatory.function"] = (
            "there is no mayor in People & Venues to sign")
    return values, missing


# Letters in these languages address a guest in their own script when it is stored
# ("尊敬的王小明先生", not "尊敬的Wang Xiaoming先生"); the others write the name as typed.
NATIVE_SCRIPT_LETTERS = frozenset({"he", "zh", "ru", "sr"})


def _person(prefix: str, member: Member, lang: str) -> dict[str, str]:
    name = member.native_name.strip() if lang in NATIVE_SCRIPT_LETTERS and \
        member.native_name.strip() else member.name
    return {
        f"{prefix}.name": name,
        f"{prefix}.salutation": addressed(name, member.gender, member.salutation, lang),
        f"{prefix}.greeting": greeting(name, member.gender, member.salutation, lang),
        f"{prefix}.form": form_of_address(member.gender, lang),
        f"{prefix}.title": pick_text(member.titles, lang),
    }


def _check_fillable(template: LetterTemplate, missing: dict[str, str]) -> None:
    problems = [Problem(part, f"line {line}: {{{name}}} cannot be filled: {missing[name]}")
                for part in ("subject", "recipient", "body")
                for name, line in placeholders_in(getattr(template, part), part)
                if name in missing]
    if problems:
        raise ValidationError(problems)
