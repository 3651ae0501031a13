"""The main window: sidebar navigation, menus with the standard shortcuts, status bar, settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QProgressBar,
    QStackedWidget,
    QWidget,
)
from shiboken6 import Shiboken

from planner.ui import settings
from planner.ui.connection import LiveState
from planner.ui.dialogs.errors import show_error
from planner.ui.i18n import LANGUAGES, current_language, install_language
from planner.ui.ops import AppContext
from planner.ui.views.widgets import LoadingPage

if TYPE_CHECKING:
    from planner.ui.backup_ops import AutoBackup
    from planner.ui.views.delegations import DelegationsScreen
    from planner.ui.views.programme_screen import ProgrammeScreen
    from planner.ui.views.screens import PartnersScreen, PeopleVenuesScreen

# Where each screen's class lives. Screens are imported when first shown (the Documents
# screen alone pulls in ReportLab): opening the window pays only for the screen the user sees.
SCREENS = {
    "home": ("home", "HomeScreen"),
    "delegations": ("delegations", "DelegationsScreen"),
    "programme": ("programme_screen", "ProgrammeScreen"),
    "golden_book": ("golden_book", "GoldenBookScreen"),
    "gifts": ("gifts", "GiftsScreen"),
    "partners": ("screens", "PartnersScreen"),
    "people": ("screens", "PeopleVenuesScreen"),
    "documents": ("documents", "DocumentsScreen"),
    "statistics": ("statistics", "StatisticsScreen"),
}


def screen_module(key: str) -> str:
    return f"planner.ui.views.{SCREENS[key][0]}"


def _screen_type(key: str) -> Callable[[AppContext], QWidget]:
    import importlib

    return getattr(importlib.import_module(screen_module(key)), SCREENS[key][1])  # type: ignore[no-any-return]


VIEW_KEYS = ("home", "delegations", "programme", "golden_book", "gifts", "partners", "people",
             "documents", "statistics")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # Laptops in the office have 1280 × 800 screens: never open larger than the screen.
        self.setMinimumSize(QSize(1024, 640))
        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1400, available.width()), min(860, available.height()))
        ctx.ops.default_failure = lambda exc: show_error(self, exc)
        ctx.ops.busy_changed.connect(self._on_busy)
        self._busy_timer = QTimer(self, singleShot=True, interval=100)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(self.ctx.ops.busy))
        # Other officers' commits and the server's state arrive on the change feed's thread.
        self.live = LiveState(self)
        self.live.changed.connect(self._on_live)
        self.auto_backup: AutoBackup | None = None
        self.build()
        # Every save, undo and redo is confirmed in the status bar (the stack holds them all).
        self._undo_index, self._undo_count = ctx.undo.index(), ctx.undo.count()
        ctx.undo.indexChanged.connect(self._announce_step)
        ctx.services_replaced.connect(self._on_services_replaced)
        if ctx.ready:
            self._on_first_database()
        geometry = settings.MAIN_GEOMETRY.get()
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        # The window opens where the work is: this week's tasks, visits and open questions.
        self.show_view("home")

    # -- building (again after a change of language) ----------------------------------------
    def build(self) -> None:
        self.setWindowTitle(self.tr("Delegation Planner"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setFixedWidth(176)  # narrow enough that 1280 px leave room for the work
        self.stack = QStackedWidget()
        # Screens are built when first shown: widget creation under the style sheet costs too.
        self.screens: dict[str, QWidget] = {}
        names = {
            "home": self.tr("This week"),
            "delegations": self.tr("Delegations"),
            "programme": self.tr("Programme"),
            "golden_book": self.tr("Golden Book"),
            "gifts": self.tr("Gifts"),
            "partners": self.tr("Partner cities"),
            "people": self.tr("People & Venues"),
            "documents": self.tr("Documents"),
            "statistics": self.tr("Statistics"),
        }
        for number, key in enumerate(VIEW_KEYS, start=1):
            item = QListWidgetItem(names[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{names[key]} (Ctrl+{number})")
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())
        # Shown for every screen until the database is open (see AppContext.open_in_background).
        self.loading = LoadingPage(self.tr("Opening the database…"))
        self.stack.addWidget(self.loading)
        self.sidebar.currentRowChanged.connect(self._on_row)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self._build_status_bar()

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self._bar)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = QMenuBar()
        self.setMenuBar(bar)  # replaces (and deletes) the old bar with its actions and shortcuts
        self._bar = bar
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New"), self.new_record, QKeySequence.StandardKey.New
        )
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.print_action = self._action(
            self.tr("&Print…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.print_action.setEnabled(False)  # only the Documents screen prints (see _on_row)
        self.print_action.setToolTip(self.tr("Print the generated document"))
        self.demo_action = self._action(self.tr("Load &demo data"), self.load_demo)
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.connect_action = self._action(self.tr("&Connect to a server…"), self.show_connect)
        self.office_action = self._action(self.tr("&Office and letterhead…"),
                                          self.show_office_settings)
        self.templates_action = self._action(self.tr("Checklists and &letters…"),
                                             self.show_templates)
        self.about_action = self._action(self.tr("&About Delegation Planner"), self.about)
        # Until the database is open these have nothing to act on.
        self._database_actions = (self.new_action, self.save_action, self.demo_action,
                                  self.backups_action, self.connect_action, self.about_action,
                                  self.office_action, self.templates_action)
        for action in self._database_actions:
            action.setEnabled(self.ctx.ready)
        for action in (self.new_action, self.save_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.connect_action)
        file_menu.addAction(self.office_action)
        file_menu.addAction(self.templates_action)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo.createUndoAction(bar, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo.createRedoAction(bar, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self._action(self.tr("Find and &open…"), self.show_palette,
                                         "Ctrl+K"))
        view_menu = bar.addMenu(self.tr("&View"))
        for number, key in enumerate(VIEW_KEYS, start=1):
            view_menu.addAction(
                self._action(
                    self.sidebar.item(number - 1).text().replace("&", "&&"),  # not a mnemonic
                    lambda _c=False, k=key: self.show_view(k),
                    f"Ctrl+{number}",
                )
            )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(bar)
        for code, name in LANGUAGES.items():
            action = self._action(name, lambda _c=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == current_language())
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        for child in status.findChildren(QWidget):
            if child.parent() is status and child.objectName() in ("database", "busy", "live"):
                status.removeWidget(child)
                child.deleteLater()
        self.database_label = QLabel(objectName="database")
        self._show_database()
        self.busy = QProgressBar(objectName="busy", maximumWidth=120, maximumHeight=12)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working…"))
        self.busy.hide()
        self.live_label = QLabel(objectName="live")
        self.live_label.setAccessibleName(self.tr("Connection state"))
        self.live_label.hide()  # only a shared server can be offline
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.live_label)
        status.addPermanentWidget(self.busy)

    def _show_database(self) -> None:
        if not self.ctx.ready:
            self.database_label.setText(self.tr("Opening the database…"))
            return
        database = self.ctx.services.database
        where = str(database.path) if database.path else database.url
        self.database_label.setText(self.tr("Database: {where}").format(where=where))

    def screen(self, key: str) -> QWidget:
        """The screen for `key`, built on first use."""
        screen = self.screens.get(key)
        if screen is None:
            screen = self.screens[key] = _screen_type(key)(self.ctx)
            navigate = getattr(screen, "navigate", None)
            if navigate is not None:
                navigate.connect(self.open_record)
            index = VIEW_KEYS.index(key)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return screen

    def _on_row(self, row: int) -> None:
        if not self.ctx.ready:
            self.stack.setCurrentWidget(self.loading)
            self.print_action.setEnabled(False)
        elif 0 <= row < len(VIEW_KEYS):
            screen = self.screen(VIEW_KEYS[row])
            working = self._working_delegation()
            if VIEW_KEYS[row] == "documents" and working is not None:
                screen.show_delegation(working)  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(screen)
            self.print_action.setEnabled(hasattr(screen, "print_document"))
            focused = QApplication.focusWidget()
            if focused is None or not focused.isVisible():
                # The focus was on the screen just hidden: keep the keyboard in the window.
                self.sidebar.setFocus()

    def _working_delegation(self) -> int | None:
        """The delegation open in the delegation editor: the documents are for it."""
        screen = self.screens.get("delegations")
        return screen.editor.delegation_id if screen is not None else None  # type: ignore[attr-defined]

    @property
    def delegations(self) -> DelegationsScreen:
        return self.screen("delegations")  # type: ignore[return-value]

    @property
    def programme(self) -> ProgrammeScreen:
        return self.screen("programme")  # type: ignore[return-value]

    @property
    def partners(self) -> PartnersScreen:
        return self.screen("partners")  # type: ignore[return-value]

    @property
    def people(self) -> PeopleVenuesScreen:
        return self.screen("people")  # type: ignore[return-value]

    # -- actions -------------------------------------------------------------------------------
    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "delegations"

    def show_view(self, key: str) -> None:
        index = VIEW_KEYS.index(key) if key in VIEW_KEYS else 0
        self.sidebar.setCurrentRow(index)

    def current_screen(self) -> QWidget | None:
        """The screen shown, None while the database is still opening."""
        return self.screen(self.current_key()) if self.ctx.ready else None

    def _call_screen(self, *names: str) -> None:
        screen = self.current_screen()
        for name in names:
            handler = getattr(screen, name, None)
            if handler is not None:
                handler()
                return

    def _announce_step(self, index: int) -> None:
        stack = self.ctx.undo
        if not Shiboken.isValid(stack) or not Shiboken.isValid(self):
            return  # the window is closing: its stack goes with it, nothing to announce
        before, count = self._undo_index, self._undo_count
        self._undo_index, self._undo_count = index, stack.count()
        if stack.count() == 0:
            return  # the history was cleared (another database): nothing was done
        if index > before:
            template = self.tr("Saved: {what}") if stack.count() > count else \
                self.tr("Redone: {what}")
            what = stack.text(index - 1)
        else:
            template, what = self.tr("Undone: {what}"), stack.text(index)
        self.statusBar().showMessage(template.format(what=what), 6000)

    def open_record(self, record: str, record_id: int, delegation_id: int | None = None) -> None:
        """Show a record on its own screen: a delegation (or a member) in the delegation
        editor, a host or venue in its list, a Golden Book entry or a gift in its editor."""
        if record in ("delegation", "member"):
            self.show_view("delegations")
            target = record_id if record == "delegation" else delegation_id
            if target is None or not self.delegations.open_delegation(target):
                self.statusBar().showMessage(self.tr(
                    "Save or discard the changes to the delegation being edited first."), 8000)
            elif record == "member":
                self.delegations.editor.show_member(record_id)
        elif record in ("person", "venue"):
            self.show_view("people")
            view = self.people.people if record == "person" else self.people.venues
            self.people.tabs.setCurrentWidget(view)
            view.select_id(record_id)
        elif record == "entry":
            self.show_view("golden_book")
            self.screen("golden_book").editor.load(record_id)  # type: ignore[attr-defined]
        elif record == "gift":
            self.show_view("gifts")
            self.screen("gifts").editor.load(record_id)  # type: ignore[attr-defined]
        elif record in ("task", "item") and delegation_id is not None:
            # A task opens its visit's checklist, a conflict's item its visit's programme.
            self.open_record("delegation", delegation_id)
            self.delegations.editor.show_tab(delegation_id, 3 if record == "task" else 2)

    def show_timeline(self, day: date) -> None:
        """The Programme screen's timeline on `day` (day view, rows by delegation)."""
        self.show_view("programme")
        programme = self.programme
        programme.timeline.view.set_axis("delegation")
        programme.show_day(day, "day")

    def show_palette(self) -> None:
        """Ctrl+K: find anything by name and open it."""
        if not self.ctx.ready:
            return
        from planner.ui.dialogs.command_palette import CommandPalette

        self.palette = CommandPalette(self.ctx, self)
        self.palette.chosen.connect(
            lambda hit: self.open_record(hit.kind, hit.record_id, hit.delegation_id))
        self.palette.open()

    def new_record(self) -> None:
        self._call_screen("new_delegation", "new_record")

    def save(self) -> None:
        self._call_screen("save")

    def print_current(self) -> None:
        self._call_screen("print_document")

    def focus_search(self) -> None:
        self._call_screen("focus_search")

    def load_demo(self) -> None:
        from planner.services.demo import load_demo

        self.ctx.ops.run(
            lambda: load_demo(self.ctx.services.ctx),
            lambda _ids: self.statusBar().showMessage(self.tr("Demo data loaded."), 5000),
        )

    def set_language(self, language: str) -> None:
        """Switch at runtime: install the translator and rebuild the screens in the new language."""
        if language == current_language():
            return
        key = self.current_key()
        self._save_states()
        install_language(language)
        settings.LANGUAGE.set(language)
        self.build()
        self.show_view(key)

    def show_backups(self) -> None:
        from planner.ui.dialogs.backups import BackupsDialog

        BackupsDialog(self.ctx, self).exec()

    def show_office_settings(self) -> None:
        from planner.ui.dialogs.office_settings import OfficeSettingsDialog

        OfficeSettingsDialog(self.ctx, self).exec()

    def show_templates(self) -> None:
        from planner.ui.dialogs.templates import TemplatesDialog

        TemplatesDialog(self.ctx, self).exec()

    def show_connect(self) -> None:
        from planner.ui.dialogs.connect import ConnectDialog

        ConnectDialog(self.ctx, self).exec()

    def _on_first_database(self) -> None:
        """The database is open: backups, the change feed, and the screen the user is on."""
        from planner.ui.backup_ops import AutoBackup

        self.auto_backup = AutoBackup(self.ctx, parent=self)
        self.auto_backup.failed.connect(
            lambda reason: self.statusBar().showMessage(
                self.tr("Automatic backup failed: {reason}").format(reason=reason), 15000
            )
        )
        self._start_change_feed()

    def _start_change_feed(self) -> None:
        if self.ctx.services.database.backend == "postgresql":
            self.ctx.services.ctx.start_change_feed(self.live.on_state)

    def _on_live(self, online: bool) -> None:
        self.live_label.show()
        if online:
            self.live_label.setText(self.tr("● Online"))
            self.live_label.setStyleSheet("color: #1a7f37; padding: 0 8px;")
        else:
            self.live_label.setText(self.tr("● Offline – changes cannot be saved until the "
                                            "server is back"))
            self.live_label.setStyleSheet("color: #b91c1c; font-weight: 600; padding: 0 8px;")

    def _on_services_replaced(self) -> None:
        """The database opened, or another one replaced it (a restored backup, a server):
        every screen is built again."""
        if self.auto_backup is None:
            self._on_first_database()
            for action in self._database_actions:
                action.setEnabled(True)
            self._show_database()
            self._on_row(self.sidebar.currentRow())
            return
        key = self.current_key()
        self._save_states()
        self.build()
        self.show_view(key)
        self._start_change_feed()

    def about(self) -> None:
        from planner.ui.dialogs.about import AboutDialog

        AboutDialog(self.ctx.services, self).exec()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    def _save_states(self) -> None:
        for screen in self.screens.values():
            saver = getattr(screen, "save_state", None)
            if saver is not None:
                saver()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_states()
        settings.MAIN_GEOMETRY.set(self.saveGeometry())
        self.ctx.close()
        super().closeEvent(event)
