"""The office's identity that every printed document carries: city, office, address, phone,
e-mail, the 24-hour contact during visits, and the crest or logo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import emblem
from planner.domain.errors import ValidationError
from planner.domain.settings import (
    OFFICE_ADDRESS,
    OFFICE_CITY,
    OFFICE_EMAIL,
    OFFICE_EMBLEM,
    OFFICE_EMERGENCY,
    OFFICE_NAME,
    OFFICE_PHONE,
    OFFICE_SETTINGS,
    Setting,
)
from planner.ui.dialogs.errors import show_error
from planner.ui.ops import AppContext
from planner.ui.views.forms import FieldErrors

_PREVIEW = 96  # px: the emblem as large as it is legible, as small as the form allows


class OfficeSettingsDialog(QDialog):
    """Read in the background, saved as one transaction; a change made meanwhile by someone
    else is refused (versions) rather than overwritten."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.versions: dict[str, int] = {}
        self.stored: dict[str, Any] = {}
        self.emblem_uri = ""
        self.setWindowTitle(self.tr("Office and letterhead"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Printed in the header, on the cover and in the footer of every "
                               "document: itineraries, registers, badges, letters."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.errors = FieldErrors(QLabel())
        layout.addWidget(self.errors.banner)
        form = QFormLayout()
        self.city = QLineEdit(accessibleName=self.tr("City"))
        self.office = QLineEdit(accessibleName=self.tr("Office"))
        self.office.setPlaceholderText(self.tr("e.g. Büro für Internationale Beziehungen"))
        self.address = QPlainTextEdit(accessibleName=self.tr("Postal address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.phone = QLineEdit(accessibleName=self.tr("Phone"))
        self.email = QLineEdit(accessibleName=self.tr("E-mail"))
        self.emergency = QLineEdit(accessibleName=self.tr("24-hour contact"))
        self.emergency.setToolTip(self.tr("The number guests call at any hour during a visit; "
                                          "printed on every guest programme."))
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(_PREVIEW, _PREVIEW)
        self.preview.setAccessibleName(self.tr("Crest or logo"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_emblem)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.set_emblem(""))
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.preview)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(choose)
        buttons_column.addWidget(self.remove)
        buttons_column.addStretch(1)
        emblem_row.addLayout(buttons_column)
        emblem_row.addStretch(1)
        emblem_box = QWidget()
        emblem_box.setLayout(emblem_row)
        for text, setting, widget in (
            (self.tr("City"), OFFICE_CITY, self.city),
            (self.tr("Office"), OFFICE_NAME, self.office),
            (self.tr("Postal address"), OFFICE_ADDRESS, self.address),
            (self.tr("Phone"), OFFICE_PHONE, self.phone),
            (self.tr("E-mail"), OFFICE_EMAIL, self.email),
            (self.tr("24-hour contact"), OFFICE_EMERGENCY, self.emergency),
            (self.tr("Crest or logo"), OFFICE_EMBLEM, emblem_box),
        ):
            form.addRow(text, self.errors.field(setting.key, widget))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the stored values are shown
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.reload()

    def reload(self) -> None:
        settings = self.ctx.services.settings
        self.ctx.ops.run(lambda: {s.key: settings.get_versioned(s) for s in OFFICE_SETTINGS},
                         self._show, lambda exc: show_error(self, exc), owner=self)

    def _show(self, values: dict[str, tuple[Any, int]]) -> None:
        self.stored = {key: value for key, (value, _) in values.items()}
        self.versions = {key: version for key, (_, version) in values.items()}
        self.city.setText(self.stored[OFFICE_CITY.key])
        self.office.setText(self.stored[OFFICE_NAME.key])
        self.address.setPlainText(self.stored[OFFICE_ADDRESS.key])
        self.phone.setText(self.stored[OFFICE_PHONE.key])
        self.email.setText(self.stored[OFFICE_EMAIL.key])
        self.emergency.setText(self.stored[OFFICE_EMERGENCY.key])
        self.set_emblem(self.stored[OFFICE_EMBLEM.key])
        self.save_button.setEnabled(True)

    def set_emblem(self, uri: str) -> None:
        self.emblem_uri = uri
        self.remove.setEnabled(bool(uri))
        self.preview.setPixmap(_pixmap(uri, _PREVIEW) if uri else QPixmap())
        self.preview.setText("" if uri else self.tr("none"))

    def choose_emblem(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Crest or logo"), "",
                                              self.tr("Images (*.svg *.png)"))
        if not path:
            return
        try:
            self.set_emblem(emblem.from_file(Path(path)))
        except ValidationError as error:
            self.errors.show(error.problems)

    def edited(self) -> dict[Setting, Any]:
        return {OFFICE_CITY: self.city.text(), OFFICE_NAME: self.office.text(),
                OFFICE_ADDRESS: self.address.toPlainText(), OFFICE_PHONE: self.phone.text(),
                OFFICE_EMAIL: self.email.text(), OFFICE_EMERGENCY: self.emergency.text(),
                OFFICE_EMBLEM: self.emblem_uri}

    def save(self) -> None:
        changes = {setting: (value, self.versions.get(setting.key, 0))
                   for setting, value in self.edited().items()
                   if value.strip() != self.stored.get(setting.key)}
        if not changes:
            self.accept()
            return
        self.save_button.setEnabled(False)
        self.ctx.ops.run(lambda: self.ctx.services.settings.set_many(changes),
                         lambda _versions: self.accept(), self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            show_error(self, exc)


def _pixmap(uri: str, size: int) -> QPixmap:
    """The stored emblem drawn at `size` px (SVG through QtSvg, PNG as it is)."""
    try:
        media, data = emblem.decode(uri)
    except ValidationError:
        return QPixmap()
    if media == "image/svg+xml":
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return QPixmap()
        box = renderer.defaultSize().scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(box, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return QPixmap.fromImage(image)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(data))
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
