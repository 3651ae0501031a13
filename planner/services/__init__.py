"""Use cases: the only way the UI and the command line read and change data.

Importing this package is cheap on purpose: SQLAlchemy and the use-case modules load when a
database is opened and each group when first used, so the window can appear (and a CLI
subcommand can start) before the database layer has been imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from planner.services.changes import Changes

if TYPE_CHECKING:
    from planner.services.catalogue import HostPeople, PartnerCities, Resources, Venues
    from planner.services.context import ServiceContext
    from planner.services.delegations import Delegations
    from planner.services.exchange import Exchange
    from planner.services.gifts import Gifts
    from planner.services.golden_book import GoldenBookService
    from planner.services.history import History
    from planner.services.letters import Letters
    from planner.services.member_import import MemberImport
    from planner.services.members import Members
    from planner.services.photos import Photos
    from planner.services.programme import Programme
    from planner.services.search import Search
    from planner.services.seating import SeatingPlans
    from planner.services.settings import Settings
    from planner.services.statistics import Statistics
    from planner.services.tasks import Tasks
    from planner.services.this_week import ThisWeek
    from planner.store.database import Database


class _Group:
    """A group of use cases, created on first access and then kept on the instance.

    A non-data descriptor: once the instance dict holds the group, Python no longer calls
    `__get__`. Two threads racing on first access may each build one; groups hold nothing but
    the shared context, so either is as good as the other.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, services: Services | None, owner: type) -> Any:
        if services is None:
            return self
        group_type = getattr(importlib.import_module(f"planner.services.{self.module}"), self.name)
        group = group_type(services.ctx)
        services.__dict__[self.attribute] = group
        return group


class Services:
    """One object per open database; each attribute groups the use cases of one topic."""

    if TYPE_CHECKING:
        partners: PartnerCities
        people: HostPeople
        venues: Venues
        resources: Resources
        delegations: Delegations
        members: Members
        programme: Programme
        exchange: Exchange
        golden_book: GoldenBookService
        gifts: Gifts
        photos: Photos
        settings: Settings
        member_import: MemberImport
        history: History
        statistics: Statistics
        seating: SeatingPlans
        search: Search
        tasks: Tasks
        letters: Letters
        this_week: ThisWeek
    else:
        partners = _Group("catalogue", "PartnerCities")
        people = _Group("catalogue", "HostPeople")
        venues = _Group("catalogue", "Venues")
        resources = _Group("catalogue", "Resources")
        delegations = _Group("delegations", "Delegations")
        members = _Group("members", "Members")
        programme = _Group("programme", "Programme")
        exchange = _Group("exchange", "Exchange")
        golden_book = _Group("golden_book", "GoldenBookService")
        gifts = _Group("gifts", "Gifts")
        photos = _Group("photos", "Photos")
        settings = _Group("settings", "Settings")
        member_import = _Group("member_import", "MemberImport")
        history = _Group("history", "History")
        statistics = _Group("statistics", "Statistics")
        seating = _Group("seating", "SeatingPlans")
        search = _Group("search", "Search")
        tasks = _Group("tasks", "Tasks")
        letters = _Group("letters", "Letters")
        this_week = _Group("this_week", "ThisWeek")

    def __init__(self, database: Database, user: str | None = None) -> None:
        from planner.services.context import ServiceContext

        self.database = database
        self.ctx: ServiceContext = ServiceContext(database, user)

    @classmethod
    def open(cls, url: str | None = None, user: str | None = None,
             upgrade_schema: bool | None = None) -> Services:
        from planner.store.database import open_database

        return cls(open_database(url, upgrade_schema=upgrade_schema), user)

    def close(self) -> None:
        self.ctx.stop_change_feed()
        self.database.dispose()


__all__ = ["Changes", "Services"]
