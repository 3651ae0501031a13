"""The seating plan on paper: every name at its chair, in every table shape, from plain data
and from the demo's welcome dinner through `planner export seating`."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from planner.cli import main
from planner.documents import SeatingData, TableSpec, render_seating_plan
from planner.documents.seating import plan_of
from tests.documents.doc_samples import hosts, netanya

Extract = Callable[[bytes], str]
LAYOUTS = ("round", "long", "long-one-side", "u")


def sample(shape: str = "round", **changes: object) -> SeatingData:
    data = netanya()
    seating = SeatingData("Dortmund", data.delegation_title, "Dinner at İstanbul Sofrası",
                          data.items[1].start, "İstanbul Sofrası",
                          (TableSpec("Head table", 8, shape), TableSpec("Table 2", 8, shape)),
                          data.members, hosts(), None)
    return replace(seating, **changes)  # type: ignore[arg-type]


def words(pdf: bytes) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [w for page in document.pages for w in page.extract_words()]


@pytest.mark.parametrize("shape", LAYOUTS)
def test_every_seated_name_is_printed_at_its_chair(shape: str, text_of: Extract) -> None:
    data = sample(shape)
    # A long name may wrap (at a space or a hyphen) but no part of it is ever cut off.
    text = text_of(render_seating_plan(data, "en").pdf)
    # (pdftotext joins a line broken after a hyphen and drops the hyphen: compare without.)
    printed = "".join(text.split()).replace("-", "")
    seated = [p.sitter for t in plan_of(data).tables for p in t.places if p.sitter]
    assert len(seated) == len(data.members) + len(data.hosts)
    for person in seated:
        parts = person.name.replace("-", " ").split()
        assert all(part in printed for part in parts), person.name
    assert "Head table" in " ".join(text.split())


def test_people_without_a_seat_are_named_and_warned_about(text_of: Extract) -> None:
    result = render_seating_plan(sample(tables=(TableSpec("Head table", 4),)), "en")
    assert "Without a seat:" in text_of(result.pdf)
    assert any("without a seat" in warning for warning in result.warnings)


def test_the_german_plan_names_its_tables_and_meal(seating: SeatingData,
                                                   text_of: Extract) -> None:
    text = text_of(render_seating_plan(seating, "de").pdf)
    assert "Sitzplan" in text and "9. Mai 2026, 19:00 · İstanbul Sofrası" in text


def test_a_chinese_name_is_drawn_in_bold_like_the_latin_one() -> None:
    from reportlab.pdfgen.canvas import Canvas

    from planner.documents.text import Typesetter

    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0, invariant=1)
    Typesetter("zh").draw_line(canvas, 10, 10, "Wang 王小明", 12, True)
    canvas.save()
    stream = out.getvalue()
    # The CJK run (no bold face exists) is filled and stroked: render mode 2, then back to 0.
    assert b"2 Tr" in stream and b"0 Tr" in stream


@pytest.fixture(scope="module")
def dinner(demo_db: str) -> str:
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        assert main(["--db", demo_db, "list", "programme", "4", "--json"]) == 0
    return str(next(i["id"] for i in json.loads(out.getvalue()) if i["kind"] == "meal"))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("seating") / "demo.sqlite")
    assert main(["--db", db, "demo"]) == 0
    return db


def _centre(found: list[dict], name: str) -> tuple[float, float]:
    """Centre of the first word of a name as printed (x, distance from the page top)."""
    first = name.split()[0]
    word = next(w for w in found if w["text"] == first)
    return (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_welcome_dinner_in_every_layout(demo_db: str, dinner: str, tmp_path: Path,
                                            layout: str) -> None:
    out = tmp_path / f"seating-{layout}.pdf"
    assert main(["--db", demo_db, "export", "seating", dinner, "--layout", layout,
                 "--tables", "Ehrentisch:6,Tisch 2:8", "-o", str(out)]) == 0
    pdf = out.read_bytes()
    found = words(pdf)
    text = " ".join(w["text"] for w in found)
    # Netanya's four members, the two hosts of the dinner; Dalia Cohen interprets behind.
    for name in ("Miriam", "Avi", "Noa", "Yossi", "Jens", "Sabine"):
        assert name in text, name
    assert "Dalia Cohen dolmetscht, sitzt hinter Platz" in " ".join(text.split())
    # The host looks down the page from the top of the table: the principal guest at the
    # host's right is printed to the left of the host, the second-ranking guest to the right.
    host, guest = _centre(found, "Jens Hoffmann"), _centre(found, "Miriam Feirberg-Ikar")
    second = _centre(found, "Avi Ben-David")
    assert guest[0] < host[0] < second[0]
    # Six at a table of six: the head table is full and "Tisch 2" is not needed.
    assert "Ehrentisch" in text and "Tisch 2" not in text and "Ohne Platz" not in text


def test_the_principal_guest_is_the_hosts_neighbour_at_the_dinner(demo_db: str,
                                                                  dinner: str) -> None:
    from planner.domain.seating import _geometry, _neighbours
    from planner.services import Services
    from planner.services.documents import document_source

    services = Services.open(demo_db)
    try:
        for layout in LAYOUTS:
            data = document_source(services.ctx).seating(int(dinner), "de", shape=layout)
            head = plan_of(data).tables[0]
            right, left = _neighbours(_geometry(head.table, data.style), head.host_place)
            names = [head.places[i].sitter.name for i in (head.host_place, right, left)]
            assert names == ["Jens Hoffmann", "Miriam Feirberg-Ikar", "Avi Ben-David"], layout
            assert all(p.sitter is not None for p in head.places)  # no empty head seat
    finally:
        services.close()


def test_place_cards_of_a_meal_come_in_table_order(demo_db: str, dinner: str,
                                                    tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    assert main(["--db", demo_db, "export", "placecards", "4", "--meal", dinner, "-o",
                 str(out)]) == 0
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as document:
        page = document.pages[0]
        # Each card's upright face (the lower half of its quarter) carries its name once.
        found = [w for w in page.extract_words() if w["upright"]]
    order = [w["text"] for w in sorted(found, key=lambda w: (round(w["top"] / 200), w["x0"]))
             if w["text"] in ("Jens", "Avi", "Noa", "Sabine", "Yossi", "Miriam")]
    # Chair 1 the host, chair 2 the second-ranking guest at the host's left, chair 3 …
    assert order[:2] == ["Jens", "Avi"]
