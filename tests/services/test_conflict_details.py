"""Optimistic locking everywhere an officer edits, and refusals that say who changed what."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from planner.domain.errors import ConflictError
from planner.domain.records import GoldenBook, GoldenBookEntry, Signer
from planner.domain.settings import GOLDEN_BOOK_CONTINUOUS_NUMBERING
from planner.services import Services
from tests.services.conftest import Seeded, seed


@pytest.fixture
def colleague(services: Services) -> Iterator[Services]:
    """A second officer on the same database, with a name of her own."""
    other = Services.open(services.database.url, user="wirth")
    yield other
    other.close()


def test_a_refused_save_names_who_changed_which_fields(services: Services,
                                                      colleague: Services) -> None:
    seeded: Seeded = seed(services)
    mine = services.delegations.get(seeded.delegation.id)  # type: ignore[arg-type]
    theirs = colleague.delegations.get(seeded.delegation.id)  # type: ignore[arg-type]
    colleague.delegations.save(replace(theirs, occasion="DORTBUNT! 2026 (verschoben)"))
    with pytest.raises(ConflictError) as refused:
        services.delegations.save(replace(mine, notes_internal="my note"))
    assert refused.value.changed_by == "wirth"
    assert refused.value.changed_fields == ("occasion",)
    assert refused.value.changed_at is not None
    assert "changed by wirth" in str(refused.value) and "occasion" in str(refused.value)
    assert services.delegations.get(mine.id).notes_internal == ""  # type: ignore[arg-type]


def test_changing_only_the_signers_is_seen_by_a_second_editor(services: Services,
                                                             colleague: Services) -> None:
    book = services.golden_book.save_book(GoldenBook(number=1))
    entry = services.golden_book.save(GoldenBookEntry(book_id=book.id,  # type: ignore[arg-type]
                                                      signers=(Signer(name="Thomas Westphal"),)))
    theirs = colleague.golden_book.get(entry.id)  # type: ignore[arg-type]
    saved = services.golden_book.save(replace(entry, signers=(
        Signer(name="Thomas Westphal"), Signer(name="Miriam Feirberg-Ikar"))))
    assert saved.version == entry.version + 1  # type: ignore[operator]
    with pytest.raises(ConflictError):
        colleague.golden_book.save(replace(theirs, signers=(Signer(name="Someone Else"),)))
    assert [s.name for s in services.golden_book.get(entry.id).signers] == [  # type: ignore[arg-type]
        "Thomas Westphal", "Miriam Feirberg-Ikar"]
    unchanged = services.golden_book.save(saved)  # saving what is stored bumps nothing
    assert unchanged.version == saved.version
    services.golden_book.sign(entry.id, date(2026, 5, 9))  # type: ignore[arg-type]


def test_settings_are_saved_over_the_version_that_was_read(services: Services,
                                                          colleague: Services) -> None:
    value, version = services.settings.get_versioned(GOLDEN_BOOK_CONTINUOUS_NUMBERING)
    assert version == 0  # never stored: the default
    colleague.settings.set(GOLDEN_BOOK_CONTINUOUS_NUMBERING, not value, version)
    with pytest.raises(ConflictError) as refused:
        services.settings.set(GOLDEN_BOOK_CONTINUOUS_NUMBERING, value, version)
    assert refused.value.changed_by == "wirth"
    assert services.settings.get(GOLDEN_BOOK_CONTINUOUS_NUMBERING) is (not value)
    stored, now = services.settings.get_versioned(GOLDEN_BOOK_CONTINUOUS_NUMBERING)
    assert services.settings.set(GOLDEN_BOOK_CONTINUOUS_NUMBERING, not stored, now) == now + 1


def test_travel_times_are_saved_over_what_the_officer_saw(services: Services,
                                                         colleague: Services) -> None:
    seeded = seed(services)
    hall, hotel = seeded.hall.id, seeded.hotel.id
    first = services.venues.set_travel_time(hall, hotel, 12, expected=None)  # type: ignore[arg-type]
    assert first is not None and first.version == 1
    seen = colleague.venues.travel_times()[0]
    services.venues.set_travel_time(hall, hotel, 15, expected=first)  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as refused:
        colleague.venues.set_travel_time(hall, hotel, 20, expected=seen)  # type: ignore[arg-type]
    assert refused.value.entity == "travel time"
    assert [t.minutes for t in services.venues.travel_times()] == [15]
    # Nobody saw a time that was created meanwhile: creating it again is refused too.
    with pytest.raises(ConflictError):
        colleague.venues.set_travel_time(hall, hotel, 30, expected=None)  # type: ignore[arg-type]
