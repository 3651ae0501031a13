"""The Golden Book register's columns and model, and the translated entry statuses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from planner.domain.enums import EntryStatus
from planner.domain.records import GoldenBookRegisterLine, Signer
from planner.ui.i18n import short_date
from planner.ui.models.table import ColumnSpec, RecordTableModel

_STATUS = {
    EntryStatus.PLANNED: QT_TRANSLATE_NOOP("EntryStatus", "Planned"),
    EntryStatus.SIGNED: QT_TRANSLATE_NOOP("EntryStatus", "Signed"),
    EntryStatus.CANCELLED: QT_TRANSLATE_NOOP("EntryStatus", "Cancelled"),
}
# Muted text for what is not (or no longer) in the book, so signed entries stand out.
_STATUS_COLOUR = {EntryStatus.PLANNED: "#8a5a00", EntryStatus.CANCELLED: "#9b1c1c"}


def status_label(status: EntryStatus) -> str:
    return QCoreApplication.translate("EntryStatus", _STATUS[status])


def entry_number(book: int, number: int | None) -> str:
    """'1/23' = volume 1, entry 23; a planned entry has no number yet."""
    return f"{book}/{number}" if number is not None else f"{book}/—"


def signer_names(signers: Sequence[Signer]) -> str:
    return "; ".join(f"{s.name} ({s.native_name})" if s.native_name else s.name for s in signers)


def renumber_preview(
    lines: Sequence[GoldenBookRegisterLine],
) -> list[tuple[GoldenBookRegisterLine, int | None]]:
    """What `renumber` will do to these lines (in register order): (line, new number).

    Mirrors the service's rule, so the confirmation can show the moves before anything is
    written: cancelled entries lose their number, the others close up from 1.
    """
    moves: list[tuple[GoldenBookRegisterLine, int | None]] = []
    number = 0
    for line in lines:
        if line.number is None:
            continue
        if line.status == EntryStatus.CANCELLED:
            moves.append((line, None))
            continue
        number += 1
        if line.number != number:
            moves.append((line, number))
    return moves


REGISTER_COLUMNS: list[ColumnSpec[GoldenBookRegisterLine]] = [
    ColumnSpec(
        "number",
        QT_TRANSLATE_NOOP("Columns", "No."),
        lambda r: entry_number(r.book_number, r.number),
        sort_value=lambda r: (r.book_number, r.number if r.number is not None else 10**9),
        align=Qt.AlignmentFlag.AlignRight,
        width=70,
    ),
    ColumnSpec(
        "date",
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda r: short_date(r.signed_on) if r.signed_on else "",
        sort_value=lambda r: r.signed_on,
        width=130,
    ),
    ColumnSpec(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda r: status_label(r.status),
        width=100,
    ),
    ColumnSpec(
        "signers",
        QT_TRANSLATE_NOOP("Columns", "Signed by"),
        lambda r: signer_names(r.signers),
        width=280,
    ),
    ColumnSpec(
        "delegation",
        QT_TRANSLATE_NOOP("Columns", "Delegation"),
        lambda r: r.delegation_title or r.partner_city,
        width=240,
    ),
    ColumnSpec(
        "occasion",
        QT_TRANSLATE_NOOP("Columns", "Occasion / place"),
        lambda r: " · ".join(p for p in (r.occasion, r.place) if p),
    ),
]


class RegisterModel(RecordTableModel[GoldenBookRegisterLine]):
    """Lines come filtered from `golden_book.register`; sorting happens here over plain rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(REGISTER_COLUMNS, parent=parent)

    def extra_data(
        self,
        record: GoldenBookRegisterLine,
        column: ColumnSpec[GoldenBookRegisterLine],
        role: int,
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column.key in ("status", "number"):
            colour = _STATUS_COLOUR.get(record.status)
            return QColor(colour) if colour else None
        return None
