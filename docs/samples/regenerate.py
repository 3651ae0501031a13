"""Render the first page of every document type from the demo data as a small PNG.

Run from the repository (needs poppler-utils' pdftoppm):  python docs/samples/regenerate.py
The PNGs land beside this script; docs/documents.md and the README link them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLANNER = [sys.executable, "-m", "planner.cli"]
DPI = "45"  # a page 370 px wide: enough to see the layout, small enough for the repository


def run(*args: str) -> str:
    return subprocess.run([*PLANNER, *args], check=True, capture_output=True, text=True).stdout


def main() -> None:
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: apt-get install poppler-utils")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = str(work / "demo.sqlite")
        run("--db", db, "demo")
        netanya, xian, rostov, dinner, member, trip, kumasi = _ids(db)
        samples = {
            "itinerary-guest-de": ["itinerary", rostov, "--lang", "de"],
            "itinerary-guest-zh": ["itinerary", xian, "--lang", "zh"],
            "run-sheet-de": ["itinerary", netanya, "--audience", "internal"],
            "precedence-de": ["precedence", netanya],
            "badges-he": ["badges", netanya, "--lang", "he"],
            "place-cards-de": ["placecards", netanya],
            "week-plan-de": ["week", "2026-05-08", "--axis", "person"],
            "golden-book-register-de": ["goldenbook"],
            "gifts-register-de": ["gifts"],
            "annual-report-de": ["report", "--year", "2026"],
            "travel-itinerary-de": ["itinerary", trip],
            "letter-invitation-de": ["letter", kumasi, "--kind", "invitation", "--lang", "de",
                                     "--today", "2026-07-01"],
            "letter-visa-en": ["letter", kumasi, "--kind", "visa", "--member", "Kwame Asante",
                               "--lang", "en", "--today", "2026-07-01"],
        }
        samples["itinerary-personal-he"] = ["itinerary", netanya, "--lang", "he", "--member",
                                            member]
        samples["seating-de"] = ["seating", dinner]
        for name, args in samples.items():
            pdf = work / f"{name}.pdf"
            run("--db", db, "export", *args, "-o", str(pdf))
            subprocess.run(["pdftoppm", "-png", "-r", DPI, "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(HERE / name)], check=True)
            print(HERE / f"{name}.png")


def _ids(db: str) -> tuple[str, str, str, str, str, str, str]:
    """Netanya's, Xi'an's and Rostov's delegations, Netanya's welcome dinner and its head, the
    mayor's trip to Xi'an, and Kumasi's visit (its letters)."""
    from planner.domain.enums import Direction, ItemKind
    from planner.services import Services

    services = Services.open(db)
    try:
        every = services.delegations.list()
        by_city = {d.partner_city: d.id for d in every if d.direction is Direction.INCOMING}
        trip = next(d.id for d in every if d.direction is Direction.OUTGOING
                    and d.partner_city == "Xi'an")
        netanya = by_city["Netanya"]
        dinner = next(i for i in services.programme.list(netanya) if i.kind == ItemKind.MEAL)
        head = services.members.list(netanya)[0]
        return (str(netanya), str(by_city["Xi'an"]), str(by_city["Rostov-on-Don"]),
                str(dinner.id), str(head.id), str(trip), str(by_city["Kumasi"]))
    finally:
        services.close()


if __name__ == "__main__":
    main()
