"""Use cases of the office-wide settings declared in planner.domain.settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from planner.domain.errors import Problem, ValidationError
from planner.domain.settings import ALL_SETTINGS, Setting
from planner.services.context import ServiceContext
from planner.store.audit import mark_changed, record_event
from planner.store.models import SettingRow


def read_setting(session: Session, setting: Setting) -> Any:
    row = session.get(SettingRow, setting.key)
    return setting.default if row is None else row.value


class Settings:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, setting: Setting) -> Any:
        with self.ctx.read() as session:
            return read_setting(session, setting)

    def set(self, setting: Setting, value: Any) -> None:
        if setting.key not in ALL_SETTINGS:
            raise ValidationError(Problem("key", f"unknown setting {setting.key!r}"))
        if type(value) is not type(setting.default):
            raise ValidationError(Problem(setting.key, f"must be {type(setting.default).__name__}"
                                                       f", not {value!r}"))
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            raise ValidationError(Problem(setting.key, "must not be negative"))
        with self.ctx.write() as session:
            row = session.get(SettingRow, setting.key)
            old = None if row is None else row.value
            if row is None:
                session.add(SettingRow(key=setting.key, value=value))
            else:
                row.value = value
            record_event(session, "setting", setting.key, None, {"value": [old, value]})
            mark_changed(session, "settings")
