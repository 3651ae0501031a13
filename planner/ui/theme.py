"""The look: one calm palette, the style sheet, and the colours of delegation status chips."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from planner.domain.enums import DelegationStatus

ACCENT = "#1f5fae"
INK = "#1f2933"
MUTED = "#5f6b7a"
LINE = "#d9dee5"
SURFACE = "#ffffff"
SIDEBAR = "#eef1f5"
ERROR = "#b42318"

# (background, text) per status: readable on white, distinguishable without colour by the label.
STATUS_COLOURS: dict[DelegationStatus, tuple[str, str]] = {
    DelegationStatus.REQUESTED: ("#fff4d6", "#8a5a00"),
    DelegationStatus.ACCEPTED: ("#e6f0ff", "#1e4f9c"),
    DelegationStatus.DECLINED: ("#eceff3", "#6b3a3a"),
    DelegationStatus.CONFIRMED: ("#dbeafe", "#1e4f9c"),
    DelegationStatus.IN_PROGRESS: ("#d9f2e3", "#1b6b3a"),
    DelegationStatus.COMPLETED: ("#eceff3", "#4a5563"),
    DelegationStatus.CANCELLED: ("#fde2e1", "#9b1c1c"),
}


def status_colours(status: DelegationStatus) -> tuple[QColor, QColor]:
    background, text = STATUS_COLOURS[status]
    return QColor(background), QColor(text)


STYLE_SHEET = f"""
QMainWindow, QWidget#screen {{ background: {SURFACE}; }}
QListWidget#sidebar {{
    background: {SIDEBAR}; border: none; border-right: 1px solid {LINE};
    padding: 12px 8px; font-size: 10.5pt; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 8px 12px; border-radius: 6px; color: {INK}; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#sidebar::item:hover:!selected {{ background: #e1e6ee; }}
QLabel#screenTitle {{ font-size: 17pt; font-weight: 600; color: {INK}; }}
QLabel#screenSubtitle {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; color: {INK}; }}
QLabel#fieldError {{ color: {ERROR}; font-size: 9pt; }}
QLabel#banner {{
    background: #fdecea; color: {ERROR}; border: 1px solid #f5c2bd; border-radius: 6px;
    padding: 6px 10px;
}}
QLabel#emptyTitle {{ font-size: 14pt; font-weight: 600; color: {INK}; }}
QLabel#emptyText {{ color: {MUTED}; font-size: 10.5pt; }}
QTableView {{
    border: 1px solid {LINE}; border-radius: 6px; gridline-color: #eef0f3;
    selection-background-color: #dce8f7; selection-color: {INK};
    alternate-background-color: #f8f9fb;
}}
QHeaderView::section {{
    background: #f5f7fa; color: {MUTED}; border: none; border-bottom: 1px solid {LINE};
    padding: 6px 8px; font-weight: 600;
}}
QLineEdit, QComboBox, QDateTimeEdit, QDateEdit, QSpinBox, QPlainTextEdit {{
    border: 1px solid #c5ccd6; border-radius: 5px; padding: 4px 6px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QPlainTextEdit:focus {{
    border: 1px solid {ACCENT};
}}
*[invalid="true"] {{ border: 1px solid {ERROR}; background: #fff8f7; }}
QPushButton {{
    border: 1px solid #c5ccd6; border-radius: 5px; padding: 5px 14px; background: #f8f9fb;
}}
QPushButton:hover {{ background: #eef2f7; }}
QPushButton:disabled {{ color: #a0a8b3; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#primary:hover {{ background: #184d8f; }}
QPushButton#primary:disabled {{ background: #9db6d6; border-color: #9db6d6; }}
QTabWidget::pane {{
    border: 1px solid {LINE}; border-radius: 6px; top: -1px; background: {SURFACE};
}}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {SURFACE}; }}
QTabBar::tab {{ padding: 6px 16px; color: {MUTED}; border: none; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QStatusBar {{ color: {MUTED}; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
