"""The Statistics screen: one year of partnerships in charts (QtCharts), each with its table
beside it, and the annual report exported from here as PDF or XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.documents.annual_figures import Figure, figures, summary
from planner.domain.statistics import YearFigures
from planner.services import Changes
from planner.services.private_files import write_private
from planner.ui.dialogs.errors import show_error
from planner.ui.i18n import current_language
from planner.ui.ops import AppContext
from planner.ui.theme import ACCENT
from planner.ui.views.widgets import EmptyState, ScreenHeader

_MAX_BARS = 15  # a chart of the first fifteen; the table beside it has every row


class StatisticsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="screen")
        self.ctx = ctx
        self.data: YearFigures | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.header = ScreenHeader(
            self.tr("Statistics"), self.tr("What the partnerships did in a year")
        )
        self.year = QSpinBox(minimum=1900, maximum=2200, value=date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setPrefix(self.tr("Year") + " ")
        self.year.setKeyboardTracking(False)  # typing 2024 asks once, not for 2, 20, 202
        self.year.valueChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setToolTip(self.tr("The annual report as PDF (charts) or XLSX"))
        self.export_button.clicked.connect(self.choose_export)
        for widget in (self.year, self.export_button):
            self.header.add_action(widget)
        layout.addWidget(self.header)
        self.summary = QLabel(objectName="statisticsSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        # The charts' names down the left (they are long: tabs would scroll at 1280 px),
        # the chosen chart and its table to the right; arrow keys move through them.
        self.charts = QListWidget(objectName="statisticsCharts")
        self.charts.setAccessibleName(self.tr("Charts"))
        self.charts.setFixedWidth(210)
        self.charts.setWordWrap(True)
        self.charts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts.setStyleSheet("QListWidget#statisticsCharts::item { padding: 6px 8px; }")
        self.pages = QStackedWidget()
        self.charts.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.tabs = QWidget()
        body = QHBoxLayout(self.tabs)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.charts)
        body.addWidget(self.pages, 1)
        self.empty = EmptyState(self.tr("Nothing to count in this year"), self.tr(
            "No delegation arrived, no Golden Book entry was signed and no gift was recorded "
            "in the chosen year. Choose another year above."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.quiet = QLabel(objectName="statisticsQuiet", wordWrap=True)
        self.quiet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.quiet)
        self.status = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.status)
        ctx.bus.changed.connect(self._on_changes)
        self._start()

    # -- data --------------------------------------------------------------------------------
    def _start(self) -> None:
        """Open on the newest year with visits (an archive's last year, not an empty one)."""
        statistics = self.ctx.services.statistics
        self.ctx.ops.run(statistics.years, self._apply_years, owner=self)

    def _apply_years(self, years: tuple[int, int] | None) -> None:
        this_year = date.today().year
        if years is not None and not years[0] <= this_year <= years[1]:
            self.year.blockSignals(True)
            self.year.setValue(years[1])
            self.year.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        year, statistics = self.year.value(), self.ctx.services.statistics
        self.status.setText(self.tr("Counting…"))
        self.ctx.ops.run(lambda: statistics.year(year), self._show, owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if changes.delegations or changes.members or changes.programme or changes.golden_book \
                or changes.gifts or changes.partners:
            self.refresh()

    def _show(self, data: YearFigures) -> None:
        if data.year != self.year.value():
            return  # an older answer; the newer one is on its way
        self.data = data
        lang = _language()
        self.summary.setText(f"{data.year}: {summary(data, lang)}")
        current = self.charts.currentRow()
        self.charts.clear()
        while self.pages.count():  # the pages go with their charts, not just out of sight
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        if not (data.visits or data.golden_book_entries or data.gifts):
            self.stack.setCurrentWidget(self.empty)
            self.quiet.setText("")
            self.status.setText("")
            return
        self.stack.setCurrentWidget(self.tabs)
        for figure in figures(data, lang):
            self.pages.addWidget(_ChartPage(figure))
            self.charts.addItem(figure.title)
        self.charts.setCurrentRow(max(0, current))
        if data.quiet_partners:
            self.quiet.setText(self.tr("Partner cities without a visit in {year}: {cities}")
                               .format(year=data.year, cities=", ".join(data.quiet_partners)))
        else:
            self.quiet.setText(self.tr("Every partner city visited in {year}.")
                               .format(year=data.year))
        self.status.setText("")

    # -- export ------------------------------------------------------------------------------
    def choose_export(self) -> None:
        year = self.year.value()
        pdf, xlsx = self.tr("PDF report (*.pdf)"), self.tr("Figures as spreadsheet (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the annual report"),
            str(Path.home() / f"report-{year}.pdf"), f"{pdf};;{xlsx}")
        if path:
            suffix = ".xlsx" if chosen == xlsx else ".pdf"
            self.export(Path(path if path.lower().endswith(suffix) else path + suffix))

    def export(self, path: Path) -> None:
        """Render on the worker; the file appears only when it is complete."""
        year, lang, services = self.year.value(), _language(), self.ctx.services

        def write() -> Path:
            report = services.statistics.report(year)
            if path.suffix.lower() == ".xlsx":
                from planner.documents.annual_workbook import annual_workbook

                data = annual_workbook(report.figures, lang)
            else:
                from planner.documents.annual_report import render_annual_report

                data = render_annual_report(report.figures, lang, services.settings.office(),
                                            report.entries, report.gifts).pdf
            return write_private(path, data)

        self.status.setText(self.tr("Writing the report…"))
        self.export_button.setEnabled(False)
        self.ctx.ops.run(write, self._exported, self._export_failed, owner=self)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved to {path}.").format(path=str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc)


def _language() -> str:
    """The figures' words follow the window's language (German or English)."""
    return current_language() if current_language() in ("de", "en") else "en"


class _ChartPage(QWidget):
    """A chart and, beside it, its table: the numbers to read aloud, select and copy."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.chart = QChartView(_chart(figure))
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setAccessibleName(figure.title)
        self.chart.setMinimumWidth(300)
        self.table = _CopyableTable(len(figure.rows), len(figure.head))
        self.table.setAccessibleName(figure.title)
        self.table.setHorizontalHeaderLabels(list(figure.head))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for row, cells in enumerate(figure.rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(figure.head)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table, 1)


class _CopyableTable(QTableWidget):
    """Ctrl+C copies the selected cells as tab-separated lines, ready for Excel or a letter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selected_text())
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        cells = sorted((i.row(), i.column()) for i in self.selectedIndexes())
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        lines = ["\t".join(self.horizontalHeaderItem(c).text() for c in columns)]
        for row in rows:
            lines.append("\t".join(self.item(row, c).text() if (row, c) in cells else ""
                                   for c in columns))
        return "\n".join(lines)


def _chart(figure: Figure) -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setBackgroundRoundness(0)
    chart.setMargins(chart.margins() * 0)
    bars = QBarSet(figure.title)
    bars.setColor(QColor(ACCENT))
    bars.setBorderColor(QColor(ACCENT))
    rows = list(zip(figure.rows, figure.values, strict=True))
    if not figure.vertical:
        rows = rows[:_MAX_BARS][::-1]  # the largest on top
    for _row, value in rows:
        bars.append(float(value))
    series = QBarSeries() if figure.vertical else QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([row[0] for row, _value in rows])
    values = QValueAxis()
    top = max(figure.values, default=0)
    values.setRange(0, max(1.0, float(top)))
    if all(float(v).is_integer() for v in figure.values):
        values.setLabelFormat("%d")
        values.setTickCount(min(6, max(2, int(top) + 1)))
        values.applyNiceNumbers()
    small = QFont()
    small.setPointSizeF(8.5)
    for axis in (categories, values):
        axis.setLabelsFont(small)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom if figure.vertical
                  else Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft if figure.vertical
                  else Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart
