"""User settings, each declared once with its key and default (Picard's options.py pattern)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Delegation Planner"
APPLICATION = "Delegation Planner"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value: Any = store().value(self.key, self.default)
        if value is None:
            return self.default
        if isinstance(self.default, str) and not isinstance(value, str):
            return str(value)  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def set(self, value: T) -> None:
        store().setValue(self.key, value)


def store() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


LANGUAGE: Setting[str] = Setting("ui/language", "")
MAIN_GEOMETRY: Setting[QByteArray] = Setting("main_window/geometry", QByteArray())
MAIN_STATE: Setting[QByteArray] = Setting("main_window/state", QByteArray())


def splitter_setting(name: str) -> Setting[QByteArray]:
    """One key per splitter, so each screen remembers its own division."""
    return Setting(f"splitters/{name}", QByteArray())
