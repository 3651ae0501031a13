"""The simpler screens: reference lists, and honest empty pages for registers still to come."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.ops import AppContext
from planner.ui.views.catalogue import CatalogueView
from planner.ui.views.catalogue_specs import PARTNERS, PEOPLE, RESOURCES, VENUES
from planner.ui.views.widgets import EmptyState, ScreenHeader


class Screen(QWidget):
    """A page with the standard margins and a header."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="screen")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 12)
        self.header = ScreenHeader(title, subtitle)
        self.layout_.addWidget(self.header)

    def catalogues(self) -> list[CatalogueView]:
        return []

    def focus_search(self) -> None:
        views = self.catalogues()
        if views:
            current = next((v for v in views if v.isVisible()), views[0])
            current.focus_search()

    def new_record(self) -> None:
        views = self.catalogues()
        if views:
            current = next((v for v in views if v.isVisible()), views[0])
            current.new_record()

    def save(self) -> None:
        for view in self.catalogues():
            if view.isVisible():
                view.save()

    def save_state(self) -> None:
        for view in self.catalogues():
            view.save_state()


class PartnersScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Partner cities"),
            self.tr("Twin cities and partners of the City of Dortmund"),
            parent,
        )
        self.view = CatalogueView(ctx, PARTNERS)
        self.layout_.addWidget(self.view, 1)

    def catalogues(self) -> list[CatalogueView]:
        return [self.view]


class PeopleVenuesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("People & Venues"),
            self.tr("Hosts on the city's side, places and resources"),
            parent,
        )
        self.tabs = QTabWidget()
        self.people = CatalogueView(ctx, PEOPLE)
        self.venues = CatalogueView(ctx, VENUES)
        self.resources = CatalogueView(ctx, RESOURCES)
        self.tabs.addTab(self.people, self.tr("Hosts"))
        self.tabs.addTab(self.venues, self.tr("Venues"))
        self.tabs.addTab(self.resources, self.tr("Resources"))
        self.layout_.addWidget(self.tabs, 1)

    def catalogues(self) -> list[CatalogueView]:
        return [self.people, self.venues, self.resources]


class ComingLaterScreen(Screen):
    """A register that a later release brings: says so plainly, shows no invented data."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        empty_title: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, subtitle, parent)
        self.empty = EmptyState(empty_title, empty_text)
        self.layout_.addWidget(self.empty, 1)


def _t(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


def golden_book_screen() -> ComingLaterScreen:
    return ComingLaterScreen(
        _t(QT_TRANSLATE_NOOP("Screens", "Golden Book")),
        _t(QT_TRANSLATE_NOOP("Screens", "Entries in the City of Dortmund's Golden Book")),
        _t(QT_TRANSLATE_NOOP("Screens", "The Golden Book register comes with a later release")),
        _t(
            QT_TRANSLATE_NOOP(
                "Screens",
                "Signings can already be planned as programme items of the kind "
                "“Golden Book signing” in a delegation's programme.",
            )
        ),
    )


def gifts_screen() -> ComingLaterScreen:
    return ComingLaterScreen(
        _t(QT_TRANSLATE_NOOP("Screens", "Gifts")),
        _t(QT_TRANSLATE_NOOP("Screens", "Gifts given and received on behalf of the city")),
        _t(QT_TRANSLATE_NOOP("Screens", "The gift register comes with a later release")),
        _t(
            QT_TRANSLATE_NOOP(
                "Screens", "Until then, note planned gifts in the internal notes of the delegation."
            )
        ),
    )


def documents_screen() -> ComingLaterScreen:
    return ComingLaterScreen(
        _t(QT_TRANSLATE_NOOP("Screens", "Documents")),
        _t(QT_TRANSLATE_NOOP("Screens", "Programmes, itineraries, name cards and calendars")),
        _t(QT_TRANSLATE_NOOP("Screens", "Documents are not available in this version yet")),
        _t(
            QT_TRANSLATE_NOOP(
                "Screens",
                "Printable programmes and itineraries (Ctrl+P) will be produced here from the "
                "delegations' data.",
            )
        ),
    )
