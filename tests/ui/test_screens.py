"""Every main screen with the standard edge cases (empty, nothing selected, long, right-to-left)."""

from __future__ import annotations

from tests.ui.screen_base import ScreenTest


class TestDelegationsScreen(ScreenTest):
    key = "delegations"


class TestProgrammeScreen(ScreenTest):
    key = "programme"


class TestPartnersScreen(ScreenTest):
    key = "partners"


class TestPeopleVenuesScreen(ScreenTest):
    key = "people"


class TestGoldenBookScreen(ScreenTest):
    key = "golden_book"
    lists_names = False


class TestGiftsScreen(ScreenTest):
    key = "gifts"
    lists_names = False


class TestDocumentsScreen(ScreenTest):
    key = "documents"
    lists_names = False
