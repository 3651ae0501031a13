"""What the officer should know before printing: characters no font has, and typed texts that
print in another language than the document's — each of those opens the record to translate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.documents.data import Fallback

NOTICE_STYLE = (
    "#documentNotices { background: #fff4d6; border: 1px solid #f0d48a; border-radius: 6px; }"
    " #documentNotices QLabel { color: #7a4f00; }"
    " #documentNotices QListWidget { background: transparent; border: none; color: #7a4f00; }"
)


class DocumentNotices(QWidget):
    """A yellow panel above the preview; Enter or a double click on a fallback emits
    `open_requested` with it, so the missing translation is one step away."""

    open_requested = Signal(object)  # Fallback

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="documentNotices")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(NOTICE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.warnings = QLabel(objectName="documentWarnings", wordWrap=True)
        self.heading = QLabel(objectName="documentFallbacksHeading", wordWrap=True)
        self.fallbacks = QListWidget(objectName="documentFallbacks")
        self.fallbacks.setAccessibleName(self.tr("Texts without a version in this language"))
        self.fallbacks.setWordWrap(True)
        self.fallbacks.setMaximumHeight(110)
        self.fallbacks.itemActivated.connect(self._activated)
        for widget in (self.warnings, self.heading, self.fallbacks):
            layout.addWidget(widget)
        self.hide()

    def show_notices(self, warnings: list[str], fallbacks: list[Fallback], language: str) -> None:
        lines = []
        if warnings:
            lines = [self.tr("Some characters cannot be printed in any installed font:")]
            lines += [f"• {w}" for w in warnings]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self.heading.setText(self.tr("{count} text(s) have no {language} version — double-click "
                                     "one to add it:").format(count=len(fallbacks),
                                                               language=language))
        self.fallbacks.clear()
        for fallback in fallbacks:
            item = QListWidgetItem(f"• {fallback.text}")
            item.setData(Qt.ItemDataRole.UserRole, fallback)
            if fallback.record:
                item.setToolTip(self.tr("Double-click or press Enter to open it"))
            else:  # nothing the officer can open: shown, but not offered as a link
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.fallbacks.addItem(item)
        for widget in (self.heading, self.fallbacks):
            widget.setVisible(bool(fallbacks))
        self.setVisible(bool(lines or fallbacks))

    def _activated(self, item: QListWidgetItem) -> None:
        fallback = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(fallback, Fallback) and fallback.record and fallback.record_id is not None:
            self.open_requested.emit(fallback)
