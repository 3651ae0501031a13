"""A form built from field specs: one editor for partner cities, people, venues, resources."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem
from planner.domain.records import split_translated, translated
from planner.ui.labels import label
from planner.ui.views.contacts_editor import ContactsEditor
from planner.ui.views.delegation_form import enum_data, fill_combo, select_data
from planner.ui.views.forms import FieldErrors
from planner.ui.views.lang_texts import LangTextEdit


@dataclass(frozen=True)
class FieldSpec:
    """A record attribute and how it is edited: text, multiline, int, enum, flag, languages, ref,
    contacts (a partner city's table of contacts), translated (a text in the office's language
    with its translations in `<name>_translations`)."""

    name: str
    title: str  # marked with QT_TRANSLATE_NOOP("Fields", ...)
    kind: str = "text"
    enum: type[StrEnum] | None = None
    # For kind "ref": which service lists the choices (attribute of Services, e.g. "venues").
    ref: str = ""
    placeholder: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class SpecForm(QWidget):
    changed = Signal()

    def __init__(self, fields: list[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors(QLabel())
        layout.addWidget(self.errors.banner)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        self.widgets: dict[str, QWidget] = {}
        for spec in fields:
            widget = self._make(spec)
            widget.setAccessibleName(_tr(spec.title))
            self.widgets[spec.name] = widget
            if spec.kind == "contacts":  # a table needs the whole width: title above it
                form.addRow(QLabel(_tr(spec.title)))
                form.addRow(self.errors.field(spec.name, widget))
            elif spec.kind == "translated":  # each language's box carries its own errors
                form.addRow(_tr(spec.title), widget)
            else:
                form.addRow(_tr(spec.title), self.errors.field(spec.name, widget))

    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "translated":
            texts = LangTextEdit(spec.name, self.errors, _tr(spec.title))
            texts.changed.connect(self.changed)
            return texts
        if spec.kind == "contacts":
            contacts = ContactsEditor()
            contacts.changed.connect(self.changed)
            return contacts
        if spec.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setFixedHeight(80)
            edit.textChanged.connect(self.changed)
            return edit
        if spec.kind == "int":
            box = QSpinBox(minimum=0, maximum=100000)
            box.setSpecialValueText("—")
            box.valueChanged.connect(self.changed)
            return box
        if spec.kind in ("enum", "ref", "flag"):
            combo = QComboBox()
            if spec.kind == "enum" and spec.enum is not None:
                for value in spec.enum:
                    combo.addItem(label(value), value)
            elif spec.kind == "flag":
                combo.addItem(_tr(QT_TRANSLATE_NOOP("Fields", "Unknown")), None)
                combo.addItem(_tr(QT_TRANSLATE_NOOP("Fields", "Yes")), True)
                combo.addItem(_tr(QT_TRANSLATE_NOOP("Fields", "No")), False)
            else:
                fill_combo(combo, [], _tr(QT_TRANSLATE_NOOP("Fields", "— none —")))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if spec.kind == "check":
            box = QCheckBox()
            box.toggled.connect(self.changed)
            return box
        edit = QLineEdit(placeholderText=_tr(spec.placeholder) if spec.placeholder else "")
        edit.textChanged.connect(self.changed)
        return edit

    def set_choices(self, ref: str, items: list[tuple[str, object]]) -> None:
        for spec in self.fields:
            if spec.kind == "ref" and spec.ref == ref:
                fill_combo(
                    self.widgets[spec.name], items, _tr(QT_TRANSLATE_NOOP("Fields", "— none —"))
                )  # type: ignore[arg-type]

    def set_record(self, record: Any) -> None:
        self.blockSignals(True)
        self.errors.clear()
        for spec in self.fields:
            widget = self.widgets[spec.name]
            if spec.kind == "translated":
                widget.set_value(translated(getattr(record, spec.name),  # type: ignore[attr-defined]
                                            getattr(record, f"{spec.name}_translations")))
            else:
                _set(spec, widget, getattr(record, spec.name))
        self.blockSignals(False)

    def record(self, base: Any) -> Any:
        values: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.widgets[spec.name]
            if spec.kind == "translated":
                own, others = split_translated(widget.value())  # type: ignore[attr-defined]
                values |= {spec.name: own, f"{spec.name}_translations": others}
            else:
                values[spec.name] = _get(spec, widget)
        return replace(base, **values)

    def show_problems(self, problems: list[Problem]) -> QWidget | None:
        """Each problem at its field; a contact's problem also marks its cell and says which."""
        for widget in self.widgets.values():
            if isinstance(widget, ContactsEditor):
                problems = widget.describe(problems)
        return self.errors.show(problems)


def _set(spec: FieldSpec, widget: Any, value: Any) -> None:
    setters: dict[str, Callable[[], None]] = {
        "contacts": lambda: widget.set_value(value or ()),
        "multiline": lambda: widget.setPlainText(value or ""),
        "int": lambda: widget.setValue(value or 0),
        "enum": lambda: select_data(widget, value),
        "ref": lambda: select_data(widget, value),
        "flag": lambda: select_data(widget, value),
        "check": lambda: widget.setChecked(bool(value)),
        "languages": lambda: widget.setText(", ".join(value or ())),
    }
    setters.get(spec.kind, lambda: widget.setText(value or ""))()


def _get(spec: FieldSpec, widget: Any) -> Any:
    if spec.kind == "contacts":
        return widget.value()
    if spec.kind == "multiline":
        return widget.toPlainText().strip()
    if spec.kind == "int":
        return widget.value() or None
    if spec.kind == "enum" and spec.enum is not None:
        return enum_data(widget, spec.enum)
    if spec.kind in ("ref", "flag"):
        return widget.currentData()
    if spec.kind == "check":
        return widget.isChecked()
    if spec.kind == "languages":
        return tuple(c.strip() for c in widget.text().replace(";", ",").split(",") if c.strip())
    return widget.text().strip()
