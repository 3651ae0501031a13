"""The Statistics screen: a year's charts with their tables, the quiet partnerships, the report
exported from the screen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget

from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.app import open_window
from planner.ui.views.statistics import StatisticsScreen
from tests.ui.conftest import settle
from tests.ui.screen_base import ScreenTest


class TestStatisticsEdgeCases(ScreenTest):
    key = "statistics"


def open_statistics(qtbot, services: Services):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_view("statistics")
    screen: StatisticsScreen = window.screens["statistics"]  # type: ignore[assignment]
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    settle(qtbot, window)
    return window, screen


def test_a_years_charts_each_with_its_table(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_statistics(qtbot, services)
    screen.year.setValue(2026)
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.year == 2026, timeout=10000)
    settle(qtbot, window)
    assert screen.charts.count() == screen.pages.count() == 7
    assert screen.charts.item(0).text() == "Visits by partner city"
    page = screen.pages.widget(0)
    assert page.findChild(QChartView) is not None
    table = page.findChild(QTableWidget)
    cities = {table.item(row, 0).text(): table.item(row, 1).text()
              for row in range(table.rowCount())}
    assert cities["Netanya"] == "1" and len(cities) == 7
    table.setFocus()
    table.selectAll()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:2] == ["Partner city", "Visits"]
    assert "Netanya\t1\t4\t0" in copied  # the numbers as shown, ready for a spreadsheet
    assert screen.summary.text() == "2026: 7 visits · 22 guests · 0 Golden Book entries"
    assert screen.quiet.text() == "Partner cities without a visit in 2026: Rostov-on-Don"

    screen.year.setValue(2019)  # Rostov's visit, the only one that year
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.year == 2019, timeout=10000)
    settle(qtbot, window)
    table = screen.pages.widget(0).findChild(QTableWidget)
    assert [table.item(0, 0).text(), table.item(0, 1).text()] == ["Rostov-on-Don", "1"]

    screen.year.setValue(2030)  # nothing happened: the screen says so instead of empty charts
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.year == 2030, timeout=10000)
    settle(qtbot, window)
    assert screen.stack.currentWidget() is screen.empty


def test_the_report_is_exported_from_the_screen(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    window, screen = open_statistics(qtbot, services)
    screen.year.setValue(2026)
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.year == 2026, timeout=10000)
    target = tmp_path / "report-2026.xlsx"
    screen.export(target)
    qtbot.waitUntil(target.exists, timeout=20000)
    settle(qtbot, window)
    assert str(target) in screen.status.text()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet["A1"].value == "Partner city"  # the window's language, English in tests
    pdf = tmp_path / "report-2026.pdf"
    screen.export(pdf)
    qtbot.waitUntil(pdf.exists, timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_screenshot(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PLANNER_SCREENSHOTS=dir keeps the picture of the screen at 1280×800."""
    import os

    window, screen = open_statistics(qtbot, services)
    screen.year.setValue(2026)
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.year == 2026, timeout=10000)
    settle(qtbot, window)
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "statistics.png"))
