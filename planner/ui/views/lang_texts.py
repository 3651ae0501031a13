"""Texts an officer types in several languages: the office's three side by side, the guests'
languages (he, zh, ru, sr, tr, ro) one click away — and every language kept on save.

An editor always carries all nine languages, visible or not: a Hebrew title that came in with
an imported file survives an edit of the German one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from planner.domain.records import OFFICE_TEXT_LANGUAGES, TEXT_LANGUAGES, LangMap
from planner.ui.i18n import current_language
from planner.ui.views.forms import FieldErrors

# The languages' own names: they read the same whatever the user's language.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "fr": "Français", "he": "עברית",
                  "zh": "中文（简体）", "ru": "Русский", "sr": "Српски", "tr": "Türkçe",
                  "ro": "Română"}
RIGHT_TO_LEFT = {"he"}
GUEST_LANGUAGES = tuple(lang for lang in TEXT_LANGUAGES if lang not in OFFICE_TEXT_LANGUAGES)
_COLUMNS = len(OFFICE_TEXT_LANGUAGES)


class LangTexts(QWidget):
    """The grid, the toggle and the value of a multilingual text; subclasses make the boxes."""

    changed = Signal()

    def __init__(self, field: str, errors: FieldErrors, label: str, captions: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.edits: dict[str, QWidget] = {}
        self.more = QToolButton(text="+", checkable=True)
        self.more.setToolTip(self.tr("Texts in the guests' languages (he, zh, ru, sr, tr, ro)"))
        self.more.setAccessibleName(self.tr("More languages for {label}").format(label=label))
        self.more.toggled.connect(self._show_guest_languages)
        self.rows_per_language = rows_per_language = 2 if captions else 1
        for index, lang in enumerate(TEXT_LANGUAGES):
            row, column = divmod(index, _COLUMNS)
            edit = self.make_edit()
            edit.setAccessibleName(f"{label} ({lang})")
            if lang in RIGHT_TO_LEFT:  # Hebrew is typed and read from the right
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.edits[lang] = edit
            top = row * rows_per_language
            box = errors.field(f"{field}.{lang}", edit)
            if captions:
                caption = QLabel(LANGUAGE_NAMES[lang], objectName="screenSubtitle")
                caption.setBuddy(edit)
                self.grid.addWidget(caption, top, column)
                # Top-aligned: an error under one box must not push its neighbours down.
                self.grid.addWidget(box, top + 1, column, Qt.AlignmentFlag.AlignTop)
            else:
                self.grid.addWidget(box, top, column)
            self.grid.setColumnStretch(column, 1)
        self.grid.addWidget(self.more, rows_per_language - 1, _COLUMNS,
                            Qt.AlignmentFlag.AlignTop)
        self._show_guest_languages(False)
        office = current_language() if current_language() in TEXT_LANGUAGES else "en"
        errors.alias(field, f"{field}.{office}")

    def make_edit(self) -> QWidget:
        raise NotImplementedError

    def text_of(self, edit: QWidget) -> str:
        raise NotImplementedError

    def set_text(self, edit: QWidget, text: str) -> None:
        raise NotImplementedError

    def _show_guest_languages(self, shown: bool) -> None:
        for index in range(self.grid.count()):
            item = self.grid.itemAt(index)
            widget = item.widget() if item is not None else None
            row = self.grid.getItemPosition(index)[0]
            if widget is not None and widget is not self.more and \
                    row >= self.rows_per_language:
                widget.setVisible(shown)

    def value(self) -> LangMap:
        texts = {lang: self.text_of(e).strip() for lang, e in self.edits.items()}
        return {lang: text for lang, text in texts.items() if text}

    def set_value(self, texts: LangMap) -> None:
        for lang, edit in self.edits.items():
            self.set_text(edit, texts.get(lang, ""))
        # A text in a guest's language is never hidden: the officer sees what will print.
        self.more.setChecked(any(texts.get(lang) for lang in GUEST_LANGUAGES))


class LangTextEdit(LangTexts):
    """One line edit per language, each registered as `field.lang`."""

    def __init__(self, field: str, errors: FieldErrors, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, errors, label, captions=False, parent=parent)
        for lang, edit in self.edits.items():
            edit.setPlaceholderText(lang.upper())  # type: ignore[attr-defined]

    def make_edit(self) -> QWidget:
        edit = QLineEdit()
        edit.textChanged.connect(self.changed)
        return edit

    def text_of(self, edit: QWidget) -> str:
        return edit.text()  # type: ignore[attr-defined,no-any-return]

    def set_text(self, edit: QWidget, text: str) -> None:
        edit.setText(text)  # type: ignore[attr-defined]
        edit.setCursorPosition(0)  # type: ignore[attr-defined]


class LangPlainTextEdit(LangTexts):
    """A plain-text box per language under the language's name, registered as `field.lang`."""

    def __init__(self, field: str, errors: FieldErrors, label: str, height: int = 72,
                 parent: QWidget | None = None) -> None:
        self.height_px = height
        super().__init__(field, errors, label, captions=True, parent=parent)

    def make_edit(self) -> QWidget:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(self.height_px)
        edit.textChanged.connect(self.changed)
        return edit

    def text_of(self, edit: QWidget) -> str:
        return edit.toPlainText()  # type: ignore[attr-defined,no-any-return]

    def set_text(self, edit: QWidget, text: str) -> None:
        edit.setPlainText(text)  # type: ignore[attr-defined]
