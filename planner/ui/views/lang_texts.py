"""A longer text in each office language (de, en, fr) side by side, each its own error field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from planner.domain.records import TEXT_LANGUAGES, LangMap
from planner.ui.i18n import current_language
from planner.ui.views.forms import FieldErrors

# The languages' own names: they read the same whatever the user's language.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "fr": "Français"}


class LangPlainTextEdit(QWidget):
    """Three plain-text boxes under their language's name; registered as `field.lang`."""

    changed = Signal()

    def __init__(
        self,
        field: str,
        errors: FieldErrors,
        label: str,
        height: int = 72,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        self.edits: dict[str, QPlainTextEdit] = {}
        for column, lang in enumerate(TEXT_LANGUAGES):
            caption = QLabel(LANGUAGE_NAMES.get(lang, lang), objectName="screenSubtitle")
            edit = QPlainTextEdit()
            edit.setAccessibleName(f"{label} ({lang})")
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
            edit.setFixedHeight(height)
            edit.textChanged.connect(self.changed)
            caption.setBuddy(edit)
            self.edits[lang] = edit
            layout.addWidget(caption, 0, column)
            # Top-aligned: an error under one box must not push its neighbours down.
            layout.addWidget(
                errors.field(f"{field}.{lang}", edit), 1, column, Qt.AlignmentFlag.AlignTop
            )
            layout.setColumnStretch(column, 1)
        errors.alias(
            field, f"{field}.{current_language() if current_language() in TEXT_LANGUAGES else 'en'}"
        )

    def value(self) -> LangMap:
        texts = {lang: e.toPlainText().strip() for lang, e in self.edits.items()}
        return {lang: text for lang, text in texts.items() if text}

    def set_value(self, texts: LangMap) -> None:
        for lang, edit in self.edits.items():
            edit.setPlainText(texts.get(lang, ""))
