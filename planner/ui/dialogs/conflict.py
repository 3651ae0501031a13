"""A stale version: show the user's version beside the stored one; reload or overwrite."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import ConflictError, ValidationError
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext
from planner.ui.undo import SaveRecord, perform

_HIDDEN = {"id", "version", "created_at", "updated_at"}


def differences(yours: Any, stored: Any) -> list[tuple[str, str, str]]:
    rows = []
    for f in dataclasses.fields(yours):
        if f.name in _HIDDEN:
            continue
        mine, theirs = getattr(yours, f.name), getattr(stored, f.name)
        if mine != theirs:
            rows.append((f.name, _text(mine), _text(theirs)))
    return rows


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return " / ".join(f"{k}: {v}" for k, v in value.items())
    if dataclasses.is_dataclass(value):
        return ", ".join(
            _text(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) not in (None, "", ())
        )
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Reload = throw away my edits; Overwrite = save mine on top of the stored version."""

    RELOAD = 1
    OVERWRITE = 2

    def __init__(self, yours: Any, stored: Any, parent: QWidget | None = None,
                 conflict: ConflictError | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        if conflict is not None and conflict.changed_by:
            who = self.tr("While you were editing, {user} saved this record{when}.").format(
                user=conflict.changed_by,
                when=self.tr(" at {time}").format(
                    time=conflict.changed_at.astimezone().strftime("%H:%M"))
                if conflict.changed_at else "")
        else:
            who = self.tr("While you were editing, someone else saved this record.")
        text = QLabel(who + " " + self.tr(
            "These fields differ. Reload to see the stored version, or overwrite it with yours."))
        text.setWordWrap(True)
        layout.addWidget(text)
        rows = self.rows = differences(yours, stored)
        table = QTableWidget(len(rows), 3)
        table.setAccessibleName(self.tr("Differences"))
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Stored version")]
        )
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(
            self.tr("Reload"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.overwrite_button = buttons.addButton(
            self.tr("Overwrite"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self.done(self.OVERWRITE))
        layout.addWidget(buttons)


def resolve_conflict(
    parent: QWidget,
    ctx: AppContext,
    service: Any,
    yours: Any,
    on_reload: Callable[[Any], None],
    on_saved: Callable[[Any], None],
    conflict: ConflictError | None = None,
) -> None:
    """Fetch the stored version, ask, then reload or save again with the stored version number."""

    def ask(stored: Any) -> None:
        dialog = ConflictDialog(yours, stored, parent, conflict)
        choice = dialog.exec()
        if choice == ConflictDialog.OVERWRITE:
            overwrite(parent, ctx, service, yours, stored, on_saved)
        else:
            on_reload(stored)

    ctx.ops.run(
        lambda: service.get(yours.id), ask, lambda exc: show_error(parent, exc), owner=parent
    )


def overwrite(
    parent: QWidget,
    ctx: AppContext,
    service: Any,
    yours: Any,
    stored: Any,
    on_saved: Callable[[Any], None],
) -> None:
    """Save `yours` over `stored` as an undoable edit: undo puts the stored version back
    (saved with the then-current version number), redo puts yours back again."""
    edit = SaveRecord(
        QCoreApplication.translate("ConflictDialog", "Overwrite the stored version"),
        service,
        dataclasses.replace(yours, version=stored.version),
        stored,
    )

    def saved(record: Any) -> None:
        if shiboken6.isValid(parent):  # the editor may have closed while the save ran
            on_saved(record)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(parent):
            show_error(parent, exc)

    perform(ctx, edit, saved, failed)


def report_save_failure(
    parent: QWidget,
    ctx: AppContext,
    service: Any,
    exc: BaseException,
    edited: Any,
    errors: Any,
    on_reload: Callable[[Any], None],
    on_saved: Callable[[Any], None],
    before_focus: Callable[[], None] | None = None,
) -> None:
    """What every editor does when a save fails: problems at their fields, a stale version to
    the compare-and-choose dialog, anything else in a message box. The user's edits stay."""
    if isinstance(exc, ValidationError):
        widget = errors.show(exc.problems)
        if before_focus is not None:
            before_focus()
        if widget is not None:
            widget.setFocus()
    elif isinstance(exc, ConflictError) and getattr(edited, "id", None) is not None:
        resolve_conflict(parent, ctx, service, edited, on_reload, on_saved, exc)
    else:
        show_error(parent, exc)
