"""A generated PDF in a window of its own: preview, save, print (e.g. the week plan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services.private_files import write_private
from planner.ui.dialogs.errors import show_error
from planner.ui.views.documents_preview import PdfPreview, print_pages


class PdfDialog(QDialog):
    def __init__(
        self,
        title: str,
        pdf: bytes,
        file_name: str,
        warnings: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1100, 820)
        self.pdf, self.file_name = pdf, file_name
        layout = QVBoxLayout(self)
        self.preview = PdfPreview()
        self.preview.set_pdf(pdf)
        layout.addWidget(self.preview, 1)
        self.warnings = QLabel(objectName="fieldError", wordWrap=True)
        self.warnings.setText(
            "\n".join(
                [self.tr("Some characters cannot be printed in any installed font:")]
                + [f"• {w}" for w in warnings or []]
            )
        )
        self.warnings.setVisible(bool(warnings))
        layout.addWidget(self.warnings)
        self.status = QLabel(objectName="screenSubtitle")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save…"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.save_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.choose_save)
        self.print_button.clicked.connect(self.print_document)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save document"), self.file_name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the bytes as they are: what was previewed is what is saved."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_private(path, self.pdf)
        except OSError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved to {path}.").format(path=str(path)))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if QPrintDialog(printer, self).exec():
            try:
                print_pages(self.preview.document, printer)
            except RuntimeError as exc:
                show_error(self, exc)
