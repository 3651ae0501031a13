"""The application's identity: its icon on every window, and an About box with the licences."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtWidgets import QApplication

import planner
from planner.services import Services
from planner.ui.app import application, application_icon
from planner.ui.dialogs.about import AboutDialog
from planner.ui.main_window import MainWindow


def test_every_window_shows_the_application_icon(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    icon = application_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    application()
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().isNull()  # windows inherit the application's icon


def test_about_names_version_database_and_licences(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.values["version"] == planner.__version__
    assert dialog.values["database"] == str(services.database.path)
    text = dialog.licences.toPlainText()
    for name in ("DejaVu Sans", "Droid Sans Fallback", "Apache License 2.0", "PySide6",
                 "SQLAlchemy", "ReportLab", "LGPL-3.0"):
        assert name in text
    links = [a for a in dialog.licences.toHtml().split("href=\"")[1:]]
    files = [Path(unquote(urlparse(link.split("\"")[0]).path)) for link in links]
    assert files and all(f.is_file() for f in files)  # the font licences ship beside the fonts
