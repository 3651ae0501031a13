"""The simpler screens: the reference lists of partner cities, hosts, venues, resources."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.ops import AppContext
from planner.ui.views.catalogue import CatalogueView
from planner.ui.views.catalogue_specs import PARTNERS, PEOPLE, RESOURCES, VENUES
from planner.ui.views.widgets import ScreenHeader


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
