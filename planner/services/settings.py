"""Use cases of the office-wide settings declared in planner.domain.settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from planner.domain.errors import Problem, ValidationError
from planner.domain.problems import problem
from planner.domain.settings import ALL_SETTINGS, DOCUMENT_FALLBACKS, Setting
from planner.services.context import ServiceContext, require_version
from planner.store.audit import mark_changed, record_event
from planner.store.models import SettingRow
from planner.store.natural_keys import lock_keys, natural_key


def read_setting(session: Session, setting: Setting) -> Any:
    row = session.get(SettingRow, setting.key)
    return setting.default if row is None else row.value


def fallback_chain(session: Session, lang: str) -> tuple[str, ...]:
    """The office's languages printed instead when a typed text lacks `lang` (one setting
    for every document and calendar)."""
    return tuple(read_setting(session, DOCUMENT_FALLBACKS).get(lang, ("en", "de")))


class Settings:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, setting: Setting) -> Any:
        with self.ctx.read() as session:
            return read_setting(session, setting)

    def get_versioned(self, setting: Setting) -> tuple[Any, int]:
        """The value and its version (0 while the default was never changed), to save with."""
        with self.ctx.read() as session:
            row = session.get(SettingRow, setting.key)
            return (setting.default, 0) if row is None else (row.value, row.version)

    def set(self, setting: Setting, value: Any, expected_version: int | None = None) -> int:
        """Store a value; with `expected_version`, only if nobody changed it since it was read.

        Returns the new version.
        """
        if setting.key not in ALL_SETTINGS:
            raise ValidationError(Problem("key", f"unknown setting {setting.key!r}"))
        if type(value) is not type(setting.default):
            raise ValidationError(Problem(setting.key, f"must be {type(setting.default).__name__}"
                                                       f", not {value!r}"))
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            raise ValidationError(problem(setting.key, "negative"))
        with self.ctx.write() as session:
            # Two officers setting a never-stored key would both insert it: take the key first.
            lock_keys(session, [natural_key("setting", setting.key)])
            row = session.get(SettingRow, setting.key)
            require_version("setting", setting.key, expected_version,
                            0 if row is None else row.version)
            old = None if row is None else row.value
            if row is None:
                row = SettingRow(key=setting.key, value=value)
                session.add(row)
            else:
                row.value = value
            session.flush()
            record_event(session, "update", "setting", None,
                         {"key": setting.key, "value": [old, value]})
            mark_changed(session, "settings")
            return row.version
