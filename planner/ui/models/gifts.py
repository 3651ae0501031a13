"""The gifts register's columns and model, and the translated gift vocabularies."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from planner.domain.enums import DeclarationStatus, GiftDirection, GiftDisposition
from planner.domain.records import Gift
from planner.ui.i18n import short_date
from planner.ui.models.table import ColumnSpec, RecordTableModel

_DIRECTION = {
    GiftDirection.GIVEN: QT_TRANSLATE_NOOP("GiftDirection", "Given"),
    GiftDirection.RECEIVED: QT_TRANSLATE_NOOP("GiftDirection", "Received"),
}
_DECLARATION = {
    DeclarationStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("DeclarationStatus", "Not required"),
    DeclarationStatus.PENDING: QT_TRANSLATE_NOOP("DeclarationStatus", "Pending"),
    DeclarationStatus.DECLARED: QT_TRANSLATE_NOOP("DeclarationStatus", "Declared"),
}

_DISPOSITION = {
    GiftDisposition.NOT_RECORDED: QT_TRANSLATE_NOOP("GiftDisposition", "Not recorded"),
    GiftDisposition.TOWN_HALL: QT_TRANSLATE_NOOP("GiftDisposition", "Kept in the town hall"),
    GiftDisposition.ON_DISPLAY: QT_TRANSLATE_NOOP("GiftDisposition", "On display"),
    GiftDisposition.IN_STORAGE: QT_TRANSLATE_NOOP("GiftDisposition", "In storage"),
    GiftDisposition.CITY_ARCHIVE: QT_TRANSLATE_NOOP("GiftDisposition",
                                                    "Handed to the city archive"),
    GiftDisposition.AUCTIONED: QT_TRANSLATE_NOOP("GiftDisposition", "Auctioned"),
    GiftDisposition.DONATED: QT_TRANSLATE_NOOP("GiftDisposition", "Donated"),
    GiftDisposition.RETURNED: QT_TRANSLATE_NOOP("GiftDisposition", "Returned"),
    GiftDisposition.CONSUMED: QT_TRANSLATE_NOOP("GiftDisposition", "Consumed (food, drink)"),
}


def disposition_label(disposition: GiftDisposition) -> str:
    return QCoreApplication.translate("GiftDisposition", _DISPOSITION[disposition])


def direction_label(direction: GiftDirection) -> str:
    return QCoreApplication.translate("GiftDirection", _DIRECTION[direction])


def declaration_label(status: DeclarationStatus) -> str:
    return QCoreApplication.translate("DeclarationStatus", _DECLARATION[status])


def euro(value: Decimal | None) -> str:
    """'1.250,00 €' or '€1,250.00' in the UI's locale; '' when no value was estimated."""
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), "€")


def _who(name: str, function: str) -> str:
    return f"{name}, {function}" if name and function else name or function


GIFT_COLUMNS: list[ColumnSpec[Gift]] = [
    ColumnSpec(
        "date",
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda g: short_date(g.given_on) if g.given_on else "",
        sort_value=lambda g: g.given_on,
        width=130,
    ),
    ColumnSpec(
        "direction",
        QT_TRANSLATE_NOOP("Columns", "Direction"),
        lambda g: direction_label(g.direction),
        width=90,
    ),
    ColumnSpec(
        "description", QT_TRANSLATE_NOOP("Columns", "Gift"), lambda g: g.description, width=240
    ),
    ColumnSpec(
        "recipient",
        QT_TRANSLATE_NOOP("Columns", "Given to"),
        lambda g: _who(g.recipient_name, g.recipient_function),
        width=220,
    ),
    ColumnSpec(
        "value",
        QT_TRANSLATE_NOOP("Columns", "Value"),
        lambda g: euro(g.value_eur),
        sort_value=lambda g: g.value_eur,
        align=Qt.AlignmentFlag.AlignRight,
        width=100,
    ),
    ColumnSpec(
        "declaration",
        QT_TRANSLATE_NOOP("Columns", "Declaration"),
        lambda g: declaration_label(g.declaration),
        width=110,
    ),
    ColumnSpec("giver", QT_TRANSLATE_NOOP("Columns", "Given by"), lambda g: g.giver_name),
]


class GiftListModel(RecordTableModel[Gift]):
    """Gifts come filtered from `gifts.list`; a header click sorts the plain rows here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(GIFT_COLUMNS, parent=parent)

    def extra_data(self, record: Gift, column: ColumnSpec[Gift], role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column.key == "declaration"
            and record.declaration == DeclarationStatus.PENDING
        ):
            return QColor("#9b1c1c")  # a pending declaration is the office's to-do
        return None
