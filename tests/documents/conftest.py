"""Fixtures for the documents tests: the sample delegations and PDF text extractors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner.documents import BadgeData, ItineraryData, PrecedenceData, SeatingData
from tests.documents import doc_samples


@pytest.fixture
def itinerary() -> ItineraryData:
    return doc_samples.netanya()


@pytest.fixture
def xian_itinerary() -> ItineraryData:
    return doc_samples.xian()


@pytest.fixture
def precedence() -> PrecedenceData:
    return doc_samples.precedence_data()


@pytest.fixture
def badges() -> BadgeData:
    return doc_samples.badge_data()


@pytest.fixture
def seating() -> SeatingData:
    return doc_samples.seating_data()


@pytest.fixture
def text_of() -> Callable[[bytes], str]:
    return doc_samples.pdftotext


@pytest.fixture
def reader_text_of() -> Callable[[bytes], str]:
    return doc_samples.reader_text
