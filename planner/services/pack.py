"""The visit pack: every document a visit needs, written at once into one folder.

Guest itineraries in the delegation's languages, a personal programme per member (in the
member's language), the internal run sheet, name badges, place cards, the order of
precedence, a seating plan per meal and the programme as an iCalendar file. Everything is
generated first and written only when all of it succeeded: a failed pack leaves the folder as
it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.documents.languages import DOCUMENT_LANGUAGES
from planner.domain.enums import ItemKind, ItemStatus
from planner.domain.office import OFFICE_LANGUAGE, OFFICE_ZONE
from planner.services import Services
from planner.services.document_files import DocumentRequest, default_language, generate
from planner.services.documents import DocumentSource, document_source
from planner.services.private_files import write_private

Progress = Callable[[int, int], None]  # (done, total), called on the generating thread


@dataclass(frozen=True)
class PackFile:
    name: str
    request: DocumentRequest


@dataclass
class PackResult:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "name: warning", for the officer


def slug(text: str) -> str:
    """A file name part of any script: letters and digits kept, the rest one hyphen."""
    text = unicodedata.normalize("NFC", text).strip()
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_").lower() or "x"


def pack_plan(services: Services, delegation_id: int) -> list[PackFile]:
    """What the pack holds for this delegation, in the order an officer prints it."""
    delegation = services.delegations.get(delegation_id)
    members = services.members.list(delegation_id)
    items = services.programme.list(delegation_id)
    guest_languages = [lang for lang in dict.fromkeys(delegation.languages)
                       if lang in DOCUMENT_LANGUAGES] or [default_language(())]
    main = guest_languages[0]

    def request(kind: str, lang: str, **more: object) -> DocumentRequest:
        return DocumentRequest(kind=kind, delegation_id=delegation_id, lang=lang,
                               **more)  # type: ignore[arg-type]

    plan = [PackFile(f"01-programme-{lang}.pdf", request("guest", lang))
            for lang in guest_languages]
    for number, member in enumerate(members, 1):
        lang = default_language(member.languages) if member.languages else main
        plan.append(PackFile(f"02-personal-{number:02d}-{slug(member.name)}-{lang}.pdf",
                             request("personal", lang, member_id=member.id)))
    plan += [
        PackFile(f"03-run-sheet-{OFFICE_LANGUAGE}.pdf", request("run_sheet", OFFICE_LANGUAGE)),
        PackFile(f"04-precedence-{OFFICE_LANGUAGE}.pdf",
                 request("precedence", OFFICE_LANGUAGE)),
        PackFile(f"05-badges-{main}.pdf", request("badges", main)),
    ]
    meals = [i for i in items if i.kind == ItemKind.MEAL and i.status != ItemStatus.CANCELLED]
    if not meals:
        plan.append(PackFile(f"06-place-cards-{main}.pdf", request("place_cards", main)))
    for meal in meals:
        # Per meal: its seating plan and its place cards in table order, as the plan seats.
        when = meal.start.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d-%H%M")
        plan.append(PackFile(f"06-place-cards-{when}-{main}.pdf",
                             request("meal_cards", main, item_id=meal.id)))
        plan.append(PackFile(f"07-seating-{when}-{OFFICE_LANGUAGE}.pdf",
                             request("seating", OFFICE_LANGUAGE, item_id=meal.id)))
    plan.append(PackFile(f"08-programme-{main}.ics", request("calendar", main)))
    return plan


def write_pack(services: Services, delegation_id: int, folder: Path,
               progress: Progress | None = None) -> PackResult:
    """Generate every document of the pack, then write them into `folder` (created if
    needed). Nothing is written unless everything could be generated."""
    plan = pack_plan(services, delegation_id)
    total = len(plan) + 1  # the last step writes the files
    source = _Remembering(document_source(services.ctx))
    made: list[tuple[str, bytes]] = []
    result = PackResult()
    for done, part in enumerate(plan):
        if progress is not None:
            progress(done, total)
        document = generate(services, part.request, source)
        made.append((part.name, document.data))
        result.warnings += [f"{part.name}: {warning}" for warning in document.warnings]
        if document.fallbacks:
            result.warnings.append(f"{part.name}: {len(document.fallbacks)} text(s) printed in "
                                   "another language (see the Documents screen)")
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in made:
        result.files.append(write_private(folder / name, data))
    if progress is not None:
        progress(total, total)
    return result


class _Remembering(DocumentSource):
    """A document source that reads each (delegation, language) once: a pack prints the same
    programme a dozen times (guest copy, every member's, badges, place cards, seating)."""

    def __init__(self, inner: DocumentSource) -> None:
        super().__init__(inner.ctx, inner.conflicts)
        self._seen: dict[tuple[object, ...], object] = {}

    def itinerary(self, delegation_id: int, lang: str, generated_at: object = None,
                  second: str | None = None):  # type: ignore[no-untyped-def,override]
        key = (delegation_id, lang, generated_at, second)
        if key not in self._seen:
            self._seen[key] = super().itinerary(delegation_id, lang, generated_at,  # type: ignore[arg-type]
                                                second)
        return self._seen[key]
