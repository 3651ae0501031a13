"""A base for screen tests that adds the standard edge cases to every screen automatically."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from planner.domain.enums import ItemKind
from planner.domain.records import (
    Delegation,
    HostPerson,
    Journey,
    Member,
    PartnerCity,
    ProgrammeItem,
    Venue,
)
from planner.services import Services
from planner.ui.app import open_window
from tests.ui.conftest import settle

LONG = "Sonderdelegation des Oberbürgermeisters " * 7  # ~280 characters
RTL_NAMES = ("מרים פיירברג-איכר", "محمد عبد الله")
BERLIN = ZoneInfo("Europe/Berlin")


def seed(services: Services, name: str, title: str) -> None:
    """One of everything, named `name` (partner, person, venue) and titled `title`."""
    city = services.partners.save(PartnerCity(name=name[:200], country="IL"))
    services.people.save(HostPerson(name=name[:200]))
    venue = services.venues.save(Venue(name=name[:200]))
    start = datetime.now(BERLIN).replace(hour=10, minute=0, second=0, microsecond=0)
    delegation = services.delegations.save(
        Delegation(
            title={"de": title[:300]},
            partner_city_id=city.id,
            occasion=name[:200],
            arrival=Journey(at=start),
            hotel_venue_id=venue.id,
        )
    )
    services.members.save(Member(delegation_id=delegation.id, name=name[:200], is_head=True))
    services.programme.save(
        ProgrammeItem(
            delegation_ids=(delegation.id,),
            kind=ItemKind.MEETING,
            title={"de": title[:300]},
            start=start,
            end=start.replace(hour=11),
            venue_id=venue.id,
        )
    )


def table_texts(widget: QWidget) -> list[str]:
    texts = []
    for view in widget.findChildren(QTableView):
        model = view.model()
        if model is None or not view.accessibleName():  # our tables, not calendars or popups
            continue
        for row in range(min(model.rowCount(), 50)):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data() or ""))
    return texts


class ScreenTest:
    """Subclasses name a view key; four edge-case tests are added to each of them."""

    key = ""
    lists_names = True  # whether the screen's tables show the seeded names

    def open(self, qtbot, services: Services):  # type: ignore[no-untyped-def]
        window = open_window(services)
        qtbot.addWidget(window)
        window.show()
        window.show_view(self.key)
        settle(qtbot, window)
        screen = window.screens[self.key]
        assert screen.isVisible()
        assert not screen.grab().isNull()
        return window, screen

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)

        def test_empty_database(self, qtbot, services) -> None:  # type: ignore[no-untyped-def]
            _window, screen = self.open(qtbot, services)
            assert all(not t for t in table_texts(screen))

        def test_nothing_selected(self, qtbot, services) -> None:  # type: ignore[no-untyped-def]
            seed(services, "Netanya", "Delegation aus Netanya")
            window, screen = self.open(qtbot, services)
            for view in screen.findChildren(QAbstractItemView):
                view.clearSelection()
            window.save()  # Ctrl+S with nothing selected does nothing, raises nothing
            settle(qtbot, window)

        def test_very_long_names(self, qtbot, services) -> None:  # type: ignore[no-untyped-def]
            seed(services, LONG, LONG)
            _window, screen = self.open(qtbot, services)
            if self.lists_names:
                assert any(t.startswith(LONG[:150]) for t in table_texts(screen))

        def test_right_to_left_names(self, qtbot, services) -> None:  # type: ignore[no-untyped-def]
            for i, name in enumerate(RTL_NAMES):
                seed(services, name, f"{name} {i}")
            _window, screen = self.open(qtbot, services)
            if self.lists_names:
                assert any(RTL_NAMES[0] in t for t in table_texts(screen))

        for test in (
            test_empty_database,
            test_nothing_selected,
            test_very_long_names,
            test_right_to_left_names,
        ):
            setattr(cls, test.__name__, test)
