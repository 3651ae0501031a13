"""Tell the user what went wrong in their words: no tracebacks, the cause and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.ui.i18n import problem_text


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        lines = [
            (f"{p.field}: " if p.field else "") + problem_text(p) for p in exc.problems
        ]
        return (
            QCoreApplication.translate("Errors", "The change was not saved:")
            + "\n"
            + "\n".join(lines)
        )
    if isinstance(exc, ConflictError):
        if exc.changed_by:
            who = QCoreApplication.translate(
                "Errors", "{user} changed this record in the meantime{when}{fields}."
            ).format(
                user=exc.changed_by,
                when=QCoreApplication.translate("Errors", " at {time}").format(
                    time=exc.changed_at.astimezone().strftime("%H:%M")) if exc.changed_at else "",
                fields=QCoreApplication.translate("Errors", " ({fields})").format(
                    fields=", ".join(exc.changed_fields)) if exc.changed_fields else "",
            )
        else:
            who = QCoreApplication.translate(
                "Errors", "Someone else changed this record in the meantime.")
        return who + " " + QCoreApplication.translate(
            "Errors", "Nothing was overwritten. Reload it and apply your change again.")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "Errors", "The record no longer exists; it may have been deleted meanwhile."
        )
    return QCoreApplication.translate(
        "Errors", "The action could not be completed: {reason}"
    ).format(reason=str(exc))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "Delegation Planner"), describe(exc)
    )
