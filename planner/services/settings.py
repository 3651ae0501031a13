"""Use cases of the office-wide settings declared in planner.domain.settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from planner.domain import emblem
from planner.domain.checklists import parse_templates
from planner.domain.errors import Problem, ValidationError
from planner.domain.letters import templates_from_json
from planner.domain.problems import problem
from planner.domain.settings import (
    ALL_SETTINGS,
    CHECKLIST_TEMPLATES,
    DOCUMENT_FALLBACKS,
    LETTER_TEMPLATES,
    OFFICE_ADDRESS,
    OFFICE_CITY,
    OFFICE_EMAIL,
    OFFICE_EMBLEM,
    OFFICE_EMERGENCY,
    OFFICE_NAME,
    OFFICE_PHONE,
    OFFICE_SETTINGS,
    TIMELINE_HOURS,
    Setting,
)
from planner.services.context import ServiceContext, require_version
from planner.store.audit import mark_changed, record_event
from planner.store.models import SettingRow
from planner.store.natural_keys import lock_keys, natural_key

if TYPE_CHECKING:
    from planner.documents.data import Office

TEXT_LIMIT = 500  # an address or an office name, not a letter


def _logged(setting: Setting, value: Any) -> Any:
    """What the change history keeps: an emblem by its size, not its whole image."""
    if setting is OFFICE_EMBLEM and value:
        return f"<image, {len(value) * 3 // 4 // 1024} KB>"
    return value


def office_identity(session: Session) -> Office:
    """The office as every document prints it."""
    # Imported here: reading a setting (every conflict check does) needs no document types.
    from planner.documents.data import Office

    values = {s.key: read_setting(session, s) for s in OFFICE_SETTINGS}
    emblem_uri = values[OFFICE_EMBLEM.key]
    media, image = emblem.decode(emblem_uri) if emblem_uri else ("", b"")
    return Office(city=values[OFFICE_CITY.key], name=values[OFFICE_NAME.key],
                  address=values[OFFICE_ADDRESS.key], phone=values[OFFICE_PHONE.key],
                  email=values[OFFICE_EMAIL.key], emergency_phone=values[OFFICE_EMERGENCY.key],
                  emblem=image, emblem_type=media)


def read_setting(session: Session, setting: Setting) -> Any:
    """The stored value; the default for one out of its range (stored before the range was
    checked), so a typo cannot break what reads it."""
    row = session.get(SettingRow, setting.key)
    if row is None:
        return setting.default
    if (setting.maximum is not None and isinstance(row.value, int)
            and not 0 <= row.value <= setting.maximum):
        return setting.default
    return row.value


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

    def office(self) -> Office:
        with self.ctx.read() as session:
            return office_identity(session)

    def get_versioned(self, setting: Setting) -> tuple[Any, int]:
        """The value and its version (0 while the default was never changed), to save with."""
        with self.ctx.read() as session:
            row = session.get(SettingRow, setting.key)
            return (setting.default, 0) if row is None else (row.value, row.version)

    def set(self, setting: Setting, value: Any, expected_version: int | None = None) -> int:
        """Store a value; with `expected_version`, only if nobody changed it since it was read.

        Returns the new version.
        """
        return self.set_many({setting: (value, expected_version)})[setting.key]

    def set_many(self, changes: dict[Setting, tuple[Any, int | None]]) -> dict[str, int]:
        """Store several values in one transaction (the office's identity is saved as one):
        each with the version it was read at, or None to overwrite. All or nothing.

        Returns each key's new version.
        """
        values = {setting: _checked(setting, value) for setting, (value, _) in changes.items()}
        versions: dict[str, int] = {}
        with self.ctx.write() as session:
            # Two officers setting a never-stored key would both insert it: take the keys first.
            lock_keys(session, [natural_key("setting", s.key) for s in changes])
            for setting, value in values.items():
                row = session.get(SettingRow, setting.key)
                require_version("setting", setting.key, changes[setting][1],
                                0 if row is None else row.version)
                old = None if row is None else row.value
                if row is None:
                    row = SettingRow(key=setting.key, value=value)
                    session.add(row)
                else:
                    row.value = value
                session.flush()
                record_event(session, "update", "setting", None,
                             {"key": setting.key, "value": [_logged(setting, old),
                                                            _logged(setting, value)]})
                versions[setting.key] = row.version
            mark_changed(session, "settings")
        return versions


def _checked(setting: Setting, value: Any) -> Any:
    """The value to store, or the reason it is refused (naming the setting)."""
    if setting.key not in ALL_SETTINGS:
        raise ValidationError(Problem("key", f"unknown setting {setting.key!r}"))
    if type(value) is not type(setting.default):
        raise ValidationError(Problem(setting.key, f"must be {type(setting.default).__name__}"
                                                   f", not {value!r}"))
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise ValidationError(problem(setting.key, "negative"))
    if setting.maximum is not None and value > setting.maximum:
        raise ValidationError(problem(setting.key, "at_most", limit=setting.maximum,
                                      value=value))
    if isinstance(value, str):
        value = value.strip()
        if "\x00" in value:
            raise ValidationError(problem(setting.key, "nul_character"))
        if setting is not OFFICE_EMBLEM and len(value) > TEXT_LIMIT:
            raise ValidationError(problem(setting.key, "too_long", n=len(value),
                                          limit=TEXT_LIMIT))
    if setting is OFFICE_EMBLEM and (found := emblem.check(value)) is not None:
        raise ValidationError(found)
    if setting is TIMELINE_HOURS and not (
            len(value) == 2 and all(type(h) is int for h in value)
            and 0 <= value[0] < value[1] <= 24):
        raise ValidationError(Problem(setting.key, f"must be two hours like [7, 22] (first "
                                                   f"before last, 0 to 24), not {value!r}"))
    if setting is CHECKLIST_TEMPLATES:
        parse_templates(value)  # every problem, naming the checklist and the task's row
    if setting is LETTER_TEMPLATES:
        templates_from_json(value)  # an unknown placeholder, naming it and its line
    return value
