"""The Backups dialog (File → Backups…) and the offer to restore when the database is damaged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services.backup import (
    BackupFile,
    RestoreResult,
    database_file,
    latest_backup,
    list_backups,
)
from planner.ui.backup_ops import BackupProgress, back_up_now, restore
from planner.ui.dialogs.errors import describe
from planner.ui.i18n import long_datetime
from planner.ui.ops import AppContext

KINDS = {
    "auto": QT_TRANSLATE_NOOP("Backups", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "damaged": QT_TRANSLATE_NOOP("Backups", "Damaged database, kept"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Backups", KINDS.get(kind, kind))


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def size_label(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class BackupsDialog(QDialog):
    """The backups next to the database, newest first; back up now; restore one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 460)
        self.backups: list[BackupFile] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 200)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.progress = QProgressBar(visible=False)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.status = QLabel(objectName="screenSubtitle", wordWrap=True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"), objectName="primary")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reporter = BackupProgress(self)
        self.reporter.progressed.connect(self._on_progress)
        self.refresh()

    @property
    def database_path(self) -> Path | None:
        path = self.ctx.services.database.path
        return Path(path) if path is not None else None

    def refresh(self) -> None:
        path = self.database_path
        if path is None:
            self.intro.setText(
                self.tr(
                    "This window works on a shared server. Its backups are portable archives made "
                    "by the administrator with “planner backup”."
                )
            )
            self.backups = []
        else:
            self.intro.setText(
                self.tr(
                    "Backups of {file} are kept in {folder}. Automatic backups are made at start "
                    "and every 30 minutes of work, and thinned out to 7 daily, 4 weekly and 12 "
                    "monthly copies."
                ).format(file=path.name, folder=path.parent / "backups")
            )
            self.backups = list_backups(path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                long_datetime(backup.taken_at),
                kind_label(backup.kind),
                size_label(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self, busy: bool = False) -> None:
        sqlite = self.database_path is not None
        self.backup_button.setEnabled(sqlite and not busy)
        self.restore_button.setEnabled(sqlite and not busy and self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    # -- back up now -------------------------------------------------------------------------
    def back_up(self) -> None:
        self._update_buttons(busy=True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Backing up…"))
        back_up_now(self.ctx, self.reporter, self._backed_up, self._failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _backed_up(self, path: Path) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Backup saved: {file}").format(file=path.name))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(describe(exc))
        self._update_buttons()

    # -- restore -----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the database with the backup of {when}? Everything saved after it is "
                "set aside: the current database is kept as a “Before a restore” backup."
            ).format(when=long_datetime(backup.taken_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._update_buttons(busy=True)
        self.status.setText(self.tr("Restoring…"))
        restore(self.ctx, backup.path, self._restored, self._failed)

    def _restored(self, result: RestoreResult) -> None:
        self.status.setText(
            self.tr("Restored the backup {file}.").format(file=result.restored_from.name)
        )
        self.refresh()


def offer_restore(url: str | None, reason: str, parent: QWidget | None = None) -> bool:
    """At start, when the database cannot be opened: offer its latest good backup.

    Returns True when a backup was put in place (the caller opens the database again)."""
    from planner.services.backup import restore_backup

    path = database_file(url)
    latest = latest_backup(path) if path is not None else None
    if path is None or latest is None:
        return False
    title = QCoreApplication.translate("Backups", "Delegation Planner")
    question = QCoreApplication.translate(
        "Backups",
        "The database cannot be used:\n\n{reason}\n\nRestore the latest backup ({when})? "
        "The damaged file is kept in the backups folder.",
    ).format(reason=reason, when=long_datetime(latest.taken_at))
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(latest.path, path)
    except Exception as exc:  # shown to the user; the caller then shows the original error
        QMessageBox.critical(parent, title, describe(exc))
        return False
    return True
