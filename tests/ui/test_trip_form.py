"""A trip abroad in the delegation editor: the trip's fields appear for a trip only, journeys
are typed in each end's local time, bad cells are refused by row, and saving is undoable."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.enums import Direction, HostRole
from planner.domain.records import HostPerson, PartnerCity
from planner.services import Services
from planner.ui.main_window import MainWindow
from tests.ui.conftest import settle, type_text


def _seed(services: Services) -> HostPerson:
    services.partners.save(PartnerCity(name="Xi'an", country="CN", time_zone="Asia/Shanghai"))
    return services.people.save(HostPerson(name="Dr. Katharina Brenner", role=HostRole.MAYOR))


def test_a_trip_with_a_traveller_and_a_journey_across_zones(
        qtbot, window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    mayor = _seed(services)
    window.new_action.trigger()
    settle(qtbot, window)
    editor = window.delegations.editor
    form = editor.form
    assert not form.trip.isVisibleTo(form)  # a visit to the city shows no trip fields
    form.direction.setCurrentIndex(form.direction.findData(Direction.OUTGOING))
    assert form.trip.isVisibleTo(form)
    type_text(form.title.edits["de"], "Reise nach Xi'an")
    form.partner.setCurrentIndex(form.partner.findText("Xi'an (CN)"))
    trip = form.trip
    trip._add_traveller()
    person = trip.travellers.cellWidget(0, 0)
    person.setCurrentIndex(person.findData(mayor.id))
    trip.travellers.item(0, 1).setText("2031-03-31")
    trip._add_leg()
    for column, text in ((2, "LH 720"), (3, "Frankfurt"), (4, "2026-10-17 17:55"),
                         (6, "Peking"), (7, "2026-10-18 09:40")):
        trip.legs.item(0, column).setText(text)
    trip.legs.cellWidget(0, 8).setCurrentText("Asia/Shanghai")
    trip.per_diem.setText("46,00")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [summary] = services.delegations.list()
    saved = services.delegations.get(summary.id)
    assert saved.is_trip and saved.trip.traveller_ids == (mayor.id,)
    [leg] = saved.trip.legs
    assert leg.departs == datetime(2026, 10, 17, 17, 55, tzinfo=ZoneInfo("Europe/Berlin"))
    assert leg.arrives == datetime(2026, 10, 18, 9, 40, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert saved.arrival.at == leg.arrives  # the landing abroad is the arrival
    assert str(saved.trip.per_diem_eur) == "46.00"
    # Reopened, the journey reads in its own local times again.
    window.delegations.open_delegation(summary.id)
    settle(qtbot, window)
    assert form.trip.legs.item(0, 7).text() == "2026-10-18 09:40"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.delegations.list() == []


def test_an_unreadable_journey_time_is_refused_on_its_table(
        qtbot, window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    _seed(services)
    window.new_action.trigger()
    settle(qtbot, window)
    editor = window.delegations.editor
    form = editor.form
    form.direction.setCurrentIndex(form.direction.findData(Direction.OUTGOING))
    type_text(form.title.edits["de"], "Reise")
    form.trip._add_leg()
    form.trip.legs.item(0, 4).setText("17.10. abends")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    QApplication.processEvents()
    assert "17.10. abends" in form.errors.error_text("legs")
    assert services.delegations.list() == []
