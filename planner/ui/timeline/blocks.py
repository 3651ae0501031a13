"""How one programme item looks on the timeline: a rounded block coloured by its kind."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from planner.domain.scheduling.messages import clock
from planner.ui.timeline.model import (
    CONFLICT_COLOUR,
    WARNING_COLOUR,
    RowKey,
    TimelineBlock,
    style_of,
)


class BlockItem(QGraphicsRectItem):
    """A block in one row; dragging is handled by the canvas, which moves it by `setPos`."""

    def __init__(
        self,
        block: TimelineBlock,
        row_key: RowKey,
        rect: QRectF,
        severity: str | None,
        tooltip: str,
        lang: str,
    ) -> None:
        super().__init__(rect)
        self.block = block
        self.row_key = row_key
        self.severity = severity  # "error", "warning" or None
        self.lang = lang
        self.verdict: str | None = None  # while dragged: the severity at the hovered slot
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(tooltip)
        self.setZValue(2)
        self.setAcceptHoverEvents(True)

    @property
    def item_id(self) -> int:
        return self.block.item_id

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.rect().adjusted(1.0, 1.0, -1.0, -1.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(style_of(self.block.kind).colour)
        if self.verdict is not None or self.pos().manhattanLength() > 0:
            fill.setAlpha(200)  # the dragged ghost
        path = QPainterPath()
        path.addRoundedRect(r, 4, 4)
        painter.fillPath(path, fill.darker(118) if self.isSelected() else fill)
        outline = self.verdict if self.verdict is not None else self.severity
        if outline in ("error", "warning"):
            colour = QColor(CONFLICT_COLOUR if outline == "error" else WARNING_COLOUR)
            painter.setPen(QPen(colour, 3 if outline == "error" else 2.5))
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        if self.isSelected():
            painter.setPen(QPen(QColor("#111827"), 2, Qt.PenStyle.SolidLine))
            painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 5, 5)
        self._paint_text(painter, r, outline)

    def _paint_text(self, painter: QPainter, r: QRectF, outline: str | None) -> None:
        badge = 0.0
        if outline == "error" and r.width() > 30 and r.height() > 14:
            badge = 14.0
            dot = QRectF(r.right() - badge - 2, r.top() + 3, badge - 2, badge - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CONFLICT_COLOUR))
            painter.drawEllipse(dot)
            painter.setPen(QColor("white"))
            small = QFont(painter.font())
            small.setPointSizeF(7)
            small.setBold(True)
            painter.setFont(small)
            painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, "!")
        width = r.width() - 10 - badge
        if width < 14 or r.height() < 12:
            return
        title_font = QFont(painter.font())
        title_font.setPointSizeF(8.5)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("white"))
        metrics = QFontMetrics(title_font)
        line = metrics.height()
        title = metrics.elidedText(self.block.title, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(
            QRectF(r.left() + 5, r.top() + 2, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        if r.height() >= 2 * line + 4:
            detail_font = QFont(title_font)
            detail_font.setBold(False)
            detail_font.setPointSizeF(7.5)
            painter.setFont(detail_font)
            when = f"{clock(self.block.start, self.lang)}–{clock(self.block.end, self.lang)}"
            text = f"{when} · {self.block.detail}" if self.block.detail else when
            text = QFontMetrics(detail_font).elidedText(
                text, Qt.TextElideMode.ElideRight, int(width)
            )
            painter.drawText(
                QRectF(r.left() + 5, r.top() + 2 + line, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )


def assign_lanes(blocks: list[TimelineBlock]) -> tuple[dict[int, int], int]:
    """Overlapping blocks in one row are stacked in sub-lanes (a double booking stays visible
    instead of hiding one block under the other). Returns lane per item id and lane count."""
    lane_ends: list[float] = []
    lane_of: dict[int, int] = {}
    for block in sorted(blocks, key=lambda b: (b.start.timestamp(), b.item_id)):
        start = block.start.timestamp()
        for i, end in enumerate(lane_ends):
            if end <= start:
                lane_ends[i] = max(block.end.timestamp(), start)
                lane_of[block.item_id] = i
                break
        else:
            lane_of[block.item_id] = len(lane_ends)
            lane_ends.append(max(block.end.timestamp(), start))
    return lane_of, max(1, len(lane_ends))
