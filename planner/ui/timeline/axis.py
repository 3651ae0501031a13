"""The pinned parts of the timeline: the hour header and the row labels on the left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from planner.domain.scheduling.messages import BERLIN

if TYPE_CHECKING:
    from planner.ui.timeline.canvas import TimelineCanvas

LABEL_WIDTH = 210
HEADER_HEIGHT = 44
ROW_HEIGHT = 46
_WEEKDAYS = {
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def paint_pinned(canvas: TimelineCanvas, painter: QPainter) -> None:
    """The header with the hours and the column of row labels, in viewport coordinates, so
    they stay in place while the timeline scrolls under them."""
    painter.save()
    painter.resetTransform()  # from here on: viewport coordinates, pinned while scrolling
    view = canvas.viewport().rect()
    painter.fillRect(QRectF(0, 0, view.width(), HEADER_HEIGHT), QColor("#eef2f6"))
    _paint_hours(canvas, painter)
    painter.fillRect(QRectF(0, HEADER_HEIGHT, LABEL_WIDTH, view.height()), QColor("#f8fafc"))
    _paint_labels(canvas, painter, view.height())
    painter.fillRect(QRectF(0, 0, LABEL_WIDTH, HEADER_HEIGHT), QColor("#e2e8f0"))
    painter.setPen(QColor("#334155"))
    font = QFont(canvas.font())
    font.setBold(True)
    font.setPointSizeF(9)
    painter.setFont(font)
    painter.drawText(
        QRectF(12, 0, LABEL_WIDTH - 16, HEADER_HEIGHT),
        Qt.AlignmentFlag.AlignVCenter,
        canvas.axis_label,
    )
    painter.setPen(QPen(QColor("#94a3b8"), 1))
    painter.drawLine(LABEL_WIDTH, 0, LABEL_WIDTH, view.height())
    painter.drawLine(0, HEADER_HEIGHT, view.width(), HEADER_HEIGHT)
    painter.restore()


def _paint_hours(canvas: TimelineCanvas, painter: QPainter) -> None:
    font = QFont(canvas.font())
    font.setPointSizeF(8)
    painter.setFont(font)
    day_view = canvas.px_per_hour >= 30
    for moment, strong in canvas.hour_marks():
        x = canvas.mapFromScene(QPointF(canvas.x_of(moment), 0)).x()
        if x < LABEL_WIDTH - 1:
            continue
        local = moment.astimezone(BERLIN)
        painter.setPen(QColor("#475569"))
        if day_view:
            painter.drawText(
                QRectF(x + 3, 14, 60, 24), Qt.AlignmentFlag.AlignVCenter, f"{local:%H:%M}"
            )
        elif strong:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            day = f"{_WEEKDAYS[canvas.lang][local.weekday()]} {local.day}.{local.month}."
            painter.drawText(QRectF(x + 4, 2, 120, 22), Qt.AlignmentFlag.AlignVCenter, day)
            painter.setFont(font)
        else:
            painter.drawText(
                QRectF(x + 2, 22, 30, 20), Qt.AlignmentFlag.AlignVCenter, f"{local:%H}"
            )
        painter.setPen(QPen(QColor("#94a3b8"), 1))
        painter.drawLine(
            QPointF(x, HEADER_HEIGHT - (12 if strong else 6)), QPointF(x, HEADER_HEIGHT)
        )


def _paint_labels(canvas: TimelineCanvas, painter: QPainter, height: int) -> None:
    bold = QFont(canvas.font())
    bold.setPointSizeF(9)
    bold.setBold(True)
    small = QFont(canvas.font())
    small.setPointSizeF(7.5)
    painter.setClipRect(QRectF(0, HEADER_HEIGHT, LABEL_WIDTH, height))
    for row, row_height in zip(canvas.rows, canvas.row_heights, strict=True):
        y = canvas.mapFromScene(QPointF(0, canvas.y_of(row.key))).y()
        if y + row_height < HEADER_HEIGHT or y > height:
            continue
        painter.setPen(QColor("#0f172a"))
        painter.setFont(bold)
        elide = painter.fontMetrics().elidedText(
            row.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 24
        )
        top = 6 if row.detail else 0
        painter.drawText(
            QRectF(12, y + top, LABEL_WIDTH - 20, 20 if row.detail else ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            elide,
        )
        if row.detail:
            painter.setPen(QColor("#64748b"))
            painter.setFont(small)
            painter.drawText(
                QRectF(12, y + 24, LABEL_WIDTH - 20, 16),
                Qt.AlignmentFlag.AlignVCenter,
                row.detail,
            )
        painter.setPen(QPen(QColor("#e2e8f0"), 1))
        painter.drawLine(0, int(y + row_height), LABEL_WIDTH, int(y + row_height))
    painter.setClipping(False)
