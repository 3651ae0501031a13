"""UI test fixtures: offscreen Qt, isolated settings, a fresh database and window per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from planner.domain.records import Delegation, Journey, PartnerCity
from planner.services import Services
from planner.ui import settings
from planner.ui.app import application, open_window
from planner.ui.i18n import install_language
from planner.ui.main_window import MainWindow

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Every test starts from default settings in English, whatever the machine has."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    application()
    settings.store().clear()  # Qt may keep using an earlier path: start from defaults anyway
    install_language("en")
    yield
    install_language("en")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would block the test forever: record its text and fail loudly instead."""
    shown: list[str] = []

    def record(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        raise AssertionError(f"unexpected message box {title!r}: {text}")

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "t.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    s = Services.open(str(db_path))
    yield s
    s.close()


def settle(qtbot, window: MainWindow | None = None, ctx=None) -> None:  # type: ignore[no-untyped-def]
    """Wait until the worker has delivered everything, including refreshes it triggered."""
    context = ctx or window.ctx  # type: ignore[union-attr]
    for _ in range(3):
        qtbot.waitUntil(lambda: not context.ops.busy, timeout=10000)
        qtbot.wait(20)
        QCoreApplication.processEvents()


@pytest.fixture
def window(qtbot, services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(services)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    # The window opens on "This week"; most tests work on the delegations, as a user would
    # after one click in the sidebar.
    win.show_view("delegations")
    settle(qtbot, win)
    yield win
    win.ctx.ops.wait()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, non-ASCII included, as key events (QTest.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def make_delegation(
    services: Services, title: str = "Delegation aus Netanya", city: str = "Netanya", day: int = 9
) -> Delegation:
    partner = services.partners.save(PartnerCity(name=city, country="IL"))
    return services.delegations.save(
        Delegation(
            title={"de": title, "en": title},
            partner_city_id=partner.id,
            occasion="Besuch",
            arrival=Journey(at=datetime(2026, 5, day, 10, 0, tzinfo=BERLIN), reference="LY 1234"),
            departure=Journey(at=datetime(2026, 5, day + 3, 18, 0, tzinfo=BERLIN)),
        )
    )


Seed = Callable[[Services], None]
