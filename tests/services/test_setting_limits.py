"""A setting's typo (30000 months of retention) is refused with its limit, and a value stored
before limits existed cannot break what reads it."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from planner.domain.errors import ValidationError
from planner.domain.settings import RETENTION_MONTHS, STAY_BUFFER_MINUTES
from planner.services import Services
from planner.services.privacy import Privacy
from planner.services.settings import Settings
from planner.store.models import SettingRow
from tests.services.conftest import dump


def test_a_value_beyond_the_limit_is_refused_naming_the_setting(
        sqlite_services: Services) -> None:
    settings = Settings(sqlite_services.ctx)
    before = dump(sqlite_services)
    for setting, value in ((RETENTION_MONTHS, 30000), (STAY_BUFFER_MINUTES, 100000)):
        with pytest.raises(ValidationError) as caught:
            settings.set(setting, value)
        [problem] = caught.value.problems
        assert problem.field == setting.key
        assert f"must be at most {setting.maximum}, not {value}" in problem.message
    assert dump(sqlite_services) == before
    settings.set(RETENTION_MONTHS, 600)
    assert settings.get(RETENTION_MONTHS) == 600


def test_an_out_of_range_value_already_stored_reads_as_the_default(
        sqlite_services: Services) -> None:
    settings = Settings(sqlite_services.ctx)
    settings.set(RETENTION_MONTHS, 36)
    with sqlite_services.ctx.write() as session:  # as an older version could have stored it
        session.execute(update(SettingRow).where(SettingRow.key == RETENTION_MONTHS.key)
                        .values(value=30000))
    assert settings.get(RETENTION_MONTHS) == RETENTION_MONTHS.default
    Privacy(sqlite_services.ctx).report()  # used to fail: year -474 is out of range
