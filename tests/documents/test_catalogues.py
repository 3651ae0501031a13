"""The documents' message catalogues: complete, up to date, and placeholders kept intact."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from planner.documents.catalogue import DOCUMENT_LANGUAGES, SOURCE_LANGUAGE, coverage, t, tn
from planner.resources import resource

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"N_": None, "NP_": ((1, "c"), 2), "t": (2,), "tn": (2, 3), "tp": ((2, "c"), 3)}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _template() -> set[tuple[str | None, str]]:
    with open(resource("locale", "documents.pot"), "rb") as handle:
        return {(m.context, m.id if isinstance(m.id, str) else m.id[0])
                for m in read_po(handle) if m.id}


def test_the_template_lists_exactly_the_messages_the_source_uses() -> None:
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT / "planner" / "documents"), keywords=KEYWORDS,
            method_map=[("**.py", "python")]):
        found.add((context, message if isinstance(message, str) else message[0]))
    assert found == _template(), "run the pybabel commands in planner/documents/catalogue.py"


@pytest.mark.parametrize("lang", DOCUMENT_LANGUAGES)
def test_every_language_has_every_message_with_its_placeholders(lang: str) -> None:
    translated, missing = coverage(lang)
    assert missing == [] and translated == len(_template())
    if lang == SOURCE_LANGUAGE:
        return
    with open(resource("locale", lang, "LC_MESSAGES", "documents.po"), "rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for text in strings:
            # A plural form may say "one"/"two" in words instead of {n}; nothing else may go.
            assert set(PLACEHOLDER.findall(text)) in (wanted, wanted - {"n"}), (lang, ids, text)


@pytest.mark.parametrize("lang", [lang for lang in DOCUMENT_LANGUAGES if lang != "en"])
def test_the_shipped_compiled_catalogues_match_their_sources(lang: str) -> None:
    folder = resource("locale", lang, "LC_MESSAGES")
    with open(folder / "documents.po", "rb") as handle:
        source = read_po(handle)
    fresh = BytesIO()
    write_mo(fresh, source)
    fresh.seek(0)
    with open(folder / "documents.mo", "rb") as handle:
        shipped = read_mo(handle)
    compiled = read_mo(fresh)
    assert {(m.context, str(m.id), str(m.string)) for m in shipped} == {
        (m.context, str(m.id), str(m.string)) for m in compiled}


def test_plurals_follow_each_languages_rules() -> None:
    assert tn("de", "{n} entry", "{n} entries", 1) == "1 Eintragung"
    assert tn("de", "{n} entry", "{n} entries", 2) == "2 Eintragungen"
    assert [tn("ru", "{n} entry", "{n} entries", n) for n in (1, 3, 5, 21)] == [
        "1 запись", "3 записи", "5 записей", "21 запись"]
    assert tn("ro", "{n} entry", "{n} entries", 20) == "20 de înregistrări"
    assert t("fr", "{label}: {value}", label="Tenue", value="sombre") == "Tenue\u202f: sombre"


@pytest.mark.parametrize(("lang", "typed", "printed"), [
    ("de", 'Empfang in Xi\'an, "Goldenes Buch"', "Empfang in Xi’an, „Goldenes Buch“"),
    ("en", 'Welcome to Xi\'an, the "Golden Book"', "Welcome to Xi’an, the “Golden Book”"),
    ("fr", 'Ville d\'Amiens: le "Livre d\'or"!',
     "Ville d’Amiens\u202f: le «\u202fLivre d’or\u202f»\u202f!"),
    ("ru", 'Книга "Золотая"', "Книга «Золотая»"),
    ("fr", "Accueil 14:30 à l'Hôtel de ville", "Accueil 14:30 à l’Hôtel de ville"),
    ("fr", "(s.albers@example.de, +49 231 50-00001)", "(s.albers@example.de, "
     "+49\u00a0231\u00a050-00001)"),
    ("de", "Telefon 0231 50-00001 oder 2 Gäste, 10 Uhr", "Telefon 0231\u00a050-00001 oder 2 "
     "Gäste, 10 Uhr"),
    ("en", "8 May 2026, 10 guests, room 3", "8 May 2026, 10 guests, room 3"),
])
def test_typed_marks_become_the_languages_typography(lang: str, typed: str,
                                                     printed: str) -> None:
    from planner.documents.typography import typeset

    assert typeset(typed, lang) == printed
    assert typeset(printed, lang) == printed  # setting it twice changes nothing


def test_typed_diets_needs_and_dress_codes_print_in_the_readers_language() -> None:
    from planner.documents.vocabulary import in_words

    assert in_words("vegetarian, kosher", "diet", "de") == ("vegetarisch, koscher", [])
    # Typed in French, printed in Hebrew; an unknown part is kept and reported.
    assert in_words("sans gluten; peanuts", "diet", "he") == ("ללא גלוטן, peanuts", ["peanuts"])
    assert in_words("wheelchair user", "accessibility", "fr") == ("en fauteuil roulant", [])
    assert in_words("Smart Casual", "dress code", "de") == ("gepflegte Freizeitkleidung", [])
    assert in_words("", "diet", "de") == ("", [])
