"""Ctrl+K: find anything by name — a delegation, a member, a host, a venue, a Golden Book entry,
a gift — and open it. Accents, case and scripts fold as in every search ("muller" → "Müller")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services.search import Hit, matches
from planner.ui.ops import AppContext

_DELAY_MS = 120  # a burst of keystrokes filters once


class CommandPalette(QDialog):
    """Type, arrow down, Enter: `chosen` carries the hit; the window opens it."""

    chosen = Signal(object)  # Hit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[Hit] | None = None
        self.setWindowTitle(self.tr("Find and open"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(placeholderText=self.tr(
            "Delegation, member, host, venue, Golden Book entry or gift…"))
        self.query.setAccessibleName(self.tr("Find"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.itemActivated.connect(self._activated)
        self.status = QLabel(objectName="screenSubtitle")
        for widget in (self.query, self.results, self.status):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._timer.timeout.connect(self.filter)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.kinds = {
            "delegation": self.tr("Delegation"), "member": self.tr("Member"),
            "person": self.tr("Host"), "venue": self.tr("Venue"),
            "entry": self.tr("Golden Book"), "gift": self.tr("Gift"),
        }
        self.status.setText(self.tr("Reading the names…"))
        search = ctx.services.search
        ctx.ops.run(search.index, self._indexed, owner=self)

    def _indexed(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.status.setText("")
        self.filter()

    def filter(self) -> None:
        if self.hits is None:
            return
        found = matches(self.hits, self.query.text())
        self.results.clear()
        for hit in found:
            text = f"{hit.title}\n{self.kinds[hit.kind]} · {hit.detail}" if hit.detail \
                else f"{hit.title}\n{self.kinds[hit.kind]}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        typed = bool(self.query.text().strip())
        self.status.setText(self.tr("Nothing found.") if typed and not found else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and Enter in the search field act on the results, as in every palette."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter right after typing: filter first
                    self._timer.stop()
                    self.filter()
                item = self.results.currentItem()
                if item is not None:
                    self._activated(item)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(hit, Hit):
            self.accept()
            self.chosen.emit(hit)
