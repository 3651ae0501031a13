"""Letter templates: text the office edits, with named placeholders filled from the visit.

A template is plain text with `{head.name}`-style names, nothing else: no attribute access,
no indexing, no format specifications, no expressions. Rendering looks each name up in a flat
table of strings, so no template can run code or reach anything but the values offered.
`{{` and `}}` print a brace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner.domain.errors import Problem, ValidationError

TEMPLATE_TEXT_MAX = 20_000
# What the window of a DIN envelope shows of the address block.
ADDRESS_LINES = 9


class LetterKind(StrEnum):
    INVITATION = "invitation"  # to the head of a delegation
    VISA = "visa"  # support for one member's visa application
    THANKS = "thanks"  # after the visit


# Every name a template may use, with what it prints (shown beside the template editor).
PLACEHOLDERS: dict[str, str] = {
    "head.name": "the head of the delegation's name",
    "head.salutation": "the head's name with the form of address (Ms Miriam Levi)",
    "head.greeting": "the opening of the letter (Dear Ms Miriam Levi / Sehr geehrte Frau …)",
    "head.form": "the form of address alone, as a French letter opens: Madame / Monsieur",
    "head.title": "the head's function in the letter's language",
    "member.name": "the member the visa letter is for",
    "member.salutation": "that member's name with the form of address",
    "member.form": "that member's form of address alone",
    "member.title": "that member's function",
    "member.date_of_birth": "the member's date of birth",
    "member.nationality": "the member's nationality",
    "member.passport_number": "the member's passport number",
    "member.passport_expires": "the date the member's passport expires",
    "delegation.title": "the delegation's title in the letter's language",
    "delegation.occasion": "the occasion of the visit",
    "delegation.dates": "the dates of the visit (12–15 May 2026)",
    "delegation.arrival": "the day of arrival",
    "delegation.departure": "the day of departure",
    "city.name": "the partner city",
    "city.country": "the partner city's country",
    "office.city": "the office's city",
    "office.name": "the office's name",
    "office.address": "the office's postal address",
    "office.phone": "the office's phone",
    "office.email": "the office's e-mail",
    "officer.name": "the officer in charge of the visit",
    "officer.phone": "the officer's phone",
    "officer.email": "the officer's e-mail",
    "signatory.name": "who signs: the mayor",
    "signatory.function": "the signatory's function",
    "today": "today's date",
}
# A visa letter names one member; the other kinds have no member to name.
MEMBER_PLACEHOLDERS = frozenset(p for p in PLACEHOLDERS if p.startswith("member."))

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"^[a-z_]+(\.[a-z_]+)*$")


@dataclass(frozen=True, slots=True)
class LetterTemplate:
    kind: LetterKind
    lang: str
    subject: str
    # The address block: one line per line; empty lines are dropped when printed.
    recipient: str
    body: str


@dataclass(frozen=True, slots=True)
class Letter:
    """A template filled in: what the PDF and the DOCX print."""

    kind: LetterKind
    lang: str
    subject: str
    recipient: tuple[str, ...]
    paragraphs: tuple[str, ...]
    place_and_date: str


def placeholders_in(text: str, part: str) -> list[tuple[str, int]]:
    """Every placeholder of `text` with its line; a malformed brace is a problem naming
    `part` and the line."""
    found, problems = [], []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        line = text.count("\n", 0, match.start()) + 1
        name = match.group(1)
        if name is None:
            problems.append(Problem(part, f"line {line}: a single '{token}' — write "
                                          f"'{token * 2}' to print a brace"))
        elif not _NAME.match(name.strip()):
            problems.append(Problem(part, f"line {line}: {{{name}}} is not a placeholder "
                                          f"(names look like {{head.name}})"))
        else:
            found.append((name.strip(), line))
    if problems:
        raise ValidationError(problems)
    return found


def check_template(template: LetterTemplate,
                   allowed: frozenset[str] | None = None) -> None:
    """Refuse a template with an unknown placeholder, naming it and its line, or with a
    member's placeholder in a letter that names no member."""
    names = allowed if allowed is not None else frozenset(PLACEHOLDERS)
    if template.kind is not LetterKind.VISA:
        names = names - MEMBER_PLACEHOLDERS
    problems: list[Problem] = []
    for part in ("subject", "recipient", "body"):
        text = getattr(template, part)
        if len(text) > TEMPLATE_TEXT_MAX or "\x00" in text:
            problems.append(Problem(part, f"is longer than {TEMPLATE_TEXT_MAX} characters or "
                                          f"holds a NUL character"))
            continue
        try:
            used = placeholders_in(text, part)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        for name, line in used:
            if name in names:
                continue
            if name in MEMBER_PLACEHOLDERS:
                problems.append(Problem(part, f"line {line}: {{{name}}} names a member; only "
                                              f"a visa letter is written for one member"))
            else:
                problems.append(Problem(part, f"line {line}: unknown placeholder {{{name}}}"))
    if not template.body.strip():
        problems.append(Problem("body", "must not be empty"))
    if problems:
        raise ValidationError(problems)


def fill(text: str, values: Mapping[str, str], part: str = "body") -> str:
    """`text` with each placeholder replaced by its value; an unknown one is refused."""
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = (match.group(1) or "").strip()
        if name not in values:
            line = text.count("\n", 0, match.start()) + 1
            raise ValidationError(Problem(part, f"line {line}: unknown placeholder {{{name}}}"))
        return values[name]

    placeholders_in(text, part)  # malformed braces first, with their lines
    return _TOKEN.sub(replace, text)


def render(template: LetterTemplate, values: Mapping[str, str], place_and_date: str) -> Letter:
    check_template(template)
    body = fill(template.body, values, "body").replace("\r\n", "\n")
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())
    recipient = tuple(line.strip() for line in fill(template.recipient, values,
                                                    "recipient").splitlines() if line.strip())
    if len(recipient) > ADDRESS_LINES:
        raise ValidationError(Problem("recipient", f"the address block has {len(recipient)} "
                                                   f"lines; a window envelope shows "
                                                   f"{ADDRESS_LINES}"))
    subject = " ".join(fill(template.subject, values, "subject").split())
    return Letter(template.kind, template.lang, subject, recipient, paragraphs, place_and_date)


# -- as the office stores them (a setting: kind → language → parts) -----------------------------
def templates_from_json(value: object) -> list[LetterTemplate]:
    if not isinstance(value, dict):
        raise ValidationError(Problem("letters", "must map each kind of letter to its "
                                                 "languages"))
    problems: list[Problem] = []
    templates = []
    for kind, by_lang in value.items():
        if kind not in {k.value for k in LetterKind}:
            problems.append(Problem(f"letters.{kind}", f"{kind!r} is not a kind of letter "
                                                       f"(invitation, visa, thanks)"))
            continue
        if not isinstance(by_lang, dict):
            problems.append(Problem(f"letters.{kind}", "must map languages to templates"))
            continue
        for lang, parts in by_lang.items():
            where = f"letters.{kind}.{lang}"
            if not isinstance(parts, dict) or not all(
                    isinstance(parts.get(p, ""), str) for p in ("subject", "recipient", "body")):
                problems.append(Problem(where, "must hold subject, recipient and body as text"))
                continue
            template = LetterTemplate(LetterKind(kind), str(lang), parts.get("subject", ""),
                                      parts.get("recipient", ""), parts.get("body", ""))
            try:
                check_template(template)
            except ValidationError as exc:
                problems.extend(Problem(f"{where}.{p.field}", p.message) for p in exc.problems)
                continue
            templates.append(template)
    if problems:
        raise ValidationError(problems)
    return templates


def templates_json(templates: list[LetterTemplate]) -> dict[str, Any]:
    out: dict[str, dict[str, dict[str, str]]] = {}
    for t in templates:
        out.setdefault(t.kind.value, {})[t.lang] = {"subject": t.subject,
                                                    "recipient": t.recipient, "body": t.body}
    return out
