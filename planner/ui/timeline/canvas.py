"""The timeline's drawing surface: time axis, row labels, blocks, and dragging blocks."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QWidget

from planner.domain.scheduling.messages import BERLIN
from planner.ui.timeline.axis import HEADER_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, paint_pinned
from planner.ui.timeline.blocks import BlockItem, assign_lanes
from planner.ui.timeline.model import RowKey, TimelineBlock, TimelineRow

LANE_HEIGHT = 36
SNAP_SECONDS = 5 * 60
KEY_STEP = {False: timedelta(minutes=5), True: timedelta(hours=1)}  # Alt+arrow / Alt+Shift+arrow


@dataclass(slots=True)
class _Drag:
    item: BlockItem
    press: QPointF
    moved: bool = False
    start: datetime | None = None
    row: RowKey | None = None


class TimelineCanvas(QGraphicsView):
    """Rows top to bottom, real time (UTC instants) left to right; labels stay pinned."""

    blockPressed = Signal(int)
    # item id, new start, target row, source row
    blockDropped = Signal(int, object, object, object)
    blockHovered = Signal(int, object, object, object)
    resized = Signal()

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Labels are painted over the scene in viewport coordinates: scrolling must repaint.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)
        self.rows: list[TimelineRow] = []
        self.axis_label = ""
        self.origin = datetime(2026, 1, 1, tzinfo=UTC)
        self.finish = self.origin
        self.px_per_hour = 80.0
        self._row_index: dict[RowKey, int] = {}
        self._tops: list[float] = []
        self.row_heights: list[float] = []
        self._items: list[BlockItem] = []
        self._drag: _Drag | None = None
        # The keyboard does what the mouse does: choose a block, move it in time or to a row.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- content ---------------------------------------------------------------------------
    def show_blocks(
        self,
        origin: datetime,
        finish: datetime,
        px_per_hour: float,
        rows: list[TimelineRow],
        blocks: list[TimelineBlock],
        severities: dict[int, str],
        tooltips: dict[int, str],
    ) -> None:
        """Rebuild the scene for the period [origin, finish) and the given rows."""
        self._drag = None
        self.origin, self.finish, self.px_per_hour = origin, finish, px_per_hour
        self.rows = rows
        self._row_index = {row.key: i for i, row in enumerate(rows)}
        scene = self.scene()
        scene.clear()
        self._items = []
        by_row: dict[RowKey, list[TimelineBlock]] = {}
        for block in blocks:
            for key in block.row_keys:
                if key in self._row_index:
                    by_row.setdefault(key, []).append(block)
        lanes = {key: assign_lanes(row_blocks) for key, row_blocks in by_row.items()}
        # A row with a double booking grows so both blocks keep their title and times.
        self.row_heights = [
            ROW_HEIGHT
            if lanes.get(row.key, ({}, 1))[1] == 1
            else 8 + LANE_HEIGHT * lanes[row.key][1]
            for row in rows
        ]
        # No rows, no tops: accumulate(initial=...) would still give one, and painting zips
        # tops with heights strictly.
        self._tops = (
            list(accumulate(self.row_heights[:-1], initial=HEADER_HEIGHT)) if rows else []
        )
        width = self.x_of(finish) + 24
        scene.setSceneRect(0, 0, width, self._bottom() + 12)
        for key, row_blocks in by_row.items():
            lane_of, count = lanes[key]
            top = self.y_of(key) + 4
            height = (self.row_heights[self._row_index[key]] - 8) / count
            for block in row_blocks:
                x0, x1 = self.x_of(block.start), self.x_of(max(block.end, block.start))
                rect = QRectF(x0, top + lane_of[block.item_id] * height, max(x1 - x0, 4), height)
                item = BlockItem(
                    block,
                    key,
                    rect,
                    severities.get(block.item_id),
                    tooltips.get(block.item_id, block.title),
                    self.lang,
                )
                scene.addItem(item)
                self._items.append(item)
        self.viewport().update()

    def block_items(self, item_id: int | None = None) -> list[BlockItem]:
        return [i for i in self._items if item_id is None or i.item_id == item_id]

    def select_items(self, item_ids: set[int]) -> None:
        for item in self._items:
            item.setSelected(item.item_id in item_ids)
        chosen = [i for i in self._items if i.item_id in item_ids]
        if chosen:
            self.ensureVisible(chosen[0].sceneBoundingRect(), 80, 40)
        self.viewport().update()

    # -- geometry --------------------------------------------------------------------------
    def x_of(self, moment: datetime) -> float:
        return LABEL_WIDTH + (moment - self.origin).total_seconds() / 3600 * self.px_per_hour

    def time_at(self, x: float) -> datetime:
        return self.origin + timedelta(hours=(x - LABEL_WIDTH) / self.px_per_hour)

    def y_of(self, key: RowKey) -> float:
        return self._tops[self._row_index[key]]

    def _bottom(self) -> float:
        return self._tops[-1] + self.row_heights[-1] if self.rows else HEADER_HEIGHT + ROW_HEIGHT

    def row_at(self, y: float) -> RowKey | None:
        index = bisect_right(self._tops, y) - 1
        if 0 <= index < len(self.rows) and y < self._tops[index] + self.row_heights[index]:
            return self.rows[index].key
        return None

    def viewport_point(self, moment: datetime, key: RowKey) -> QPoint:
        """Where on screen `moment` is in row `key` (for tests and for scrolling to it)."""
        return self.mapFromScene(QPointF(self.x_of(moment), self.y_of(key) + 12))

    def block_point(self, item_id: int, key: RowKey) -> QPoint:
        """The centre of an item's block in a row, on screen."""
        [item] = [i for i in self._items if i.item_id == item_id and i.row_key == key]
        return self.mapFromScene(item.sceneBoundingRect().center())

    @staticmethod
    def snap(moment: datetime) -> datetime:
        """To the 5-minute grid; Berlin's offsets are whole hours, so UTC's grid is Berlin's."""
        seconds = round(moment.timestamp() / SNAP_SECONDS) * SNAP_SECONDS
        return datetime.fromtimestamp(seconds, UTC)

    # -- dragging --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self._block_at(event.position().toPoint())
            if item is not None:
                self.scene().clearSelection()
                item.setSelected(True)
                self._drag = _Drag(item, self.mapToScene(event.position().toPoint()))
                self.blockPressed.emit(item.item_id)
                event.accept()
                return
            self.scene().clearSelection()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        here = self.mapToScene(event.position().toPoint())
        delta = here - drag.press
        if not drag.moved and delta.manhattanLength() < QApplication.startDragDistance():
            return
        drag.moved = True
        block = drag.item.block
        start = self.snap(block.start + timedelta(hours=delta.x() / self.px_per_hour))
        row = self.row_at(here.y()) or drag.item.row_key
        drag.item.setPos(
            self.x_of(start) - self.x_of(block.start), self.y_of(row) - self.y_of(drag.item.row_key)
        )
        drag.item.setZValue(10)
        if (start, row) != (drag.start, drag.row):
            drag.start, drag.row = start, row
            self.blockHovered.emit(block.item_id, start, row, drag.item.row_key)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if drag.moved and drag.start is not None:
            # The block stays where it was dropped until the owner feeds new data back.
            self.blockDropped.emit(drag.item.item_id, drag.start, drag.row, drag.item.row_key)

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows choose a block (←/→ in time, ↑/↓ across rows); Alt+←/→ moves it by five
        minutes (with Shift by an hour), Alt+↑/↓ to the row above or below. A move goes the
        way a drop does (`blockDropped`), so it is checked, stored and undoable alike."""
        key = event.key()
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key not in arrows or self._drag is not None:
            super().keyPressEvent(event)
            return
        modifiers = event.modifiers()
        by_hour = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        current = self.current_block()
        forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
        across = key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if current is None:
            chosen = self._items[0] if self._items else None
        elif modifiers & Qt.KeyboardModifier.AltModifier:
            self._move_by_key(current, forward, across, by_hour)
            event.accept()
            return
        else:
            neighbour = self._neighbour_row if across else self._neighbour
            chosen = neighbour(current, forward)
        if chosen is not None:
            self.choose(chosen)
        event.accept()

    def current_block(self) -> BlockItem | None:
        selected = [i for i in self._items if i.isSelected()]
        return selected[0] if selected else None

    def choose(self, item: BlockItem) -> None:
        """Select one block (in the row it is shown in) and scroll it into view."""
        self.scene().clearSelection()
        item.setSelected(True)
        self.ensureVisible(item.sceneBoundingRect(), 80, 40)
        self.blockPressed.emit(item.item_id)
        self.viewport().update()

    def _ordered(self) -> list[BlockItem]:
        return sorted(self._items, key=lambda i: (i.block.start, self._row_index[i.row_key]))

    def _neighbour(self, item: BlockItem, forward: bool) -> BlockItem | None:
        """The next (previous) block in time; blocks starting together go by row."""
        ordered = self._ordered()
        index = ordered.index(item) + (1 if forward else -1)
        return ordered[index] if 0 <= index < len(ordered) else None

    def _neighbour_row(self, item: BlockItem, forward: bool) -> BlockItem | None:
        """In the nearest row above (below) that has blocks, the one closest in time."""
        step = 1 if forward else -1
        row = self._row_index[item.row_key] + step
        while 0 <= row < len(self.rows):
            candidates = [i for i in self._items if self._row_index[i.row_key] == row]
            if candidates:
                return min(candidates, key=lambda i: abs(i.block.start - item.block.start))
            row += step
        return None

    def _move_by_key(self, item: BlockItem, forward: bool, across: bool, by_hour: bool) -> None:
        start, row = item.block.start, item.row_key
        if across:
            index = self._row_index[row] + (1 if forward else -1)
            if not 0 <= index < len(self.rows):
                return
            row = self.rows[index].key
        else:
            start = self.snap(start + (KEY_STEP[by_hour] if forward else -KEY_STEP[by_hour]))
        self.blockDropped.emit(item.item_id, start, row, item.row_key)

    def show_verdict(self, item_id: int, severity: str | None) -> None:
        """Colour the dragged block by what the hovered slot would cause."""
        for item in self.block_items(item_id):
            item.verdict = severity or "ok"
            item.update()

    def _block_at(self, point: QPoint) -> BlockItem | None:
        for item in self.items(point):
            if isinstance(item, BlockItem):
                return item
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()

    # -- painting --------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#ffffff"))
        right = self.x_of(self.finish)
        for i, (top, height) in enumerate(zip(self._tops, self.row_heights, strict=True)):
            if i % 2:
                stripe = QRectF(LABEL_WIDTH, top, right - LABEL_WIDTH, height)
                painter.fillRect(stripe, QColor("#f5f7fa"))
        bottom = self._bottom()
        for moment, strong in self.hour_marks():
            x = self.x_of(moment)
            painter.setPen(QPen(QColor("#9aa5b1" if strong else "#e3e8ee"), 1))
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, bottom))

    def hour_marks(self) -> list[tuple[datetime, bool]]:
        """Real hours in the period; local midnight is strong. DST days have 23 or 25."""
        step = 1 if self.px_per_hour >= 30 else 6
        marks: list[tuple[datetime, bool]] = []
        moment = self.origin
        while moment < self.finish:
            local = moment.astimezone(BERLIN)
            if local.hour % step == 0 or (local.hour == 0 and local.minute == 0):
                marks.append((moment, local.hour == 0 and local.minute == 0))
            moment += timedelta(hours=1)
        return marks

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        paint_pinned(self, painter)
