"""Fixtures for the documents tests: the sample delegations and PDF text extractors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# The test modules import the sample builders directly; make them importable whatever
# pytest's import mode is (the folder has no __init__.py, like the rest of tests/).
sys.path.insert(0, str(Path(__file__).parent))
import doc_samples

from planner.documents import BadgeData, ItineraryData, PrecedenceData, SeatingData


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
