"""Registers and lists as a typesetter sets them, checked on the printed page (pdfplumber):
no word cut without a hyphen, dates on one line, correct plurals, an empty year in one line,
gifts in words, staff and interpreters apart from the order of precedence."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pdfplumber

from planner.documents import PrecedenceData, render_precedence_list
from planner.documents.data import HostInfo, WeekEntry, WeekPlanData, WeekRow
from planner.documents.gifts_register import GiftLine, render_gifts_register, table_in_words
from planner.documents.labels import short_date
from planner.documents.register_pdf import render_register
from planner.documents.week_plan import render_week_plan
from planner.domain.enums import DeclarationStatus, EntryStatus, GiftDirection, GiftDisposition
from planner.domain.records import GoldenBookRegisterLine, Signer
from tests.documents.doc_samples import BERLIN

LONG_WORDS = ("Wirtschaftsgespräch im TechnologieZentrumDortmund",
              "DORTBUNT!-Bühnenprogramm: Grußworte der Partnerstädte",
              "Partnerschaftstreffen 2019 Städtepartnerschaftsjubiläum")


def entry(n: int, occasion: str, signed: date | None = date(2019, 9, 13)) -> GoldenBookRegisterLine:
    return GoldenBookRegisterLine(
        entry_id=n, book_number=1, number=n, page=None, signed_on=signed,
        status=EntryStatus.SIGNED, place="Rathaus Dortmund", occasion=occasion,
        signers=(Signer("Dmitri Sokolov", "Дмитрий Соколов",
                        "Stellvertretender Leiter der Stadtverwaltung"),),
        delegation_title="Delegation der Partnerstadt Rostow am Don",
        partner_city="Rostov-on-Don", country="RU", inscription="")


def words_on(pdf: bytes, body_only: bool = False) -> list[dict]:
    """The words of every page; `body_only` leaves out the running header and the footer."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [w for page in document.pages for w in page.extract_words()
                if not body_only or 25 * 2.835 < w["top"] < page.height - 22 * 2.835]


def assert_no_bare_break(pdf: bytes, sources: list[str]) -> None:
    """Every printed piece of a source word is the whole word, a head ending in a hyphen or
    a tail; a head without a hyphen means a word was cut bare."""
    tokens = {t for s in sources for t in s.split()}
    for word in (w["text"] for w in words_on(pdf, body_only=True)):
        bare = word.rstrip("-")
        if len(bare) < 2 or bare.isdigit() or word in tokens or not any(
                bare in t for t in tokens):
            continue
        is_head = any(t.startswith(bare) and t != bare for t in tokens)
        is_tail = any(t.endswith(word) for t in tokens)
        assert word.endswith("-") or is_tail or not is_head, f"{word!r} is cut without a hyphen"


def test_the_register_breaks_words_only_with_hyphens_and_dates_never() -> None:
    lines = [entry(n, LONG_WORDS[n % 3], date(2026, 9, 30)) for n in range(1, 8)]
    pdf = render_register(lines, "de", 2026).pdf
    assert_no_bare_break(pdf, [*LONG_WORDS, "Stellvertretender Leiter der Stadtverwaltung"])
    words = words_on(pdf)
    day = short_date(date(2026, 9, 30), "de")  # "30. September 2026"
    first = day.split()[0]
    for start in (w for w in words if w["text"] == first):
        # The rest of the date stands on the same line (same top), right after it.
        line = [w["text"] for w in words if abs(w["top"] - start["top"]) < 1
                and w["x0"] >= start["x0"] and w["x0"] - start["x1"] < 60]
        assert " ".join(line[:3]) == day


def test_one_entry_is_one_entry_and_an_empty_year_says_so_in_one_line() -> None:
    text = " ".join(w["text"] for w in words_on(render_register([entry(1, "x")], "de", 2019)
                                                .pdf))
    assert "1 Eintragung " in text + " " and "1 Eintragungen" not in text
    assert "Goldenes Buch — Eintragungen 2019" in text
    empty = render_register([], "de", 2025).pdf
    with pdfplumber.open(io.BytesIO(empty)) as document:
        assert len(document.pages) == 1
        body = document.pages[0].extract_text()
    assert "Keine Eintragungen im Jahr 2025." in body
    assert "0 Eintragungen" not in body


def test_the_register_prints_its_as_of_date() -> None:
    pdf = render_register([entry(1, "x")], "en", None,
                          generated_at=datetime(2026, 5, 1, 14, 0, tzinfo=BERLIN)).pdf
    text = " ".join(w["text"] for w in words_on(pdf))
    assert "As of 1 May 2026, 14:00" in text and "Golden Book — register of entries" in text


def gift(n: int, direction: GiftDirection, **changes: object) -> GiftLine:
    line = GiftLine(
        id=n, direction=direction, given_on=date(2026, 5, 9), description="Terrakotta-Krieger",
        category="Kunsthandwerk", giver="Wang Xiaoming, Vizebürgermeister",
        recipient="Dr. Katharina Brenner", partner_city="Xi'an", delegation="Xi'an 2026",
        value_eur=Decimal("400.00"), declaration=DeclarationStatus.PENDING,
        disposition=GiftDisposition.CITY_ARCHIVE, kept_at="Stadtarchiv, Regal 4")
    return replace(line, **changes)


def test_the_gifts_register_prints_declarations_and_what_became_of_each() -> None:
    lines = [gift(1, GiftDirection.RECEIVED),
             gift(2, GiftDirection.GIVEN, declaration=DeclarationStatus.NOT_REQUIRED,
                  disposition=GiftDisposition.NOT_RECORDED, kept_at="")]
    text = " ".join(w["text"] for w in words_on(render_gifts_register(lines, "de", 2026).pdf))
    for expected in ("Geschenkeregister 2026", "2 Geschenke · 1 Anzeige ausstehend",
                     "Erhaltene Geschenke", "Überreichte Geschenke", "ausstehend",
                     "Stadtarchiv", "übergeben", "400,00 €", "9. Mai 2026"):
        assert expected in text, expected
    assert text.index("Erhaltene Geschenke") < text.index("Überreichte Geschenke")


def test_the_gifts_table_speaks_words_not_codes() -> None:
    header, rows = table_in_words([gift(1, GiftDirection.RECEIVED)], "de")
    assert "Verbleib" in header and "value_eur" not in header and "kept_at" not in header
    assert rows[0][2] == "erhalten" or rows[0][2] != "received"
    assert "an das Stadtarchiv übergeben" in rows[0] and "pending" not in rows[0]
    assert rows[0][header.index("Wert (EUR)")] == Decimal("400.00")  # still a number


def test_interpreters_and_staff_are_listed_apart_not_ranked(precedence: PrecedenceData) -> None:
    hosts = [*precedence.hosts,
             HostInfo(id=90, name="Dalia Cohen", title="Dolmetscherin", rank=1,
                      role="interpreter"),
             HostInfo(id=91, name="Lena Wirth", title="Protokoll", rank=2, role="staff")]
    text = " ".join(w["text"] for w in words_on(
        render_precedence_list(replace(precedence, hosts=hosts), "de").pdf))
    apart = text.index("Begleitung des Besuchs")
    assert text.index("Dalia Cohen") > apart and text.index("Lena Wirth") > apart
    assert "Gast / Gastgeber" in text and " Seite " not in text.replace("Seite 1 von", "")


def test_the_week_plan_names_the_delegation_and_collapses_empty_days() -> None:
    monday = datetime(2026, 5, 4, tzinfo=BERLIN)
    reception = "Empfang und Eintragung in das Goldene Buch"
    rows = (WeekRow("Dr. Katharina Brenner", "Oberbürgermeisterin", (
        WeekEntry(monday + timedelta(days=5, hours=10), monday + timedelta(days=5, hours=11),
                  reception, "golden_book", "Rathaus", None, "Netanya"),
        WeekEntry(monday + timedelta(days=5, hours=12), monday + timedelta(days=5, hours=13),
                  reception, "golden_book", "Rathaus", None, "Xi'an"),
        WeekEntry(monday + timedelta(days=4, hours=14), monday + timedelta(days=4, hours=16),
                  LONG_WORDS[0], "meeting", "TechnologieZentrumDortmund", None, "Xi'an"),
    )),)
    pdf = render_week_plan(WeekPlanData("Dortmund", monday, "person", rows), "de").pdf
    words = words_on(pdf)
    text = " ".join(w["text"] for w in words)
    assert "Netanya" in text and "Xi’an" in text
    assert_no_bare_break(pdf, [reception, LONG_WORDS[0], "TechnologieZentrumDortmund"])
    heads = {w["text"]: w["x0"] for w in words if w["text"] in ("Mo.,", "Di.,", "Fr.,", "Sa.,")}
    # Monday and Tuesday are empty: narrow; Friday and Saturday have items: wide.
    assert heads["Di.,"] - heads["Mo.,"] < heads["Sa.,"] - heads["Fr.,"]
