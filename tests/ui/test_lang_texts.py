"""Multilingual text editors: the office's three languages shown, the guests' a click away,
and every language kept on save."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from planner.ui.views.forms import FieldErrors
from planner.ui.views.lang_texts import GUEST_LANGUAGES, LangPlainTextEdit, LangTextEdit


def test_a_guest_language_text_is_kept_and_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = LangTextEdit("title", FieldErrors(QLabel()), "Title")
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.more.isChecked()
    assert not any(editor.edits[lang].isVisible() for lang in GUEST_LANGUAGES)
    editor.set_value({"de": "Delegation aus Netanya", "he": "משלחת נתניה"})
    # An imported Hebrew title is visible and survives an edit of the German one.
    assert editor.more.isChecked() and editor.edits["he"].isVisible()
    editor.edits["de"].setText("Delegation der Partnerstadt Netanya")  # type: ignore[attr-defined]
    assert editor.value() == {"de": "Delegation der Partnerstadt Netanya", "he": "משלחת נתניה"}
    editor.set_value({"de": "Nur Deutsch"})
    assert not editor.more.isChecked() and not editor.edits["zh"].isVisible()


def test_longer_texts_offer_the_same_languages(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = LangPlainTextEdit("description", FieldErrors(QLabel()), "Description")
    qtbot.addWidget(editor)
    editor.show()
    editor.more.setChecked(True)
    editor.edits["zh"].setPlainText("参观足球博物馆")  # type: ignore[attr-defined]
    assert editor.value() == {"zh": "参观足球博物馆"}
