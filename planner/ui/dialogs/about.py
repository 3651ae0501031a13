"""The About dialog: version, database location and schema revision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

import planner
from planner.services import Services


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Delegation Planner"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Delegation Planner"), objectName="screenTitle")
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Plans the visits of foreign delegations for the international "
                "relations office of the City of Dortmund."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        database = services.database
        self.values = {
            "version": planner.__version__,
            "database": str(database.path) if database.path else database.url,
            "schema": database.schema_revision() or self.tr("none"),
        }
        for label, key in (
            (self.tr("Version"), "version"),
            (self.tr("Database"), "database"),
            (self.tr("Schema revision"), "schema"),
        ):
            value = QLabel(self.values[key])
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
