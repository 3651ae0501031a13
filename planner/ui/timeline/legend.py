"""The timeline's side and bottom panels: the list of conflicts and the colour legend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.timeline.model import CONFLICT_COLOUR, KIND_STYLES, WARNING_COLOUR, ConflictLike

_TEXT = {
    "de": {
        "title": "Konflikte",
        "none": "Keine Konflikte – der Plan geht auf.",
        "count": "{errors} Fehler · {warnings} Hinweise",
        "conflict": "Konflikt",
        "keys": "Pfeiltasten: wählen · Alt+Pfeil: verschieben",
        "keys_long": "Tastatur: ←/→ ↑/↓ Punkt wählen · Alt+←/→ verschieben (5 Min., mit "
        "Umschalt 1 Std.) · Alt+↑/↓ in die Zeile darüber/darunter",
    },
    "en": {
        "title": "Conflicts",
        "none": "No conflicts – the plan works.",
        "count": "{errors} errors · {warnings} warnings",
        "conflict": "Conflict",
        "keys": "Arrows: choose · Alt+arrow: move",
        "keys_long": "Keys: ←/→ ↑/↓ choose an item · Alt+←/→ move it (5 min, with Shift 1 h) · "
        "Alt+↑/↓ to the row above/below",
    },
}


def severity_icon(severity: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(CONFLICT_COLOUR if severity == "error" else WARNING_COLOUR))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class ConflictPanel(QWidget):
    """Conflicts as sentences, errors first; choosing one emits `conflictChosen`."""

    conflictChosen = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 10.5pt;")
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #475569;")
        self.list = QListWidget()
        self.list.setAccessibleName(_TEXT[lang]["title"])
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setIconSize(QSize(12, 12))
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._conflicts: list[ConflictLike] = []
        self.setMinimumWidth(260)

    def show_conflicts(self, conflicts: Sequence[ConflictLike]) -> None:
        text = _TEXT[self.lang]
        # Errors before warnings, each in the order the engine gave (programme order).
        ordered = sorted(conflicts, key=lambda c: c.severity != "error")
        self._conflicts = list(ordered)
        self.list.clear()
        errors = sum(1 for c in ordered if c.severity == "error")
        self.title.setText(f"{text['title']} ({len(ordered)})")
        self.summary.setText(
            text["count"].format(errors=errors, warnings=len(ordered) - errors)
            if ordered
            else text["none"]
        )
        for conflict in ordered:
            entry = QListWidgetItem(severity_icon(conflict.severity), conflict.message(self.lang))
            entry.setData(Qt.ItemDataRole.UserRole, self.list.count())
            entry.setToolTip(conflict.message(self.lang))
            self.list.addItem(entry)

    def conflicts(self) -> list[ConflictLike]:
        return list(self._conflicts)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def choose(self, row: int) -> None:
        """Same as clicking the row-th entry."""
        self.list.setCurrentRow(row)
        self._chosen(self.list.item(row))

    def _chosen(self, entry: QListWidgetItem) -> None:
        self.conflictChosen.emit(self._conflicts[entry.data(Qt.ItemDataRole.UserRole)])


class Legend(QFrame):
    """One swatch per item kind, and what a conflict looks like."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("Legend { background: #f8fafc; border-top: 1px solid #e2e8f0; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(14)
        for style in KIND_STYLES.values():
            layout.addWidget(self._entry(self._swatch(QColor(style.colour)), style.label(lang)))
        layout.addWidget(
            self._entry(self._swatch(QColor("#cbd5e1"), CONFLICT_COLOUR), _TEXT[lang]["conflict"])
        )
        layout.addStretch(1)
        self.keys = QLabel(_TEXT[lang]["keys"])
        self.keys.setToolTip(_TEXT[lang]["keys_long"])
        self.keys.setStyleSheet("color: #64748b;")
        layout.addWidget(self.keys)

    @staticmethod
    def _swatch(fill: QColor, outline: str | None = None) -> QPixmap:
        pixmap = QPixmap(22, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(outline), 2.5) if outline else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(1, 1, 20, 10, 3, 3)
        painter.end()
        return pixmap

    @staticmethod
    def _entry(pixmap: QPixmap, text: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(5)
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        row.addWidget(swatch)
        label = QLabel(text)
        label.setStyleSheet("color: #334155;")
        row.addWidget(label)
        return box
