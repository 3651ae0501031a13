"""Use cases: the only way the UI and the command line read and change data."""

from __future__ import annotations

from planner.services.catalogue import HostPeople, PartnerCities, Resources, Venues
from planner.services.context import Changes, ServiceContext
from planner.services.delegations import Delegations
from planner.services.exchange import Exchange
from planner.services.gifts import Gifts
from planner.services.golden_book import GoldenBookService
from planner.services.history import History
from planner.services.member_import import MemberImport
from planner.services.members import Members
from planner.services.photos import Photos
from planner.services.programme import Programme
from planner.services.settings import Settings
from planner.store.database import Database, open_database


class Services:
    """One object per open database; each attribute groups the use cases of one topic."""

    def __init__(self, database: Database, user: str | None = None) -> None:
        self.database = database
        self.ctx = ServiceContext(database, user)
        self.partners = PartnerCities(self.ctx)
        self.people = HostPeople(self.ctx)
        self.venues = Venues(self.ctx)
        self.resources = Resources(self.ctx)
        self.delegations = Delegations(self.ctx)
        self.members = Members(self.ctx)
        self.programme = Programme(self.ctx)
        self.exchange = Exchange(self.ctx)
        self.golden_book = GoldenBookService(self.ctx)
        self.gifts = Gifts(self.ctx)
        self.photos = Photos(self.ctx)
        self.settings = Settings(self.ctx)
        self.member_import = MemberImport(self.ctx)
        self.history = History(self.ctx)

    @classmethod
    def open(cls, url: str | None = None, user: str | None = None,
             upgrade_schema: bool | None = None) -> Services:
        return cls(open_database(url, upgrade_schema=upgrade_schema), user)

    def close(self) -> None:
        self.ctx.stop_change_feed()
        self.database.dispose()


__all__ = ["Changes", "Services"]
