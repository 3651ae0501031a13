"""The JSON exchange format: the fixture imports, round trips are lossless, bad files fail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import ValidationError
from planner.domain.rules import NAME_MAX, SHORT_MAX, TEXT_MAX, TITLE_MAX
from planner.services import Services
from planner.services.exchange_read import MULTILINE_FIELDS, normalised
from tests.services.conftest import dump

# A copy of ../shared/fixtures/netanya-dortbunt-2026.json (the shape partner cities send);
# tests/test_shared_fixtures.py checks the copy still matches whenever ../shared is there.
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "netanya-dortbunt-2026.json"


def fixture_doc() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def as_file(doc: dict[str, Any]) -> Any:
    """What a file on disk carries: JSON text, not Python objects."""
    return json.loads(json.dumps(doc, ensure_ascii=False))


@pytest.fixture
def second(services: Services, request: pytest.FixtureRequest,
           tmp_path: Path) -> Iterator[Services]:
    """Another empty database on the same backend."""
    if services.database.backend == "sqlite":
        url = str(tmp_path / "second.sqlite")
    else:
        url = request.getfixturevalue("pg_cluster").create_database()
    other = Services.open(url)
    yield other
    other.close()


def test_partner_fixture_imports(services: Services) -> None:
    delegation_id = services.exchange.import_document(fixture_doc())
    d = services.delegations.get(delegation_id)
    assert d.occasion == "DORTBUNT! 2026" and d.languages == ("he", "en")
    assert services.partners.get(d.partner_city_id).native_name == "נתניה"  # type: ignore[arg-type]
    members = services.members.list(delegation_id)
    assert [m.native_name for m in members][:2] == ["מרים פיירברג-איכר", "אבי בן-דוד"]
    assert members[2].name == "Noa Levi & Partner <Culture>"
    assert [m.is_head for m in members] == [True, False, False]
    items = services.programme.list(delegation_id)
    assert len(items) == 3
    assert items[1].title["en"] == "Reception and signing of the Golden Book"
    assert items[1].start.utcoffset() is not None
    assert items[2].member_ids == (members[1].id, members[2].id)
    assert {p.name for p in services.people.list()} >= {"Lord Mayor", "Hebrew interpreter"}
    assert [r.name for r in services.resources.list()] == ["Minibus 1"]
    assert services.venues.get(d.hotel_venue_id).name == "Hotel Königshof"  # type: ignore[arg-type]


def test_export_import_export_is_identical(services: Services, second: Services) -> None:
    first = services.exchange.export_delegation(services.exchange.import_document(fixture_doc()))
    text = json.dumps(first, ensure_ascii=False, indent=2)
    again = second.exchange.export_delegation(second.exchange.import_document(json.loads(text)))
    assert json.dumps(again, ensure_ascii=False, indent=2) == text
    assert first["delegation"]["members"][2]["name"] == "Noa Levi & Partner <Culture>"
    assert first["delegation"]["arrival"]["at"] == "2026-05-08T14:35:00+02:00"


def test_importing_the_same_file_twice_is_refused(services: Services) -> None:
    services.exchange.import_document(fixture_doc())
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.exchange.import_document(fixture_doc())
    assert caught.value.problems[0].field == "delegation"
    assert "already in the database" in caught.value.problems[0].message
    assert dump(services) == before


def _broken() -> dict[str, Any]:
    doc = fixture_doc()
    doc["version"] = 2
    doc["partner_city"]["country"] = "Israel"
    doc["venues"][0]["capacity"] = "many"
    d = doc["delegation"]
    d["departure"]["at"] = "2026-05-07T10:00:00+02:00"   # before arrival
    d["members"][0]["rank"] = 0
    d["members"][1]["head"] = True                        # a second head
    d["members"][2]["languages"] = ["Hebrew"]
    d["members"].append({"key": "m1", "name": ""})        # duplicate key, empty name
    d["program"][0]["end"] = "2026-05-08T14:00:00+02:00"  # ends before it starts
    d["program"][1]["participants"] = ["m1", "m9"]
    d["program"][2]["start"] = "2026-05-09T14:00:00"      # no offset
    d["program"][2]["kind"] = "party"
    d["program"][2]["title"] = {"it": "Visita"}
    return doc


def test_invalid_file_lists_every_problem_with_its_path_and_changes_nothing(
        services: Services) -> None:
    services.exchange.import_document(_other_delegation())
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.exchange.import_document(_broken())
    fields = {p.field for p in caught.value.problems}
    assert fields >= {
        "version", "partner_city.country", "venues[0].capacity", "delegation.departure.at",
        "delegation.members[0].rank", "delegation.members", "delegation.members[2].languages",
        "delegation.members[3].key", "delegation.members[3].name", "delegation.program[0].end",
        "delegation.program[1].participants[1]", "delegation.program[2].start",
        "delegation.program[2].kind", "delegation.program[2].title.it",
    }, caught.value
    assert all(p.message for p in caught.value.problems)
    assert dump(services) == before


@pytest.mark.parametrize(("doc", "field"), [
    ([], "document"),
    ("text", "document"),
    ({"format": "something-else", "version": 1, "delegation": {"title": "x"}}, "format"),
    ({"format": "delegation-planner", "version": 1}, "delegation.title"),
    ({"format": "delegation-planner", "version": 1,
      "delegation": {"title": {"de": "x"}, "members": {"a": 1}}}, "delegation.members"),
    ({"format": "delegation-planner", "version": 1,
      "delegation": {"title": {"de": "x"}, "program": [{"title": {"de": "y"}}]}},
     "delegation.program[0].start"),
])
def test_malformed_documents(sqlite_services: Services, doc: Any, field: str) -> None:
    before = dump(sqlite_services)
    with pytest.raises(ValidationError) as caught:
        sqlite_services.exchange.import_document(doc)
    assert field in {p.field for p in caught.value.problems}, caught.value
    assert dump(sqlite_services) == before


def _other_delegation() -> dict[str, Any]:
    doc = fixture_doc()
    doc["delegation"]["title"] = {"de": "Andere Delegation"}
    doc["delegation"]["arrival"]["at"] = "2026-06-01T10:00:00+02:00"
    doc["delegation"]["departure"]["at"] = "2026-06-03T10:00:00+02:00"
    return doc


def test_nul_in_a_document_is_a_validation_problem(services: Services) -> None:
    doc = fixture_doc()
    doc["delegation"]["members"][0]["dietary"] = "kosher\x00"
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.exchange.import_document(doc)
    assert [p.field for p in caught.value.problems] == ["delegation.members[0].dietary"]
    assert dump(services) == before


# ---- property-based round trip ---------------------------------------------------------------

SAMPLES = ["נתניה", "מרים פיירברג-איכר", "عمّان", "王芳", "東京都", "Ђорђе Петровић",
           "Şükrü Öztürk", "e\u0301\u0302 n\u0303", "Zo\u00eb \U0001F1EE\U0001F1F1 🎉👩‍👩‍👧",
           "&<>\"'", "<b>Tom & Jerry</b>", "a\tb\nc\r\nd", " leading and trailing ",
           "\u200f\u202eRTL override", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ufeffbom"]
def _norm(key: str, text: str) -> str:
    return normalised(text, multiline=key in MULTILINE_FIELDS)


CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


def texts(limit: int, min_size: int = 0) -> st.SearchStrategy[str]:
    sample = st.sampled_from([s[:limit] for s in SAMPLES if len(s) >= min_size])
    return st.one_of(sample, st.text(CHARS, min_size=min_size, max_size=min(limit, 40)),
                     st.text(CHARS, min_size=limit, max_size=limit) if limit <= 300
                     else st.just("ü" * limit))


def names(limit: int) -> st.SearchStrategy[str]:
    return texts(limit, 1).filter(lambda s: _norm("name", s).strip() != "")


def lang_map(limit: int, required: bool) -> st.SearchStrategy[dict[str, str]]:
    maps = st.dictionaries(st.sampled_from(["de", "en", "fr"]), texts(limit), max_size=3)
    return maps.filter(lambda m: any(_norm("title", t).strip() for t in m.values())
                       ) if required else maps


member = st.fixed_dictionaries({
    "name": names(NAME_MAX), "native_name": texts(NAME_MAX), "title": texts(NAME_MAX),
    "salutation": texts(SHORT_MAX), "dietary": texts(TEXT_MAX),
    "accessibility": texts(TEXT_MAX)})
item = st.fixed_dictionaries({
    "title": lang_map(TITLE_MAX, True), "description": lang_map(TEXT_MAX, False),
    "guest_notes": lang_map(TEXT_MAX, False), "notes_internal": texts(TEXT_MAX),
    "dress_code": texts(SHORT_MAX)})
document_texts = st.fixed_dictionaries({
    "title": lang_map(TITLE_MAX, True), "notes_internal": texts(TEXT_MAX),
    "occasion": texts(NAME_MAX), "members": st.lists(member, min_size=1, max_size=4),
    "items": st.lists(item, min_size=1, max_size=3)})


def build(t: dict[str, Any]) -> dict[str, Any]:
    doc = fixture_doc()
    d = doc["delegation"]
    d["title"], d["notes_internal"], d["occasion"] = t["title"], t["notes_internal"], t["occasion"]
    d["members"] = [{**m, "key": f"m{n}", "rank": n, "head": n == 1, "languages": ["he"]}
                    for n, m in enumerate(t["members"], start=1)]
    for n, (target, texts_) in enumerate(zip(d["program"], t["items"], strict=False)):
        target.update(texts_)
        target["participants"] = "all" if n else ["m1"]
    d["program"] = d["program"][:len(t["items"])]
    return doc


def round_trip(first: Services, second: Services, t: dict[str, Any]) -> None:
    doc = build(t)
    a = first.exchange.import_document(as_file(doc))
    exported = first.exchange.export_delegation(a)
    b = second.exchange.import_document(as_file(exported))
    again = second.exchange.export_delegation(b)
    try:
        assert again == exported
        # and the texts themselves survived: only the members' names are trimmed on save
        got = exported["delegation"]
        # Texts arrive normalised (one-line fields on one line, no control characters).
        assert [m["name"] for m in got["members"]] == [
            _norm("name", m["name"]).strip() for m in t["members"]]
        for key in ("native_name", "title", "salutation", "dietary", "accessibility"):
            assert [m[key] for m in got["members"]] == [_norm(key, m[key]) for m in t["members"]]
        assert got["title"] == {k: _norm("title", v) for k, v in t["title"].items()
                                if _norm("title", v)}
        assert got["notes_internal"] == _norm("notes_internal", t["notes_internal"])
        for out, src in zip(got["program"], t["items"], strict=True):
            for key in ("title", "description", "guest_notes"):
                assert out[key] == {k: _norm(key, v) for k, v in src[key].items()
                                    if _norm(key, v)}
            assert out["notes_internal"] == _norm("notes_internal", src["notes_internal"])
    finally:  # the next example's document may carry the same title and arrival
        first.delegations.delete(a)
        second.delegations.delete(b)


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(t=document_texts)
def test_round_trip_of_arbitrary_unicode_on_sqlite(sqlite_services: Services, tmp_path: Path,
                                                   t: dict[str, Any]) -> None:
    other = _second_sqlite(tmp_path)
    round_trip(sqlite_services, other, t)


_SECOND: dict[Path, Services] = {}


def _second_sqlite(tmp_path: Path) -> Services:
    if tmp_path not in _SECOND:
        _SECOND.clear()
        _SECOND[tmp_path] = Services.open(str(tmp_path / "second.sqlite"))
    return _SECOND[tmp_path]


@pytest.mark.postgres
@settings(max_examples=6, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(t=document_texts)
def test_round_trip_of_arbitrary_unicode_on_postgresql(pg_cluster: Any, t: dict[str, Any]
                                                       ) -> None:
    first, second = _pg_pair(pg_cluster)
    round_trip(first, second, t)


_PG: list[Services] = []


def _pg_pair(cluster: Any) -> tuple[Services, Services]:
    if not _PG:
        _PG.extend(Services.open(cluster.create_database()) for _ in range(2))
    return _PG[0], _PG[1]


@pytest.fixture(autouse=True, scope="module")
def _close_shared() -> Iterator[None]:
    yield
    for opened in (*_SECOND.values(), *_PG):
        opened.close()
    _SECOND.clear()
    _PG.clear()



def test_one_line_texts_are_normalised_at_import_and_calendars_stay_valid(
        sqlite_services: Services) -> None:
    doc = fixture_doc()
    doc["delegation"]["title"] = {"de": "Zeile eins\r\nZeile zwei\x07"}
    doc["delegation"]["occasion"] = "DORTBUNT!\t2026"
    doc["delegation"]["program"][0]["description"] = {"de": "Erste Zeile\r\nzweite Zeile"}
    new_id = sqlite_services.exchange.import_document(as_file(doc))
    stored = sqlite_services.delegations.get(new_id)
    assert stored.title == {"de": "Zeile eins Zeile zwei"}  # one line, no control character
    assert stored.occasion == "DORTBUNT! 2026"
    item = sqlite_services.programme.list(new_id)[0]
    assert item.description == {"de": "Erste Zeile\nzweite Zeile"}  # a description keeps lines
    from planner.services.calendar import CalendarExport

    ics = CalendarExport(sqlite_services.ctx).for_delegation(new_id, "de").decode()
    assert "X-WR-CALNAME:Zeile eins Zeile zwei" in ics


SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "schema" / \
    "exchange-format.schema.json"
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_published_schema_accepts_what_the_planner_reads_and_writes(
        services: Services) -> None:
    validator = _validator()
    for path in sorted(DEMO.glob("*.json")):
        if path.name != "office.json":
            assert not list(validator.iter_errors(json.loads(path.read_text("utf-8")))), path
    assert not list(validator.iter_errors(fixture_doc()))
    exported = services.exchange.export_delegation(
        services.exchange.import_document(json.loads((DEMO / "xian-dortbunt-2026.json")
                                                     .read_text("utf-8"))))
    assert not list(validator.iter_errors(as_file(exported)))
    wrong = fixture_doc()
    wrong["delegation"]["members"][0]["title"] = {"it": "Sindaca"}
    assert list(validator.iter_errors(wrong))  # the schema knows the languages, too


def test_functions_and_occasion_keep_their_translations(services: Services,
                                                        second: Services) -> None:
    doc = fixture_doc()
    doc["delegation"]["occasion"] = {"de": "DORTBUNT! 2026", "he": "פסטיבל העיר DORTBUNT! 2026"}
    doc["delegation"]["members"][0]["title"] = {"de": "Bürgermeisterin von Netanya",
                                                "en": "Mayor of Netanya",
                                                "he": "ראש עיריית נתניה"}
    doc["people"] = [{"name": "Lord Mayor", "role": "mayor",
                      "function": {"de": "Oberbürgermeisterin", "en": "Lord Mayor"}}]
    delegation_id = services.exchange.import_document(as_file(doc))
    d = services.delegations.get(delegation_id)
    assert d.occasion == "DORTBUNT! 2026"  # the office's text stays searchable and sortable
    assert d.occasion_translations == {"he": "פסטיבל העיר DORTBUNT! 2026"}
    head = services.members.list(delegation_id)[0]
    assert head.title == "Bürgermeisterin von Netanya"
    assert head.titles == doc["delegation"]["members"][0]["title"]
    exported = services.exchange.export_delegation(delegation_id)
    assert exported["delegation"]["members"][0]["title"] == head.titles
    assert exported["delegation"]["members"][1]["title"] == \
        fixture_doc()["delegation"]["members"][1]["title"]  # no translations: a plain string
    mayor = next(p for p in exported["people"] if p["name"] == "Lord Mayor")
    assert mayor["function"] == {"de": "Oberbürgermeisterin", "en": "Lord Mayor"}
    again = second.exchange.export_delegation(second.exchange.import_document(as_file(exported)))
    assert again == exported


def test_a_translation_into_an_unknown_language_is_refused_with_its_path(
        services: Services) -> None:
    doc = fixture_doc()
    doc["delegation"]["members"][1]["title"] = {"de": "Stellvertreter", "it": "Vicesindaco"}
    doc["people"] = [{"name": "Lord Mayor", "role": "mayor", "function": {"en": 42}}]
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.exchange.import_document(as_file(doc))
    assert {p.field for p in caught.value.problems} == {
        "delegation.members[1].title.it", "people[0].function.en"}
    assert dump(services) == before
