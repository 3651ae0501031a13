"""Photographs of a Golden Book entry as thumbnails; a missing or damaged file shows a tile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.records import Attachment
from planner.services.photos import PhotoUnavailable
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext

THUMB = QSize(132, 96)
_TILE_STYLE = (
    "QLabel {{ border: 1px solid {border}; border-radius: 6px; background: {background};"
    " color: {colour}; padding: 4px; }}"
)


class PhotoStrip(QWidget):
    """Loads the bytes on the worker; QPixmap is made on the UI thread, where Qt wants it."""

    attached = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id: int | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFixedHeight(THUMB.height() + 26)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.tiles = QHBoxLayout(inner)
        self.tiles.setContentsMargins(0, 0, 0, 0)
        self.tiles.addStretch(1)
        self.scroll.setWidget(inner)
        self.none_label = QLabel(self.tr("No photographs yet."), objectName="screenSubtitle")
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.add_button.setAccessibleName(self.tr("Add photo"))
        self.add_button.clicked.connect(self.choose_photo)
        row = QHBoxLayout()
        row.addWidget(self.none_label, 1)
        row.addWidget(self.add_button)
        layout.addWidget(self.scroll)
        layout.addLayout(row)

    def set_photos(self, entry_id: int | None, photos: tuple[Attachment, ...]) -> None:
        self.entry_id = entry_id
        self.add_button.setEnabled(entry_id is not None)
        self.add_button.setToolTip(
            "" if entry_id is not None else self.tr("Save the entry first, then add photos.")
        )
        self._generation += 1
        generation = self._generation
        self._clear()
        self.none_label.setVisible(not photos)
        self.scroll.setVisible(bool(photos))
        if not photos:
            return
        read = self.ctx.services.photos.read

        def load() -> list[tuple[Attachment, bytes | str]]:
            found: list[tuple[Attachment, bytes | str]] = []
            for photo in photos:
                assert photo.id is not None
                try:
                    found.append((photo, read(photo.id)))
                except PhotoUnavailable as exc:  # shown as a tile naming the problem
                    found.append((photo, str(exc)))
            return found

        self.ctx.ops.run(load, lambda found: self._show(generation, found), owner=self)

    def _clear(self) -> None:
        while self.tiles.count() > 1:
            item = self.tiles.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show(self, generation: int, found: list[tuple[Attachment, bytes | str]]) -> None:
        if generation != self._generation:
            return
        for photo, content in found:
            self.tiles.insertWidget(self.tiles.count() - 1, self._tile(photo, content))

    def _tile(self, photo: Attachment, content: bytes | str) -> QLabel:
        tile = QLabel()
        tile.setFixedSize(THUMB)
        tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        if isinstance(content, bytes) and pixmap.loadFromData(content):
            tile.setPixmap(
                pixmap.scaled(
                    THUMB - QSize(8, 8),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            tile.setToolTip(photo.filename)
            tile.setAccessibleName(photo.filename)
            tile.setStyleSheet(
                _TILE_STYLE.format(border="#d9dee5", background="#f8f9fb", colour="#1f2933")
            )
            return tile
        tile.setObjectName("photoMissing")
        tile.setWordWrap(True)
        tile.setText(self.tr("Photo missing\n{name}").format(name=photo.filename))
        reason = content if isinstance(content, str) else self.tr("not a readable image")
        tile.setToolTip(reason)
        tile.setAccessibleName(self.tr("Photo missing: {reason}").format(reason=reason))
        tile.setStyleSheet(
            _TILE_STYLE.format(border="#f5c2bd", background="#fdecea", colour="#b42318")
        )
        return tile

    def tile_texts(self) -> list[str]:
        return [
            self.tiles.itemAt(i).widget().text()  # type: ignore[union-attr]
            for i in range(self.tiles.count() - 1)
        ]

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add photo"), "", self.tr("Photos (*.jpg *.jpeg *.png *.gif *.webp)")
        )
        if path:
            self.add_photo(Path(path))

    def add_photo(self, path: Path, in_database: bool = True) -> None:
        """Attach a photo file to the shown entry (kept in the database by default)."""
        if self.entry_id is None:
            return
        entry_id = self.entry_id
        self.ctx.ops.run(
            lambda: self.ctx.services.photos.attach(
                path, entry_id=entry_id, in_database=in_database
            ),
            lambda _attachment: self.attached.emit(),
            lambda exc: show_error(self, exc),
            owner=self,
        )
