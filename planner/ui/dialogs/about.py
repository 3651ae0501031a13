"""The About dialog: version, database in use, schema revision, and the licences of what ships."""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import planner
from planner.resources import RESOURCES
from planner.services import Services

# What the planner ships or runs on, with the licence each is distributed under. Fonts are
# embedded in every PDF the office hands out, so their licence files ship beside them.
FONTS = (
    ("DejaVu Sans, DejaVu Sans Bold", "Bitstream Vera / DejaVu free licence",
     "LICENSE-DejaVu.txt"),
    ("Droid Sans Fallback", "Apache License 2.0", "LICENSE-DroidSansFallback-Apache-2.0.txt"),
)
LIBRARIES = (
    ("PySide6", "PySide6 (Qt for Python)", "LGPL-3.0; Qt 6: LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("reportlab", "ReportLab", "BSD"),
    ("pyphen", "Pyphen (LibreOffice hyphenation dictionaries)",
     "GPL-2.0+ / LGPL-2.1+ / MPL-1.1"),
    ("svglib", "svglib (SVG emblems)", "LGPL-3.0"),
    ("babel", "Babel (Unicode CLDR data)", "BSD-3-Clause; CLDR: Unicode licence"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("psycopg", "psycopg (PostgreSQL)", "LGPL-3.0"),
)


def installed_version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "—"


def licences_html() -> str:
    fonts = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(licence)} — "
        f"<a href='{(RESOURCES / 'fonts' / file).as_uri()}'>{escape(file)}</a></td></tr>"
        for name, licence, file in FONTS)
    libraries = "".join(
        f"<tr><td>{escape(label)} {escape(installed_version(dist))}</td>"
        f"<td>{escape(licence)}</td></tr>" for dist, label, licence in LIBRARIES)
    return (f"<p><b>Delegation Planner {escape(planner.__version__)}</b> — MIT licence</p>"
            f"<p><b>Fonts embedded in printed documents</b></p>"
            f"<table cellpadding='3'>{fonts}</table>"
            f"<p><b>Libraries</b></p><table cellpadding='3'>{libraries}</table>")


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Delegation Planner"))
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QIcon(str(RESOURCES / "icons" / "delegation-planner-64.png")).pixmap(64))
        heading.addWidget(logo)
        title = QLabel(self.tr("Delegation Planner"), objectName="screenTitle")
        heading.addWidget(title, 1)
        layout.addLayout(heading)
        text = QLabel(
            self.tr(
                "Plans the visits of foreign delegations for the international "
                "relations office of the City of Dortmund."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        database = services.database
        self.values = {
            "version": planner.__version__,
            "database": str(database.path) if database.path else database.url,
            "schema": database.schema_revision() or self.tr("none"),
        }
        for label, key in (
            (self.tr("Version"), "version"),
            (self.tr("Database"), "database"),
            (self.tr("Schema revision"), "schema"),
        ):
            value = QLabel(self.values[key])
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Licences"), objectName="sectionTitle"))
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Licences of the planner, its fonts and libraries"))
        self.licences.setHtml(licences_html())
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(620, 560)
