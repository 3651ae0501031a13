"""Start the desktop application: QApplication, language, database, demo offer, main window."""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import planner
from planner.domain.errors import SchemaError
from planner.resources import RESOURCES
from planner.ui import settings, theme
from planner.ui.i18n import LANGUAGES, install_language, warm_up
from planner.ui.main_window import MainWindow, screen_module
from planner.ui.ops import AppContext

if TYPE_CHECKING:
    from planner.services import Services

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Delegation Planner")
    app.setApplicationVersion(planner.__version__)
    # Every window inherits the application's icon; the desktop file name lets Wayland
    # compositors match the window to the menu entry `planner desktop-entry` installs.
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("org.delegationplanner.DelegationPlanner")
    _register_shipped_fonts()
    theme.apply(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


_fonts_registered: list[int] = []


def _register_shipped_fonts() -> None:
    """The fonts the documents ship (DejaVu, Droid Sans Fallback for Chinese) for the window
    too: on a machine without CJK fonts a guest's name in Chinese showed as empty boxes in every
    list. Qt falls back to them glyph by glyph; about 10 ms, once."""
    if _fonts_registered:
        return
    for path in sorted((RESOURCES / "fonts").glob("*.ttf")):
        _fonts_registered.append(QFontDatabase.addApplicationFont(str(path)))


def application_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(RESOURCES / "icons" / f"delegation-planner-{size}.png"), QSize(size, size))
    return icon


def saved_language() -> str:
    """The language the user chose, else German on a German system, else English."""
    language = settings.LANGUAGE.get()
    if language in LANGUAGES:
        return language
    return "de" if QLocale.system().name().startswith("de") else "en"


def open_window(services: Services) -> MainWindow:
    """The main window on open services (used by the tests)."""
    return MainWindow(AppContext(services))


def start_window(url: str | None, *, ask_demo: bool = True) -> MainWindow:
    """The main window at once, the database opened behind it (how `planner` starts).

    Importing the database layer and opening the file take most of a second on the ten-year
    archive; the window frame is up and answering before that, showing that it is opening.
    A database that cannot be opened is reported (with its latest backup offered) and the
    application ends with exit code 2.
    """
    ctx = AppContext(None)
    window = MainWindow(ctx)

    def opened() -> None:
        ctx.services_replaced.disconnect(opened)
        if ask_demo:
            ctx.ops.run(lambda: _is_empty(ctx.services), lambda empty: empty and offer_demo(window),
                        owner=window)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, SchemaError):
            from planner.ui.dialogs.backups import offer_restore

            # A damaged or foreign file: the latest good backup is offered before giving up.
            if offer_restore(url, str(exc), window):
                ctx.open_in_background(url, failed, prepare=prepare)
                return
            message = QCoreApplication.translate("App", "The database cannot be used:\n\n{reason}")
        else:
            log.error("opening the database failed", exc_info=exc)
            message = QCoreApplication.translate(
                "App", "The database could not be opened:\n\n{reason}"
            )
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Delegation Planner"),
            message.format(reason=str(exc)),
        )
        QCoreApplication.exit(2)

    first_screen = screen_module(window.current_key())

    def prepare() -> None:  # on the worker: imports and locale data the first screen needs
        importlib.import_module(first_screen)
        importlib.import_module("planner.ui.backup_ops")
        warm_up()

    ctx.services_replaced.connect(opened)
    ctx.open_in_background(url, failed, prepare=prepare)
    return window


def _is_empty(services: Services) -> bool:
    return not (services.delegations.list() or services.partners.list())


def offer_demo(window: MainWindow) -> None:
    """On an empty database, ask whether to load the demo delegations."""
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("App", "Delegation Planner"),
        QCoreApplication.translate(
            "App",
            "The database is empty. Load the demo data (example delegations, venues and "
            "hosts) to get to know the program?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.load_demo()


def run(url: str | None = None) -> int:
    """Entry point of `planner` without a subcommand; returns the process exit code."""
    app = application()
    install_language(saved_language())
    window = start_window(url)
    window.show()
    try:
        return app.exec()
    finally:
        window.ctx.ops.wait()
        if window.ctx.ready:
            window.ctx.services.close()
