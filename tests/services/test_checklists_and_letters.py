"""Visit checklists and letters through the services, on both backends: a checklist applied
to a visit, deadlines that follow it, ticks with who and when, letters from templates."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import docx
import pdfplumber
import pytest

from planner.domain.checklists import Anchor, ChecklistTemplate, Condition, TaskTemplate
from planner.domain.enums import Gender
from planner.domain.errors import ValidationError
from planner.domain.letters import LetterKind, LetterTemplate
from planner.domain.records import HostPerson, Journey
from planner.services import Services
from planner.services.letters import LetterRequest
from planner.services.privacy import Privacy
from tests.services.conftest import at, dump, seed

VISIT = ChecklistTemplate("Visit", (
    TaskTemplate("Book hotel", offset_days=-30),
    TaskTemplate("Prepare Golden Book page", offset_days=-14, condition=Condition.GOLDEN_BOOK),
    TaskTemplate("Order interpreters", offset_days=-21, condition=Condition.INTERPRETERS),
    TaskTemplate("Settle travel costs", offset_days=14, condition=Condition.TRIP),
    TaskTemplate("Thank-you letter", Anchor.DEPARTURE, 7, responsible="Lena Wirth"),
))


def _office(services: Services) -> int:
    lena = services.people.save(HostPerson(name="Lena Wirth", login="Test-Officer"))
    services.tasks.save_templates([VISIT])
    assert lena.id is not None
    return lena.id


def test_applying_a_checklist_creates_the_visits_tasks(services: Services) -> None:
    seeded = seed(services)
    lena = _office(services)
    tasks = services.tasks.apply_template(seeded.delegation.id, "visit")
    # The seeded visit has a Golden Book signing with an interpreter, and is no trip.
    assert [(t.title, t.due) for t in tasks] == [
        ("Book hotel", date(2026, 4, 8)),
        ("Prepare Golden Book page", date(2026, 4, 24)),
        ("Order interpreters", date(2026, 4, 17)),
        ("Thank-you letter", date(2026, 5, 18)),
    ]
    assert tasks[3].responsible_id == lena
    with pytest.raises(ValidationError, match="already applied"):
        services.tasks.apply_template(seeded.delegation.id, "Visit")
    with pytest.raises(ValidationError, match="no checklist named 'Trip'"):
        services.tasks.apply_template(seeded.delegation.id, "Trip")


def test_moving_the_visit_moves_open_deadlines_only(services: Services) -> None:
    seeded = seed(services)
    _office(services)
    hotel, _page, _interpreters, thanks = services.tasks.apply_template(
        seeded.delegation.id, "Visit")
    assert hotel.id is not None
    ticked = services.tasks.set_done(hotel.id, True)
    assert ticked.done_by == "test-officer" and ticked.done_at is not None
    d = services.delegations.get(seeded.delegation.id)
    services.delegations.save(replace(d, arrival=Journey(at=at(15, 10)),
                                      departure=Journey(at=at(18, 12))))
    after = {t.title: t for t in services.tasks.for_delegation(seeded.delegation.id)}
    assert after["Book hotel"].due == date(2026, 4, 8)  # done: kept
    assert after["Prepare Golden Book page"].due == date(2026, 5, 1)
    assert after["Thank-you letter"].due == date(2026, 5, 25)
    # Unticked after the move, the hotel's deadline follows the visit too.
    reopened = services.tasks.set_done(hotel.id, False)
    assert reopened.due == date(2026, 4, 15) and reopened.done_by == ""
    assert thanks.id is not None


def test_the_list_of_due_tasks_puts_mine_first(services: Services) -> None:
    seeded = seed(services)
    _office(services)
    services.tasks.apply_template(seeded.delegation.id, "Visit")
    lines = services.tasks.due()
    assert lines[0].task.title == "Thank-you letter"
    assert lines[0].mine and lines[0].responsible == "Lena Wirth"
    assert [line.task.title for line in services.tasks.due(mine=True)] == ["Thank-you letter"]
    assert {line.task.title for line in services.tasks.due(due_before=date(2026, 4, 10))} == {
        "Book hotel"}


def test_deleting_a_visit_and_undoing_it_brings_its_tasks_back(services: Services) -> None:
    seeded = seed(services)
    _office(services)
    tasks = services.tasks.apply_template(seeded.delegation.id, "Visit")
    before = dump(services)["task"]
    d = services.delegations.get(seeded.delegation.id)
    snapshot = services.delegations.delete(d.id, d.version)
    assert services.tasks.due() == []
    services.delegations.restore(snapshot)
    assert dump(services)["task"] == before
    removed = services.tasks.delete_many([t.id for t in tasks])
    assert services.tasks.for_delegation(seeded.delegation.id) == []
    services.tasks.restore_many(removed)
    assert {(t.id, t.title, t.due) for t in services.tasks.for_delegation(
        seeded.delegation.id)} == {(t.id, t.title, t.due) for t in tasks}


def test_a_checklist_naming_an_unknown_person_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.tasks.save_templates([ChecklistTemplate("Visit", (
            TaskTemplate("Flags", responsible="Nobody Here"),))])
    assert refused.value.problems[0].field == "checklists[0].tasks[0].responsible"


def _letters(services: Services) -> None:
    services.letters.save_templates([
        LetterTemplate(LetterKind.INVITATION, "de", "Einladung, {delegation.dates}",
                       "{head.salutation}\n{head.title}\n{city.name}",
                       "{head.greeting},\n\nwir laden Sie ein.\n\n{signatory.name}"),
        LetterTemplate(LetterKind.VISA, "en", "Visa of {member.name}",
                       "Embassy\n{city.country}",
                       "Passport {member.passport_number} of {member.salutation}.\n\nX"),
    ])


def test_a_letter_names_the_head_with_the_right_salutation(services: Services) -> None:
    seeded = seed(services)
    _letters(services)
    head = seeded.members[0]
    services.members.save(replace(head, gender=Gender.FEMALE))
    request = LetterRequest(seeded.delegation.id, LetterKind.INVITATION, lang="de",
                            today=date(2026, 3, 2))
    letter, _office_identity = services.letters.compose(request)
    assert letter.paragraphs[0] == "Sehr geehrte Frau Miriam Feirberg-Ikar,"
    assert letter.recipient[:1] == ("Frau Miriam Feirberg-Ikar",)
    assert letter.subject == "Einladung, 8.–11. Mai 2026"
    assert letter.paragraphs[-1] == "Lord Mayor"
    with pdfplumber.open(io.BytesIO(services.letters.pdf(request))) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Sehr geehrte Frau Miriam Feirberg-Ikar," in text
    assert "2. März 2026" in text
    written = docx.Document(io.BytesIO(services.letters.docx(request)))
    paragraphs = [p.text for p in written.paragraphs if p.text]
    assert paragraphs[0] == "Frau Miriam Feirberg-Ikar"
    assert "Sehr geehrte Frau Miriam Feirberg-Ikar," in paragraphs
    assert "wir laden Sie ein." in paragraphs


def test_a_visa_letter_needs_the_members_passport_and_says_what_is_missing(
        services: Services) -> None:
    seeded = seed(services)
    _letters(services)
    request = LetterRequest(seeded.delegation.id, LetterKind.VISA, member="noa levi")
    with pytest.raises(ValidationError, match=r"line 1: \{member.passport_number\} cannot be "
                                              r"filled: no passport number is stored for Noa Levi"):
        services.letters.compose(request)
    noa = seeded.members[2]
    services.members.save(replace(noa, passport_number="P1234567", nationality="Israel",
                                  date_of_birth=date(1990, 1, 2),
                                  passport_expires=date(2030, 1, 1)))
    letter, _ = services.letters.compose(request)
    assert letter.paragraphs[0] == "Passport P1234567 of Noa Levi."
    with pytest.raises(ValidationError, match="no member named 'Nobody'"):
        services.letters.compose(replace(request, member="Nobody"))
    with pytest.raises(ValidationError, match="no visa letter in 'fr'"):
        services.letters.compose(replace(request, lang="fr"))


def test_a_template_with_an_unknown_placeholder_is_never_stored(services: Services) -> None:
    before = dump(services)
    with pytest.raises(ValidationError) as refused:
        services.letters.save_templates([LetterTemplate(
            LetterKind.THANKS, "en", "Thanks", "{head.name}", "Dear all,\n\n{nonsense}")])
    assert "line 3: unknown placeholder {nonsense}" in str(refused.value.problems[0])
    assert dump(services) == before


def test_passport_details_are_anonymised_with_the_visit(services: Services) -> None:
    seeded = seed(services)
    noa = seeded.members[2]
    services.members.save(replace(noa, passport_number="P1234567", nationality="Israel",
                                  date_of_birth=date(1990, 1, 2)))
    later = at(11, 12) + timedelta(days=31 * 30)
    report = Privacy(services.ctx).report(later)
    assert {"passport_number", "nationality", "date_of_birth"} <= set(
        next(m for m in report.members if m.name == "Noa Levi").fields)
    Privacy(services.ctx).apply(later)
    kept = services.members.get(noa.id)
    assert (kept.passport_number, kept.nationality, kept.date_of_birth) == ("", "", None)


def test_a_cancelled_signing_asks_for_no_golden_book_page(services: Services) -> None:
    from planner.domain.enums import ItemStatus

    seeded = seed(services)
    _office(services)
    item = services.programme.get(seeded.item.id)
    services.programme.save(replace(item, status=ItemStatus.CANCELLED))
    titles = [t.title for t in services.tasks.apply_template(seeded.delegation.id, "Visit")]
    assert titles == ["Book hotel", "Thank-you letter"]


def test_a_letter_in_the_guests_script_names_them_in_it(services: Services) -> None:
    seeded = seed(services)
    services.members.save(replace(seeded.members[0], gender=Gender.FEMALE))
    services.letters.save_templates([LetterTemplate(
        LetterKind.THANKS, "he", "תודה", "{head.salutation}", "{head.greeting},\n\nתודה.")])
    letter, _ = services.letters.compose(LetterRequest(seeded.delegation.id, LetterKind.THANKS))
    assert letter.lang == "he"  # the delegation's first language
    assert "מרים פיירברג-איכר" in letter.paragraphs[0]
    assert "Miriam" not in letter.paragraphs[0] + letter.recipient[0]
