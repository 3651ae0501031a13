"""A checkable list of people with a filter line: who takes part, who hosts, who interprets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    """One person to tick: `preferred` ones are shown while the list is narrowed to a role."""

    id: int
    text: str
    detail: str = ""  # shown as tooltip and searched by the filter (function, languages)
    preferred: bool = True


class CheckList(QWidget):
    """Typing in the filter narrows the list; Space ticks the current row.

    The ticked ids are kept apart from the rows shown, so ids whose rows are not (yet) loaded
    or are filtered away stay ticked, and their order is the order they were ticked in.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        show_all_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checked: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.filter = QLineEdit(placeholderText=self.tr("Type to filter…"))
        self.filter.setAccessibleName(self.tr("{list}: filter").format(list=name))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        # Long functions are cut with "…" (the tooltip has them whole), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel(objectName="screenSubtitle")
        bottom.addWidget(self.count, 1)
        self.show_all = QCheckBox(show_all_text)
        self.show_all.setAccessibleName(show_all_text)
        self.show_all.setVisible(bool(show_all_text))
        self.show_all.toggled.connect(lambda _on: self._apply_filter(self.filter.text()))
        bottom.addWidget(self.show_all)
        layout.addLayout(bottom)
        self._update_count()

    # -- content ------------------------------------------------------------------------------
    def set_choices(self, choices: Iterable[Choice]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(choice.text)
            item.setData(_ID_ROLE, choice.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, choice.preferred)
            item.setData(
                Qt.ItemDataRole.UserRole + 3, f"{choice.text}\x1f{choice.detail}".casefold()
            )
            if choice.detail:
                item.setToolTip(choice.detail)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if choice.id in self._checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def set_checked(self, ids: Iterable[int]) -> None:
        self._checked = list(dict.fromkeys(ids))
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(_ID_ROLE) in self._checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def checked(self) -> tuple[int, ...]:
        return tuple(self._checked)

    def visible_texts(self) -> list[str]:
        return [
            self.list.item(r).text()
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    # -- behaviour ----------------------------------------------------------------------------
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        person = item.data(_ID_ROLE)
        on = item.checkState() == Qt.CheckState.Checked
        if on and person not in self._checked:
            self._checked.append(person)
        elif not on and person in self._checked:
            self._checked.remove(person)
        else:
            return
        self._update_count()
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        everyone = self.show_all.isChecked() or not self.show_all.text()
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.data(_ID_ROLE) in self._checked
            shown = (everyone or ticked or bool(item.data(Qt.ItemDataRole.UserRole + 2))) and (
                not needle or needle in str(item.data(Qt.ItemDataRole.UserRole + 3))
            )
            item.setHidden(not shown)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{n} selected").format(n=len(self._checked)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the filter goes to the first row shown, ready for Space."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            for row in range(self.list.count()):
                if not self.list.item(row).isHidden():
                    self.list.setCurrentRow(row)
                    self.list.setFocus()
                    break
            return True  # never the dialog's default button: Enter here does not save
        return super().eventFilter(watched, event)
