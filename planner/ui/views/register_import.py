"""Importing a register list (File dialog → worker → status bar), shared by the Golden Book and
the Gifts screens: the office's earlier Excel registers, all rows or none."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext

if TYPE_CHECKING:
    from planner.services.register_import import Imported

# Per register: the dialog's title, and what was imported (one, several).
_TEXTS = {
    "goldenbook": (QT_TRANSLATE_NOOP("RegisterImport", "Import Golden Book entries"),
                   QT_TRANSLATE_NOOP("RegisterImport", "1 entry imported from {file}."),
                   QT_TRANSLATE_NOOP("RegisterImport", "{count} entries imported from {file}.")),
    "gifts": (QT_TRANSLATE_NOOP("RegisterImport", "Import gifts"),
              QT_TRANSLATE_NOOP("RegisterImport", "1 gift imported from {file}."),
              QT_TRANSLATE_NOOP("RegisterImport", "{count} gifts imported from {file}.")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RegisterImport", text)


def ask_and_import(parent: QWidget, ctx: AppContext, register: str) -> None:
    """`register`: "goldenbook" or "gifts". Refusals (every wrong row) are shown as a list."""
    kinds = QCoreApplication.translate("RegisterImport",
                                       "Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)")
    path, _filter = QFileDialog.getOpenFileName(parent, _t(_TEXTS[register][0]), "", kinds)
    if path:
        import_file(parent, ctx, register, Path(path))


def _say(parent: QWidget, text: str) -> None:
    """In the status bar: the screen's own count line is rewritten by the refresh."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)


def import_file(parent: QWidget, ctx: AppContext, register: str, path: Path) -> None:
    from planner.services.register_import import RegisterImport

    importer = RegisterImport(ctx.services.ctx)
    read = importer.golden_book if register == "goldenbook" else importer.gifts
    _title, one, several = _TEXTS[register]

    def imported(result: Imported) -> None:
        said = _t(one if result.count == 1 else several).format(count=result.count,
                                                                  file=path.name)
        notes = "; ".join(result.notes)
        _say(parent, said + (f"  {notes}" if notes else ""))

    def refused(exc: BaseException) -> None:
        _say(parent, "")
        show_error(parent, exc)

    _say(parent, QCoreApplication.translate("RegisterImport", "Importing…"))
    ctx.ops.run(lambda: read(path), imported, refused, owner=parent)
