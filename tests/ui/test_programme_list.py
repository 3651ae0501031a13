"""The Programme screen's long list: rows prepared in one pass show what its columns say."""

from __future__ import annotations

from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.i18n import OFFICE_TZ
from planner.ui.models.programme import SUMMARY_COLUMNS, ProgrammeModel, prepare_summaries


def test_prepared_rows_are_the_columns_texts_by_local_day(sqlite_services: Services) -> None:
    load_demo(sqlite_services.ctx)
    summaries = sqlite_services.programme.summaries(lang="en")
    assert summaries
    prepared = prepare_summaries(summaries)
    # The one-pass preparation must say exactly what each column's own text function says.
    assert prepared.texts == [tuple(c.text(s) for c in SUMMARY_COLUMNS) for s in summaries]
    assert prepared.records == summaries
    assert [(s.start, s.id) for s in summaries] == sorted((s.start, s.id) for s in summaries)
    assert prepared.days == [s.start.astimezone(OFFICE_TZ).date() for s in summaries]
    for texts, haystack in zip(prepared.texts, prepared.haystacks, strict=True):
        assert all(t.casefold() in haystack for t in texts)


def test_the_model_groups_prepared_rows_under_their_days_and_filters(
    sqlite_services: Services,
) -> None:
    load_demo(sqlite_services.ctx)
    summaries = sqlite_services.programme.summaries(lang="en")
    prepared = prepare_summaries(summaries)
    model = ProgrammeModel(SUMMARY_COLUMNS, day_column=1)
    model.set_prepared(prepared)
    days = set(prepared.days)
    assert model.item_count() == len(summaries)
    assert len(model.day_rows()) == len(days)
    assert model.rowCount() == len(summaries) + len(days)

    wanted = summaries[len(summaries) // 2]
    model.set_filter(wanted.title.upper())
    shown = [model.record(r) for r in range(model.rowCount()) if model.record(r) is not None]
    assert wanted in shown
    haystack_of = dict(zip((s.id for s in summaries), prepared.haystacks, strict=True))
    assert all(wanted.title.casefold() in haystack_of[s.id] for s in shown)
    assert model.item_count() == len(shown) < len(summaries)

    model.set_filter("no programme item is called this")
    assert model.item_count() == 0 and model.rowCount() == 0
