"""The delegation list over a ten-year archive: filters in the model, fast on every keystroke."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt

from planner.domain.enums import DelegationStatus
from planner.domain.records import DelegationSummary, Member
from planner.services import Services
from planner.ui.main_window import MainWindow
from tests.ui.conftest import BERLIN, make_delegation, settle, type_text

CITIES = ["Amiens", "Leeds", "Netanya", "Novi Sad", "Rostow am Don", "Trabzon", "Xi'an", "Zwickau"]


def synthetic(count: int = 2000) -> list[DelegationSummary]:
    start = datetime(2016, 1, 4, 10, tzinfo=BERLIN)
    statuses = list(DelegationStatus)
    return [
        DelegationSummary(
            id=i,
            title=f"Delegation der Partnerstadt {CITIES[i % 8]} {2016 + i // 200} Nr. {i}",
            partner_city=CITIES[i % 8],
            occasion=("Städtepartnerschaftsjubiläum", "DORTBUNT!", "Fachbesuch")[i % 3],
            status=statuses[i % len(statuses)],
            arrival=start + timedelta(days=i * 1.8),
            departure=start + timedelta(days=i * 1.8 + 3),
            member_count=5 + i % 20,
            version=1,
        )
        for i in range(1, count + 1)
    ]


def test_filter_and_sort_over_2000_rows_stay_under_50_ms(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = window.delegations
    screen._generation += 1  # as if the worker had delivered the archive
    screen._show(screen._generation, synthetic())
    model = screen.model
    assert model.rowCount() == 2000
    worst = 0.0
    for ch in "rostow am don 2019":
        started = time.perf_counter()
        type_text(screen.search, ch)
        worst = max(worst, time.perf_counter() - started)
    assert worst < 0.05, f"worst keystroke {worst * 1000:.1f} ms"
    found = model.records()
    assert found and all("Rostow am Don 2019" in d.title for d in found)
    assert screen.count_label.text() == f"{len(found)} of 2000 delegations"

    screen.search.clear()
    screen.status.setCurrentIndex(screen.status.findData(DelegationStatus.CONFIRMED))
    screen.date_from.setDate(QDate(2020, 1, 1))
    screen.date_until.setDate(QDate(2020, 12, 31))
    found = model.records()
    assert found and all(d.status == DelegationStatus.CONFIRMED for d in found)
    assert all(d.arrival and d.arrival.year == 2020 for d in found)

    started = time.perf_counter()
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert time.perf_counter() - started < 0.05
    titles = [d.title.casefold() for d in model.records()]
    assert titles == sorted(titles)


def test_the_list_reloads_on_changes_and_keeps_the_filter(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    make_delegation(services, "Delegation aus Netanya", "Netanya")
    settle(qtbot, window)
    screen = window.delegations
    type_text(screen.search, "ЛЕЕДС")  # nothing matches; case-folded Cyrillic works
    assert screen.model.rowCount() == 0
    screen.search.clear()
    type_text(screen.search, "netan")
    assert screen.model.rowCount() == 1
    make_delegation(services, "Zweite Delegation aus Netanya", "Netanya 2")
    settle(qtbot, window)
    assert screen.model.rowCount() == 2


def test_mark_as_head_is_undone_by_ctrl_z(qtbot, window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    delegation = make_delegation(services)
    first = services.members.save(Member(delegation_id=delegation.id, name="Miriam", is_head=True))
    second = services.members.save(Member(delegation_id=delegation.id, name="Avi"))
    settle(qtbot, window)
    screen = window.delegations
    screen.table.selectRow(0)
    settle(qtbot, window)
    panel = screen.editor.members
    panel.table.selectRow(panel.model.row_of(lambda m: m.id == second.id))
    panel.mark_head()
    settle(qtbot, window)
    heads = [m.id for m in services.members.list(delegation.id) if m.is_head]  # type: ignore[arg-type]
    assert heads == [second.id]
    window.undo_action.trigger()
    settle(qtbot, window)
    heads = [m.id for m in services.members.list(delegation.id) if m.is_head]  # type: ignore[arg-type]
    assert heads == [first.id]
