"""The in-app PDF preview (QtPdf): pages, zoom, and printing a document's pages to a printer."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
MAX_PRINT_DPI = 300  # a page image beyond this only costs memory; printers gain nothing


def print_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page to `printer` (fitted, centred); returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be opened")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printed = 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = round(image.width() * scale), round(image.height() * scale)
            target = QRect(
                area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2,
                width,
                height,
            )
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(QWidget):
    """A multi-page view with "page x of y", previous/next and zoom in/out/fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it: keep it alive
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.previous = self._button("‹", self.tr("Previous page"), lambda: self.go(-1))
        self.page_label = QLabel(objectName="screenSubtitle")
        self.next = self._button("›", self.tr("Next page"), lambda: self.go(1))
        self.zoom_out = self._button("−", self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in = self._button("+", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.fit_width = self._button(
            self.tr("Fit width"),
            self.tr("Fit the page width"),
            lambda: self.fit(QPdfView.ZoomMode.FitToWidth),
        )
        self.fit_page = self._button(
            self.tr("Whole page"),
            self.tr("Show whole pages"),
            lambda: self.fit(QPdfView.ZoomMode.FitInView),
        )
        for widget in (self.previous, self.page_label, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit_width, self.fit_page):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #e4e8ee; border: none; }")
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_label())
        self.document.statusChanged.connect(lambda _s: self._update_label())
        layout.addWidget(self.view, 1)
        self._update_label()

    def _button(self, text: str, tip: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton(text=text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def set_pdf(self, data: bytes) -> None:
        self.document.close()
        self._bytes = QByteArray(data)
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, step: int) -> None:
        page = min(max(self.current_page() + step, 0), max(self.page_count() - 1, 0))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_label()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # The fitted zoom is not reported as a factor: start from the width-fitting scale.
            points = self.document.pagePointSize(max(self.current_page(), 0)).width() or 595
            current = self.view.viewport().width() / (points * self.logicalDpiX() / 72)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.1), 8.0))

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    def _update_label(self) -> None:
        if not shiboken6.isValid(self.document) or not shiboken6.isValid(self.page_label):
            return  # the document reports "unloaded" while the preview is being destroyed
        pages = self.page_count()
        page = self.current_page() + 1 if pages else 0
        self.page_label.setText(self.tr("page {page} of {pages}").format(page=page, pages=pages))
        self.previous.setEnabled(page > 1)
        self.next.setEnabled(0 < page < pages)
        for button in (self.zoom_in, self.zoom_out, self.fit_width, self.fit_page):
            button.setEnabled(pages > 0)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
