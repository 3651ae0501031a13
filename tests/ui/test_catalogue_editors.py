"""Partner cities' contacts and venues' travel times, edited in the catalogue screens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.domain.records import Contact, PartnerCity, TravelTime, Venue
from planner.services import Services
from planner.ui.main_window import MainWindow
from planner.ui.views.catalogue import CatalogueView
from planner.ui.views.contacts_editor import ContactsEditor
from planner.ui.views.travel_times import TravelTimesPanel
from tests.ui.conftest import settle
from tests.ui.editing import edit_cell, focus

SERBIAN = "Ђорђе Јовановић"
CHINESE = "王小明"
HEBREW = "מרים פיירברג-איכר"


def open_catalogue(qtbot, window: MainWindow, key: str, tab: int = 0) -> CatalogueView:  # type: ignore[no-untyped-def]
    window.show_view(key)
    settle(qtbot, window)
    screen = window.screens[key]
    if key == "people":
        screen.tabs.setCurrentIndex(tab)
        settle(qtbot, window)
    view: CatalogueView = screen.catalogues()[tab]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    return view


def test_contacts_of_a_partner_city_are_added_refused_removed_and_undone(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    city = services.partners.save(PartnerCity(name="Novi Sad", country="RS"))
    settle(qtbot, window)
    view = open_catalogue(qtbot, window, "partners")
    view.table.selectRow(0)
    settle(qtbot, window)
    contacts: ContactsEditor = view.form.widgets["contacts"]
    assert not contacts.remove_button.isEnabled()

    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, contacts.table, 0, 0, SERBIAN)
    edit_cell(qtbot, contacts.table, 0, 1, "Шеф протокола")
    edit_cell(qtbot, contacts.table, 0, 2, "protokol@novisad.example")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, contacts.table, 1, 0, CHINESE)
    contacts.table.item(1, 2).setText("x" * 190 + "@example.cn")  # 201 characters
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert view.form.errors.error_text("contacts") == (
        "Contact 2, E-mail: is 201 characters long; at most 200 are allowed"
    )
    assert contacts.table.item(1, 2).background().color().name() == "#fde2e1"
    assert services.partners.get(city.id).contacts == ()

    edit_cell(qtbot, contacts.table, 1, 2, "wang@xian.example")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert view.form.errors.error_text("contacts") == ""
    assert services.partners.get(city.id).contacts == (
        Contact(SERBIAN, "Шеф протокола", "protokol@novisad.example", ""),
        Contact(CHINESE, "", "wang@xian.example", ""),
    )

    contacts.table.setCurrentCell(0, 0)
    qtbot.mouseClick(contacts.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [c.name for c in services.partners.get(city.id).contacts] == [CHINESE]
    window.undo_action.trigger()
    settle(qtbot, window)
    assert [c.name for c in services.partners.get(city.id).contacts] == [SERBIAN, CHINESE]
    assert [c.name for c in contacts.value()] == [SERBIAN, CHINESE]  # the form follows
    window.redo_action.trigger()
    settle(qtbot, window)
    assert [c.name for c in services.partners.get(city.id).contacts] == [CHINESE]


def _row(panel: TravelTimesPanel, name: str) -> int:
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, 0).text() == name:
            return row
    raise KeyError(name)


def _shown(panel: TravelTimesPanel) -> dict[str, str]:
    delegate = panel.table.itemDelegateForColumn(1)
    return {
        panel.table.item(r, 0).text(): delegate.displayText(
            panel.table.item(r, 1).data(Qt.ItemDataRole.EditRole), None
        )
        for r in range(panel.table.rowCount())
    }


def test_travel_times_of_a_venue_are_set_refused_cleared_and_undone(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    town_hall = services.venues.save(Venue(name="Rathaus Dortmund"))
    hotel = services.venues.save(Venue(name="Hotel Königshof"))
    house = services.venues.save(Venue(name="Дом пријатељства"))
    services.venues.save(Venue(name=HEBREW))
    services.venues.set_travel_time(town_hall.id, hotel.id, 10)
    settle(qtbot, window)
    view = open_catalogue(qtbot, window, "people", tab=1)
    view.table.selectRow(view.model.row_of(lambda v: v.id == town_hall.id))
    settle(qtbot, window)
    panel: TravelTimesPanel = view.panel
    assert panel.isVisible() and panel.table.isEnabled()
    assert _shown(panel) == {
        "Hotel Königshof": "10 min",  # the venues with a time come first
        "Дом пријатељства": "—",
        HEBREW: "—",
    }

    edit_cell(qtbot, panel.table, _row(panel, "Дом пријатељства"), 1, "25")
    settle(qtbot, window)
    assert TravelTime(town_hall.id, house.id, 25) in services.venues.travel_times()
    assert _shown(panel)["Дом пријатељства"] == "25 min"

    # More than a day is refused at the table, in words the user can act on.
    edit_cell(qtbot, panel.table, _row(panel, HEBREW), 1, "2000")
    settle(qtbot, window)
    assert panel.errors.error_text("minutes") == (
        "Enter the minutes as a number from 0 to 1440, or leave it empty."
    )
    assert panel.table.property("invalid") == "true"
    assert len(services.venues.travel_times()) == 2
    assert _shown(panel)[HEBREW] == "—"

    # Delete clears a time; undo brings it back, redo clears it again.
    focus(qtbot, panel.table)
    panel.table.setCurrentCell(_row(panel, "Hotel Königshof"), 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert services.venues.travel_times() == [TravelTime(town_hall.id, house.id, 25)]
    assert _shown(panel)["Hotel Königshof"] == "—"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert TravelTime(town_hall.id, hotel.id, 10) in services.venues.travel_times()
    assert _shown(panel)["Hotel Königshof"] == "10 min"
    window.undo_action.trigger()  # and the 25 minutes before that
    settle(qtbot, window)
    assert services.venues.travel_times() == [TravelTime(town_hall.id, hotel.id, 10)]
    assert _shown(panel)["Дом пријатељства"] == "—"
    window.redo_action.trigger()
    settle(qtbot, window)
    assert TravelTime(town_hall.id, house.id, 25) in services.venues.travel_times()


def test_a_new_venue_has_no_travel_times_until_saved(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    services.venues.save(Venue(name="Rathaus Dortmund"))
    settle(qtbot, window)
    view = open_catalogue(qtbot, window, "people", tab=1)
    view.new_record()
    settle(qtbot, window)
    panel: TravelTimesPanel = view.panel
    assert not panel.table.isEnabled()
    assert panel.table.rowCount() == 0
    assert panel.hint.text() == "Save the venue first; then enter its travel times here."


def test_a_venues_capacity_is_shown_in_its_field(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    """A number field under the style sheet once drew its number outside the visible box."""
    from PySide6.QtWidgets import QSpinBox

    venue = services.venues.save(Venue(name="Rathaus Dortmund", capacity=120))
    settle(qtbot, window)
    view = open_catalogue(qtbot, window, "people", tab=1)
    view.table.selectRow(view.model.row_of(lambda v: v.id == venue.id))
    settle(qtbot, window)
    [capacity] = [box for box in view.findChildren(QSpinBox) if box.isVisible()]
    assert capacity.value() == 120
    assert capacity.lineEdit().width() > capacity.width() // 2  # the digits have room


def test_a_hosts_function_keeps_its_translations(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from planner.domain.enums import HostRole
    from planner.domain.records import HostPerson

    person = services.people.save(HostPerson(
        name="Dr. Katharina Brenner", role=HostRole.MAYOR, function="Oberbürgermeisterin",
        function_translations={"en": "Lord Mayor", "zh": "多特蒙德市市长"}))
    settle(qtbot, window)
    view = open_catalogue(qtbot, window, "people")
    view.table.selectRow(view.model.row_of(lambda p: p.id == person.id))
    settle(qtbot, window)
    function = view.form.widgets["function"]
    assert function.edits["zh"].text() == "多特蒙德市市长" and function.edits["zh"].isVisible()
    function.edits["fr"].setText("Maire de Dortmund")
    function.edits["en"].clear()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    stored = services.people.get(person.id)
    assert stored.function == "Oberbürgermeisterin"
    assert stored.function_translations == {"fr": "Maire de Dortmund", "zh": "多特蒙德市市长"}


def test_a_partner_citys_time_zone_is_checked_and_stored(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    city = services.partners.save(PartnerCity(name="Xi'an", country="CN"))
    settle(qtbot, window)
    view = open_catalogue(qtbot, window, "partners")
    view.table.selectRow(0)
    settle(qtbot, window)
    field = view.form.widgets["time_zone"]
    field.setText("Asia/Xian")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "'Asia/Xian' is not a time zone" in view.form.errors.error_text("time_zone")
    assert services.partners.get(city.id).time_zone == ""
    field.setText("Asia/Shanghai")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert services.partners.get(city.id).time_zone == "Asia/Shanghai"
