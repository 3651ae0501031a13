"""The People tab of a programme item: participants, hosts, interpreters, drivers, needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import HostRole
from planner.domain.records import HostPerson, Member, ProgrammeItem
from planner.ui.labels import label
from planner.ui.views.check_list import CheckList, Choice
from planner.ui.views.forms import FieldErrors


def _group(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addWidget(content)
    return box


class ItemPeople(QWidget):
    """Who takes part: the delegation's members (all, or those ticked) and the city's people."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        layout.addLayout(grid, 1)

        participants = QWidget()
        column = QVBoxLayout(participants)
        column.setContentsMargins(0, 0, 0, 0)
        self.all_members = QRadioButton(self.tr("All members of the delegation"))
        self.all_members.setAccessibleName(self.tr("All members take part"))
        self.some_members = QRadioButton(self.tr("Only the members ticked below"))
        self.some_members.setAccessibleName(self.tr("Only some members take part"))
        choice = QButtonGroup(self)
        choice.addButton(self.all_members)
        choice.addButton(self.some_members)
        self.members = CheckList(self.tr("Participating members"))
        self.all_members.toggled.connect(self._all_toggled)
        for widget in (self.all_members, self.some_members):
            column.addWidget(widget)
        column.addWidget(errors.field("member_ids", self.members), 1)
        errors.alias("all_members", "member_ids")
        grid.addWidget(_group(self.tr("Participants"), participants), 0, 0)

        self.hosts = CheckList(self.tr("Hosts"), self.tr("Show everyone"))
        grid.addWidget(_group(self.tr("Hosts"), errors.field("host_ids", self.hosts)), 0, 1)
        self.interpreters = CheckList(self.tr("Interpreters"), self.tr("Show everyone"))
        grid.addWidget(
            _group(self.tr("Interpreters"), errors.field("interpreter_ids", self.interpreters)),
            1,
            0,
        )
        self.drivers = CheckList(self.tr("Drivers"), self.tr("Show everyone"))
        grid.addWidget(_group(self.tr("Drivers"), errors.field("driver_ids", self.drivers)), 1, 1)
        for row in (0, 1):
            grid.setRowStretch(row, 1)
        for col in (0, 1):
            grid.setColumnStretch(col, 1)

        self.needs = QCheckBox(
            self.tr("Dietary and accessibility needs of everyone taking part are taken care of")
        )
        self.needs.setAccessibleName(self.tr("Needs acknowledged"))
        hint = QLabel(
            self.tr(
                "Tick this once the caterer or venue knows about them; until then the "
                "conflict check lists the needs of meals and visits."
            ),
            objectName="screenSubtitle",
        )
        hint.setWordWrap(True)
        layout.addWidget(errors.field("needs_acknowledged", self.needs))
        layout.addWidget(hint)
        for widget in (self.members, self.hosts, self.interpreters, self.drivers):
            widget.changed.connect(self.changed)
        self.all_members.toggled.connect(self.changed)
        self.needs.toggled.connect(self.changed)

    def _all_toggled(self, everyone: bool) -> None:
        self.members.setEnabled(not everyone)

    # -- choices ------------------------------------------------------------------------------
    def set_members(self, delegations: list[tuple[str, list[Member]]]) -> None:
        """The members of each of the item's delegations, under the delegation's title."""
        several = len(delegations) > 1
        self.all_members.setText(
            self.tr("All members of the delegations")
            if several
            else self.tr("All members of the delegation")
        )
        choices = []
        for title, members in delegations:
            for m in members:
                text = f"{'★ ' if m.is_head else ''}{m.name}"
                if m.title:
                    text += f" — {m.title}"
                if several:
                    text += f" · {title}"
                detail = " · ".join(x for x in (m.native_name, title) if x)
                choices.append(Choice(m.id or 0, text, detail))
        self.members.set_choices(choices)

    def set_people(self, people: list[HostPerson]) -> None:
        by_rank = sorted(people, key=lambda p: (p.rank is None, p.rank or 0, p.name.casefold()))
        by_name = sorted(people, key=lambda p: p.name.casefold())
        self.hosts.set_choices(
            _person(p, p.role not in (HostRole.INTERPRETER, HostRole.DRIVER)) for p in by_rank
        )
        self.interpreters.set_choices(
            _person(p, p.role == HostRole.INTERPRETER, languages=True) for p in by_name
        )
        self.drivers.set_choices(_person(p, p.role == HostRole.DRIVER) for p in by_name)

    # -- values -------------------------------------------------------------------------------
    def set_item(self, item: ProgrammeItem) -> None:
        (self.all_members if item.all_members else self.some_members).setChecked(True)
        self.members.setEnabled(not item.all_members)
        self.members.set_checked(item.member_ids)
        self.hosts.set_checked(item.host_ids)
        self.interpreters.set_checked(item.interpreter_ids)
        self.drivers.set_checked(item.driver_ids)
        self.needs.setChecked(item.needs_acknowledged)

    def values(self) -> dict[str, Any]:
        everyone = self.all_members.isChecked()
        return {
            "all_members": everyone,
            "member_ids": () if everyone else self.members.checked(),
            "host_ids": self.hosts.checked(),
            "interpreter_ids": self.interpreters.checked(),
            "driver_ids": self.drivers.checked(),
            "needs_acknowledged": self.needs.isChecked(),
        }


def _person(person: HostPerson, preferred: bool, languages: bool = False) -> Choice:
    """'Name (function)'; interpreters with their languages, which is what one looks for."""
    extra = ", ".join(person.languages) if languages else (person.function or label(person.role))
    text = f"{person.name} ({extra})" if extra else person.name
    detail = " · ".join(
        x
        for x in (
            person.native_name,
            person.function,
            label(person.role),
            ", ".join(person.languages),
        )
        if x
    )
    return Choice(person.id or 0, text, detail, preferred)
