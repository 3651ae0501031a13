"""The Golden Book register: numbering, history-preserving signers, search, photos."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.domain.enums import EntryStatus, ItemKind, ItemStatus
from planner.domain.errors import ValidationError
from planner.domain.office import OFFICE_ZONE
from planner.domain.records import (
    Delegation,
    GoldenBook,
    GoldenBookEntry,
    Member,
    PartnerCity,
    ProgrammeItem,
    Signer,
)
from planner.domain.settings import GOLDEN_BOOK_CONTINUOUS_NUMBERING
from planner.services import Services
from planner.services.golden_book import RegisterQuery
from planner.services.photos import PhotoUnavailable


def _entry(services: Services, book_id: int, name: str, native: str = "",
           function: str = "Mayor") -> GoldenBookEntry:
    return services.golden_book.save(GoldenBookEntry(
        book_id=book_id, signers=(Signer(name=name, native_name=native, function=function),),
        place="Rathaus Dortmund", occasion="DORTBUNT! 2026"))


@pytest.fixture
def book(services: Services) -> GoldenBook:
    return services.golden_book.save_book(GoldenBook(number=1, title="Band 1"))


def test_numbers_are_gap_free_per_volume_and_cancellation_needs_renumbering(
        services: Services, book: GoldenBook) -> None:
    entries = [_entry(services, book.id, f"Signer {i}") for i in range(4)]
    signed = [services.golden_book.sign(e.id, date(2026, 5, 9)) for e in entries]
    assert [e.number for e in signed] == [1, 2, 3, 4]
    services.golden_book.cancel(signed[1].id)
    assert services.golden_book.get(signed[1].id).number == 2  # kept until renumbered
    moves = services.golden_book.renumber(book.id)
    assert moves == {signed[1].id: (2, None), signed[2].id: (3, 2), signed[3].id: (4, 3)}
    numbers = [line.number for line in services.golden_book.register(
        RegisterQuery(include_planned=False))]
    assert numbers == [1, 2, 3]
    fresh = services.golden_book.sign(_entry(services, book.id, "Next").id, date(2026, 5, 10))
    assert fresh.number == 4


def test_numbering_restarts_per_volume_or_continues_by_setting(services: Services,
                                                               book: GoldenBook) -> None:
    second = services.golden_book.save_book(GoldenBook(number=2, title="Band 2"))
    services.golden_book.sign(_entry(services, book.id, "A").id, date(2026, 1, 1))
    assert services.golden_book.sign(_entry(services, second.id, "B").id,
                                     date(2026, 1, 2)).number == 1
    services.settings.set(GOLDEN_BOOK_CONTINUOUS_NUMBERING, True)
    assert services.golden_book.sign(_entry(services, second.id, "C").id,
                                     date(2026, 1, 3)).number == 2
    services.settings.set(GOLDEN_BOOK_CONTINUOUS_NUMBERING, False)
    with pytest.raises(ValidationError):
        services.golden_book.sign(services.golden_book.register()[0].entry_id, date(2026, 1, 4))


def test_signer_function_is_history(services: Services) -> None:
    city = services.partners.save(PartnerCity(name="Netanya", native_name="נתניה", country="IL"))
    d = services.delegations.save(Delegation(title={"de": "Netanya"}, partner_city_id=city.id,
                                             occasion="DORTBUNT! 2026"))
    mayor = services.members.save(Member(delegation_id=d.id, name="Miriam Feirberg-Ikar",
                                         native_name="מרים פיירברג-איכר",
                                         title="Mayor of Netanya", is_head=True))
    item = services.programme.save(ProgrammeItem(
        delegation_ids=(d.id,), kind=ItemKind.GOLDEN_BOOK, title={"de": "Goldenes Buch"},
        start=datetime(2026, 5, 9, 0, 30, tzinfo=OFFICE_ZONE),
        end=datetime(2026, 5, 9, 1, 0, tzinfo=OFFICE_ZONE), all_members=False,
        member_ids=(mayor.id,)))
    planned = services.golden_book.register()
    assert [(line.status, line.number) for line in planned] == [(EntryStatus.PLANNED, None)]
    services.programme.save(replace(item, status=ItemStatus.DONE))
    signed = services.golden_book.register()[0]
    assert (signed.status, signed.number) == (EntryStatus.SIGNED, 1)
    assert signed.signed_on == date(2026, 5, 9)  # the office's date, not UTC's 8 May
    services.members.save(replace(services.members.get(mayor.id), title="Former Mayor"))
    assert services.golden_book.register()[0].signers[0].function == "Mayor of Netanya"
    assert services.golden_book.register()[0].signers[0].native_name == "מרים פיירברג-איכר"


@pytest.mark.parametrize("query, expected", [
    ("muller", "Anna Müller"), ("MÜLLER", "Anna Müller"), ("istanbul", "Ayşe Yılmaz"),
    ("İSTANBUL", "Ayşe Yılmaz"), ("dorde", "Đorđe Jovanović"), ("Ђорђе", "Đorđe Jovanović"),
    ("王小明", "Wang Xiaoming"), ("yilmaz", "Ayşe Yılmaz"), ("celik", "İbrahim Çelik"),
])
def test_search_folds_accents_and_case(services: Services, book: GoldenBook, query: str,
                                       expected: str) -> None:
    _entry(services, book.id, "Anna Müller")
    _entry(services, book.id, "Ayşe Yılmaz", function="Vali of İstanbul")
    _entry(services, book.id, "Đorđe Jovanović", native="Ђорђе Јовановић")
    _entry(services, book.id, "Wang Xiaoming", native="王小明")
    _entry(services, book.id, "İbrahim Çelik")
    found = [line.signers[0].name for line in services.golden_book.register(RegisterQuery(query))]
    assert found == [expected]


def test_search_by_year_and_country(services: Services, book: GoldenBook) -> None:
    city = services.partners.save(PartnerCity(name="Xi'an", native_name="西安", country="CN"))
    d = services.delegations.save(Delegation(title={"de": "Xi'an"}, partner_city_id=city.id))
    old = services.golden_book.save(GoldenBookEntry(
        book_id=book.id, delegation_id=d.id, signers=(Signer(name="Li Hua"),)))
    services.golden_book.sign(old.id, date(2019, 9, 13))
    services.golden_book.sign(_entry(services, book.id, "Someone").id, date(2026, 5, 9))
    assert [x.signers[0].name for x in services.golden_book.register(
        RegisterQuery(year=2019))] == ["Li Hua"]
    assert [x.partner_city for x in services.golden_book.register(
        RegisterQuery(country="cn"))] == ["Xi'an"]
    assert len(services.golden_book.register(RegisterQuery(text="西安"))) == 1


def test_entry_needs_a_signer_and_changes_nothing_when_refused(services: Services,
                                                               book: GoldenBook) -> None:
    with pytest.raises(ValidationError) as error:
        services.golden_book.save(GoldenBookEntry(book_id=book.id, signers=()))
    assert error.value.for_field("signers")
    with pytest.raises(ValidationError) as error:
        services.golden_book.save(GoldenBookEntry(book_id=book.id, signers=(Signer(name=" "),)))
    assert error.value.for_field("signers[0].name")
    assert services.golden_book.register() == []


def test_photos_keep_their_checksum_and_missing_files_are_reported(
        sqlite_services: Services, tmp_path: Path) -> None:
    services = sqlite_services
    book = services.golden_book.save_book(GoldenBook(number=1))
    entry = _entry(services, book.id, "Hélène Lefèvre")
    photo = tmp_path / "signing.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 fake jpeg bytes")
    inside = services.photos.attach(photo, entry_id=entry.id)
    beside = services.photos.attach(photo, entry_id=entry.id, in_database=False)
    assert services.photos.read(inside.id) == photo.read_bytes()
    assert services.photos.read(beside.id) == photo.read_bytes()
    assert [p.filename for p in services.golden_book.get(entry.id).photos] == ["signing.jpg"] * 2
    assert services.photos.verify() == []
    stored = next((services.database.path.parent / "planner-photos").rglob("*.jpg"))
    stored.write_bytes(b"changed")
    with pytest.raises(PhotoUnavailable, match="checksum"):
        services.photos.read(beside.id)
    stored.unlink()
    problems = services.photos.verify()
    assert len(problems) == 1 and "missing" in problems[0] and f"entry {entry.id}" in problems[0]
    text_file = tmp_path / "notes.txt"
    text_file.write_text("no photo")
    with pytest.raises(ValidationError, match="not a photo"):
        services.photos.attach(text_file, entry_id=entry.id)


@pytest.mark.postgres
def test_parallel_signings_on_postgresql_get_unique_gap_free_numbers(pg_cluster) -> None:
    url = pg_cluster.create_database()
    setup = Services.open(url)
    book = setup.golden_book.save_book(GoldenBook(number=1))
    ids = [_entry(setup, book.id, f"Signer {i}").id for i in range(40)]
    clients = [Services.open(url) for _ in range(8)]
    errors: list[BaseException] = []

    def sign(client: Services, mine: list[int]) -> None:
        try:
            for entry_id in mine:
                client.golden_book.sign(entry_id, date(2026, 5, 9))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=sign, args=(c, ids[i::8])) for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    numbers = sorted(line.number for line in setup.golden_book.register())
    assert numbers == list(range(1, 41))
    for c in [setup, *clients]:
        c.close()


def test_only_a_never_signed_entry_can_be_discarded(services: Services, book: GoldenBook) -> None:
    planned = _entry(services, book.id, "Planned Person")
    signed = services.golden_book.sign(_entry(services, book.id, "Signed Person").id,
                                       date(2026, 5, 9))
    services.golden_book.discard(planned.id, planned.version)
    assert [line.entry_id for line in services.golden_book.register()] == [signed.id]
    with pytest.raises(ValidationError) as caught:
        services.golden_book.discard(signed.id, signed.version)
    assert caught.value.problems[0].code == "signed_entry_kept"
    cancelled = services.golden_book.cancel(signed.id, signed.version)
    with pytest.raises(ValidationError):  # cancelled, but its number was given: it stays
        services.golden_book.discard(cancelled.id, cancelled.version)
