"""Start the desktop application: QApplication, language, database, demo offer, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import DomainError, SchemaError
from planner.services import Services
from planner.ui import settings, theme
from planner.ui.i18n import LANGUAGES, install_language
from planner.ui.main_window import MainWindow
from planner.ui.ops import AppContext

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Delegation Planner")
    theme.apply(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def saved_language() -> str:
    """The language the user chose, else German on a German system, else English."""
    language = settings.LANGUAGE.get()
    if language in LANGUAGES:
        return language
    return "de" if QLocale.system().name().startswith("de") else "en"


def open_window(services: Services) -> MainWindow:
    """The main window on open services (used by `run`, the tests and the benchmark)."""
    window = MainWindow(AppContext(services))
    return window


def offer_demo(services: Services) -> None:
    """On an empty database, ask whether to load the demo delegations."""
    if services.delegations.list() or services.partners.list():
        return
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("App", "Delegation Planner"),
        QCoreApplication.translate(
            "App",
            "The database is empty. Load the demo data (example delegations, venues and "
            "hosts) to get to know the program?",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from planner.services.demo import load_demo

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        load_demo(services.ctx)
    except DomainError as exc:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Delegation Planner"),
            QCoreApplication.translate("App", "The demo data could not be loaded: {reason}").format(
                reason=str(exc)
            ),
        )
    finally:
        QGuiApplication.restoreOverrideCursor()


def run(url: str | None = None) -> int:
    """Entry point of `planner` without a subcommand; returns the process exit code."""
    app = application()
    install_language(saved_language())
    try:
        services = Services.open(url)
    except SchemaError as exc:
        from planner.ui.dialogs.backups import offer_restore

        # A damaged or foreign file: the latest good backup is offered before giving up.
        if offer_restore(url, str(exc)):
            return run(url)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Delegation Planner"),
            QCoreApplication.translate("App", "The database cannot be used:\n\n{reason}").format(
                reason=str(exc)
            ),
        )
        return 2
    except Exception as exc:  # shown to the user, logged with its traceback
        log.exception("opening the database failed")
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Delegation Planner"),
            QCoreApplication.translate(
                "App", "The database could not be opened:\n\n{reason}"
            ).format(reason=str(exc)),
        )
        return 2
    try:
        offer_demo(services)
        window = open_window(services)
        window.show()
        return app.exec()
    finally:
        services.close()
